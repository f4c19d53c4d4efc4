"""The build's compatibility report: what in an app will not work in a browser.

Note [Compatibility report]
~~~~~~~~~~~~~~~~~~~~~~~~~~~
`wasmlit build` reads the app's .py files (ast, never executed) and reports,
with file:line and a suggestion each, code that runs under CPython but not as
the user expects in Pyodide inside a browser tab:
- threads, processes, subprocesses and sockets (no OS underneath: importing
  works, starting one fails at run time);
- literal file paths outside the app folder (only the app folder is shipped);
- HTTP requests to a host (the browser enforces CORS; `requests` and
  `urllib` need a host that sends Access-Control-Allow-Origin).
Imports of packages that Pyodide lacks are already build errors
(lock.resolve). The report is a list of warnings; `--strict` makes any
finding fail the build (exit 1) before anything is written.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Finding:
    file: str  # relative to the app folder
    line: int
    message: str
    suggestion: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}; {self.suggestion}"


_NO_OS = (
    "Pyodide runs in one browser thread with no operating system underneath"
)
# Module -> (what it is, suggestion).
_UNSUPPORTED_MODULES: Mapping[str, tuple[str, str]] = {
    "threading": (
        "threads",
        "starting a Thread fails; do the work in the script, or use asyncio",
    ),
    "multiprocessing": (
        "processes",
        "do the work in the script (st.cache_data keeps slow results across reruns)",
    ),
    "subprocess": (
        "subprocesses",
        "there are no programs to run in a browser; call the Python library directly",
    ),
    "socket": (
        "sockets",
        "use pyodide.http.pyfetch (HTTP only, subject to CORS) instead of raw sockets",
    ),
    # CHECKLIST EXE-20: what a script starts runs where the script runs (here
    # the Pyodide worker, which cannot open a browser window).
    "webbrowser": (
        "browser windows",
        "the app already runs in the viewer's browser: show a link (st.link_button, st.page_link)",
    ),
}
_UNSUPPORTED_ATTRS: Mapping[tuple[str, str], str] = {
    ("os", "system"): "subprocesses",
    ("os", "popen"): "subprocesses",
    ("os", "fork"): "processes",
    ("concurrent.futures", "ProcessPoolExecutor"): "processes",
    ("concurrent.futures", "ThreadPoolExecutor"): "threads",
}
_HTTP_FUNCS = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "request", "stream", "urlopen",
     "urlretrieve", "Request"}
)
_HTTP_MODULES = frozenset({"requests", "httpx", "urllib", "urllib.request", "urllib3", "aiohttp"})
_WINDOWS_PATH = re.compile(r"^[A-Za-z]:[\\/]")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def scan_app(trees: Mapping[str, ast.Module]) -> list[Finding]:
    """Every finding in the app's parsed sources (`{relative path: tree}`), sorted."""
    findings: list[Finding] = []
    for rel, tree in trees.items():
        findings.extend(_Scanner(rel).run(tree))
    return sorted(set(findings), key=lambda f: (f.file, f.line, f.message))


def report_lines(findings: Iterable[Finding]) -> list[str]:
    return [str(f) for f in findings]


class _Scanner(ast.NodeVisitor):
    def __init__(self, file: str) -> None:
        self.file = file
        self.found: list[Finding] = []
        self.aliases: dict[str, str] = {}  # local name -> dotted module (or module.attr)

    def run(self, tree: ast.Module) -> list[Finding]:
        self.visit(tree)
        return self.found

    def _add(self, node: ast.AST, message: str, suggestion: str) -> None:
        self.found.append(Finding(self.file, getattr(node, "lineno", 0), message, suggestion))

    # -- imports ------------------------------------------------------------

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.aliases[alias.asname or alias.name.split(".", 1)[0]] = (
                alias.name if alias.asname else alias.name.split(".", 1)[0]
            )
            self._check_module(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level != 0 or not node.module:
            return
        self._check_module(node.module, node)
        for alias in node.names:
            self.aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
            what = _UNSUPPORTED_ATTRS.get((node.module, alias.name))
            if what is not None:
                self._add(node, f"imports {node.module}.{alias.name}: {_NO_OS}, so {what} cannot start",
                          "do the work in the script instead")

    def _check_module(self, dotted: str, node: ast.stmt) -> None:
        top = dotted.split(".", 1)[0]
        hit = _UNSUPPORTED_MODULES.get(top)
        if hit is not None:
            what, suggestion = hit
            self._add(node, f"imports {dotted!r}: {_NO_OS}, so {what} cannot start", suggestion)

    # -- calls --------------------------------------------------------------

    def visit_Call(self, node: ast.Call) -> None:
        name = self._dotted(node.func)
        if name is not None:
            self._check_os_call(name, node)
            self._check_http_call(name, node)
            self._check_dev_component(name, node)
        self._check_paths(node)
        self.generic_visit(node)

    def _dotted(self, func: ast.expr) -> str | None:
        """`requests.get` for `requests.get(...)` or `r.get(...)` after `import requests as r`."""
        parts: list[str] = []
        while isinstance(func, ast.Attribute):
            parts.append(func.attr)
            func = func.value
        if not isinstance(func, ast.Name):
            return None
        head = self.aliases.get(func.id, func.id)
        return ".".join([head, *reversed(parts)])

    def _check_os_call(self, name: str, node: ast.Call) -> None:
        module, _, attr = name.rpartition(".")
        what = _UNSUPPORTED_ATTRS.get((module, attr))
        if what is not None:
            self._add(node, f"calls {name}(): {_NO_OS}, so {what} cannot start",
                      "do the work in the script instead")

    def _check_http_call(self, name: str, node: ast.Call) -> None:
        module, _, attr = name.rpartition(".")
        if attr not in _HTTP_FUNCS or not (module in _HTTP_MODULES or module.split(".")[0] in _HTTP_MODULES):
            return
        url = _first_string(node)
        if url is not None and _URL.match(url):
            host = urlsplit(url).netloc or url
            target = f"the host {host}"
        else:
            target = "a URL"
        self._add(
            node,
            f"{name}() requests {target} from the browser: it works only if that server allows "
            "cross-origin requests (CORS: Access-Control-Allow-Origin)",
            "check the host sends CORS headers, or fetch the data at build time and ship it "
            "in the app folder",
        )

    def _check_dev_component(self, name: str, node: ast.Call) -> None:
        """declare_component(url=...): the template's dev server (COMP-20), there only on
        the developer's machine (Note [Custom components] in components/v1.py)."""
        if not name.endswith("declare_component") or not any(k.arg == "url" for k in node.keywords):
            return
        self._add(
            node,
            "declare_component(url=...) loads the component from a dev server, which visitors "
            "of the bundle do not have",
            "before you ship, build the frontend (npm run build) and declare it with path= "
            "pointing at the build folder inside the app folder",
        )

    def _check_paths(self, node: ast.Call) -> None:
        for arg in [*node.args[:1], *(k.value for k in node.keywords if k.arg in ("file", "path", "filepath_or_buffer"))]:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and _outside(arg.value):
                self._add(
                    arg,
                    f"uses the path {arg.value!r}, outside the app folder: only the app's "
                    "folder is shipped to the browser",
                    "copy the file into the app folder and use a path relative to it",
                )


def _first_string(node: ast.Call) -> str | None:
    args = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "url")]
    for arg in args:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return arg.value
        if isinstance(arg, ast.JoinedStr) and arg.values:
            first = arg.values[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                return first.value
    return None


def _outside(s: str) -> bool:
    """A literal that looks like a file path leaving the app folder."""
    if "\n" in s or len(s) < 2 or len(s) > 260 or _URL.match(s):
        return False
    if s.startswith(("../", "..\\", "~/", "~\\")) or s == "..":
        return True
    if _WINDOWS_PATH.match(s):
        return True
    # An absolute POSIX path with at least one more component: "/data/x.csv",
    # not "/" or a lone word such as a URL route "/about".
    return s.startswith("/") and not s.startswith("//") and s.count("/") >= 2 and " " not in s
