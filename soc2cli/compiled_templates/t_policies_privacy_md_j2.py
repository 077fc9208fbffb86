# Compiled from templates/policies/privacy.md.j2 by examples/regenerate.py: do not edit.
KEY = "c039fc108fc7f03e77560069aae4a1a311c0a33304cf4cdf375ff4041d07a5fe"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/privacy.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_has_data = resolve('has_data')
    l_0_systems = resolve('systems')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_who = resolve('who')
    l_0_stmt = resolve('stmt')
    pass
    yield '## 1. Purpose\n\nThis policy makes sure that '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield " collects, uses, keeps, discloses and disposes of personal information in line with its privacy notice, its commitments to customers and the privacy laws that apply to it, and that individuals can exercise their rights.\n\n## 2. Scope\n\nThis policy applies to personal information about customers' users, "
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s own customers and prospects, website visitors and staff"
    if environment.call(context, (undefined(name='has_data') if l_0_has_data is missing else l_0_has_data), 'health_data'):
        pass
        yield ', including health information, which is treated as sensitive'
    yield ', held in '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ' or in any business application, and to everyone who handles it.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Accountable for the privacy programme and this policy; keeps the records of processing and reports to management.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-10'), 'Handles data-subject requests and privacy inquiries.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-13'), 'Approves one-off disclosures of personal information and keeps the disclosure register.'), ('Product and engineering teams', 'Apply the minimisation and purpose checks to new collection and uses.'), ('All staff', 'Use personal information only for its recorded purposes and report possible breaches at once.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Accountability\n\n'
    def macro():
        t_1 = []
        l_1_ask = resolve('ask')
        pass
        t_1.extend((
            'A named privacy lead (or a data protection officer where the law requires one) is accountable for the privacy programme, with a deputy and direct access to leadership. Records of processing activities cover purposes, data categories, recipients, transfers, retention and safeguards, and are updated when processing changes and reviewed at least every year. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-21'))),
            ' owns them (PRV-21).',
            str(environment.finalize(environment.call(context, (undefined(name='ask') if l_1_ask is missing else l_1_ask), 'Which privacy laws and contracts apply to the personal information you hold (for example GDPR, UK GDPR, CCPA or HIPAA, and customer data processing agreements)? Name them in the accountability statement in section 4 (PRV-21).'))),
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-21', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.extend((
            'Once a year the privacy lead reviews compliance with the notice, this policy and the law, sampling requests, deletions, consents and processor agreements and using the complaint and breach registers. A written report goes to senior management and each finding has an owner and due date. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-22'))),
            ' owns the review (PRV-22).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-22', caller=caller)
    yield '\n### Notice and choice\n\n'
    def macro():
        t_3 = []
        pass
        t_3.extend((
            "A plain-language privacy notice covering all products, websites and processing states what is collected, why, the legal basis, retention, recipients, individuals' rights and the privacy contact. It is reviewed every year and before any launch that changes data use, and every published version is kept with its effective date. ",
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-01'))),
            ' owns the notice (PRV-01).',
        ))
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-01', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.append(
            'Every form, app screen, integration and tracking tag that collects personal information shows or links to the notice at the point of collection; new collection points are checked before release (PRV-02).',
        )
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-02', caller=caller)
    yield '\n'
    def macro():
        t_5 = []
        pass
        t_5.append(
            'Where consent is the basis for processing, it is captured through a clear affirmative action and recorded with who, when, the wording and the notice version; sensitive data is collected only after separate explicit consent (PRV-03).',
        )
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-03', caller=caller)
    yield '\n'
    def macro():
        t_6 = []
        pass
        t_6.append(
            'Consent can be withdrawn as easily as it was given; the withdrawal is recorded and stops the related processing in every system, including marketing and analytics tools, within 48 hours (PRV-04).',
        )
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-04', caller=caller)
    yield '\n### Collection and use\n\n'
    def macro():
        t_7 = []
        pass
        t_7.append(
            'Before a new form field, data source, integration or tracking tag goes live, the purpose of each item of personal information is recorded and what no stated purpose needs is removed; the privacy lead approves additions of sensitive data or new purposes (PRV-05).',
        )
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-05', caller=caller)
    yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.append(
            'Personal information obtained from third parties is used only after checking that the source collected it lawfully, and individuals are told within the time the law requires (PRV-06).',
        )
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-06', caller=caller)
    yield '\n'
    def macro():
        t_9 = []
        pass
        t_9.append(
            'Personal information is used only for the purposes recorded in the data inventory and stated in the notice; any new use is assessed by the privacy lead and goes ahead only after the notice is updated and consent obtained where needed (PRV-07).',
        )
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-07', caller=caller)
    yield '\n### Retention and disposal\n\n'
    def macro():
        t_10 = []
        pass
        t_10.append(
            'Each category of personal information has a retention period justified by its purpose and enforced by the system that holds it (PRV-08).',
        )
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-08', caller=caller)
    yield '\n'
    def macro():
        t_11 = []
        pass
        t_11.append(
            'A valid erasure request, or the end of a retention period, leads to deletion or irreversible anonymisation in every system within the legal deadline, with a confirmation per system (PRV-09).',
        )
        return concat(t_11)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-09', caller=caller)
    yield '\n### Access and correction\n\n'
    def macro():
        t_12 = []
        pass
        t_12.extend((
            "Requests from individuals for access to their personal information are received through the published privacy contact, logged, verified against the person's account or email before anything is disclosed, and answered within one month. ",
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-10'))),
            ' owns the process (PRV-10).',
        ))
        return concat(t_12)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-10', caller=caller)
    yield '\n'
    def macro():
        t_13 = []
        pass
        t_13.append(
            'Individuals can correct their details in the product or ask the company to; corrections are made in every system and passed on to recipients where practical, and refusals are explained in writing (PRV-11).',
        )
        return concat(t_13)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-11', caller=caller)
    yield '\n### Disclosure\n\n'
    def macro():
        t_14 = []
        pass
        t_14.append(
            'Personal information is disclosed only to processors and recipients on the approved list, each with a purpose that matches the notice (PRV-12).',
        )
        return concat(t_14)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-12', caller=caller)
    yield '\n'
    def macro():
        t_15 = []
        pass
        t_15.append(
            'Personal information reaches a processor only after a data processing agreement with privacy and breach-notice terms is signed (PRV-15).',
        )
        return concat(t_15)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-15', caller=caller)
    yield '\n'
    def macro():
        t_16 = []
        pass
        t_16.append(
            'Processors are reviewed against their privacy commitments at onboarding and every year (PRV-16).',
        )
        return concat(t_16)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-16', caller=caller)
    yield '\n'
    def macro():
        t_17 = []
        pass
        t_17.append(
            'The sub-processor list is published, with advance notice to customers of changes (VEN-07).',
        )
        return concat(t_17)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VEN-07', caller=caller)
    yield '\n'
    def macro():
        t_18 = []
        pass
        t_18.extend((
            'Routine transfers are recorded per processor in the records of processing, and every one-off disclosure (such as a law-enforcement request) is approved by ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-13'))),
            ' and logged in the disclosure register with the recipient, data, purpose, legal basis, date and approver (PRV-13).',
        ))
        return concat(t_18)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-13', caller=caller)
    yield '\n'
    def macro():
        t_19 = []
        pass
        t_19.append(
            'Every known or suspected unauthorised disclosure is entered in the breach register (PRV-14).',
        )
        return concat(t_19)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-14', caller=caller)
    yield '\n'
    def macro():
        t_20 = []
        pass
        t_20.append(
            'Breaches are notified to regulators and individuals as the law requires, under the Incident Response Policy (PRV-17).',
        )
        return concat(t_20)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-17', caller=caller)
    yield '\n'
    def macro():
        t_21 = []
        pass
        t_21.append(
            'A personal data inventory lists each system, the personal data categories in it, purpose, retention and recipients; it is refreshed every six months and used to answer requests for an accounting of disclosures (PRV-18).',
        )
        return concat(t_21)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-18', caller=caller)
    yield '\n### Quality and complaints\n\n'
    def macro():
        t_22 = []
        pass
        t_22.append(
            'Personal information is validated when entered, individuals can keep their details current, and stale or incomplete records are reviewed every year and corrected, refreshed or removed (PRV-19).',
        )
        return concat(t_22)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-19', caller=caller)
    yield '\n'
    def macro():
        t_23 = []
        pass
        t_23.append(
            'Privacy questions and complaints sent to the published privacy contact are logged, investigated and answered within 30 days, with the route to a regulator explained; recurring themes are reported in the yearly privacy review (PRV-20).',
        )
        return concat(t_23)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-20', caller=caller)
    yield '\n### Training\n\n'
    def macro():
        t_24 = []
        pass
        t_24.append(
            'Staff who handle personal information complete privacy training at hire and every year (TRN-06).',
        )
        return concat(t_24)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'TRN-06', caller=caller)

blocks = {}
debug_info = '3=19&7=21&13=29&20=33&27=39&29=53&33=65&35=77&37=87&39=97&43=107&45=117&47=127&51=137&53=147&57=157&59=169&63=179&65=189&67=199&69=209&71=219&73=231&75=241&77=251&81=261&83=271&87=281'
