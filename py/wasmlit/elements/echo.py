"""st.echo: show the source of a `with` block, then run it (as Streamlit's commands/echo.py)."""

from __future__ import annotations

import ast
import contextlib
import textwrap
import traceback
from collections.abc import Iterator

from wasmlit.elements.tree import DeltaGenerator, active_dg
from wasmlit.runtime.context import get_script_run_ctx


def _source_lines(filename: str) -> list[str]:
    ctx = get_script_run_ctx()
    session = ctx.session if ctx is not None else None
    if session is not None and session.source is not None and filename == session.script_path:
        return session.source.splitlines(keepends=True)  # AppTest.from_string: no file
    with open(filename, encoding="utf-8") as f:
        return f.readlines()


def _block_source(filename: str, with_line: int) -> str:
    """The dedented body of the `with` statement on line `with_line` of `filename`."""
    lines = _source_lines(filename)
    for node in ast.walk(ast.parse("".join(lines))):
        if isinstance(node, (ast.With, ast.AsyncWith)) and node.lineno == with_line:
            first = node.body[0]
            start = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
            return textwrap.dedent("".join(lines[start - 1:node.end_lineno]))
    raise OSError(f"no `with st.echo()` block on line {with_line} of {filename}")


@contextlib.contextmanager
def echo(code_location: str = "above") -> Iterator[None]:
    dg: DeltaGenerator = active_dg()
    # "above": a placeholder now, filled with the code once the block has run.
    target = dg if code_location == "below" else dg.empty()
    code: str | None = None
    error: str | None = None
    try:
        caller = traceback.extract_stack()[-3]  # [-1] here, [-2] contextlib's __enter__
        code = _block_source(caller.filename, caller.lineno or 0)
    except (OSError, SyntaxError) as e:
        error = f"Unable to display code. {e}"
    yield
    if code is not None:
        target.code(code, "python")
    elif error is not None:
        target.warning(error)
