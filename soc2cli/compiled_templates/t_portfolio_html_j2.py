# Compiled from templates/portfolio.html.j2 by examples/regenerate.py: do not edit.
KEY = "92d458c8e636ad954e308e2f225a70b975aaf1ee466220949658d8490216e4a7"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'portfolio.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_portfolio = resolve('portfolio')
    l_0_clients = resolve('clients')
    l_0_skipped = resolve('skipped')
    l_0_branding = missing
    try:
        t_1 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_4 = environment.filters['report_type_label']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'report_type_label' found.")
    try:
        t_5 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    try:
        t_6 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<!DOCTYPE html>\n'
    l_0_branding = context.vars['branding'] = environment.get_template('_brand.html.j2', 'portfolio.html.j2')._get_default_module(context)
    context.exported_vars.discard('branding')
    yield '<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">\n<title>SOC 2 readiness portfolio, '
    yield escape(environment.finalize(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'as_of')))
    yield '</title>\n<style>\n  :root { --ink:#1d2433; --muted:#5b6475; --line:#d9dee7; --ok:#1f7a4d; --gap:#b3261e; --warn:#9a6700; --bg:#f6f7f9; --accent:#2f5fb3; }\n  * { box-sizing: border-box; }\n  body { margin:0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:var(--ink); background:var(--bg); }\n  main { max-width: 1280px; margin: 0 auto; padding: 32px 24px 64px; background:#fff; }\n  h1 { font-size: 28px; margin: 0 0 4px; }\n  h2 { font-size: 21px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }\n  .meta { color: var(--muted); margin: 0 0 24px; }\n  table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }\n  .d { white-space: nowrap; }\n  th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }\n  th { background: var(--bg); font-weight: 600; }\n  td.n, th.n { text-align: right; white-space: nowrap; }\n  tr.risk td:first-child { border-left: 4px solid var(--gap); }\n  .risk-label { color: var(--gap); font-weight: 600; }\n  .ok { color: var(--ok); }\n  .small { font-size: 13px; color: var(--muted); }\n  .bar { display:inline-block; height: 8px; background: var(--accent); vertical-align: middle; margin-right: 6px; }\n  @media print { body { background:#fff; font-size: 10pt; } main { max-width: none; padding: 0; } tr { break-inside: avoid; } }\n</style>\n'
    yield from context.blocks['head'][0](context)
    yield '</head>\n<body>\n<main>\n'
    yield from context.blocks['header'][0](context)
    yield '<h1>SOC 2 readiness portfolio</h1>\n<p class="meta">'
    yield escape(environment.finalize(t_2((undefined(name='clients') if l_0_clients is missing else l_0_clients))))
    yield ' client'
    yield escape(environment.finalize(('s' if (t_2((undefined(name='clients') if l_0_clients is missing else l_0_clients)) != 1) else cond_expr_undefined("the inline if-expression on line 36 in 'portfolio.html.j2' evaluated to false and no else section was defined."))))
    yield ' as of '
    yield escape(environment.finalize(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'as_of')))
    yield ' · <span id="at-risk">'
    yield escape(environment.finalize(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'at_risk')))
    yield '</span> projected to miss their target date · most at risk first</p>\n\n<section id="clients">\n'
    if (undefined(name='clients') if l_0_clients is missing else l_0_clients):
        pass
        yield '<table>\n<thead><tr><th>Client</th><th>Report</th><th class="n">Readiness</th><th class="n">Type I</th><th class="n">Type II</th><th class="n">Answered</th><th>Target</th><th>Projected</th><th class="n">Evidence due<br>in 30 days</th><th class="n">Evidence<br>overdue</th><th class="n">Answers over<br>90 days old</th><th class="n">Policy reviews<br>overdue</th></tr></thead>\n<tbody>\n'
        for l_1_c in (undefined(name='clients') if l_0_clients is missing else l_0_clients):
            _loop_vars = {}
            pass
            yield '<tr class="'
            yield escape(environment.finalize(('risk' if environment.getattr(l_1_c, 'at_risk') else '')))
            yield '"><td><strong>'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'organization')))
            yield '</strong>'
            if environment.getattr(l_1_c, 'draft'):
                pass
                yield ' <span class="small">(draft)</span>'
            yield '<br><span class="small">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'file')))
            yield '</span></td><td>'
            yield escape(environment.finalize(t_4(environment.getattr(l_1_c, 'report_type'))))
            yield '</td><td class="n"><span class="bar" style="width: '
            yield escape(environment.finalize(t_1(t_5((environment.getattr(l_1_c, 'readiness') * 60)))))
            yield 'px"></span>'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_c, 'readiness'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_c, 'readiness_type1'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_c, 'readiness_type2'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'answered')))
            yield ' of '
            yield escape(environment.finalize(environment.getattr(l_1_c, 'applicable')))
            yield '</td><td class="d">'
            yield escape(environment.finalize((environment.getattr(l_1_c, 'target_date') or 'none')))
            yield '</td><td><span class="d">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'projected_date')))
            yield '</span>'
            if environment.getattr(l_1_c, 'at_risk'):
                pass
                yield '<br><span class="risk-label">'
                yield escape(environment.finalize(environment.getattr(l_1_c, 'target_status')))
                yield '</span>'
            elif environment.getattr(l_1_c, 'target_date'):
                pass
                yield '<br><span class="ok">'
                yield escape(environment.finalize(environment.getattr(l_1_c, 'target_status')))
                yield '</span>'
            yield '</td><td class="n">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'evidence_due')))
            yield '</td><td class="n">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'evidence_overdue')))
            yield '</td><td class="n">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'stale_answers')))
            yield '</td><td class="n">'
            yield escape(environment.finalize(('' if t_6(environment.getattr(l_1_c, 'policy_reviews_overdue')) else environment.getattr(l_1_c, 'policy_reviews_overdue'))))
            yield '</td></tr>\n'
        l_1_c = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>No assessment was found.</p>\n'
    yield '</section>\n'
    if (undefined(name='skipped') if l_0_skipped is missing else l_0_skipped):
        pass
        yield '\n<section id="skipped">\n<h2>Skipped</h2>\n<ul>\n'
        for l_1_s in (undefined(name='skipped') if l_0_skipped is missing else l_0_skipped):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'reason')))
            yield '</li>\n'
        l_1_s = missing
        yield '</ul>\n</section>\n'
    yield '\n<p class="small">Readiness is weighted by priority, for each client\'s own report type; each figure equals that file\'s <code>soc2 report</code>. Policy reviews are counted when a <code>policies</code> folder sits beside the assessment.</p>\n'
    yield from context.blocks['footer'][0](context)
    yield '</main>\n</body>\n</html>\n'

def block_head(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_brand = resolve('brand')
    l_0_branding = resolve('branding')
    pass
    if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
        pass
        yield escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='branding') if l_0_branding is missing else l_0_branding), 'style'), (undefined(name='brand') if l_0_brand is missing else l_0_brand), _block_vars=_block_vars)))

def block_header(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_brand = resolve('brand')
    l_0_branding = resolve('branding')
    pass
    if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
        pass
        yield escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='branding') if l_0_branding is missing else l_0_branding), 'header'), (undefined(name='brand') if l_0_brand is missing else l_0_brand), _block_vars=_block_vars)))

def block_footer(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_brand = resolve('brand')
    l_0_branding = resolve('branding')
    pass
    if (undefined(name='brand') if l_0_brand is missing else l_0_brand):
        pass
        yield escape(environment.finalize(environment.call(context, environment.getattr((undefined(name='branding') if l_0_branding is missing else l_0_branding), 'footer'), (undefined(name='brand') if l_0_brand is missing else l_0_brand), _block_vars=_block_vars)))

blocks = {'head': block_head, 'header': block_header, 'footer': block_footer}
debug_info = '2=52&9=55&30=57&34=59&36=61&39=69&43=72&44=76&52=129&57=132&58=136&65=141&30=144&34=158&65=172'
