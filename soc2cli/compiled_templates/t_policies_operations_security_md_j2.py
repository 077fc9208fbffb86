# Compiled from templates/policies/operations-security.md.j2 by examples/regenerate.py: do not edit.
KEY = "2e42f4f4ee9f0c1304f82888dc82cab00d07cd0e3e6dc56d92062e607813c7ad"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/operations-security.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_systems = resolve('systems')
    l_0_hosted = resolve('hosted')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_who = resolve('who')
    l_0_stmt = resolve('stmt')
    pass
    yield '## 1. Purpose\n\nThis policy sets how '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' runs its production environment securely: what is logged and alerted on, how vulnerabilities are found and fixed within set deadlines, how the network is protected, and how assets are inventoried, so that threats and weaknesses are detected and dealt with before they cause harm.\n\n## 2. Scope\n\nThis policy applies to '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ', '
    yield str(environment.finalize(environment.call(context, (undefined(name='hosted') if l_0_hosted is missing else l_0_hosted))))
    yield ', their networks, cloud accounts, container images and dependencies, and to company laptops and software.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy, the alert catalogue and the vulnerability deadlines; reviews overdue findings every month.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'LOG-01'), 'Runs the central logging platform and log sources.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'VUL-01'), 'Runs vulnerability scanning of production.'), ('Engineering teams', 'Fix findings in their services within the deadlines.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Logging and monitoring\n\n'
    def macro():
        t_1 = []
        pass
        t_1.extend((
            'Application, infrastructure, database and identity-provider logs from production are sent to one central log platform within minutes, carry the user, source address and a UTC timestamp, and cannot be altered or deleted by the people whose activity they record. A list of log sources is kept and checked when a new service goes live. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'LOG-01'))),
            ' owns the platform (LOG-01).',
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'LOG-01', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.extend((
            'The cloud audit trail is enabled for every account, project and region and written to storage that production administrators cannot alter or delete; an alert fires if it is stopped or changed. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'LOG-02'))),
            ' owns it (LOG-02).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'LOG-02', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        pass
        t_3.extend((
            'A documented alert catalogue lists each alert rule on high-risk events (root or break-glass sign-in, repeated failed sign-ins, MFA disabled, changes to security groups or IAM policies, threat detection findings), why it exists and who receives it. Alerts page the on-call rota or post to a monitored channel, and ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'LOG-03'))),
            ' reviews the catalogue at least twice a year (LOG-03).',
        ))
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'LOG-03', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.append(
            'Security and audit logs are kept for at least 12 months, as set in the Data Retention and Disposal Policy (LOG-04).',
        )
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'LOG-04', caller=caller)
    yield '\n'
    def macro():
        t_5 = []
        pass
        t_5.extend((
            'Drift detection compares cloud resources and infrastructure configuration with the code at least daily; every drift found opens a ticket resolved by reverting or codifying the change. File integrity monitoring runs on any long-lived servers. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'LOG-06'))),
            ' owns drift detection (LOG-06).',
        ))
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'LOG-06', caller=caller)
    yield '\n'
    def macro():
        t_6 = []
        pass
        t_6.append(
            "All production systems take their time from the cloud provider's time service or a named NTP source, and write logs in UTC (LOG-07).",
        )
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'LOG-07', caller=caller)
    yield '\n### Vulnerability management\n\n'
    def macro():
        t_7 = []
        pass
        t_7.extend((
            'Vulnerabilities are fixed within these deadlines from discovery: critical within 7 days, high within 30 days, medium within 90 days, low at the next planned maintenance. Every finding from scanners, penetration tests and outside reports is tracked in one place; overdue items are reviewed every month by ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'VUL-03'))),
            ', and a finding that cannot be fixed in time needs an approved exception with compensating measures and an expiry date (VUL-03).',
        ))
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VUL-03', caller=caller)
    yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.append(
            'Running hosts, deployed container images and internet-facing endpoints are scanned for known vulnerabilities continuously or at least every month, and findings above low severity open tickets automatically (VUL-01).',
        )
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VUL-01', caller=caller)
    yield '\n'
    def macro():
        t_9 = []
        pass
        t_9.extend((
            'Every production repository is scanned for vulnerable dependencies on each pull request and daily against new advisories; new critical findings block the merge or open a ticket, and dependency update pull requests are reviewed every week. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'VUL-02'))),
            ' owns dependency scanning (VUL-02).',
        ))
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VUL-02', caller=caller)
    yield '\n'
    def macro():
        t_10 = []
        pass
        t_10.append(
            'Container base images come only from trusted publishers and are pinned by digest, signatures are verified where the publisher signs, packages are installed from lockfiles, and builds fail when a malware or tampering check fails unless an exception is recorded (END-05).',
        )
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'END-05', caller=caller)
    yield '\n'
    def macro():
        t_11 = []
        pass
        t_11.extend((
            "Hardened configuration baselines based on CIS benchmarks or the provider's best-practice standards are written down for cloud accounts, operating systems, containers and databases, with deliberate deviations recorded, and are built into base images and infrastructure modules. ",
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'VUL-05'))),
            ' owns the baselines (VUL-05).',
        ))
        return concat(t_11)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VUL-05', caller=caller)
    yield '\n'
    def macro():
        t_12 = []
        pass
        t_12.extend((
            'A qualified third party performs a penetration test of the production application, APIs and external infrastructure at least once a year and after major changes, against a written scope. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'MON-05'))),
            ' commissions the test (MON-05).',
        ))
        return concat(t_12)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'MON-05', caller=caller)
    yield '\n'
    def macro():
        t_13 = []
        pass
        t_13.append(
            'Every penetration test finding and every outside vulnerability report is logged as a ticket, rated, fixed within the deadlines or formally accepted, and retested when critical or high (VUL-04).',
        )
        return concat(t_13)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VUL-04', caller=caller)
    yield '\n### Network protection\n\n'
    def macro():
        t_14 = []
        pass
        t_14.extend((
            'Firewalls, security groups and network access lists deny all traffic unless a rule allows it; each allowed rule has a stated purpose and is defined in code and reviewed. Administrative and database ports are never open to the internet. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'NET-01'))),
            ' owns the rules (NET-01).',
        ))
        return concat(t_14)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'NET-01', caller=caller)
    yield '\n'
    def macro():
        t_15 = []
        pass
        t_15.append(
            'Production runs in its own account or project and network, separate from staging, development and corporate networks; databases and internal services sit in private subnets unreachable from the internet (NET-02).',
        )
        return concat(t_15)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'NET-02', caller=caller)
    yield '\n'
    def macro():
        t_16 = []
        pass
        t_16.append(
            'Public web applications and APIs sit behind a web application firewall and DDoS protection with managed rule sets in blocking mode, and sign-in and password-reset endpoints are rate limited (NET-04).',
        )
        return concat(t_16)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'NET-04', caller=caller)
    yield '\n'
    def macro():
        t_17 = []
        pass
        t_17.append(
            'A managed threat detection service monitors network traffic and cloud activity in every account and region; high-severity findings page the on-call engineer and each finding is triaged in a ticket (NET-05).',
        )
        return concat(t_17)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'NET-05', caller=caller)
    yield '\n### Assets\n\n'
    def macro():
        t_18 = []
        pass
        t_18.extend((
            'An inventory of laptops, phones and other hardware, and of the software and software-as-a-service tools in use, each with an owner, is kept and reconciled every quarter against device management, the identity provider and finance records. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AST-01'))),
            ' owns it (AST-01).',
        ))
        return concat(t_18)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AST-01', caller=caller)
    yield '\n'
    def macro():
        t_19 = []
        pass
        t_19.extend((
            'All cloud accounts sit in one organisation with a documented account list, and resources carry mandatory owner, environment and classification tags; a weekly report flags untagged resources. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AST-02'))),
            ' owns the cloud inventory (AST-02).',
        ))
        return concat(t_19)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AST-02', caller=caller)

blocks = {}
debug_info = '3=19&7=21&13=25&19=29&26=35&28=47&30=59&32=71&34=81&36=93&40=103&42=115&44=125&46=137&48=147&50=159&52=171&56=181&58=193&60=203&62=213&66=223&68=235'
