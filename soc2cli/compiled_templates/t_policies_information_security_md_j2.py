# Compiled from templates/policies/information-security.md.j2 by examples/regenerate.py: do not edit.
KEY = "69c74c22029e998c2ecd7d84bdf706348139b926db0809e376d1fc5f1c8a6d2c"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/information-security.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_systems = resolve('systems')
    l_0_hosted = resolve('hosted')
    l_0_data = resolve('data')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_stmt = resolve('stmt')
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    yield '## 1. Purpose\n\nThis policy sets out how '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' protects the confidentiality, integrity and availability of its own information and of the information customers entrust to it. It names who is accountable for security, how management oversees the security programme, how the policy set is kept current, and how the design and operation of controls are monitored. Every other security policy of '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' applies under this one.\n\n## 2. Scope\n\nThis policy applies to every employee, contractor and temporary worker of '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ', to '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ', '
    yield str(environment.finalize(environment.call(context, (undefined(name='hosted') if l_0_hosted is missing else l_0_hosted))))
    yield ', and to the '
    yield str(environment.finalize(environment.call(context, (undefined(name='data') if l_0_data is missing else l_0_data))))
    yield ' those systems store or process. It also applies to the company laptops, accounts and software-as-a-service tools used to build, run and support them.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), ('Board of directors', 'Receives a security report at least twice a year and records its questions and decisions in the minutes (GOV-01).'), ('CEO', 'Appoints the security lead in writing, approves the security objectives and the policy set, and chairs the yearly management review.'), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), str_join((('' if (t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner')) == 'security lead') else 'Acts as the security lead. '), 'Owns this policy and the security programme; runs the monthly steering meeting, the risk assessment and the monitoring of controls.', ))), ('Policy owners', 'Keep their policy accurate, review it on its cycle and propose changes for approval.'), ('Control owners', 'Perform their controls at the stated frequency, keep the records named in each policy and report failures.'), ('All staff and contractors', 'Follow the policies that apply to them, complete training, and report security events and concerns.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Leadership and oversight\n\n'
    def macro():
        t_2 = []
        l_1_who = resolve('who')
        pass
        t_2.extend((
            'The CEO appoints a named security lead in writing, names a deputy who covers absences, and gives the role the time and budget the risk assessment calls for. A roles and responsibilities matrix names an owner for every control and every in-scope system; ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'GOV-03'))),
            ' reviews it every year (GOV-03).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'GOV-03', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        l_1_who = resolve('who')
        pass
        t_3.extend((
            'The board of directors (or, until a board exists, the founders with at least one independent adviser) receives a security report at least twice a year covering key risks, incidents, audit progress and open control gaps. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'GOV-01'))),
            ' ensures the minutes record the discussion, questions and actions (GOV-01).',
        ))
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'GOV-01', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        l_1_who = resolve('who')
        pass
        t_4.extend((
            'A security steering group of at least the security lead, the engineering lead and a business representative meets every month with a standing agenda: new risks and incidents, failing or overdue controls, audit preparation, vendor issues and decisions needed. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'GOV-06'))),
            ' keeps the notes and tracks actions as tickets with owners (GOV-06).',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'GOV-06', caller=caller)
    yield '\n'
    def macro():
        t_5 = []
        l_1_who = resolve('who')
        pass
        t_5.extend((
            'Once a year senior management formally reviews the security programme: risk assessment results, incidents, audit and monitoring findings, policy exceptions, resources and the objectives for the next year. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'GOV-05'))),
            ' records decisions and actions with owners and due dates and tracks them to completion (GOV-05).',
        ))
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'GOV-05', caller=caller)
    yield '\n'
    def macro():
        t_6 = []
        l_1_who = resolve('who')
        pass
        t_6.extend((
            "An organisation chart showing every person, their manager and the security lead's reporting line is kept current in the HR system and checked every quarter by ",
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'GOV-02'))),
            ' (GOV-02).',
        ))
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'GOV-02', caller=caller)
    yield '\n### Objectives and commitments\n\n'
    def macro():
        t_7 = []
        l_1_who = resolve('who')
        pass
        t_7.extend((
            str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org))),
            ' records its principal service commitments (from customer contracts, the service level agreement, the data processing agreement and the public trust or security page) and its legal obligations, and sets a measurable security objective with an owner for each. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'RSK-05'))),
            ' reviews them every year and after any change to standard contract terms (RSK-05).',
        ))
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'RSK-05', caller=caller)
    yield '\n'
    def macro():
        t_8 = []
        l_1_who = resolve('who')
        pass
        t_8.extend((
            'The security, availability and confidentiality commitments made to customers are written in standard contract terms and on the trust or security page, and the two are kept consistent. Customers are told of changes to those commitments before they take effect. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'POL-05'))),
            ' owns them (POL-05).',
        ))
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'POL-05', caller=caller)
    yield '\n'
    def macro():
        t_9 = []
        l_1_who = resolve('who')
        pass
        t_9.extend((
            'A description of the in-scope system (services, components, infrastructure, data, people, procedures, boundaries, subservice organisations and customer responsibilities) is kept current. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'POL-06'))),
            ' reviews it every year and after each significant change (POL-06).',
        ))
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'POL-06', caller=caller)
    yield '\n### The policy set\n\n'
    def macro():
        t_10 = []
        pass
        t_10.append(
            'The security policy set consists of this policy and the topic policies listed in the policy index. Each policy states its owner, version, effective date and next review date, and is stored in one location all staff can reach (POL-01).',
        )
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'POL-01', caller=caller)
    yield '\n'
    def macro():
        t_11 = []
        l_1_who = resolve('who')
        pass
        t_11.extend((
            'Every policy is reviewed by its owner at least every 12 months and after significant changes, and each new version is approved by senior management before it takes effect. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'POL-02'))),
            ' checks each quarter that no policy is past its review date (POL-02).',
        ))
        return concat(t_11)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'POL-02', caller=caller)
    yield '\n'
    def macro():
        t_12 = []
        l_1_who = resolve('who')
        pass
        t_12.extend((
            'Every employee and contractor acknowledges the policies that apply to them within their first week and every year after. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'POL-03'))),
            ' follows up anyone more than 30 days overdue (POL-03).',
        ))
        return concat(t_12)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'POL-03', caller=caller)
    yield '\n'
    def macro():
        t_13 = []
        l_1_ask = resolve('ask')
        pass
        t_13.extend((
            'Records required by the policy set are kept in one compliance records location controlled by the security lead, with access limited to the people who maintain or audit the records, for at least three years (POL-01).',
            str(environment.finalize(environment.call(context, (undefined(name='ask') if l_1_ask is missing else l_1_ask), 'Where are the records the policies require kept (for example a compliance platform, a ticketing project or a restricted shared-drive folder)? Name it in the records statement of section 4 of this policy.'))),
        ))
        return concat(t_13)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'POL-01', caller=caller)
    yield '\n### Communication\n\n'
    def macro():
        t_14 = []
        l_1_who = resolve('who')
        pass
        t_14.extend((
            'Security responsibilities, where the policies live and how to report a concern are published on an internal security page. Policy changes and significant system changes are announced in the security channel or at an all-hands meeting, and announcements are archived. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'POL-04'))),
            ' owns internal security communication (POL-04).',
        ))
        return concat(t_14)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'POL-04', caller=caller)
    yield '\n'
    def macro():
        t_15 = []
        l_1_who = resolve('who')
        pass
        t_15.extend((
            'Customers, researchers and other outside parties can report security concerns through a published security contact and vulnerability disclosure policy. Reports are acknowledged within two business days, logged as tickets and triaged by ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'POL-07'))),
            ' (POL-07).',
        ))
        return concat(t_15)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'POL-07', caller=caller)
    yield '\n'
    def macro():
        t_16 = []
        l_1_who = resolve('who')
        pass
        t_16.extend((
            'Employees, contractors and outside parties can report suspected misconduct, fraud or security concerns confidentially, and anonymously if they wish, through a channel that does not go through their manager. Good-faith reporters are protected from retaliation, reports are investigated by someone independent of the people involved, and outcomes are summarised to the board. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'POL-08'))),
            ' owns the channel (POL-08).',
        ))
        return concat(t_16)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'POL-08', caller=caller)
    yield '\n### Monitoring of controls\n\n'
    def macro():
        t_17 = []
        l_1_who = resolve('who')
        pass
        t_17.extend((
            'A control matrix lists every control with its owner, frequency, evidence, the risks it reduces and the criteria it supports. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'MON-06'))),
            ' updates it when risks or controls change and reviews it every year (MON-06).',
        ))
        return concat(t_17)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'MON-06', caller=caller)
    yield '\n'
    def macro():
        t_18 = []
        l_1_who = resolve('who')
        pass
        t_18.extend((
            'Every in-scope system is listed with the access, change, configuration, logging and backup controls applied to it, and no new system goes into production until they are in place. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'MON-07'))),
            ' maintains the list (MON-07).',
        ))
        return concat(t_18)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'MON-07', caller=caller)
    yield '\n'
    def macro():
        t_19 = []
        l_1_who = resolve('who')
        pass
        t_19.extend((
            'Each quarter, control owners test a sample of their own controls against the control matrix, attach the evidence and record the result; ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'MON-01'))),
            ' reviews the results and opens a finding for each failure (MON-01).',
        ))
        return concat(t_19)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'MON-01', caller=caller)
    yield '\n'
    def macro():
        t_20 = []
        l_1_who = resolve('who')
        pass
        t_20.extend((
            'A compliance or posture monitoring tool checks production cloud accounts, the identity provider and code repositories continuously and alerts the owner when a key control is switched off. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'MON-03'))),
            ' owns the tool (MON-03).',
        ))
        return concat(t_20)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'MON-03', caller=caller)
    yield '\n'
    def macro():
        t_21 = []
        l_1_who = resolve('who')
        pass
        t_21.extend((
            'At least once a year a person independent of the controls tested, such as an internal auditor or an outside assessor, evaluates their design and operation and reports to senior management. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'MON-02'))),
            ' arranges the review (MON-02).',
        ))
        return concat(t_21)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'MON-02', caller=caller)
    yield '\n'
    def macro():
        t_22 = []
        l_1_who = resolve('who')
        pass
        t_22.extend((
            'Every deficiency found by self-assessments, audits, penetration tests, monitoring tools or incidents is logged with a severity, an owner and a due date, tracked until fixed and verified by someone other than the fixer, and summarised for senior management every month. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'MON-04'))),
            ' owns the deficiency tracker (MON-04).',
        ))
        return concat(t_22)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'MON-04', caller=caller)

blocks = {}
debug_info = '3=25&7=29&13=37&21=41&28=47&30=60&32=73&34=86&36=99&40=112&42=126&44=139&48=152&50=162&52=175&54=188&58=200&60=213&62=226&66=239&68=252&70=265&72=278&74=291&76=304'
