"""No function in soc2cli longer than 60 lines, unless a comment says why.

The reason goes on the line above the ``def`` (or its decorators): ``# long: <why>``.
Run from the repository root: python .ci/function_length.py [PATH...]
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

LIMIT = 60
GENERATED = "compiled_templates"  # Jinja's code for the built-in templates, not written by hand
MARK = "# long:"


def long_functions(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        if length > LIMIT and not lines[first - 2].strip().startswith(MARK):
            found.append(f"{path}:{node.lineno}: {node.name} is {length} lines (limit {LIMIT})")
    return found


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv] or [Path("soc2cli")]
    found = [
        problem
        for root in roots
        for path in sorted(root.rglob("*.py") if root.is_dir() else [root])
        if GENERATED not in path.parts
        for problem in long_functions(path)
    ]
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
