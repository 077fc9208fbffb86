# Compiled from templates/_budget.html.j2 by examples/regenerate.py: do not edit.
KEY = "5a961e15d1765a1ad96b5a068dc2bce702b25b327d291f06aac5572ef65eb13b"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_budget.html.j2'

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
        t_2 = environment.filters['money']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'money' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_b = environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'budget')
    context.vars['b'] = l_0_b
    context.exported_vars.add('b')
    if (undefined(name='b') if l_0_b is missing else l_0_b):
        pass
        yield '<h3 id="budget">Budget and timeline</h3>\n'
        l_0_unit = (markup_join((' ', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'currency'), )) if environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'currency') else '')
        context.vars['unit'] = l_0_unit
        context.exported_vars.add('unit')
        yield '<ul>\n<li><strong>Internal effort:</strong> '
        yield escape(environment.finalize(t_1('%g', environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'effort_days'))))
        yield ' person-days to close the gaps'
        if (not t_3(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'internal_cost'))):
            pass
            yield ', about <strong>'
            yield escape(environment.finalize(t_2(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'internal_cost'))))
            yield escape(environment.finalize((undefined(name='unit') if l_0_unit is missing else l_0_unit)))
            yield '</strong> at '
            yield escape(environment.finalize(t_2(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'day_rate'))))
            yield escape(environment.finalize((undefined(name='unit') if l_0_unit is missing else l_0_unit)))
            yield ' a person-day'
        else:
            pass
            yield '; its cost is not estimated here (no day rate was given)'
        yield '.</li>\n'
        if (not t_3(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'audit_fee_min'))):
            pass
            yield '<li><strong>External audit fee:</strong> '
            yield escape(environment.finalize(t_2(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'audit_fee_min'))))
            yield ' to '
            yield escape(environment.finalize(t_2(environment.getattr((undefined(name='b') if l_0_b is missing else l_0_b), 'audit_fee_max'))))
            yield escape(environment.finalize((undefined(name='unit') if l_0_unit is missing else l_0_unit)))
            yield ', as given for this plan.</li>\n'
        else:
            pass
            yield "<li><strong>External audit fee:</strong> not estimated here: it comes from the audit firms' quotes.</li>\n"
        yield '</ul>\n<table>\n<thead><tr><th>Step</th><th>Usual duration</th><th>Projected</th><th>Compared with the usual</th></tr></thead>\n<tbody>\n'
        for l_1_t in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'timeline'):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_t, 'name')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getattr(l_1_t, 'typical')))
            yield '</td><td>'
            if environment.getattr(l_1_t, 'start'):
                pass
                yield '<time datetime="'
                yield escape(environment.finalize(environment.getattr(l_1_t, 'start')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_1_t, 'start')))
                yield '</time> to <time datetime="'
                yield escape(environment.finalize(environment.getattr(l_1_t, 'end')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_1_t, 'end')))
                yield '</time>'
            else:
                pass
                yield 'this report, <time datetime="'
                yield escape(environment.finalize(environment.getattr(l_1_t, 'end')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_1_t, 'end')))
                yield '</time>'
            yield '</td><td>'
            yield escape(environment.finalize((environment.getattr(l_1_t, 'comparison') or '-')))
            yield '</td></tr>\n'
        l_1_t = missing
        yield '</tbody>\n</table>\n'

blocks = {}
debug_info = '2=32&3=35&5=38&7=42&8=57&9=60&17=69&18=73'
