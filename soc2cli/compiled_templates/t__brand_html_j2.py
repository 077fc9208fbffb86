# Compiled from templates/_brand.html.j2 by examples/regenerate.py: do not edit.
KEY = "ec9517d8db431742e7a49f143ba53af5cae159c603b28aaff1fddc2491f6fce0"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_brand.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_style = l_0_header = l_0_footer = missing
    pass
    def macro(l_1_brand):
        t_1 = []
        if l_1_brand is missing:
            l_1_brand = undefined("parameter 'brand' was not provided", name='brand')
        pass
        if l_1_brand:
            pass
            t_1.append(
                '<style>\n',
            )
            if environment.getattr(l_1_brand, 'accent'):
                pass
                t_1.extend((
                    '  :root { --accent: ',
                    escape(environment.finalize(environment.getattr(l_1_brand, 'accent'))),
                    '; }\n  h1 { color: var(--accent); }\n',
                ))
            t_1.append(
                '  .brand { display:flex; align-items:center; gap:12px; margin: 0 0 20px; padding-bottom: 10px; border-bottom: 3px solid var(--accent, #2f5fb3); }\n  .brand img { max-height: 48px; max-width: 220px; }\n  .brand .firm { font-weight: 600; font-size: 15px; color: var(--accent, #2f5fb3); }\n  .brand-footer { margin-top: 28px; padding-top: 8px; border-top: 1px solid #d9dee7; font-size: 12px; color: #5b6475; }\n</style>\n',
            )
        return concat(t_1)
    context.exported_vars.add('style')
    context.vars['style'] = l_0_style = Macro(environment, macro, 'style', ('brand',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_brand):
        t_2 = []
        if l_1_brand is missing:
            l_1_brand = undefined("parameter 'brand' was not provided", name='brand')
        pass
        if l_1_brand:
            pass
            t_2.append(
                '<header class="brand" id="brand">',
            )
            if environment.getattr(l_1_brand, 'logo'):
                pass
                t_2.extend((
                    '<img src="',
                    escape(environment.finalize(environment.getattr(l_1_brand, 'logo'))),
                    '" alt="',
                    escape(environment.finalize(environment.getattr(l_1_brand, 'firm'))),
                    '">',
                ))
            t_2.extend((
                '<span class="firm">',
                escape(environment.finalize(environment.getattr(l_1_brand, 'firm'))),
                '</span></header>\n',
            ))
        return concat(t_2)
    context.exported_vars.add('header')
    context.vars['header'] = l_0_header = Macro(environment, macro, 'header', ('brand',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_brand):
        t_3 = []
        if l_1_brand is missing:
            l_1_brand = undefined("parameter 'brand' was not provided", name='brand')
        pass
        if l_1_brand:
            pass
            t_3.extend((
                '<footer class="brand-footer" id="brand-footer">Prepared by ',
                escape(environment.finalize(environment.getattr(l_1_brand, 'firm'))),
                '.',
            ))
            if environment.getattr(l_1_brand, 'disclaimer'):
                pass
                t_3.extend((
                    ' ',
                    escape(environment.finalize(environment.getattr(l_1_brand, 'disclaimer'))),
                ))
            t_3.append(
                '</footer>\n',
            )
        return concat(t_3)
    context.exported_vars.add('footer')
    context.vars['footer'] = l_0_footer = Macro(environment, macro, 'footer', ('brand',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=12&5=17&7=22&8=26&18=35&19=40&20=45&23=62&24=67&25=71'
