# Compiled from templates/audit/bridge-letter.md.j2 by examples/regenerate.py: do not edit.
KEY = "31ce8f5608d77f4d8f856398648f756a5a768869c1b06ac645b3271ab8aee3af"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'audit/bridge-letter.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_placeholders = resolve('placeholders')
    l_0_changes = resolve('changes')
    l_0_checked = resolve('checked')
    l_0_in_git = resolve('in_git')
    l_0_organization = resolve('organization')
    l_0_as_of = resolve('as_of')
    l_0_bridge_start = resolve('bridge_start')
    l_0_auditor = resolve('auditor')
    l_0_report = resolve('report')
    l_0_covered = resolve('covered')
    l_0_systems = resolve('systems')
    l_0_categories = resolve('categories')
    l_0_opinion = resolve('opinion')
    l_0_open_exceptions = resolve('open_exceptions')
    l_0_closed_exceptions = resolve('closed_exceptions')
    l_0_next_report = resolve('next_report')
    l_0_signatory = resolve('signatory')
    l_0_signatory_title = resolve('signatory_title')
    l_0_signed_on = resolve('signed_on')
    pass
    yield '> **Draft for management.** Before signing:\n>\n'
    for l_1_p in (undefined(name='placeholders') if l_0_placeholders is missing else l_0_placeholders):
        _loop_vars = {}
        pass
        yield '> - replace '
        yield str(environment.finalize(l_1_p))
        yield '\n'
    l_1_p = missing
    yield '> - check that the systems and categories below are the ones the last report covered;\n'
    if (undefined(name='changes') if l_0_changes is missing else l_0_changes):
        pass
        yield '> - decide whether each change listed below is material, describe the material ones in plain words and delete the rest of the list;\n'
    elif (undefined(name='checked') if l_0_checked is missing else l_0_checked):
        pass
        yield '> - confirm that nothing changed in the bridge period: changes were looked for in the answers recorded in the assessment'
        if (undefined(name='in_git') if l_0_in_git is missing else l_0_in_git):
            pass
            yield ' and in the git history of the assessment file'
        else:
            pass
            yield ' only (the file is not in a git repository)'
        yield ';\n'
    else:
        pass
        yield '> - list the changes since the end of the audited period, if any: without its end date none could be looked for (rerun `soc2 bridge-letter` once the audit is recorded with `soc2 audit set`);\n'
    yield '> - confirm that no security incident, control failure or other event in the bridge period affected the controls described in the report; if one did, describe it instead of the sentence that says so;\n> - then delete this note.\n\n# '
    yield str(environment.finalize((undefined(name='organization') if l_0_organization is missing else l_0_organization)))
    yield '\n\n'
    yield str(environment.finalize((undefined(name='as_of') if l_0_as_of is missing else l_0_as_of)))
    yield '\n\nTo our customers and prospective customers\n\nSubject: SOC 2 coverage from '
    yield str(environment.finalize((undefined(name='bridge_start') if l_0_bridge_start is missing else l_0_bridge_start)))
    yield ' to '
    yield str(environment.finalize((undefined(name='as_of') if l_0_as_of is missing else l_0_as_of)))
    yield '\n\n'
    yield str(environment.finalize((undefined(name='organization') if l_0_organization is missing else l_0_organization)))
    yield ' engaged '
    yield str(environment.finalize((undefined(name='auditor') if l_0_auditor is missing else l_0_auditor)))
    yield ' to examine its controls. The most recent '
    yield str(environment.finalize((undefined(name='report') if l_0_report is missing else l_0_report)))
    yield ' covers '
    yield str(environment.finalize((undefined(name='covered') if l_0_covered is missing else l_0_covered)))
    yield ', for '
    yield str(environment.finalize((undefined(name='systems') if l_0_systems is missing else l_0_systems)))
    yield ', and the Trust Services '
    yield str(environment.finalize((undefined(name='categories') if l_0_categories is missing else l_0_categories)))
    yield '. The auditor issued '
    yield str(environment.finalize((undefined(name='opinion') if l_0_opinion is missing else l_0_opinion)))
    yield '.\n\nThis letter covers the time from '
    yield str(environment.finalize((undefined(name='bridge_start') if l_0_bridge_start is missing else l_0_bridge_start)))
    yield ' to '
    yield str(environment.finalize((undefined(name='as_of') if l_0_as_of is missing else l_0_as_of)))
    yield " (the bridge period), between the end of the period that report covers and the date of this letter. It is management's statement, not an audit report: "
    yield str(environment.finalize((undefined(name='auditor') if l_0_auditor is missing else l_0_auditor)))
    yield ' has not examined the bridge period.\n\n## Changes during the bridge period\n\n'
    if (not (undefined(name='changes') if l_0_changes is missing else l_0_changes)):
        pass
        yield 'To the best of our knowledge, there have been no material changes to the system, to its controls or to the control environment described in the report during the bridge period.\n'
    else:
        pass
        yield 'These changes to the system and its controls were recorded during the bridge period:\n\n'
        for l_1_c in (undefined(name='changes') if l_0_changes is missing else l_0_changes):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.finalize(environment.getattr(l_1_c, 'on')))
            yield ': '
            yield str(environment.finalize(environment.getattr(l_1_c, 'text')))
            yield '\n'
        l_1_c = missing
        yield '\nOther than these, to the best of our knowledge, there have been no material changes to the system, to its controls or to the control environment described in the report during the bridge period.\n'
    yield '\n'
    if ((undefined(name='open_exceptions') if l_0_open_exceptions is missing else l_0_open_exceptions) or (undefined(name='closed_exceptions') if l_0_closed_exceptions is missing else l_0_closed_exceptions)):
        pass
        yield '## Exceptions in the last report\n\n'
        if (undefined(name='closed_exceptions') if l_0_closed_exceptions is missing else l_0_closed_exceptions):
            pass
            yield 'The report noted these exceptions, which have since been remediated:\n\n'
            for l_1_e in (undefined(name='closed_exceptions') if l_0_closed_exceptions is missing else l_0_closed_exceptions):
                _loop_vars = {}
                pass
                yield '- '
                yield str(environment.finalize(environment.getattr(l_1_e, 'control')))
                yield ': '
                yield str(environment.finalize(environment.getattr(l_1_e, 'description')))
                yield '\n'
            l_1_e = missing
            yield '\n'
        if (undefined(name='open_exceptions') if l_0_open_exceptions is missing else l_0_open_exceptions):
            pass
            yield 'The report noted these exceptions, whose remediation is under way:\n\n'
            for l_1_e in (undefined(name='open_exceptions') if l_0_open_exceptions is missing else l_0_open_exceptions):
                _loop_vars = {}
                pass
                yield '- '
                yield str(environment.finalize(environment.getattr(l_1_e, 'control')))
                yield ': '
                yield str(environment.finalize(environment.getattr(l_1_e, 'description')))
                if (environment.getattr(l_1_e, 'owner') or environment.getattr(l_1_e, 'due')):
                    pass
                    yield ' (remediation'
                    if environment.getattr(l_1_e, 'owner'):
                        pass
                        yield ' by '
                        yield str(environment.finalize(environment.getattr(l_1_e, 'owner')))
                    if environment.getattr(l_1_e, 'due'):
                        pass
                        yield ', due '
                        yield str(environment.finalize(environment.getattr(l_1_e, 'due')))
                    yield ')'
                yield '\n'
            l_1_e = missing
            yield '\n'
    yield '## Events and the next report\n\nWe are not aware of any security incident, control failure or other event during the bridge period that would have a material effect on the controls described in the report. '
    yield str(environment.finalize((undefined(name='organization') if l_0_organization is missing else l_0_organization)))
    yield ' plans its next SOC 2 examination: '
    yield str(environment.finalize((undefined(name='next_report') if l_0_next_report is missing else l_0_next_report)))
    yield '. We will share the report when it is issued.\n\nThis letter is provided for the information of our customers and prospective customers and should be read together with the SOC 2 report.\n\nSincerely,\n\n'
    yield str(environment.finalize((undefined(name='signatory') if l_0_signatory is missing else l_0_signatory)))
    yield '\n\n'
    yield str(environment.finalize((undefined(name='signatory_title') if l_0_signatory_title is missing else l_0_signatory_title)))
    yield ', '
    yield str(environment.finalize((undefined(name='organization') if l_0_organization is missing else l_0_organization)))
    yield '\n\nSigned on '
    yield str(environment.finalize((undefined(name='signed_on') if l_0_signed_on is missing else l_0_signed_on)))
    yield '\n'

blocks = {}
debug_info = '5=31&6=35&9=39&11=42&12=45&19=56&21=58&25=60&27=64&29=78&33=84&38=90&39=94&45=101&48=104&51=107&52=111&56=117&59=120&60=124&67=143&73=147&75=149&77=153'
