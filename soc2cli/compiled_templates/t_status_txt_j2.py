# Compiled from templates/status.txt.j2 by examples/regenerate.py: do not edit.
KEY = "91d06f60bfe756be0ba5689befc8809ad7a96b831967eec62ad5cd1d6284e25d"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'status.txt.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_summary = resolve('summary')
    l_0_scope = resolve('scope')
    l_0_plan = resolve('plan')
    l_0_draft_banner = resolve('draft_banner')
    l_0_top_risks = resolve('top_risks')
    l_0_target_status = resolve('target_status')
    l_0_file = resolve('file')
    l_0_width = resolve('width')
    l_0_s = l_0_tone = l_0_figure = l_0_planned = l_0_outputs = l_0_longest = l_0_name = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['gap_kind_label']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'gap_kind_label' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_5 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_6 = environment.filters['report_type_label']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'report_type_label' found.")
    try:
        t_7 = environment.filters['rich']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'rich' found.")
    try:
        t_8 = environment.filters['string']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'string' found.")
    pass
    l_0_s = (undefined(name='summary') if l_0_summary is missing else l_0_summary)
    context.vars['s'] = l_0_s
    context.exported_vars.add('s')
    l_0_tone = {'critical': 'bold red', 'high': 'red', 'medium': 'yellow', 'low': 'dim'}
    context.vars['tone'] = l_0_tone
    context.exported_vars.add('tone')
    def macro(l_1_readiness, l_1_what):
        t_9 = []
        if l_1_readiness is missing:
            l_1_readiness = undefined("parameter 'readiness' was not provided", name='readiness')
        if l_1_what is missing:
            l_1_what = 'controls ready'
        pass
        t_9.extend((
            '[',
            str(environment.finalize(('green' if (environment.getattr(l_1_readiness, 'readiness') >= 0.8) else ('yellow' if (environment.getattr(l_1_readiness, 'readiness') >= 0.5) else 'red')))),
            ']',
            str(environment.finalize(t_1('%5s', t_5(environment.getattr(l_1_readiness, 'readiness'))))),
            '[/]  ',
            str(environment.finalize(environment.getattr(l_1_readiness, 'ready'))),
            ' of ',
            str(environment.finalize(environment.getattr(l_1_readiness, 'applicable'))),
            ' ',
            str(environment.finalize(l_1_what)),
        ))
        return concat(t_9)
    context.exported_vars.add('figure')
    context.vars['figure'] = l_0_figure = Macro(environment, macro, 'figure', ('readiness', 'what'), False, False, False, context.eval_ctx.autoescape)
    yield '[bold]'
    yield str(environment.finalize(t_7(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization'))))
    yield '[/] · SOC 2 '
    yield str(environment.finalize(t_6(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'report_type'))))
    yield ' readiness · as of '
    yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'as_of')))
    yield '\n'
    if (undefined(name='draft_banner') if l_0_draft_banner is missing else l_0_draft_banner):
        pass
        yield '[bold yellow]'
        yield str(environment.finalize((undefined(name='draft_banner') if l_0_draft_banner is missing else l_0_draft_banner)))
        yield '[/]\n'
    yield '  Type I   '
    yield str(environment.finalize(environment.call(context, (undefined(name='figure') if l_0_figure is missing else l_0_figure), environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type1'))))
    yield '\n'
    if ((environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'report_type'), 'value') == 'type2') and (not environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type2_window_started'))):
        pass
        yield '  Type II  '
        yield str(environment.finalize(environment.call(context, (undefined(name='figure') if l_0_figure is missing else l_0_figure), environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type2'), 'controls ready to start the observation window')))
        yield '\n'
    else:
        pass
        yield '  Type II  '
        yield str(environment.finalize(environment.call(context, (undefined(name='figure') if l_0_figure is missing else l_0_figure), environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type2'))))
        yield '\n'
    yield '\n'
    if (undefined(name='top_risks') if l_0_top_risks is missing else l_0_top_risks):
        pass
        yield '[bold]Top risks[/] ('
        yield str(environment.finalize(t_3((undefined(name='top_risks') if l_0_top_risks is missing else l_0_top_risks))))
        yield ' of '
        yield str(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'gaps_total')))
        yield ' gap'
        yield str(environment.finalize(('s' if (environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'gaps_total') != 1) else cond_expr_undefined("the inline if-expression on line 19 in 'status.txt.j2' evaluated to false and no else section was defined."))))
        yield ')\n'
        for l_1_g in (undefined(name='top_risks') if l_0_top_risks is missing else l_0_top_risks):
            _loop_vars = {}
            pass
            yield '  ['
            yield str(environment.finalize(environment.getitem((undefined(name='tone') if l_0_tone is missing else l_0_tone), environment.getattr(environment.getattr(l_1_g, 'severity'), 'value'))))
            yield ']'
            yield str(environment.finalize(t_1('%-8s', environment.getattr(environment.getattr(l_1_g, 'severity'), 'value'))))
            yield '[/]  '
            yield str(environment.finalize(t_1('%-7s', environment.getattr(l_1_g, 'control'))))
            yield '  '
            yield str(environment.finalize(t_7(environment.getattr(l_1_g, 'title'))))
            yield ' · '
            yield str(environment.finalize(t_4(t_2(environment.getattr(l_1_g, 'kind')))))
            yield '\n'
        l_1_g = missing
    else:
        pass
        yield '[bold]Top risks[/]: no gaps'
        yield str(environment.finalize((' among the answered controls' if (undefined(name='draft_banner') if l_0_draft_banner is missing else l_0_draft_banner) else cond_expr_undefined("the inline if-expression on line 24 in 'status.txt.j2' evaluated to false and no else section was defined."))))
        yield '\n'
    yield '\n[bold]Key dates[/]\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'target_date'):
        pass
        yield '  Target report date     '
        yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'target_date')))
        yield '\n'
    else:
        pass
        yield '  Target report date     none set (scope.target_date)\n'
    l_0_planned = environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'observation_period')
    context.vars['planned'] = l_0_planned
    context.exported_vars.add('planned')
    if ((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2') and (undefined(name='planned') if l_0_planned is missing else l_0_planned)) and (t_8(environment.getattr((undefined(name='planned') if l_0_planned is missing else l_0_planned), 'start')) != t_8(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_start')))):
        pass
        yield '  Projected window       '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_start')))
        yield ' to '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_end')))
        yield ' (planned '
        yield str(environment.finalize(environment.getattr((undefined(name='planned') if l_0_planned is missing else l_0_planned), 'start')))
        yield ')\n'
    elif environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'):
        pass
        yield '  Observation window     '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_start')))
        yield ' to '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_end')))
        yield ' ('
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_months')))
        yield ' months)\n'
    else:
        pass
        yield '  Controls designed      '
        yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_ready_date')))
        yield '\n'
    yield '  Projected report date  '
    yield str(environment.finalize((environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'report_date') if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2') else environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_report_date'))))
    if (undefined(name='target_status') if l_0_target_status is missing else l_0_target_status):
        pass
        yield '  ['
        yield str(environment.finalize(('red' if environment.call(context, environment.getattr((undefined(name='target_status') if l_0_target_status is missing else l_0_target_status), 'startswith'), 'missed') else 'green')))
        yield ']'
        yield str(environment.finalize((undefined(name='target_status') if l_0_target_status is missing else l_0_target_status)))
        yield '[/]'
    yield '\n\n'
    l_0_outputs = [('html', 'report.html'), ('md', 'report.md'), ('xlsx', 'workbook.xlsx'), ('evidence', 'evidence-requests.md')]
    context.vars['outputs'] = l_0_outputs
    context.exported_vars.add('outputs')
    l_0_longest = t_3(str_join(('  soc2 report ', (undefined(name='file') if l_0_file is missing else l_0_file), ' --format evidence -o evidence-requests.md', )))
    context.vars['longest'] = l_0_longest
    context.exported_vars.add('longest')
    l_0_name = ((undefined(name='file') if l_0_file is missing else l_0_file) if ((undefined(name='longest') if l_0_longest is missing else l_0_longest) <= (undefined(name='width') if l_0_width is missing else l_0_width)) else 'FILE')
    context.vars['name'] = l_0_name
    context.exported_vars.add('name')
    yield '[bold]Deliverables[/]'
    if ((undefined(name='name') if l_0_name is missing else l_0_name) == 'FILE'):
        pass
        yield ' (FILE is '
        yield str(environment.finalize(t_7((undefined(name='file') if l_0_file is missing else l_0_file))))
        yield ')'
    else:
        pass
        yield ' (every format: soc2 report --help)'
    yield '\n'
    for (l_1_fmt, l_1_out) in (undefined(name='outputs') if l_0_outputs is missing else l_0_outputs):
        _loop_vars = {}
        pass
        yield '  soc2 report '
        yield str(environment.finalize(t_7((undefined(name='name') if l_0_name is missing else l_0_name))))
        yield ' --format '
        yield str(environment.finalize(l_1_fmt))
        yield ' -o '
        yield str(environment.finalize(l_1_out))
        yield '\n'
    l_1_fmt = l_1_out = missing

blocks = {}
debug_info = '4=68&5=71&6=74&7=97&8=103&9=106&11=109&12=111&13=114&15=119&18=122&19=125&20=131&21=135&24=149&28=152&29=155&33=160&34=163&35=166&36=172&37=175&39=184&41=187&44=196&45=199&46=202&47=206&49=215&50=219'
