"""st.chat_input (Note [Chat input] in elements/chat.py) and st.feedback.

The browser side is in playwright/dialog_chat.spec.ts.
"""

from __future__ import annotations

import pytest

from wasmlit import protocol
from wasmlit.testing import AppTest

CHAT = """
import streamlit as st
st.session_state.setdefault("messages", [])
for m in st.session_state.messages:
    with st.chat_message(m["role"]):
        st.write(m["content"])
if prompt := st.chat_input("Say something"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.write(prompt)
st.write(f"returned {prompt!r}")
"""


def _root_of(at: AppTest, payload_kind: str) -> list[str]:
    return [protocol.ROOTS[i] for i, root in enumerate(at._tree.roots)
            for n in root.children.values() if getattr(n.payload, "KIND", None) == payload_kind]


def test_WID_40_TEST_15_TEST_18_EL_23_chat_input_returns_the_text_for_one_run_only() -> None:
    at = AppTest.from_string(CHAT).run()
    assert at.chat_input[0].value is None
    assert at.markdown.values == ["returned None"]
    at.chat_input[0].set_value("hi").run()
    assert at.chat_input[0].value == "hi"
    assert at.chat_message[0].avatar  # the user's message was drawn
    assert at.chat_message[0].markdown[0].value == "hi"
    assert at.markdown.values[-1] == "returned 'hi'"
    at.run()  # any other run: None again (TEST-18)
    assert at.chat_input[0].value is None
    assert at.markdown.values[-1] == "returned None"
    assert at.chat_message[0].markdown[0].value == "hi"  # from session state now
    # The same text twice is two submissions.
    at.chat_input[0].set_value("hi").run()
    assert at.markdown.values[-1] == "returned 'hi'"
    assert len(at.chat_message) == 2


def test_TEST_10_chat_input_view_has_placeholder_and_defaults() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.chat_input()
        st.chat_input("Ask", key="ask", max_chars=10, disabled=True)
        """
    ).run()
    first, second = at.chat_input
    assert first.placeholder == "Your message"
    assert first.max_chars is None and not first.disabled
    assert second.placeholder == "Ask" and second.max_chars == 10 and second.disabled
    assert at.chat_input(key="ask") is not None


def test_chat_input_at_the_top_level_is_pinned_to_the_bottom_root() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write("page")
        st.chat_input("bottom")
        st.write("after")
        """
    ).run()
    assert _root_of(at, "chat_input") == ["bottom"]
    # It takes no slot in the main area.
    assert [n.payload.body for n in at._tree.roots[0].children.values()] == ["page", "after"]


@pytest.mark.parametrize("where", [
    "with st.container():",
    "with st.sidebar:",
    "with st.columns(2)[0]:",
    "with st.expander('e'):",
])
def test_chat_input_inside_a_container_is_drawn_inline(where: str) -> None:
    at = AppTest.from_string(
        f"""
        import streamlit as st
        {where}
            st.chat_input("inline")
        """
    ).run()
    assert not at.exception
    assert "bottom" not in _root_of(at, "chat_input")
    assert len(at.chat_input) == 1
    assert at.get("chat_input")[0].placeholder == "inline"


def test_chat_input_in_a_fragment_or_dialog_is_inline() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st

        @st.fragment
        def f():
            st.chat_input("frag")

        @st.dialog("D")
        def d():
            st.chat_input("dlg")

        f()
        d()
        """
    ).run()
    assert not at.exception
    assert "bottom" not in _root_of(at, "chat_input")
    assert [c.placeholder for c in at.chat_input] == ["frag", "dlg"]


def test_chat_input_on_submit_runs_before_the_script_with_args() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        def sent(tag):
            st.session_state.log.append((tag, st.session_state.chat))
        st.write(repr(st.session_state.log))
        st.chat_input(key="chat", on_submit=sent, args=("t",))
        """
    ).run()
    at.chat_input[0].set_value("yo").run()
    assert at.markdown.values == ["[('t', 'yo')]"]
    at.run()
    assert at.markdown.values == ["[('t', 'yo')]"]  # no callback without a submission
    assert at.session_state.chat is None


def test_chat_input_value_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.chat = "preset"
        st.chat_input(key="chat")
        """
    ).run()
    assert at.exception[0].value == (
        "Values for the widget with key 'chat' cannot be set using `st.session_state`."
    )


def test_chat_input_in_a_form_is_an_error_in_a_real_app() -> None:
    from wasmlit.runtime.host import MemoryHost
    from wasmlit.runtime.requests import RerunData
    from wasmlit.runtime.session import AppSession

    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            st.chat_input()
            st.form_submit_button()
        """
    )
    host = MemoryHost()
    session = AppSession(at._script_path, host, source=at._session.source)
    session.request_rerun(RerunData(()))
    session.drain()
    errors = [m.element for m in host.messages if isinstance(m, protocol.ElementDelta)
              and isinstance(m.element, protocol.ExceptionElement)]
    assert [e.message for e in errors] == ["`st.chat_input()` can't be used in a `st.form()`."]


def test_WID_03_two_identical_chat_inputs_are_duplicates() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.chat_input()
        st.chat_input()
        """
    ).run()
    assert at.exception[0].type_name == "DuplicateWidgetID"


# ------------------------------------------------------------------ feedback


@pytest.mark.parametrize(("options", "count", "pick", "value"), [
    ("thumbs", 2, 0, 1),  # 👍 is shown first and returns 1
    ("thumbs", 2, 1, 0),
    ("faces", 5, 4, 4),
    ("stars", 5, 2, 2),
], ids=["thumb-up", "thumb-down", "faces", "stars"])
def test_feedback_returns_the_chosen_options_value(options: str, count: int, pick: int,
                                                   value: int) -> None:
    at = AppTest.from_string(
        f"""
        import streamlit as st
        st.write(repr(st.feedback({options!r}, key="fb")))
        """
    ).run()
    assert at.markdown.values == ["None"]
    view = at.button_group[0]
    assert len(view.options) == count
    assert view.value is None and view.indices == []
    view.set_value(value).run()
    assert at.markdown.values == [repr(value)]
    assert at.button_group[0].value == value
    assert at.button_group[0].indices == [pick]
    assert at.session_state.fb == value
    at.run()  # not a trigger: the choice stays
    assert at.markdown.values == [repr(value)]


def test_feedback_can_be_set_through_session_state_and_calls_on_change() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("changes", 0)
        if "fb" not in st.session_state:
            st.session_state.fb = 0
        def changed():
            st.session_state.changes += 1
        v = st.feedback("faces", key="fb", on_change=changed)
        st.write(f"{v} {st.session_state.changes}")
        """
    ).run()
    assert at.markdown.values == ["0 0"]
    assert at.button_group[0].indices == [0]
    at.button_group[0].set_value(2).run()
    assert at.markdown.values == ["2 1"]


def test_feedback_rejects_unknown_options_with_streamlits_error() -> None:
    at = AppTest.from_string('import streamlit as st\nst.feedback("hearts")').run()
    assert at.exception[0].value == (
        "The options argument to st.feedback must be one of ['thumbs', 'faces', 'stars']. "
        "The argument passed was 'hearts'."
    )


def test_feedback_disabled_is_shown_as_such() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.feedback("stars", disabled=True)').run()
    assert at.button_group[0].disabled
    assert at.button_group[0].proto.variant == "stars"
