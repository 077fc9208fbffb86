# Compiled from templates/policies/_index.md.j2 by examples/regenerate.py: do not edit.
KEY = "283da5ede6ad85441922cd70d973e74efd71af7a71c851d0137b244bb8ed0b66"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'policies/_index.md.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_org = resolve('org')
    l_0_rows = resolve('rows')
    l_0_as_of = resolve('as_of')
    l_0_next_review = resolve('next_review')
    pass
    yield '# '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield ' policy index\n\nThe security policy set of '
    yield str(environment.finalize((undefined(name='org') if l_0_org is missing else l_0_org)))
    yield " (control POL-01). Each policy shows its owner, version, effective date and next review date in its front matter; approvals are recorded in each policy's revision history (POL-02). Run `soc2 policies check` on this folder to find missing policies and overdue reviews.\n\n| Policy | Owner | Version | Review cycle | Required | Open items |\n|---|---|---|---|---|---:|\n"
    for l_1_r in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        l_1_version = resolve('version')
        _loop_vars = {}
        pass
        yield '| ['
        yield str(environment.finalize(environment.getattr(l_1_r, 'title')))
        yield ']('
        yield str(environment.finalize(environment.getattr(l_1_r, 'filename')))
        yield ') | '
        yield str(environment.finalize(environment.getattr(l_1_r, 'owner')))
        yield ' | '
        yield str(environment.finalize((undefined(name='version') if l_1_version is missing else l_1_version)))
        yield ' (draft) | every '
        yield str(environment.finalize(environment.getattr(l_1_r, 'review_months')))
        yield ' months | '
        yield str(environment.finalize(environment.getattr(l_1_r, 'requirement')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_r, 'to_complete')))
        yield ' |\n'
    l_1_r = l_1_version = missing
    yield '\n"Open items" counts the questions in each draft\'s "To complete" list. Resolve them, have each policy approved, and update this index with the approver and approval date.\n\n## What each policy covers\n\n'
    for l_1_r in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        _loop_vars = {}
        pass
        yield '- **'
        yield str(environment.finalize(environment.getattr(l_1_r, 'title')))
        yield '** ('
        yield str(environment.finalize(environment.getattr(l_1_r, 'filename')))
        yield '): '
        yield str(environment.finalize(environment.getattr(l_1_r, 'summary')))
        yield '\n'
    l_1_r = missing
    yield '\nGenerated on '
    yield str(environment.finalize((undefined(name='as_of') if l_0_as_of is missing else l_0_as_of)))
    yield '; the policy set as a whole is next reviewed by '
    yield str(environment.finalize((undefined(name='next_review') if l_0_next_review is missing else l_0_next_review)))
    yield '.\n'

blocks = {}
debug_info = '2=16&4=18&8=20&9=25&16=41&17=45&20=53'
