# Compiled from templates/evidence.md.j2 by examples/regenerate.py: do not edit.
KEY = "ab21ab4dffed8d91584753381318cfdbeb780cb5ddd0519f31874c4b82983f8b"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'evidence.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_scope = resolve('scope')
    l_0_summary = resolve('summary')
    l_0_scope_categories = resolve('scope_categories')
    l_0_report = resolve('report')
    l_0_requests = resolve('requests')
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
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.filters['report_type_label']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'report_type_label' found.")
    pass
    yield '# Evidence request list: '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization'))))
    yield '\n\n'
    yield str(environment.finalize(t_5(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'))))
    yield ' · '
    yield str(environment.finalize(t_1(context.eval_ctx, (undefined(name='scope_categories') if l_0_scope_categories is missing else l_0_scope_categories), ', ')))
    if (environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'observation_period') and (environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'), 'value') == 'type2')):
        pass
        yield ' · observation period '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'observation_period'), 'start')))
        yield ' to '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'observation_period'), 'end')))
    yield '\n\n'
    if (environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'), 'value') == 'type2'):
        pass
        yield 'For a Type II report the auditor samples occurrences of each control across the observation period: keep every record below for the whole period, not only the latest one.\n'
    else:
        pass
        yield 'For a Type I report the auditor examines the design of each control at the report date: one current example of each record is enough.\n'
    yield '\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'scans'):
        pass
        yield 'The Scan column shows what the imported scanner results already cover ('
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'scans'))))
        yield ' scan file(s), `soc2 import`): hand the auditor those files with the records below, and fix or waive what fails before the auditor samples it.\n\n| Control | Owner | Frequency | Collect | Samples | Status | Scan |\n|---|---|---|---|---|---|---|\n'
        for l_1_r in (undefined(name='requests') if l_0_requests is missing else l_0_requests):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_r, 'control')))
            yield ' '
            yield str(environment.finalize(t_4(environment.getattr(l_1_r, 'title'))))
            yield ' | '
            yield str(environment.finalize(t_4(environment.getattr(l_1_r, 'owner'))))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'frequency')))
            yield ' | '
            yield str(environment.finalize(t_1(context.eval_ctx, t_3(context, environment.getattr(l_1_r, 'evidence'), 'md'), '<br>')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'samples')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'status')))
            yield ' | '
            yield str(environment.finalize(t_1(context.eval_ctx, t_3(context, environment.getattr(l_1_r, 'scans'), 'md'), '<br>')))
            yield ' |\n'
        l_1_r = missing
    else:
        pass
        yield '| Control | Owner | Frequency | Collect | Samples | Status |\n|---|---|---|---|---|---|\n'
        for l_1_r in (undefined(name='requests') if l_0_requests is missing else l_0_requests):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_r, 'control')))
            yield ' '
            yield str(environment.finalize(t_4(environment.getattr(l_1_r, 'title'))))
            yield ' | '
            yield str(environment.finalize(t_4(environment.getattr(l_1_r, 'owner'))))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'frequency')))
            yield ' | '
            yield str(environment.finalize(t_1(context.eval_ctx, t_3(context, environment.getattr(l_1_r, 'evidence'), 'md'), '<br>')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'samples')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_r, 'status')))
            yield ' |\n'
        l_1_r = missing
    yield '\n*'
    yield str(environment.finalize(t_2((undefined(name='requests') if l_0_requests is missing else l_0_requests))))
    yield ' requests. Produced by soc2 '
    yield str(environment.finalize(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'tool_version')))
    yield '.*\n'

blocks = {}
debug_info = '1=47&3=49&6=59&12=66&13=69&17=71&18=75&23=95&24=99&28=115'
