# Compiled from templates/report.html.j2 by examples/regenerate.py: do not edit.
KEY = "1b9dea5606ef53614279130d90f084f261ff50d3c13b74c46717978bdbd4d892"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_summary = resolve('summary')
    l_0_scope = resolve('scope')
    l_0_draft_banner = resolve('draft_banner')
    l_0_scope_categories = resolve('scope_categories')
    l_0_plan = resolve('plan')
    l_0_report = resolve('report')
    l_0_scanner = resolve('scanner')
    l_0_target_status = resolve('target_status')
    l_0_top_risks = resolve('top_risks')
    l_0_scope_data_types = resolve('scope_data_types')
    l_0_criteria_by_category = resolve('criteria_by_category')
    l_0_due_occurrences = resolve('due_occurrences')
    l_0_branding = l_0_s = l_0_d = l_0_rows = l_0_kinds = l_0_most = l_0_ev = missing
    try:
        t_1 = environment.filters['check_resources_label']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'check_resources_label' found.")
    try:
        t_2 = environment.filters['coverage_label']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'coverage_label' found.")
    try:
        t_3 = environment.filters['criterion_status_label']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'criterion_status_label' found.")
    try:
        t_4 = environment.filters['finding_kind_label']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'finding_kind_label' found.")
    try:
        t_5 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_6 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_7 = environment.filters['frequency_label']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'frequency_label' found.")
    try:
        t_8 = environment.filters['gap_kind_label']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'gap_kind_label' found.")
    try:
        t_9 = environment.filters['groupby']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'groupby' found.")
    try:
        t_10 = environment.filters['hosting_label']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'hosting_label' found.")
    try:
        t_11 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_12 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_13 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_14 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_15 = environment.filters['max']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'max' found.")
    try:
        t_16 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_17 = environment.filters['phase_label']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No filter named 'phase_label' found.")
    try:
        t_18 = environment.filters['report_type_label']
    except KeyError:
        @internalcode
        def t_18(*unused):
            raise TemplateRuntimeError("No filter named 'report_type_label' found.")
    try:
        t_19 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_19(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    try:
        t_20 = environment.filters['scan_result_label']
    except KeyError:
        @internalcode
        def t_20(*unused):
            raise TemplateRuntimeError("No filter named 'scan_result_label' found.")
    try:
        t_21 = environment.filters['severity_label']
    except KeyError:
        @internalcode
        def t_21(*unused):
            raise TemplateRuntimeError("No filter named 'severity_label' found.")
    try:
        t_22 = environment.filters['source_label']
    except KeyError:
        @internalcode
        def t_22(*unused):
            raise TemplateRuntimeError("No filter named 'source_label' found.")
    try:
        t_23 = environment.filters['time_tags']
    except KeyError:
        @internalcode
        def t_23(*unused):
            raise TemplateRuntimeError("No filter named 'time_tags' found.")
    try:
        t_24 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_24(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<!DOCTYPE html>\n'
    l_0_branding = context.vars['branding'] = environment.get_template('_brand.html.j2', 'report.html.j2')._get_default_module(context)
    context.exported_vars.discard('branding')
    l_0_s = (undefined(name='summary') if l_0_summary is missing else l_0_summary)
    context.vars['s'] = l_0_s
    context.exported_vars.add('s')
    def macro(l_1_day):
        t_25 = []
        if l_1_day is missing:
            l_1_day = undefined("parameter 'day' was not provided", name='day')
        pass
        t_25.extend((
            '<time datetime="',
            escape(environment.finalize(l_1_day)),
            '">',
            escape(environment.finalize(l_1_day)),
            '</time>',
        ))
        return concat(t_25)
    context.exported_vars.add('d')
    context.vars['d'] = l_0_d = Macro(environment, macro, 'd', ('day',), False, False, False, context.eval_ctx.autoescape)
    yield '<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">\n<title>SOC 2 readiness report: '
    yield escape(environment.finalize(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization')))
    yield '</title>\n<style>\n  :root { --ink:#1d2433; --muted:#5b6475; --line:#d9dee7; --ok:#1f7a4d; --gap:#b3261e; --warn:#9a6700; --bg:#f6f7f9; --accent:#2f5fb3; }\n  * { box-sizing: border-box; }\n  body { margin:0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:var(--ink); background:var(--bg); }\n  main { max-width: 1040px; margin: 0 auto; padding: 32px 24px 64px; background:#fff; }\n  h1 { font-size: 28px; margin: 0 0 4px; }\n  h2 { font-size: 21px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }\n  h3 { font-size: 17px; margin: 24px 0 8px; }\n  .meta { color: var(--muted); margin: 0 0 24px; }\n  .kpis { display:flex; flex-wrap:wrap; gap:16px; margin: 16px 0; }\n  .kpi { flex: 1 1 180px; border:1px solid var(--line); border-radius:8px; padding:12px 16px; }\n  .kpi .v { font-size: 30px; font-weight: 700; }\n  .kpi .l { color: var(--muted); font-size: 13px; }\n  table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }\n  th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }\n  th { background: var(--bg); font-weight: 600; }\n  td.n, th.n { text-align: right; white-space: nowrap; }\n  .badge { display:inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }\n  .ready { background:#e3f4ea; color: var(--ok); }\n  .gap { background:#fbe4e2; color: var(--gap); }\n  .partial { background:#fff4d6; color: var(--warn); }\n  .draft { border: 2px solid var(--warn); background:#fff8e6; padding: 8px 12px; margin: 0 0 16px; font-weight: 600; }\n  .excluded { background:#eceff3; color: var(--muted); }\n  .sev-critical { background:#b3261e; color:#fff; } .sev-high { background:#fbe4e2; color:#b3261e; }\n  .sev-medium { background:#fff4d6; color:#9a6700; } .sev-low { background:#eceff3; color:#5b6475; }\n  .warning { border-left: 4px solid var(--warn); background:#fff8e6; padding: 8px 12px; margin: 8px 0; }\n  .charts { display:flex; flex-wrap:wrap; gap: 24px; }\n  .chart { flex: 1 1 420px; }\n  .gapcard { border:1px solid var(--line); border-radius:8px; padding: 12px 16px; margin: 12px 0; break-inside: avoid; }\n  .gapcard h3 { margin-top: 0; }\n  .small { font-size: 13px; color: var(--muted); }\n  ol, ul { margin: 4px 0 8px 20px; padding: 0; }\n  footer { margin-top: 40px; font-size: 12px; color: var(--muted); }\n  /* A date never breaks at its hyphens ("2027-02-" / "01"). */\n  time, .date { white-space: nowrap; }\n  nav.toc { border:1px solid var(--line); border-radius:8px; padding: 8px 16px; margin: 16px 0 8px; }\n  nav.toc h2 { font-size: 15px; margin: 4px 0; padding: 0; border: 0; }\n  nav.toc ol { columns: 2 220px; margin: 4px 0 4px 20px; }\n  nav.toc a { color: var(--accent); text-decoration: none; }\n  .timeline { margin: 12px 0 20px; }\n  .timeline svg { display:block; max-width: 100%; height: auto; }\n  table.calendar td.dates { line-height: 1.8; }\n  table.calendar time { display:inline-block; margin-right: 10px; }\n  @media print {\n    @page { margin: 16mm 14mm; }\n    body { background:#fff; font-size: 10.5pt; }\n    main { max-width: none; padding: 0; }\n    nav.toc { display: none; }\n    main > section ~ section { break-before: page; }\n    h2, h3 { break-after: avoid; }\n    tr, .kpi, .gapcard, .timeline, .chart, .warning { break-inside: avoid; }\n    thead { display: table-header-group; }\n    table { font-size: 9.5pt; }\n    th { background: #eef0f4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n    .badge, .timeline svg, .chart svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n    a { color: inherit; text-decoration: none; }\n  }\n</style>\n'
    yield from context.blocks['head'][0](context)
    yield '</head>\n<body>\n<main>\n'
    yield from context.blocks['header'][0](context)
    if (undefined(name='draft_banner') if l_0_draft_banner is missing else l_0_draft_banner):
        pass
        yield '<p class="draft" id="draft-banner">'
        yield escape(environment.finalize((undefined(name='draft_banner') if l_0_draft_banner is missing else l_0_draft_banner)))
        yield '. Readiness counts them as not ready; they are listed under "Not yet answered", never as gaps.</p>\n'
    yield '<h1>SOC 2 readiness report: '
    yield escape(environment.finalize(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization')))
    yield '</h1>\n<p class="meta">'
    yield escape(environment.finalize(t_18(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'))))
    yield ' · '
    yield escape(environment.finalize(t_11(context.eval_ctx, (undefined(name='scope_categories') if l_0_scope_categories is missing else l_0_scope_categories), ', ')))
    yield ' · plan as of '
    yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'as_of'))))
    yield ' · catalogue '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'catalogue'), 'id')))
    yield ' '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'catalogue'), 'version')))
    yield '</p><nav class="toc" aria-label="Contents">\n<h2>Contents</h2>\n<ol>\n<li><a href="#summary">Executive summary</a></li>\n<li><a href="#scope">Scope</a></li>\n<li><a href="#criteria">Criteria</a></li>\n<li><a href="#gaps">Gaps and remediation</a></li>\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'policies_checked'):
        pass
        yield '<li><a href="#policy-gaps">Policy gaps</a></li>'
    yield '<li><a href="#plan">Remediation plan</a></li>\n'
    if (environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'evidence'), 'in_use') or (environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'), 'value') == 'type2')):
        pass
        yield '<li><a href="#evidence">Evidence register</a></li>'
    if (undefined(name='scanner') if l_0_scanner is missing else l_0_scanner):
        pass
        yield '<li><a href="#scanner-evidence">Scanner evidence</a></li>'
    yield '<li><a href="#frameworks">Framework coverage</a></li>\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'follow_ups'):
        pass
        yield '<li><a href="#follow-ups">Follow-up questions</a></li>'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'unanswered'):
        pass
        yield '<li><a href="#unanswered">Not yet answered</a></li>'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'not_applicable'):
        pass
        yield '<li><a href="#not-applicable">Not-applicable justifications</a></li>'
    yield '<li><a href="#method">Method</a></li>\n</ol>\n</nav>\n\n<section id="summary">\n<h2>Executive summary</h2>\n<div class="kpis">\n  <div class="kpi"><div class="v" id="kpi-readiness">'
    yield escape(environment.finalize(t_16(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'readiness'))))
    yield '</div><div class="l">'
    yield escape(environment.finalize(t_18(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'))))
    yield ' readiness</div></div>\n  <div class="kpi"><div class="v">'
    yield escape(environment.finalize(t_16(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type1'), 'readiness'))))
    yield '</div><div class="l">Type I readiness ('
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type1'), 'ready')))
    yield '/'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type1'), 'applicable')))
    yield ' controls)</div></div>\n  <div class="kpi"><div class="v">'
    yield escape(environment.finalize(t_16(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type2'), 'readiness'))))
    yield '</div><div class="l">Type II readiness ('
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type2'), 'ready')))
    yield '/'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type2'), 'applicable')))
    yield ' controls)</div></div>\n  <div class="kpi"><div class="v" id="kpi-gaps">'
    yield escape(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'gaps_total')))
    yield '</div><div class="l">gaps to close</div></div>\n</div>\n\n<div class="charts">\n<div class="chart">\n<h3>Readiness by category</h3>\n'
    l_0_rows = t_12(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'categories'))
    context.vars['rows'] = l_0_rows
    context.exported_vars.add('rows')
    yield '<svg role="img" aria-label="Readiness by category" width="100%" viewBox="0 0 460 '
    yield escape(environment.finalize((((undefined(name='rows') if l_0_rows is missing else l_0_rows) * 44) + 30)))
    yield '" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="12">\n'
    l_1_loop = missing
    for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'categories'), undefined):
        l_1_y = missing
        _loop_vars = {}
        pass
        l_1_y = ((environment.getattr(l_1_loop, 'index0') * 44) + 4)
        _loop_vars['y'] = l_1_y
        yield '  <text x="0" y="'
        yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 14)))
        yield '" fill="#1d2433">'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'title')))
        yield '</text>\n  <rect x="150" y="'
        yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 2)))
        yield '" width="250" height="14" fill="#eceff3"/>\n  <rect x="150" y="'
        yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 2)))
        yield '" width="'
        yield escape(environment.finalize(t_19((environment.getattr(environment.getattr(l_1_c, 'type1'), 'readiness') * 250), 1)))
        yield '" height="14" fill="#2f5fb3"/>\n  <text x="406" y="'
        yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 14)))
        yield '" fill="#1d2433">'
        yield escape(environment.finalize(t_16(environment.getattr(environment.getattr(l_1_c, 'type1'), 'readiness'))))
        yield '</text>\n  <rect x="150" y="'
        yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 20)))
        yield '" width="250" height="14" fill="#eceff3"/>\n  <rect x="150" y="'
        yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 20)))
        yield '" width="'
        yield escape(environment.finalize(t_19((environment.getattr(environment.getattr(l_1_c, 'type2'), 'readiness') * 250), 1)))
        yield '" height="14" fill="#1f7a4d"/>\n  <text x="406" y="'
        yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 32)))
        yield '" fill="#1d2433">'
        yield escape(environment.finalize(t_16(environment.getattr(environment.getattr(l_1_c, 'type2'), 'readiness'))))
        yield '</text>\n'
    l_1_loop = l_1_c = l_1_y = missing
    yield '  <rect x="150" y="'
    yield escape(environment.finalize((((undefined(name='rows') if l_0_rows is missing else l_0_rows) * 44) + 12)))
    yield '" width="10" height="10" fill="#2f5fb3"/><text x="164" y="'
    yield escape(environment.finalize((((undefined(name='rows') if l_0_rows is missing else l_0_rows) * 44) + 21)))
    yield '">Type I</text>\n  <rect x="220" y="'
    yield escape(environment.finalize((((undefined(name='rows') if l_0_rows is missing else l_0_rows) * 44) + 12)))
    yield '" width="10" height="10" fill="#1f7a4d"/><text x="234" y="'
    yield escape(environment.finalize((((undefined(name='rows') if l_0_rows is missing else l_0_rows) * 44) + 21)))
    yield '">Type II</text>\n</svg>\n</div>\n<div class="chart">\n<h3>Gaps by kind</h3>\n'
    l_0_kinds = environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'gaps_by_kind')
    context.vars['kinds'] = l_0_kinds
    context.exported_vars.add('kinds')
    l_0_most = t_15(environment, [t_15(environment, environment.call(context, environment.getattr((undefined(name='kinds') if l_0_kinds is missing else l_0_kinds), 'values'))), 1])
    context.vars['most'] = l_0_most
    context.exported_vars.add('most')
    yield '<svg role="img" aria-label="Gaps by kind" width="100%" viewBox="0 0 460 '
    yield escape(environment.finalize(((t_12((undefined(name='kinds') if l_0_kinds is missing else l_0_kinds)) * 26) + 8)))
    yield '" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="12">\n'
    l_1_loop = missing
    for (l_1_kind, l_1_n), l_1_loop in LoopContext(environment.call(context, environment.getattr((undefined(name='kinds') if l_0_kinds is missing else l_0_kinds), 'items')), undefined):
        l_1_y = missing
        _loop_vars = {}
        pass
        l_1_y = ((environment.getattr(l_1_loop, 'index0') * 26) + 4)
        _loop_vars['y'] = l_1_y
        yield '  <text x="0" y="'
        yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 13)))
        yield '" fill="#1d2433">'
        yield escape(environment.finalize(t_8(l_1_kind)))
        yield '</text>\n  <rect x="240" y="'
        yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 2)))
        yield '" width="'
        yield escape(environment.finalize(t_19(((l_1_n / (undefined(name='most') if l_0_most is missing else l_0_most)) * 180), 1)))
        yield '" height="14" fill="#b3261e"/>\n  <text x="'
        yield escape(environment.finalize((246 + t_19(((l_1_n / (undefined(name='most') if l_0_most is missing else l_0_most)) * 180), 1))))
        yield '" y="'
        yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 13)))
        yield '" fill="#1d2433">'
        yield escape(environment.finalize(l_1_n))
        yield '</text>\n'
    l_1_loop = l_1_kind = l_1_n = l_1_y = missing
    yield '</svg>\n</div>\n</div>\n\n<table>\n<thead><tr><th>Category</th><th class="n">Type I</th><th class="n">Type II</th><th class="n">Criteria ready / partial / total</th></tr></thead>\n<tbody>\n'
    for l_1_c in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'categories'):
        _loop_vars = {}
        pass
        yield '<tr><td>'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'title')))
        yield '</td><td class="n">'
        yield escape(environment.finalize(t_16(environment.getattr(environment.getattr(l_1_c, 'type1'), 'readiness'))))
        yield ' ('
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'type1'), 'ready')))
        yield '/'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'type1'), 'applicable')))
        yield ')</td><td class="n">'
        yield escape(environment.finalize(t_16(environment.getattr(environment.getattr(l_1_c, 'type2'), 'readiness'))))
        yield ' ('
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'type2'), 'ready')))
        yield '/'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'type2'), 'applicable')))
        yield ')</td><td class="n">'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'criteria_ready')))
        yield ' / '
        yield escape(environment.finalize(environment.getattr(l_1_c, 'criteria_partial')))
        yield ' / '
        yield escape(environment.finalize(environment.getattr(l_1_c, 'criteria_total')))
        yield '</td></tr>\n'
    l_1_c = missing
    yield '</tbody>\n</table>\n\n<h3>Projected dates</h3>\n<ul>\n<li>Controls designed (Type I ready): <strong>'
    yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_ready_date'))))
    yield '</strong>; Type I report about '
    yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_report_date'))))
    yield '.</li>\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'):
        pass
        yield '<li>Type II: earliest observation period <strong>'
        yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_start'))))
        yield ' to '
        yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_end'))))
        yield '</strong> ('
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_months')))
        yield ' months); report about '
        yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'report_date'))))
        yield '.</li>\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'target_date'):
        pass
        yield '<li>Target date '
        yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'target_date'))))
        yield ': <strong>'
        yield escape(environment.finalize((undefined(name='target_status') if l_0_target_status is missing else l_0_target_status)))
        yield '</strong>.</li>\n'
    yield '</ul>\n'
    for l_1_w in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'warnings'):
        _loop_vars = {}
        pass
        yield '<div class="warning">'
        yield escape(environment.finalize(t_23(l_1_w)))
        yield '</div>\n'
    l_1_w = missing
    yield '\n'
    if (undefined(name='top_risks') if l_0_top_risks is missing else l_0_top_risks):
        pass
        yield '<h3>Top risks</h3>\n<table>\n<thead><tr><th>Control</th><th>Gap</th><th>Severity</th><th>Criteria</th><th>Owner</th></tr></thead>\n<tbody>\n'
        for l_1_g in (undefined(name='top_risks') if l_0_top_risks is missing else l_0_top_risks):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'control')))
            yield ' '
            yield escape(environment.finalize(environment.getattr(l_1_g, 'title')))
            yield '</td><td>'
            yield escape(environment.finalize(t_8(environment.getattr(l_1_g, 'kind'))))
            yield '</td><td><span class="badge sev-'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_g, 'severity'), 'value')))
            yield '">'
            yield escape(environment.finalize(t_21(environment.getattr(l_1_g, 'severity'))))
            yield '</span></td><td>'
            yield escape(environment.finalize(t_11(context.eval_ctx, environment.getattr(l_1_g, 'criteria'), ', ')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_g, 'owner')))
            yield '</td></tr>\n'
        l_1_g = missing
        yield '</tbody>\n</table>\n'
    yield '</section>\n\n<section id="scope">\n<h2>Scope</h2>\n<table>\n<tbody>\n<tr><th>Organisation</th><td>'
    yield escape(environment.finalize(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization')))
    yield '</td></tr>\n<tr><th>Report type</th><td>'
    yield escape(environment.finalize(t_18(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'))))
    yield '</td></tr>\n<tr><th>Categories</th><td>'
    yield escape(environment.finalize(t_11(context.eval_ctx, (undefined(name='scope_categories') if l_0_scope_categories is missing else l_0_scope_categories), ', ')))
    yield '</td></tr>\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'observation_period'):
        pass
        yield '<tr><th>Planned observation period</th><td>'
        yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'observation_period'), 'start'))))
        yield ' to '
        yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'observation_period'), 'end'))))
        yield '</td></tr>\n'
    yield '<tr><th>Hosting</th><td>'
    yield escape(environment.finalize(t_10(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'hosting'))))
    yield '</td></tr>\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'subservice_organizations'):
        pass
        yield '<tr><th>Subservice organisations</th><td>'
        yield escape(environment.finalize(t_11(context.eval_ctx, t_14(context, environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'subservice_organizations'), attribute='name'), ', ')))
        yield '</td></tr>\n'
    yield '<tr><th>Systems</th><td>'
    l_1_loop = missing
    t_26 = 1
    for l_1_sys, l_1_loop in LoopContext(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'systems'), undefined):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(environment.getattr(l_1_sys, 'name')))
        if environment.getattr(l_1_sys, 'description'):
            pass
            yield ' ('
            yield escape(environment.finalize(environment.getattr(l_1_sys, 'description')))
            yield ')'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield '<br>'
        t_26 = 0
    l_1_loop = l_1_sys = missing
    if t_26:
        pass
        yield 'not listed'
    yield '</td></tr>\n<tr><th>Data types</th><td>'
    yield escape(environment.finalize((t_11(context.eval_ctx, (undefined(name='scope_data_types') if l_0_scope_data_types is missing else l_0_scope_data_types), ', ') or 'not listed')))
    yield '</td></tr>\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'target_date'):
        pass
        yield '<tr><th>Target report date</th><td>'
        yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'target_date'))))
        yield '</td></tr>\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'people'):
        pass
        yield '<tr><th>People</th><td>'
        l_1_loop = missing
        for l_1_p, l_1_loop in LoopContext(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'people'), undefined):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(environment.getattr(l_1_p, 'name')))
            if environment.getattr(l_1_p, 'role'):
                pass
                yield ' ('
                yield escape(environment.finalize(environment.getattr(l_1_p, 'role')))
                yield ')'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '<br>'
        l_1_loop = l_1_p = missing
        yield '</td></tr>\n'
    yield '</tbody>\n</table>\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'interviews'):
        pass
        yield '<h3>Interviews</h3>\n<table>\n<thead><tr><th>Date</th><th>Interviewer</th><th>Attendees</th><th>Sections answered</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_i, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'interviews'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr(l_1_i, 'date'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_i, 'interviewer')))
            yield '</td><td>'
            yield escape(environment.finalize(t_11(context.eval_ctx, environment.getattr(l_1_i, 'attendees'), ', ')))
            yield '</td><td>'
            l_2_loop = missing
            for l_2_s, l_2_loop in LoopContext(environment.getattr(l_1_i, 'sections'), undefined):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(environment.call(context, environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'domains'), 'get'), l_2_s, l_2_s, _loop_vars=_loop_vars)))
                yield escape(environment.finalize((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 209 in 'report.html.j2' evaluated to false and no else section was defined."))))
            l_2_loop = l_2_s = missing
            yield '</td></tr>\n'
        l_1_loop = l_1_i = missing
        yield '</tbody>\n</table>\n'
    yield '</section>\n\n<section id="criteria">\n<h2>Criteria</h2>\n'
    for (l_1_category, l_1_items) in environment.call(context, environment.getattr((undefined(name='criteria_by_category') if l_0_criteria_by_category is missing else l_0_criteria_by_category), 'items')):
        l_1_category_titles = resolve('category_titles')
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(environment.finalize(environment.getitem((undefined(name='category_titles') if l_1_category_titles is missing else l_1_category_titles), l_1_category)))
        yield '</h3>\n<table>\n<thead><tr><th>Criterion</th><th>Status</th><th class="n">Controls ready</th><th>Key controls</th><th>Not ready</th></tr></thead>\n<tbody>\n'
        for l_2_c in l_1_items:
            l_2_scanner_counts_label = resolve('scanner_counts_label')
            _loop_vars = {}
            pass
            yield '<tr><td><strong>'
            yield escape(environment.finalize(environment.getattr(l_2_c, 'id')))
            yield '</strong> '
            yield escape(environment.finalize(environment.getattr(l_2_c, 'title')))
            yield '</td><td><span class="badge '
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_c, 'status'), 'value')))
            yield '">'
            yield escape(environment.finalize(t_3(environment.getattr(l_2_c, 'status'))))
            yield '</span>'
            if environment.getattr(l_2_c, 'exclusion_reason'):
                pass
                yield ' <span class="small">'
                yield escape(environment.finalize(environment.getattr(l_2_c, 'exclusion_reason')))
                yield '</span>'
            if environment.getattr(l_2_c, 'warning'):
                pass
                yield ' <span class="small">no applicable control</span>'
            if (environment.getattr(l_2_c, 'scanner_pass') or environment.getattr(l_2_c, 'scanner_fail')):
                pass
                yield ' <span class="small">scanner: '
                yield escape(environment.finalize(environment.call(context, (undefined(name='scanner_counts_label') if l_2_scanner_counts_label is missing else l_2_scanner_counts_label), environment.getattr(l_2_c, 'scanner_pass'), environment.getattr(l_2_c, 'scanner_fail'), _loop_vars=_loop_vars)))
                yield '</span>'
            yield '</td><td class="n">'
            if (environment.getattr(environment.getattr(l_2_c, 'status'), 'value') != 'excluded'):
                pass
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_c, 'coverage'), 'ready')))
                yield ' of '
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_c, 'coverage'), 'total')))
            yield '</td><td>'
            yield escape(environment.finalize(t_11(context.eval_ctx, environment.getattr(l_2_c, 'key_controls'), ', ')))
            yield '</td><td>'
            yield escape(environment.finalize(t_11(context.eval_ctx, environment.getattr(l_2_c, 'gap_controls'), ', ')))
            yield '</td></tr>\n'
        l_2_c = l_2_scanner_counts_label = missing
        yield '</tbody>\n</table>\n'
    l_1_category = l_1_items = l_1_category_titles = missing
    yield '</section>\n\n<section id="gaps">\n<h2>Gaps and remediation</h2>\n'
    t_27 = 1
    for l_1_g in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'gaps'):
        l_1_answer_label = resolve('answer_label')
        l_1_failing_checks = resolve('failing_checks')
        l_1_automated = resolve('automated')
        l_1_failing = missing
        _loop_vars = {}
        pass
        yield '<div class="gapcard">\n<h3>'
        yield escape(environment.finalize(environment.getattr(l_1_g, 'control')))
        yield ' '
        yield escape(environment.finalize(environment.getattr(l_1_g, 'title')))
        yield ' <span class="badge sev-'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_g, 'severity'), 'value')))
        yield '">'
        yield escape(environment.finalize(t_21(environment.getattr(l_1_g, 'severity'))))
        yield '</span></h3>\n<p class="small">'
        yield escape(environment.finalize(t_8(environment.getattr(l_1_g, 'kind'))))
        if (environment.getattr(environment.getattr(l_1_g, 'kind'), 'value') != 'uncovered'):
            pass
            yield ' (answered: '
            yield escape(environment.finalize(t_13(environment.call(context, (undefined(name='answer_label') if l_1_answer_label is missing else l_1_answer_label), environment.getattr(l_1_g, 'status'), environment.getattr(l_1_g, 'documented'), _loop_vars=_loop_vars))))
            yield ')'
        yield ' · phase: '
        yield escape(environment.finalize(t_17(environment.getattr(l_1_g, 'phase'))))
        yield ' · owner '
        yield escape(environment.finalize(environment.getattr(l_1_g, 'owner')))
        yield ' · '
        yield escape(environment.finalize(t_6('%g', environment.getattr(l_1_g, 'effort_days'))))
        yield ' person-days · criteria '
        yield escape(environment.finalize((t_11(context.eval_ctx, environment.getattr(l_1_g, 'criteria'), ', ') or 'none uncovered')))
        yield '</p>\n'
        l_1_failing = (environment.getattr(l_1_g, 'failing') or environment.call(context, environment.getattr((undefined(name='failing_checks') if l_1_failing_checks is missing else l_1_failing_checks), 'get'), environment.getattr(l_1_g, 'control'), [], _loop_vars=_loop_vars))
        _loop_vars['failing'] = l_1_failing
        if (undefined(name='failing') if l_1_failing is missing else l_1_failing):
            pass
            yield '<p><strong>Failing checks</strong></p>\n<ul class="checks">'
            for l_2_f in (undefined(name='failing') if l_1_failing is missing else l_1_failing):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(environment.finalize(t_1(l_2_f)))
                yield '</li>'
            l_2_f = missing
            yield '</ul>\n'
        if (environment.getattr(l_1_g, 'control') in (undefined(name='automated') if l_1_automated is missing else l_1_automated)):
            pass
            yield '<p class="small scan">Scanner evidence: '
            yield escape(environment.finalize(t_23(t_11(context.eval_ctx, t_14(context, environment.getitem((undefined(name='automated') if l_1_automated is missing else l_1_automated), environment.getattr(l_1_g, 'control')), 'scan_result_label'), '; '))))
            yield '</p>'
        if environment.getattr(l_1_g, 'missing_periods'):
            pass
            yield '<p><strong>Missing evidence:</strong> '
            yield escape(environment.finalize(t_23(t_11(context.eval_ctx, environment.getattr(l_1_g, 'missing_periods'), ', '))))
            yield '</p>'
        if environment.getattr(l_1_g, 'notes'):
            pass
            yield '<p><strong>Notes:</strong> '
            yield escape(environment.finalize(t_23(environment.getattr(l_1_g, 'notes'))))
            yield '</p>'
        yield '<strong>What to do</strong>\n<ol>'
        for l_2_step in environment.getattr(l_1_g, 'remediation'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(l_2_step))
            yield '</li>'
        l_2_step = missing
        yield '</ol>\n<strong>Evidence to start collecting</strong>\n<ul>'
        for l_2_e in environment.getattr(l_1_g, 'evidence'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(l_2_e))
            yield '</li>'
        l_2_e = missing
        yield '</ul>\n</div>\n'
        t_27 = 0
    l_1_g = l_1_answer_label = l_1_failing_checks = l_1_failing = l_1_automated = missing
    if t_27:
        pass
        yield '<p>No gaps: every applicable control is ready for a '
        yield escape(environment.finalize(t_18(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'))))
        yield ' report.</p>\n'
    yield '</section>\n\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'policies_checked'):
        pass
        yield '<section id="policy-gaps">\n<h2>Policy gaps</h2>\n'
        if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'policy_gaps'):
            pass
            yield '<ul>\n'
            for l_1_p in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'policy_gaps'):
                _loop_vars = {}
                pass
                yield '<li><strong>'
                yield escape(environment.finalize(environment.getattr(l_1_p, 'policy')))
                yield '</strong> <span class="badge sev-'
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_p, 'severity'), 'value')))
                yield '">'
                yield escape(environment.finalize(t_21(environment.getattr(l_1_p, 'severity'))))
                yield '</span> '
                yield escape(environment.finalize(t_4(environment.getattr(l_1_p, 'kind'))))
                yield ': '
                yield escape(environment.finalize(t_23(environment.getattr(l_1_p, 'message'))))
                yield ' '
                yield escape(environment.finalize(environment.getattr(l_1_p, 'remediation')))
                if environment.getattr(l_1_p, 'criteria'):
                    pass
                    yield ' <span class="small">Criteria: '
                    yield escape(environment.finalize(t_11(context.eval_ctx, environment.getattr(l_1_p, 'criteria'), ', ')))
                    yield '</span>'
                yield '</li>\n'
            l_1_p = missing
            yield '</ul>\n'
        else:
            pass
            yield '<p>The policy folder has every policy the scope needs, each within its review date.</p>\n'
        yield '</section>\n'
    yield '\n<section id="plan">\n<h2>Remediation plan</h2>\n'
    template = environment.get_template('_timeline.html.j2', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'branding': l_0_branding, 'd': l_0_d, 'ev': l_0_ev, 'kinds': l_0_kinds, 'most': l_0_most, 'rows': l_0_rows, 's': l_0_s}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<table>\n<thead><tr><th>Phase</th><th>Dates</th><th class="n">Effort</th><th class="n">Gaps</th></tr></thead>\n<tbody>\n'
    l_1_loop = missing
    t_28 = 1
    for l_1_p, l_1_loop in LoopContext(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'phases'), undefined):
        _loop_vars = {}
        pass
        yield '<tr><td><strong>'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield escape(environment.finalize(environment.getattr(l_1_p, 'name')))
        yield '</strong><br><span class="small">'
        yield escape(environment.finalize(environment.getattr(l_1_p, 'description')))
        yield '</span></td><td class="date">'
        yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr(l_1_p, 'start'), _loop_vars=_loop_vars)))
        yield ' to '
        yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr(l_1_p, 'end'), _loop_vars=_loop_vars)))
        yield '</td><td class="n">'
        yield escape(environment.finalize(t_6('%g', environment.getattr(l_1_p, 'effort_days'))))
        yield ' days</td><td class="n">'
        yield escape(environment.finalize(t_12(environment.getattr(l_1_p, 'gaps'))))
        yield '</td></tr>\n'
        t_28 = 0
    l_1_loop = l_1_p = missing
    if t_28:
        pass
        yield '<tr><td colspan="4">Nothing to remediate.</td></tr>\n'
    yield '</tbody>\n</table>\n<p class="small">Assumptions: '
    for l_1_a in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'assumptions'):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(l_1_a))
        yield ' '
    l_1_a = missing
    yield '</p>\n'
    template = environment.get_template('_budget.html.j2', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'branding': l_0_branding, 'd': l_0_d, 'ev': l_0_ev, 'kinds': l_0_kinds, 'most': l_0_most, 'rows': l_0_rows, 's': l_0_s}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</section>\n\n'
    l_0_ev = environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'evidence')
    context.vars['ev'] = l_0_ev
    context.exported_vars.add('ev')
    if (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'in_use') or (environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'), 'value') == 'type2')):
        pass
        yield '<section id="evidence">\n<h2>Evidence register</h2>\n'
        if (not environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'in_use')):
            pass
            yield "<p>No evidence is recorded yet. For a Type II, keep a dated record of what shows each control operated (a review's minutes, a ticket, an export); once they are recorded, this section checks them against the observation period.</p>\n"
        else:
            pass
            if environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'window_start'):
                pass
                yield '<p>Checked against the observation period '
                yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'window_start'))))
                yield ' to '
                yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'window_end'))))
                yield ' at '
                yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'reference_date'))))
                yield ': '
                yield escape(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'controls_with_evidence')))
                yield ' controls have evidence; <strong>'
                yield escape(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'missing_occurrences')))
                yield '</strong> required occurrence(s) are missing, '
                yield escape(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'due_occurrences')))
                yield ' are still due, '
                yield escape(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'stale')))
                yield ' control(s) have stale evidence, '
                yield escape(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'outside_window')))
                yield ' item(s) fall outside the window, and '
                yield escape(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'operating_without_evidence')))
                yield ' control(s) answered operating have no evidence at all.</p>\n'
            else:
                pass
                yield '<p>Evidence on record at '
                yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'reference_date'))))
                yield ': '
                yield escape(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'controls_with_evidence')))
                yield ' controls have evidence; '
                yield escape(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'stale')))
                yield ' control(s) have stale evidence.</p>\n'
            yield '<table>\n<thead><tr><th>Control</th><th>Frequency</th><th class="n">Items</th><th>Latest</th><th class="n">Required</th><th class="n">Evidenced</th><th>Missing</th><th>Findings</th></tr></thead>\n<tbody>\n'
            def t_29(fiter):
                for l_1_c in fiter:
                    if ((environment.getattr(l_1_c, 'items') or environment.getattr(l_1_c, 'deficient')) or environment.getattr(l_1_c, 'stale')):
                        yield l_1_c
            for l_1_c in t_29(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'checks')):
                _loop_vars = {}
                pass
                yield '<tr><td>'
                yield escape(environment.finalize(environment.getattr(l_1_c, 'control')))
                yield ' '
                yield escape(environment.finalize(environment.getattr(l_1_c, 'title')))
                yield '</td><td>'
                yield escape(environment.finalize(t_7(environment.getattr(l_1_c, 'frequency'))))
                yield '</td><td class="n">'
                yield escape(environment.finalize(environment.getattr(l_1_c, 'items')))
                yield '</td><td>'
                if environment.getattr(l_1_c, 'latest'):
                    pass
                    yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr(l_1_c, 'latest'), _loop_vars=_loop_vars)))
                yield '</td><td class="n">'
                yield escape(environment.finalize((environment.getattr(l_1_c, 'required') if (not t_24(environment.getattr(l_1_c, 'required'))) else '')))
                yield '</td><td class="n">'
                yield escape(environment.finalize((environment.getattr(l_1_c, 'evidenced') if (not t_24(environment.getattr(l_1_c, 'required'))) else '')))
                yield '</td><td>'
                yield escape(environment.finalize(t_23(t_11(context.eval_ctx, environment.getattr(l_1_c, 'missing'), ', '))))
                yield '</td><td>'
                if environment.getattr(l_1_c, 'no_evidence'):
                    pass
                    yield 'operating, no evidence; '
                if environment.getattr(l_1_c, 'stale'):
                    pass
                    yield 'stale; '
                if environment.getattr(l_1_c, 'outside_window'):
                    pass
                    yield 'outside window: '
                    yield escape(environment.finalize(t_23(t_11(context.eval_ctx, environment.getattr(l_1_c, 'outside_window'), '; '))))
                yield '</td></tr>\n'
            l_1_c = missing
            yield '</tbody>\n</table>\n'
        if (undefined(name='due_occurrences') if l_0_due_occurrences is missing else l_0_due_occurrences):
            pass
            yield '<h3 id="collection-calendar">Collection calendar</h3>\n<p class="small">'
            yield escape(environment.finalize(t_12((undefined(name='due_occurrences') if l_0_due_occurrences is missing else l_0_due_occurrences))))
            yield ' record(s) still to collect in the observation period, one row per control, each date the end of the period it covers.</p>\n<table class="calendar">\n<thead><tr><th>Control</th><th>Frequency</th><th>Owner</th><th>Due</th></tr></thead>\n<tbody>\n'
            for (l_1_control, l_1_occurrences) in t_9(environment, (undefined(name='due_occurrences') if l_0_due_occurrences is missing else l_0_due_occurrences), 'control'):
                l_1_first = missing
                _loop_vars = {}
                pass
                l_1_first = t_5(environment, l_1_occurrences)
                _loop_vars['first'] = l_1_first
                yield '<tr><td>'
                yield escape(environment.finalize(l_1_control))
                yield ' '
                yield escape(environment.finalize(environment.getattr((undefined(name='first') if l_1_first is missing else l_1_first), 'title')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr((undefined(name='first') if l_1_first is missing else l_1_first), 'frequency')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr((undefined(name='first') if l_1_first is missing else l_1_first), 'owner')))
                yield '</td><td class="dates">'
                for l_2_o in l_1_occurrences:
                    _loop_vars = {}
                    pass
                    yield '<time datetime="'
                    yield escape(environment.finalize(environment.getattr(l_2_o, 'due')))
                    yield '" title="for '
                    yield escape(environment.finalize(environment.getattr(l_2_o, 'slot')))
                    yield '">'
                    yield escape(environment.finalize(environment.getattr(l_2_o, 'due')))
                    yield '</time> '
                l_2_o = missing
                yield '</td></tr>\n'
            l_1_control = l_1_occurrences = l_1_first = missing
            yield '</tbody>\n</table>\n'
        yield '</section>\n'
    yield '\n'
    if (undefined(name='scanner') if l_0_scanner is missing else l_0_scanner):
        pass
        yield '<section id="scanner-evidence">\n<h2>Scanner evidence</h2>\n<p class="small">Results imported from scanner output, the newest scan of each source and provider per control. A failing check on a control answered implemented or operating is a gap; muted and waived findings are accepted exceptions, listed here and never gaps.</p>\n<table>\n<thead><tr><th>File</th><th>Source</th><th>Providers</th><th>Scanned</th><th class="n">Findings</th><th>sha256</th></tr></thead>\n<tbody>\n'
        for l_1_scan in environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'scans'):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_scan, 'file')))
            yield '</td><td>'
            yield escape(environment.finalize(t_22(environment.getattr(l_1_scan, 'source'))))
            yield '</td><td>'
            yield escape(environment.finalize(t_11(context.eval_ctx, environment.getattr(l_1_scan, 'providers'), ', ')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.call(context, environment.getattr(environment.call(context, environment.getattr(environment.getattr(l_1_scan, 'scanned_at'), 'date'), _loop_vars=_loop_vars), 'isoformat'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
            yield '</td><td class="n">'
            yield escape(environment.finalize(environment.getattr(l_1_scan, 'findings')))
            yield '</td><td><code title="'
            yield escape(environment.finalize(environment.getattr(l_1_scan, 'sha256')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_scan, 'sha256')[:12]))
            yield '</code></td></tr>\n'
        l_1_scan = missing
        yield '</tbody>\n</table>\n'
        def t_30(fiter):
            for l_1_scan in fiter:
                if environment.getattr(l_1_scan, 'unknown_checks_total'):
                    yield l_1_scan
        for l_1_scan in t_30(environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'scans')):
            _loop_vars = {}
            pass
            yield '<div class="warning">'
            yield escape(environment.finalize(environment.getattr(l_1_scan, 'file')))
            yield ': '
            yield escape(environment.finalize(environment.getattr(l_1_scan, 'unknown_checks_total')))
            yield ' check(s) the catalogue does not map, counted for no control: '
            yield escape(environment.finalize(t_11(context.eval_ctx, environment.getattr(l_1_scan, 'unknown_checks'), ', ')))
            yield escape(environment.finalize((', ...' if (environment.getattr(l_1_scan, 'unknown_checks_total') > t_12(environment.getattr(l_1_scan, 'unknown_checks'))) else cond_expr_undefined("the inline if-expression on line 337 in 'report.html.j2' evaluated to false and no else section was defined."))))
            yield '</div>\n'
        l_1_scan = missing
        yield '<table>\n<thead><tr><th>Control</th><th>Answer</th><th>Latest results</th><th>Failing checks</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'controls'), undefined):
            l_1_answer_label = resolve('answer_label')
            l_1_automated = resolve('automated')
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'id')))
            yield ' '
            yield escape(environment.finalize(environment.getattr(l_1_c, 'title')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.call(context, (undefined(name='answer_label') if l_1_answer_label is missing else l_1_answer_label), environment.getattr(l_1_c, 'status'), environment.getattr(l_1_c, 'documented'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            l_2_loop = missing
            for l_2_r, l_2_loop in LoopContext(environment.getitem((undefined(name='automated') if l_1_automated is missing else l_1_automated), environment.getattr(l_1_c, 'id')), undefined):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(t_23(t_20(l_2_r))))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '<br>'
            l_2_loop = l_2_r = missing
            yield '</td><td>'
            l_2_loop = missing
            for l_2_f, l_2_loop in LoopContext(environment.getattr(l_1_c, 'failing_checks'), undefined):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(t_1(l_2_f)))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '<br>'
            l_2_loop = l_2_f = missing
            yield '</td></tr>\n'
        l_1_loop = l_1_c = l_1_answer_label = l_1_automated = missing
        yield '</tbody>\n</table>\n'
        if environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'criteria'):
            pass
            yield '<p class="small">Findings of checks mapped to no control, counted by the SOC 2 criteria the scanner names for them: evidence for the criterion, not for a control.</p>\n<table>\n<thead><tr><th>Criterion</th><th>Findings</th></tr></thead>\n<tbody>\n'
            for l_1_c in environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'criteria'):
                l_1_scanner_counts_label = resolve('scanner_counts_label')
                _loop_vars = {}
                pass
                yield '<tr><td><strong>'
                yield escape(environment.finalize(environment.getattr(l_1_c, 'id')))
                yield '</strong> '
                yield escape(environment.finalize(environment.getattr(l_1_c, 'title')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.call(context, (undefined(name='scanner_counts_label') if l_1_scanner_counts_label is missing else l_1_scanner_counts_label), environment.getattr(l_1_c, 'scanner_pass'), environment.getattr(l_1_c, 'scanner_fail'), _loop_vars=_loop_vars)))
                yield '</td></tr>\n'
            l_1_c = l_1_scanner_counts_label = missing
            yield '</tbody>\n</table>\n'
        if environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'accepted'):
            pass
            yield '<h3>Accepted exceptions</h3>\n<table>\n<thead><tr><th>Control</th><th>Check and resources</th><th>Accepted as</th><th>Reason</th><th>Until</th></tr></thead>\n<tbody>\n'
            for l_1_a in environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'accepted'):
                _loop_vars = {}
                pass
                yield '<tr><td>'
                yield escape(environment.finalize(environment.getattr(l_1_a, 'control')))
                yield ' '
                yield escape(environment.finalize(environment.getattr(l_1_a, 'title')))
                yield '</td><td>'
                yield escape(environment.finalize(t_1(environment.getattr(l_1_a, 'item'))))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(l_1_a, 'kind')))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(l_1_a, 'reason')))
                yield '</td><td>'
                if environment.getattr(l_1_a, 'until'):
                    pass
                    yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr(l_1_a, 'until'), _loop_vars=_loop_vars)))
                elif (environment.getattr(l_1_a, 'kind') == 'waived'):
                    pass
                    yield 'open'
                yield '</td></tr>\n'
            l_1_a = missing
            yield '</tbody>\n</table>\n'
        if environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'waivers'):
            pass
            yield '<p>Waivers on record:</p>\n<ul>\n'
            for l_1_w in environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'waivers'):
                _loop_vars = {}
                pass
                yield '<li><strong>'
                yield escape(environment.finalize(environment.getattr(l_1_w, 'check')))
                yield '</strong>'
                if environment.getattr(l_1_w, 'provider'):
                    pass
                    yield ' ('
                    yield escape(environment.finalize(environment.getattr(l_1_w, 'provider')))
                    yield ')'
                yield ': '
                yield escape(environment.finalize(environment.getattr(l_1_w, 'reason')))
                yield '; '
                if environment.getattr(l_1_w, 'until'):
                    pass
                    yield 'until '
                    yield escape(environment.finalize(environment.call(context, (undefined(name='d') if l_0_d is missing else l_0_d), environment.getattr(l_1_w, 'until'), _loop_vars=_loop_vars)))
                else:
                    pass
                    yield 'no expiry'
                if (l_1_w in environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'expired')):
                    pass
                    yield ' <strong>(expired: its failures are gaps again)</strong>'
                yield '</li>\n'
            l_1_w = missing
            yield '</ul>\n'
        yield '</section>\n\n'
    yield '<section id="frameworks">\n<h2>Framework coverage</h2>\n<p class="small">Mapping coverage is an indication of overlap with other frameworks, derived from the same answers; it is not a certification.</p>\n<table>\n<thead><tr><th>Framework</th><th class="n">Covered</th><th class="n">Partly covered</th><th class="n">Not covered</th><th class="n">Not mapped</th></tr></thead>\n<tbody>\n'
    for l_1_fw in environment.call(context, environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'frameworks'), 'values')):
        _loop_vars = {}
        pass
        yield '<tr><td>'
        yield escape(environment.finalize(environment.getattr(l_1_fw, 'title')))
        yield '</td><td class="n">'
        yield escape(environment.finalize(environment.getattr(l_1_fw, 'covered')))
        yield '</td><td class="n">'
        yield escape(environment.finalize(environment.getattr(l_1_fw, 'partly_covered')))
        yield '</td><td class="n">'
        yield escape(environment.finalize(environment.getattr(l_1_fw, 'not_covered')))
        yield '</td><td class="n">'
        yield escape(environment.finalize((environment.getattr(l_1_fw, 'not_mapped') if environment.getattr(l_1_fw, 'not_mapped') else '')))
        yield '</td></tr>\n'
    l_1_fw = missing
    yield '</tbody>\n</table>\n'
    def t_31(fiter):
        for l_1_fid in fiter:
            if (l_1_fid in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'frameworks')):
                yield l_1_fid
    for l_1_fid in t_31(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'framework_focus')):
        l_1_fw = missing
        _loop_vars = {}
        pass
        l_1_fw = environment.getitem(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'frameworks'), l_1_fid)
        _loop_vars['fw'] = l_1_fw
        yield '<h3>'
        yield escape(environment.finalize(environment.getattr((undefined(name='fw') if l_1_fw is missing else l_1_fw), 'title')))
        yield '</h3>\n<table>\n<thead><tr><th>Reference</th><th>Coverage</th><th>Controls</th></tr></thead>\n<tbody>\n'
        for l_2_item in environment.getattr((undefined(name='fw') if l_1_fw is missing else l_1_fw), 'items'):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_2_item, 'id')))
            yield '</td><td>'
            yield escape(environment.finalize(t_2(environment.getattr(l_2_item, 'status'))))
            yield '</td><td>'
            yield escape(environment.finalize(t_11(context.eval_ctx, environment.getattr(l_2_item, 'controls'), ', ')))
            yield '</td></tr>\n'
        l_2_item = missing
        yield '</tbody>\n</table>\n'
    l_1_fid = l_1_fw = missing
    yield '</section>\n\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'follow_ups'):
        pass
        yield '<section id="follow-ups">\n<h2>Follow-up questions for the client</h2>\n<ul>\n'
        for l_1_f in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'follow_ups'):
            _loop_vars = {}
            pass
            yield '<li><strong>'
            yield escape(environment.finalize(environment.getattr(l_1_f, 'control')))
            yield '</strong> ('
            yield escape(environment.finalize(environment.getattr(l_1_f, 'owner')))
            yield '): '
            yield escape(environment.finalize(environment.getattr(l_1_f, 'question')))
            yield '</li>\n'
        l_1_f = missing
        yield '</ul>\n</section>\n'
    yield '\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'unanswered'):
        pass
        yield '<section id="unanswered">\n<h2>Not yet answered</h2>\n<p>'
        yield escape(environment.finalize(t_12(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'unanswered'))))
        yield ' applicable control(s) have no answer yet. They count as not ready in the readiness figures, but they are not gaps.</p>\n<table>\n<thead><tr><th>Control</th><th>Owner</th></tr></thead>\n<tbody>\n'
        for l_1_u in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'unanswered'):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_u, 'control')))
            yield ' '
            yield escape(environment.finalize(environment.getattr(l_1_u, 'title')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_u, 'owner')))
            yield '</td></tr>\n'
        l_1_u = missing
        yield '</tbody>\n</table>\n</section>\n'
    yield '\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'not_applicable'):
        pass
        yield '<section id="not-applicable">\n<h2>Appendix: not-applicable justifications</h2>\n<table>\n<thead><tr><th>Control</th><th>Reason</th></tr></thead>\n<tbody>\n'
        for l_1_n in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'not_applicable'):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_n, 'control')))
            yield ' '
            yield escape(environment.finalize(environment.getattr(l_1_n, 'title')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_n, 'reason')))
            yield '</td></tr>\n'
        l_1_n = missing
        yield '</tbody>\n</table>\n</section>\n'
    yield '\n<section id="method">\n<h2>Method</h2>\n<p>'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'method'), 'description')))
    yield "</p>\n</section>\n<footer>Criteria structure after the AICPA 2017 Trust Services Criteria (points of focus revised 2022); wording is the soc2 project's own. Produced by soc2 "
    yield escape(environment.finalize(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'tool_version')))
    yield '.</footer>\n'
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
debug_info = '2=169&3=171&4=174&10=190&69=192&73=194&74=195&75=198&77=201&78=203&88=213&90=217&91=220&93=224&94=227&95=230&103=234&104=238&105=244&106=250&112=252&113=256&114=259&115=263&116=266&117=270&118=272&119=276&120=280&121=282&122=286&124=292&125=296&130=300&131=303&132=307&133=310&134=314&135=317&136=321&137=325&146=333&147=337&154=359&155=363&156=366&158=374&159=377&162=382&163=386&166=390&171=393&172=397&183=414&184=416&185=418&186=420&187=423&189=428&190=430&191=433&193=438&194=456&195=458&196=461&198=463&199=467&203=482&208=486&209=490&218=507&219=512&223=514&224=519&233=556&235=564&236=572&237=587&238=589&240=592&242=600&243=605&244=610&246=616&248=624&251=637&255=640&258=643&260=646&261=650&272=674&276=683&277=687&283=707&284=714&287=721&288=724&291=727&294=732&295=735&297=756&302=763&303=771&308=802&310=805&314=807&315=811&316=814&324=838&331=841&332=845&336=861&337=869&342=879&343=885&347=913&352=916&353=921&358=929&363=932&364=936&369=955&372=958&373=962&386=987&387=991&391=1003&392=1011&393=1014&397=1016&398=1020&405=1030&409=1033&410=1037&416=1046&419=1049&423=1051&424=1055&431=1064&437=1067&438=1071&447=1080&449=1082&450=1084&69=1087&73=1101&450=1115'
