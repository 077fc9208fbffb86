# Compiled from templates/policies/business-continuity.md.j2 by examples/regenerate.py: do not edit.
KEY = "0b79f617bab20f2538b4cf8a8a30529be9f7a47cb746a3e99d1b8a2c4e8747c9"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/business-continuity.md.j2'

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
    yield ' can keep its service running, or restore it within its recovery objectives, after a disruption such as the loss of a cloud region or data centre, data corruption, ransomware, or the failure of a critical vendor, and that customers and staff are kept informed while it does.\n\n## 2. Scope\n\nThis policy covers '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ', '
    yield str(environment.finalize(environment.call(context, (undefined(name='hosted') if l_0_hosted is missing else l_0_hosted))))
    yield ', the '
    yield str(environment.finalize(environment.call(context, (undefined(name='data') if l_0_data is missing else l_0_data))))
    yield ' they hold, the vendors they depend on and the people needed to run and restore them.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the continuity and disaster recovery plan; decides when to invoke it.'), ('Incident commander', 'Leads the recovery once the plan is invoked; a named deputy stands in.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'BAK-01'), 'Runs backups and keeps the backup register.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'BCP-05'), 'Leads crisis communication with customers, staff and authorities.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Impact and objectives\n\n'
    def macro():
        t_1 = []
        l_1_ask = resolve('ask')
        pass
        t_1.extend((
            'A business impact analysis lists each critical service, its dependencies (systems, vendors and key people), the impact of an outage at one hour, one day and one week, and the agreed recovery time objective (RTO) and recovery point objective (RPO). Leadership approves it and ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'BCP-01'))),
            ' reviews it every year (BCP-01).',
            str(environment.finalize(environment.call(context, (undefined(name='ask') if l_1_ask is missing else l_1_ask), 'What are the recovery time objective (RTO) and recovery point objective (RPO) of each in-scope system? Record them in the business impact analysis and the plan (BCP-01, BCP-02).'))),
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BCP-01', caller=caller)
    yield '\n### The plan\n\n'
    def macro():
        t_2 = []
        pass
        t_2.extend((
            "A documented business continuity and disaster recovery plan sets the RTO and RPO for each critical service, the invocation criteria and who decides, the incident commander and deputies, contact lists kept outside the company's own systems, and step-by-step runbooks for a region or data centre outage, data corruption, ransomware and the loss of a key vendor. ",
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'BCP-02'))),
            ' reviews it every year and staff can reach it when company tools are down (BCP-02).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BCP-02', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        pass
        t_3.extend((
            'For each outside service that production or its support depends on, the plan records the impact of an outage and a workaround (break-glass accounts for an identity provider outage, a secondary DNS provider or low time-to-live values, a documented manual deployment route). ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'BCP-04'))),
            ' reviews the workarounds every year (BCP-04).',
        ))
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BCP-04', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.extend((
            'A crisis communications plan names who speaks for ',
            str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org))),
            ' during a major outage or incident, the channels (a status page hosted outside the main infrastructure, email and in-app banners), message templates and approval steps, and how staff, customers, partners, regulators and the press are kept informed. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'BCP-05'))),
            ' owns it (BCP-05).',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BCP-05', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'AVL-06'):
        pass
        def macro():
            t_5 = []
            pass
            t_5.append(
                'Production infrastructure is defined in code and can be rebuilt in a second region or account; container images and backups are replicated there, and the documented procedure is rehearsed at least once a year with the time taken recorded (AVL-06).',
            )
            return concat(t_5)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AVL-06', caller=caller)
        yield '\n'
    yield '### Backups\n\n'
    def macro():
        t_6 = []
        pass
        t_6.append(
            'Production databases, object storage and other critical data are backed up automatically on the schedule in the backup register, which lists each data store, its backup method, frequency, retention and RPO. The schedule is enforced in infrastructure code (BAK-01).',
        )
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BAK-01', caller=caller)
    yield '\n'
    def macro():
        t_7 = []
        pass
        t_7.extend((
            'Backups are encrypted with managed keys, and a copy is kept in a separate account or region under a vault or object lock so that no one, including production administrators, can delete it before its retention ends. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'BAK-02'))),
            ' owns backup protection (BAK-02).',
        ))
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BAK-02', caller=caller)
    yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.append(
            'A failed, missed or incomplete backup raises an alert to the on-call engineer, who investigates and re-runs it; the ticket is closed only after a successful backup (BAK-04).',
        )
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BAK-04', caller=caller)
    yield '\n'
    def macro():
        t_9 = []
        pass
        t_9.extend((
            'Backups are restored into an isolated environment at least every quarter for critical data stores and at least every year for the rest; the restored data is checked for completeness and the time taken is compared with the RTO. Each test is recorded with its result and follow-up by ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'BAK-03'))),
            ' (BAK-03).',
        ))
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BAK-03', caller=caller)
    yield '\n### Testing\n\n'
    def macro():
        t_10 = []
        pass
        t_10.extend((
            'At least once a year the plan is tested by an actual failover or restore of a critical system in a realistic scenario (a tabletop exercise may accompany it but does not replace it); results are measured against the RTO and RPO, a written report records participants, timings and problems, and the plan is updated within a month. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'BCP-03'))),
            ' runs the test (BCP-03).',
        ))
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BCP-03', caller=caller)

blocks = {}
debug_info = '3=21&7=23&13=29&19=33&26=39&30=53&32=65&34=77&36=91&37=93&42=104&44=114&46=126&48=136&52=148'
