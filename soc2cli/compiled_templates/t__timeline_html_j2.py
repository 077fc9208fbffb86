# Compiled from templates/_timeline.html.j2 by examples/regenerate.py: do not edit.
KEY = "0f72fd4d77aded3b8ab73ce3fc703023b63b6be0bb669ca8fe4556c4ad95272b"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_timeline.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_gantt = resolve('gantt')
    l_0_months = l_0_g = l_0_bar_name = l_0_marker_name = missing
    try:
        t_1 = environment.filters['report_type_label']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'report_type_label' found.")
    pass
    l_0_months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    context.vars['months'] = l_0_months
    context.exported_vars.add('months')
    l_0_g = (undefined(name='gantt') if l_0_gantt is missing else l_0_gantt)
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    def macro(l_1_b):
        t_2 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        if (environment.getattr(l_1_b, 'kind') == 'phase'):
            pass
            t_2.extend((
                escape(environment.finalize(environment.getattr(l_1_b, 'number'))),
                '. ',
                escape(environment.finalize(environment.getattr(l_1_b, 'name'))),
            ))
        elif (environment.getattr(l_1_b, 'kind') == 'observation'):
            pass
            t_2.append(
                'Type II observation period',
            )
        else:
            pass
            t_2.append(
                'Type I audit',
            )
        return concat(t_2)
    context.exported_vars.add('bar_name')
    context.vars['bar_name'] = l_0_bar_name = Macro(environment, macro, 'bar_name', ('b',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m):
        t_3 = []
        l_1_summary = resolve('summary')
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        if (environment.getattr(l_1_m, 'kind') == 'as_of'):
            pass
            t_3.append(
                'Plan date',
            )
        elif (environment.getattr(l_1_m, 'kind') == 'target'):
            pass
            t_3.append(
                'Target',
            )
        else:
            pass
            t_3.extend((
                escape(environment.finalize(t_1(environment.getattr((undefined(name='summary') if l_1_summary is missing else l_1_summary), 'report_type')))),
                ' report',
            ))
        return concat(t_3)
    context.exported_vars.add('marker_name')
    context.vars['marker_name'] = l_0_marker_name = Macro(environment, macro, 'marker_name', ('m',), False, False, False, context.eval_ctx.autoescape)
    yield '<figure class="timeline" id="timeline">\n<svg role="img" aria-labelledby="timeline-title timeline-desc" width="100%" viewBox="0 0 '
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'width')))
    yield ' '
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'height')))
    yield '" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="12">\n<title id="timeline-title">Remediation timeline</title>\n<desc id="timeline-desc">'
    for l_1_b in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bars'):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(environment.call(context, (undefined(name='bar_name') if l_0_bar_name is missing else l_0_bar_name), l_1_b, _loop_vars=_loop_vars)))
        yield ': '
        yield escape(environment.finalize(environment.getattr(l_1_b, 'start')))
        yield ' to '
        yield escape(environment.finalize(environment.getattr(l_1_b, 'end')))
        yield '. '
    l_1_b = missing
    for l_1_m in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'markers'):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(environment.call(context, (undefined(name='marker_name') if l_0_marker_name is missing else l_0_marker_name), l_1_m, _loop_vars=_loop_vars)))
        yield ': '
        yield escape(environment.finalize(environment.getattr(l_1_m, 'day')))
        yield '. '
    l_1_m = missing
    yield '</desc>\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'window'):
        pass
        yield '<rect class="window" x="'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'window'), 'x')))
        yield '" y="'
        yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'top')))
        yield '" width="'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'window'), 'width')))
        yield '" height="'
        yield escape(environment.finalize((environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bottom') - environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'top'))))
        yield '" fill="#e3f4ea"/>\n'
    l_1_loop = missing
    for l_1_t, l_1_loop in LoopContext(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'ticks'), undefined):
        _loop_vars = {}
        pass
        if (environment.getattr(l_1_t, 'label') or environment.getattr(l_1_loop, 'last')):
            pass
            yield '<line x1="'
            yield escape(environment.finalize(environment.getattr(l_1_t, 'x')))
            yield '" y1="'
            yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'top')))
            yield '" x2="'
            yield escape(environment.finalize(environment.getattr(l_1_t, 'x')))
            yield '" y2="'
            yield escape(environment.finalize((environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bottom') + 4)))
            yield '" stroke="#d9dee7"/>\n'
        if environment.getattr(l_1_t, 'label'):
            pass
            yield '<text class="tick" x="'
            yield escape(environment.finalize((environment.getattr(l_1_t, 'x') + 3)))
            yield '" y="'
            yield escape(environment.finalize((environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bottom') + 16)))
            yield '" fill="#5b6475">'
            yield escape(environment.finalize(environment.getitem((undefined(name='months') if l_0_months is missing else l_0_months), (environment.getattr(environment.getattr(l_1_t, 'day'), 'month') - 1))))
            yield '</text>\n'
            if environment.getattr(l_1_t, 'year'):
                pass
                yield '<text class="year" x="'
                yield escape(environment.finalize((environment.getattr(l_1_t, 'x') + 3)))
                yield '" y="'
                yield escape(environment.finalize((environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bottom') + 30)))
                yield '" fill="#5b6475">'
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_t, 'day'), 'year')))
                yield '</text>\n'
    l_1_loop = l_1_t = missing
    yield '<line x1="'
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'left')))
    yield '" y1="'
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bottom')))
    yield '" x2="'
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'right')))
    yield '" y2="'
    yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bottom')))
    yield '" stroke="#5b6475"/>\n'
    for l_1_b in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bars'):
        _loop_vars = {}
        pass
        yield '<g class="bar bar-'
        yield escape(environment.finalize(environment.getattr(l_1_b, 'kind')))
        yield '">\n<title>'
        yield escape(environment.finalize(environment.call(context, (undefined(name='bar_name') if l_0_bar_name is missing else l_0_bar_name), l_1_b, _loop_vars=_loop_vars)))
        yield ': '
        yield escape(environment.finalize(environment.getattr(l_1_b, 'start')))
        yield ' to '
        yield escape(environment.finalize(environment.getattr(l_1_b, 'end')))
        yield '</title>\n<text x="0" y="'
        yield escape(environment.finalize((environment.getattr(l_1_b, 'y') + 12)))
        yield '" fill="#1d2433">'
        yield escape(environment.finalize(environment.call(context, (undefined(name='bar_name') if l_0_bar_name is missing else l_0_bar_name), l_1_b, _loop_vars=_loop_vars)))
        yield '</text>\n<rect x="'
        yield escape(environment.finalize(environment.getattr(l_1_b, 'x')))
        yield '" y="'
        yield escape(environment.finalize(environment.getattr(l_1_b, 'y')))
        yield '" width="'
        yield escape(environment.finalize(environment.getattr(l_1_b, 'width')))
        yield '" height="16" rx="3" fill="'
        yield escape(environment.finalize(environment.getitem({'phase': '#2f5fb3', 'observation': '#1f7a4d', 'type1_audit': '#6b4fa3'}, environment.getattr(l_1_b, 'kind'))))
        yield '"/>\n</g>\n'
    l_1_b = missing
    for l_1_m in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'markers'):
        l_1_colour = missing
        _loop_vars = {}
        pass
        l_1_colour = ('#b3261e' if ((environment.getattr(l_1_m, 'kind') == 'target') and environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'target_missed')) else '#1d2433')
        _loop_vars['colour'] = l_1_colour
        yield '<g class="marker marker-'
        yield escape(environment.finalize(environment.getattr(l_1_m, 'kind')))
        yield '">\n<title>'
        yield escape(environment.finalize(environment.call(context, (undefined(name='marker_name') if l_0_marker_name is missing else l_0_marker_name), l_1_m, _loop_vars=_loop_vars)))
        yield ': '
        yield escape(environment.finalize(environment.getattr(l_1_m, 'day')))
        yield '</title>\n<line x1="'
        yield escape(environment.finalize(environment.getattr(l_1_m, 'x')))
        yield '" y1="'
        yield escape(environment.finalize((environment.getattr(l_1_m, 'label_y') + 3)))
        yield '" x2="'
        yield escape(environment.finalize(environment.getattr(l_1_m, 'x')))
        yield '" y2="'
        yield escape(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'bottom')))
        yield '" stroke="'
        yield escape(environment.finalize((undefined(name='colour') if l_1_colour is missing else l_1_colour)))
        yield '" stroke-width="1.5"'
        if (environment.getattr(l_1_m, 'kind') != 'as_of'):
            pass
            yield ' stroke-dasharray="4 3"'
        yield '/>\n<text x="'
        yield escape(environment.finalize(environment.getattr(l_1_m, 'x')))
        yield '" y="'
        yield escape(environment.finalize(environment.getattr(l_1_m, 'label_y')))
        yield '" text-anchor="'
        yield escape(environment.finalize(environment.getattr(l_1_m, 'anchor')))
        yield '" fill="'
        yield escape(environment.finalize((undefined(name='colour') if l_1_colour is missing else l_1_colour)))
        yield '">'
        yield escape(environment.finalize(environment.call(context, (undefined(name='marker_name') if l_0_marker_name is missing else l_0_marker_name), l_1_m, _loop_vars=_loop_vars)))
        yield ' '
        yield escape(environment.finalize(environment.getattr(l_1_m, 'day')))
        yield '</text>\n</g>\n'
    l_1_m = l_1_colour = missing
    yield '</svg>\n<figcaption class="small">Phases run one after another at the planned capacity'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'window'):
        pass
        yield '; the shaded band is the Type II observation period'
    yield '. Dates are projections.</figcaption>\n</figure>\n'

blocks = {}
debug_info = '3=19&4=22&5=25&6=50&8=76&10=80&11=99&12=102&14=111&15=114&16=117&18=125&19=128&20=134&21=137&25=145&26=153&27=157&28=159&29=165&30=169&33=178&34=182&35=185&36=187&37=191&38=205&42=219'
