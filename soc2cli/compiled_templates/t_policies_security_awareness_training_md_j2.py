# Compiled from templates/policies/security-awareness-training.md.j2 by examples/regenerate.py: do not edit.
KEY = "1d315a1611ce47b775aa21757de7dfe3d7a0960a7cf0cb4305c4a9b46bfcef2d"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/security-awareness-training.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_data = resolve('data')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_who = resolve('who')
    l_0_stmt = resolve('stmt')
    l_0_applies = resolve('applies')
    pass
    yield '## 1. Purpose\n\nThis policy makes sure that everyone at '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' knows the security rules that apply to them, recognises threats such as phishing, knows how to report an incident, and has the skills their role needs to protect the '
    yield str(environment.finalize(environment.call(context, (undefined(name='data') if l_0_data is missing else l_0_data))))
    yield ' the company holds.\n\n## 2. Scope\n\nThis policy applies to every employee, contractor and temporary worker with access to company systems or data.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the training programme; reviews content every year.'), ('Managers', 'Make sure their staff complete training on time.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'TRN-05'), 'Owns the secure coding and change control training for engineers.'), ('All staff', 'Complete the training assigned to them within its deadline.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Onboarding and yearly training\n\n'
    def macro():
        t_1 = []
        pass
        t_1.append(
            'Every new employee and contractor follows the onboarding checklist, which includes signing agreements, acknowledging policies and completing security training before or within 30 days of starting. Each step is ticked off with a date (HR-02).',
        )
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'HR-02', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.extend((
            'Everyone completes security awareness training within 30 days of starting and at least once every 12 months after, covering phishing and social engineering, passwords and MFA, device security, data handling and incident reporting. Content is reviewed every year and completion is tracked per person; ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'TRN-01'))),
            ' follows up anyone overdue, and access may be suspended after 30 days overdue (TRN-01).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'TRN-01', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        pass
        t_3.append(
            'Everyone acknowledges the security policies that apply to them within their first week and every year after (POL-03).',
        )
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'POL-03', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.append(
            'Training covers the data classification levels and the handling rules for each, with concrete examples (TRN-03).',
        )
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'TRN-03', caller=caller)
    yield '\n'
    def macro():
        t_5 = []
        pass
        t_5.append(
            'Training covers what a security incident looks like and the single route for reporting one, at onboarding and every year (TRN-04).',
        )
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'TRN-04', caller=caller)
    yield '\n### Phishing simulations\n\n'
    def macro():
        t_6 = []
        pass
        t_6.extend((
            'Simulated phishing emails are sent to all staff at least every quarter. A person who clicks or enters credentials receives short training at once; repeat failures are discussed with their manager, and click and report rates are presented at the steering meeting. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'TRN-02'))),
            ' runs the campaigns (TRN-02).',
        ))
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'TRN-02', caller=caller)
    yield '\n### Role-specific training\n\n'
    def macro():
        t_7 = []
        pass
        t_7.append(
            "Engineers and others who change production complete secure coding training (for example the OWASP Top 10 for the company's stack) and a walkthrough of the change management process at hire and every year (TRN-05).",
        )
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'TRN-05', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'TRN-06'):
        pass
        def macro():
            t_8 = []
            pass
            t_8.extend((
                'Staff who handle personal information complete privacy training at hire and every year on the privacy notice, purpose limitation, data minimisation, recognising and routing data-subject requests, and reporting possible breaches. ',
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'TRN-06'))),
                ' owns the content (TRN-06).',
            ))
            return concat(t_8)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'TRN-06', caller=caller)
        yield '\n'
    yield '### Training records\n\n'
    def macro():
        t_9 = []
        pass
        t_9.append(
            'Completion records show each person, the course and version, and the completion date; they are exported for each audit period from the training platform (TRN-01).',
        )
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'TRN-01', caller=caller)

blocks = {}
debug_info = '3=19&13=23&19=27&26=33&28=43&30=55&32=65&34=75&38=85&42=97&44=107&45=109&50=122'
