"""AppTest behaviours not covered in test_app_test.py (TEST): explicit runs, `.value`,
`set_value` on every widget, `at.get`, `at.exception`, secrets from the working
directory, and a smoke run of every page as the Streamlit App Action does."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from wasmlit.testing import AppTest

ALL_WIDGETS = """
import datetime
import streamlit as st
out = {}
out["checkbox"] = st.checkbox("c")
out["toggle"] = st.toggle("t")
out["radio"] = st.radio("r", ["a", "b", "c"])
out["selectbox"] = st.selectbox("sb", ["a", "b", "c"])
out["multiselect"] = st.multiselect("m", ["a", "b", "c"])
out["slider"] = st.slider("sl", 0, 10)
out["select_slider"] = st.select_slider("ss", ["a", "b", "c"])
out["text_input"] = st.text_input("ti")
out["text_area"] = st.text_area("ta")
out["number_input"] = st.number_input("n", value=1)
out["date_input"] = st.date_input("d", datetime.date(2024, 1, 1))
out["time_input"] = st.time_input("tm", datetime.time(8, 0))
out["color_picker"] = st.color_picker("cp")
st.session_state.out = out
"""

NEW_VALUES = {
    "checkbox": True, "toggle": True, "radio": "c", "selectbox": "b", "multiselect": ["c", "a"],
    "slider": 7, "select_slider": "c", "text_input": "hello", "text_area": "multi\nline",
    "number_input": 5, "date_input": datetime.date(2025, 2, 3),
    "time_input": datetime.time(17, 30), "color_picker": "#123456",
}


def test_TEST_14_TEST_11_set_value_on_every_widget_and_value_matches_return_and_state() -> None:
    at = AppTest.from_string(ALL_WIDGETS).run()
    for kind, value in NEW_VALUES.items():
        at.get(kind)[0].set_value(value)
    at.run()
    assert not at.exception
    for kind, value in NEW_VALUES.items():
        assert at.session_state.out[kind] == value, kind  # the widget's return value
        assert at.get(kind)[0].value == value, kind


def test_TEST_11_value_of_non_widgets_is_their_body() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.markdown('**hi**')\nst.error('bad')\nst.code('x = 1')\n"
    ).run()
    assert at.markdown[0].value == "**hi**" and at.error[0].value == "bad"
    assert at.code[0].value == "x = 1"


def test_TEST_04_every_run_is_explicit() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.session_state.runs = st.session_state.get('runs', 0) + 1\n"
        "st.button('b')\n"
    ).run()
    at.button[0].click()
    assert at.session_state.runs == 1  # clicking did not run the script
    at.button[0].click().run()  # element.run() runs the whole app
    assert at.session_state.runs == 2 and at.button[0].value is True
    at.run()
    assert at.session_state.runs == 3 and at.button[0].value is False


def test_TEST_25_EXE_24_uncaught_exception_is_listed() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write('before')\n'a' + 1\n").run()
    assert len(at.exception) == 1
    assert "TypeError" in at.exception[0].type_name
    assert at.markdown.values == ["before"]
    assert at.main.exception[0].type_name == "TypeError"


def test_TEST_26_get_reaches_elements_without_a_typed_accessor() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.expander("More", icon="🔥"):
            st.write("inside")
        st.download_button("Download", b"abc", file_name="a.bin")
        st.link_button("Docs", "https://docs.streamlit.io")
        """
    ).run()
    assert at.expander[0].icon == "🔥"
    assert at.expander[0].label == "More" and at.expander[0].markdown[0].value == "inside"
    assert at.get("download_button")[0].proto.label == "Download"
    assert at.get("link_button")[0].proto.url == "https://docs.streamlit.io"
    assert at.markdown[0].value == "inside"


def test_TEST_23_secrets_toml_in_the_working_directory_is_visible(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('password = "s3cret"\n')
    (tmp_path / "app.py").write_text("import streamlit as st\nst.write(st.secrets['password'])\n")
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_file("app.py").run()
    assert at.markdown.values == ["s3cret"] and at.secrets["password"] == "s3cret"


def test_TEST_23_a_missing_secret_stops_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "app.py").write_text("import streamlit as st\nst.write(st.secrets['password'])\n")
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_file("app.py").run()
    assert len(at.exception) == 1 and not at.markdown


def test_TEST_02_default_timeout_raises_on_a_slow_run(tmp_path: Path) -> None:
    app = tmp_path / "slow.py"
    app.write_text("import time\nfor _ in range(100):\n    time.sleep(0.05)\n")
    at = AppTest.from_file(str(app), default_timeout=0.3)
    with pytest.raises(RuntimeError, match=r"AppTest script run timed out after 0.3\(s\)"):
        at.run()
    fast = AppTest.from_string("import streamlit as st\nst.write('ok')\n", default_timeout=0.3)
    assert fast.run().markdown.values == ["ok"]
    assert fast.run(timeout=5).markdown.values == ["ok"]


def _smoke(project: Path) -> list[str]:
    """What streamlit-app-action's smoke test does: run the app and each pages/ file as an
    AppTest; report the ones that raise."""
    failures = []
    scripts = [project / "app.py", *sorted((project / "pages").glob("*.py"))]
    for script in scripts:
        at = AppTest.from_file(str(script), default_timeout=10).run()
        if at.exception:
            failures.append(f"{script.name}: {at.exception[0].type_name}")
    return failures


def test_TEST_33_smoke_run_of_every_page(tmp_path: Path) -> None:
    project = tmp_path / "proj"
    (project / "pages").mkdir(parents=True)
    (project / "app.py").write_text("import streamlit as st\nst.title('Home')\n")
    (project / "pages" / "1_ok.py").write_text("import streamlit as st\nst.write('fine')\n")
    assert _smoke(project) == []
    (project / "pages" / "2_broken.py").write_text("import streamlit as st\n1 / 0\n")
    assert _smoke(project) == ["2_broken.py: ZeroDivisionError"]


def test_TEST_09_TEST_10_main_sidebar_columns_and_tabs_scoping() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.sidebar.button("side")
        a, b = st.columns(2)
        a.checkbox("in a")
        with b:
            st.toggle("in b")
        t1, t2 = st.tabs(["one", "two"])
        t2.radio("in tab two", ["x"])
        st.success("done")
        """
    ).run()
    assert [w.label for w in at.sidebar.button] == ["side"] and not at.main.button
    assert at.columns[0].checkbox[0].label == "in a" and not at.columns[0].toggle
    assert at.columns[1].toggle[0].label == "in b"
    assert at.tabs[1].radio[0].label == "in tab two" and not at.tabs[0].radio
    assert at.main.success[0].value == "done" and not at.sidebar.success
    assert at.main.checkbox[0].label == "in a"  # main includes its columns


def test_examples_041_to_043_run_unchanged(examples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed AppTest snippets for examples 041-043, verbatim but for the import."""
    monkeypatch.chdir(examples)
    at = AppTest.from_file("041_apptest_container_order.py").run()
    assert at.button[0].label == "B"
    assert at.button[1].label == "A"
    at = AppTest.from_file("042_apptest_keyed_buttons.py").run()
    assert at.button(key="submit").label == "Next"
    assert at.button("cancel").label == "Back"
    at = AppTest.from_file("043_apptest_selectbox_inspect.py").run()
    assert at.selectbox[0].value is None
    assert at.selectbox[0].label == "A"
    assert at.selectbox[0].options == ["1", "2", "3"]
    assert at.selectbox[0].index is None
    assert at.selectbox[0].help == "Pick a number"
    assert at.selectbox[0].placeholder == "Pick me"
    assert at.selectbox[0].disabled is False


def test_EXE_09_EXE_10_magic_shows_a_bare_dataframe_as_a_dataframe() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd
        import streamlit as st
        result = [pd.DataFrame({"a": [1, 2]})]
        if True:
            result[0]
        """
    ).run()
    assert not at.exception
    [frame] = at.get("dataframe")
    assert list(frame.value["a"]) == [1, 2]
    assert not at.markdown
