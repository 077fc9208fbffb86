# Compiled from templates/policies/encryption.md.j2 by examples/regenerate.py: do not edit.
KEY = "c0d1695280101bc24f3a4296308402ee5b66b86278fc3e07cbc4b149d6f167bc"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/encryption.md.j2'

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
    pass
    yield '## 1. Purpose\n\nThis policy sets where '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' requires encryption, which algorithms and protocols are allowed, and how encryption keys are created, stored, rotated and retired, so that data stays protected if storage, devices or network traffic are exposed.\n\n## 2. Scope\n\nThis policy applies to the '
    yield str(environment.finalize(environment.call(context, (undefined(name='data') if l_0_data is missing else l_0_data))))
    yield ' held in and sent by '
    yield str(environment.finalize(environment.call(context, (undefined(name='systems') if l_0_systems is missing else l_0_systems))))
    yield ', '
    yield str(environment.finalize(environment.call(context, (undefined(name='hosted') if l_0_hosted is missing else l_0_hosted))))
    yield ', to their backups, and to company laptops and other devices that hold company data.\n\n## 3. Roles and responsibilities\n\n| Role | Responsibility |\n|---|---|\n'
    for (l_1_role, l_1_duty) in environment.call(context, (undefined(name='roles') if l_0_roles is missing else l_0_roles), (environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'owner'), 'Owns this policy and the cryptography standard; approves exceptions.'), (environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CRY-02'), 'Administers encryption keys in the key management service.'), ('Engineers', 'Use the approved libraries, algorithms and key management service; never implement their own cryptography.')):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_role))
        yield ' | '
        yield str(environment.finalize(l_1_duty))
        yield ' |\n'
    l_1_role = l_1_duty = missing
    yield '\n## 4. Policy statements\n\n### Standard\n\n'
    def macro():
        t_1 = []
        pass
        t_1.extend((
            'Only these are allowed: AES-256 (AES-128 where a managed service offers nothing stronger) for data at rest; TLS 1.2 or 1.3 with forward-secret cipher suites for data in transit; RSA of 2048 bits or more, or elliptic curves of 256 bits or more, for signatures and key exchange; SHA-256 or stronger for hashing; and bcrypt, scrypt or Argon2 for stored passwords. MD5, SHA-1, DES, 3DES, RC4, SSL and TLS 1.0 and 1.1 are not allowed. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CRY-04'))),
            ' reviews this standard every year (CRY-04).',
        ))
        return concat(t_1)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CRY-04', caller=caller)
    yield '\n### At rest\n\n'
    def macro():
        t_2 = []
        pass
        t_2.extend((
            'Production databases, object storage, disks, queues, snapshots and backups that hold company or customer data are encrypted at rest, enforced by default settings or organisation policy so that new resources cannot be created unencrypted. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CRY-01'))),
            ' checks encryption status every month in the posture tool (CRY-01).',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CRY-01', caller=caller)
    yield '\n'
    def macro():
        t_3 = []
        pass
        t_3.append(
            'Backups are encrypted with managed keys, including copies kept in another account or region (BAK-02).',
        )
        return concat(t_3)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'BAK-02', caller=caller)
    yield '\n'
    def macro():
        t_4 = []
        pass
        t_4.extend((
            'Every company laptop has full-disk encryption enforced by device management, with recovery keys escrowed centrally; devices out of compliance lose access to single sign-on. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'CRY-03'))),
            ' owns device encryption (CRY-03).',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CRY-03', caller=caller)
    yield '\n### In transit\n\n'
    def macro():
        t_5 = []
        pass
        t_5.extend((
            'All data sent over public networks is encrypted with TLS 1.2 or later; plain HTTP redirects to HTTPS with HTTP Strict Transport Security set, and database and internal service connections require TLS where the platform supports it. Certificates are issued and renewed automatically and their expiry is monitored. ',
            str(environment.finalize(environment.call(context, (undefined(name='who') if l_0_who is missing else l_0_who), 'NET-06'))),
            ' owns TLS configuration (NET-06).',
        ))
        return concat(t_5)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'NET-06', caller=caller)
    yield '\n### Keys\n\n'
    def macro():
        t_6 = []
        l_1_hosting = resolve('hosting')
        pass
        t_6.append(
            'Encryption keys are created and stored in the key management service',
        )
        if ((undefined(name='hosting') if l_1_hosting is missing else l_1_hosting) != 'cloud'):
            pass
            t_6.append(
                ' or a hardware security module',
            )
        t_6.append(
            ', rotated automatically every year, protected from deletion, and usable or manageable only by the named roles in each key policy; every use is logged. Key administrators are separate from the people who use the keys to access data where practical. Key material is never stored in code, chat or on laptops (CRY-02).',
        )
        return concat(t_6)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CRY-02', caller=caller)
    yield '\n'
    def macro():
        t_7 = []
        pass
        t_7.append(
            'A key suspected of compromise is rotated at once under the Incident Response Policy, and data encrypted with it is re-encrypted (CRY-02).',
        )
        return concat(t_7)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield environment.call(context, (undefined(name='stmt') if l_0_stmt is missing else l_0_stmt), 'CRY-02', caller=caller)

blocks = {}
debug_info = '3=20&7=22&13=28&18=32&25=38&29=50&31=62&33=72&37=84&41=96&43=115'
