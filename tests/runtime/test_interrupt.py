"""A message from the page interrupts a running script at its next checkpoint."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from wasmlit import protocol
from wasmlit.runtime.host import MemoryHost
from wasmlit.runtime.session import AppSession

LOOP_APP = """
import time
import streamlit as st
fast = st.checkbox("fast")
st.write("start fast" if fast else "start slow")
for i in range(200):
    st.write(f"tick {i}")
    time.sleep(0.1)
st.write("done")
"""


class SignallingHost(MemoryHost):
    def __init__(self) -> None:
        super().__init__()
        self.changed = threading.Condition()

    def send(self, msg: protocol.ForwardMsg) -> None:
        super().send(msg)
        with self.changed:
            self.changed.notify_all()

    def wait_for(self, pred, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        with self.changed:
            while not pred():
                left = deadline - time.monotonic()
                assert left > 0, "timed out waiting for the runtime"
                self.changed.wait(left)


def _markdown(msgs: list[protocol.ForwardMsg], run_id: int) -> list[str]:
    return [m.element.body for m in msgs if isinstance(m, protocol.ElementDelta)
            and m.run_id == run_id and isinstance(m.element, protocol.Markdown)]


def test_EXE_18_widget_change_mid_run_interrupts_and_starts_a_new_run(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(LOOP_APP)
    host = SignallingHost()
    session = AppSession(str(app), host)
    session.request_initial_run()
    runner = threading.Thread(target=session.drain, daemon=True)
    started = time.monotonic()
    runner.start()
    # Elements reach the page while the run goes on (EXE-18).
    host.wait_for(lambda: "tick 2" in _markdown(host.messages, 1))
    checkbox = next(m.element for m in host.messages if isinstance(m, protocol.ElementDelta)
                    and isinstance(m.element, protocol.Checkbox))
    session.receive(json.dumps({"type": "rerun", "widgets": [
        {"id": checkbox.id, "value": True, "trigger": False}]}))
    host.wait_for(lambda: "start fast" in _markdown(host.messages, 2))
    elapsed = time.monotonic() - started
    finished = [m for m in host.messages if isinstance(m, protocol.ScriptFinished)]
    assert finished[0] == protocol.ScriptFinished(1, "rerun")
    assert elapsed < 5, f"the interrupt took {elapsed:.1f}s; the loop alone takes 20s"
    session.receive(json.dumps({"type": "stop"}))
    runner.join(5)
    assert not runner.is_alive()
    assert protocol.ScriptFinished(2, "stopped") in host.messages


def test_time_sleep_outside_a_run_is_the_real_sleep(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\n")
    AppSession(str(app), MemoryHost())  # installs the app's time.sleep
    t0 = time.monotonic()
    time.sleep(0.05)
    assert time.monotonic() - t0 >= 0.05


def test_button_press_during_a_run_is_delivered_to_the_next_run(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        "import time\nimport streamlit as st\n"
        "if st.button('go'):\n    st.write('pressed')\n"
        "time.sleep(0.3)\nst.write('end')\n"
    )
    host = SignallingHost()
    session = AppSession(str(app), host)
    session.request_initial_run()
    runner = threading.Thread(target=session.drain, daemon=True)
    runner.start()
    host.wait_for(lambda: any(isinstance(m, protocol.ElementDelta)
                              and isinstance(m.element, protocol.Button) for m in host.messages))
    button = next(m.element for m in host.messages if isinstance(m, protocol.ElementDelta)
                  and isinstance(m.element, protocol.Button))
    session.receive(json.dumps({"type": "rerun", "widgets": [
        {"id": button.id, "value": True, "trigger": True}]}))
    # A second message before the script picks the first up must not lose the press.
    session.receive(json.dumps({"type": "rerun", "widgets": []}))
    host.wait_for(lambda: "pressed" in _markdown(host.messages, 2))
    runner.join(5)
