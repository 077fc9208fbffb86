# Compiled from templates/portfolio.md.j2 by examples/regenerate.py: do not edit.
KEY = "c625341d64983345dbb43db761f1b7a5ffaa86a5d7b8c04ee808fba2ffa67d2f"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'portfolio.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_clients = resolve('clients')
    l_0_portfolio = resolve('portfolio')
    l_0_skipped = resolve('skipped')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
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
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '# SOC 2 readiness portfolio\n\n*'
    yield str(environment.finalize(t_1((undefined(name='clients') if l_0_clients is missing else l_0_clients))))
    yield ' client'
    yield str(environment.finalize(('s' if (t_1((undefined(name='clients') if l_0_clients is missing else l_0_clients)) != 1) else cond_expr_undefined("the inline if-expression on line 4 in 'portfolio.md.j2' evaluated to false and no else section was defined."))))
    yield ' as of '
    yield str(environment.finalize(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'as_of')))
    yield '; '
    yield str(environment.finalize(environment.getattr((undefined(name='portfolio') if l_0_portfolio is missing else l_0_portfolio), 'at_risk')))
    yield ' projected to miss their target date. Most at risk first: a missed target date, then overdue evidence, overdue policy reviews and the lowest readiness.*\n\n'
    if (undefined(name='clients') if l_0_clients is missing else l_0_clients):
        pass
        yield '| Client | Report | Readiness | Type I | Type II | Answered | Target | Projected | Evidence due (30 days) | Evidence overdue | Answers over 90 days old | Policy reviews overdue | File |\n|---|---|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---|\n'
        for l_1_c in (undefined(name='clients') if l_0_clients is missing else l_0_clients):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(t_2(environment.getattr(l_1_c, 'organization'))))
            yield str(environment.finalize((' (draft)' if environment.getattr(l_1_c, 'draft') else cond_expr_undefined("the inline if-expression on line 10 in 'portfolio.md.j2' evaluated to false and no else section was defined."))))
            yield ' | '
            yield str(environment.finalize(t_4(environment.getattr(l_1_c, 'report_type'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(l_1_c, 'readiness'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(l_1_c, 'readiness_type1'))))
            yield ' | '
            yield str(environment.finalize(t_3(environment.getattr(l_1_c, 'readiness_type2'))))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_c, 'answered')))
            yield ' of '
            yield str(environment.finalize(environment.getattr(l_1_c, 'applicable')))
            yield ' | '
            yield str(environment.finalize((environment.getattr(l_1_c, 'target_date') or 'none')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_c, 'projected_date')))
            if environment.getattr(l_1_c, 'at_risk'):
                pass
                yield ' **'
                yield str(environment.finalize(environment.getattr(l_1_c, 'target_status')))
                yield '**'
            elif environment.getattr(l_1_c, 'target_date'):
                pass
                yield ' '
                yield str(environment.finalize(environment.getattr(l_1_c, 'target_status')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_c, 'evidence_due')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_c, 'evidence_overdue')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_c, 'stale_answers')))
            yield ' | '
            yield str(environment.finalize(('' if t_5(environment.getattr(l_1_c, 'policy_reviews_overdue')) else environment.getattr(l_1_c, 'policy_reviews_overdue'))))
            yield ' | '
            yield str(environment.finalize(t_2(environment.getattr(l_1_c, 'file'))))
            yield ' |\n'
        l_1_c = missing
    else:
        pass
        yield 'No assessment was found.\n'
    if (undefined(name='skipped') if l_0_skipped is missing else l_0_skipped):
        pass
        yield '\n## Skipped\n\n'
        for l_1_s in (undefined(name='skipped') if l_0_skipped is missing else l_0_skipped):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.finalize(t_2(environment.getattr(l_1_s, 'reason'))))
            yield '\n'
        l_1_s = missing
    yield "\nReadiness is weighted by priority, for each client's own report type; each figure equals that file's `soc2 report`. Policy reviews are counted when a `policies` folder sits beside the assessment.\n"

blocks = {}
debug_info = '4=45&6=53&9=56&10=60&15=102&19=105&20=109'
