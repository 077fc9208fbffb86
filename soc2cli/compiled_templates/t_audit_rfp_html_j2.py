# Compiled from templates/audit/rfp.html.j2 by examples/regenerate.py: do not edit.
KEY = "51087484f93954c79213ebde311481c5817cf4c82a2d50b1402b19e1edb874fa"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'audit/rfp.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_report_type_label = resolve('report_type_label')
    l_0_organization = resolve('organization')
    l_0_placeholders = resolve('placeholders')
    l_0_contact = resolve('contact')
    l_0_reply_by = resolve('reply_by')
    l_0_as_of = resolve('as_of')
    l_0_employees = resolve('employees')
    l_0_locations = resolve('locations')
    l_0_hosting = resolve('hosting')
    l_0_hosting_prose = resolve('hosting_prose')
    l_0_report_type = resolve('report_type')
    l_0_period = resolve('period')
    l_0_categories = resolve('categories')
    l_0_target_date = resolve('target_date')
    l_0_data_types = resolve('data_types')
    l_0_systems = resolve('systems')
    l_0_providers = resolve('providers')
    l_0_inclusive = resolve('inclusive')
    l_0_readiness = resolve('readiness')
    l_0_draft = resolve('draft')
    l_0_gaps = resolve('gaps')
    l_0_type1_ready_date = resolve('type1_ready_date')
    l_0_projected_report_date = resolve('projected_report_date')
    l_0_evidence = resolve('evidence')
    l_0_last_audit = resolve('last_audit')
    l_0_a = resolve('a')
    l_0_fee = resolve('fee')
    l_0_criteria = resolve('criteria')
    l_0_f = l_0_facts = l_0_gates = missing
    try:
        t_1 = environment.filters['hosting_prose']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'hosting_prose' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['join_words']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join_words' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_7 = environment.filters['report_type_label']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'report_type_label' found.")
    try:
        t_8 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '<!DOCTYPE html>'
    def macro(l_1_fact):
        t_9 = []
        if l_1_fact is missing:
            l_1_fact = undefined("parameter 'fact' was not provided", name='fact')
        pass
        if environment.getattr(l_1_fact, 'missing'):
            pass
            t_9.extend((
                '<mark class="placeholder">',
                escape(environment.finalize(environment.getattr(l_1_fact, 'text'))),
                '</mark>',
            ))
        else:
            pass
            t_9.append(
                escape(environment.finalize(environment.getattr(l_1_fact, 'text'))),
            )
        return concat(t_9)
    context.exported_vars.add('f')
    context.vars['f'] = l_0_f = Macro(environment, macro, 'f', ('fact',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items):
        t_10 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        l_2_loop = missing
        for l_2_item, l_2_loop in LoopContext(l_1_items, undefined):
            _loop_vars = {}
            pass
            t_10.extend((
                escape(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), l_2_item, _loop_vars=_loop_vars))),
                escape(environment.finalize((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 5 in 'audit/rfp.html.j2' evaluated to false and no else section was defined.")))),
            ))
        l_2_loop = l_2_item = missing
        return concat(t_10)
    context.exported_vars.add('facts')
    context.vars['facts'] = l_0_facts = Macro(environment, macro, 'facts', ('items',), False, False, False, context.eval_ctx.autoescape)
    yield '<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">\n<title>Request for proposal: SOC 2 '
    yield escape(environment.finalize((undefined(name='report_type_label') if l_0_report_type_label is missing else l_0_report_type_label)))
    yield ' examination of '
    yield escape(environment.finalize((undefined(name='organization') if l_0_organization is missing else l_0_organization)))
    yield '</title>\n<style>\n  :root { --ink:#1d2433; --muted:#5b6475; --line:#d9dee7; --warn:#9a6700; --bg:#f6f7f9; }\n  * { box-sizing: border-box; }\n  body { margin:0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:var(--ink); background:var(--bg); }\n  main { max-width: 880px; margin: 0 auto; padding: 32px 24px 64px; background:#fff; }\n  h1 { font-size: 26px; margin: 0 0 12px; }\n  h2 { font-size: 20px; margin: 32px 0 10px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }\n  dl { display:grid; grid-template-columns: 220px 1fr; gap: 4px 16px; margin: 8px 0 16px; }\n  dt { font-weight: 600; } dd { margin: 0; }\n  .before { border: 2px solid var(--warn); background:#fff8e6; padding: 8px 16px; margin: 0 0 16px; }\n  mark.placeholder { background:#fff1b8; padding: 0 3px; font-weight: 600; }\n  ol, ul { margin: 4px 0 8px 20px; padding: 0; }\n  li { margin: 4px 0; }\n  .small { font-size: 13px; color: var(--muted); }\n  @media print { body { background:#fff; } main { padding: 0; max-width: none; } h2 { break-after: avoid; } }\n</style>\n</head>\n<body>\n<main>\n<h1>Request for proposal: SOC 2 '
    yield escape(environment.finalize((undefined(name='report_type_label') if l_0_report_type_label is missing else l_0_report_type_label)))
    yield ' examination of '
    yield escape(environment.finalize((undefined(name='organization') if l_0_organization is missing else l_0_organization)))
    yield '</h1>\n'
    if (undefined(name='placeholders') if l_0_placeholders is missing else l_0_placeholders):
        pass
        yield '<section class="before" id="placeholders">\n<p><strong>Before sending</strong>, replace each placeholder below; each names the fact it needs and where the assessment keeps it (rerun <code>soc2 rfp</code> after adding it):</p>\n<ul>\n'
        for l_1_p in (undefined(name='placeholders') if l_0_placeholders is missing else l_0_placeholders):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(l_1_p))
            yield '</li>\n'
        l_1_p = missing
        yield '</ul>\n</section>\n'
    yield '<p>'
    yield escape(environment.finalize((undefined(name='organization') if l_0_organization is missing else l_0_organization)))
    yield ' invites licensed CPA firms to propose for a SOC 2 '
    yield escape(environment.finalize((undefined(name='report_type_label') if l_0_report_type_label is missing else l_0_report_type_label)))
    yield ' examination. This request describes the company, the scope of the examination and where the company stands today, and lists the questions each proposal should answer.</p>\n<dl>\n<dt>Contact</dt><dd>'
    yield escape(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='contact') if l_0_contact is missing else l_0_contact))))
    yield '</dd>\n<dt>Proposals due</dt><dd>'
    yield escape(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='reply_by') if l_0_reply_by is missing else l_0_reply_by))))
    yield '</dd>\n<dt>Prepared on</dt><dd>'
    yield escape(environment.finalize((undefined(name='as_of') if l_0_as_of is missing else l_0_as_of)))
    yield ", from the company's readiness assessment</dd>\n</dl>\n\n<h2>1. About "
    yield escape(environment.finalize((undefined(name='organization') if l_0_organization is missing else l_0_organization)))
    yield '</h2>\n<dl>\n<dt>Company</dt><dd>'
    yield escape(environment.finalize((undefined(name='organization') if l_0_organization is missing else l_0_organization)))
    yield '</dd>\n<dt>Headcount</dt><dd>'
    yield escape(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='employees') if l_0_employees is missing else l_0_employees))))
    yield '</dd>\n<dt>Locations</dt><dd>'
    yield escape(environment.finalize(environment.call(context, (undefined(name='facts') if l_0_facts is missing else l_0_facts), (undefined(name='locations') if l_0_locations is missing else l_0_locations))))
    yield '</dd>\n<dt>Hosting</dt><dd>'
    yield escape(environment.finalize((undefined(name='hosting') if l_0_hosting is missing else l_0_hosting)))
    yield ': the systems run '
    yield escape(environment.finalize(t_1((undefined(name='hosting_prose') if l_0_hosting_prose is missing else l_0_hosting_prose))))
    yield '</dd>\n</dl>\n\n<h2>2. The examination we ask you to propose for</h2>\n<dl>\n'
    if ((undefined(name='report_type') if l_0_report_type is missing else l_0_report_type) == 'type2'):
        pass
        yield '<dt>Report</dt><dd>SOC 2 Type II, on the design and operating effectiveness of controls over the observation period '
        yield escape(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='period') if l_0_period is missing else l_0_period))))
        yield '</dd>\n'
    else:
        pass
        yield '<dt>Report</dt><dd>SOC 2 Type I, on the design of controls at a point in time</dd>\n'
    yield '<dt>Trust Services categories</dt><dd>'
    yield escape(environment.finalize(t_2(context.eval_ctx, (undefined(name='categories') if l_0_categories is missing else l_0_categories), ', ')))
    yield '</dd>\n<dt>Target date for the report</dt><dd>'
    yield escape(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='target_date') if l_0_target_date is missing else l_0_target_date))))
    yield '</dd>\n<dt>Data the system handles</dt><dd>'
    yield escape(environment.finalize(environment.call(context, (undefined(name='facts') if l_0_facts is missing else l_0_facts), (undefined(name='data_types') if l_0_data_types is missing else l_0_data_types))))
    yield '</dd>\n</dl>\n<p><strong>Services and systems in scope:</strong></p>\n<ul>\n'
    t_11 = 1
    for l_1_s in (undefined(name='systems') if l_0_systems is missing else l_0_systems):
        _loop_vars = {}
        pass
        yield '<li><strong>'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'name')))
        yield '</strong>: '
        yield escape(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), environment.getattr(l_1_s, 'description'), _loop_vars=_loop_vars)))
        yield '</li>\n'
        t_11 = 0
    l_1_s = missing
    if t_11:
        l_1_no_systems = resolve('no_systems')
        pass
        yield '<li>'
        yield escape(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='no_systems') if l_1_no_systems is missing else l_1_no_systems))))
        yield '</li>\n'
        l_1_no_systems = missing
    yield '</ul>\n<p><strong>Subservice organisations:</strong> '
    if (undefined(name='providers') if l_0_providers is missing else l_0_providers):
        pass
        yield escape(environment.finalize(environment.call(context, (undefined(name='facts') if l_0_facts is missing else l_0_facts), (undefined(name='providers') if l_0_providers is missing else l_0_providers))))
        yield '.'
    else:
        pass
        yield 'none: the company operates its own infrastructure.'
    yield '</p>\n'
    if (undefined(name='providers') if l_0_providers is missing else l_0_providers):
        pass
        if (not (undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive)):
            pass
            yield '<p>We present the subservice organisations with the <strong>carve-out</strong> method: their controls are excluded from our system description, and our monitoring of them (vendor management, review of their SOC reports and the complementary subservice organisation controls they list) is in scope. Tell us if you would recommend the inclusive method instead, and why.</p>\n'
        else:
            pass
            yield '<p>We present '
            yield escape(environment.finalize(t_3((undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive))))
            yield ' with the <strong>inclusive</strong> method: '
            yield escape(environment.finalize(('its' if (t_4((undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive)) == 1) else 'their')))
            yield ' controls are part of our system description and of your examination, with the written assertion of '
            yield escape(environment.finalize(('its' if (t_4((undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive)) == 1) else 'their')))
            yield ' management. Tell us how you would test them, and what you need from '
            yield escape(environment.finalize(('that provider' if (t_4((undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive)) == 1) else 'those providers')))
            yield '.'
            if (t_4((undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive)) < t_4((undefined(name='providers') if l_0_providers is missing else l_0_providers))):
                pass
                yield ' The other subservice organisations are presented with the <strong>carve-out</strong> method: their controls are excluded, and our monitoring of them (vendor management, review of their SOC reports and the complementary subservice organisation controls they list) is in scope.'
            yield '</p>\n'
    yield '\n<h2>3. Where we stand</h2>\n<ul>\n<li><strong>Readiness for a '
    yield escape(environment.finalize((undefined(name='report_type_label') if l_0_report_type_label is missing else l_0_report_type_label)))
    yield ':</strong> '
    yield escape(environment.finalize((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness)))
    if (undefined(name='draft') if l_0_draft is missing else l_0_draft):
        pass
        yield ' (the assessment is not finished yet)'
    yield '; '
    yield escape(environment.finalize((undefined(name='gaps') if l_0_gaps is missing else l_0_gaps)))
    yield ' gap(s) in the remediation plan.</li>\n<li><strong>Projected dates:</strong> controls designed and in place by about '
    yield escape(environment.finalize((undefined(name='type1_ready_date') if l_0_type1_ready_date is missing else l_0_type1_ready_date)))
    yield '; report about '
    yield escape(environment.finalize((undefined(name='projected_report_date') if l_0_projected_report_date is missing else l_0_projected_report_date)))
    yield '. These are our own projections from the remediation plan.</li>\n'
    if environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'items'):
        pass
        yield '<li><strong>Evidence already collected:</strong> '
        yield escape(environment.finalize(environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'items')))
        yield ' item(s) in our evidence register for '
        yield escape(environment.finalize(environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'controls')))
        yield ' control(s), dated '
        yield escape(environment.finalize(environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'first')))
        yield ' to '
        yield escape(environment.finalize(environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'last')))
        yield '.</li>\n'
    else:
        pass
        yield '<li><strong>Evidence already collected:</strong> none recorded in our evidence register yet.</li>\n'
    if environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'scans'):
        pass
        yield '<li><strong>Automated scans imported:</strong> '
        l_1_loop = missing
        for l_1_s, l_1_loop in LoopContext(environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'scans'), undefined):
            _loop_vars = {}
            pass
            yield escape(environment.finalize(environment.getattr(l_1_s, 'origin')))
            yield ', '
            yield escape(environment.finalize(environment.getattr(l_1_s, 'findings')))
            yield ' finding(s)'
            yield escape(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 95 in 'audit/rfp.html.j2' evaluated to false and no else section was defined."))))
        l_1_loop = l_1_s = missing
        yield '.</li>\n'
    else:
        pass
        yield '<li><strong>Automated scans imported:</strong> none yet.</li>\n'
    if (undefined(name='last_audit') if l_0_last_audit is missing else l_0_last_audit):
        pass
        l_0_a = (undefined(name='last_audit') if l_0_last_audit is missing else l_0_last_audit)
        context.vars['a'] = l_0_a
        context.exported_vars.add('a')
        yield '<li><strong>Previous SOC 2 report:</strong> '
        if environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'kind'):
            pass
            yield escape(environment.finalize(t_7(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'kind'))))
        else:
            pass
            yield 'a report'
        if environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'auditor'):
            pass
            yield ' by '
            yield escape(environment.finalize(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'auditor')))
        if environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'period'):
            pass
            yield ', covering '
            yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'period'), 'start')))
            yield ' to '
            yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'period'), 'end')))
        elif environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'on'):
            pass
            yield ', as of '
            yield escape(environment.finalize(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'on')))
        if environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'opinion'):
            pass
            yield ', with '
            yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'opinion'), 'prose')))
        yield '; '
        yield escape(environment.finalize(t_4(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'exceptions'))))
        yield ' exception(s) reported, '
        yield escape(environment.finalize(t_4(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'open_exceptions'))))
        yield ' still open.</li>\n'
    if (undefined(name='fee') if l_0_fee is missing else l_0_fee):
        pass
        yield '<li><strong>Budget:</strong> '
        yield escape(environment.finalize(environment.getattr((undefined(name='fee') if l_0_fee is missing else l_0_fee), 'amounts')))
        yield ' '
        yield escape(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), environment.getattr((undefined(name='fee') if l_0_fee is missing else l_0_fee), 'currency'))))
        yield ' for the examination.</li>\n'
    yield '</ul>\n\n<h2>4. Questions for your proposal</h2>\n'
    l_0_gates = t_5(context.eval_ctx, t_6(context, t_8(context, (undefined(name='criteria') if l_0_criteria is missing else l_0_criteria), 'gate'), attribute='title'))
    context.vars['gates'] = l_0_gates
    context.exported_vars.add('gates')
    yield '<p>Please answer each question: we will compare proposals on these points.'
    if (undefined(name='gates') if l_0_gates is missing else l_0_gates):
        pass
        yield ' These are requirements, and a proposal that does not meet them cannot be chosen: '
        yield escape(environment.finalize(t_2(context.eval_ctx, (undefined(name='gates') if l_0_gates is missing else l_0_gates), '; ')))
        yield '.'
    yield '</p>\n<ol>\n'
    for l_1_c in (undefined(name='criteria') if l_0_criteria is missing else l_0_criteria):
        _loop_vars = {}
        pass
        yield '<li><strong>'
        yield escape(environment.finalize(environment.getattr(l_1_c, 'title')))
        yield '.</strong> '
        yield escape(environment.finalize(environment.getattr(l_1_c, 'question')))
        yield '</li>\n'
    l_1_c = missing
    yield '</ol>\n\n<h2>5. What to send</h2>\n<ul>\n<li>Your answers to the questions above.</li>\n<li>The fee, the team (with the signing partner) and the proposed timeline.</li>\n<li>A sample SOC 2 report (redacted) and your draft engagement letter.</li>\n</ul>\n<p>Send the proposal to '
    yield escape(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='contact') if l_0_contact is missing else l_0_contact))))
    yield ' by '
    yield escape(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='reply_by') if l_0_reply_by is missing else l_0_reply_by))))
    yield '.</p>\n</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '4=89&5=109&11=127&31=131&32=135&36=138&37=142&42=147&44=151&45=153&46=155&49=157&51=159&52=161&53=163&54=165&59=169&60=172&64=178&65=180&66=182&70=185&71=189&73=199&76=203&77=211&78=213&81=219&87=232&88=241&89=245&90=248&94=259&95=263&99=276&100=278&101=282&103=311&104=314&109=319&110=323&112=329&113=333&123=339'
