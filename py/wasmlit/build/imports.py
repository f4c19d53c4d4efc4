"""Finding the modules an app imports, statically.

Note [Optional imports]
~~~~~~~~~~~~~~~~~~~~~~~
Every import statement counts, wherever it is (in functions, in `if`
branches), because the build can't know which code paths will run. Two
shapes are special:
- imports under `if TYPE_CHECKING:` never run, so they are ignored (an app
  that type-annotates with pandas must not download pandas);
- imports in the body of a `try` whose handlers catch ImportError (or
  ModuleNotFoundError, Exception, or everything) are optional: the package is
  bundled when Pyodide has it, and no error is raised when it does not.
`importlib.import_module("name")` and `__import__("name")` with a literal
string count as imports too. Relative imports are the app's own modules.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError", "Exception", "BaseException"})


@dataclass(frozen=True)
class ImportSite:
    module: str  # the top-level name, e.g. "pandas" for `from pandas.api import types`
    dotted: str  # the full name as written
    file: str  # the importing file, relative to the app folder
    line: int
    optional: bool  # see Note [Optional imports]


def scan(file: str, tree: ast.Module) -> list[ImportSite]:
    """Every absolute import in `tree`, in source order."""
    visitor = _ImportVisitor(file)
    visitor.visit(tree)
    return visitor.sites


class _ImportVisitor(ast.NodeVisitor):
    def __init__(self, file: str) -> None:
        self.file = file
        self.sites: list[ImportSite] = []
        self._optional_depth = 0

    def _add(self, dotted: str, node: ast.stmt | ast.expr) -> None:
        top = dotted.split(".", 1)[0]
        if top:
            self.sites.append(
                ImportSite(top, dotted, self.file, node.lineno, self._optional_depth > 0)
            )

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level == 0 and node.module:
            self._add(node.module, node)

    def visit_Call(self, node: ast.Call) -> None:
        if _is_dynamic_import(node.func) and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                if not arg.value.startswith("."):
                    self._add(arg.value, node)
        self.generic_visit(node)

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            for stmt in node.orelse:
                self.visit(stmt)
            return
        self.generic_visit(node)

    def visit_Try(self, node: ast.Try) -> None:
        self._visit_try(node)

    def visit_TryStar(self, node: ast.TryStar) -> None:
        self._visit_try(node)

    def _visit_try(self, node: ast.Try | ast.TryStar) -> None:
        guarded = any(_catches_import_error(h) for h in node.handlers)
        if guarded:
            self._optional_depth += 1
        for stmt in node.body:
            self.visit(stmt)
        if guarded:
            self._optional_depth -= 1
        for part in (*node.handlers, *node.orelse, *node.finalbody):
            self.visit(part)


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in ("__import__", "import_module")
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "import_module"
        and isinstance(func.value, ast.Name)
        and func.value.id == "importlib"
    )


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    for t in types:
        name = t.attr if isinstance(t, ast.Attribute) else t.id if isinstance(t, ast.Name) else ""
        if name in _IMPORT_ERRORS:
            return True
    return False
