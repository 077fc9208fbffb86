# Compiled from templates/policies/acceptable-use.md.j2 by examples/regenerate.py: do not edit.
KEY = "16f6b255a36040b21fba2009adc1c4a95c0c66b72faa90529ee346fcf66ff596"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/acceptable-use.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_systems = resolve('systems')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_stmt = resolve('stmt')
    pass
    yield '## 1. Purpose\n\nThis policy sets the rules every person follows when using '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s devices, accounts, networks and data, so that everyday work does not put the company or its customers at risk.\n\n## 2. Scope\n\nThis policy applies to every employee, contractor and temporary worker, to every company laptop and phone, to any personal device allowed to access company email or applications, and to all company accounts and data, including access to "
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield '.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the device management configuration.'), ('Managers', 'Make sure their staff know and follow this policy.'), ('All staff', 'Follow the rules below and report lost devices and suspected misuse at once.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Conduct\n\n'
    def macro():
        t_1 = []
        l_1_who = resolve('who')
        pass
        t_1.extend((
            'Everyone acknowledges the code of conduct when they join and every year: honesty, avoiding conflicts of interest, handling company and customer information, and how to report concerns. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'GOV-04'))),
            ' tracks acknowledgement and follows up anyone more than 30 days overdue (GOV-04).',
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'GOV-04', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.append(
            'Everyone signs a confidentiality agreement, or an employment or contractor agreement with confidentiality terms that survive its end, before getting access to company or customer information (HR-07).',
        )
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'HR-07', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        pass
        t_3.append(
            'Company systems and data are used for company business. Staff must not use them to break the law, harass others, run personal businesses, mine cryptocurrency or store illegal material, and must not try to get around a security control or access data they are not authorised to see (GOV-04).',
        )
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'GOV-04', caller=caller)
    yield '\n### Devices\n\n'
    def macro():
        t_4 = []
        l_1_who = resolve('who')
        pass
        t_4.extend((
            'Company laptops, and any phone used for company email or applications, are enrolled in mobile device management, which enforces a passcode, screen lock after 15 minutes or less of inactivity, the firewall, and remote lock and wipe. A device that falls out of compliance cannot sign in to single sign-on. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'END-02'))),
            ' owns device management (END-02).',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'END-02', caller=caller)
    yield '\n'
    def macro():
        t_5 = []
        pass
        t_5.append(
            'Company laptops have full-disk encryption enforced by device management, with recovery keys escrowed centrally (CRY-03).',
        )
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CRY-03', caller=caller)
    yield '\n'
    def macro():
        t_6 = []
        l_1_who = resolve('who')
        pass
        t_6.extend((
            'Endpoint protection runs on every company laptop and cannot be switched off by the user; its alerts go to someone who investigates them. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'END-01'))),
            ' checks coverage against the asset inventory every month (END-01).',
        ))
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'END-01', caller=caller)
    yield '\n'
    def macro():
        t_7 = []
        pass
        t_7.append(
            'Operating system and browser updates install automatically; critical security updates are applied within 14 days, and devices on an unsupported operating system are blocked from single sign-on (END-03).',
        )
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'END-03', caller=caller)
    yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.append(
            'Staff do not hold standing local administrator rights. Software is installed from the approved catalogue; prohibited software is blocked, and temporary elevation is logged by device management (END-04).',
        )
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'END-04', caller=caller)
    yield '\n'
    def macro():
        t_9 = []
        pass
        t_9.append(
            'Writing company data to USB drives and other removable media is blocked by device management; an approved exception requires encrypted media and is recorded (AST-04).',
        )
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AST-04', caller=caller)
    yield '\n'
    def macro():
        t_10 = []
        pass
        t_10.append(
            'Staff lock their screen when they step away, keep devices with them or locked away when travelling, do not let others use company devices, and report a lost or stolen device to IT within one hour so it can be locked and wiped (END-02).',
        )
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'END-02', caller=caller)
    yield '\n### Accounts and data\n\n'
    def macro():
        t_11 = []
        pass
        t_11.append(
            'Staff use only their own accounts, keep passwords in the company password manager, never reuse a company password elsewhere, and never share passwords or MFA codes, including with colleagues or anyone claiming to be from IT (AC-09).',
        )
        return concat(t_11)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-09', caller=caller)
    yield '\n'
    def macro():
        t_12 = []
        pass
        t_12.append(
            'Company and customer data is stored and shared only in company-approved systems and in line with its classification under the Data Classification Policy. Customer data is never copied to personal accounts, personal devices, personal email or unapproved AI or file-sharing services (DAT-01).',
        )
        return concat(t_12)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'DAT-01', caller=caller)
    yield '\n'
    def macro():
        t_13 = []
        pass
        t_13.append(
            'Suspected phishing, lost devices, accidental disclosures and other security concerns are reported at once through the reporting route in the Incident Response Policy. Good-faith reports are never punished (IR-01).',
        )
        return concat(t_13)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'IR-01', caller=caller)

blocks = {}
debug_info = '3=17&7=19&13=21&18=25&25=31&27=44&29=54&33=64&35=77&37=87&39=100&41=110&43=120&45=130&49=140&51=150&53=160'
