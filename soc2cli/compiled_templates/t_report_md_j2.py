# Compiled from templates/report.md.j2 by examples/regenerate.py: do not edit.
KEY = "8df11c5a9b651ae62b00397b9bcea3b4c67d93d0b2ce3ceeb292fa4cfacc523c"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_summary = resolve('summary')
    l_0_draft_banner = resolve('draft_banner')
    l_0_scope = resolve('scope')
    l_0_scope_categories = resolve('scope_categories')
    l_0_plan = resolve('plan')
    l_0_report = resolve('report')
    l_0_type2_label = resolve('type2_label')
    l_0_headline = resolve('headline')
    l_0_target_status = resolve('target_status')
    l_0_top_risks = resolve('top_risks')
    l_0_scope_data_types = resolve('scope_data_types')
    l_0_criteria_by_category = resolve('criteria_by_category')
    l_0_due_occurrences = resolve('due_occurrences')
    l_0_scanner = resolve('scanner')
    l_0_s = l_0_ev = missing
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
        t_5 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_6 = environment.filters['frequency_label']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'frequency_label' found.")
    try:
        t_7 = environment.filters['gap_kind_label']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'gap_kind_label' found.")
    try:
        t_8 = environment.filters['hosting_label']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'hosting_label' found.")
    try:
        t_9 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_10 = environment.filters['label']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'label' found.")
    try:
        t_11 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_12 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_13 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_14 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_15 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_16 = environment.filters['phase_label']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No filter named 'phase_label' found.")
    try:
        t_17 = environment.filters['report_type_label']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No filter named 'report_type_label' found.")
    try:
        t_18 = environment.filters['severity_label']
    except KeyError:
        @internalcode
        def t_18(*unused):
            raise TemplateRuntimeError("No filter named 'severity_label' found.")
    try:
        t_19 = environment.filters['source_label']
    except KeyError:
        @internalcode
        def t_19(*unused):
            raise TemplateRuntimeError("No filter named 'source_label' found.")
    try:
        t_20 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_20(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_s = (undefined(name='summary') if l_0_summary is missing else l_0_summary)
    context.vars['s'] = l_0_s
    context.exported_vars.add('s')
    yield from context.blocks['header'][0](context)
    if (undefined(name='draft_banner') if l_0_draft_banner is missing else l_0_draft_banner):
        pass
        yield '**'
        yield str(environment.finalize((undefined(name='draft_banner') if l_0_draft_banner is missing else l_0_draft_banner)))
        yield '.** Readiness counts them as not ready; they are listed under "Not yet answered", never as gaps.\n\n'
    yield '# SOC 2 readiness report: '
    yield str(environment.finalize(t_14(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization'))))
    yield '\n\n'
    yield str(environment.finalize(t_17(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'))))
    yield ' · '
    yield str(environment.finalize(t_9(context.eval_ctx, (undefined(name='scope_categories') if l_0_scope_categories is missing else l_0_scope_categories), ', ')))
    yield ' · plan as of '
    yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'as_of')))
    yield ' · catalogue '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'catalogue'), 'id')))
    yield ' '
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'catalogue'), 'version')))
    yield '\n\n## Executive summary\n\n'
    if (environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'report_type'), 'value') == 'type2'):
        pass
        yield '**'
        yield str(environment.finalize((undefined(name='type2_label') if l_0_type2_label is missing else l_0_type2_label)))
        yield ': '
        yield str(environment.finalize(environment.call(context, (undefined(name='headline') if l_0_headline is missing else l_0_headline), environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type2'))))
        yield '.** Type I (designed and in place): '
        yield str(environment.finalize(environment.call(context, (undefined(name='headline') if l_0_headline is missing else l_0_headline), environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type1'))))
        yield '.\n'
    else:
        pass
        yield '**Type I readiness: '
        yield str(environment.finalize(environment.call(context, (undefined(name='headline') if l_0_headline is missing else l_0_headline), environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type1'))))
        yield '.**\n'
    yield 'Criteria in scope: '
    yield str(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'criteria_ready')))
    yield ' ready, '
    yield str(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'criteria_partial')))
    yield ' partly covered, '
    yield str(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'criteria_gap')))
    yield ' with gaps, of '
    yield str(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'criteria_in_scope')))
    yield '. Answered: '
    yield str(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'answered')))
    yield ' of '
    yield str(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'applicable')))
    yield ' applicable controls.\n\n| Category | Type I readiness | Type II readiness | Criteria ready / partial / total |\n|---|---:|---:|---:|\n'
    for l_1_c in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'categories'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_c, 'title')))
        yield ' | '
        yield str(environment.finalize(t_15(environment.getattr(environment.getattr(l_1_c, 'type1'), 'readiness'))))
        yield ' ('
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'type1'), 'ready')))
        yield '/'
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'type1'), 'applicable')))
        yield ') | '
        yield str(environment.finalize(t_15(environment.getattr(environment.getattr(l_1_c, 'type2'), 'readiness'))))
        yield ' ('
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'type2'), 'ready')))
        yield '/'
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'type2'), 'applicable')))
        yield ') | '
        yield str(environment.finalize(environment.getattr(l_1_c, 'criteria_ready')))
        yield ' / '
        yield str(environment.finalize(environment.getattr(l_1_c, 'criteria_partial')))
        yield ' / '
        yield str(environment.finalize(environment.getattr(l_1_c, 'criteria_total')))
        yield ' |\n'
    l_1_c = missing
    yield '| **Overall** | **'
    yield str(environment.finalize(t_15(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type1'), 'readiness'))))
    yield '** ('
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type1'), 'ready')))
    yield '/'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type1'), 'applicable')))
    yield ') | **'
    yield str(environment.finalize(t_15(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type2'), 'readiness'))))
    yield '** ('
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type2'), 'ready')))
    yield '/'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'type2'), 'applicable')))
    yield ') | '
    yield str(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'criteria_ready')))
    yield ' / '
    yield str(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'criteria_partial')))
    yield ' / '
    yield str(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'criteria_in_scope')))
    yield ' |\n\nPercentages are weighted by priority (critical 4, high 3, medium 2, low 1); the counts in brackets are controls ready of applicable.\n'
    for l_1_w in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'warnings'):
        _loop_vars = {}
        pass
        yield '\n> **Warning:** '
        yield str(environment.finalize(t_14(l_1_w)))
        yield '\n'
    l_1_w = missing
    yield '\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'policies_checked'):
        pass
        yield '**'
        yield str(environment.finalize(t_11(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'policy_gaps'))))
        yield ' policy gap(s)**; '
    yield '**'
    yield str(environment.finalize(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'gaps_total')))
    yield ' gap(s)**'
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'gaps_total'):
        pass
        yield ': '
        def t_21(fiter):
            for (l_1_kind, l_1_n) in fiter:
                if l_1_n:
                    yield (l_1_kind, l_1_n)
        l_1_loop = missing
        for (l_1_kind, l_1_n), l_1_loop in LoopContext(t_21(environment.call(context, environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'gaps_by_kind'), 'items'))), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(l_1_n))
            yield ' '
            yield str(environment.finalize(t_12(t_7(l_1_kind))))
            yield str(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 33 in 'report.md.j2' evaluated to false and no else section was defined."))))
        l_1_loop = l_1_kind = l_1_n = missing
    yield '.\n\n**Projected dates.** Controls designed (Type I ready): '
    yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_ready_date')))
    yield '; Type I report about '
    yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_report_date')))
    yield '.\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'):
        pass
        yield 'Type II: earliest observation period '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_start')))
        yield ' to '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_end')))
        yield ' ('
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_months')))
        yield ' months); report about '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'report_date')))
        yield '.\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'target_date'):
        pass
        yield 'Target date '
        yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'target_date')))
        yield ': '
        yield str(environment.finalize((undefined(name='target_status') if l_0_target_status is missing else l_0_target_status)))
        yield '.\n'
    for l_1_w in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'warnings'):
        _loop_vars = {}
        pass
        yield '\n> **Warning:** '
        yield str(environment.finalize(l_1_w))
        yield '\n'
    l_1_w = missing
    yield '\n'
    if (undefined(name='top_risks') if l_0_top_risks is missing else l_0_top_risks):
        pass
        yield '### Top risks\n\n| Control | Gap | Severity | Criteria | Owner |\n|---|---|---|---|---|\n'
        for l_1_g in (undefined(name='top_risks') if l_0_top_risks is missing else l_0_top_risks):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_g, 'control')))
            yield ' '
            yield str(environment.finalize(t_14(environment.getattr(l_1_g, 'title'))))
            yield ' | '
            yield str(environment.finalize(t_7(environment.getattr(l_1_g, 'kind'))))
            yield ' | '
            yield str(environment.finalize(t_18(environment.getattr(l_1_g, 'severity'))))
            yield ' | '
            yield str(environment.finalize(t_9(context.eval_ctx, environment.getattr(l_1_g, 'criteria'), ', ')))
            yield ' | '
            yield str(environment.finalize(t_14(environment.getattr(l_1_g, 'owner'))))
            yield ' |\n'
        l_1_g = missing
    yield '\n## Scope\n\n| | |\n|---|---|\n| Organisation | '
    yield str(environment.finalize(t_14(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization'))))
    yield ' |\n| Report type | '
    yield str(environment.finalize(t_17(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'))))
    yield ' |\n| Categories | '
    yield str(environment.finalize(t_9(context.eval_ctx, (undefined(name='scope_categories') if l_0_scope_categories is missing else l_0_scope_categories), ', ')))
    yield ' |\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'observation_period'):
        pass
        yield '| Planned observation period | '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'observation_period'), 'start')))
        yield ' to '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'observation_period'), 'end')))
        yield ' |\n'
    yield '| Hosting | '
    yield str(environment.finalize(t_8(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'hosting'))))
    yield ' |\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'subservice_organizations'):
        pass
        yield '| Subservice organisations | '
        yield str(environment.finalize(t_9(context.eval_ctx, t_13(context, t_13(context, environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'subservice_organizations'), attribute='name'), 'md'), ', ')))
        yield ' |\n'
    yield '| Systems | '
    l_1_loop = missing
    t_22 = 1
    for l_1_sys, l_1_loop in LoopContext(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'systems'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(t_14(environment.getattr(l_1_sys, 'name'))))
        if environment.getattr(l_1_sys, 'description'):
            pass
            yield ' ('
            yield str(environment.finalize(t_14(environment.getattr(l_1_sys, 'description'))))
            yield ')'
        yield str(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 71 in 'report.md.j2' evaluated to false and no else section was defined."))))
        t_22 = 0
    l_1_loop = l_1_sys = missing
    if t_22:
        pass
        yield 'not listed'
    yield ' |\n| Data types | '
    yield str(environment.finalize((t_9(context.eval_ctx, t_13(context, (undefined(name='scope_data_types') if l_0_scope_data_types is missing else l_0_scope_data_types), 'md'), ', ') or 'not listed')))
    yield ' |\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'target_date'):
        pass
        yield '| Target report date | '
        yield str(environment.finalize(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'target_date')))
        yield ' |\n'
    if environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'people'):
        pass
        yield '| People | '
        l_1_loop = missing
        for l_1_p, l_1_loop in LoopContext(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'people'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(t_14(environment.getattr(l_1_p, 'name'))))
            if environment.getattr(l_1_p, 'role'):
                pass
                yield ' ('
                yield str(environment.finalize(t_14(environment.getattr(l_1_p, 'role'))))
                yield ')'
            yield str(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 77 in 'report.md.j2' evaluated to false and no else section was defined."))))
        l_1_loop = l_1_p = missing
        yield ' |\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'interviews'):
        pass
        yield '\n### Interviews\n\n| Date | Interviewer | Attendees | Sections answered |\n|---|---|---|---|\n'
        l_1_loop = missing
        for l_1_i, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'interviews'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_i, 'date')))
            yield ' | '
            yield str(environment.finalize(t_14(environment.getattr(l_1_i, 'interviewer'))))
            yield ' | '
            yield str(environment.finalize(t_9(context.eval_ctx, t_13(context, environment.getattr(l_1_i, 'attendees'), 'md'), ', ')))
            yield ' | '
            l_2_loop = missing
            for l_2_s, l_2_loop in LoopContext(environment.getattr(l_1_i, 'sections'), undefined):
                _loop_vars = {}
                pass
                yield str(environment.finalize(t_14(environment.call(context, environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'domains'), 'get'), l_2_s, l_2_s, _loop_vars=_loop_vars))))
                yield str(environment.finalize((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 86 in 'report.md.j2' evaluated to false and no else section was defined."))))
            l_2_loop = l_2_s = missing
            yield ' |\n'
        l_1_loop = l_1_i = missing
    yield '\n## Criteria\n\n'
    for (l_1_category, l_1_items) in environment.call(context, environment.getattr((undefined(name='criteria_by_category') if l_0_criteria_by_category is missing else l_0_criteria_by_category), 'items')):
        l_1_category_titles = resolve('category_titles')
        _loop_vars = {}
        pass
        yield '### '
        yield str(environment.finalize(environment.getitem((undefined(name='category_titles') if l_1_category_titles is missing else l_1_category_titles), l_1_category)))
        yield '\n\n| Criterion | Status | Controls ready | Key controls | Not ready |\n|---|---|---:|---|---|\n'
        for l_2_c in l_1_items:
            l_2_scanner_counts_label = resolve('scanner_counts_label')
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_2_c, 'id')))
            yield ' '
            yield str(environment.finalize(t_14(environment.getattr(l_2_c, 'title'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(l_2_c, 'status'))))
            if environment.getattr(l_2_c, 'exclusion_reason'):
                pass
                yield ' ('
                yield str(environment.finalize(t_14(environment.getattr(l_2_c, 'exclusion_reason'))))
                yield ')'
            if environment.getattr(l_2_c, 'warning'):
                pass
                yield ' (no applicable control)'
            if (environment.getattr(l_2_c, 'scanner_pass') or environment.getattr(l_2_c, 'scanner_fail')):
                pass
                yield ' (scanner: '
                yield str(environment.finalize(environment.call(context, (undefined(name='scanner_counts_label') if l_2_scanner_counts_label is missing else l_2_scanner_counts_label), environment.getattr(l_2_c, 'scanner_pass'), environment.getattr(l_2_c, 'scanner_fail'), _loop_vars=_loop_vars)))
                yield ')'
            yield ' | '
            if (environment.getattr(environment.getattr(l_2_c, 'status'), 'value') != 'excluded'):
                pass
                yield str(environment.finalize(environment.getattr(environment.getattr(l_2_c, 'coverage'), 'ready')))
                yield ' of '
                yield str(environment.finalize(environment.getattr(environment.getattr(l_2_c, 'coverage'), 'total')))
            yield ' | '
            yield str(environment.finalize(t_9(context.eval_ctx, environment.getattr(l_2_c, 'key_controls'), ', ')))
            yield ' | '
            yield str(environment.finalize(t_9(context.eval_ctx, environment.getattr(l_2_c, 'gap_controls'), ', ')))
            yield ' |\n'
        l_2_c = l_2_scanner_counts_label = missing
        yield '\n'
    l_1_category = l_1_items = l_1_category_titles = missing
    yield '## Gaps and remediation\n\n'
    l_1_loop = missing
    t_23 = 1
    for l_1_g, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'gaps'), undefined):
        l_1_answer_label = resolve('answer_label')
        l_1_failing_checks = resolve('failing_checks')
        l_1_automated = resolve('automated')
        l_1_failing = missing
        _loop_vars = {}
        pass
        yield '### '
        yield str(environment.finalize(environment.getattr(l_1_g, 'control')))
        yield ' '
        yield str(environment.finalize(t_14(environment.getattr(l_1_g, 'title'))))
        yield '\n\n- **Gap:** '
        yield str(environment.finalize(t_7(environment.getattr(l_1_g, 'kind'))))
        if (environment.getattr(environment.getattr(l_1_g, 'kind'), 'value') != 'uncovered'):
            pass
            yield ' (answered: '
            yield str(environment.finalize(t_12(environment.call(context, (undefined(name='answer_label') if l_1_answer_label is missing else l_1_answer_label), environment.getattr(l_1_g, 'status'), environment.getattr(l_1_g, 'documented'), _loop_vars=_loop_vars))))
            yield ')'
        yield '; severity **'
        yield str(environment.finalize(t_18(environment.getattr(l_1_g, 'severity'))))
        yield '**; phase: '
        yield str(environment.finalize(t_16(environment.getattr(l_1_g, 'phase'))))
        yield '\n'
        l_1_failing = (environment.getattr(l_1_g, 'failing') or environment.call(context, environment.getattr((undefined(name='failing_checks') if l_1_failing_checks is missing else l_1_failing_checks), 'get'), environment.getattr(l_1_g, 'control'), [], _loop_vars=_loop_vars))
        _loop_vars['failing'] = l_1_failing
        if (undefined(name='failing') if l_1_failing is missing else l_1_failing):
            pass
            yield '- **Failing checks:**\n'
            for l_2_f in (undefined(name='failing') if l_1_failing is missing else l_1_failing):
                _loop_vars = {}
                pass
                yield '  - '
                yield str(environment.finalize(t_14(t_1(l_2_f))))
                yield '\n'
            l_2_f = missing
        if (environment.getattr(l_1_g, 'control') in (undefined(name='automated') if l_1_automated is missing else l_1_automated)):
            pass
            yield '- **Scanner evidence:** '
            yield str(environment.finalize(t_9(context.eval_ctx, t_13(context, t_13(context, environment.getitem((undefined(name='automated') if l_1_automated is missing else l_1_automated), environment.getattr(l_1_g, 'control')), 'scan_result_label'), 'md'), '; ')))
            yield '\n'
        if environment.getattr(l_1_g, 'missing_periods'):
            pass
            yield '- **Missing evidence:** '
            yield str(environment.finalize(t_9(context.eval_ctx, environment.getattr(l_1_g, 'missing_periods'), ', ')))
            yield '\n'
        yield '- **Criteria it closes:** '
        yield str(environment.finalize((t_9(context.eval_ctx, environment.getattr(l_1_g, 'criteria'), ', ') or 'none uncovered')))
        yield '\n- **Owner:** '
        yield str(environment.finalize(t_14(environment.getattr(l_1_g, 'owner'))))
        yield ' · **Effort:** '
        yield str(environment.finalize(t_5('%g', environment.getattr(l_1_g, 'effort_days'))))
        yield ' person-days\n'
        if environment.getattr(l_1_g, 'notes'):
            pass
            yield '- **Notes:** '
            yield str(environment.finalize(t_14(environment.getattr(l_1_g, 'notes'))))
            yield '\n'
        yield '- **What to do:**\n'
        l_2_loop = missing
        for l_2_step, l_2_loop in LoopContext(environment.getattr(l_1_g, 'remediation'), undefined):
            _loop_vars = {}
            pass
            yield '  '
            yield str(environment.finalize(environment.getattr(l_2_loop, 'index')))
            yield '. '
            yield str(environment.finalize(t_14(l_2_step)))
            yield '\n'
        l_2_loop = l_2_step = missing
        yield '- **Evidence to start collecting:** '
        yield str(environment.finalize(t_9(context.eval_ctx, t_13(context, environment.getattr(l_1_g, 'evidence'), 'md'), '; ')))
        yield '\n\n'
        t_23 = 0
    l_1_loop = l_1_g = l_1_answer_label = l_1_failing_checks = l_1_failing = l_1_automated = missing
    if t_23:
        pass
        yield 'No gaps: every applicable control is ready for a '
        yield str(environment.finalize(t_17(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'))))
        yield ' report.\n\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'policies_checked'):
        pass
        yield '## Policy gaps\n\n'
        t_24 = 1
        for l_1_p in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'policy_gaps'):
            _loop_vars = {}
            pass
            yield '- **'
            yield str(environment.finalize(t_14(environment.getattr(l_1_p, 'policy'))))
            yield '** ('
            yield str(environment.finalize(t_4(environment.getattr(l_1_p, 'kind'))))
            yield ', '
            yield str(environment.finalize(t_12(t_18(environment.getattr(l_1_p, 'severity')))))
            yield ' severity): '
            yield str(environment.finalize(t_14(environment.getattr(l_1_p, 'message'))))
            yield ' '
            yield str(environment.finalize(t_14(environment.getattr(l_1_p, 'remediation'))))
            if environment.getattr(l_1_p, 'criteria'):
                pass
                yield ' Criteria: '
                yield str(environment.finalize(t_9(context.eval_ctx, environment.getattr(l_1_p, 'criteria'), ', ')))
                yield '.'
            yield '\n'
            t_24 = 0
        l_1_p = missing
        if t_24:
            pass
            yield 'The policy folder has every policy the scope needs, each within its review date.\n'
        yield '\n'
    yield '## Remediation plan\n\n'
    l_1_loop = missing
    t_25 = 1
    for l_1_p, l_1_loop in LoopContext(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'phases'), undefined):
        _loop_vars = {}
        pass
        yield '- **'
        yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield str(environment.finalize(environment.getattr(l_1_p, 'name')))
        yield '** ('
        yield str(environment.finalize(environment.getattr(l_1_p, 'start')))
        yield ' to '
        yield str(environment.finalize(environment.getattr(l_1_p, 'end')))
        yield ', '
        yield str(environment.finalize(t_5('%g', environment.getattr(l_1_p, 'effort_days'))))
        yield ' person-days, '
        yield str(environment.finalize(t_11(environment.getattr(l_1_p, 'gaps'))))
        yield ' gap(s)): '
        yield str(environment.finalize(environment.getattr(l_1_p, 'description')))
        yield '\n'
        t_25 = 0
    l_1_loop = l_1_p = missing
    if t_25:
        pass
        yield '- Nothing to remediate.\n'
    yield '\n```mermaid\ngantt\n    title Remediation plan for '
    yield str(environment.finalize(t_10(environment.getattr((undefined(name='scope') if l_0_scope is missing else l_0_scope), 'organization'))))
    yield '\n    dateFormat YYYY-MM-DD\n'
    for l_1_p in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'phases'):
        _loop_vars = {}
        pass
        yield '    section '
        yield str(environment.finalize(environment.getattr(l_1_p, 'name')))
        yield '\n    '
        yield str(environment.finalize(environment.getattr(l_1_p, 'name')))
        yield ' :'
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_p, 'id'), 'value')))
        yield ', '
        yield str(environment.finalize(environment.getattr(l_1_p, 'start')))
        yield ', '
        yield str(environment.finalize(environment.getattr(l_1_p, 'end')))
        yield '\n'
    l_1_p = missing
    yield '    section Audit\n    Type I ready :milestone, t1, '
    yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_ready_date')))
    yield ', 0d\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'):
        pass
        yield '    Type II observation :obs, '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_start')))
        yield ', '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'observation_end')))
        yield '\n    Type II report :milestone, t2, '
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type2'), 'report_date')))
        yield ', 0d\n'
    else:
        pass
        yield '    Type I report :milestone, r1, '
        yield str(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'type1_report_date')))
        yield ', 0d\n'
    yield '```\n\nAssumptions:\n'
    for l_1_a in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'assumptions'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(environment.finalize(l_1_a))
        yield '\n'
    l_1_a = missing
    yield '\n'
    template = environment.get_template('_budget.md.j2', 'report.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'ev': l_0_ev, 's': l_0_s}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    l_0_ev = environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'evidence')
    context.vars['ev'] = l_0_ev
    context.exported_vars.add('ev')
    if (environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'in_use') or (environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'), 'value') == 'type2')):
        pass
        yield '## Evidence register\n\n'
        if (not environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'in_use')):
            pass
            yield 'No evidence is recorded yet. For a Type II, record what proves each control operated (`soc2 evidence add FILE CONTROL --date YYYY-MM-DD --title TEXT`) and this section checks it against the observation period.\n'
        else:
            pass
            if environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'window_start'):
                pass
                yield 'Checked against the observation period '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'window_start')))
                yield ' to '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'window_end')))
                yield ' at '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'reference_date')))
                yield ': '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'controls_with_evidence')))
                yield ' controls have evidence; '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'missing_occurrences')))
                yield ' required occurrence(s) are missing, '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'due_occurrences')))
                yield ' are still due, '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'stale')))
                yield ' control(s) have stale evidence, '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'outside_window')))
                yield ' item(s) fall outside the window, and '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'operating_without_evidence')))
                yield ' control(s) answered operating have no evidence at all.\n'
            else:
                pass
                yield 'Evidence on record at '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'reference_date')))
                yield ' ('
                yield str(environment.finalize(t_17(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'report_type'))))
                yield ': design evidence): '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'controls_with_evidence')))
                yield ' controls have evidence; '
                yield str(environment.finalize(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'stale')))
                yield ' control(s) have stale evidence.\n'
            yield '\n| Control | Frequency | Items | Latest | Required | Evidenced | Missing | Findings |\n|---|---|---:|---|---:|---:|---|---|\n'
            def t_26(fiter):
                for l_1_c in fiter:
                    if ((environment.getattr(l_1_c, 'items') or environment.getattr(l_1_c, 'deficient')) or environment.getattr(l_1_c, 'stale')):
                        yield l_1_c
            for l_1_c in t_26(environment.getattr((undefined(name='ev') if l_0_ev is missing else l_0_ev), 'checks')):
                _loop_vars = {}
                pass
                yield '| '
                yield str(environment.finalize(environment.getattr(l_1_c, 'control')))
                yield ' '
                yield str(environment.finalize(t_14(environment.getattr(l_1_c, 'title'))))
                yield ' | '
                yield str(environment.finalize(t_6(environment.getattr(l_1_c, 'frequency'))))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_1_c, 'items')))
                yield ' | '
                yield str(environment.finalize((environment.getattr(l_1_c, 'latest') or '')))
                yield ' | '
                yield str(environment.finalize((environment.getattr(l_1_c, 'required') if (not t_20(environment.getattr(l_1_c, 'required'))) else '')))
                yield ' | '
                yield str(environment.finalize((environment.getattr(l_1_c, 'evidenced') if (not t_20(environment.getattr(l_1_c, 'required'))) else '')))
                yield ' | '
                yield str(environment.finalize(t_9(context.eval_ctx, environment.getattr(l_1_c, 'missing'), ', ')))
                yield ' | '
                if environment.getattr(l_1_c, 'no_evidence'):
                    pass
                    yield 'operating, no evidence; '
                if environment.getattr(l_1_c, 'stale'):
                    pass
                    yield 'stale; '
                if environment.getattr(l_1_c, 'outside_window'):
                    pass
                    yield 'outside window: '
                    yield str(environment.finalize(t_9(context.eval_ctx, t_13(context, environment.getattr(l_1_c, 'outside_window'), 'md'), '; ')))
                yield ' |\n'
            l_1_c = missing
        if (undefined(name='due_occurrences') if l_0_due_occurrences is missing else l_0_due_occurrences):
            pass
            yield '\n### Collection calendar\n\nWhat must be collected, and by when, to evidence every occurrence in the window (also as an `.ics` file: `soc2 report FILE --format ics -o evidence.ics`).\n\n'
            for l_1_o in (undefined(name='due_occurrences') if l_0_due_occurrences is missing else l_0_due_occurrences):
                _loop_vars = {}
                pass
                yield '- **'
                yield str(environment.finalize(environment.getattr(l_1_o, 'due')))
                yield '**: '
                yield str(environment.finalize(environment.getattr(l_1_o, 'control')))
                yield ' '
                yield str(environment.finalize(t_14(environment.getattr(l_1_o, 'title'))))
                yield ' ('
                yield str(environment.finalize(environment.getattr(l_1_o, 'frequency')))
                yield ', occurrence '
                yield str(environment.finalize(environment.getattr(l_1_o, 'slot')))
                yield ')\n'
            l_1_o = missing
        yield '\n'
    if (undefined(name='scanner') if l_0_scanner is missing else l_0_scanner):
        pass
        yield '## Scanner evidence\n\nResults imported from scanner output (`soc2 import`), the newest scan of each source and provider per control. A failing check on a control answered implemented or operating is a gap; muted and waived findings are accepted exceptions, listed here and never gaps.\n\n| File | Source | Providers | Scanned | Findings | sha256 |\n|---|---|---|---|---:|---|\n'
        for l_1_scan in environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'scans'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(t_14(environment.getattr(l_1_scan, 'file'))))
            yield ' | '
            yield str(environment.finalize(t_14(t_19(environment.getattr(l_1_scan, 'source')))))
            yield ' | '
            yield str(environment.finalize(t_9(context.eval_ctx, t_13(context, environment.getattr(l_1_scan, 'providers'), 'md'), ', ')))
            yield ' | '
            yield str(environment.finalize(environment.call(context, environment.getattr(environment.call(context, environment.getattr(environment.getattr(l_1_scan, 'scanned_at'), 'date'), _loop_vars=_loop_vars), 'isoformat'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_scan, 'findings')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_scan, 'sha256')[:12]))
            yield ' |\n'
        l_1_scan = missing
        def t_27(fiter):
            for l_1_scan in fiter:
                if environment.getattr(l_1_scan, 'unknown_checks_total'):
                    yield l_1_scan
        for l_1_scan in t_27(environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'scans')):
            _loop_vars = {}
            pass
            yield '\n> '
            yield str(environment.finalize(t_14(environment.getattr(l_1_scan, 'file'))))
            yield ': '
            yield str(environment.finalize(environment.getattr(l_1_scan, 'unknown_checks_total')))
            yield ' check(s) the catalogue does not map, counted for no control: '
            yield str(environment.finalize(t_9(context.eval_ctx, t_13(context, environment.getattr(l_1_scan, 'unknown_checks'), 'md'), ', ')))
            yield str(environment.finalize((', ...' if (environment.getattr(l_1_scan, 'unknown_checks_total') > t_11(environment.getattr(l_1_scan, 'unknown_checks'))) else cond_expr_undefined("the inline if-expression on line 223 in 'report.md.j2' evaluated to false and no else section was defined."))))
            yield '\n'
        l_1_scan = missing
        yield '\n| Control | Answer | Latest results | Failing checks |\n|---|---|---|---|\n'
        for l_1_c in environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'controls'):
            l_1_answer_label = resolve('answer_label')
            l_1_automated = resolve('automated')
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_c, 'id')))
            yield ' '
            yield str(environment.finalize(t_14(environment.getattr(l_1_c, 'title'))))
            yield ' | '
            yield str(environment.finalize(environment.call(context, (undefined(name='answer_label') if l_1_answer_label is missing else l_1_answer_label), environment.getattr(l_1_c, 'status'), environment.getattr(l_1_c, 'documented'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(t_9(context.eval_ctx, t_13(context, t_13(context, environment.getitem((undefined(name='automated') if l_1_automated is missing else l_1_automated), environment.getattr(l_1_c, 'id')), 'scan_result_label'), 'md'), '<br>')))
            yield ' | '
            yield str(environment.finalize(t_9(context.eval_ctx, t_13(context, t_13(context, environment.getattr(l_1_c, 'failing_checks'), 'check_resources_label'), 'md'), '<br>')))
            yield ' |\n'
        l_1_c = l_1_answer_label = l_1_automated = missing
        if environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'criteria'):
            pass
            yield '\nFindings of checks mapped to no control, counted by the SOC 2 criteria the scanner names for them: evidence for the criterion, not for a control.\n\n| Criterion | Findings |\n|---|---|\n'
            for l_1_c in environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'criteria'):
                l_1_scanner_counts_label = resolve('scanner_counts_label')
                _loop_vars = {}
                pass
                yield '| '
                yield str(environment.finalize(environment.getattr(l_1_c, 'id')))
                yield ' '
                yield str(environment.finalize(t_14(environment.getattr(l_1_c, 'title'))))
                yield ' | '
                yield str(environment.finalize(environment.call(context, (undefined(name='scanner_counts_label') if l_1_scanner_counts_label is missing else l_1_scanner_counts_label), environment.getattr(l_1_c, 'scanner_pass'), environment.getattr(l_1_c, 'scanner_fail'), _loop_vars=_loop_vars)))
                yield ' |\n'
            l_1_c = l_1_scanner_counts_label = missing
        if environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'accepted'):
            pass
            yield '\n### Accepted exceptions\n\n| Control | Check and resources | Accepted as | Reason | Until |\n|---|---|---|---|---|\n'
            for l_1_a in environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'accepted'):
                _loop_vars = {}
                pass
                yield '| '
                yield str(environment.finalize(environment.getattr(l_1_a, 'control')))
                yield ' '
                yield str(environment.finalize(t_14(environment.getattr(l_1_a, 'title'))))
                yield ' | '
                yield str(environment.finalize(t_14(t_1(environment.getattr(l_1_a, 'item')))))
                yield ' | '
                yield str(environment.finalize(environment.getattr(l_1_a, 'kind')))
                yield ' | '
                yield str(environment.finalize(t_14(environment.getattr(l_1_a, 'reason'))))
                yield ' | '
                yield str(environment.finalize((environment.getattr(l_1_a, 'until') or ('open' if (environment.getattr(l_1_a, 'kind') == 'waived') else ''))))
                yield ' |\n'
            l_1_a = missing
        if environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'waivers'):
            pass
            yield '\nWaivers on record (`soc2 waive`):\n'
            for l_1_w in environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'waivers'):
                _loop_vars = {}
                pass
                yield '- **'
                yield str(environment.finalize(t_14(environment.getattr(l_1_w, 'check'))))
                yield '**'
                if environment.getattr(l_1_w, 'provider'):
                    pass
                    yield ' ('
                    yield str(environment.finalize(t_14(environment.getattr(l_1_w, 'provider'))))
                    yield ')'
                yield ': '
                yield str(environment.finalize(t_14(environment.getattr(l_1_w, 'reason'))))
                yield '; '
                if environment.getattr(l_1_w, 'until'):
                    pass
                    yield 'until '
                    yield str(environment.finalize(environment.getattr(l_1_w, 'until')))
                else:
                    pass
                    yield 'no expiry'
                if (l_1_w in environment.getattr((undefined(name='scanner') if l_0_scanner is missing else l_0_scanner), 'expired')):
                    pass
                    yield ' **(expired: its failures are gaps again)**'
                yield '\n'
            l_1_w = missing
        yield '\n'
    yield '## Framework coverage\n\nMapping coverage is an indication of overlap with other frameworks, derived from the same answers; it is not a certification.\n\n| Framework | Covered | Partly covered | Not covered | Not mapped |\n|---|---:|---:|---:|---:|\n'
    for l_1_fw in environment.call(context, environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'frameworks'), 'values')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_fw, 'title')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_fw, 'covered')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_fw, 'partly_covered')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_fw, 'not_covered')))
        yield ' | '
        yield str(environment.finalize((environment.getattr(l_1_fw, 'not_mapped') if environment.getattr(l_1_fw, 'not_mapped') else '')))
        yield ' |\n'
    l_1_fw = missing
    def t_28(fiter):
        for l_1_fid in fiter:
            if (l_1_fid in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'frameworks')):
                yield l_1_fid
    for l_1_fid in t_28(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'framework_focus')):
        l_1_fw = missing
        _loop_vars = {}
        pass
        l_1_fw = environment.getitem(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'frameworks'), l_1_fid)
        _loop_vars['fw'] = l_1_fw
        yield '\n### '
        yield str(environment.finalize(environment.getattr((undefined(name='fw') if l_1_fw is missing else l_1_fw), 'title')))
        yield '\n\n| Reference | Coverage | Controls |\n|---|---|---|\n'
        for l_2_item in environment.getattr((undefined(name='fw') if l_1_fw is missing else l_1_fw), 'items'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_2_item, 'id')))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(l_2_item, 'status'))))
            yield ' | '
            yield str(environment.finalize(t_9(context.eval_ctx, environment.getattr(l_2_item, 'controls'), ', ')))
            yield ' |\n'
        l_2_item = missing
    l_1_fid = l_1_fw = missing
    yield '\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'follow_ups'):
        pass
        yield '## Follow-up questions for the client\n\n'
        for l_1_f in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'follow_ups'):
            _loop_vars = {}
            pass
            yield '- **'
            yield str(environment.finalize(environment.getattr(l_1_f, 'control')))
            yield '** ('
            yield str(environment.finalize(t_14(environment.getattr(l_1_f, 'owner'))))
            yield '): '
            yield str(environment.finalize(t_14(environment.getattr(l_1_f, 'question'))))
            yield '\n'
        l_1_f = missing
        yield '\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'unanswered'):
        pass
        yield '## Not yet answered\n\n'
        yield str(environment.finalize(t_11(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'unanswered'))))
        yield ' applicable control(s) have no answer yet. They count as not ready in the readiness figures, but they are not gaps: answer them with `soc2 assess`.\n\n| Control | Owner |\n|---|---|\n'
        for l_1_u in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'unanswered'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_u, 'control')))
            yield ' '
            yield str(environment.finalize(t_14(environment.getattr(l_1_u, 'title'))))
            yield ' | '
            yield str(environment.finalize(t_14(environment.getattr(l_1_u, 'owner'))))
            yield ' |\n'
        l_1_u = missing
        yield '\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'not_applicable'):
        pass
        yield '## Appendix: not-applicable justifications\n\n| Control | Reason |\n|---|---|\n'
        for l_1_n in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'not_applicable'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_n, 'control')))
            yield ' '
            yield str(environment.finalize(t_14(environment.getattr(l_1_n, 'title'))))
            yield ' | '
            yield str(environment.finalize(t_14(environment.getattr(l_1_n, 'reason'))))
            yield ' |\n'
        l_1_n = missing
        yield '\n'
    yield '## Method\n\n'
    yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'method'), 'description')))
    yield "\n\n*Criteria structure after the AICPA 2017 Trust Services Criteria (points of focus revised 2022); wording is the soc2 project's own. Produced by soc2 "
    yield str(environment.finalize(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'tool_version')))
    yield '.*\n'
    yield from context.blocks['footer'][0](context)

def block_header(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_footer(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'header': block_header, 'footer': block_footer}
debug_info = '1=146&2=149&3=150&4=153&7=156&9=158&13=168&14=171&16=180&18=183&22=195&23=199&25=221&28=239&30=243&33=247&35=272&36=276&37=279&39=287&40=290&42=294&44=298&47=302&52=305&53=309&61=323&62=325&63=327&64=329&65=332&67=337&68=339&69=342&71=347&72=363&73=365&74=368&76=370&77=374&79=386&85=390&86=394&92=410&93=415&97=417&98=422&104=457&105=465&107=469&108=480&109=482&111=485&112=489&115=492&116=495&118=497&119=500&121=503&122=505&123=509&124=512&127=516&128=520&130=526&133=533&136=535&139=539&140=543&149=567&150=571&157=591&159=593&160=597&161=599&164=609&165=611&166=614&167=618&169=623&174=626&175=630&178=634&180=641&181=644&184=647&187=652&188=655&190=676&195=685&196=693&199=721&205=724&206=728&211=740&218=743&219=747&221=760&223=768&228=777&229=783&231=794&237=797&238=802&241=809&247=812&248=816&251=829&254=832&255=836&267=860&268=864&270=875&271=883&273=886&277=888&278=892&282=901&285=904&286=908&290=916&293=919&297=921&298=925&302=933&307=936&308=940&314=949&316=951&317=953&2=955&317=964'
