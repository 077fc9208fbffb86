# Compiled from templates/summary.md.j2 by examples/regenerate.py: do not edit.
KEY = "6d6e11daf9818dcd0a7390eff17c7277be9f6d032292413b86ca3d6faa91f13d"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'summary.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_draft_banner = resolve('draft_banner')
    l_0_scope = resolve('scope')
    l_0_plan = resolve('plan')
    l_0_summary = resolve('summary')
    l_0_domain_progress = resolve('domain_progress')
    l_0_type2 = l_0_r = missing
    try:
        t_1 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
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
    pass
    if (undefined(name='draft_banner') if l_0_draft_banner is missing else l_0_draft_banner):
        pass
        yield '**'
        yield str(environment.finalize((undefined(name='draft_banner') if l_0_draft_banner is missing else l_0_draft_banner)))
        yield '.**\n\n'
    yield '# '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization'))))
    yield ': SOC 2 readiness summary\n\n*Status as of '
    yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'as_of')))
    yield '. Prepared for customers and partners.*\n\n'
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization'))))
    yield ' is preparing for a SOC 2 '
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'))))
    yield ' examination'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'systems'):
        pass
        yield ' of '
        yield str(environment.finalize(t_1(t_2(context, t_2(context, environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'systems'), attribute='name'), 'md'))))
    yield ' against the AICPA Trust Services Criteria for '
    yield str(environment.finalize(t_1(t_2(context, t_2(context, environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'categories'), attribute='title'), 'lower'))))
    yield '.\n\n## Where we are\n\n'
    l_0_type2 = (environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'), 'value') == 'type2')
    context.vars['type2'] = l_0_type2
    context.exported_vars.add('type2')
    yield '| Category | Readiness | Controls ready |\n|---|---:|---:|\n'
    for l_1_c in environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'categories'):
        l_1_r = l_0_r
        _loop_vars = {}
        pass
        l_1_r = (environment.getattr(l_1_c, 'type2') if (undefined(name='type2') if l_0_type2 is missing else l_0_type2) else environment.getattr(l_1_c, 'type1'))
        _loop_vars['r'] = l_1_r
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_c, 'title')))
        yield ' | '
        yield str(environment.finalize(t_4(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'readiness'))))
        yield ' | '
        yield str(environment.finalize(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'ready')))
        yield ' of '
        yield str(environment.finalize(environment.getattr((undefined(name='r') if l_1_r is missing else l_1_r), 'applicable')))
        yield ' |\n'
    l_1_c = l_1_r = missing
    l_0_r = (environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'type2') if (undefined(name='type2') if l_0_type2 is missing else l_0_type2) else environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'type1'))
    context.vars['r'] = l_0_r
    context.exported_vars.add('r')
    yield '| **Overall** | **'
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'readiness'))))
    yield '** | **'
    yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'ready')))
    yield ' of '
    yield str(environment.finalize(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'applicable')))
    yield '** |\n\nReadiness is weighted by priority. Of the '
    yield str(environment.finalize(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'criteria_in_scope')))
    yield ' criteria in scope, '
    yield str(environment.finalize(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'criteria_ready')))
    yield ' are met by the controls in place today and '
    yield str(environment.finalize(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'criteria_partial')))
    yield ' are partly covered.\n\n## Programme areas\n\n| Area | Controls ready |\n|---|---:|\n'
    for l_1_d in (undefined(name='domain_progress') if l_0_domain_progress is missing else l_0_domain_progress):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_d, 'title')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_d, 'ready')))
        yield ' of '
        yield str(environment.finalize(environment.getattr(l_1_d, 'total')))
        yield ' |\n'
    l_1_d = missing
    yield '\n## Milestones\n\n- Controls designed and documented: planned by '
    yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_ready_date')))
    yield '.\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'):
        pass
        yield '- Observation period: planned '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_start')))
        yield ' to '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_end')))
        yield '.\n- SOC 2 Type II report: expected around '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'report_date')))
        yield '.\n'
    else:
        pass
        yield '- SOC 2 Type I report: expected around '
        yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_report_date')))
        yield '.\n'
    yield "\n*This summary is a readiness self-assessment, not an auditor's opinion. Dates are plans and may change.*\n"

blocks = {}
debug_info = '1=47&2=50&5=53&7=55&9=57&13=68&16=72&17=76&18=79&20=88&21=92&23=98&29=104&30=108&35=116&36=118&37=121&38=125&40=130'
