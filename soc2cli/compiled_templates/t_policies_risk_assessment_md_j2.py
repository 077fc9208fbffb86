# Compiled from templates/policies/risk-assessment.md.j2 by examples/regenerate.py: do not edit.
KEY = "9d8f1dbe7f790f58171c2edd8a705bc8db103365a94ac02e974ef711a5221e86"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/risk-assessment.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_systems = resolve('systems')
    l_0_hosted = resolve('hosted')
    l_0_data = resolve('data')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_who = resolve('who')
    l_0_stmt = resolve('stmt')
    l_0_applies = resolve('applies')
    pass
    yield '## 1. Purpose\n\nThis policy sets how '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' identifies, analyses, treats and monitors the risks that could stop it meeting its service commitments and system requirements, including fraud risk and the risks that come with significant change, so that controls are chosen for real risks and leadership decides consciously which risks to accept.\n\n## 2. Scope\n\nThis policy covers risks to '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ', '
    yield str(environment.finalize(environment.call(context, (undefined(name='hosted') if l_0_hosted is missing else l_0_hosted))))
    yield ', to the '
    yield str(environment.finalize(environment.call(context, (undefined(name='data') if l_0_data is missing else l_0_data))))
    yield ' they hold, and to the people, processes and vendors that operate them. It applies to everyone who owns a risk, a control or a significant change.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the methodology; runs the yearly assessment and keeps the risk register.'), ('CEO', 'Approves the risk assessment results and accepts high risks.'), ('Risk owners', 'Carry out the treatment plan for their risks and report progress at each quarterly review.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'RSK-03'), 'Runs the yearly fraud risk assessment.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Method\n\n'
    def macro():
        t_1 = []
        pass
        t_1.extend((
            'Risks are assessed with a written methodology that defines the scope, threat sources (including threat intelligence such as national cyber security advisories), a 1 to 5 likelihood scale, a 1 to 5 impact scale, the resulting rating and the risk tolerance: any risk rated above tolerance must be treated or formally accepted. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'RSK-01'))),
            ' maintains the methodology (RSK-01).',
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'RSK-01', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.append(
            'Security and availability objectives are derived from the principal service commitments and obligations recorded under the Information Security Policy, and the risk assessment is performed against them (RSK-05).',
        )
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'RSK-05', caller=caller)
    yield '\n### Yearly assessment\n\n'
    def macro():
        t_3 = []
        pass
        t_3.extend((
            'At least once a year, ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'RSK-01'))),
            ' runs a full risk assessment with the engineering, product and operations leads, covering threats to every in-scope system, vendor and key process. The CEO approves the result, and the dated, versioned assessment is kept (RSK-01).',
        ))
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'RSK-01', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.extend((
            'Once a year, ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'RSK-03'))),
            ' reviews how fraud could be committed against or through the company (incentives and pressures, opportunities such as unseparated duties, and misuse of technology, for example altering billing data or deleting audit logs) and records the controls that address each scenario; gaps become actions in the risk register (RSK-03).',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'RSK-03', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'BCP-01'):
        pass
        def macro():
            t_5 = []
            pass
            t_5.append(
                'The business impact analysis identifies critical services, their dependencies on systems, vendors and people, the impact of an outage over time, and the maximum tolerable downtime and data loss; it is reviewed every year with the risk assessment (BCP-01).',
            )
            return concat(t_5)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BCP-01', caller=caller)
        yield '\n'
    yield '### Register and treatment\n\n'
    def macro():
        t_6 = []
        pass
        t_6.extend((
            'Every identified risk is kept in one risk register with its inherent and residual rating, a named owner, the chosen treatment (reduce, accept, transfer or avoid), the linked controls, open actions and a target date. Senior management reviews the register every quarter and the review is recorded. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'RSK-02'))),
            ' keeps the register (RSK-02).',
        ))
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'RSK-02', caller=caller)
    yield '\n'
    def macro():
        t_7 = []
        pass
        t_7.append(
            'The control matrix links each risk in the register to the preventive and detective controls that reduce it, so that every significant risk is covered by a suitable mix of controls (MON-06).',
        )
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'MON-06', caller=caller)
    yield '\n'
    def macro():
        t_8 = []
        pass
        t_8.extend((
            'A decision to accept a risk above tolerance, or to depart from a policy, is requested in writing with the reason, compensating measures and an expiry date of no more than 12 months; ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'RSK-07'))),
            ' approves low and medium risks and the CEO approves high risks. Each acceptance is tracked in the register until it is closed or renewed, and expired ones are flagged at the quarterly review (RSK-07).',
        ))
        return concat(t_8)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'RSK-07', caller=caller)
    yield '\n'
    def macro():
        t_9 = []
        pass
        t_9.extend((
            'Each year, leadership decides whether to transfer part of the financial impact of security and continuity risks, usually through cyber liability insurance, and checks that the cover matches the risks in the register and the liability caps in customer contracts. A decision not to insure is recorded as a risk acceptance. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'RSK-06'))),
            ' owns this review (RSK-06).',
        ))
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'RSK-06', caller=caller)
    yield '\n### Change\n\n'
    def macro():
        t_10 = []
        pass
        t_10.extend((
            'The following trigger a recorded risk review before the change goes ahead: a new product or market, an acquisition, a change of key staff, a new critical vendor, a change of hosting provider and a major architecture change. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'RSK-04'))),
            ' approves the review and new risks are added to the register (RSK-04).',
        ))
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'RSK-04', caller=caller)
    yield '\n'
    def macro():
        t_11 = []
        pass
        t_11.append(
            'New products, significant features and architecture changes that affect authentication, customer data or external interfaces get a threat model or security design review before development starts (SDL-02).',
        )
        return concat(t_11)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'SDL-02', caller=caller)

blocks = {}
debug_info = '3=21&7=23&13=29&19=33&26=39&28=51&32=61&34=73&36=85&37=87&42=98&44=110&46=120&48=132&52=144&54=156'
