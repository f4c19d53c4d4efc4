"""Widget identity (Note [Widget identity]) and values of each widget kind."""

from __future__ import annotations

from pathlib import Path

from wasmlit.state.widgets import compute_widget_id, is_keyed_widget_id
from wasmlit.testing import AppTest


def test_WID_01_id_is_a_pure_function_of_kind_key_page_and_identity_args() -> None:
    a = compute_widget_id("slider", user_key=None, label="A", min_value=0)
    assert a == compute_widget_id("slider", user_key=None, min_value=0, label="A")
    assert a != compute_widget_id("slider", user_key=None, label="A", min_value=1)
    assert a != compute_widget_id("number_input", user_key=None, label="A", min_value=0)
    assert a != compute_widget_id("slider", user_key=None, page="other", label="A", min_value=0)
    assert a != compute_widget_id("slider", user_key="k", label="A", min_value=0)
    assert is_keyed_widget_id(compute_widget_id("slider", user_key="k"))
    assert not is_keyed_widget_id(a)


def test_WID_02_BTN_06_disabled_and_callbacks_do_not_change_identity(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "012_button_toggle_disabled.py")).run()
    at.slider[0].set_value(42).run()
    at.button[0].click().run()
    assert at.slider[0].disabled is True
    assert at.slider[0].value == 42
    at.button[0].click().run()
    assert at.slider[0].disabled is False
    assert at.slider[0].value == 42


def test_WID_03_BTN_22_identical_widgets_raise_duplicate_widget_id() -> None:
    at = AppTest.from_string("import streamlit as st\nst.button('OK')\nst.button('OK')\n").run()
    assert at.exception[0].type_name == "DuplicateWidgetID"
    assert "`button`" in at.exception[0].value
    at = AppTest.from_string(
        "import streamlit as st\nst.button('OK', key='privacy')\nst.button('OK', key='terms')\n"
    ).run()
    assert len(at.exception) == 0 and len(at.button) == 2


def test_duplicate_user_key_across_kinds_raises() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.text_input('a', key='k')\nst.checkbox('b', key='k')\n"
    ).run()
    assert at.exception[0].type_name == "DuplicateWidgetID"
    assert "key='k'" in at.exception[0].value


def test_WID_07_changing_an_identity_argument_resets_the_widget() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        hi = st.number_input("max", value=10)
        st.slider("A", 0, hi, key="a")
        """
    ).run()
    at.slider[0].set_value(7).run()
    assert at.slider[0].value == 7
    at.number_input[0].set_value(20).run()
    assert at.slider[0].value == 0


def test_WID_14_widget_keeps_its_value_across_reruns() -> None:
    at = AppTest.from_string("import streamlit as st\nst.text_input('Name')\nst.button('x')\n").run()
    at.text_input[0].input("Ada").run()
    at.button[0].click().run()
    at.run()
    assert at.text_input[0].value == "Ada"


def test_BTN_01_BTN_21_button_is_true_for_exactly_one_run() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nv = st.button('Go', key='go')\nst.write(type(v).__name__, v)\n"
    ).run()
    assert at.markdown.values == ["bool `False`"]
    at.button[0].click().run()
    assert at.markdown.values == ["bool `True`"]
    assert at.session_state.go is True
    at.run()
    assert at.markdown.values == ["bool `False`"]
    assert at.session_state.go is False


def test_BTN_02_BTN_03_temporary_message_disappears_on_next_action(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "001_button_temp_message.py")).run()
    at.text_input[0].input("Dog").run()
    at.button[0].click().run()
    assert at.markdown.values == ["We have that animal!"]
    at.text_input[0].input("cow").run()
    assert at.markdown.values == []
    at.button[0].click().run()
    assert at.markdown.values == ["We don't have that animal."]


def test_BTN_04_stateful_button_keeps_slider_on_the_page(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "002_button_stateful_callback.py")).run()
    assert len(at.slider) == 0
    at.button[0].click().run()
    assert at.markdown.values == ["Button clicked!"]
    at.slider[0].set_value(40).run()
    assert at.markdown.values == ["Button clicked!"]
    assert at.slider[0].value == 40


def test_BTN_05_toggle_button(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "011_button_toggle_callback.py")).run()
    at.button[0].click().run()
    assert "Button is on!" in at.markdown.values
    at.slider[0].set_value(3).run()
    assert "Button is on!" in at.markdown.values
    at.button[0].click().run()
    assert "Button is off!" in at.markdown.values and len(at.slider) == 0


def test_BTN_16_nested_button_body_never_runs(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "017_antipattern_nested_buttons.py")).run()
    at.button[0].click().run()
    assert any("Button 1 was clicked" in v for v in at.markdown.values)
    at.button[1].click().run()
    assert not any("Button 2 was clicked" in v for v in at.markdown.values)


def test_WID_23_WID_30_WID_31_WID_32_number_input_types_and_defaults() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        a = st.number_input("Beans to add", 0, 10)
        b = st.number_input("a")
        c = st.number_input("Maximum", 6, 10, 10)
        d = st.number_input("v", value=0, step=1)
        st.write(repr(a), repr(b), repr(c), repr(d))
        """
    ).run()
    assert at.markdown.values == ["0 0.0 10 0"]
    at.number_input[0].increment().run()
    assert at.number_input[0].value == 1 and isinstance(at.number_input[0].value, int)
    at.number_input[2].increment().run()
    assert at.number_input[2].value == 10  # clamped to max_value


def test_number_input_rejects_mixed_types_and_out_of_range_defaults() -> None:
    at = AppTest.from_string("import streamlit as st\nst.number_input('x', 0, 10.5)\n").run()
    assert "All numerical arguments must be of the same type" in at.exception[0].value
    at = AppTest.from_string("import streamlit as st\nst.number_input('x', 5, 10, 2)\n").run()
    assert at.exception[0].type_name == "StreamlitAPIException"


def test_WID_33_slider_defaults_types_and_ranges() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        a = st.slider("Pick a number", 1, 10)
        b = st.slider("Select a value")
        c = st.slider("f", 0.0, 1.0, 0.5)
        d = st.slider("range", 0, 100, (20, 80))
        st.write(repr(a), repr(b), repr(c), repr(d))
        """
    ).run()
    assert at.markdown.values == ["1 0 0.5 (20, 80)"]
    at.slider[3].set_range(10, 30).run()
    assert at.slider[3].value == (10, 30)


def test_WID_34_WID_35_text_input_default_and_password_type() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "a = st.text_input('Your sentence:', \"Where's the tuna?\")\n"
        "p = st.text_input('pw', type='password')\n"
        "st.write(repr(a), repr(p))\n"
    ).run()
    assert at.text_input[0].value == "Where's the tuna?"
    assert at.text_input[1].proto.type == "password"


def test_WID_38_checkbox_returns_bool() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write(repr(st.checkbox('c')))\n").run()
    assert at.markdown.values == ["False"]
    at.checkbox[0].check().run()
    assert at.markdown.values == ["True"]


def test_WID_23_WID_25_WID_26_TEST_12_TEST_13_selectbox(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "043_apptest_selectbox_inspect.py")).run()
    sb = at.selectbox[0]
    assert sb.value is None and sb.index is None
    assert sb.label == "A" and sb.options == ["1", "2", "3"]
    assert sb.help == "Pick a number" and sb.placeholder == "Pick me" and sb.disabled is False
    sb.select(2).run()
    assert at.selectbox[0].value == 2 and at.selectbox[0].index == 1
    at = AppTest.from_string("import streamlit as st\nst.write(repr(st.selectbox('s', [1, 2])))\n").run()
    assert at.markdown.values == ["1"]


def test_WID_27_choice_returns_the_option_object_of_the_previous_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        class Opt:
            def __init__(self, n): self.n = n
            def __str__(self): return f"opt{self.n}"
        opts = [Opt(1), Opt(2)]
        prev = st.session_state.get("prev_opts", [])
        chosen = st.selectbox("s", opts, index=0)
        st.write(any(chosen is o for o in prev), any(chosen is o for o in opts))
        st.session_state.prev_opts = opts
        """
    ).run()
    at.selectbox[0].select_index(1).run()
    assert at.markdown.values == ["`True` `False`"]
    at.run()
    assert at.markdown.values == ["`True` `False`"]
    assert at.selectbox[0].index == 1


def test_WID_41_label_visibility_and_invalid_values() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.text_input('x', label_visibility='sideways')\n"
    ).run()
    assert "Unsupported label_visibility option 'sideways'" in at.exception[0].value
