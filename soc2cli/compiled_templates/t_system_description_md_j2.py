# Compiled from templates/system-description.md.j2 by examples/regenerate.py: do not edit.
KEY = "a9b6ca77c797d65dc72b3b9b7362b9e6809829c5041e9d5dc5c75a708a311bf7"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'system-description.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_observation_period = resolve('observation_period')
    l_0_period = resolve('period')
    l_0_up_to = resolve('up_to')
    l_0_report_type = resolve('report_type')
    l_0_providers = resolve('providers')
    l_0_namespace = resolve('namespace')
    l_0_systems = resolve('systems')
    l_0_hosting = resolve('hosting')
    l_0_applies = resolve('applies')
    l_0_in_place = resolve('in_place')
    l_0_data = resolve('data')
    l_0_readiness = resolve('readiness')
    l_0_held_back = resolve('held_back')
    l_0_org = resolve('org')
    l_0_system_names = resolve('system_names')
    l_0_label = resolve('label')
    l_0_target_date = resolve('target_date')
    l_0_categories = resolve('categories')
    l_0_has_data = resolve('has_data')
    l_0_in_scope = resolve('in_scope')
    l_0_people = resolve('people')
    l_0_areas = resolve('areas')
    l_0_procedures = resolve('procedures')
    l_0_inclusive_names = resolve('inclusive_names')
    l_0_carve_out_names = resolve('carve_out_names')
    l_0_components = resolve('components')
    l_0_out_of_scope = resolve('out_of_scope')
    l_0_excluded_criteria = resolve('excluded_criteria')
    l_0_not_applicable = resolve('not_applicable')
    l_0_included_controls = resolve('included_controls')
    l_0_csocs = resolve('csocs')
    l_0_as_of = resolve('as_of')
    l_0_tool_version = resolve('tool_version')
    l_0_catalogue = resolve('catalogue')
    l_0_placeholder = l_0_statements = l_0_carve_out = l_0_inclusive = l_0_author = missing
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
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_5 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_6 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_7 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_8 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    pass
    def macro(l_1_text):
        t_9 = []
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        t_9.extend((
            '*To be completed by management:* ',
            str(environment.finalize(l_1_text)),
        ))
        return concat(t_9)
    context.exported_vars.add('placeholder')
    context.vars['placeholder'] = l_0_placeholder = Macro(environment, macro, 'placeholder', ('text',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items):
        t_10 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        for l_2_s in l_1_items:
            _loop_vars = {}
            pass
            t_10.extend((
                '- ',
                str(environment.finalize(environment.getattr(l_2_s, 'text'))),
                ' (',
                str(environment.finalize(environment.getattr(l_2_s, 'id'))),
                ')\n',
            ))
        l_2_s = missing
        return concat(t_10)
    context.exported_vars.add('statements')
    context.vars['statements'] = l_0_statements = Macro(environment, macro, 'statements', ('items',), False, False, False, context.eval_ctx.autoescape)
    if (undefined(name='observation_period') if l_0_observation_period is missing else l_0_observation_period):
        pass
        l_0_period = str_join((environment.getattr((undefined(name='observation_period') if l_0_observation_period is missing else l_0_observation_period), 'start'), ' to ', environment.getattr((undefined(name='observation_period') if l_0_observation_period is missing else l_0_observation_period), 'end'), ))
        context.vars['period'] = l_0_period
        context.exported_vars.add('period')
        l_0_up_to = str_join(('the end of the period (', (undefined(name='period') if l_0_period is missing else l_0_period), ')', ))
        context.vars['up_to'] = l_0_up_to
        context.exported_vars.add('up_to')
    elif ((undefined(name='report_type') if l_0_report_type is missing else l_0_report_type) == 'type2'):
        pass
        l_0_up_to = 'the end of the period the report covers'
        context.vars['up_to'] = l_0_up_to
        context.exported_vars.add('up_to')
    else:
        pass
        l_0_up_to = 'the date of the description'
        context.vars['up_to'] = l_0_up_to
        context.exported_vars.add('up_to')
    l_0_carve_out = t_4(context.eval_ctx, t_6(context, (undefined(name='providers') if l_0_providers is missing else l_0_providers), 'inclusive'))
    context.vars['carve_out'] = l_0_carve_out
    context.exported_vars.add('carve_out')
    l_0_inclusive = t_4(context.eval_ctx, t_7(context, (undefined(name='providers') if l_0_providers is missing else l_0_providers), 'inclusive'))
    context.vars['inclusive'] = l_0_inclusive
    context.exported_vars.add('inclusive')
    l_0_author = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), items=[])
    context.vars['author'] = l_0_author
    context.exported_vars.add('author')
    if (not (undefined(name='systems') if l_0_systems is missing else l_0_systems)):
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + ['Which systems are in scope? List them under `scope.systems` in the assessment (`soc2 assess --rescope`) and describe the services each provides.'])
    def t_11(fiter):
        for l_1_s in fiter:
            if (not environment.getattr(l_1_s, 'description')):
                yield l_1_s
    for l_1_s in t_11((undefined(name='systems') if l_0_systems is missing else l_0_systems)):
        _loop_vars = {}
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + [str_join(('What does ', environment.getattr(l_1_s, 'name'), ' do, and for whom? Add a description to it under `scope.systems`.', ))])
    l_1_s = missing
    if ((not (undefined(name='providers') if l_0_providers is missing else l_0_providers)) and ((undefined(name='hosting') if l_0_hosting is missing else l_0_hosting) != 'on_prem')):
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + ['Which providers host the in-scope systems? List them under `scope.subservice_organizations` (`soc2 assess --rescope`) with the services each provides; the description must name each subservice organisation.'])
    def t_12(fiter):
        for l_1_p in fiter:
            if (not environment.getattr(l_1_p, 'known')):
                yield l_1_p
    for l_1_p in t_12((undefined(name='providers') if l_0_providers is missing else l_0_providers)):
        _loop_vars = {}
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + [str_join(('Which services does ', environment.getattr(l_1_p, 'name'), ' provide to the system (infrastructure, managed database, identity, payments...)? Record them under `scope.subservice_organizations` (`soc2 assess --rescope`): the complementary subservice organisation controls follow from them.', ))])
    l_1_p = missing
    for l_1_p in (undefined(name='carve_out') if l_0_carve_out is missing else l_0_carve_out):
        _loop_vars = {}
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + [str_join(('Which SOC report of ', environment.getattr(l_1_p, 'name'), ' (period and opinion) did the company review, and which complementary user entity controls does it list (VEN-02)? Check the complementary subservice organisation controls against that report.', ))])
    l_1_p = missing
    for l_1_p in (undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive):
        _loop_vars = {}
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + [str_join((environment.getattr(l_1_p, 'name'), ' is presented with the inclusive method: obtain the written assertion of its management, replace the list of its controls with the controls it actually operates, and agree with the auditor how they will be tested.', ))])
    l_1_p = missing
    if (((undefined(name='providers') if l_0_providers is missing else l_0_providers) and environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'VEN-02')) and (not environment.call(context, (undefined(name='in_place') if l_0_in_place is missing else l_0_in_place), 'VEN-02'))):
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + ['The yearly review of the subservice organisations\' SOC reports (VEN-02) is not in place, so the description does not say how the company monitors them. Put it in place, then describe it under "Subservice organisations".'])
    if (not (undefined(name='data') if l_0_data is missing else l_0_data)):
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + ['Which kinds of data does the system hold? List them under `scope.data_types`.'])
    if not isinstance(l_0_author, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + ['What do your contracts, service level agreement, data processing agreement and trust page promise customers (uptime, support hours, incident notice period, data location, deletion at contract end)? Replace the commitments listed here with those exact terms (POL-05, RSK-05).'])
    if not isinstance(l_0_author, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + ['List the production components: regions, networks, compute, databases, storage, queues, and the tools that build, deploy and monitor them; add an architecture diagram and a data flow diagram (AST-02, DAT-02).'])
    if not isinstance(l_0_author, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + ['How many people work for the company and in which teams? Add the organisation chart (GOV-02) and confirm the roles in the People section.'])
    if not isinstance(l_0_author, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + [str_join(('Were there significant incidents up to ', (undefined(name='up_to') if l_0_up_to is missing else l_0_up_to), '? Complete "Significant incidents" from the incident log (IR-02), or state that there were none; never leave it out.', ))])
    if ((undefined(name='report_type') if l_0_report_type is missing else l_0_report_type) == 'type2'):
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + ['Were there significant changes to the system during the period? Complete "Significant changes during the period" from the change records (CHG-07), or state that there were none.'])
    if environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'not_ready'):
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + [str_join((t_3(environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'not_ready')), ' applicable control(s) are not ready for a ', environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'label'), ' report (listed below). The body states only the controls the answers say are in place: put the others in place, or describe what is actually done.', ))])
    for l_1_w in environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'warnings'):
        _loop_vars = {}
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + [str_join((l_1_w, '. Describe how the criterion is met, or answer the controls that support it.', ))])
    l_1_w = missing
    for l_1_h in (undefined(name='held_back') if l_0_held_back is missing else l_0_held_back):
        _loop_vars = {}
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + [str_join((environment.getattr(l_1_h, 'id'), ' is answered ', environment.getattr(l_1_h, 'status'), ', but its notes say part of it is not done or give other figures than the catalogue\'s description ("', environment.getattr(l_1_h, 'text'), '"), so the body leaves it out: describe what is actually done, or put the rest in place.', ))])
    l_1_h = missing
    if environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'notes'):
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + ['Check each statement of the body against the interview notes below, and correct it where the company does something different.'])
    if not isinstance(l_0_author, Namespace):
        raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
    l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + ['Check every complementary user entity control against your contracts and product, and remove any the service does not rely on.'])
    if (environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'POL-06') and (not environment.call(context, (undefined(name='in_place') if l_0_in_place is missing else l_0_in_place), 'POL-06'))):
        pass
        if not isinstance(l_0_author, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_author['items'] = (environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items') + ['Keeping the system description current (POL-06) is not in place: once this description is approved, record its owner and review date and review it every year.'])
    yield '# System description: '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield '\n\n'
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s description of "
    yield str(environment.finalize((undefined(name='system_names') if l_0_system_names is missing else l_0_system_names)))
    yield ', prepared for a SOC 2 '
    yield str(environment.finalize((undefined(name='label') if l_0_label is missing else l_0_label)))
    yield ' examination'
    if (undefined(name='observation_period') if l_0_observation_period is missing else l_0_observation_period):
        pass
        yield ' of the period '
        yield str(environment.finalize((undefined(name='period') if l_0_period is missing else l_0_period)))
    elif (undefined(name='target_date') if l_0_target_date is missing else l_0_target_date):
        pass
        yield ' as of '
        yield str(environment.finalize((undefined(name='target_date') if l_0_target_date is missing else l_0_target_date)))
    yield '. Trust Services categories covered: '
    yield str(environment.finalize(t_2(context.eval_ctx, (undefined(name='categories') if l_0_categories is missing else l_0_categories), ', ')))
    yield '. '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s management is responsible for this description.\n\n## Company overview and services provided\n\n"
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' provides its customers with the services delivered by '
    yield str(environment.finalize((undefined(name='system_names') if l_0_system_names is missing else l_0_system_names)))
    yield '. The system covered by this description consists of:\n\n'
    t_13 = 1
    for l_1_s in (undefined(name='systems') if l_0_systems is missing else l_0_systems):
        _loop_vars = {}
        pass
        yield '- **'
        yield str(environment.finalize(environment.getattr(l_1_s, 'name')))
        yield '**'
        if environment.getattr(l_1_s, 'description'):
            pass
            yield ': '
            yield str(environment.finalize(environment.getattr(l_1_s, 'description')))
        yield '\n'
        t_13 = 0
    l_1_s = missing
    if t_13:
        pass
        yield '- '
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'name each system in scope and the services it provides.')))
        yield '\n'
    yield '\n## Principal service commitments and system requirements\n\n'
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' makes service commitments to its customers in its customer agreements'
    if environment.call(context, (undefined(name='has_data') if l_0_has_data is missing else l_0_has_data), 'personal_data'):
        pass
        yield ', data processing agreements'
    if environment.call(context, (undefined(name='in_scope') if l_0_in_scope is missing else l_0_in_scope), 'availability'):
        pass
        yield ', service level agreement'
    yield ' and public security page, and has set system requirements to meet them. The principal service commitments are:\n\n- **Security.** Customer data is protected against unauthorised access, use and disclosure: access is limited to authorised, authenticated users, data is protected in transit and at rest, and security incidents that affect a customer are notified to it within the period set in its agreement.\n'
    if environment.call(context, (undefined(name='in_scope') if l_0_in_scope is missing else l_0_in_scope), 'availability'):
        pass
        yield '- **Availability.** The service is available as committed in the service level agreement, and restored within the stated recovery objectives after a disruption.\n'
    if environment.call(context, (undefined(name='in_scope') if l_0_in_scope is missing else l_0_in_scope), 'processing_integrity'):
        pass
        yield '- **Processing integrity.** Processing is complete, valid, accurate, timely and authorised, as documented in the processing specifications, and errors are detected, corrected and reported.\n'
    if environment.call(context, (undefined(name='in_scope') if l_0_in_scope is missing else l_0_in_scope), 'confidentiality'):
        pass
        yield '- **Confidentiality.** Information designated as confidential is used only for the agreed purpose, disclosed only under agreement, and returned or deleted as the contract requires.\n'
    if environment.call(context, (undefined(name='in_scope') if l_0_in_scope is missing else l_0_in_scope), 'privacy'):
        pass
        yield '- **Privacy.** Personal information is collected, used, retained, disclosed and disposed of as the privacy notice states, and individuals can exercise their rights of access, correction and deletion.\n'
    if environment.call(context, (undefined(name='has_data') if l_0_has_data is missing else l_0_has_data), 'health_data'):
        pass
        yield '- **Health data.** Protected health information is handled as business associate agreements and the HIPAA Security Rule require.\n'
    if environment.call(context, (undefined(name='has_data') if l_0_has_data is missing else l_0_has_data), 'payment_card_data'):
        pass
        yield '- **Payment card data.** Cardholder data is handled as PCI DSS requires.\n'
    yield '\n'
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' sets its system requirements in its policies and standards, and communicates them to staff through the policy set and to customers through agreements and the public security page.\n\n## Components of the system\n\n### Infrastructure\n\nThe system is hosted '
    yield str(environment.finalize(t_1((undefined(name='hosting') if l_0_hosting is missing else l_0_hosting))))
    yield '.'
    if (undefined(name='providers') if l_0_providers is missing else l_0_providers):
        pass
        yield ' It runs on services of '
        yield str(environment.finalize(('the subservice organisation' if (t_3((undefined(name='providers') if l_0_providers is missing else l_0_providers)) == 1) else 'the subservice organisations')))
        yield ' '
        yield str(environment.finalize(t_2(context.eval_ctx, t_5(context, (undefined(name='providers') if l_0_providers is missing else l_0_providers), attribute='name'), ', ')))
        yield ' (see "Subservice organisations").'
    if ((undefined(name='hosting') if l_0_hosting is missing else l_0_hosting) != 'cloud'):
        pass
        yield ' '
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield ' also operates infrastructure itself, and its physical and environmental protection is part of this description.'
    yield '\n\n'
    yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'list the production regions, networks, compute, databases, storage and queues, with an architecture diagram.')))
    yield '\n\n### Software\n\nThe software of the system comprises '
    yield str(environment.finalize((undefined(name='system_names') if l_0_system_names is missing else l_0_system_names)))
    yield ', and the tools used to build, deploy, monitor and administer them. '
    yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'name the identity provider, code repository, build and deployment pipeline, logging and monitoring platform, and ticketing system.')))
    yield '\n\n### People\n\n'
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s management governs the system. The following roles operate it:\n\n"
    t_14 = 1
    for l_1_p in (undefined(name='people') if l_0_people is missing else l_0_people):
        _loop_vars = {}
        pass
        yield '- **'
        yield str(environment.finalize(environment.getattr(l_1_p, 'role')))
        yield '**, responsible for: '
        yield str(environment.finalize(environment.getattr(l_1_p, 'responsibilities')))
        yield '.\n'
        t_14 = 0
    l_1_p = missing
    if t_14:
        pass
        yield '- '
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'name the roles that operate the system and what each is responsible for.')))
        yield '\n'
    yield '\n### Procedures\n\n'
    if (undefined(name='areas') if l_0_areas is missing else l_0_areas):
        pass
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield "'s automated and manual procedures for the system are set out in its policies and cover these areas: "
        yield str(environment.finalize((undefined(name='procedures') if l_0_procedures is missing else l_0_procedures)))
        yield '. The procedures are described under "Control activities".\n'
    else:
        pass
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'describe the automated and manual procedures that operate the system.')))
        yield '\n'
    yield '\n### Data\n\nThe system processes the following kinds of data:\n\n'
    t_15 = 1
    for l_1_d in (undefined(name='data') if l_0_data is missing else l_0_data):
        _loop_vars = {}
        pass
        yield '- **'
        yield str(environment.finalize(environment.getattr(l_1_d, 'title')))
        yield '**: '
        yield str(environment.finalize(environment.getattr(l_1_d, 'description')))
        yield '\n'
        t_15 = 0
    l_1_d = missing
    if t_15:
        pass
        yield '- '
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'list the kinds of data the system holds.')))
        yield '\n'
    yield '\n## System boundaries\n\nThe description covers '
    yield str(environment.finalize((undefined(name='system_names') if l_0_system_names is missing else l_0_system_names)))
    yield ', the infrastructure, software, people, procedures and data described above, and these Trust Services categories: '
    yield str(environment.finalize(t_2(context.eval_ctx, (undefined(name='categories') if l_0_categories is missing else l_0_categories), ', ')))
    yield '.'
    if (undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive):
        pass
        yield ' It includes the controls of '
        yield str(environment.finalize((undefined(name='inclusive_names') if l_0_inclusive_names is missing else l_0_inclusive_names)))
        yield ' (inclusive method).'
    yield '\n\nThe following are outside the boundaries of the system:\n\n'
    if (undefined(name='carve_out') if l_0_carve_out is missing else l_0_carve_out):
        pass
        yield '- the controls of '
        yield str(environment.finalize(('the subservice organisation' if (t_3((undefined(name='carve_out') if l_0_carve_out is missing else l_0_carve_out)) == 1) else 'the subservice organisations')))
        yield ' '
        yield str(environment.finalize((undefined(name='carve_out_names') if l_0_carve_out_names is missing else l_0_carve_out_names)))
        yield ' (carve-out method, see "Subservice organisations");\n'
    yield '- the controls that user entities are expected to operate (see "Complementary user entity controls");\n- '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s other products, internal corporate systems that do not store or process customer data, and customers' own systems and networks.\n\n## Significant incidents\n\n"
    yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), str_join(('describe each significant incident up to ', (undefined(name='up_to') if l_0_up_to is missing else l_0_up_to), ' that prevented, or might have prevented, the service commitments and system requirements from being met: what happened, when, its extent and effect, and what was done. If there was none, say so.', )))))
    yield '\n\n## Control environment\n\n'
    if environment.getattr((undefined(name='components') if l_0_components is missing else l_0_components), 'control_environment'):
        pass
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield "'s control environment sets the tone for internal control through the oversight, structure, commitment and accountability below.\n\n"
        yield str(environment.finalize(environment.call(context, (undefined(name='statements') if l_0_statements is missing else l_0_statements), environment.getattr((undefined(name='components') if l_0_components is missing else l_0_components), 'control_environment'))))
        yield '\n'
    else:
        pass
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), "describe the board's oversight, the organisation structure, and how people are hired, trained and held accountable.")))
        yield '\n'
    yield '\n## Risk assessment\n\n'
    if environment.getattr((undefined(name='components') if l_0_components is missing else l_0_components), 'risk_assessment'):
        pass
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield ' identifies and analyses the risks to its service commitments and system requirements as follows.\n\n'
        yield str(environment.finalize(environment.call(context, (undefined(name='statements') if l_0_statements is missing else l_0_statements), environment.getattr((undefined(name='components') if l_0_components is missing else l_0_components), 'risk_assessment'))))
        yield '\n'
    else:
        pass
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'describe how risks to the service commitments are identified, analysed and responded to, including fraud and changes.')))
        yield '\n'
    yield '\n## Information and communication\n\n'
    if environment.getattr((undefined(name='components') if l_0_components is missing else l_0_components), 'information_and_communication'):
        pass
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield ' obtains the information it needs to operate its controls and communicates internally and externally as follows.\n\n'
        yield str(environment.finalize(environment.call(context, (undefined(name='statements') if l_0_statements is missing else l_0_statements), environment.getattr((undefined(name='components') if l_0_components is missing else l_0_components), 'information_and_communication'))))
        yield '\n'
    else:
        pass
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'describe how information for internal control is produced, and how responsibilities and matters of security are communicated to staff and customers.')))
        yield '\n'
    yield '\n## Monitoring\n\n'
    if environment.getattr((undefined(name='components') if l_0_components is missing else l_0_components), 'monitoring'):
        pass
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield ' evaluates whether its controls are present and working, and deals with the deficiencies it finds, as follows.\n\n'
        yield str(environment.finalize(environment.call(context, (undefined(name='statements') if l_0_statements is missing else l_0_statements), environment.getattr((undefined(name='components') if l_0_components is missing else l_0_components), 'monitoring'))))
        yield '\n'
    else:
        pass
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'describe the ongoing and separate evaluations of the controls and how deficiencies are reported and corrected.')))
        yield '\n'
    yield '\n## Control activities\n\n'
    if (undefined(name='areas') if l_0_areas is missing else l_0_areas):
        pass
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield ' operates the following control activities, grouped by area.\n\n'
        for l_1_a in (undefined(name='areas') if l_0_areas is missing else l_0_areas):
            _loop_vars = {}
            pass
            yield '### '
            yield str(environment.finalize(environment.getattr(l_1_a, 'title')))
            yield '\n\n'
            yield str(environment.finalize(environment.call(context, (undefined(name='statements') if l_0_statements is missing else l_0_statements), environment.getattr(l_1_a, 'statements'), _loop_vars=_loop_vars)))
            yield '\n\n'
        l_1_a = missing
    else:
        pass
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'describe the control activities that meet the criteria in scope.')))
        yield '\n'
    yield '\n## Criteria that do not apply\n\n'
    if (undefined(name='out_of_scope') if l_0_out_of_scope is missing else l_0_out_of_scope):
        pass
        yield '### Categories not in scope\n\nManagement has not included these Trust Services categories in the examination, so their criteria do not apply:\n\n'
        for l_1_c in (undefined(name='out_of_scope') if l_0_out_of_scope is missing else l_0_out_of_scope):
            _loop_vars = {}
            pass
            yield '- **'
            yield str(environment.finalize(environment.getattr(l_1_c, 'name')))
            yield '** ('
            yield str(environment.finalize(environment.getattr(l_1_c, 'criteria')))
            yield ')\n'
        l_1_c = missing
        yield '\n'
    if (undefined(name='excluded_criteria') if l_0_excluded_criteria is missing else l_0_excluded_criteria):
        pass
        yield '### Criteria that do not apply to the system\n\n'
        for l_1_c in (undefined(name='excluded_criteria') if l_0_excluded_criteria is missing else l_0_excluded_criteria):
            _loop_vars = {}
            pass
            yield '- **'
            yield str(environment.finalize(environment.getattr(l_1_c, 'name')))
            yield '**'
            if environment.getattr(l_1_c, 'reason'):
                pass
                yield ': '
                yield str(environment.finalize(environment.getattr(l_1_c, 'reason')))
            yield '\n'
        l_1_c = missing
        yield '\n'
    if (undefined(name='not_applicable') if l_0_not_applicable is missing else l_0_not_applicable):
        pass
        yield '### Controls that do not apply\n\nThe following controls do not apply to the system, for the reasons given:\n\n'
        for l_1_c in (undefined(name='not_applicable') if l_0_not_applicable is missing else l_0_not_applicable):
            _loop_vars = {}
            pass
            yield '- **'
            yield str(environment.finalize(environment.getattr(l_1_c, 'name')))
            yield '** ('
            yield str(environment.finalize(environment.getattr(l_1_c, 'criteria')))
            yield '): '
            yield str(environment.finalize(environment.getattr(l_1_c, 'reason')))
            yield '\n'
        l_1_c = missing
        yield '\n'
    if (((not (undefined(name='out_of_scope') if l_0_out_of_scope is missing else l_0_out_of_scope)) and (not (undefined(name='excluded_criteria') if l_0_excluded_criteria is missing else l_0_excluded_criteria))) and (not (undefined(name='not_applicable') if l_0_not_applicable is missing else l_0_not_applicable))):
        pass
        yield 'Every Trust Services criterion applies to the system.\n\n'
    if ((undefined(name='report_type') if l_0_report_type is missing else l_0_report_type) == 'type2'):
        pass
        yield '## Significant changes during the period\n\n'
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), str_join(('describe each significant change to the system during ', (str_join(('the period ', (undefined(name='period') if l_0_period is missing else l_0_period), )) if (undefined(name='observation_period') if l_0_observation_period is missing else l_0_observation_period) else 'the period'), ' (to its components, its boundaries, its controls or its subservice organisations), with its date. If there was none, say so.', )))))
        yield '\n\n'
    yield '## Subservice organisations\n\n'
    if (undefined(name='providers') if l_0_providers is missing else l_0_providers):
        pass
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield ' uses the following subservice organisations for the system:\n\n| Subservice organisation | Services provided to the system | Method |\n|---|---|---|\n'
        for l_1_p in (undefined(name='providers') if l_0_providers is missing else l_0_providers):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_p, 'name')))
            yield ' | '
            yield str(environment.finalize((environment.getattr(l_1_p, 'services') if environment.getattr(l_1_p, 'known') else environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'the services it provides', _loop_vars=_loop_vars))))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_p, 'method')))
            yield ' |\n'
        l_1_p = missing
        yield '\n'
        if (undefined(name='carve_out') if l_0_carve_out is missing else l_0_carve_out):
            pass
            yield '**Carve-out method.** This description excludes the controls of '
            yield str(environment.finalize((undefined(name='carve_out_names') if l_0_carve_out_names is missing else l_0_carve_out_names)))
            yield ', and the examination does not cover them. '
            yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
            yield "'s controls are designed on the assumption that "
            yield str(environment.finalize(('it operates' if (t_3((undefined(name='carve_out') if l_0_carve_out is missing else l_0_carve_out)) == 1) else 'they operate')))
            yield ' the complementary subservice organisation controls set out in the next section.\n'
            if environment.call(context, (undefined(name='in_place') if l_0_in_place is missing else l_0_in_place), 'VEN-02'):
                pass
                yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
                yield ' monitors '
                yield str(environment.finalize(('it' if (t_3((undefined(name='carve_out') if l_0_carve_out is missing else l_0_carve_out)) == 1) else 'them')))
                yield ' by obtaining and reviewing '
                yield str(environment.finalize(('its' if (t_3((undefined(name='carve_out') if l_0_carve_out is missing else l_0_carve_out)) == 1) else "each one's")))
                yield ' SOC 2 report every year, with a bridge letter for any months the report does not cover, and by checking that '
                yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
                yield ' operates the complementary user entity controls the report lists (VEN-02).\n'
            yield '\n'
        if (undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive):
            pass
            yield '**Inclusive method.** This description includes the controls of '
            yield str(environment.finalize((undefined(name='inclusive_names') if l_0_inclusive_names is missing else l_0_inclusive_names)))
            yield ' that are relevant to the services above, and the examination covers them, together with a written assertion from '
            yield str(environment.finalize(('its' if (t_3((undefined(name='inclusive') if l_0_inclusive is missing else l_0_inclusive)) == 1) else 'their')))
            yield ' management. They are:\n\n'
            if (undefined(name='included_controls') if l_0_included_controls is missing else l_0_included_controls):
                pass
                yield '| Control of the subservice organisation | Criteria | Performed by |\n|---|---|---|\n'
                for l_1_c in (undefined(name='included_controls') if l_0_included_controls is missing else l_0_included_controls):
                    _loop_vars = {}
                    pass
                    yield '| '
                    yield str(environment.finalize(environment.getattr(l_1_c, 'text')))
                    yield ' | '
                    yield str(environment.finalize(environment.getattr(l_1_c, 'criteria')))
                    yield ' | '
                    yield str(environment.finalize(environment.getattr(l_1_c, 'providers')))
                    yield ' |\n'
                l_1_c = missing
            else:
                pass
                yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), str_join(('describe the controls of ', (undefined(name='inclusive_names') if l_0_inclusive_names is missing else l_0_inclusive_names), ' included in this description.', )))))
                yield '\n'
            yield '\n'
    elif ((undefined(name='hosting') if l_0_hosting is missing else l_0_hosting) == 'on_prem'):
        pass
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield ' hosts the system in its own facilities and uses no subservice organisation for it; physical and environmental protection is '
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield "'s own and part of this description.\n"
    else:
        pass
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), 'name the subservice organisations that host or support the system, the services each provides, and the method used to present them.')))
        yield '\n'
    yield '\n## Complementary subservice organisation controls\n\n'
    if (undefined(name='csocs') if l_0_csocs is missing else l_0_csocs):
        pass
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield "'s controls were designed on the assumption that the subservice organisations presented with the carve-out method operate the controls below. They are necessary, together with "
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield "'s controls, to meet the service commitments and system requirements.\n\n| Responsibility of the subservice organisation | Criteria | Subservice organisation |\n|---|---|---|\n"
        for l_1_c in (undefined(name='csocs') if l_0_csocs is missing else l_0_csocs):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr(l_1_c, 'text')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_c, 'criteria')))
            yield ' | '
            yield str(environment.finalize(environment.getattr(l_1_c, 'providers')))
            yield ' |\n'
        l_1_c = missing
    elif (undefined(name='carve_out') if l_0_carve_out is missing else l_0_carve_out):
        pass
        yield str(environment.finalize(environment.call(context, (undefined(name='placeholder') if l_0_placeholder is missing else l_0_placeholder), str_join(('record the services of ', (undefined(name='carve_out_names') if l_0_carve_out_names is missing else l_0_carve_out_names), ' under `scope.subservice_organizations`; the controls the system relies on them for follow from those services.', )))))
        yield '\n'
    else:
        pass
        yield 'No subservice organisation is presented with the carve-out method, and so there are no complementary subservice organisation controls.\n'
    yield '\n## Complementary user entity controls\n\n'
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s controls were designed on the assumption that user entities (customers) operate the controls below. They are necessary, together with "
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s controls, to meet the service commitments and system requirements.\n\n| Complementary user entity control | Criteria |\n|---|---|\n| User entities grant, review and remove their own users' access to the system, and notify "
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield " of changes to their administrators. | CC6.1, CC6.2, CC6.3 |\n| User entities turn on the multi-factor authentication or single sign-on the system offers for their users. | CC6.1 |\n| User entities protect their users' credentials and the API keys and tokens issued to them, and revoke any that may be exposed. | CC6.1 |\n| User entities secure the devices and networks their users use to reach the system. | CC6.6, CC6.8 |\n| User entities report suspected security incidents and unauthorised use to "
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' promptly through the published security contact. | CC7.3 |\n| User entities review the security communications, release notes and notices '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' sends them. | CC2.3 |\n'
    if environment.call(context, (undefined(name='in_scope') if l_0_in_scope is missing else l_0_in_scope), 'processing_integrity'):
        pass
        yield '| User entities make sure the data they submit is complete, accurate and authorised, and review the outputs they receive. | PI1.2, PI1.4 |\n'
    if environment.call(context, (undefined(name='in_scope') if l_0_in_scope is missing else l_0_in_scope), 'availability'):
        pass
        yield '| User entities keep their own continuity arrangements for the processes that depend on the system, and their own copies of any data they must keep beyond what their agreement has '
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield ' retain. | A1.2 |\n'
    if environment.call(context, (undefined(name='in_scope') if l_0_in_scope is missing else l_0_in_scope), 'confidentiality'):
        pass
        yield '| User entities tell '
        yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
        yield ' which information they designate as confidential, and request return or deletion at the end of the contract. | C1.1, C1.2 |\n'
    if (environment.call(context, (undefined(name='in_scope') if l_0_in_scope is missing else l_0_in_scope), 'privacy') or environment.call(context, (undefined(name='has_data') if l_0_has_data is missing else l_0_has_data), 'personal_data')):
        pass
        yield '| User entities have a lawful basis, and give notice or obtain consent, for personal information they submit to the system. | '
        yield str(environment.finalize(('P2.1, P3.1' if environment.call(context, (undefined(name='in_scope') if l_0_in_scope is missing else l_0_in_scope), 'privacy') else 'CC2.3')))
        yield ' |\n'
    yield '\n## For the author\n\nThis appendix is not part of the description: it comes from the readiness assessment of '
    yield str(environment.finalize((undefined(name='as_of') if l_0_as_of is missing else l_0_as_of)))
    yield ' (soc2 '
    yield str(environment.finalize((undefined(name='tool_version') if l_0_tool_version is missing else l_0_tool_version)))
    yield ', catalogue '
    yield str(environment.finalize((undefined(name='catalogue') if l_0_catalogue is missing else l_0_catalogue)))
    yield '). Resolve each item, complete every part marked "To be completed by management", have management approve the description, then delete this appendix.\n\n'
    l_1_loop = missing
    for l_1_item, l_1_loop in LoopContext(t_8(environment, environment.getattr((undefined(name='author') if l_0_author is missing else l_0_author), 'items'), case_sensitive=True), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '. '
        yield str(environment.finalize(l_1_item))
        yield '\n'
    l_1_loop = l_1_item = missing
    yield '\n### Readiness for a '
    yield str(environment.finalize(environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'label')))
    yield ' report\n\n'
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'not_ready'))))
    yield ' applicable control(s) are not ready ('
    yield str(environment.finalize(environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'unanswered')))
    yield ' not yet answered); '
    yield str(environment.finalize(environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'gap_criteria')))
    yield ' of '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'criteria'))))
    yield ' in-scope criteria have gaps.\n\n| Criterion | Status | Controls | Not yet ready |\n|---|---|---|---|\n'
    for l_1_c in environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'criteria'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(environment.getattr(l_1_c, 'id')))
        yield ' '
        yield str(environment.finalize(environment.getattr(l_1_c, 'title')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_c, 'status')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_c, 'controls')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_c, 'gaps')))
        yield ' |\n'
    l_1_c = missing
    yield '\n'
    if environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'not_ready'):
        pass
        yield '### Controls not ready\n\n'
        for l_1_c in environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'not_ready'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.finalize(environment.getattr(l_1_c, 'id')))
            yield ' '
            yield str(environment.finalize(environment.getattr(l_1_c, 'title')))
            yield ' ('
            yield str(environment.finalize(environment.getattr(l_1_c, 'status')))
            yield ')\n'
        l_1_c = missing
        yield '\n'
    if environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'notes'):
        pass
        yield '### Interview notes\n\n'
        for l_1_n in environment.getattr((undefined(name='readiness') if l_0_readiness is missing else l_0_readiness), 'notes'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.finalize(environment.getattr(l_1_n, 'id')))
            yield ' ('
            yield str(environment.finalize(environment.getattr(l_1_n, 'status')))
            yield '): '
            yield str(environment.finalize(environment.getattr(l_1_n, 'text')))
            yield '\n'
        l_1_n = missing

blocks = {}
debug_info = '4=94&5=106&6=111&7=116&10=125&11=127&12=130&13=133&14=135&16=140&18=143&19=146&21=149&22=152&23=156&25=157&26=166&28=168&29=172&31=173&32=182&34=184&35=189&37=191&38=196&40=198&41=202&43=203&44=207&46=210&47=213&48=216&49=219&50=220&51=224&53=225&54=229&56=230&57=235&59=237&60=242&62=244&63=248&65=251&66=252&67=256&69=258&71=260&75=279&77=284&78=288&80=300&85=303&88=312&91=315&94=318&97=321&100=324&103=327&107=331&113=333&115=348&119=350&123=354&125=357&126=361&128=370&133=373&134=375&136=381&143=385&144=389&146=398&151=401&155=411&156=414&159=419&163=421&167=423&168=425&170=427&172=431&177=434&178=436&180=438&182=442&187=445&188=447&190=449&192=453&197=456&198=458&200=460&202=464&207=467&208=469&210=471&211=475&213=477&217=482&222=485&227=488&228=492&232=498&235=501&236=505&240=514&245=517&246=521&250=529&254=532&257=535&262=538&263=540&267=542&268=546&271=554&272=557&273=563&274=565&278=574&279=577&281=581&284=584&285=588&288=597&292=600&293=602&295=608&300=611&301=613&305=617&306=621&308=628&309=630&316=636&320=640&324=642&325=644&326=646&329=649&330=652&332=654&333=657&335=659&336=662&341=665&343=672&344=675&347=681&349=683&353=691&354=695&357=707&360=710&361=714&365=722&368=725&369=729'
