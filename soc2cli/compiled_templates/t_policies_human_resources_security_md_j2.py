# Compiled from templates/policies/human-resources-security.md.j2 by examples/regenerate.py: do not edit.
KEY = "b9b5c2d43dce4bf10cf02803e48b6ee23602b8bc33512f10da9ca507c4a26440"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/human-resources-security.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_who = resolve('who')
    l_0_stmt = resolve('stmt')
    pass
    yield '## 1. Purpose\n\nThis policy makes sure that the people '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' hires and engages are screened, understand and accept their security responsibilities, are held accountable for them, and leave without taking access or information with them.\n\n## 2. Scope\n\nThis policy applies to every employee, contractor and temporary worker, from recruitment to departure, and to the managers and HR staff who run those processes.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the HR processes it describes.'), ('Hiring managers', "Define the role's security responsibilities and request only the access the role needs."), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AC-07'), 'Removes access when people leave or change role.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Before joining\n\n'
    def macro():
        t_1 = []
        pass
        t_1.extend((
            'Candidates are screened before they start according to the screening standard, which sets the checks for each role and country: identity, right to work and employment history for all, and criminal record checks where the law allows and the role has access to production or customer data. Results are recorded in the HR system and exceptions are approved in writing. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'HR-01'))),
            ' owns screening (HR-01).',
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'HR-01', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.extend((
            'Employees and contractors sign a confidentiality agreement, or an agreement with confidentiality terms that survive its end, before they receive access; account creation waits until the signed copy is on file. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'HR-07'))),
            ' owns the templates (HR-07).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'HR-07', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        pass
        t_3.extend((
            'Each role has a written job description that states its security responsibilities; roles with extra duties, such as engineers with production access, control owners and the security lead, list them explicitly. Descriptions are kept in the HR system and updated when the role changes. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'HR-04'))),
            ' owns them (HR-04).',
        ))
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'HR-04', caller=caller)
    yield '\n### Joining\n\n'
    def macro():
        t_4 = []
        pass
        t_4.extend((
            'Every new person follows the onboarding checklist, created as a ticket or HR workflow for each hire: agreements signed, policies and code of conduct acknowledged, security training completed within 30 days, device set up, and access granted as approved by the manager against the role template. Each step is ticked off with a date. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'HR-02'))),
            ' owns the checklist (HR-02).',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'HR-02', caller=caller)
    yield '\n'
    def macro():
        t_5 = []
        pass
        t_5.append(
            'Everyone acknowledges the code of conduct when they join and every year after (GOV-04).',
        )
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'GOV-04', caller=caller)
    yield '\n### During employment\n\n'
    def macro():
        t_6 = []
        pass
        t_6.append(
            'The organisation chart is kept current in the HR system and checked every quarter (GOV-02).',
        )
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'GOV-02', caller=caller)
    yield '\n'
    def macro():
        t_7 = []
        pass
        t_7.extend((
            'Performance reviews, held at least once a year, include how the person met their security responsibilities: training completion, policy compliance and, for control owners, running their controls. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'HR-05'))),
            ' tracks completion (HR-05).',
        ))
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'HR-05', caller=caller)
    yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.extend((
            'Breaches of security policy or the code of conduct are investigated and sanctioned under the documented disciplinary process, proportionately to intent and impact. Cases and outcomes are logged confidentially. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'HR-06'))),
            ' owns the process (HR-06).',
        ))
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'HR-06', caller=caller)
    yield '\n### Leaving or changing role\n\n'
    def macro():
        t_9 = []
        pass
        t_9.extend((
            'When a leaving date or role change is known, HR opens the offboarding or role-change ticket at once, so that IT and system owners are told before the last day. HR recovers laptops, badges and other equipment, reminds the leaver in writing of their continuing confidentiality duties, and closes the ticket once IT confirms that access was removed under the Access Control Policy. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'HR-03'))),
            ' owns the ticket (HR-03).',
        ))
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'HR-03', caller=caller)

blocks = {}
debug_info = '3=17&13=19&18=23&25=29&27=41&29=53&33=65&35=77&39=87&41=97&43=109&47=121'
