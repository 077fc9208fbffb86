# Compiled from templates/policies/availability.md.j2 by examples/regenerate.py: do not edit.
KEY = "23e00da2f0dd8ddafc8e03f8c0ff372462e9bcab2c49dfb34eb762d539886554"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/availability.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_systems = resolve('systems')
    l_0_org = resolve('org')
    l_0_hosted = resolve('hosted')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_who = resolve('who')
    l_0_stmt = resolve('stmt')
    pass
    yield '## 1. Purpose\n\nThis policy makes sure that '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ' are available for operation and use as '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' commits to its customers, through capacity management, redundancy, uptime monitoring and tested recovery.\n\n## 2. Scope\n\nThis policy applies to the production components of '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ', '
    yield str(environment.finalize(environment.call(context, (undefined(name='hosted') if l_0_hosted is missing else l_0_hosted))))
    yield ', and to the teams that run them.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the availability commitments; receives the monthly uptime report.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AVL-01'), 'Runs capacity monitoring and alerting.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AVL-02'), 'Runs the quarterly capacity review.'), ('On-call engineers', 'Respond to availability alerts and record what they did.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Commitments\n\n'
    def macro():
        t_1 = []
        l_1_ask = resolve('ask')
        pass
        t_1.extend((
            'Customer-facing services are run to meet the uptime committed in the service level agreement, measured monthly.',
            str(environment.finalize(environment.call(context, (undefined(name='ask') if l_1_ask is missing else l_1_ask), 'What uptime does the service level agreement commit to (for example 99.9 % a month), and which services does it cover? Add the figure to the commitments statement in section 4 (AVL-04, POL-05).'))),
            ' Monthly uptime is calculated from external checks and compared with the commitment; service credits are handled where owed (AVL-04).',
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AVL-04', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.extend((
            'External uptime checks test key user journeys every minute from several locations, and a public status page, hosted outside the main infrastructure, tells customers about outages and planned maintenance. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AVL-04'))),
            ' owns the checks and the status page (AVL-04).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AVL-04', caller=caller)
    yield '\n### Capacity\n\n'
    def macro():
        t_3 = []
        pass
        t_3.append(
            'Use of compute, memory, storage, database and network resources in production is measured continuously and shown on dashboards; alerts at defined thresholds (for example 80 % of disk or database connections) notify the on-call engineer, who records what was done (AVL-01).',
        )
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AVL-01', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.append(
            'At least every quarter, engineering reviews capacity trends, expected growth and planned launches, forecasts what will be needed and records decisions with owners and due dates, which are tracked to completion (AVL-02).',
        )
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AVL-02', caller=caller)
    yield '\n'
    def macro():
        t_5 = []
        pass
        t_5.extend((
            'Production services scale automatically within limits set in code, and per-customer rate limits, quotas or queueing protect the system from overload; scaling settings are load-tested before major launches. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AVL-03'))),
            ' owns the settings (AVL-03).',
        ))
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AVL-03', caller=caller)
    yield '\n### Resilience and recovery\n\n'
    def macro():
        t_6 = []
        pass
        t_6.extend((
            'Production workloads, databases and load balancers run across at least two availability zones, so that the loss of one zone does not stop the service. Single points of failure are listed and either removed or accepted as a recorded risk. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AVL-05'))),
            ' owns the architecture (AVL-05).',
        ))
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AVL-05', caller=caller)
    yield '\n'
    def macro():
        t_7 = []
        pass
        t_7.append(
            'Production can be rebuilt in a second region or account from code, replicated images and backups, following a documented procedure rehearsed at least once a year with the time taken recorded against the RTO (AVL-06).',
        )
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AVL-06', caller=caller)
    yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.append(
            'Backups of critical data stores are restored into an isolated environment every quarter and checked for completeness and restore time (BAK-03).',
        )
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BAK-03', caller=caller)
    yield '\n'
    def macro():
        t_9 = []
        pass
        t_9.append(
            'The business continuity and disaster recovery plan sets the recovery time and recovery point objectives for each critical service and is tested every year, as set out in the Business Continuity and Disaster Recovery Policy (BCP-02, BCP-03).',
        )
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BCP-02', 'BCP-03', caller=caller)

blocks = {}
debug_info = '3=19&7=23&13=27&19=31&26=37&28=50&32=62&34=72&36=82&40=94&42=106&44=116&46=126'
