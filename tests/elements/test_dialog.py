"""@st.dialog (Note [Dialogs] in elements/dialog.py): a modal whose body is a fragment.

Streamlit's AppTest always runs the whole script; `AppTest._run_fragment_of`
reruns only the dialog's body, as the page does for a widget inside it. The
browser side is in playwright/dialog_chat.spec.ts.
"""

from __future__ import annotations

from wasmlit import protocol
from wasmlit.testing import AppTest

APP = """
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.setdefault("body", 0)
st.session_state.full += 1
st.write(f"full {st.session_state.full}")

@st.dialog("Cast your vote", width="large")
def vote(item):
    st.session_state.body += 1
    st.write(f"Why is {item} your favorite? body {st.session_state.body}")
    reason = st.text_input("Because...")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

if "vote" not in st.session_state:
    if st.button("A"):
        vote("A")
else:
    st.write(f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}")
"""


def _dialogs(at: AppTest) -> list[protocol.Dialog]:
    return [n.payload for n in at._tree.roots[protocol.ROOTS.index("event")].children.values()
            if isinstance(n.payload, protocol.Dialog)]


def _click(at: AppTest, label: str) -> None:
    next(b for b in at.button if b.label == label).click()


def test_dialog_opens_in_the_event_root_with_its_title_and_width() -> None:
    at = AppTest.from_string(APP).run()
    assert _dialogs(at) == []
    _click(at, "A")
    at.run()
    assert not at.exception
    assert _dialogs(at) == [protocol.Dialog("Cast your vote", "large", True)]
    assert at.get("dialog")[0].title == "Cast your vote"
    # What the dialog draws is listed with the rest of the page, in the dialog.
    assert at.get("dialog")[0].text_input[0].label == "Because..."
    assert "Why is A your favorite? body 1" in at.markdown.values


def test_FRAG_02_a_widget_in_the_dialog_reruns_only_the_dialog_body() -> None:
    at = AppTest.from_string(APP).run()
    _click(at, "A")
    at.run()
    assert at.markdown.values[0] == "full 2"
    at.text_input[0].input("cats")
    at._run_fragment_of(at.text_input[0].id)
    assert at.session_state.full == 2  # the script did not run
    assert at.session_state.body == 2
    assert at.markdown.values == ["full 2", "Why is A your favorite? body 2"]
    assert len(_dialogs(at)) == 1  # still open
    assert at.text_input[0].value == "cats"


def test_FRAG_13_st_rerun_in_the_dialog_is_a_full_run_that_closes_it() -> None:
    at = AppTest.from_string(APP).run()
    _click(at, "A")
    at.run()
    at.text_input[0].input("they purr")
    at._run_fragment_of(at.text_input[0].id)
    submit = next(b for b in at.button if b.label == "Submit")
    submit.click()
    at._run_fragment_of(submit.id)
    assert not at.exception
    assert _dialogs(at) == []  # the full run did not call vote(): closed
    assert at.markdown.values[-1] == "You voted for A because they purr"
    assert at.session_state.full == 3


def test_dialog_does_not_reappear_on_the_next_full_run_unless_called_again() -> None:
    at = AppTest.from_string(APP).run()
    _click(at, "A")
    at.run()
    assert len(_dialogs(at)) == 1
    at.run()  # e.g. the user closed it and used another widget
    assert _dialogs(at) == []
    _click(at, "A")
    at.run()
    assert len(_dialogs(at)) == 1


def test_only_one_dialog_may_be_opened_in_a_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st

        @st.dialog("One")
        def one():
            st.write("one")

        @st.dialog("Two")
        def two():
            st.write("two")

        one()
        two()
        st.write("not reached")
        """
    ).run()
    assert at.exception[0].value == (
        "Only one dialog is allowed to be opened at the same time. Please make sure to not "
        "call a dialog-decorated function more than once in a script run."
    )
    assert [d.title for d in _dialogs(at)] == ["One"]
    assert "not reached" not in at.markdown.values


def test_dialog_needs_a_title() -> None:
    message = ('A non-empty `title` argument has to be provided for dialogs, for example '
               '`@st.dialog("Example Title")`.')
    for decorator in ("@st.dialog", '@st.dialog("")'):
        at = AppTest.from_string(
            f"""
            import streamlit as st

            {decorator}
            def d():
                st.write("x")
            """
        ).run()
        assert at.exception[0].value == message, decorator


def test_dialog_width_other_than_large_is_small_and_args_reach_the_body() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st

        @st.dialog("Hi", width="medium")
        def d(a, *, b):
            st.write(f"{a} {b}")

        d(1, b=2)
        """
    ).run()
    assert _dialogs(at) == [protocol.Dialog("Hi", "small", True)]
    assert at.markdown.values == ["1 2"]


def test_experimental_dialog_works_with_streamlits_deprecation_warning() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st

        @st.experimental_dialog("Old")
        def d():
            st.write("inside")

        d()
        """
    ).run()
    assert at.warning[0].value == (
        "Please replace `st.experimental_dialog` with `st.dialog`.\n\n"
        "`st.experimental_dialog` will be removed after 2025-01-01."
    )
    assert [d.title for d in _dialogs(at)] == ["Old"]
    assert at.markdown.values == ["inside"]


def test_dialog_body_exception_is_drawn_in_the_dialog_and_the_script_goes_on() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st

        @st.dialog("Oops")
        def d():
            raise ValueError("bad")

        d()
        st.write("after")
        """
    ).run()
    assert at.get("dialog")[0].exception[0].value == "bad"
    assert at.markdown.values == ["after"]


def test_dialog_called_inside_a_sidebar_block_still_opens_as_a_modal() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st

        @st.dialog("Side")
        def d():
            st.write("modal")

        with st.sidebar:
            st.write("side")
            d()
        """
    ).run()
    assert at.sidebar.markdown.values == ["side"]
    assert at.get("dialog")[0].markdown.values == ["modal"]
