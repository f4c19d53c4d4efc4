"""Session State and widget-lifecycle rules not covered elsewhere (SS, WID, BTN)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from wasmlit.testing import AppTest


def test_SS_07_any_object_can_be_stored_pickleable_or_not() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        class Point:
            def __init__(self, x): self.x = x
        if "things" not in st.session_state:
            st.session_state.i = 1
            st.session_state.f = 2.5
            st.session_state.c = 1 + 2j
            st.session_state.b = True
            st.session_state.fn = lambda n: n * 2
            st.session_state.s = {1, 2}
            st.session_state.d = {"a": [1]}
            st.session_state.p = Point(3)
            st.session_state.things = True
        st.write(st.session_state.fn(21), st.session_state.p.x, st.session_state.c)
        """
    ).run()
    assert not at.exception
    at.run()
    assert not at.exception
    assert at.session_state.fn(2) == 4 and at.session_state.s == {1, 2}
    assert at.session_state.c == 1 + 2j and at.session_state.p.x == 3


def test_SS_09_in_place_mutation_of_stored_containers_persists() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("attendance", set())
        st.session_state.setdefault("processed", {})
        name = st.text_input("Name")
        if name:
            st.session_state.attendance.add(name)
            st.session_state.processed[name] = len(name)
        """
    ).run()
    at.text_input[0].input("Ada").run()
    at.text_input[0].input("Grace").run()
    at.run()
    assert at.session_state.attendance == {"Ada", "Grace"}
    assert at.session_state.processed == {"Ada": 3, "Grace": 5}


def test_SS_25_EXE_17_callback_output_shows_above_the_page_for_one_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def take_attendance():
            st.info(f"{st.session_state.name} has already been counted.")
        st.title("Attendance")
        st.text_input("Name", key="name", on_change=take_attendance)
        st.button("Other")
        """
    ).run()
    at.text_input[0].input("Ada").run()
    assert at.info[0].value == "Ada has already been counted."
    assert [type(c).__name__ for c in at.main.children][:2] == ["Alert", "Heading"]
    at.button[0].click().run()
    assert len(at.info) == 0


def test_SS_26_TEST_29_TEST_30_TEST_31_TEST_32_login_seed_tests_pass_unchanged(
    examples: Path, tmp_path: Path
) -> None:
    """Example 039's own tests (written for streamlit.testing.v1) pass here: its callback
    reads st.secrets, sets `status` and clears its own text input."""
    import os
    import shutil
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    project = tmp_path / "login"
    shutil.copytree(examples / "projects" / "039_apptest_login_page", project)
    env = {**os.environ, "PYTHONPATH": str(root / "py")}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "wasmlit.alias", "-q", "-p", "no:cacheprovider",
         "tests/test_app.py"],
        cwd=project, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "4 passed" in proc.stdout


def test_SS_27_WID_15_deleting_a_widget_key_keeps_the_frontend_value() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.slider("n", 0, 10, 2, key="n")
        if st.button("forget"):
            del st.session_state["n"]
        """
    ).run()
    at.slider[0].set_value(7).run()
    at.button[0].click().run()
    assert "n" not in at.session_state
    at.run()
    assert at.session_state.n == 7 and at.slider[0].value == 7


def test_SS_30_dummy_key_pattern_keeps_the_value_when_the_widget_is_hidden() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("my_key", 3)
        def store_value():
            st.session_state["my_key"] = st.session_state["_my_key"]
        if st.checkbox("show", value=True):
            st.session_state["_my_key"] = st.session_state["my_key"]
            st.number_input("Number of filters", key="_my_key", on_change=store_value)
        """
    ).run()
    assert at.number_input[0].value == 3
    at.number_input[0].set_value(5).run()
    assert at.session_state.my_key == 5
    at.checkbox[0].uncheck().run()
    assert len(at.number_input) == 0 and at.session_state.my_key == 5
    at.checkbox[0].check().run()
    assert at.number_input[0].value == 5


def test_SS_31_keys_are_strings_and_values_private_to_the_session() -> None:
    src = "import streamlit as st\nst.session_state.setdefault('mine', [])\nst.session_state[1] = 'one'\n"
    a = AppTest.from_string(src).run()
    assert "1" in a.session_state and a.session_state["1"] == "one"
    b = AppTest.from_string("import streamlit as st\nst.session_state.setdefault('mine', [])\n").run()
    a.session_state.mine.append("a")
    assert b.session_state.mine == []


def test_SS_35_form_callback_counter(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "079_counter_form_callback.py")).run()
    assert at.markdown.values == ["Current Count =  `0`", "Last Updated =  `00:00:00`"]
    at.number_input[0].set_value(4)
    at.time_input[0].set_value(datetime.time(10, 30))
    at.button[0].click().run()
    assert at.session_state.count == 4
    assert at.session_state.last_updated == datetime.time(10, 30)
    at.button[0].click().run()
    assert at.session_state.count == 8


def test_SS_36_state_written_at_the_top_is_read_later_in_the_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.status = st.session_state.get("status", "unverified")
        st.write(st.session_state.status)
        """
    ).run()
    assert at.markdown.values == ["unverified"]


def test_SS_37_SS_38_random_data_once_per_session() -> None:
    src = """
import numpy as np
import streamlit as st
if "df" not in st.session_state:
    st.session_state.df = np.random.randn(20, 2)
color = st.color_picker("Color", "#FF0000")
st.write(color)
"""
    a = AppTest.from_string(src).run()
    first = a.session_state.df.copy()
    a.color_picker[0].pick("#00FF00").run()
    assert (a.session_state.df == first).all() and a.markdown.values == ["#00FF00"]
    b = AppTest.from_string(src).run()
    assert not (b.session_state.df == first).all()


def test_WID_06_WID_14_value_kept_while_identity_is_stable_and_rendered() -> None:
    at = AppTest.from_string("import streamlit as st\nst.text_input('Name')\nst.button('go')\n").run()
    at.text_input[0].input("Ada").run()
    for _ in range(3):
        at.button[0].click().run()
    assert at.text_input[0].value == "Ada"


def test_WID_08_changing_only_the_label_of_a_keyed_widget_makes_a_new_widget() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        label = "Beta" if st.session_state.get("flip") else "Alpha"
        st.number_input(label, key="A")
        st.checkbox("flip", key="flip")
        """
    ).run()
    at.number_input[0].set_value(5.0).run()
    assert at.session_state.A == 5.0
    at.checkbox[0].check().run()
    assert at.number_input[0].label == "Beta"
    assert at.session_state.A == 0.0 and at.number_input[0].value == 0.0


def test_WID_09_WID_11_WID_12_default_is_written_to_state_and_callback_args_saved() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("seen", [])
        n = st.session_state.get("n_runs", 0) + 1
        st.session_state.n_runs = n
        st.slider("s", 0, 10, 4, key="s", on_change=lambda r: st.session_state.seen.append(r),
                  args=(n,))
        """
    ).run()
    assert at.session_state.s == 4 and at.slider[0].value == 4  # the default, in both places
    at.run()
    at.slider[0].set_value(6).run()
    assert at.session_state.seen == [2]  # args of the run that drew the slider (run 2)
    assert at.session_state.s == 6


def test_WID_20_a_re_saved_key_has_no_widget_until_one_renders_it() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if "k" in st.session_state:
            st.session_state.k = st.session_state.k
        if st.checkbox("show", value=True):
            st.text_input("T", key="k")
        """
    ).run()
    at.text_input[0].input("x").run()
    at.checkbox[0].uncheck().run()
    assert at.session_state.k == "x" and len(at.text_input) == 0
    at.session_state.k = "plain value"  # no widget owns it: any value may be written
    at.run()
    assert at.session_state.k == "plain value"


def test_WID_24_every_widget_but_button_and_uploader_takes_a_default() -> None:
    at = AppTest.from_string(
        """
        import datetime
        import streamlit as st
        st.checkbox("c", True); st.toggle("t", True); st.radio("r", ["a", "b"], 1)
        st.selectbox("sb", ["a", "b"], 1); st.multiselect("m", ["a", "b"], ["b"])
        st.slider("sl", 0, 9, 3); st.select_slider("ss", ["a", "b"], "b")
        st.text_input("ti", "hi"); st.text_area("ta", "yo"); st.number_input("n", value=7)
        st.date_input("d", datetime.date(2024, 5, 1)); st.time_input("tm", datetime.time(8, 45))
        st.color_picker("cp", "#00ff00")
        """
    ).run()
    kinds = ["checkbox", "toggle", "radio", "selectbox", "multiselect", "slider", "select_slider",
             "text_input", "text_area", "number_input", "date_input", "time_input", "color_picker"]
    values = [at.get(k)[0].value for k in kinds]
    assert values == [True, True, "b", "b", ["b"], 3, "b", "hi", "yo", 7,
                      datetime.date(2024, 5, 1), datetime.time(8, 45), "#00ff00"]


def test_WID_43_widgets_made_through_container_objects() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        cols = st.columns(2)
        cols[0].selectbox("S", ["a"])
        left, _ = st.columns(2)
        left.text_input("L")
        st.sidebar.slider("Side")
        form = st.form("f")
        form.text_input("F")
        form.form_submit_button()
        """
    ).run()
    assert at.columns[0].selectbox[0].label == "S"
    assert at.columns[2].text_input[0].label == "L"
    assert at.sidebar.slider[0].label == "Side"
    assert [t.label for t in at.text_input] == ["L", "F"]


def test_WID_45_widgets_made_in_a_callback_are_transient() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.button("make", on_click=lambda: st.text_input("made in callback"))
        st.button("other")
        """
    ).run()
    at.button[0].click().run()
    assert [t.label for t in at.text_input] == ["made in callback"]
    at.button[1].click().run()
    assert len(at.text_input) == 0


def test_WID_47_hidden_section_keeps_its_data_through_state_keys() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("saved_name", "")
        def save():
            st.session_state.saved_name = st.session_state.name
        if st.toggle("Show section", value=True):
            st.text_input("Name", value=st.session_state.saved_name, key="name", on_change=save)
        """
    ).run()
    at.text_input[0].input("Ada").run()
    at.toggle[0].set_value(False).run()
    at.toggle[0].set_value(True).run()
    assert at.text_input[0].value == "Ada"


def test_BTN_15_expensive_process_saved_per_session() -> None:
    src = """
import time
import streamlit as st
def expensive_process(option, add):
    with st.spinner('Processing...'):
        time.sleep(0.05)
    return ([[1 + add, 2 + add]], add)
cols = st.columns(2)
option = cols[0].selectbox('Select a number', options=['1', '2', '3'])
add = cols[1].number_input('Add a number', min_value=0, max_value=10)
if 'processed' not in st.session_state:
    st.session_state.processed = {}
if st.button('Process'):
    result = expensive_process(option, add)
    st.session_state.processed[option] = result
    st.write(f'Option {option} processed with add {add}')
"""
    at = AppTest.from_string(src).run()
    at.selectbox[0].set_value("2")
    at.number_input[0].set_value(3)
    at.button[0].click().run()
    assert "Option 2 processed with add 3" in at.markdown.values
    assert at.session_state.processed == {"2": ([[4, 5]], 3)}
    other = AppTest.from_string(src).run()
    assert other.session_state.processed == {}


def test_BTN_17_widget_nested_in_a_button_vanishes_when_used(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "018_antipattern_widget_in_button.py")).run()
    at.button[0].click().run()
    assert len(at.text_input) == 1
    at.text_input[0].input("Ada").run()
    assert len(at.text_input) == 0 and len(at.success) == 0


def test_BTN_18_a_variable_from_an_earlier_run_is_gone() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.button('Get data'):
            df = {"a": 1}
            st.write(df)
        if st.button('Save'):
            df.copy()
        """
    ).run()
    at.button[0].click().run()
    assert not at.exception
    at.button[1].click().run()
    assert at.exception[0].type_name == "NameError"


def test_BTN_24_FRAG_02_button_in_a_fragment_reruns_only_the_fragment() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.full = st.session_state.get("full", 0) + 1
        @st.fragment
        def part():
            st.session_state.frag = st.session_state.get("frag", 0) + 1
            st.button("inside")
        part()
        """
    ).run()
    at._run_fragment_of(at.button[0].id)
    assert at.session_state.full == 1 and at.session_state.frag == 2


def test_BTN_25_download_and_link_buttons_exist() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.download_button("Get", "data", file_name="d.txt")
        st.link_button("Docs", "https://docs.streamlit.io")
        """
    ).run()
    assert not at.exception
    assert at.get("download_button")[0].proto.label == "Get"
    assert at.get("link_button")[0].proto.url == "https://docs.streamlit.io"


DEFAULT_AND_STATE = (
    'The widget with key "{key}" was created with a default value but also had its value set '
    "via the Session State API."
)


def test_WID_13_default_and_state_value_warns_once() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if "n" not in st.session_state:
            st.session_state.n = 5
        st.number_input("N", value=3, key="n")
        st.session_state.setdefault("t", "preset")
        st.text_input("T", value="typed default", key="t")
        """
    ).run()
    assert at.number_input[0].value == 5  # the state's value wins
    assert at.warning.values == [DEFAULT_AND_STATE.format(key="n")]  # once per session
    at.run()
    assert len(at.warning) == 0  # the state value is no longer new


@pytest.mark.parametrize(
    "call",
    ['st.number_input("N", key="k")', 'st.text_input("T", key="k")', 'st.checkbox("C", key="k")',
     'st.selectbox("S", [1, 2], key="k")', 'st.slider("S", 0, 10, key="k")',
     'st.date_input("D", key="k")', 'st.color_picker("C", key="k")'],
    ids=["number_input", "text_input", "checkbox", "selectbox", "slider", "date_input",
         "color_picker"],
)
def test_WID_13_no_warning_without_an_explicit_default(call: str) -> None:
    preset = {"number_input": "1", "text_input": "'x'", "checkbox": "True", "selectbox": "2",
              "slider": "4", "date_input": "datetime.date(2024, 1, 1)",
              "color_picker": "'#00ff00'"}
    kind = call.split("(")[0].removeprefix("st.")
    at = AppTest.from_string(
        f"import datetime\nimport streamlit as st\nst.session_state.k = {preset[kind]}\n{call}\n"
    ).run()
    assert not at.exception and len(at.warning) == 0


def test_WID_42_widgets_belong_to_their_session() -> None:
    src = "import streamlit as st\nst.write(st.slider('n', 0, 10, 1))\n"
    a = AppTest.from_string(src).run()
    b = AppTest.from_string(src).run()
    a.slider[0].set_value(9).run()
    b.run()
    assert a.slider[0].value == 9 and b.slider[0].value == 1
