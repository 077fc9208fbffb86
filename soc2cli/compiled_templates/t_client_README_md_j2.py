# Compiled from templates/client/README.md.j2 by examples/regenerate.py: do not edit.
KEY = "e8603443d5c633b423b6808bac56663eee4733ed2c3d4ce60f2bd9c3d79767de"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'client/README.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_version = resolve('version')
    l_0_assessment = resolve('assessment')
    l_0_schema = resolve('schema')
    l_0_overlay = resolve('overlay')
    l_0_branding = resolve('branding')
    l_0_catalogue = resolve('catalogue')
    pass
    yield '# '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ': SOC 2 readiness\n\nThis folder holds '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield "'s SOC 2 readiness assessment, kept with `soc2` "
    yield str(environment.finalize((undefined(name='version') if l_0_version is missing else l_0_version)))
    yield '. Keep it in git: every answer is then dated and `soc2 diff` and `soc2 trend` can compare versions.\n\n| File | What it is |\n|---|---|\n| `'
    yield str(environment.finalize((undefined(name='assessment') if l_0_assessment is missing else l_0_assessment)))
    yield '` | the assessment: the scope, and one answer per control |\n| `'
    yield str(environment.finalize((undefined(name='schema') if l_0_schema is missing else l_0_schema)))
    yield '` | its JSON Schema, so editors complete and check the assessment |\n'
    if (undefined(name='overlay') if l_0_overlay is missing else l_0_overlay):
        pass
        yield '| `'
        yield str(environment.finalize((undefined(name='overlay') if l_0_overlay is missing else l_0_overlay)))
        yield "/` | the firm's catalogue overlay: controls it adds or words differently |\n"
    if (undefined(name='branding') if l_0_branding is missing else l_0_branding):
        pass
        yield "| `branding.yaml` | the firm's branding, applied to the HTML report, the customer summary, the workbook and the policy pack |\n"
    yield '\n## Scope and interview\n\n```sh\nsoc2 assess '
    yield str(environment.finalize((undefined(name='assessment') if l_0_assessment is missing else l_0_assessment)))
    yield ' --rescope'
    yield str(environment.finalize((undefined(name='catalogue') if l_0_catalogue is missing else l_0_catalogue)))
    yield '   # the scoping questions, then the questions\nsoc2 assess '
    yield str(environment.finalize((undefined(name='assessment') if l_0_assessment is missing else l_0_assessment)))
    yield str(environment.finalize((undefined(name='catalogue') if l_0_catalogue is missing else l_0_catalogue)))
    yield '             # later sessions resume at the first unanswered question\nsoc2 assess '
    yield str(environment.finalize((undefined(name='assessment') if l_0_assessment is missing else l_0_assessment)))
    yield ' --non-interactive'
    yield str(environment.finalize((undefined(name='catalogue') if l_0_catalogue is missing else l_0_catalogue)))
    yield '   # what is still unanswered\n```\n\n`soc2 assess` saves after every answer; Ctrl-C saves and prints the command that resumes.\n\n## Deliverables\n\n```sh\nsoc2 report '
    yield str(environment.finalize((undefined(name='assessment') if l_0_assessment is missing else l_0_assessment)))
    yield str(environment.finalize((undefined(name='catalogue') if l_0_catalogue is missing else l_0_catalogue)))
    yield '                                 # the gap report, Markdown\nsoc2 report '
    yield str(environment.finalize((undefined(name='assessment') if l_0_assessment is missing else l_0_assessment)))
    yield str(environment.finalize((undefined(name='catalogue') if l_0_catalogue is missing else l_0_catalogue)))
    yield ' --format html -o report.html\nsoc2 report '
    yield str(environment.finalize((undefined(name='assessment') if l_0_assessment is missing else l_0_assessment)))
    yield str(environment.finalize((undefined(name='catalogue') if l_0_catalogue is missing else l_0_catalogue)))
    yield ' --format xlsx -o workbook.xlsx\nsoc2 report '
    yield str(environment.finalize((undefined(name='assessment') if l_0_assessment is missing else l_0_assessment)))
    yield str(environment.finalize((undefined(name='catalogue') if l_0_catalogue is missing else l_0_catalogue)))
    yield " --format summary-html -o summary.html   # for the client's customers\nsoc2 policies generate "
    yield str(environment.finalize((undefined(name='assessment') if l_0_assessment is missing else l_0_assessment)))
    yield str(environment.finalize((undefined(name='catalogue') if l_0_catalogue is missing else l_0_catalogue)))
    yield ' -o policies\nsoc2 describe '
    yield str(environment.finalize((undefined(name='assessment') if l_0_assessment is missing else l_0_assessment)))
    yield str(environment.finalize((undefined(name='catalogue') if l_0_catalogue is missing else l_0_catalogue)))
    yield " -o system-description.md\n```\n\n`soc2 portfolio` run on the folder that holds every client's folder lists them side by side; it counts overdue policy reviews when a `policies` folder sits beside the assessment.\n\nWhen the tool is upgraded, refresh the schema with `soc2 schema assessment > "
    yield str(environment.finalize((undefined(name='schema') if l_0_schema is missing else l_0_schema)))
    yield '`.\n'

blocks = {}
debug_info = '1=19&3=21&7=25&8=27&9=29&10=32&12=34&19=38&20=42&21=45&29=49&30=52&31=55&32=58&33=61&34=64&39=67'
