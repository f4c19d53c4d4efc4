"""Running the app script once: compile (cached), exec in a fresh __main__.

A run: ScriptStarted; callbacks of changed widgets (before any script line,
CHECKLIST EXE-14); the script top to bottom; widget clean-up; ScriptFinished.
An uncaught exception is drawn as an exception element where the script had
got to, and the run counts as finished (the next interaction reruns as usual).
"""

from __future__ import annotations

import ast
import hashlib
import os
import sys
import types
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wasmlit import protocol
from wasmlit.runtime.context import ScriptRunContext, set_script_run_ctx
from wasmlit.runtime.control import RerunException, StopException
from wasmlit.runtime.magic import MAGIC_NAME, add_magic
from wasmlit.runtime.requests import RerunData

if TYPE_CHECKING:
    from wasmlit.runtime.session import AppSession


@dataclass(frozen=True)
class RunResult:
    status: protocol.RunStatus
    rerun: RerunData | None  # the run to start next (st.rerun or an interrupt)


class ScriptCache:
    """Compiled code per script, recompiled only when the source changes."""

    def __init__(self) -> None:
        self._code: dict[str, tuple[bytes, types.CodeType]] = {}

    def get(self, path: str, source: str | None = None, *, magic: bool = True) -> types.CodeType:
        if source is None:
            with open(path, encoding="utf-8") as f:
                source = f.read()
        digest = hashlib.blake2b(source.encode() + bytes([magic]), digest_size=16).digest()
        cached = self._code.get(path)
        if cached is not None and cached[0] == digest:
            return cached[1]
        tree = ast.parse(source, filename=path)
        if magic:  # runner.magicEnabled (CFG)
            tree = add_magic(tree)
        code = compile(tree, path, "exec", dont_inherit=True)
        self._code[path] = (digest, code)
        return code


def run_script(session: AppSession, data: RerunData, run_id: int) -> RunResult:
    from wasmlit.elements.status import exception_element
    from wasmlit.elements.tree import MAIN
    from wasmlit.elements.write import magic_write

    from wasmlit.pages import begin_run, end_run
    from wasmlit.runtime.fragment import run_fragments
    from wasmlit.state import enums

    enums.mode = session.config.enum_coercion  # runner.enumCoercion

    ctx = ScriptRunContext(session=session, run_id=run_id, page=data.page or "",
                           fragment_ids_this_run=data.fragment_ids)
    host = session.host
    state = session.session_state
    set_script_run_ctx(ctx)
    main_module = types.ModuleType("__main__")
    saved_main = sys.modules.get("__main__")
    script_dir = os.path.dirname(os.path.abspath(session.script_path))
    added_path = script_dir not in sys.path
    if added_path:  # modules next to the app are importable (CHECKLIST EXE-21)
        sys.path.insert(0, script_dir)
    status: protocol.RunStatus = "ok"
    rerun: RerunData | None = None
    try:
        host.send(protocol.ScriptStarted(run_id, list(data.fragment_ids)))
        try:
            state.on_script_will_rerun(data.widgets)
        except RerunException:
            # st.rerun() in a callback: the run is about to happen anyway.
            pass
        script_path = begin_run(ctx, data)  # the page to run: Note [Page addressing]
        if data.fragment_ids:  # Note [Fragment runs] in runtime/fragment.py
            run_fragments(ctx, data.fragment_ids)
        else:
            code = session.scripts.get(
                script_path, session.source if script_path == session.script_path else None,
                magic=session.config.magic_enabled,
            )
            main_module.__dict__.update(
                __file__=script_path, __builtins__=__builtins__, __name__="__main__"
            )
            main_module.__dict__[MAGIC_NAME] = magic_write
            sys.modules["__main__"] = main_module
            exec(code, main_module.__dict__)
            session.fragments.forget_all_but(ctx.new_fragment_ids)
    except RerunException as e:
        status = "rerun"
        rerun = e.data if e.data is not None else RerunData(None, data.page)
    except StopException:
        status = "stopped"
    except Exception as e:  # the app's error: drawn, then the run finishes normally
        status = "error"
        ctx.dg_stack.clear()
        try:
            MAIN._enqueue(exception_element(e, details=session.config.show_error_details))
        except (RerunException, StopException):
            pass
    finally:
        if saved_main is not None:
            sys.modules["__main__"] = saved_main
        if added_path and script_dir in sys.path:
            sys.path.remove(script_dir)
    if status in ("ok", "error") and not data.fragment_ids:
        end_run(ctx)
    if status in ("ok", "error"):
        state.on_script_finished(ctx.widget_ids_this_run, ctx.fragment_ids_this_run)
    session.fragments.cursors = dict(ctx.cursors)
    set_script_run_ctx(None)
    host.send(protocol.ScriptFinished(run_id, status))
    return RunResult(status, rerun)
