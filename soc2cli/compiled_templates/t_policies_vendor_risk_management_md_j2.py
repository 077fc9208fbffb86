# Compiled from templates/policies/vendor-risk-management.md.j2 by examples/regenerate.py: do not edit.
KEY = "ca03c886eee966825ad4ae8380f63db868cc4bc787a5b7368e86b2c43dd88503"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/vendor-risk-management.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_systems = resolve('systems')
    l_0_providers = resolve('providers')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_who = resolve('who')
    l_0_stmt = resolve('stmt')
    l_0_applies = resolve('applies')
    pass
    yield '## 1. Purpose\n\nThis policy makes sure that '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield " knows every vendor that holds its or its customers' data or that the service depends on, checks each one before and during the relationship according to its risk, binds it to the right contract terms, and ends the relationship cleanly. It includes the subservice organisations whose controls "
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' relies on.\n\n## 2. Scope\n\nThis policy applies to every vendor, supplier, contractor firm and software-as-a-service provider that stores, processes or can access company or customer data, or that '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ' depend on, including '
    yield str(environment.finalize(environment.call(context, (undefined(name='providers') if l_0_providers is missing else l_0_providers))))
    yield '.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the vendor inventory; approves or rejects new high- and medium-tier vendors.'), ('Vendor owner', 'The employee responsible for a vendor relationship: completes due diligence, reassessments and offboarding.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'VEN-04'), 'Makes sure contracts contain the required security, confidentiality and breach-notification terms.'), ('Finance', 'Does not pay a new vendor until its review ticket is approved.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Inventory and tiering\n\n'
    def macro():
        t_1 = []
        pass
        t_1.extend((
            'The vendor inventory lists every vendor in scope with its service, the data shared, its access, its criticality, its owner, its risk tier (high, medium or low), its contract dates and its last review. High tier covers the hosting provider, the identity provider and any vendor holding customer data. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'VEN-01'))),
            ' reviews the inventory every year against finance records and the single sign-on application list (VEN-01).',
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VEN-01', caller=caller)
    yield '\n### Before onboarding\n\n'
    def macro():
        t_2 = []
        pass
        t_2.extend((
            'Before a new vendor receives data or access, its owner completes a due diligence review scaled to its tier: high-tier vendors provide a SOC 2 Type II report or ISO/IEC 27001 certificate and answer a security questionnaire; low-tier vendors complete a short checklist. Risks found are recorded and mitigated or accepted, and ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'VEN-03'))),
            ' approves or rejects the vendor on the review ticket (VEN-03).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VEN-03', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        l_1_has_data = resolve('has_data')
        pass
        t_3.append(
            'Contracts with vendors that handle company or customer data include security requirements, confidentiality obligations, breach notification within 72 hours or less, the right to receive audit reports, and return or deletion of data at the end of the contract',
        )
        if environment.call(context, (undefined(name='has_data') if l_1_has_data is missing else l_1_has_data), 'personal_data'):
            pass
            t_3.append(
                ', with a data processing agreement where personal data is involved',
            )
        if environment.call(context, (undefined(name='has_data') if l_1_has_data is missing else l_1_has_data), 'health_data'):
            pass
            t_3.append(
                ', and a business associate agreement where health data is shared',
            )
        t_3.append(
            '. They are signed before any data is shared (VEN-04).',
        )
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VEN-04', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'CNF-03'):
        pass
        def macro():
            t_4 = []
            pass
            t_4.extend((
                'Before confidential information is exchanged with a prospect, customer, contractor or partner, a non-disclosure agreement or confidentiality clause on an approved template is signed, and the signed copy is kept in the contract repository. ',
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CNF-03'))),
                ' owns the templates (CNF-03).',
            ))
            return concat(t_4)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CNF-03', caller=caller)
        yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'PRV-15'):
        pass
        def macro():
            t_5 = []
            pass
            t_5.append(
                "Every vendor that processes personal information on the company's behalf signs a data processing agreement before receiving data, covering instructions-only processing, confidentiality, security measures, sub-processor approval, deletion at the end of the contract, audit rights and breach notice. A tracker shows the agreement status of every processor (PRV-15).",
            )
            return concat(t_5)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-15', caller=caller)
        yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'PRV-12'):
        pass
        def macro():
            t_6 = []
            pass
            t_6.extend((
                'Personal information is disclosed only to processors and recipients on the approved list, each with a purpose that matches the privacy notice. ',
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-12'))),
                ' approves new recipients before any data flows (PRV-12).',
            ))
            return concat(t_6)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-12', caller=caller)
        yield '\n'
    yield '### Monitoring\n\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'VEN-02'):
        pass
        def macro():
            t_7 = []
            pass
            t_7.extend((
                'Every year ',
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'VEN-02'))),
                ' obtains and reviews the SOC 2 Type II report of each subservice organisation (',
                str(environment.finalize(environment.call(context, (undefined(name='providers') if l_0_providers is missing else l_0_providers)))),
                '): the period, the services and regions in scope, the opinion, exceptions and their impact, and a bridge letter covering the gap to the present. The review memo maps every complementary user entity control the report lists to ',
                str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org))),
                "'s own control and its evidence (VEN-02).",
            ))
            return concat(t_7)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VEN-02', caller=caller)
        yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.extend((
            'Vendors are reassessed on a schedule set by their tier: high tier every year, medium tier every two years, low tier at contract renewal. The reassessment covers the latest assurance report or questionnaire, incidents and outages, service performance and contract compliance; findings become tickets and a vendor that no longer meets requirements triggers a recorded decision. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'VEN-05'))),
            ' keeps the schedule (VEN-05).',
        ))
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VEN-05', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'PRV-16'):
        pass
        def macro():
            t_9 = []
            pass
            t_9.append(
                'At onboarding and every year, each processor of personal information is checked against its privacy commitments using its assurance reports or questionnaires; reported misuse or failures lead to recorded remediation, up to ending the relationship (PRV-16).',
            )
            return concat(t_9)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-16', caller=caller)
        yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'VEN-07'):
        pass
        def macro():
            t_10 = []
            pass
            t_10.extend((
                "The list of sub-processors that handle customers' personal data, with their purpose, data and location, is published to customers, who receive notice at least 30 days before a new sub-processor starts. ",
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'VEN-07'))),
                ' maintains it (VEN-07).',
            ))
            return concat(t_10)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VEN-07', caller=caller)
        yield '\n'
    def macro():
        t_11 = []
        l_1_has_data = resolve('has_data')
        pass
        t_11.append(
            'For each outside service that production or its support depends on (identity provider, DNS, code hosting, CI/CD, email delivery',
        )
        if environment.call(context, (undefined(name='has_data') if l_1_has_data is missing else l_1_has_data), 'payment_card_data'):
            pass
            t_11.append(
                ', payment processor',
            )
        t_11.extend((
            '), the continuity plan records the impact of an outage and a workaround. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'BCP-04'))),
            ' reviews the workarounds every year (BCP-04).',
        ))
        return concat(t_11)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BCP-04', caller=caller)
    yield '\n### Offboarding\n\n'
    def macro():
        t_12 = []
        pass
        t_12.append(
            "When a vendor relationship ends, the vendor owner removes the vendor's accounts, API keys, OAuth grants and network access, exports the data needed, obtains return or certified deletion of company data, and marks the vendor as ended in the inventory. The offboarding ticket is closed only when each step has evidence (VEN-06).",
        )
        return concat(t_12)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VEN-06', caller=caller)

blocks = {}
debug_info = '3=20&7=24&13=28&19=32&26=38&30=50&32=62&34=86&35=88&38=100&39=102&42=112&43=114&48=127&49=129&52=145&54=157&55=159&58=169&59=171&62=183&66=204'
