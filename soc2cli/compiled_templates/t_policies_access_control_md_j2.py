# Compiled from templates/policies/access-control.md.j2 by examples/regenerate.py: do not edit.
KEY = "9e2c65991fb22b052670aff945ecde7805bbcbb60387f52504ddaa191451651a"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/access-control.md.j2'

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
    l_0_hosting = resolve('hosting')
    pass
    yield '## 1. Purpose\n\nThis policy makes sure that only authorised people and services can reach '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s systems and data, with no more access than their job needs, and that access is removed as soon as it is no longer needed. It sets the rules for authentication, provisioning, reviews, privileged access, service accounts and physical access.\n\n## 2. Scope\n\nThis policy applies to every account, human or non-human, on "
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ', '
    yield str(environment.finalize(environment.call(context, (undefined(name='hosted') if l_0_hosted is missing else l_0_hosted))))
    yield '; to the identity provider, cloud consoles, databases, code repositories, CI/CD pipelines and business applications that hold or reach the '
    yield str(environment.finalize(environment.call(context, (undefined(name='data') if l_0_data is missing else l_0_data))))
    yield '; and to every employee, contractor and vendor who is given access to them.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the role matrix; oversees access reviews and privileged access.'), ('System owners', 'Approve access to their system, review it every quarter and confirm removals.'), ('Managers', 'Request access for their staff that matches the role template, and tell HR of moves and departures.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-07'), 'Grants and removes access in each system and records each change.'), ('All staff', 'Use only their own accounts, protect their credentials and MFA devices, and report suspected misuse.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Authentication\n\n'
    def macro():
        t_1 = []
        pass
        t_1.extend((
            'Staff and contractors sign in to business applications and production tooling through the company identity provider, which enforces multi-factor authentication for every user with no standing exceptions; every application that supports SAML or OIDC is connected to it. Phishing-resistant factors (passkeys or security keys) are used where the application supports them. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-01'))),
            ' owns the identity provider configuration (AC-01).',
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-01', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.extend((
            'Every route into production and administrative functions (cloud console and command-line sessions, database administration, bastion hosts and the cloud root or global administrator account) requires multi-factor authentication, including accounts outside single sign-on. The root account is protected by a hardware key. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-02'))),
            ' owns this control (AC-02).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-02', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        pass
        t_3.extend((
            'Every person has their own named account in each system. Shared or generic logins are not used; where a system forces one, it cannot be signed in to interactively, or its password is kept in the password manager and each use is attributable to a person. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-03'))),
            ' checks account lists against the HR roster at each quarterly review (AC-03).',
        ))
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-03', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.extend((
            'Passwords for company accounts are at least 14 characters, unique per system, and kept in the company password manager. Application secrets such as database passwords and API tokens are kept in the secrets manager, injected at run time, and never stored in source code, chat or documents. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-09'))),
            ' owns both tools (AC-09).',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-09', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'NET-03'):
        pass
        def macro():
            t_5 = []
            pass
            t_5.extend((
                'Administrators reach production servers, databases and internal tools only through the approved access path (access proxy, bastion host or VPN) that requires single sign-on with MFA and logs each session centrally. Direct SSH, RDP or database connections from the internet are not allowed. ',
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'NET-03'))),
                ' owns the access path (NET-03).',
            ))
            return concat(t_5)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'NET-03', caller=caller)
        yield '\n'
    yield '### Granting and changing access\n\n'
    def macro():
        t_6 = []
        pass
        t_6.extend((
            'Access is granted through roles or groups that match job functions, each carrying only the permissions that job needs. A written role matrix lists each role, the systems and permission level it gets, and who approves it. Permissions are assigned to groups in the identity provider and roles in the cloud account, not to individuals. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-04'))),
            ' reviews the role matrix every year (AC-04).',
        ))
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-04', caller=caller)
    yield '\n'
    def macro():
        t_7 = []
        pass
        t_7.extend((
            "New access, and any increase in access, is requested through a ticket or access-request tool, approved by the person's manager or the system owner, and only then granted. The record shows who asked, who approved, what was granted and when, and the approval is dated before the grant. ",
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-05'))),
            ' grants access (AC-05).',
        ))
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-05', caller=caller)
    yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.extend((
            'When a person leaves, the identity provider account is suspended by the end of their last working day, and access to systems outside single sign-on, personal API and SSH keys, and shared secrets they knew are removed or rotated within one working day. When a person changes role, access the new role does not need is removed within five working days. Completion is recorded per system on the offboarding ticket by ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-07'))),
            ' (AC-07).',
        ))
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-07', caller=caller)
    yield '\n'
    def macro():
        t_9 = []
        pass
        t_9.extend((
            'HR opens the offboarding or role-change ticket as soon as the date is known, so that IT and system owners are told before the last day, recovers laptops and badges, and reminds the leaver in writing of their continuing confidentiality duties. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'HR-03'))),
            ' owns this step (HR-03).',
        ))
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'HR-03', caller=caller)
    yield '\n### Reviewing access\n\n'
    def macro():
        t_10 = []
        pass
        t_10.extend((
            'Every quarter each system owner reviews who has access to the identity provider, cloud accounts, production databases, code repositories and every tool holding customer data, and at what level. The reviewer signs off a user list exported that quarter, and each account no longer needed is removed within five working days through a ticket. The review, its decisions and the resulting tickets are recorded; ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-06'))),
            ' makes sure every review is completed (AC-06).',
        ))
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-06', caller=caller)
    yield '\n### Privileged and sensitive access\n\n'
    def macro():
        t_11 = []
        pass
        t_11.extend((
            'Administrator and production write access is held by a small named group, each with a recorded justification, and is granted just in time through an approval step where the platform allows. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-08'))),
            ' owns the list of privileged users (AC-08).',
        ))
        return concat(t_11)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-08', caller=caller)
    yield '\n'
    def macro():
        t_12 = []
        pass
        t_12.append(
            "One or two break-glass accounts exist for use when single sign-on fails. Their credentials are sealed in the password manager's restricted vault with hardware MFA; every sign-in raises an alert to the on-call channel and is reviewed within one working day, and the credentials are rotated after each use (AC-08).",
        )
        return concat(t_12)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-08', caller=caller)
    yield '\n'
    def macro():
        t_13 = []
        pass
        t_13.extend((
            'Direct access to customer data in production databases and storage is limited to a short list of named people approved by the system owner, goes through a logged path, and is not used for routine development or support where masked data or admin tooling will do. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-10'))),
            ' owns the list (AC-10).',
        ))
        return concat(t_13)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-10', caller=caller)
    yield '\n'
    def macro():
        t_14 = []
        pass
        t_14.extend((
            'The people who write code cannot on their own push it to production or change production configuration: changes need an approving review by someone other than the author, and only the CI/CD pipeline holds production deployment credentials. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-12'))),
            ' owns this separation (AC-12).',
        ))
        return concat(t_14)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-12', caller=caller)
    yield '\n### Service accounts and keys\n\n'
    def macro():
        t_15 = []
        pass
        t_15.extend((
            'Every service account, CI/CD credential, API key and integration token has a named owner, a stated purpose and only the permissions it needs. Short-lived credentials (workload identity, OIDC federation) are used where the platform allows; the remaining static keys are listed, rotated at least every 90 days and when a person who knew them leaves, and deleted when unused. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-11'))),
            ' owns the inventory (AC-11).',
        ))
        return concat(t_15)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-11', caller=caller)
    yield '\n### Physical access\n\n'
    if ((undefined(name='hosting') if l_0_hosting is missing else l_0_hosting) != 'on_prem'):
        pass
        def macro():
            t_16 = []
            l_1_providers = resolve('providers')
            pass
            t_16.extend((
                'Physical security of the data centres of ',
                str(environment.finalize(environment.call(context, (undefined(name='providers') if l_1_providers is missing else l_1_providers)))),
                ' (building entry control, entry logs, CCTV, visitor registration, power, cooling and fire protection) is the responsibility of each provider as a subservice organisation',
            ))
            if ((undefined(name='hosting') if l_0_hosting is missing else l_0_hosting) == 'hybrid'):
                pass
                t_16.extend((
                    ', including in the colocation space where ',
                    str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org))),
                    "'s own equipment sits",
                ))
            t_16.extend((
                '. ',
                str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org))),
                " does not operate these measures: it relies on them through the yearly review of each provider's SOC 2 report described in the Vendor Risk Management Policy (VEN-02).",
            ))
            return concat(t_16)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VEN-02', caller=caller)
        yield '\n'
    def macro():
        t_17 = []
        pass
        if ((undefined(name='hosting') if l_0_hosting is missing else l_0_hosting) == 'on_prem'):
            pass
            t_17.append(
                'Entry to the data centres and server rooms holding in-scope systems is limited to authorised people through personal badges or biometrics. Access is granted on approval, removed on the day a person leaves, and the access list is reviewed every quarter against an approved internal list; entry logs and CCTV recordings are kept for at least 90 days.',
            )
        else:
            pass
            t_17.extend((
                'Only people on ',
                str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org))),
                "'s approved list may enter the cages, racks and server rooms that hold its own equipment. A person is added to the list on approval and removed on the day they leave, and the access list held by each facility is reviewed every quarter against the approved list.",
            ))
        t_17.extend((
            ' ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PHY-01'))),
            ' owns the access list (PHY-01).',
        ))
        return concat(t_17)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PHY-01', caller=caller)
    yield '\n'
    def macro():
        t_18 = []
        pass
        if ((undefined(name='hosting') if l_0_hosting is missing else l_0_hosting) == 'on_prem'):
            pass
            t_18.append(
                'Visitors to data centres and server rooms show photo identification, are entered in the visitor log with their name, company, host, reason and times, wear a visible visitor badge and are escorted at all times. Visitor logs are kept for at least 90 days (PHY-02).',
            )
        else:
            pass
            t_18.extend((
                'Visitors and contractors who work on ',
                str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org))),
                "'s own equipment are escorted at all times by a person on the approved access list; the facility's own visitor registration is the provider's, as stated above (PHY-02).",
            ))
        return concat(t_18)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PHY-02', caller=caller)
    yield '\n'
    def macro():
        t_19 = []
        pass
        t_19.extend((
            "Offices are locked outside working hours and entered with personal badges or keys; rooms holding network equipment, printed confidential material or spare devices are locked, visitors sign in at reception, and badges are deactivated on a person's last day. ",
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PHY-05'))),
            ' checks the badge list against current staff every quarter (PHY-05).',
        ))
        return concat(t_19)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PHY-05', caller=caller)

blocks = {}
debug_info = '3=22&7=24&13=30&20=34&27=40&29=52&31=64&33=76&35=88&36=90&41=103&43=115&45=127&47=139&51=151&55=163&57=175&59=185&61=197&65=209&69=221&70=223&73=248&75=272&77=291'
