# Compiled from templates/audit/rfp.md.j2 by examples/regenerate.py: do not edit.
KEY = "83b136277079d52bae56e1d989b371d550b789a0c1958197a1acea8069670dde"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'audit/rfp.md.j2'

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
        t_7 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_8 = environment.filters['report_type_label']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'report_type_label' found.")
    try:
        t_9 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    def macro(l_1_fact):
        t_10 = []
        if l_1_fact is missing:
            l_1_fact = undefined("parameter 'fact' was not provided", name='fact')
        pass
        if environment.getattr(l_1_fact, 'missing'):
            pass
            t_10.extend((
                '**',
                str(environment.finalize(environment.getattr(l_1_fact, 'text'))),
                '**',
            ))
        else:
            pass
            t_10.append(
                str(environment.finalize(t_7(environment.getattr(l_1_fact, 'text')))),
            )
        return concat(t_10)
    context.exported_vars.add('f')
    context.vars['f'] = l_0_f = Macro(environment, macro, 'f', ('fact',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items):
        t_11 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        l_2_loop = missing
        for l_2_item, l_2_loop in LoopContext(l_1_items, undefined):
            _loop_vars = {}
            pass
            t_11.extend((
                str(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), l_2_item, _loop_vars=_loop_vars))),
                str(environment.finalize((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 4 in 'audit/rfp.md.j2' evaluated to false and no else section was defined.")))),
            ))
        l_2_loop = l_2_item = missing
        return concat(t_11)
    context.exported_vars.add('facts')
    context.vars['facts'] = l_0_facts = Macro(environment, macro, 'facts', ('items',), False, False, False, context.eval_ctx.autoescape)
    yield '# Request for proposal: SOC 2 '
    yield str(environment.finalize((undefined(name='report_type_label') if l_0_report_type_label is missing else l_0_report_type_label)))
    yield ' examination of '
    yield str(environment.finalize(t_7((undefined(name='organization') if l_0_organization is missing else l_0_organization))))
    yield '\n\n'
    if (undefined(name='placeholders') if l_0_placeholders is missing else l_0_placeholders):
        pass
        yield '> **Before sending**, replace each placeholder below; each names the fact it needs and where the assessment keeps it (rerun `soc2 rfp` after adding it):\n>\n'
        for l_1_p in (undefined(name='placeholders') if l_0_placeholders is missing else l_0_placeholders):
            _loop_vars = {}
            pass
            yield '> - '
            yield str(environment.finalize(l_1_p))
            yield '\n'
        l_1_p = missing
        yield '\n'
    yield str(environment.finalize(t_7((undefined(name='organization') if l_0_organization is missing else l_0_organization))))
    yield ' invites licensed CPA firms to propose for a SOC 2 '
    yield str(environment.finalize((undefined(name='report_type_label') if l_0_report_type_label is missing else l_0_report_type_label)))
    yield ' examination. This request describes the company, the scope of the examination and where the company stands today, and lists the questions each proposal should answer.\n\n- **Contact:** '
    yield str(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='contact') if l_0_contact is missing else l_0_contact))))
    yield '\n- **Proposals due:** '
    yield str(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='reply_by') if l_0_reply_by is missing else l_0_reply_by))))
    yield '\n- **Prepared on:** '
    yield str(environment.finalize((undefined(name='as_of') if l_0_as_of is missing else l_0_as_of)))
    yield ", from the company's readiness assessment\n\n## 1. About "
    yield str(environment.finalize(t_7((undefined(name='organization') if l_0_organization is missing else l_0_organization))))
    yield '\n\n- **Company:** '
    yield str(environment.finalize(t_7((undefined(name='organization') if l_0_organization is missing else l_0_organization))))
    yield '\n- **Headcount:** '
    yield str(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='employees') if l_0_employees is missing else l_0_employees))))
    yield '\n- **Locations:** '
    yield str(environment.finalize(environment.call(context, (undefined(name='facts') if l_0_facts is missing else l_0_facts), (undefined(name='locations') if l_0_locations is missing else l_0_locations))))
    yield '\n- **Hosting:** '
    yield str(environment.finalize((undefined(name='hosting') if l_0_hosting is missing else l_0_hosting)))
    yield ': the systems run '
    yield str(environment.finalize(t_1((undefined(name='hosting_prose') if l_0_hosting_prose is missing else l_0_hosting_prose))))
    yield '\n\n## 2. The examination we ask you to propose for\n\n'
    if ((undefined(name='report_type') if l_0_report_type is missing else l_0_report_type) == 'type2'):
        pass
        yield '- **Report:** SOC 2 Type II, on the design and operating effectiveness of controls over the observation period '
        yield str(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='period') if l_0_period is missing else l_0_period))))
        yield '\n'
    else:
        pass
        yield '- **Report:** SOC 2 Type I, on the design of controls at a point in time\n'
    yield '- **Trust Services categories:** '
    yield str(environment.finalize(t_2(context.eval_ctx, (undefined(name='categories') if l_0_categories is missing else l_0_categories), ', ')))
    yield '\n- **Target date for the report:** '
    yield str(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='target_date') if l_0_target_date is missing else l_0_target_date))))
    yield '\n- **Data the system handles:** '
    yield str(environment.finalize(environment.call(context, (undefined(name='facts') if l_0_facts is missing else l_0_facts), (undefined(name='data_types') if l_0_data_types is missing else l_0_data_types))))
    yield '\n\n**Services and systems in scope:**\n\n'
    t_12 = 1
    for l_1_s in (undefined(name='systems') if l_0_systems is missing else l_0_systems):
        _loop_vars = {}
        pass
        yield '- **'
        yield str(environment.finalize(t_7(environment.getattr(l_1_s, 'name'))))
        yield '**: '
        yield str(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), environment.getattr(l_1_s, 'description'), _loop_vars=_loop_vars)))
        yield '\n'
        t_12 = 0
    l_1_s = missing
    if t_12:
        l_1_no_systems = resolve('no_systems')
        pass
        yield '- '
        yield str(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='no_systems') if l_1_no_systems is missing else l_1_no_systems))))
        yield '\n'
        l_1_no_systems = missing
    yield '\n**Subservice organisations:**'
    if (undefined(name='providers') if l_0_providers is missing else l_0_providers):
        pass
        yield ' '
        yield str(environment.finalize(environment.call(context, (undefined(name='facts') if l_0_facts is missing else l_0_facts), (undefined(name='providers') if l_0_providers is missing else l_0_providers))))
        yield '.'
    else:
        pass
        yield ' none: the company operates its own infrastructure.'
    yield '\n\n'
    if (undefined(name='providers') if l_0_providers is missing else l_0_providers):
        pass
        yield '\n'
        if (not (undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive)):
            pass
            yield 'We present the subservice organisations with the **carve-out** method: their controls are excluded from our system description, and our monitoring of them (vendor management, review of their SOC reports and the complementary subservice organisation controls they list) is in scope. Tell us if you would recommend the inclusive method instead, and why.\n'
        else:
            pass
            yield 'We present '
            yield str(environment.finalize(t_3(t_6(context, (undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive), 'md'))))
            yield ' with the **inclusive** method: '
            yield str(environment.finalize(('its' if (t_4((undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive)) == 1) else 'their')))
            yield ' controls are part of our system description and of your examination, with the written assertion of '
            yield str(environment.finalize(('its' if (t_4((undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive)) == 1) else 'their')))
            yield ' management. Tell us how you would test them, and what you need from '
            yield str(environment.finalize(('that provider' if (t_4((undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive)) == 1) else 'those providers')))
            yield '.'
            if (t_4((undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive)) < t_4((undefined(name='providers') if l_0_providers is missing else l_0_providers))):
                pass
                yield ' The other subservice organisations are presented with the **carve-out** method: their controls are excluded, and our monitoring of them (vendor management, review of their SOC reports and the complementary subservice organisation controls they list) is in scope.'
            yield '\n'
    yield '\n## 3. Where we stand\n\n- **Readiness for a '
    yield str(environment.finalize((undefined(name='report_type_label') if l_0_report_type_label is missing else l_0_report_type_label)))
    yield ':** '
    yield str(environment.finalize((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness)))
    if (undefined(name='draft') if l_0_draft is missing else l_0_draft):
        pass
        yield ' (the assessment is not finished yet)'
    yield '; '
    yield str(environment.finalize((undefined(name='gaps') if l_0_gaps is missing else l_0_gaps)))
    yield ' gap(s) in the remediation plan.\n- **Projected dates:** controls designed and in place by about '
    yield str(environment.finalize((undefined(name='type1_ready_date') if l_0_type1_ready_date is missing else l_0_type1_ready_date)))
    yield '; report about '
    yield str(environment.finalize((undefined(name='projected_report_date') if l_0_projected_report_date is missing else l_0_projected_report_date)))
    yield '. These are our own projections from the remediation plan.\n'
    if environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'items'):
        pass
        yield '- **Evidence already collected:** '
        yield str(environment.finalize(environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'items')))
        yield ' item(s) in our evidence register for '
        yield str(environment.finalize(environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'controls')))
        yield ' control(s), dated '
        yield str(environment.finalize(environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'first')))
        yield ' to '
        yield str(environment.finalize(environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'last')))
        yield '.\n'
    else:
        pass
        yield '- **Evidence already collected:** none recorded in our evidence register yet.\n'
    if environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'scans'):
        pass
        yield '- **Automated scans imported:** '
        l_1_loop = missing
        for l_1_s, l_1_loop in LoopContext(environment.getattr((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), 'scans'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(t_7(environment.getattr(l_1_s, 'origin'))))
            yield ', '
            yield str(environment.finalize(environment.getattr(l_1_s, 'findings')))
            yield ' finding(s)'
            yield str(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 68 in 'audit/rfp.md.j2' evaluated to false and no else section was defined."))))
        l_1_loop = l_1_s = missing
        yield '.\n'
    else:
        pass
        yield '- **Automated scans imported:** none yet.\n'
    if (undefined(name='last_audit') if l_0_last_audit is missing else l_0_last_audit):
        pass
        l_0_a = (undefined(name='last_audit') if l_0_last_audit is missing else l_0_last_audit)
        context.vars['a'] = l_0_a
        context.exported_vars.add('a')
        yield '- **Previous SOC 2 report:** '
        if environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'kind'):
            pass
            yield str(environment.finalize(t_8(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'kind'))))
        else:
            pass
            yield 'a report'
        if environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'auditor'):
            pass
            yield ' by '
            yield str(environment.finalize(t_7(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'auditor'))))
        if environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'period'):
            pass
            yield ', covering '
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'period'), 'start')))
            yield ' to '
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'period'), 'end')))
        elif environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'on'):
            pass
            yield ', as of '
            yield str(environment.finalize(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'on')))
        if environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'opinion'):
            pass
            yield ', with '
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'opinion'), 'prose')))
        yield '; '
        yield str(environment.finalize(t_4(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'exceptions'))))
        yield ' exception(s) reported, '
        yield str(environment.finalize(t_4(environment.getattr((undefined(name='a') if l_0_a is missing else l_0_a), 'open_exceptions'))))
        yield ' still open.\n'
    if (undefined(name='fee') if l_0_fee is missing else l_0_fee):
        pass
        yield '- **Budget:** '
        yield str(environment.finalize(environment.getattr((undefined(name='fee') if l_0_fee is missing else l_0_fee), 'amounts')))
        yield ' '
        yield str(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), environment.getattr((undefined(name='fee') if l_0_fee is missing else l_0_fee), 'currency'))))
        yield ' for the examination.\n'
    yield '\n## 4. Questions for your proposal\n\n'
    l_0_gates = t_5(context.eval_ctx, t_6(context, t_9(context, (undefined(name='criteria') if l_0_criteria is missing else l_0_criteria), 'gate'), attribute='title'))
    context.vars['gates'] = l_0_gates
    context.exported_vars.add('gates')
    yield 'Please answer each question: we will compare proposals on these points.'
    if (undefined(name='gates') if l_0_gates is missing else l_0_gates):
        pass
        yield ' These are requirements, and a proposal that does not meet them cannot be chosen: '
        yield str(environment.finalize(t_2(context.eval_ctx, (undefined(name='gates') if l_0_gates is missing else l_0_gates), '; ')))
        yield '.'
    yield '\n\n\n'
    l_1_loop = missing
    for l_1_c, l_1_loop in LoopContext((undefined(name='criteria') if l_0_criteria is missing else l_0_criteria), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. **'
        yield str(environment.finalize(environment.getattr(l_1_c, 'title')))
        yield '.** '
        yield str(environment.finalize(environment.getattr(l_1_c, 'question')))
        yield '\n'
    l_1_loop = l_1_c = missing
    yield '\n## 5. What to send\n\n- Your answers to the questions above.\n- The fee, the team (with the signing partner) and the proposed timeline.\n- A sample SOC 2 report (redacted) and your draft engagement letter.\n\nSend the proposal to '
    yield str(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='contact') if l_0_contact is missing else l_0_contact))))
    yield ' by '
    yield str(environment.finalize(environment.call(context, (undefined(name='f') if l_0_f is missing else l_0_f), (undefined(name='reply_by') if l_0_reply_by is missing else l_0_reply_by))))
    yield '.\n'

blocks = {}
debug_info = '3=94&4=114&5=132&7=136&10=139&11=143&15=147&17=151&18=153&19=155&21=157&23=159&24=161&25=163&26=165&30=169&31=172&35=178&36=180&37=182&41=185&42=189&44=199&47=203&49=212&51=215&54=221&60=234&61=243&62=247&63=250&67=261&68=265&72=278&73=280&74=284&76=313&77=316&82=321&83=325&86=332&87=335&96=343'
