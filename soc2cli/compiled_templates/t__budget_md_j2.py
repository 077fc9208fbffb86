# Compiled from templates/_budget.md.j2 by examples/regenerate.py: do not edit.
KEY = "bc042a32f4acdcf66ed4d386723e81043d5e7783845e35be82b02018606ec4b0"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_budget.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_plan = resolve('plan')
    l_0_unit = resolve('unit')
    l_0_b = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_3 = environment.filters['money']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'money' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_b = environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'budget')
    context.vars['b'] = l_0_b
    context.exported_vars.add('b')
    if (undefined(name='b') if l_0_b is missing else l_0_b):
        pass
        yield '### Budget and timeline\n\n'
        l_0_unit = (str_join((' ', t_2(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'currency')), )) if environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'currency') else '')
        context.vars['unit'] = l_0_unit
        context.exported_vars.add('unit')
        yield '- **Internal effort:** '
        yield str(environment.finalize(t_1('%g', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'effort_days'))))
        yield ' person-days to close the gaps'
        if (not t_4(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'internal_cost'))):
            pass
            yield ', about **'
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'internal_cost'))))
            yield str(environment.finalize((undefined(name='unit') if l_0_unit is missing else l_0_unit)))
            yield '** at '
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'day_rate'))))
            yield str(environment.finalize((undefined(name='unit') if l_0_unit is missing else l_0_unit)))
            yield ' a person-day (scope.day_rate)'
            if (not environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'currency')):
                pass
                yield '; add `scope.currency` to name the currency'
        else:
            pass
            yield '; add `scope.day_rate` and `scope.currency` to see its cost'
        yield '.\n'
        if (not t_4(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'audit_fee_min'))):
            pass
            yield '- **External audit fee:** '
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'audit_fee_min'))))
            yield ' to '
            yield str(environment.finalize(t_3(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'audit_fee_max'))))
            yield str(environment.finalize((undefined(name='unit') if l_0_unit is missing else l_0_unit)))
            yield ', as given in scope.audit_fee'
            if (not environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'currency')):
                pass
                yield ' (add `scope.currency` to name the currency)'
            yield '.\n'
        else:
            pass
            yield '- **External audit fee:** not estimated here. Ask audit firms for quotes (`soc2 rfp`) and record the range as `scope.audit_fee` (`{min, max}`).\n'
        yield '\n| Step | Usual duration | Projected | Compared with the usual |\n|---|---|---|---|\n'
        for l_1_t in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'timeline'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_t, 'name')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_t, 'typical')))
            yield ' | '
            if environment.getattr(l_1_t, 'start'):
                pass
                yield str(environment.finalize(environment.getattr(l_1_t, 'start')))
                yield ' to '
                yield str(environment.finalize(environment.getattr(l_1_t, 'end')))
            else:
                pass
                yield 'this report, '
                yield str(environment.finalize(environment.getattr(l_1_t, 'end')))
            yield ' | '
            yield str(environment.finalize((environment.getattr(l_1_t, 'comparison') or '-')))
            yield ' |\n'
        l_1_t = missing

blocks = {}
debug_info = '2=38&3=41&6=44&7=48&8=66&9=69&16=82&17=86'
