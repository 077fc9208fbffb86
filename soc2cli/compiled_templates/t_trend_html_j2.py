# Compiled from templates/trend.html.j2 by examples/regenerate.py: do not edit.
KEY = "b2ce3c56dfc61b03944629726c9facad58c4fa5eb2cadc4fb096b9e6121082c5"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'trend.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_file = resolve('file')
    l_0_headline = resolve('headline')
    l_0_trend = resolve('trend')
    l_0_chart = resolve('chart')
    l_0_stall = resolve('stall')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
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
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">\n<title>SOC 2 readiness trend: '
    yield escape(environment.finalize((undefined(name='file') if l_0_file is missing else l_0_file)))
    yield '</title>\n<style>\n  :root { --ink:#1d2433; --muted:#5b6475; --line:#d9dee7; --ok:#1f7a4d; --gap:#b3261e; --warn:#9a6700; --bg:#f6f7f9; --accent:#2f5fb3; }\n  * { box-sizing: border-box; }\n  body { margin:0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:var(--ink); background:var(--bg); }\n  main { max-width: 1040px; margin: 0 auto; padding: 32px 24px 64px; background:#fff; }\n  h1 { font-size: 28px; margin: 0 0 4px; }\n  h2 { font-size: 21px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }\n  .meta { color: var(--muted); margin: 0 0 24px; }\n  table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }\n  th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }\n  th { background: var(--bg); font-weight: 600; }\n  td.n, th.n { text-align: right; white-space: nowrap; }\n  code { font-size: 13px; }\n  .note { border-left: 4px solid var(--accent); background:#eef3fb; padding: 8px 12px; margin: 8px 0; }\n  .warning { border-left: 4px solid var(--warn); background:#fff8e6; padding: 8px 12px; margin: 8px 0; }\n  .small { font-size: 13px; color: var(--muted); }\n  footer { margin-top: 40px; font-size: 12px; color: var(--muted); }\n  @media print { body { background:#fff; font-size: 11pt; } main { max-width: none; padding: 0; } tr { break-inside: avoid; } }\n</style>\n</head>\n<body>\n<main>\n<h1>SOC 2 readiness trend</h1>\n<p class="meta">'
    yield escape(environment.finalize((undefined(name='file') if l_0_file is missing else l_0_file)))
    yield ' · '
    yield escape(environment.finalize((undefined(name='headline') if l_0_headline is missing else l_0_headline)))
    yield '</p>\n\n<section id="chart">\n<h2>Readiness over time</h2>\n'
    if environment.getattr((undefined(name='trend') if l_0_trend is missing else l_0_trend), 'points'):
        pass
        yield '<svg role="img" aria-label="Type I and Type II readiness by commit" width="100%" viewBox="0 0 '
        yield escape(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'width')))
        yield ' '
        yield escape(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height')))
        yield '" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="12">\n'
        for (l_1_y, l_1_label) in environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'grid'):
            _loop_vars = {}
            pass
            yield '  <line x1="'
            yield escape(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'left')))
            yield '" y1="'
            yield escape(environment.finalize(l_1_y))
            yield '" x2="'
            yield escape(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'width') - environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'right'))))
            yield '" y2="'
            yield escape(environment.finalize(l_1_y))
            yield '" stroke="#d9dee7" stroke-width="1"/>\n  <text x="'
            yield escape(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'left') - 6)))
            yield '" y="'
            yield escape(environment.finalize((l_1_y + 4)))
            yield '" text-anchor="end" fill="#5b6475">'
            yield escape(environment.finalize(l_1_label))
            yield '</text>\n'
        l_1_y = l_1_label = missing
        for (l_1_x, l_1_label, l_1_anchor) in environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'ticks'):
            _loop_vars = {}
            pass
            yield '  <line x1="'
            yield escape(environment.finalize(l_1_x))
            yield '" y1="'
            yield escape(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height') - environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'bottom'))))
            yield '" x2="'
            yield escape(environment.finalize(l_1_x))
            yield '" y2="'
            yield escape(environment.finalize(((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height') - environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'bottom')) + 4)))
            yield '" stroke="#5b6475"/>\n  <text x="'
            yield escape(environment.finalize(l_1_x))
            yield '" y="'
            yield escape(environment.finalize(((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height') - environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'bottom')) + 18)))
            yield '" text-anchor="'
            yield escape(environment.finalize(l_1_anchor))
            yield '" fill="#5b6475">'
            yield escape(environment.finalize(l_1_label))
            yield '</text>\n'
        l_1_x = l_1_label = l_1_anchor = missing
        yield '  <polyline id="line-type1" points="'
        yield escape(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'type1')))
        yield '" fill="none" stroke="#2f5fb3" stroke-width="2"/>\n  <polyline id="line-type2" points="'
        yield escape(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'type2')))
        yield '" fill="none" stroke="#1f7a4d" stroke-width="2" stroke-dasharray="6 3"/>\n'
        for l_1_m in environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'markers1'):
            _loop_vars = {}
            pass
            yield '  <circle cx="'
            yield escape(environment.finalize(environment.getattr(l_1_m, 'x')))
            yield '" cy="'
            yield escape(environment.finalize(environment.getattr(l_1_m, 'y')))
            yield '" r="4" fill="#2f5fb3"><title>'
            yield escape(environment.finalize(environment.getattr(l_1_m, 'label')))
            yield '</title></circle>\n'
        l_1_m = missing
        for l_1_m in environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'markers2'):
            _loop_vars = {}
            pass
            yield '  <circle cx="'
            yield escape(environment.finalize(environment.getattr(l_1_m, 'x')))
            yield '" cy="'
            yield escape(environment.finalize(environment.getattr(l_1_m, 'y')))
            yield '" r="2.5" fill="#1f7a4d"><title>'
            yield escape(environment.finalize(environment.getattr(l_1_m, 'label')))
            yield '</title></circle>\n'
        l_1_m = missing
        yield '  <rect x="'
        yield escape(environment.finalize(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'left')))
        yield '" y="'
        yield escape(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height') - 12)))
        yield '" width="10" height="10" fill="#2f5fb3"/><text x="'
        yield escape(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'left') + 14)))
        yield '" y="'
        yield escape(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height') - 3)))
        yield '">Type I</text>\n  <rect x="'
        yield escape(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'left') + 70)))
        yield '" y="'
        yield escape(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height') - 12)))
        yield '" width="10" height="10" fill="#1f7a4d"/><text x="'
        yield escape(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'left') + 84)))
        yield '" y="'
        yield escape(environment.finalize((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height') - 3)))
        yield '">Type II</text>\n</svg>\n'
    else:
        pass
        yield '<p>No revision of the file parses in the selected period.</p>\n'
    yield '<p class="note" id="forecast"><strong>Forecast:</strong> '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='trend') if l_0_trend is missing else l_0_trend), 'forecast'), 'note')))
    yield '</p>\n'
    if (not t_4((undefined(name='stall') if l_0_stall is missing else l_0_stall))):
        pass
        yield '<p class="'
        yield escape(environment.finalize(('warning' if environment.getattr((undefined(name='stall') if l_0_stall is missing else l_0_stall), 'stalled') else 'note')))
        yield '" id="stall"><strong>Stall check ('
        yield escape(environment.finalize(environment.getattr((undefined(name='stall') if l_0_stall is missing else l_0_stall), 'days')))
        yield ' days):</strong> '
        yield escape(environment.finalize(environment.getattr((undefined(name='stall') if l_0_stall is missing else l_0_stall), 'note')))
        yield '</p>\n'
    yield '</section>\n\n'
    if environment.getattr((undefined(name='trend') if l_0_trend is missing else l_0_trend), 'points'):
        pass
        yield '<section id="points">\n<h2>Commits</h2>\n<table>\n<thead><tr><th>Date</th><th>Commit</th><th>Author</th><th>Change</th><th class="n">Type I</th><th class="n">Type II</th><th class="n">Gaps</th><th class="n">Opened</th><th class="n">Closed</th><th class="n">Answered</th></tr></thead>\n<tbody>\n'
        for l_1_p in environment.getattr((undefined(name='trend') if l_0_trend is missing else l_0_trend), 'points'):
            l_1_short = resolve('short')
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_p, 'as_of')))
            yield '</td><td><code>'
            yield escape(environment.finalize(environment.getattr(l_1_p, 'commit')[:(undefined(name='short') if l_1_short is missing else l_1_short)]))
            yield '</code></td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_p, 'author')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_p, 'subject')))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_p, 'readiness_type1'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_p, 'readiness_type2'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(environment.getattr(l_1_p, 'gaps')))
            yield '</td><td class="n" title="'
            yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_1_p, 'gaps_opened'), ' ')))
            yield '">'
            yield escape(environment.finalize(t_2(environment.getattr(l_1_p, 'gaps_opened'))))
            yield '</td><td class="n" title="'
            yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_1_p, 'gaps_closed'), ' ')))
            yield '">'
            yield escape(environment.finalize(t_2(environment.getattr(l_1_p, 'gaps_closed'))))
            yield '</td><td class="n">'
            yield escape(environment.finalize(environment.getattr(l_1_p, 'answered')))
            yield '/'
            yield escape(environment.finalize(environment.getattr(l_1_p, 'applicable')))
            yield '</td></tr>\n'
        l_1_p = l_1_short = missing
        yield '</tbody>\n</table>\n</section>\n'
    yield '\n'
    if environment.getattr((undefined(name='trend') if l_0_trend is missing else l_0_trend), 'skipped'):
        pass
        yield '<section id="skipped">\n<h2>Skipped commits</h2>\n<p class="small">No readable assessment at these commits (it did not parse, or was deleted); they are not points of the trend.</p>\n<table>\n<thead><tr><th>Date</th><th>Commit</th><th>Author</th><th>Reason</th></tr></thead>\n<tbody>\n'
        for l_1_s in environment.getattr((undefined(name='trend') if l_0_trend is missing else l_0_trend), 'skipped'):
            l_1_short = resolve('short')
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'as_of')))
            yield '</td><td><code>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'commit')[:(undefined(name='short') if l_1_short is missing else l_1_short)]))
            yield '</code></td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'author')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'reason')))
            yield '</td></tr>\n'
        l_1_s = l_1_short = missing
        yield '</tbody>\n</table>\n</section>\n'
    yield '<footer>Each point is the report of that revision, scored with the current catalogue as of the commit date. Produced by soc2.</footer>\n</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '9=41&33=43&37=47&38=50&39=54&40=58&41=66&43=73&44=77&45=85&47=95&48=97&49=99&50=103&52=110&53=114&55=122&56=130&61=142&62=144&63=147&67=154&73=157&74=162&81=191&88=194&89=199'
