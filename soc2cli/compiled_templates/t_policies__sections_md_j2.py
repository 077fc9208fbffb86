# Compiled from templates/policies/_sections.md.j2 by examples/regenerate.py: do not edit.
KEY = "237a965eeb6d456761cd592a25d022feb28193dd8aa7ddb5961c885f4cbc736a"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/_sections.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_records = resolve('records')
    l_0_clause = resolve('clause')
    l_0_p = resolve('p')
    pass
    yield '## 5. Records\n\nThe records below show that this policy operates, for each of its controls in place. They are kept in the compliance records location named in the Information Security Policy for at least three years, so that every SOC 2 observation period can be sampled.\n\n| Control | Activity | How often | Performed by | Record kept |\n|---|---|---|---|---|\n'
    t_1 = 1
    for l_1_r in (undefined(name='records') if l_0_records is missing else l_0_records):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_r, 'id')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_r, 'title')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_r, 'frequency')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_r, 'owner')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_r, 'evidence')))
        yield ' |\n'
        t_1 = 0
    l_1_r = missing
    if t_1:
        pass
        yield '| none | No control of this policy is in place yet (see the "To complete" list), or none applies to the scope | | | |\n'
    yield '\n## 6. Exceptions\n\nA person who cannot meet a statement in this policy asks the policy owner for an exception before departing from it. The request states the statement concerned, the reason, the compensating measures and an end date no more than 12 months away. '
    def macro():
        t_2 = []
        l_1_who = resolve('who')
        pass
        t_2.extend((
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'RSK-07'))),
            ' approves or rejects exceptions for low and medium risks and the CEO for high risks; the decision is recorded in the risk register (RSK-07).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='clause') if l_0_clause is missing else l_0_clause), 'RSK-07', section=6, caller=caller)
    def macro():
        t_3 = []
        pass
        t_3.append(
            'Open exceptions are reviewed at the quarterly risk register review (RSK-02).',
        )
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='clause') if l_0_clause is missing else l_0_clause), 'RSK-02', section=6, caller=caller)
    yield 'An exception that reaches its end date is either renewed through the same process or closed.\n\n## 7. Enforcement\n\nAnyone may report a suspected breach of this policy to the policy owner or through the reporting route in the Incident Response Policy. '
    def macro():
        t_4 = []
        l_1_who = resolve('who')
        pass
        t_4.extend((
            'Breaches by staff are handled by ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'HR-06'))),
            ' through the documented disciplinary process (HR-06): sanctions are proportionate to intent and impact and range from a recorded warning and retraining to dismissal or the end of a contract.',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='clause') if l_0_clause is missing else l_0_clause), 'HR-06', section=7, caller=caller)
    def macro():
        t_5 = []
        pass
        t_5.append(
            'Breaches by vendors are handled under their contracts (VEN-04).',
        )
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='clause') if l_0_clause is missing else l_0_clause), 'VEN-04', section=7, caller=caller)
    yield '\n\n## 8. Review\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner')))
    yield ' reviews this policy every '
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'review_months')))
    yield ' months, and sooner after a significant change: a new product or system in scope, a change of hosting provider, a major incident, an audit finding, or a new legal or contractual obligation. Each review is recorded in the revision history below, either with the changes made or as "no change needed". '
    def macro():
        t_6 = []
        pass
        t_6.append(
            'Each new version is approved by senior management before it takes effect (POL-02).',
        )
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='clause') if l_0_clause is missing else l_0_clause), 'POL-02', section=8, caller=caller)
    yield 'The next review is due on '
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'next_review')))
    yield '. '
    def macro():
        t_7 = []
        l_1_who = resolve('who')
        pass
        t_7.extend((
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_1_who is missing else l_1_who), 'POL-04'))),
            ' announces each new version to staff (POL-04).',
        ))
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='clause') if l_0_clause is missing else l_0_clause), 'POL-04', section=8, caller=caller)
    def macro():
        t_8 = []
        pass
        t_8.append(
            'Staff acknowledge the current version when they join and every year after (POL-03).',
        )
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='clause') if l_0_clause is missing else l_0_clause), 'POL-03', section=8, caller=caller)
    yield '\n\n## Revision history\n\n| Version | Date | Change | Author | Approved by |\n|---|---|---|---|---|\n| '
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'version')))
    yield ' | '
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'effective_date')))
    yield ' | First draft, generated from the SOC 2 readiness assessment | '
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner')))
    yield ' | Not yet approved |\n'

blocks = {}
debug_info = '12=16&13=20&20=36&24=57&29=79&36=116'
