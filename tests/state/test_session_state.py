"""Session state: access, lifetime, and its rules with widgets (SS, WID)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit.testing import AppTest


def test_SS_01_SS_02_SS_03_SS_08_item_and_attribute_access_persist_across_reruns() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state["count"] = 0
        st.session_state.count += 1
        st.write(f"{st.session_state['count']} {'count' in st.session_state} {'nope' in st.session_state}")
        """
    ).run()
    assert at.markdown.values == ["1 True False"]
    at.run()
    assert at.markdown.values == ["2 True False"]
    assert at.session_state.count == 2 and at.session_state["count"] == 2


def test_SS_04_SS_05_ERR_03_get_returns_none_or_the_default() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.write(repr(st.session_state.get('missing')), st.session_state.get('beans', 0))\n"
    ).run()
    assert at.markdown.values == ["None `0`"]


def test_SS_06_reading_an_uninitialized_key_raises_streamlits_error() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write(st.session_state['value'])\n").run()
    assert at.exception[0].type_name == "KeyError"
    assert 'st.session_state has no key "value". Did you forget to initialize it?' in at.exception[0].value
    at = AppTest.from_string("import streamlit as st\nst.write(st.session_state.value)\n").run()
    assert at.exception[0].type_name == "AttributeError"
    assert 'st.session_state has no attribute "value"' in at.exception[0].value


def test_session_state_supports_del_iteration_and_len() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.a = 1
        st.session_state["b"] = 2
        del st.session_state.a
        st.write(sorted(st.session_state), len(st.session_state))
        """
    ).run()
    assert at.json.values == ['["b"]']
    assert at.markdown.values == ["`1`"]


def test_SS_13_keyed_widget_value_is_in_session_state() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nv = st.text_input('Name', key='name')\n"
        "st.write(v == st.session_state.name)\n"
    ).run()
    at.text_input[0].input("Ada").run()
    assert at.session_state.name == "Ada"
    assert at.markdown.values == ["`True`"]


def test_SS_14_state_set_before_the_widget_sets_its_value() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if "celsius" not in st.session_state:
            st.session_state.celsius = 50.0
        st.slider("Temperature in Celsius", min_value=-100.0, max_value=100.0, key="celsius")
        """
    ).run()
    assert at.slider[0].value == 50.0


def test_SS_15_BTN_20_button_value_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.session_state.my_button = True\n"
        "st.button('Submit', key='my_button')\n"
    ).run()
    assert at.exception[0].type_name == "StreamlitValueAssignmentNotAllowedError"
    assert "my_button" in at.exception[0].value


def test_SS_17_BTN_11_writing_a_widget_key_after_it_rendered_raises(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "005_widget_modified_after_render_error.py")).run()
    assert len(at.exception) == 0
    at.button[0].click().run()
    assert at.exception[0].type_name == "StreamlitAPIException"
    assert at.exception[0].value == (
        "`st.session_state.name` cannot be modified after the widget with key `name` is "
        "instantiated."
    )


def test_SS_18_BTN_09_callbacks_may_set_any_widget_key(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "007_button_callback_sets_widget.py")).run()
    at.text_input[0].input("Someone").run()
    streamlit_button = [b for b in at.button if b.label == "Streamlit!"][0]
    streamlit_button.click().run()
    assert at.text_input[0].value == "Streamlit"
    [b for b in at.button if b.label == "Clear name"][0].click().run()
    assert at.text_input[0].value == ""
    assert len(at.exception) == 0


def test_SS_20_BTN_12_keyed_button_value_is_readable_before_it_renders(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "006_button_key_logic_first.py")).run()
    assert at.session_state["clear"] is False
    at.button(key="streamlit").click().run()
    assert at.text_input[0].value == "Streamlit"
    at.button(key="clear").click().run()
    assert at.text_input[0].value == ""


def test_SS_21_SS_22_SS_34_callback_args_and_kwargs_are_forwarded(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "078_counter_callback_kwargs.py")).run()
    labels = [b.label for b in at.button]
    at.button[labels.index("Increment")].click().run()
    at.button[labels.index("Increment")].click().run()
    at.button[labels.index("Decrement")].click().run()
    assert at.markdown.values[-1].endswith("`9`")


def test_SS_23_callback_args_are_the_ones_rendered_in_the_previous_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("got", None)
        n = st.number_input("n", value=1)
        def cb(x):
            st.session_state.got = x
        st.button("go", on_click=cb, args=(n,))
        st.write(f"got {st.session_state.got}")
        """
    ).run()
    at.number_input[0].set_value(7)
    at.button[0].click()
    at.run()
    # The args were captured when the button rendered, with n == 1.
    assert at.markdown.values == ["got 1"]


def test_WID_16_WID_17_unrendered_widget_loses_its_state() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        show = st.checkbox("show", value=True)
        if show:
            st.text_input("Name", key="name")
        """
    ).run()
    at.text_input[0].input("Ada").run()
    assert at.session_state.name == "Ada"
    at.checkbox[0].uncheck().run()
    assert "name" not in at.session_state
    at.checkbox[0].check().run()
    assert at.text_input[0].value == ""


def test_WID_19_key_reassigned_by_hand_survives_cleanup() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if "name" in st.session_state:
            st.session_state.name = st.session_state.name
        show = st.checkbox("show", value=True)
        if show:
            st.text_input("Name", key="name")
        """
    ).run()
    at.text_input[0].input("Ada").run()
    at.checkbox[0].uncheck().run()
    assert at.session_state.name == "Ada"
    at.checkbox[0].check().run()
    assert at.text_input[0].value == "Ada"


def test_SS_11_EXE_28_two_sessions_do_not_share_state(examples: Path) -> None:
    a = AppTest.from_file(str(examples / "075_counter_session_state.py")).run()
    b = AppTest.from_file(str(examples / "075_counter_session_state.py")).run()
    a.button[0].click().run()
    a.button[0].click().run()
    b.run()
    assert a.session_state.count == 2
    assert b.session_state.count == 0


@pytest.mark.parametrize("example", ["075_counter_session_state", "076_counter_callback"])
def test_SS_33_counter_counts_clicks(examples: Path, example: str) -> None:
    at = AppTest.from_file(str(examples / f"{example}.py")).run()
    assert at.markdown.values[-1] == "Count =  `0`"
    for n in (1, 2, 3):
        at.button[0].click().run()
        assert at.markdown.values[-1] == f"Count =  `{n}`"
