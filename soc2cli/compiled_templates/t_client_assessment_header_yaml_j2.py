# Compiled from templates/client/assessment-header.yaml.j2 by examples/regenerate.py: do not edit.
KEY = "501d43817e107850d7157a86cf616cebe3156953bf9cd59073fa0b427196c9d7"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'client/assessment-header.yaml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_schema = resolve('schema')
    pass
    yield '# yaml-language-server: $schema='
    yield str(environment.finalize((undefined(name='schema') if l_0_schema is missing else l_0_schema)))
    yield "\n# The client's SOC 2 readiness assessment. Check the scope below (or let `soc2 assess\n# assessment.yaml --rescope` ask for it), then answer the controls with `soc2 assess\n# assessment.yaml`. These comment lines at the top are kept when the tool saves the file.\n"

blocks = {}
debug_info = '1=13'
