# Compiled from templates/policies/data-retention-disposal.md.j2 by examples/regenerate.py: do not edit.
KEY = "76b4c26598844d9e83bf2440b3daf2d044485e544ed48b42e157e53cc178e18e"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/data-retention-disposal.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_data = resolve('data')
    l_0_systems = resolve('systems')
    l_0_hosted = resolve('hosted')
    l_0_roles = resolve('roles')
    l_0_p = resolve('p')
    l_0_who = resolve('who')
    l_0_stmt = resolve('stmt')
    l_0_applies = resolve('applies')
    l_0_hosting = resolve('hosting')
    pass
    yield '## 1. Purpose\n\nThis policy sets how long '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' keeps each kind of data, and how data is deleted or destroyed when its retention period ends, when a customer leaves, when a vendor relationship ends and when a device or storage medium is retired. Keeping data no longer than needed reduces the harm a breach can cause and meets '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s contractual and legal commitments.\n\n## 2. Scope\n\nThis policy applies to the "
    yield str(environment.finalize(environment.call(context, (undefined(name='data') if l_0_data is missing else l_0_data))))
    yield ' held in '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ', '
    yield str(environment.finalize(environment.call(context, (undefined(name='hosted') if l_0_hosted is missing else l_0_hosted))))
    yield ', including backups, logs, exports and copies in business applications, and to every laptop, phone, disk and other storage medium that has held company or customer data.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the retention schedule; reviews the schedule every year.'), ('Data owners', 'Make sure the systems they own enforce the retention periods.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'DAT-04'), 'Runs customer data deletion at contract end and confirms it.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AST-03'), 'Wipes or destroys retired devices and media and keeps the records.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Retention schedule\n\n'
    def macro():
        t_1 = []
        l_1_has_data = resolve('has_data')
        l_1_ask = resolve('ask')
        pass
        t_1.append(
            'An approved retention schedule lists each category of data (customer data, logs, backups, contracts, financial and HR records',
        )
        if environment.call(context, (undefined(name='has_data') if l_1_has_data is missing else l_1_has_data), 'personal_data'):
            pass
            t_1.append(
                ', personal data by purpose',
            )
        t_1.extend((
            '), its retention period, the legal or contractual basis for it, the system that enforces it and what happens when the period ends. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'DAT-03'))),
            ' reviews the schedule every year (DAT-03).',
            str(environment.finalize(environment.call(context, (undefined(name='ask') if l_1_ask is missing else l_1_ask), 'What retention periods apply to each category of data (customer data after contract end, logs, backups, contracts, financial and HR records), and on what legal or contractual basis? Write them into the retention schedule (DAT-03).'))),
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'DAT-03', caller=caller)
    yield '\n'
    def macro():
        t_2 = []
        pass
        t_2.append(
            'Retention periods are enforced automatically where the system allows, through storage lifecycle rules, database time-to-live settings and scheduled deletion jobs, and the schedule names the mechanism for each category. A legal hold, recorded by the policy owner, suspends deletion of the data it covers until it is lifted (DAT-03).',
        )
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'DAT-03', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        pass
        t_3.extend((
            'Security and audit logs are kept for at least 12 months and debug logs for no more than 90 days; the log platform and archive storage are configured to match. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'LOG-04'))),
            ' owns log retention (LOG-04).',
        ))
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'LOG-04', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.extend((
            'Backups are taken on the schedule in the backup register and kept for the retention period stated there, after which they expire automatically; a deletion therefore reaches every backup within that period. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'BAK-01'))),
            ' owns the backup register (BAK-01).',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BAK-01', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'PRV-08'):
        pass
        def macro():
            t_5 = []
            pass
            t_5.extend((
                'Each category of personal information has a retention period justified by its purpose and recorded with the records of processing, enforced by the system that holds it. ',
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-08'))),
                ' owns the personal data schedule (PRV-08).',
            ))
            return concat(t_5)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-08', caller=caller)
        yield '\n'
    yield '### Disposal\n\n'
    def macro():
        t_6 = []
        pass
        t_6.extend((
            "When a customer contract ends, or a customer asks for deletion, the customer's data is removed from production databases, object storage and search indexes within 30 days, and backups age out within their retention period. The deletion ticket records what was deleted and when, and a confirmation is sent to the customer on request. ",
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'DAT-04'))),
            ' owns customer data deletion (DAT-04).',
        ))
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'DAT-04', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'PRV-09'):
        pass
        def macro():
            t_7 = []
            pass
            t_7.extend((
                'A valid erasure request from an individual is verified, then their personal information is deleted or irreversibly anonymised in every system that holds it, including business applications, within the legal deadline, with a confirmation per system recorded on the request ticket. ',
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PRV-09'))),
                ' owns erasure (PRV-09).',
            ))
            return concat(t_7)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PRV-09', caller=caller)
        yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'CNF-04'):
        pass
        def macro():
            t_8 = []
            pass
            t_8.extend((
                'Every quarter, the places where confidential information collects outside automated retention (shared drives, exports, email attachments and material received under non-disclosure agreements) are checked, and information past its retention period, or that a counterparty asked to be returned or destroyed, is securely deleted and the disposal logged. ',
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CNF-04'))),
                ' runs the sweep (CNF-04).',
            ))
            return concat(t_8)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CNF-04', caller=caller)
        yield '\n'
    def macro():
        t_9 = []
        pass
        t_9.extend((
            "When a vendor relationship ends, the vendor's accounts, keys and integrations are removed and return or certified deletion of company data is obtained before the vendor is marked as ended in the vendor inventory. ",
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'VEN-06'))),
            ' owns vendor offboarding (VEN-06).',
        ))
        return concat(t_9)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VEN-06', caller=caller)
    yield '\n'
    def macro():
        t_10 = []
        pass
        t_10.extend((
            'Before a laptop, phone, disk or other storage medium is reissued, returned to a leasing company, sold or thrown away, its data is erased by remote wipe or cryptographic erase, or the device is physically destroyed by a disposal vendor that issues a certificate of destruction listing serial numbers. The asset inventory records the date and method for each device. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'AST-03'))),
            ' owns device disposal (AST-03).',
        ))
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'AST-03', caller=caller)
    yield '\n'
    if environment.call(context, (undefined(name='applies') if l_0_applies is missing else l_0_applies), 'PHY-04'):
        pass
        def macro():
            t_11 = []
            pass
            t_11.extend((
                'Failed or retired disks from ',
                str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org))),
                "'s own servers are held in a locked container until they are wiped to a recognised standard or shredded, and each serial number is recorded on a certificate of destruction reconciled against the asset inventory. ",
                str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'PHY-04'))),
                ' owns media destruction (PHY-04).',
            ))
            return concat(t_11)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'PHY-04', caller=caller)
    elif ((undefined(name='hosting') if l_0_hosting is missing else l_0_hosting) == 'cloud'):
        pass
        def macro():
            t_12 = []
            l_1_providers = resolve('providers')
            pass
            t_12.extend((
                'Destruction of storage media in the data centres of ',
                str(environment.finalize(environment.call(context, (undefined(name='providers') if l_1_providers is missing else l_1_providers)))),
                ' is the responsibility of each provider as a subservice organisation; ',
                str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org))),
                " relies on it through the yearly review of each provider's SOC 2 report (VEN-02).",
            ))
            return concat(t_12)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'VEN-02', caller=caller)

blocks = {}
debug_info = '3=22&7=26&13=32&19=36&26=42&28=65&30=75&32=87&34=99&35=101&40=114&42=126&43=128&46=140&47=142&50=154&52=166&54=178&55=180&56=193&57=195'
