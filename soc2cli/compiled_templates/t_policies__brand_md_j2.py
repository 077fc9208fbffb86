# Compiled from templates/policies/_brand.md.j2 by examples/regenerate.py: do not edit.
KEY = "8410a0946f0bd6831c9acf6b080206be365068ca8b61107d2dbb372de9676163"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/_brand.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_firm = resolve('firm')
    l_0_disclaimer = resolve('disclaimer')
    pass
    yield '---\n\n*Prepared by '
    yield str(environment.finalize((undefined(name='firm') if l_0_firm is missing else l_0_firm)))
    yield '.'
    if (undefined(name='disclaimer') if l_0_disclaimer is missing else l_0_disclaimer):
        pass
        yield ' '
        yield str(environment.finalize((undefined(name='disclaimer') if l_0_disclaimer is missing else l_0_disclaimer)))
    yield '*\n'

blocks = {}
debug_info = '5=14'
