# Compiled from templates/summary.html.j2 by examples/regenerate.py: do not edit.
KEY = "1b6ede4fe6d095e3c6f4e21408a21bea22d3e91bdf6fcbbe76fc17e64a348349"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'summary.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_scope = resolve('scope')
    l_0_draft_banner = resolve('draft_banner')
    l_0_plan = resolve('plan')
    l_0_summary = resolve('summary')
    l_0_domain_progress = resolve('domain_progress')
    l_0_branding = l_0_progress_row = l_0_type2 = missing
    try:
        t_1 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_2 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_5 = environment.filters['report_type_label']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'report_type_label' found.")
    try:
        t_6 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    pass
    yield '<!DOCTYPE html>\n'
    l_0_branding = context.vars['branding'] = environment.get_template('_brand.html.j2', 'summary.html.j2')._get_default_module(context)
    context.exported_vars.discard('branding')
    yield '<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">\n<title>'
    yield escape(environment.finalize(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization')))
    yield ': SOC 2 readiness summary</title>\n<style>\n  body { margin:0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color:#1d2433; background:#f6f7f9; }\n  main { max-width: 760px; margin: 0 auto; padding: 32px 24px 48px; background:#fff; }\n  .draft { border: 2px solid #9a6700; background:#fff8e6; padding: 8px 12px; margin: 0 0 16px; }\n  h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 28px 0 8px; }\n  .meta, .note { color:#5b6475; font-size: 13px; }\n  table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #d9dee7; padding: 6px 8px; text-align: left; }\n  td.n, th.n { text-align: right; white-space: nowrap; } th { background:#f6f7f9; }\n  time { white-space: nowrap; }\n  td.progress { width: 180px; }\n  .track { display:block; width: 160px; height: 10px; background:#eceff3; }\n  .bar { display:block; height: 10px; background:#2f5fb3; }\n  tr.overall td { font-weight: 700; border-top: 2px solid #1d2433; }\n  @media print {\n    body { background:#fff; } main { padding: 0; max-width: none; }\n    tr, ul { break-inside: avoid; } h2 { break-after: avoid; }\n    .track, .bar, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n  }\n</style>\n'
    yield from context.blocks['head'][0](context)
    yield '</head>\n<body>\n<main>\n'
    yield from context.blocks['header'][0](context)
    if (undefined(name='draft_banner') if l_0_draft_banner is missing else l_0_draft_banner):
        pass
        yield '<p class="draft" id="draft-banner"><strong>'
        yield escape(environment.finalize((undefined(name='draft_banner') if l_0_draft_banner is missing else l_0_draft_banner)))
        yield '.</strong></p>\n'
    yield '<h1>'
    yield escape(environment.finalize(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization')))
    yield ': SOC 2 readiness summary</h1>\n<p class="meta">Status as of <time datetime="'
    yield escape(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'as_of')))
    yield '">'
    yield escape(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'as_of')))
    yield '</time>. Prepared for customers and partners.</p>\n<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization')))
    yield ' is preparing for a SOC 2 '
    yield escape(environment.finalize(t_5(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'))))
    yield ' examination'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'systems'):
        pass
        yield ' of '
        yield escape(environment.finalize(t_2(t_3(context, environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'systems'), attribute='name'))))
    yield ' against the AICPA Trust Services Criteria for '
    yield escape(environment.finalize(t_2(t_3(context, t_3(context, environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'categories'), attribute='title'), 'lower'))))
    yield '.</p>\n<h2>Where we are</h2>\n'
    def macro(l_1_title, l_1_r, l_1_overall):
        t_7 = []
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        if l_1_overall is missing:
            l_1_overall = False
        pass
        t_7.append(
            '<tr',
        )
        if l_1_overall:
            pass
            t_7.append(
                ' class="overall"',
            )
        t_7.extend((
            '><td>',
            escape(environment.finalize(l_1_title)),
            '</td><td class="n"',
        ))
        if l_1_overall:
            pass
            t_7.append(
                ' id="overall"',
            )
        t_7.extend((
            '>',
            escape(environment.finalize(t_4(environment.getattr(l_1_r, 'readiness')))),
            '</td><td class="progress"><span class="track"><span class="bar" style="width: ',
            escape(environment.finalize(t_1(t_6((environment.getattr(l_1_r, 'readiness') * 160))))),
            'px"></span></span></td><td class="n">',
            escape(environment.finalize(environment.getattr(l_1_r, 'ready'))),
            ' of ',
            escape(environment.finalize(environment.getattr(l_1_r, 'applicable'))),
            '</td></tr>',
        ))
        return concat(t_7)
    context.exported_vars.add('progress_row')
    context.vars['progress_row'] = l_0_progress_row = Macro(environment, macro, 'progress_row', ('title', 'r', 'overall'), False, False, False, context.eval_ctx.autoescape)
    l_0_type2 = (environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'), 'value') == 'type2')
    context.vars['type2'] = l_0_type2
    context.exported_vars.add('type2')
    yield '<table id="where-we-are">\n<thead><tr><th>Category</th><th class="n">Readiness</th><th>Progress</th><th class="n">Controls ready</th></tr></thead>\n<tbody>\n'
    for l_1_c in environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'categories'):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(environment.call(context, (undefined(name='progress_row') if l_0_progress_row is missing else l_0_progress_row), environment.getattr(l_1_c, 'title'), (environment.getattr(l_1_c, 'type2') if (undefined(name='type2') if l_0_type2 is missing else l_0_type2) else environment.getattr(l_1_c, 'type1')), _loop_vars=_loop_vars)))
        yield '\n'
    l_1_c = missing
    yield escape(environment.finalize(environment.call(context, (undefined(name='progress_row') if l_0_progress_row is missing else l_0_progress_row), 'Overall', (environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'type2') if (undefined(name='type2') if l_0_type2 is missing else l_0_type2) else environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'type1')), True)))
    yield '\n</tbody>\n</table>\n<p>Readiness is weighted by priority. Of the '
    yield escape(environment.finalize(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'criteria_in_scope')))
    yield ' criteria in scope, '
    yield escape(environment.finalize(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'criteria_ready')))
    yield ' are met by the controls in place today and '
    yield escape(environment.finalize(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'criteria_partial')))
    yield ' are partly covered.</p>\n<h2>Programme areas</h2>\n<table>\n<thead><tr><th>Area</th><th class="n">Controls ready</th></tr></thead>\n<tbody>\n'
    for l_1_d in (undefined(name='domain_progress') if l_0_domain_progress is missing else l_0_domain_progress):
        _loop_vars = {}
        pass
        yield '<tr><td>'
        yield escape(environment.finalize(environment.getattr(l_1_d, 'title')))
        yield '</td><td class="n">'
        yield escape(environment.finalize(environment.getattr(l_1_d, 'ready')))
        yield ' of '
        yield escape(environment.finalize(environment.getattr(l_1_d, 'total')))
        yield '</td></tr>\n'
    l_1_d = missing
    yield '</tbody>\n</table>\n<h2>Milestones</h2>\n<ul>\n<li>Controls designed and documented: planned by <time datetime="'
    yield escape(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_ready_date')))
    yield '">'
    yield escape(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_ready_date')))
    yield '</time>.</li>\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'):
        pass
        yield '<li>Observation period: planned <time datetime="'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_start')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_start')))
        yield '</time> to <time datetime="'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_end')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_end')))
        yield '</time>.</li>\n<li>SOC 2 Type II report: expected around <time datetime="'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'report_date')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'report_date')))
        yield '</time>.</li>\n'
    else:
        pass
        yield '<li>SOC 2 Type I report: expected around <time datetime="'
        yield escape(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_report_date')))
        yield '">'
        yield escape(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_report_date')))
        yield '</time>.</li>\n'
    yield '</ul>\n<p class="note">This summary is a readiness self-assessment, not an auditor\'s opinion. Dates are plans and may change.</p>\n'
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
debug_info = '2=54&8=57&28=59&32=61&33=62&34=65&36=68&37=70&38=74&40=85&41=97&42=126&46=130&47=133&49=136&52=138&57=144&58=148&64=156&65=160&66=163&67=171&69=178&73=183&28=186&32=200&73=214'
