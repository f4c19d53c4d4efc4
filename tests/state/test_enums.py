"""Enum coercion of choice widgets (Note [Enum coercion] in state/enums.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from wasmlit import alias, protocol
from wasmlit.runtime.host import MemoryHost
from wasmlit.runtime.session import AppSession
from wasmlit.state import enums

APP = """
import enum
import streamlit as st

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

picked = st.multiselect("Pick colors", options=Color)
one = st.selectbox("One", options=Color)
r = st.radio("Radio", options=list(Color))
st.text(f"multi={set(picked) == {Color.RED, Color.GREEN}} "
        f"select={one is Color.GREEN} radio={r is Color.BLUE}")
"""


@pytest.fixture(autouse=True)
def _mode() -> Iterator[None]:
    alias.install()
    yield
    enums.mode = "nameOnly"


class _Page:
    """Drives a session as the page does: choice widgets send option indices."""

    def __init__(self, path: Path) -> None:
        self.host = MemoryHost()
        self.session = AppSession(str(path), self.host)
        self.session.request_initial_run()
        self.session.drain()
        self.ids = {e.KIND: e.id for e in self._elements() if hasattr(e, "id")}

    def _elements(self) -> list[Any]:
        return [m.element for m in self.host.messages if isinstance(m, protocol.ElementDelta)]

    def rerun(self, values: dict[str, Any]) -> list[str]:
        """Reruns with `{widget kind: value}`; returns the texts and markdown it drew."""
        self.host.messages.clear()
        widgets = [{"id": self.ids[k], "value": v, "trigger": False} for k, v in values.items()]
        self.session.receive(json.dumps({"type": "rerun", "widgets": widgets}))
        self.session.drain()
        return [str(e.body) for e in self._elements() if e.KIND in ("text", "markdown")]


def _page(tmp_path: Path, source: str) -> _Page:
    app = tmp_path / "app.py"
    app.write_text(source)
    return _Page(app)


def test_CLS_09_CLS_10_choices_of_a_redefined_enum_compare_equal_to_this_runs_members(tmp_path: Path) -> None:
    page = _page(tmp_path, APP)
    assert page.rerun({"multiselect": [0, 1], "selectbox": 1, "radio": 2}) == [
        "multi=True select=True radio=True"
    ]


def test_CLS_10_example_028_shows_hooray(examples: Path, tmp_path: Path) -> None:
    page = _page(tmp_path, (examples / "028_enum_coercion_multiselect.py").read_text())
    assert page.rerun({"multiselect": [0, 1]}) == ["Hooray, you found the color YELLOW!"]
    assert page.rerun({"multiselect": [0, 2]}) == []


def test_CLS_09_CLS_11_off_returns_the_previous_runs_members(tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text('[runner]\nenumCoercion = "off"\n')
    page = _page(tmp_path, APP)
    assert page.rerun({"multiselect": [0, 1], "selectbox": 1, "radio": 2}) == [
        "multi=False select=False radio=False"
    ]


def _color(members: dict[str, int], name: str = "Color") -> type[Enum]:
    return Enum(name, members)  # type: ignore[return-value]  # the functional API


@pytest.mark.parametrize(
    ("mode", "target_members", "target_name", "coerced"),
    [
        ("nameOnly", {"RED": 1, "GREEN": 2}, "Color", True),
        ("nameOnly", {"RED": 7, "GREEN": 8}, "Color", True),  # values may differ
        ("nameOnly", {"RED": 1, "BLUE": 2}, "Color", False),  # other member names
        ("nameOnly", {"RED": 1, "GREEN": 2}, "Colour", False),  # another class name
        ("nameAndValue", {"RED": 1, "GREEN": 2}, "Color", True),
        ("nameAndValue", {"RED": 7, "GREEN": 8}, "Color", False),
        ("off", {"RED": 1, "GREEN": 2}, "Color", False),
    ],
    ids=["same", "name-only-other-values", "other-names", "other-class-name",
         "name-and-value-same", "name-and-value-other-values", "off"],
)
def test_CLS_11_CLS_12_when_a_member_is_coerced(
    mode: str, target_members: dict[str, int], target_name: str, coerced: bool
) -> None:
    enums.mode = mode
    old = _color({"RED": 1, "GREEN": 2})
    new = _color(target_members, target_name)
    got = enums.coerce_enum(old["RED"], new)  # type: ignore[index]
    assert (got is new["RED"]) is coerced  # type: ignore[index]
    if not coerced:
        assert got is old["RED"]  # type: ignore[index]


def test_CLS_12_two_identical_enum_definitions_are_distinct_classes_with_distinct_members() -> None:
    a, b = _color({"RED": 1}), _color({"RED": 1})
    assert a is not b and a["RED"] != b["RED"]  # type: ignore[index]
    assert enums.coerce_enum(a["RED"], b) is b["RED"]  # type: ignore[index]  # unless coerced


def test_CLS_11_an_unknown_mode_is_an_error() -> None:
    enums.mode = "sometimes"
    old, new = _color({"RED": 1}), _color({"RED": 1})
    with pytest.raises(Exception, match="runner.enumCoercion"):
        enums.coerce_enum(old["RED"], new)  # type: ignore[index]


def test_values_that_are_not_enum_members_pass_through() -> None:
    assert enums.coerce_choice("a", ["a", "b"], ["a", "b"]) == "a"
    assert enums.coerce_choices([1, 2], [1, 2, 3], [1, 2, 3]) == [1, 2]
