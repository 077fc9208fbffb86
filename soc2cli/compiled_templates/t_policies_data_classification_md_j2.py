# Compiled from templates/policies/data-classification.md.j2 by examples/regenerate.py: do not edit.
KEY = "e818fb996ce1ca7af284b4c3a8399a4793ba49595b1d9d4aa324bbbb56ffb7f1"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/data-classification.md.j2'

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
    l_0_has_data = resolve('has_data')
    l_0_stmt = resolve('stmt')
    l_0_applies = resolve('applies')
    pass
    yield '## 1. Purpose\n\nThis policy sets the classification levels for '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s information, how information is identified and inventoried, and the handling rules for each level, so that everyone protects data in proportion to its sensitivity and to the commitments made to customers.\n\n## 2. Scope\n\nThis policy applies to all information "
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' creates, receives or holds, in any form, including the '
    yield str(environment.finalize(environment.call(context, (undefined(name='data') if l_0_data is missing else l_0_data))))
    yield ' in '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ', and to everyone who handles it.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the classification scheme.'), ('Data owners', 'Classify the data in the systems they own and keep its inventory entry current.'), ('All staff', 'Handle information according to its level, and ask the policy owner when unsure.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Levels\n\nThis policy sets four classification levels, each with examples and its handling rules:\n\n| Level | Examples | Handling |\n|---|---|---|\n| Restricted | Production secrets and encryption keys'
    if environment.call(context, (undefined(name='has_data') if l_0_has_data is missing else l_0_has_data), 'health_data'):
        pass
        yield ', health data'
    if environment.call(context, (undefined(name='has_data') if l_0_has_data is missing else l_0_has_data), 'payment_card_data'):
        pass
        yield ', payment card data'
    yield ' | Only in the secrets manager or the designated production stores; access by named individuals only; encrypted at rest and in transit; never exported. |\n| Confidential | Customer data'
    if environment.call(context, (undefined(name='has_data') if l_0_has_data is missing else l_0_has_data), 'personal_data'):
        pass
        yield ', personal data'
    if environment.call(context, (undefined(name='has_data') if l_0_has_data is missing else l_0_has_data), 'financial_data'):
        pass
        yield ", customers' financial records"
    if environment.call(context, (undefined(name='has_data') if l_0_has_data is missing else l_0_has_data), 'confidential_business'):
        pass
        yield ', information received under a non-disclosure agreement'
    yield ', source code, contracts | Only in company-approved systems; access on a need-to-know basis through approved roles; encrypted in transit and at rest; shared outside the company only under contract. |\n| Internal | Policies, internal documentation, meeting notes | Company accounts only; may be shared with contractors under agreement. |\n| Public | Marketing pages, published documentation, the trust page | Approved for release by its owner; no restrictions. |\n\n'
    def macro():
        t_1 = []
        l_1_who = resolve('who')
        pass
        t_1.extend((
            'Information is classified at one of these four levels. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'DAT-01'))),
            ' approves the scheme and reviews it every year (DAT-01).',
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'DAT-01', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.append(
            'Information is treated as confidential until its owner classifies it. Information that combines levels takes the highest (DAT-01).',
        )
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'DAT-01', caller=caller)
    yield '\n### Identifying data\n\n'
    def macro():
        t_3 = []
        l_1_who = resolve('who')
        pass
        t_3.extend((
            'A data inventory records each data store and business application that holds confidential or restricted data, with its data categories, classification, owner, location and retention period, and a data flow diagram shows how data moves between systems, vendors and customers. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'DAT-02'))),
            ' reviews both every year and when systems change (DAT-02).',
        ))
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'DAT-02', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.append(
            'Cloud data stores are tagged with their owner, environment and classification through infrastructure code, and untagged resources are reported and resolved (AST-02).',
        )
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AST-02', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'CNF-01'):
        pass
        def macro():
            t_5 = []
            l_1_who = resolve('who')
            pass
            t_5.extend((
                'Confidential information is identified when it is created or received: data stores carry classification tags, confidential document folders restrict sharing, and documents received under a non-disclosure agreement are marked and filed in the designated location. ',
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'CNF-01'))),
                ' owns labelling (CNF-01).',
            ))
            return concat(t_5)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CNF-01', caller=caller)
        yield '\n'
    yield '### Handling\n\n'
    def macro():
        t_6 = []
        pass
        t_6.append(
            'Direct access to customer data in production is limited to a short list of named people approved by the system owner and goes through a logged path (AC-10).',
        )
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AC-10', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'CNF-02'):
        pass
        def macro():
            t_7 = []
            pass
            t_7.append(
                'Access to confidential information is limited to named roles with a business need, granted through an approval and reviewed every quarter by the data owner, who records the outcome (CNF-02).',
            )
            return concat(t_7)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CNF-02', caller=caller)
        yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.append(
            'Development, test and staging environments use synthetic or anonymised data; production personal or customer data is not copied into them without a documented, time-limited exception approved by the security lead (DAT-05).',
        )
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'DAT-05', caller=caller)
    yield '\n'
    def macro():
        t_9 = []
        pass
        t_9.append(
            'Staff learn the classification levels and handling rules at onboarding and in the yearly refresher, with completion tracked (TRN-03).',
        )
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'TRN-03', caller=caller)

blocks = {}
debug_info = '3=20&7=22&13=28&18=32&29=38&30=45&34=55&36=68&40=78&42=91&44=101&45=103&50=117&52=127&53=129&56=139&58=149'
