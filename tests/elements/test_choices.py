"""st.toggle, st.radio, st.multiselect, st.text_area: values, errors, AppTest accessors."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_WID_38_TEST_15_toggle_returns_bool_and_set_value() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nv = st.toggle('On', key='t')\nst.write(repr(v))\n"
    ).run()
    assert at.toggle[0].value is False and at.toggle[0].label == "On"
    assert at.markdown.values == ["False"]
    at.toggle[0].set_value(True).run()
    assert at.markdown.values == ["True"] and at.session_state.t is True


def test_WID_38_TEST_13_TEST_15_radio_options_index_none_captions_format_func_horizontal() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        v = st.radio("Pick", [1, 2, 3], format_func=lambda x: f"n{x}", horizontal=True,
                     captions=["one", "two", "three"])
        w = st.radio("Maybe", ["a", "b"], index=None)
        st.write(repr(v), repr(w))
        """
    ).run()
    r = at.radio[0]
    assert r.options == ["n1", "n2", "n3"] and r.horizontal is True and r.index == 0
    assert r.proto.captions == ["one", "two", "three"]
    assert at.radio[1].value is None and at.radio[1].index is None
    at.radio[0].set_value(3)
    at.radio[1].set_value("b").run()
    assert at.markdown.values == ["3 'b'"]
    assert at.radio[0].index == 2 and at.radio[1].value == "b"


def test_radio_errors() -> None:
    at = AppTest.from_string("import streamlit as st\nst.radio('x', ['a'], index=3)\n").run()
    assert at.exception[0].value == "Radio index must be between 0 and length of options"
    at = AppTest.from_string("import streamlit as st\nst.radio('x', ['a'], index='a')\n").run()
    assert at.exception[0].value == "Radio Value has invalid type: str"


def test_WID_29_TEST_15_multiselect_default_select_unselect_format_func() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        v = st.multiselect("Fruit", ["apple", "pear", "fig"], default=["pear"],
                           format_func=str.upper, placeholder="Pick some", key="m")
        st.write(repr(v))
        """
    ).run()
    m = at.multiselect[0]
    assert m.value == ["pear"] and m.options == ["APPLE", "PEAR", "FIG"]
    assert m.placeholder == "Pick some" and m.indices == [1]
    at.multiselect[0].select("fig").run()
    assert at.markdown.values == ["['pear', 'fig']"]
    at.multiselect[0].unselect("pear").run()
    assert at.session_state.m == ["fig"]
    at.multiselect[0].set_value([]).run()
    assert at.markdown.values == ["[]"]


def test_multiselect_errors_and_max_selections() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.multiselect('x', ['a', 'b'], default=['c'])\n"
    ).run()
    assert at.exception[0].value == (
        "The default value 'c' is not part of the options. Please make sure that every "
        "default values also exists in the options."
    )
    at = AppTest.from_string(
        "import streamlit as st\nst.multiselect('x', ['a', 'b'], default=['a', 'b'], "
        "max_selections=1)\n"
    ).run()
    assert at.exception[0].value.startswith(
        "Multiselect has 2 options selected but `max_selections` is set to 1."
    )
    at = AppTest.from_string("import streamlit as st\nst.multiselect('x', [])\n").run()
    assert at.multiselect[0].placeholder == "No options to select."


def test_TEST_15_text_area_value_height_max_chars_placeholder() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        v = st.text_area("Notes", "hi", height=120, max_chars=5, placeholder="type")
        st.write(repr(v))
        """
    ).run()
    ta = at.text_area[0]
    assert ta.value == "hi" and ta.max_chars == 5 and ta.placeholder == "type"
    assert ta.proto.height == 120
    at.text_area[0].input("too long").run()  # ignored beyond max_chars, as the page would
    assert at.markdown.values == ["'hi'"]
    at.text_area[0].input("a\nb").run()
    assert at.markdown.values == ["'a\\nb'"]
    at = AppTest.from_string("import streamlit as st\nst.text_area('x', height=20)\n").run()
    assert at.exception[0].value == (
        "Invalid height 20px for `st.text_area` - must be at least 68 pixels."
    )


def test_four_widgets_in_a_form_batch_with_the_submit() -> None:
    """FORM-03 with these widgets: all values arrive with the submit."""
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f", clear_on_submit=True):
            t = st.toggle("T")
            r = st.radio("R", ["x", "y"])
            m = st.multiselect("M", ["p", "q"])
            a = st.text_area("A")
            st.form_submit_button()
        st.write(repr((t, r, m, a)))
        """
    ).run()
    at.toggle[0].set_value(True)
    at.radio[0].set_value("y")
    at.multiselect[0].select("q")
    at.text_area[0].input("note")
    at.button[0].click().run()
    assert at.markdown.values == ["(True, 'y', ['q'], 'note')"]
    assert at.toggle[0].proto.value is False and at.multiselect[0].proto.value == []
    at.run()
    assert at.markdown.values == ["(False, 'x', [], '')"]


def test_WID_28_multiselect_options_from_an_enum_class() -> None:
    at = AppTest.from_string(
        """
        import enum
        import streamlit as st
        class Color(enum.Enum):
            RED = 1
            GREEN = 2
        picked = st.multiselect("Pick colors", options=Color)
        st.write(str([c.name for c in picked]))
        """
    ).run()
    assert at.multiselect[0].options == ["Color.RED", "Color.GREEN"]
    at.multiselect[0].set_value([]).run()
    assert at.markdown.values == ["[]"]


def test_TEST_15_chained_select_and_unselect() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nv = st.multiselect('m', ['a', 'b', 'c'])\nst.write(str(v))\n"
    ).run()
    at.multiselect[0].select("a").select("c").unselect("a").run()
    assert at.markdown.values == ["['c']"]


def test_SS_19_values_set_through_session_state_before_the_widgets() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.button("set"):
            st.session_state.r = "L"
            st.session_state.m = ["b"]
            st.session_state.t = True
            st.session_state.a = "x"
        r = st.radio("R", ["S", "L"], key="r")
        m = st.multiselect("M", ["a", "b"], key="m")
        t = st.toggle("T", key="t")
        a = st.text_area("A", key="a")
        st.write(repr((r, m, t, a)))
        """
    ).run()
    assert at.markdown.values == ["('S', [], False, '')"]
    at.button[0].click().run()
    assert at.markdown.values == ["('L', ['b'], True, 'x')"]
    assert at.radio[0].proto.set_value and at.radio[0].proto.value == 1  # the page must take it
    assert at.multiselect[0].proto.value == [1]
    at.run()
    assert at.markdown.values == ["('L', ['b'], True, 'x')"]
