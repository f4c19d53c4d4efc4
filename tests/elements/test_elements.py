"""Elements and layout (EL, ANIM): what each command sends and where."""

from __future__ import annotations

from wasmlit import protocol
from wasmlit.testing import AppTest


def _deltas(at: AppTest) -> list[protocol.ElementDelta | protocol.BlockDelta]:
    return [m for m in at._host.messages if isinstance(m, (protocol.ElementDelta, protocol.BlockDelta))]


def test_EL_01_EL_02_EL_03_text_elements_keep_their_body() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.title("Bean counter :paw_prints:")
        st.header("Header")
        st.subheader("&nbsp;")
        st.markdown(":balloon: **bold**")
        st.text("plain")
        """
    ).run()
    assert at.title[0].value == "Bean counter :paw_prints:"
    assert at.subheader[0].value == "&nbsp;"
    assert at.markdown[0].value == ":balloon: **bold**"
    assert at.text[0].value == "plain"


def test_EL_06_write_joins_strings_and_picks_elements_by_type() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write("Count = ", 3)
        st.write({"a": 1}, ["x"])
        st.write(ValueError("bad"))
        st.write(":red[Thank you!]")
        """
    ).run()
    assert at.markdown.values == ["Count =  `3`", ":red[Thank you!]"]
    assert at.json.values == ['{"a": 1}', '["x"]']
    assert at.exception[0].type_name == "ValueError" and at.exception[0].value == "bad"


def test_EL_12_json_value_is_a_json_string() -> None:
    at = AppTest.from_string('import streamlit as st\nst.json(["hi", {"foo": "bar"}])\n').run()
    assert at.json[0].value == '["hi", {"foo": "bar"}]'


def test_EL_17_EL_18_columns_by_count_and_weights() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        left, middle, right = st.columns([1, 2, 2])
        left.write("l")
        right.title("r")
        """
    ).run()
    blocks = [m for m in _deltas(at) if isinstance(m, protocol.BlockDelta)]
    assert [b.block.KIND for b in blocks] == ["horizontal", "column", "column", "column"]
    assert [b.block.weight for b in blocks[1:]] == [0.2, 0.4, 0.4]  # type: ignore[union-attr]  # normalized, as in Streamlit
    assert at.columns[2].title[0].value == "r"


def test_columns_reject_bad_specs() -> None:
    at = AppTest.from_string("import streamlit as st\nst.columns(0)\n").run()
    assert at.exception[0].type_name == "StreamlitAPIException"


def test_EL_19_BTN_13_container_reserves_its_place(examples: __import__("pathlib").Path) -> None:
    at = AppTest.from_file(str(examples / "008_container_widget_order.py")).run()
    paths = [m.path for m in _deltas(at) if isinstance(m, protocol.ElementDelta)
             and isinstance(m.element, protocol.TextInput)]
    assert paths and paths[0][:2] == [0, 0]  # inside the first container of main
    [b for b in at.button if b.label == "Streamlit!"][0].click().run()
    assert at.text_input[0].value == "Streamlit" and len(at.exception) == 0


def test_ANIM_01_ANIM_02_empty_holds_one_element_and_clears() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        slot = st.empty()
        slot.write("first")
        slot.write("second")
        st.write("below")
        other = st.empty()
        other.write("gone")
        other.empty()
        """
    ).run()
    assert at.markdown.values == ["second", "below"]


def test_ANIM_03_container_inside_empty_replaces_the_group() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        slot = st.empty()
        with slot.container():
            st.write("a"); st.write("b")
        with slot.container():
            st.write("c")
        """
    ).run()
    assert at.markdown.values == ["c"]


def test_ANIM_06_EL_11_progress_updates_in_place_and_validates() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        bar = st.progress(0, text="working")
        for p in (10, 50, 100):
            bar.progress(p, text=f"{p}%")
        st.progress(0.25)
        """
    ).run()
    assert [p.value for p in at.get("progress")] == [100, 25]
    at = AppTest.from_string("import streamlit as st\nst.progress(101)\n").run()
    assert at.exception[0].value == "Progress Value has invalid value [0, 100]: 101"


def test_EL_10_spinner_shows_while_its_block_runs() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.spinner("Processing..."):
            st.session_state.inside = True
        st.write("done")
        """
    ).run()
    kinds = [m.element.KIND for m in _deltas(at) if isinstance(m, protocol.ElementDelta)]
    assert kinds == ["spinner", "empty", "markdown"]
    assert at.markdown.values == ["done"]


def test_EL_08_alerts_with_icons() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.warning('Incorrect password. Please try again.', icon='⚠️')\n"
        "st.info('i')\n"
    ).run()
    assert at.warning[0].value == "Incorrect password. Please try again."
    assert at.warning[0].icon == "⚠️"
    assert at.info[0].value == "i"


def test_expander_is_a_container() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nwith st.expander('More', expanded=True):\n    st.write('inside')\n"
    ).run()
    blocks = [m for m in _deltas(at) if isinstance(m, protocol.BlockDelta)]
    assert blocks[0].block == protocol.Expander("More", True, None)
    assert at.markdown.values == ["inside"]


def test_unknown_st_attribute_says_it_is_not_supported() -> None:
    at = AppTest.from_string("import streamlit as st\nst.not_a_command('x')\n").run()
    assert at.exception[0].type_name == "AttributeError"
    assert "not_a_command" in at.exception[0].value
