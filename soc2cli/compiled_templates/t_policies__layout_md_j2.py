# Compiled from templates/policies/_layout.md.j2 by examples/regenerate.py: do not edit.
KEY = "33148f862449061b5a51cb7ac652a1bd5ba0c77b4df9ea2dad74ef0a206e70fb"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/_layout.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_front_matter = resolve('front_matter')
    l_0_p = resolve('p')
    l_0_org = resolve('org')
    l_0_to_complete = resolve('to_complete')
    l_0_body = resolve('body')
    l_0_sections = resolve('sections')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield str(environment.finalize((undefined(name='front_matter') if l_0_front_matter is missing else l_0_front_matter)))
    yield '\n# '
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'title')))
    yield '\n\n**'
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield '** · version '
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'version')))
    yield ' (draft) · owner: '
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner')))
    yield ' · effective '
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'effective_date')))
    yield ' · next review '
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'next_review')))
    yield '\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'summary')))
    yield '\n\n| This policy satisfies | |\n|---|---|\n| Trust Services criteria | '
    yield str(environment.finalize((t_1(context.eval_ctx, environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'criteria'), ', ') or 'none in this scope')))
    yield ' |\n| Controls | '
    yield str(environment.finalize((t_1(context.eval_ctx, environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'controls'), ', ') or 'none in this scope')))
    yield ' |\n\n## To complete\n\nThis draft was generated from '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s SOC 2 readiness assessment. Answer each question, change the policy to match, then delete this section before the policy is approved.\n\n"
    l_1_loop = missing
    for l_1_item, l_1_loop in LoopContext((undefined(name='to_complete') if l_0_to_complete is missing else l_0_to_complete), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield str(environment.finalize(l_1_item))
        yield '\n'
    l_1_loop = l_1_item = missing
    yield '\n'
    yield str(environment.finalize((undefined(name='body') if l_0_body is missing else l_0_body)))
    yield '\n\n'
    yield str(environment.finalize((undefined(name='sections') if l_0_sections is missing else l_0_sections)))
    yield '\n'

blocks = {}
debug_info = '2=23&3=25&5=27&7=37&11=39&12=41&16=43&18=46&19=49&22=55&24=57'
