# Compiled from templates/policies/confidentiality.md.j2 by examples/regenerate.py: do not edit.
KEY = "75b5db4d4213d9cd7feffcad7f5600ee05c4605807eda4f7e85312cccd09ede4"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/confidentiality.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_data = resolve('data')
    l_0_systems = resolve('systems')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_who = resolve('who')
    l_0_stmt = resolve('stmt')
    pass
    yield '## 1. Purpose\n\nThis policy makes sure that information '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' designates as confidential, including the information customers entrust to it under contract, is identified, protected, shared only under agreement and disposed of as committed.\n\n## 2. Scope\n\nThis policy applies to confidential information in any form: the '
    yield str(environment.finalize(environment.call(context, (undefined(name='data') if l_0_data is missing else l_0_data))))
    yield ' in '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ", information received from customers, prospects and partners under non-disclosure agreements or contract confidentiality clauses, and the company's own confidential information. It applies to everyone who handles it.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n"
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the disposal sweep.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CNF-05'), 'Keeps the register of confidentiality commitments and the agreement templates.'), ('Data owners', 'Restrict and review access to the confidential information they own.'), ('All staff', 'Handle confidential information only as this policy and the Data Classification Policy allow.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Identifying commitments and information\n\n'
    def macro():
        t_1 = []
        pass
        t_1.append(
            'Confidentiality commitments made to customers and received from vendors (handling restrictions, retention limits, return or deletion obligations) are extracted from each signed contract into the register of confidentiality commitments and communicated to the teams that must meet them; the register is checked when a customer leaves (CNF-05).',
        )
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CNF-05', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.extend((
            'Confidential information is identified when it is created or received: data stores carry classification tags, confidential folders restrict sharing, and documents received under a non-disclosure agreement are marked and filed in the designated location. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CNF-01'))),
            ' owns labelling (CNF-01).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CNF-01', caller=caller)
    yield '\n### Protecting it\n\n'
    def macro():
        t_3 = []
        pass
        t_3.extend((
            'Access to confidential information is limited to named roles with a business need, granted through an approval, and reviewed every quarter by the data owner, who records the outcome. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CNF-02'))),
            ' oversees the reviews (CNF-02).',
        ))
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CNF-02', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.append(
            'Direct access to customer data in production is limited to a short list of named people approved by the system owner, through a logged path (AC-10).',
        )
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-10', caller=caller)
    yield '\n'
    def macro():
        t_5 = []
        pass
        t_5.append(
            'Employees and contractors sign confidentiality terms that survive the end of their engagement before they receive access (HR-07).',
        )
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'HR-07', caller=caller)
    yield '\n'
    def macro():
        t_6 = []
        pass
        t_6.append(
            'Staff are trained on the handling rules for each classification level (TRN-03).',
        )
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'TRN-03', caller=caller)
    yield '\n'
    def macro():
        t_7 = []
        pass
        t_7.extend((
            'Before confidential information is exchanged with a prospect, customer, contractor or partner, a non-disclosure agreement or confidentiality clause on an approved template is signed and kept in the contract repository. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CNF-03'))),
            ' owns the templates (CNF-03).',
        ))
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CNF-03', caller=caller)
    yield '\n### Disposing of it\n\n'
    def macro():
        t_8 = []
        pass
        t_8.append(
            'Confidential information is kept only for the periods in the retention schedule (DAT-03).',
        )
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'DAT-03', caller=caller)
    yield '\n'
    def macro():
        t_9 = []
        pass
        t_9.append(
            "A departing customer's data is deleted within 30 days of the contract ending, with backups ageing out on their cycle (DAT-04).",
        )
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'DAT-04', caller=caller)
    yield '\n'
    def macro():
        t_10 = []
        pass
        t_10.append(
            'Every quarter, the places where confidential information collects outside automated retention (shared drives, exports, email attachments and material received under non-disclosure agreements) are checked; information past its retention period, or that a counterparty asked to be returned or destroyed, is securely deleted and each disposal is logged (CNF-04).',
        )
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CNF-04', caller=caller)

blocks = {}
debug_info = '3=19&7=21&13=25&19=29&26=35&28=45&32=57&34=69&36=79&38=89&40=99&44=111&46=121&48=131'
