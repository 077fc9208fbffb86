# Compiled from templates/policies/processing-integrity.md.j2 by examples/regenerate.py: do not edit.
KEY = "96ce5e139a50153b815280b5184bf9a815f15cf74f9d2c689b8cfe729d6c5cf0"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/processing-integrity.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_systems = resolve('systems')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_who = resolve('who')
    l_0_stmt = resolve('stmt')
    pass
    yield '## 1. Purpose\n\nThis policy makes sure that processing by '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ' is complete, valid, accurate, timely and authorised, so that customers can rely on its results.\n\n## 2. Scope\n\nThis policy applies to the processing flows of '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ': the inputs they accept, the processing and jobs they run, the outputs they deliver and the data they store, and to the teams that build and run them.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the processing specifications.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PI-03'), 'Owns reconciliations and the handling of processing exceptions.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PI-06'), 'Owns job scheduling and monitoring.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Specifications\n\n'
    def macro():
        t_1 = []
        l_1_ask = resolve('ask')
        pass
        t_1.extend((
            'Each key processing flow has a specification covering its inputs, rules and calculations, outputs and timeliness targets; a data dictionary defines fields and allowed values, and the customer-facing API documentation is generated from the code. Specifications change only through the change management process. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PI-01'))),
            ' owns them (PI-01).',
            str(environment.finalize(environment.call(context, (undefined(name='ask') if l_1_ask is missing else l_1_ask), 'Which processing flows do customers rely on (for example reconciliations, calculations or reports), and what completeness, accuracy and timeliness targets apply to each? List them in the specification statement in section 4 (PI-01).'))),
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PI-01', caller=caller)
    yield '\n### Inputs\n\n'
    def macro():
        t_2 = []
        pass
        t_2.extend((
            'All inputs (user interface, API, file upload and integrations) are validated against defined schemas and business rules; invalid records are rejected or held with a clear error reported to the sender, and counts of received, accepted and rejected records are logged for each batch. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PI-02'))),
            ' owns input validation (PI-02).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PI-02', caller=caller)
    yield '\n### Processing\n\n'
    def macro():
        t_3 = []
        pass
        t_3.append(
            'Processing jobs are idempotent and handle errors through retries, dead-letter queues and alerts. A daily reconciliation compares record counts and totals between stages; each mismatch opens a ticket that is resolved and closed with its root cause within the agreed time (PI-03).',
        )
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PI-03', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.append(
            'Scheduled and batch jobs are defined in code with their timing, dependencies and owners; every run is recorded, and late, failed or skipped runs alert the owning team and are followed up in a ticket (PI-06).',
        )
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PI-06', caller=caller)
    yield '\n'
    def macro():
        t_5 = []
        pass
        t_5.append(
            'Manual changes to production data need a ticket with the exact query, approval by a second engineer and a named, logged account; schema changes ship as reviewed migrations (CHG-08).',
        )
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CHG-08', caller=caller)
    yield '\n### Outputs and storage\n\n'
    def macro():
        t_6 = []
        pass
        t_6.extend((
            'Outputs (reports, exports, invoices, webhooks and files) are checked for completeness and accuracy against source data before release, with a review step for high-impact outputs; they are delivered only to authorised recipients over encrypted channels, and each delivery is logged with its status and failed sends retried. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PI-04'))),
            ' owns outputs (PI-04).',
        ))
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PI-04', caller=caller)
    yield '\n'
    def macro():
        t_7 = []
        pass
        t_7.extend((
            'Stored inputs, intermediate data and outputs are protected by database constraints, checksums verified on read and versioned or write-once storage, and an append-only record of writes, changes and deletions of key records is kept for the retention period. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PI-05'))),
            ' owns storage integrity (PI-05).',
        ))
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PI-05', caller=caller)

blocks = {}
debug_info = '3=17&7=19&13=21&18=25&25=31&29=45&33=57&35=67&37=77&41=87&43=99'
