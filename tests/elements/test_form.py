"""st.form and st.form_submit_button (CHECKLIST section FORM), in the runtime and AppTest.

The batching itself (no rerun until submit: FORM-02, FORM-05, FORM-23, FORM-24)
is the page's job; see web/test/forms.test.ts and playwright/forms.spec.ts.
"""

from __future__ import annotations

from pathlib import Path

from wasmlit import protocol
from wasmlit.testing import AppTest


def _form_blocks(at: AppTest) -> list[protocol.Form]:
    from wasmlit.testing.tree import walk

    return [n.payload for n in walk(at._tree.roots[0]) if isinstance(n.payload, protocol.Form)]


def test_FORM_01_form_with_block_and_method_calls() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("my_form"):
            st.write("inside")
            st.form_submit_button("Go")
        animal = st.form(key="animal")
        animal.text_input("Name")
        animal.subheader("sub")
        animal.form_submit_button("Send")
        """
    ).run()
    assert not at.exception
    forms = _form_blocks(at)
    assert [f.form_id for f in forms] == ["my_form", "animal"]
    assert forms[0].border is True and forms[0].enter_to_submit is True
    assert [b.label for b in at.button] == ["Go", "Send"]
    assert at.subheader.values == ["sub"]


def test_FORM_03_FORM_08_FORM_22_TEST_16_BTN_23_submit_is_a_button_true_for_one_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            name = st.text_input("Name")
            go = st.form_submit_button("Go")
        st.write(f"go={go} name={name}")
        """
    ).run()
    assert at.markdown.values[-1] == "go=False name="
    assert len(at.button) == 1 and at.button[0].label == "Go"
    at.text_input[0].input("Ada")
    at.button[0].click().run()
    assert at.markdown.values[-1] == "go=True name=Ada"
    at.run()
    assert at.markdown.values[-1] == "go=False name=Ada"


def test_FORM_04_defaults_until_the_first_submit(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "063_form_default_values.py")).run()
    assert at.markdown.values[1:] == ["`1`", "red"]
    at.slider[0].set_value(7)
    at.selectbox[0].select("blue")
    at.button(key=None).click().run()
    assert at.markdown.values[1:] == ["`7`", "blue"]


def test_FORM_06_FORM_07_FORM_19_form_as_container(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "064_form_as_container.py")).run()
    kinds = [type(c).__name__ for c in at.main.children]
    assert kinds == ["Block", "Selectbox"]  # the selectbox made later is below the form
    form = at.main.children[0]
    assert [type(c).__name__ for c in form.children][:2] == ["Button", "TextInput"]  # submit first
    assert at.button[0].label == "Say it with meow!"
    assert at.subheader.values == ["&nbsp;"]
    at.selectbox[0].select("woof").run()
    assert at.button[0].label == "Say it with woof!"
    assert at.subheader.values == ["&nbsp;"]
    at.button[0].click().run()
    assert at.subheader.values == ["Where's the tuna, woof!"]


def test_FORM_16_process_after_the_form(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "065_form_process_after.py")).run()
    assert at.title.values == ["Sum:"]
    at.number_input[0].set_value(1.0)
    at.number_input[1].set_value(2.0)
    at.button[0].click().run()
    assert at.title.values == ["Sum:", "3.00"]


def test_FORM_14_FORM_17_SS_24_submit_callback_reads_submitted_values(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "066_form_callback_session_state.py")).run()
    assert at.title.values == ["Sum:"]
    at.number_input(key="a").set_value(1.5)
    at.number_input(key="b").set_value(2.25)
    at.button[0].click().run()
    assert at.title.values == ["Sum:", "3.75"]
    assert at.session_state.sum == 3.75


def test_FORM_18_rerun_variant(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "067_form_rerun_sum.py")).run()
    at.number_input[0].set_value(2.0)
    at.number_input[1].set_value(3.0)
    at.button[0].click().run()
    assert at.title.values == ["Sum:", "5.00"]


def test_FORM_21_callback_message_at_the_top(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "085_form_callback_attendance.py")).run()
    at.text_input[0].input("Ann")
    at.button[0].click().run()
    assert not at.info
    assert at.session_state.attendance == {"Ann"}
    at.button[0].click().run()
    assert at.info.values == ["Ann has already been counted."]
    assert type(at.main.children[0]).__name__ == "Alert"


def test_FORM_11_BTN_19_button_in_a_form_is_an_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            st.button("No")
            st.form_submit_button()
        """
    ).run()
    assert at.exception[0].type_name == "StreamlitAPIException"
    assert at.exception[0].value.startswith("`st.button()` can't be used in an `st.form()`.")
    assert "documentation for forms" in at.exception[0].value


def test_FORM_12_nested_forms_are_an_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("outer"):
            with st.container():
                st.form("inner")
        """
    ).run()
    assert at.exception[0].value == "Forms cannot be nested in other forms."


def test_FORM_13_callbacks_only_on_the_submit_button_in_a_real_app() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            st.checkbox("c", on_change=lambda: None)
            st.form_submit_button()
        """
    )
    at._session.app_test = False  # as in the browser (Streamlit: runtime.exists())
    at.run()
    assert at.exception[0].value == (
        "With forms, callbacks can only be defined on the `st.form_submit_button`. "
        "Defining callbacks on other widgets inside a form is not allowed."
    )


def test_FORM_13_under_app_test_form_callbacks_run_on_submit_before_the_submit_callback() -> None:
    """Streamlit's AppTest does not enforce FORM-13 (no runtime): an app's own tests still pass."""
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        log = st.session_state.log.append
        with st.form("f"):
            st.form_submit_button("Go", on_click=lambda: log(f"submit {st.session_state.t}"))
            st.text_input("t", key="t", on_change=lambda: log(f"t {st.session_state.t}"))
            st.checkbox("c", key="c", on_change=lambda: log("c"))
        """
    ).run()
    assert not at.exception
    at.text_input[0].input("hi")
    at.checkbox[0].check()
    at.run()  # Streamlit's AppTest sends set values at once, form or not
    assert at.session_state.log == ["t hi", "c"]
    at.button[0].click().run()
    assert at.session_state.log == ["t hi", "c", "submit hi"]
    at.text_input[0].input("yo")
    at.button[0].click().run()
    assert at.session_state.log[-2:] == ["t yo", "submit yo"]


def test_FORM_10_submit_button_outside_a_form_and_duplicate_form_keys() -> None:
    at = AppTest.from_string("import streamlit as st\nst.form_submit_button('Go')\n").run()
    assert at.exception[0].value.startswith(
        "`st.form_submit_button()` must be used inside an `st.form()`."
    )
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            st.form_submit_button()
        with st.form("f"):
            st.form_submit_button("2")
        """
    ).run()
    assert at.exception[0].value.startswith("There are multiple identical forms with `key='f'`.")


def test_form_key_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.f = 1
        with st.form("f"):
            st.form_submit_button()
        """
    ).run()
    assert at.exception[0].type_name == "StreamlitValueAssignmentNotAllowedError"


def test_widget_identity_includes_the_form() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text_input("Name")
        with st.form("f"):
            st.text_input("Name")
            st.form_submit_button()
        """
    ).run()
    assert not at.exception  # the same label outside and inside the form: two widgets
    assert at.text_input[0].id != at.text_input[1].id


def test_clear_on_submit_shows_defaults_after_the_submitted_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f", clear_on_submit=True):
            name = st.text_input("Name", "x")
            n = st.slider("N", 0, 10, 1)
            ok = st.form_submit_button()
        st.write(f"{name}|{n}|{ok}")
        """
    ).run()
    at.text_input[0].input("Ada")
    at.slider[0].set_value(5)
    at.button[0].click().run()
    assert at.markdown.values == ["Ada|5|True"]  # the script sees what was submitted
    assert at.text_input[0].proto.value == "x" and at.text_input[0].proto.set_value
    assert at.slider[0].proto.value == [1]
    at.run()  # the page now holds the defaults again
    assert at.markdown.values == ["x|1|False"]


def test_submit_button_type_is_checked_and_key_is_kept() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            st.form_submit_button("Go", key="go", type="primary", icon="🚀")
        """
    ).run()
    assert at.button(key="go").label == "Go"
    assert at.button[0].proto.type == "primary" and at.button[0].proto.form_id == "f"
    at.button(key="go").click().run()
    assert at.session_state.go is True


def test_FORM_20_columns_inside_a_form_hold_form_widgets() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            a, b = st.columns(2)
            x = a.text_input("X")
            y = b.slider("Y", 0, 5)
            ok = st.form_submit_button("Go")
        st.write(f"{x}|{y}|{ok}")
        """
    ).run()
    assert at.button[0].form_id == "f"
    at.text_input[0].input("hi")
    at.slider[0].set_value(4)
    at.button[0].click().run()
    assert at.markdown.values == ["hi|4|True"]
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            (c,) = st.columns(1)
            c.checkbox("in a column", on_change=print)
            st.form_submit_button()
        """
    )
    at._session.app_test = False  # as in the browser
    at.run()
    assert at.exception[0].value.startswith("With forms, callbacks can only be defined")


def test_submit_button_type_error_message() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            st.form_submit_button("Go", type="big")
        """
    ).run()
    assert at.exception[0].value == (
        'The type argument to st.form_submit_button must be "primary", "secondary", or '
        '"tertiary". \nThe argument passed was "big".'
    )


def test_SS_21_submit_button_callback_gets_args_and_kwargs() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def note(a, b, *, c):
            st.session_state.got = (a, b, c, st.session_state.n)
        with st.form("f"):
            st.number_input("n", key="n", value=1)
            st.form_submit_button("Go", on_click=note, args=(1, 2), kwargs={"c": 3})
        """
    ).run()
    at.number_input[0].set_value(5)
    at.button[0].click().run()
    assert at.session_state.got == (1, 2, 3, 5)
