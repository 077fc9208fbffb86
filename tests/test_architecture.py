"""The layers stay as ARCHITECTURE.md draws them: imports point one way, with no cycle; only the
files module touches the disk or runs git; nothing is pickled; `--version` loads nothing heavy."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "soc2cli"
# Calls that read, write, rename or delete files (os.replace is caught as os.*; str.replace is not
# file I/O), and modules that do it or run programs.
PATH_METHODS = {"read_text", "write_text", "read_bytes", "write_bytes", "unlink", "rename", "mkdir"}
PATH_METHODS |= {"rmdir", "touch", "open", "chmod"}
OS_CALLS = {"open", "fdopen", "replace", "rename", "remove", "unlink", "mkdir", "makedirs", "rmdir"}
SHUTIL_CALLS = {"copy", "copy2", "copyfile", "copytree", "move", "rmtree"}
FILE_IO_MODULES = {"subprocess", "tempfile", "pickle", "marshal", "shelve"}
FRONT = ("soc2cli.cli", "soc2cli.ui", "soc2cli.prompts")


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(REPO).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, module: str) -> Iterator[str]:
    """Every soc2cli module imported when the code runs (imports only for type checking aside)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            yield from (name for child in node.orelse for name in _imports(child, module))
            continue
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("soc2cli"))
        elif (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and (node.module or "").startswith("soc2cli")
        ):
            yield str(node.module)
            yield from (f"{node.module}.{a.name}" for a in node.names)
        yield from _imports(node, module)


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found = set(_imports(ast.parse(path.read_text(encoding="utf-8")), name))
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def test_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}  # 1 visiting, 2 done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycle = [*stack[stack.index(dep) :], dep]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if dep not in state:
                visit(dep)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_imports_point_one_way() -> None:
    problems = []
    for module, deps in _graph().items():
        front = _within(module, (*FRONT, "soc2cli.__main__"))
        for dep in deps:
            if _within(dep, FRONT) and not front:
                problems.append(f"{module} imports {dep}: only the command line talks to people")
            if _within(dep, ("soc2cli.formats",)) and not (
                front or _within(module, ("soc2cli.formats",))
            ):
                problems.append(f"{module} imports {dep}: the core never depends on a format")
            if (
                _within(module, ("soc2cli.formats",))
                and _within(dep, ("soc2cli.formats",))
                and module != "soc2cli.formats"
                and dep not in ("soc2cli.formats", "soc2cli.formats.common")
            ):
                problems.append(f"{module} imports {dep}: a format never imports another")
    assert not problems, "\n".join([*problems, "(the layers: ARCHITECTURE.md)"])


def _module_call(func: ast.Attribute, module: str, names: set[str]) -> bool:
    return isinstance(func.value, ast.Name) and func.value.id == module and func.attr in names


def test_only_the_files_module_touches_the_disk() -> None:
    problems = []
    for module, path in _modules().items():
        if _within(module, ("soc2cli.files",)):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name) and func.id == "open":
                    problems.append(f"{module}:{node.lineno} calls open()")
                elif isinstance(func, ast.Attribute) and (
                    func.attr in PATH_METHODS
                    or _module_call(func, "os", OS_CALLS)
                    or _module_call(func, "shutil", SHUTIL_CALLS)
                ):
                    problems.append(f"{module}:{node.lineno} calls {func.attr}()")
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names.append(node.module)
                for name in names:
                    if name.split(".")[0] in FILE_IO_MODULES:
                        problems.append(f"{module}:{node.lineno} imports {name}")
    footer = "(only soc2cli/files/ touches the disk or runs git: ARCHITECTURE.md)"
    assert not problems, "\n".join([*problems, footer])


def test_version_loads_nothing_heavy() -> None:
    probe = (
        "import sys\n"
        "from soc2cli.cli import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'jinja2', 'yaml', 'rich'})\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.splitlines() == ["soc2 0.1.0".replace("0.1.0", _version()), ""]


def _version() -> str:
    from soc2cli import __version__

    return __version__
