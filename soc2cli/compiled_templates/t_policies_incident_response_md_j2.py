# Compiled from templates/policies/incident-response.md.j2 by examples/regenerate.py: do not edit.
KEY = "fc3aae28f570e5816250db7f308ed373d046b4016fac1006d370946d92ffb2fb"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/incident-response.md.j2'

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
    l_0_who = resolve('who')
    l_0_stmt = resolve('stmt')
    l_0_applies = resolve('applies')
    pass
    yield '## 1. Purpose\n\nThis policy makes sure that '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' detects, reports, assesses, contains and recovers from security incidents quickly and consistently, tells the people it must tell on time, and learns from every significant incident.\n\n## 2. Scope\n\nThis policy covers security events and incidents affecting '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ', '
    yield str(environment.finalize(environment.call(context, (undefined(name='hosted') if l_0_hosted is missing else l_0_hosted))))
    yield ', the '
    yield str(environment.finalize(environment.call(context, (undefined(name='data') if l_0_data is missing else l_0_data))))
    yield ' they hold, company devices and accounts, and vendors that process company or customer data. It applies to every employee and contractor, each of whom must report a suspected incident.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the incident response plan; leads or appoints the incident lead.'), ('Incident lead', 'Runs the response, sets and updates the severity, coordinates responders and decides when the incident is closed.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'LOG-05'), 'Runs the on-call rota that acknowledges and triages alerts.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'IR-05'), 'Decides, with legal advice, whether customers must be notified, and approves the notice.'), ('All staff', 'Report suspected incidents at once through the reporting route, and preserve evidence.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Plan and reporting\n\n'
    def macro():
        t_1 = []
        pass
        t_1.extend((
            'A written incident response plan defines what counts as a security incident, four severity levels with examples and response targets, the roles (incident lead and deputy, communications owner, technical responders), contact details for key vendors and advisers, and the steps from detection to closure. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'IR-01'))),
            ' approves the plan and reviews it every year and after each critical incident (IR-01).',
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'IR-01', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.append(
            'Staff report suspected incidents at once, and within one hour of noticing, through the single reporting route published on the internal security page; good-faith reports are never punished (IR-01).',
        )
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'IR-01', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        pass
        t_3.append(
            'Outside parties report through the published security contact; reports are acknowledged within two business days (POL-07).',
        )
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'POL-07', caller=caller)
    yield '\n### Triage and response\n\n'
    def macro():
        t_4 = []
        pass
        t_4.extend((
            'Security alerts and reports are acknowledged by the on-call responder within 30 minutes for high-severity alerts at any hour, and within one working day for the rest. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'LOG-05'))),
            ' keeps the on-call rota and reports acknowledgement times every month (LOG-05).',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'LOG-05', caller=caller)
    yield '\n'
    def macro():
        t_5 = []
        pass
        t_5.extend((
            'The responder triages each event against the written incident criteria and severity rules, considering whether customer, confidential or personal data may be involved, and records the decision and reasoning on the alert or ticket. Events closed as not incidents are sampled and reviewed every month by ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'IR-07'))),
            ' (IR-07).',
        ))
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'IR-07', caller=caller)
    yield '\n'
    def macro():
        t_6 = []
        pass
        t_6.extend((
            'Every incident, and every event escalated for assessment, has a record in the incident tracker showing the timeline, severity, systems and data affected, actions taken, decisions made and the closing date. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'IR-02'))),
            ' owns the incident log (IR-02).',
        ))
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'IR-02', caller=caller)
    yield '\n'
    def macro():
        t_7 = []
        pass
        t_7.extend((
            'Before systems are changed, responders preserve evidence following the evidence collection runbook: disk snapshots, relevant logs and cloud audit trails are copied to restricted storage with hashes and a custody log, and compromised resources are isolated rather than deleted. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'IR-06'))),
            ' owns the runbook (IR-06).',
        ))
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'IR-06', caller=caller)
    yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.append(
            'After containment, affected systems are rebuilt from trusted images, code and backups taken before the compromise, credentials and keys are rotated, and integrity is checked before service resumes. The incident lead records who approved the return to normal operation (IR-08).',
        )
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'IR-08', caller=caller)
    yield '\n### Notification\n\n'
    def macro():
        t_9 = []
        l_1_has_data = resolve('has_data')
        l_1_ask = resolve('ask')
        pass
        t_9.extend((
            'When an incident affects customers or their data, ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'IR-05'))),
            ' decides, with legal advice, whether each customer must be notified under its contract',
        ))
        if environment.call(context, (undefined(name='has_data') if l_1_has_data is missing else l_1_has_data), 'health_data'):
            pass
            t_9.append(
                ', data processing agreement or business associate agreement',
            )
        else:
            pass
            t_9.append(
                ' or data processing agreement',
            )
        t_9.extend((
            '. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'IR-05'))),
            ' approves each notice and sends it within the contractual deadline, and within 72 hours of confirming the incident where the contract sets none. Each notice is recorded with the time it was sent (IR-05).',
            str(environment.finalize(environment.call(context, (undefined(name='ask') if l_1_ask is missing else l_1_ask), 'What incident notification deadlines do your customer contracts and data processing agreements set? Put them in the notification statement in section 4 (IR-05).'))),
        ))
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'IR-05', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'PRV-17'):
        pass
        def macro():
            t_10 = []
            pass
            t_10.extend((
                'For a personal-data breach, ',
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-17'))),
                ' decides whether regulators and individuals must be notified under privacy law: regulators within the legal deadline (72 hours under the GDPR), and affected individuals without undue delay where the risk to them is high. Each notification is recorded with the time it was sent (PRV-17).',
            ))
            return concat(t_10)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-17', caller=caller)
        yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'PRV-14'):
        pass
        def macro():
            t_11 = []
            pass
            t_11.extend((
                'Every known or suspected unauthorised disclosure of personal information, including minor events such as a misdirected email, is entered in the breach register with the facts, data and people affected, the risk assessment, the notification decision and the remediation. ',
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-14'))),
                ' owns the register (PRV-14).',
            ))
            return concat(t_11)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-14', caller=caller)
        yield '\n'
    yield '### Learning\n\n'
    def macro():
        t_12 = []
        pass
        t_12.extend((
            'A blameless post-incident review is completed within two weeks of closing every high or critical incident. It records the timeline, root cause, contributing factors and corrective actions, each with an owner and due date; open actions are reviewed every month until done. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'IR-04'))),
            ' owns the reviews (IR-04).',
        ))
        return concat(t_12)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'IR-04', caller=caller)
    yield '\n'
    def macro():
        t_13 = []
        pass
        t_13.extend((
            'At least once a year the incident response team runs a tabletop exercise on a realistic scenario (for example leaked cloud credentials or ransomware). Attendance, decisions, gaps and follow-up actions are written up, and the plan is updated within a month. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'IR-03'))),
            ' runs the exercise (IR-03).',
        ))
        return concat(t_13)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'IR-03', caller=caller)

blocks = {}
debug_info = '3=21&7=23&13=29&20=33&27=39&29=51&31=61&35=71&37=83&39=95&41=107&43=119&47=129&49=159&50=161&53=173&54=175&59=188&61=200'
