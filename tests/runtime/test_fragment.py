"""st.fragment (CHECKLIST section FRAG): fragment runs, in the runtime and the page tree.

Streamlit's AppTest always runs the whole script, even for a widget inside a
fragment; `AppTest._run_fragment_of` does what the page does instead (rerun only
that fragment), and the page tree it rebuilds follows the page's rules (Note
[Fragment scope] in web/src/app/tree.ts). The browser side is in
web/test/fragments.test.ts and playwright/fragments.spec.ts.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from wasmlit import protocol
from wasmlit.runtime.fragment import run_every_seconds
from wasmlit.runtime.requests import RerunData, ScriptRequests, State, coalesce
from wasmlit.testing import AppTest

COUNTERS = """
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.setdefault("frag", 0)
st.session_state.full += 1
st.write(f"full {st.session_state.full}")
outside = st.container()

@st.fragment
def counter():
    st.session_state.frag += 1
    st.button("Rerun fragment")
    st.write(f"frag {st.session_state.frag}")
    outside.write(f"from fragment {st.session_state.frag}")

counter()
st.button("Rerun full app")
st.write("end")
"""


def _click_in_fragment(at: AppTest, label: str) -> AppTest:
    button = next(b for b in at.button if b.label == label)
    button.click()
    return at._run_fragment_of(button.id)


def _fragment_bodies(at: AppTest) -> list[protocol.FragmentBody]:
    return [m for m in at._host.messages if isinstance(m, protocol.FragmentBody)]


def test_FRAG_01_FRAG_04_both_decorator_forms_render_when_called_on_first_load() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write("top")

        @st.fragment
        def bare():
            st.write("bare")

        @st.fragment()
        def called(name):
            st.write(f"called {name}")

        st.write("before")
        bare()
        called("x")
        """
    ).run()
    assert not at.exception
    assert at.markdown.values == ["top", "before", "bare", "called x"]
    assert len(_fragment_bodies(at)) == 2


def test_FRAG_01_experimental_fragment_still_works_with_streamlits_warning() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st

        @st.experimental_fragment
        def f():
            st.write("inside")

        f()
        """
    ).run()
    assert at.markdown.values == ["inside"]
    assert at.warning.values == [
        "Please replace `st.experimental_fragment` with `st.fragment`.\n\n"
        "`st.experimental_fragment` will be removed after 2025-01-01."
    ]


def test_FRAG_02_FRAG_15_a_widget_in_a_fragment_reruns_only_the_fragment() -> None:
    at = AppTest.from_string(COUNTERS).run()
    assert at.markdown.values == ["full 1", "from fragment 1", "frag 1", "end"]
    _click_in_fragment(at, "Rerun fragment")
    # Only the fragment ran: the full-run counter and everything outside stay.
    assert at.session_state.full == 1 and at.session_state.frag == 2
    assert at.markdown.values == ["full 1", "from fragment 1", "from fragment 2", "frag 2", "end"]
    started = [m for m in at._host.messages if isinstance(m, protocol.ScriptStarted)]
    assert started[0].fragment_ids == [] and len(started[-1].fragment_ids) == 1


def test_FRAG_03_a_widget_outside_every_fragment_reruns_everything() -> None:
    at = AppTest.from_string(COUNTERS).run()
    _click_in_fragment(at, "Rerun fragment")
    next(b for b in at.button if b.label == "Rerun full app").click().run()
    assert at.session_state.full == 2 and at.session_state.frag == 3
    # A full run redraws everything: the accumulated outside writes are gone.
    assert at.markdown.values == ["full 2", "from fragment 3", "frag 3", "end"]


def test_FRAG_05_fragments_are_independent() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("runs", [])
        st.title("My Awesome App")

        @st.fragment()
        def toggle_and_text():
            st.session_state.runs.append("a")
            cols = st.columns(2)
            cols[0].toggle("Toggle")
            cols[1].text_area("Enter text")

        @st.fragment()
        def filter_and_file():
            st.session_state.runs.append("b")
            cols = st.columns(2)
            cols[0].checkbox("Filter")

        toggle_and_text()
        cols = st.columns(2)
        cols[0].selectbox("Select", [1, 2, 3], None)
        cols[1].button("Update")
        filter_and_file()
        st.session_state.runs.append("main")
        """
    ).run()
    assert at.session_state.runs == ["a", "b", "main"]
    at.toggle[0].set_value(True)
    at._run_fragment_of(at.toggle[0].id)
    assert at.session_state.runs == ["a", "b", "main", "a"]
    assert at.toggle[0].value is True
    at.checkbox[0].check()
    at._run_fragment_of(at.checkbox[0].id)
    assert at.session_state.runs[-1] == "b" and at.checkbox[0].value is True
    at.button[0].click().run()
    assert at.session_state.runs[-3:] == ["a", "b", "main"]
    assert at.toggle[0].value is True and at.checkbox[0].value is True


def test_FRAG_06_a_fragment_called_in_the_sidebar_redraws_there() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)

        @st.fragment
        def side():
            st.session_state.n += 1
            st.button("More")
            st.write(f"side {st.session_state.n}")

        with st.sidebar:
            side()
        st.write("main")
        """
    ).run()
    assert at.sidebar.markdown.values == ["side 1"] and at.main.markdown.values == ["main"]
    _click_in_fragment(at, "More")
    assert at.sidebar.markdown.values == ["side 2"] and at.main.markdown.values == ["main"]


def test_FRAG_07_FRAG_16_return_values_and_arguments() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("x", 0)

        def bump():
            st.session_state.x += 1

        @st.fragment
        def show(arg):
            st.button("Bump", on_click=bump)
            st.write(f"arg {arg} state {st.session_state.x}")
            return "returned"

        result = show(st.session_state.x)
        st.write(f"result {result}")
        """
    ).run()
    assert at.markdown.values == ["arg 0 state 0", "result returned"]
    _click_in_fragment(at, "Bump")
    # The fragment reran with the arguments of the last full run (FRAG-16); its
    # return value went nowhere (FRAG-07): the text below it is the old one.
    assert at.markdown.values == ["arg 0 state 1", "result returned"]
    at.run()
    assert at.markdown.values == ["arg 1 state 1", "result returned"]


def test_FRAG_08_FRAG_10_outside_writes_accumulate_until_the_next_full_run() -> None:
    at = AppTest.from_string(COUNTERS).run()
    for _ in range(3):
        _click_in_fragment(at, "Rerun fragment")
    assert at.markdown.values == [
        "full 1", "from fragment 1", "from fragment 2", "from fragment 3", "from fragment 4",
        "frag 4", "end",
    ]
    at.run()
    assert at.markdown.values == ["full 2", "from fragment 5", "frag 5", "end"]


def test_FRAG_09_the_body_is_cleared_and_redrawn_in_place() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.write("above")

        @st.fragment
        def body():
            st.session_state.n += 1
            st.button("Again")
            for i in range(3 if st.session_state.n == 1 else 1):
                st.write(f"line {i} of run {st.session_state.n}")

        body()
        st.write("below")
        """
    ).run()
    assert at.markdown.values == ["above", "line 0 of run 1", "line 1 of run 1", "line 2 of run 1",
                                  "below"]
    for _ in range(2):
        _click_in_fragment(at, "Again")
    assert at.markdown.values == ["above", "line 0 of run 3", "below"]
    assert len(at.button) == 1


def test_FRAG_11_widgets_outside_the_body_are_an_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        outside = st.container()

        @st.fragment
        def f():
            st.write("fine")
            outside.write("elements are fine")
            outside.button("not fine")

        f()
        st.write("after")
        """
    ).run()
    assert at.exception[0].message == (
        "Fragments cannot write widgets to outside containers."
    )
    assert at.exception[0].proto.type_name == "StreamlitAPIException"
    # Drawn in the fragment's body; the rest of the script went on.
    assert at.markdown.values == ["elements are fine", "fine", "after"]


@pytest.mark.parametrize("call", ["st.sidebar.write('x')", "with st.sidebar: st.write('x')"],
                         ids=["method", "with"])
def test_FRAG_11_writing_to_the_sidebar_from_a_fragment_is_an_error(call: str) -> None:
    at = AppTest.from_string(
        f"""
        import streamlit as st

        @st.fragment
        def f():
            {call}

        f()
        """
    ).run()
    assert at.exception[0].message == (
        "Calling `st.sidebar` in a function wrapped with `st.fragment` is not supported. "
        "To write elements to the sidebar with a fragment, call your fragment function inside "
        "a `with st.sidebar` context manager."
    )


def test_FRAG_12_an_outside_empty_is_replaced_not_accumulated() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        slot = st.empty()

        @st.fragment
        def f():
            st.session_state.n += 1
            st.button("Go")
            slot.write(f"latest {st.session_state.n}")

        f()
        """
    ).run()
    for _ in range(3):
        _click_in_fragment(at, "Go")
    assert at.markdown.values == ["latest 4"]


def test_FRAG_13_st_rerun_in_a_fragment_reruns_the_whole_app() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.setdefault("clicks", 0)
        st.session_state.full += 1

        @st.fragment
        def count_to_two():
            if st.button("Plus one!"):
                st.session_state.clicks += 1
                if st.session_state.clicks % 2 == 0:
                    st.rerun()

        count_to_two()
        st.header(f"pairs {st.session_state.clicks // 2} full {st.session_state.full}")
        """
    ).run()
    _click_in_fragment(at, "Plus one!")
    assert at.header.values == ["pairs 0 full 1"]
    _click_in_fragment(at, "Plus one!")
    assert at.header.values == ["pairs 1 full 2"]


def test_FRAG_13_rerun_scope_fragment_reruns_only_the_fragment() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.setdefault("frag", 0)
        st.session_state.full += 1

        @st.fragment
        def f():
            st.session_state.frag += 1
            if st.button("Twice") and st.session_state.frag % 2 == 0:
                st.rerun(scope="fragment")
            st.write(f"frag {st.session_state.frag}")

        f()
        st.write(f"full {st.session_state.full}")
        """
    ).run()
    _click_in_fragment(at, "Twice")
    assert not at.exception
    assert at.session_state.frag == 3 and at.session_state.full == 1
    assert at.markdown.values == ["frag 3", "full 1"]


def test_FRAG_13_rerun_scope_fragment_in_a_full_run_is_an_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st

        @st.fragment
        def f():
            st.rerun(scope="fragment")

        f()
        """
    ).run()
    assert at.exception[0].message == (
        'scope="fragment" can only be specified from `@st.fragment`-decorated '
        "functions during fragment reruns."
    )
    at = AppTest.from_string('import streamlit as st\nst.rerun(scope="page")').run()
    assert at.exception[0].message == (
        "'page'is not a valid rerun scope. Valid scopes are 'app' and 'fragment'."
    )


@pytest.mark.parametrize(
    ("run_every", "seconds"),
    [(None, None), (0, None), (2, 2.0), (0.5, 0.5), (timedelta(minutes=1), 60.0), ("10s", 10.0),
     ("1h23s", 3623.0)],
    ids=["none", "zero", "int", "float", "timedelta", "string", "compound"],
)
def test_FRAG_14_run_every_in_seconds(run_every: object, seconds: float | None) -> None:
    assert run_every_seconds(run_every) == seconds  # type: ignore[arg-type]  # every accepted type


def test_FRAG_14_run_every_reaches_the_page_and_a_tick_reruns_only_the_fragment() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("ticks", 0)
        st.session_state.setdefault("full", 0)
        st.session_state.full += 1

        @st.fragment(run_every="2s")
        def clock():
            st.session_state.ticks += 1
            st.write(f"tick {st.session_state.ticks}")

        clock()
        st.write(f"full {st.session_state.full}")
        """
    ).run()
    (body,) = _fragment_bodies(at)
    assert body.run_every == 2.0
    at._run_fragments((body.fragment_id,))
    at._run_fragments((body.fragment_id,))
    assert at.markdown.values == ["tick 3", "full 1"]


def test_FRAG_15_a_callback_runs_once_before_the_fragment_body() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("log", [])

        def cb():
            st.session_state.log.append("callback")

        @st.fragment
        def f():
            st.session_state.log.append("body")
            st.button("Go", on_click=cb)

        f()
        """
    ).run()
    _click_in_fragment(at, "Go")
    assert at.session_state.log == ["body", "callback", "body"]


def test_FRAG_18_FRAG_19_widgets_in_fragment_columns_update_each_other() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.full += 1

        def copy():
            st.session_state.mirror = st.session_state.source

        @st.fragment
        def f():
            left, right = st.columns(2)
            left.text_input("Source", key="source", on_change=copy)
            right.text_input("Mirror", key="mirror")

        f()
        """
    ).run()
    assert not at.exception
    at.text_input(key="source").input("hello")
    at._run_fragment_of(at.text_input(key="source").id)
    assert at.text_input(key="mirror").value == "hello"
    assert at.session_state.full == 1


def test_FRAG_02_WID_cleanup_a_fragment_run_keeps_outside_widgets_state() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.checkbox("Outside", key="outside")

        @st.fragment
        def f():
            if st.toggle("Show extra", key="show", value=True):
                st.text_input("Extra", key="extra")

        f()
        """
    ).run()
    at.checkbox(key="outside").check().run()
    at.text_input(key="extra").input("typed")
    at._run_fragment_of(at.text_input(key="extra").id)
    assert at.session_state.extra == "typed"
    at.toggle(key="show").set_value(False)
    at._run_fragment_of(at.toggle(key="show").id)
    # The fragment's own widget that did not render is cleaned up; the widget
    # outside the fragment (not drawn by a fragment run) keeps its state.
    assert "extra" not in at.session_state
    assert at.session_state.outside is True


def test_FRAG_an_exception_in_a_fragment_is_drawn_in_its_body_and_the_app_goes_on() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st

        @st.fragment
        def broken():
            st.write("inside")
            raise ValueError("boom")

        broken()
        st.write("after")
        """
    ).run()
    assert at.exception[0].message == "boom"
    assert at.markdown.values == ["inside", "after"]


def test_FRAG_a_fragment_outside_a_run_does_nothing() -> None:
    from wasmlit import api as st

    @st.fragment
    def f() -> str:
        return "ran"

    assert f() is None


# ------------------------------------------- requests: Note [Coalescing]


def test_FRAG_14_a_fragment_rerun_waits_for_the_run_in_progress() -> None:
    requests = ScriptRequests()
    requests.request_rerun(RerunData((), fragment_ids=("f",)))
    assert requests.on_checkpoint() == (State.IDLE, None)
    assert requests.take_rerun() == RerunData((), fragment_ids=("f",))


def test_FRAG_13_a_scoped_fragment_rerun_preempts() -> None:
    requests = ScriptRequests()
    data = RerunData(None, fragment_ids=("f",), fragment_scoped=True)
    requests.request_rerun(data)
    assert requests.on_checkpoint() == (State.RERUN, data)


def test_FRAG_03_coalescing_a_full_rerun_wins_fragments_unite() -> None:
    a = RerunData((), fragment_ids=("a",))
    b = RerunData((), fragment_ids=("b", "a"))
    assert coalesce(a, b).fragment_ids == ("a", "b")
    assert coalesce(a, RerunData(())).fragment_ids == ()
    assert coalesce(RerunData(()), b).fragment_ids == ()


def test_FRAG_01_FRAG_02_example_068_hi_back(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "068_fragment_basic.py")).run()
    assert at.markdown.values == []
    _click_in_fragment(at, "Hi!")
    assert at.markdown.values == ["Hi back!"]
    assert len(_fragment_bodies(at)) == 2  # drawn by the full run, then by the fragment run


def test_FRAG_17_cache_and_fragment_on_one_function_is_unsupported_but_the_app_runs() -> None:
    """Streamlit documents the combination as unsupported; wasmlit does not
    forbid it either: the function runs and returns its value, run after run."""
    at = AppTest.from_string(
        """
        import streamlit as st

        @st.cache_data
        @st.fragment
        def cached_fragment(x):
            st.write(f"inside {x}")
            return x * 2

        st.write(f"got {cached_fragment(2)}")
        """
    ).run()
    assert not at.exception
    assert at.markdown.values == ["inside 2", "got 4"]
    at.run()
    assert not at.exception
    assert at.markdown.values[-1] == "got 4"


def test_FRAG_EXE_12_st_stop_in_a_called_fragment_ends_only_the_fragment() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)

        @st.fragment
        def f():
            st.session_state.n += 1
            st.button("Go")
            st.write("before stop")
            st.stop()
            st.write("never")

        f()
        st.write("after the fragment")
        """
    ).run()
    assert at.markdown.values == ["before stop", "after the fragment"]
    _click_in_fragment(at, "Go")
    # In a fragment run, st.stop() ends the run; the rest of the page stays.
    assert at.session_state.n == 2
    assert at.markdown.values == ["before stop", "after the fragment"]
