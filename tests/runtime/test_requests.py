"""The request state machine and its coalescing policy (Note [Coalescing])."""

from __future__ import annotations

from wasmlit.protocol import WidgetState
from wasmlit.runtime.requests import RerunData, ScriptRequests, State, coalesce


def test_newer_widget_values_win_when_reruns_coalesce() -> None:
    old = RerunData((WidgetState("a", 1, False),))
    new = RerunData((WidgetState("a", 2, False),))
    assert coalesce(old, new).widgets == (WidgetState("a", 2, False),)


def test_a_button_press_is_never_lost_by_coalescing() -> None:
    pressed = RerunData((WidgetState("btn", True, True), WidgetState("a", 1, False)))
    later = RerunData((WidgetState("a", 5, False),))
    merged = coalesce(pressed, later).widgets
    assert merged is not None
    assert {w.id: w for w in merged} == {
        "a": WidgetState("a", 5, False), "btn": WidgetState("btn", True, True)
    }


def test_a_later_request_for_the_default_page_wins_over_an_earlier_page_MPA() -> None:
    """"" is the default page, not "no page": clicking Home while a switch to
    another page is pending lands on Home; None keeps the pending page."""
    to_other = RerunData((), page="other")
    assert coalesce(to_other, RerunData((), page="")).page == ""
    assert coalesce(to_other, RerunData((), page=None)).page == "other"
    assert coalesce(RerunData(None, page="other"), RerunData(None, page="")).page == ""


def test_checkpoint_takes_the_pending_request_once() -> None:
    req = ScriptRequests()
    assert req.on_checkpoint() == (State.IDLE, None)
    req.request_rerun(RerunData(()))
    assert req.on_checkpoint() == (State.RERUN, RerunData(()))
    assert req.on_checkpoint() == (State.IDLE, None)
    req.request_stop()
    assert req.on_checkpoint()[0] is State.STOP


def test_take_rerun_between_runs_ignores_a_stop() -> None:
    req = ScriptRequests()
    req.request_stop()
    assert req.take_rerun() is None
    req.request_rerun(RerunData(()))
    req.request_rerun(RerunData((WidgetState("a", 1, False),)))
    assert req.take_rerun() == RerunData((WidgetState("a", 1, False),))
