# Compiled from templates/policies/change-management.md.j2 by examples/regenerate.py: do not edit.
KEY = "aa73fc07deb6288b49e7ccce2656c1fa837907b125e28cbfa90e45695cfe7a55"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/change-management.md.j2'

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
    yield '## 1. Purpose\n\nThis policy makes sure that every change to '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s production systems is authorised, reviewed, tested, approved and recorded before release, that urgent fixes follow a controlled route, and that software is built securely. It protects the service from errors and from unauthorised or malicious changes.\n\n## 2. Scope\n\nThis policy covers changes to application code, infrastructure and network configuration, identity and access configuration, database schemas and production data, third-party service configuration and operating procedures for "
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ', '
    yield str(environment.finalize(environment.call(context, (undefined(name='hosted') if l_0_hosted is missing else l_0_hosted))))
    yield '. It applies to every employee and contractor who can propose, approve or deploy such a change.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the change workflow; approves changes to it.'), ('Author', 'Describes the change, its risk and its rollback in the ticket or pull request, and tests it.'), ('Reviewer', 'A person other than the author who checks the change for correctness, security and scope before approving it.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CHG-05'), 'Declares emergency changes and makes sure each is reviewed after the event.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CHG-07'), 'Owns the deployment pipeline, its records and the rollback method.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Change types\n\n'
    def macro():
        t_1 = []
        pass
        t_1.extend((
            'Changes fall into three types. A **standard change** is a pre-approved, low-risk, repeatable change listed in the change catalogue (for example a dependency patch release that passes CI); it follows the pipeline without further approval. A **normal change** follows every step below. An **emergency change** follows the emergency route. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CHG-01'))),
            ' keeps the list of standard changes and reviews this policy every year (CHG-01).',
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CHG-01', caller=caller)
    yield '\n### Normal changes\n\n'
    def macro():
        t_2 = []
        pass
        t_2.append(
            'Every normal change is linked to a ticket or pull request that states what changes, why, its risk and how to roll it back (CHG-01).',
        )
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CHG-01', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        pass
        t_3.extend((
            'Every change to production code and infrastructure code is approved by at least one person other than its author before it is merged. Branch protection on the main branch of every production repository enforces this, requires the checks below to pass, resets approval when new commits are pushed and forbids direct pushes, including by administrators. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CHG-02'))),
            ' owns the branch protection settings, and any change to them is logged (CHG-02).',
        ))
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CHG-02', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.extend((
            'A continuous integration pipeline runs automated tests, linting and security checks on every change; a change cannot be merged or deployed while a required check fails. Larger changes are verified in staging before release. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CHG-03'))),
            ' owns the pipeline (CHG-03).',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CHG-03', caller=caller)
    yield '\n'
    def macro():
        t_5 = []
        pass
        t_5.extend((
            'Development and staging environments are separate from production at the cloud account or project level, with separate credentials. Production customer data is not copied into non-production environments unless it is masked, or the security lead approves a time-limited exception. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CHG-04'))),
            ' owns the separation (CHG-04).',
        ))
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CHG-04', caller=caller)
    yield '\n'
    def macro():
        t_6 = []
        pass
        t_6.extend((
            'Cloud infrastructure, network rules and identity permissions are defined in version-controlled code and changed only through reviewed pull requests applied by the pipeline; console write access is limited to break-glass use, and drift from the code is detected and resolved. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CHG-06'))),
            ' owns the infrastructure code (CHG-06).',
        ))
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CHG-06', caller=caller)
    yield '\n'
    def macro():
        t_7 = []
        pass
        t_7.extend((
            'Production deployments run only through the automated pipeline, which records what was deployed, when and by whom, linked to the commits and pull requests. Every deployment can be rolled back to the previous version by a documented and tested method. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CHG-07'))),
            ' owns the deployment records (CHG-07).',
        ))
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CHG-07', caller=caller)
    yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.extend((
            'Database schema changes ship as migrations in reviewed pull requests. A manual change to production data (a fix, bulk update or deletion) needs a ticket holding the exact query, approval by a second engineer, and a named account with temporary, logged access. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CHG-08'))),
            ' approves data change procedures (CHG-08).',
        ))
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CHG-08', caller=caller)
    yield '\n'
    def macro():
        t_9 = []
        pass
        t_9.extend((
            'Operating systems, base images, runtimes and managed services are kept on supported versions. Base images are rebuilt at least monthly with current patches, security patches are applied within the vulnerability remediation deadlines in the Operations Security Policy, and end-of-life components are tracked and replaced before support ends. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CHG-09'))),
            ' owns patching (CHG-09).',
        ))
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CHG-09', caller=caller)
    yield '\n'
    def macro():
        t_10 = []
        pass
        t_10.extend((
            'Before a significant change goes ahead (a new product or market, a new critical vendor, an acquisition or a major architecture change), ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'RSK-04'))),
            ' completes and records a risk review and adds any new risks to the risk register (RSK-04).',
        ))
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'RSK-04', caller=caller)
    yield '\n### Emergency changes\n\n'
    def macro():
        t_11 = []
        pass
        t_11.extend((
            'An emergency change is allowed only to restore service or contain a security incident. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CHG-05'))),
            ' or the incident lead declares it, the change is labelled as an emergency in the ticket or pull request at the time, and it still runs through the pipeline. It is reviewed and approved retrospectively by a second engineer within two working days. Emergency changes are listed and checked every month so the route is not overused (CHG-05).',
        ))
        return concat(t_11)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CHG-05', caller=caller)
    yield '\n### Secure development\n\n'
    def macro():
        t_12 = []
        pass
        t_12.extend((
            'Engineers follow the secure development standard, which sets the security steps for requirements, design, coding, testing and release, and coding rules against common weaknesses such as the OWASP Top 10. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'SDL-01'))),
            ' approves the standard and reviews it every year (SDL-01).',
        ))
        return concat(t_12)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'SDL-01', caller=caller)
    yield '\n'
    def macro():
        t_13 = []
        pass
        t_13.extend((
            'New products, significant features and architecture changes that touch authentication, customer data or external interfaces get a recorded threat model or security design review before development starts; the resulting requirements become tickets. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'SDL-02'))),
            ' reviews them (SDL-02).',
        ))
        return concat(t_13)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'SDL-02', caller=caller)
    yield '\n'
    def macro():
        t_14 = []
        pass
        t_14.extend((
            'Static application security testing runs as a required check on every pull request for production code; high-severity findings are fixed or dismissed with a recorded reason before merge. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'SDL-03'))),
            ' owns the tool (SDL-03).',
        ))
        return concat(t_14)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'SDL-03', caller=caller)
    yield '\n'
    def macro():
        t_15 = []
        pass
        t_15.extend((
            'All repositories are scanned for secrets on every push, with push protection where available. A detected secret is treated as a security event: it is revoked and rotated, and the rotation recorded. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'SDL-04'))),
            ' owns secret scanning (SDL-04).',
        ))
        return concat(t_15)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'SDL-04', caller=caller)
    yield '\n'
    def macro():
        t_16 = []
        pass
        t_16.extend((
            'New open-source libraries, SDKs, base images and contractor code are checked before adoption for maintenance, known vulnerabilities, licence and origin; dependency versions are pinned with committed lockfiles, and contractor code is reviewed by an employee before merge. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'SDL-05'))),
            ' owns the checklist (SDL-05).',
        ))
        return concat(t_16)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'SDL-05', caller=caller)

blocks = {}
debug_info = '3=19&7=21&13=25&20=29&27=35&31=47&33=57&35=69&37=81&39=93&41=105&43=117&45=129&47=141&51=153&55=165&57=177&59=189&61=201&63=213'
