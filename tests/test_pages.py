"""Multipage apps (CHECKLIST MPA): pages/, st.Page, st.navigation, st.switch_page,
st.page_link, st.query_params, the URL the page keeps (Note [Page addressing])."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wasmlit import pages, protocol
from wasmlit.pages import StreamlitPage, discover, label_of, page_icon_and_name
from wasmlit.runtime.requests import RerunData
from wasmlit.testing import AppTest

ROOT = Path(__file__).resolve().parents[1]


def _app(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("import streamlit as st\n" + text)
    return folder / next(iter(files))


def _nav(at: AppTest) -> protocol.Navigation:
    navs = [m for m in at._host.messages if isinstance(m, protocol.Navigation)]
    assert navs, "no Navigation message"
    return navs[-1]


def _goto(at: AppTest, page: str | None, query: str | None = None) -> AppTest:
    """What the page does for a click in the navigation or a URL: a rerun naming the page."""
    if query is not None:
        pages.set_query_string(at._session, query)
    at._session.request_rerun(RerunData((), page))
    at._session.drain()
    for msg in at._host.messages[at._seen:]:
        at._tree.apply(msg)
    at._seen = len(at._host.messages)
    return at


def _texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


# ------------------------------------------------------------------ names


@pytest.mark.parametrize("filename", [
    "Awesome page.py", "Awesome_page.py", "02Awesome_page.py", "--Awesome_page.py",
    "1_Awesome_page.py", "33 - Awesome page.py",
])
def test_MPA_20_MPA_24_MPA_25_file_names_give_label_and_url(filename: str) -> None:
    icon, name = page_icon_and_name(filename)
    assert (icon, name, label_of(name)) == ("", "Awesome_page", "Awesome page")


def test_MPA_24_MPA_26_callable_names_keep_underscores_in_the_url() -> None:
    def Awesome_page() -> None: ...
    def _Awesome_page() -> None: ...
    def __Awesome_page__() -> None: ...
    made = [StreamlitPage(f) for f in (Awesome_page, _Awesome_page, __Awesome_page__)]
    assert [p.title for p in made] == ["Awesome page"] * 3
    assert [p._url_path for p in made] == ["Awesome_page", "_Awesome_page", "__Awesome_page__"]


def test_MPA_21_MPA_22_MPA_32_MPA_33_labels_numbers_and_emoji() -> None:
    assert label_of(page_icon_and_name("a__b_.py")[1]) == "a b"
    assert page_icon_and_name("007.py") == ("", "007")
    assert label_of(page_icon_and_name("1 - first page.py")[1]) == "first page"
    assert label_of(page_icon_and_name("12 monkeys.py")[1]) == "monkeys"
    assert label_of(page_icon_and_name("123.py")[1]) == "123"
    assert label_of(page_icon_and_name("123_hello_dear_world.py")[1]) == "hello dear world"
    assert label_of(page_icon_and_name("_12 monkeys.py")[1]) == "12 monkeys"
    assert page_icon_and_name("🏠_Home.py") == ("🏠", "Home")


def test_MPA_17_MPA_18_MPA_23_MPA_31_pages_folder_order(tmp_path: Path) -> None:
    main = _app(tmp_path, {
        "streamlit_app.py": "", "pages/b.py": "", "pages/a_page.py": "", "pages/10_ten.py": "",
        "pages/03_three.py": "", "pages/2_two.py": "", "pages/__.py": "", "pages/notes.txt": "",
        "pages/sub/deep.py": "",
    })
    found = discover(str(main))
    assert [p.label for p in found] == ["streamlit app", "two", "three", "ten", "a page", "b"]
    assert found[0].url_path == ""


# ------------------------------------------------------------------ pages/ mode


def _pages_app(tmp_path: Path) -> Path:
    return _app(tmp_path, {
        "streamlit_app.py": "st.markdown('home')\nst.text_input('name', key='name')\n",
        "pages/1_🎈_Second_page.py": "st.markdown('second')\nst.session_state.seen = True\n"
                                     "st.checkbox('tick', key='tick')\n",
        "pages/2_Third.py": "st.markdown('third ' + str(st.session_state.get('seen')))\n",
    })


def test_MPA_17_MPA_19_MPA_34_sidebar_navigation_and_page_runs(tmp_path: Path) -> None:
    at = AppTest.from_file(str(_pages_app(tmp_path))).run()
    nav = _nav(at)
    assert [(p.url_path, p.label, p.icon) for p in nav.pages] == [
        ("", "streamlit app", ""), ("Second_page", "Second page", "🎈"), ("Third", "Third", "")]
    assert nav.current == "" and nav.position == "sidebar"
    _goto(at, "Second_page")
    assert _texts(at) == ["second"] and _nav(at).current == "Second_page"


def test_MPA_36_a_saved_page_file_updates_the_nav_without_a_run(tmp_path: Path) -> None:
    """`wasmlit run` with run-on-save off (Note [Run on save]): the sidebar follows
    pages/ at once, as Streamlit's pages watcher; the app does not run."""
    at = AppTest.from_file(str(_pages_app(tmp_path))).run()
    _goto(at, "Third")
    sent = len(at._host.messages)
    pages.pages_changed(at._session)
    assert len(at._host.messages) == sent  # nothing changed, nothing sent
    (tmp_path / "pages" / "3_Added.py").write_text("import streamlit as st\n")
    (tmp_path / "pages" / "2_Third.py").unlink()
    pages.pages_changed(at._session)
    (nav,) = at._host.messages[sent:]  # a Navigation only: no run
    assert isinstance(nav, protocol.Navigation)
    assert [p.label for p in nav.pages] == ["streamlit app", "Second page", "Added"]
    assert nav.current == ""  # the page shown was deleted


def test_SS_10_MPA_10_MPA_38_session_state_is_shared_across_pages(tmp_path: Path) -> None:
    at = AppTest.from_file(str(_pages_app(tmp_path))).run()
    _goto(at, "Third")
    assert _texts(at) == ["third None"]
    _goto(at, "Second_page")
    _goto(at, "third")  # MPA-28: the URL path matches whatever its case
    assert _texts(at) == ["third True"]


def test_MPA_39_WID_04_WID_18_widgets_of_a_page_left_are_cleaned_up(tmp_path: Path) -> None:
    at = AppTest.from_file(str(_pages_app(tmp_path))).run()
    at.text_input[0].input("Ada").run()
    at.session_state["kept"] = 1
    _goto(at, "Second_page")
    assert "name" not in at.session_state  # the home page's widget went with the page
    assert at.session_state["kept"] == 1  # a key the script set stays
    _goto(at, "")
    assert at.text_input[0].value == ""


def test_MPA_09_MPA_30_unknown_page_falls_back_to_the_main_page(tmp_path: Path) -> None:
    at = AppTest.from_file(str(_pages_app(tmp_path))).run()
    _goto(at, "nope")
    assert _texts(at) == ["home"]
    nav = _nav(at)
    assert nav.not_found == "nope" and nav.current == ""


def test_MPA_38_pages_share_imported_modules_example_101(examples: Path, tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(examples / "projects" / "101_pages_dir_shared_modules", project)
    at = AppTest.from_file(str(project / "streamlit_app.py")).run()
    sys.modules.pop("foo", None)
    _goto(at, "page2")
    assert at.exception[0].value.startswith("AttributeError") or "hello" in at.exception[0].value
    _goto(at, "page1")
    _goto(at, "page2")
    assert at.markdown[0].value.strip("`") == "123"
    sys.modules.pop("foo", None)


def test_SS_10_example_102_shared_session_state(examples: Path, tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(examples / "projects" / "102_pages_dir_shared_session_state", project)
    at = AppTest.from_file(str(project / "streamlit_app.py")).run()
    _goto(at, "page2")
    assert len(at.exception) == 1
    _goto(at, "page1")
    _goto(at, "page2")
    assert at.markdown[0].value.strip("`") == "True"


def test_MPA_42_example_038_seed_test_passes_unchanged(examples: Path, tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(examples / "projects" / "038_apptest_multipage_session_state", project)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "py")}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "wasmlit.alias", "-q", "-p", "no:cacheprovider",
         "tests/test_second.py"], cwd=project, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_MPA_42_apptest_switch_page(tmp_path: Path) -> None:
    at = AppTest.from_file(str(_pages_app(tmp_path))).run()
    at.switch_page("pages/2_Third.py")
    assert _texts(at) == ["home"]  # it does not run by itself
    assert _texts(at.run()) == ["third None"]
    with pytest.raises(ValueError):
        at.switch_page("pages/missing.py")


# ------------------------------------------------------------------ st.navigation

NAV_APP = """
def home():
    st.markdown('home page')
    st.checkbox('home box', key='hb')
def about():
    st.markdown('about page')
st.sidebar.text_input('common', key='common')
pg = st.navigation({'Main': [st.Page(home, icon='🏠'), st.Page('other.py', title='Other')],
                    'More': [st.Page(about, url_path='info')]}, position=POSITION)
st.markdown('frame')
pg.run()
"""


def _nav_app(tmp_path: Path, position: str = "sidebar") -> AppTest:
    main = _app(tmp_path, {"app.py": NAV_APP.replace("POSITION", repr(position)),
                           "other.py": "st.markdown('other page')\n",
                           "pages/ignored.py": "st.markdown('ignored')\n"})
    return AppTest.from_file(str(main)).run()


def test_MPA_02_MPA_03_MPA_06_MPA_10_MPA_13_sections_default_and_frame(tmp_path: Path) -> None:
    at = _nav_app(tmp_path)
    assert _texts(at) == ["frame", "home page"]
    nav = _nav(at)
    assert [(p.url_path, p.label, p.icon, p.section, p.default) for p in nav.pages] == [
        ("", "home", "🏠", "Main", True), ("other", "Other", "", "Main", False),
        ("info", "about", "", "More", False)]
    _goto(at, "info")
    assert _texts(at) == ["frame", "about page"] and _nav(at).current == "info"


def test_MPA_06_WID_05_entrypoint_widgets_keep_values_across_pages_example_103(
        examples: Path, tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(examples / "projects" / "103_navigation_entrypoint_widgets", project)
    at = AppTest.from_file(str(project / "streamlit_app.py")).run()
    at.selectbox(key="group").select("B").run()
    at.slider(key="size").set_value(4).run()
    _goto(at, "page_2")
    assert at.markdown[0].value.startswith("page_2")
    assert at.selectbox(key="group").value == "B" and at.slider(key="size").value == 4


def test_MPA_11_pages_folder_is_ignored_under_navigation(tmp_path: Path) -> None:
    at = _nav_app(tmp_path)
    _goto(at, "ignored")
    assert _texts(at) == ["frame", "home page"]
    assert _nav(at).not_found == ""  # Streamlit's st.navigation message names no page


def test_MPA_09_unknown_url_on_first_run_diverts_to_default(tmp_path: Path) -> None:
    main = _app(tmp_path, {"app.py": NAV_APP.replace("POSITION", "'sidebar'"),
                           "other.py": "st.markdown('other page')\n"})
    at = AppTest.from_file(str(main))
    _goto(at, "OTHER")  # first run: the page is known only once st.navigation ran
    assert _texts(at) == ["frame", "other page"] and _nav(at).not_found is None
    _goto(at, "gone")
    assert _texts(at) == ["frame", "home page"] and _nav(at).not_found == ""


def test_MPA_07_hidden_navigation_still_routes(tmp_path: Path) -> None:
    at = _nav_app(tmp_path, "hidden")
    assert _nav(at).position == "hidden"
    _goto(at, "other")
    assert _texts(at) == ["frame", "other page"]


def test_MPA_08_MPA_40_PWD_09_login_example_100(examples: Path, tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(examples / "projects" / "100_navigation_sections_login", project)
    at = AppTest.from_file(str(project / "streamlit_app.py")).run()
    assert [p.label for p in _nav(at).pages] == ["Log in"]
    _goto(at, "dashboard")
    assert _nav(at).not_found == "" and at.button[0].label == "Log in"
    at.button[0].click().run()
    nav = _nav(at)
    assert [(p.section, p.label) for p in nav.pages] == [
        ("Account", "Log out"), ("Reports", "Dashboard"), ("Reports", "Bug reports"),
        ("Reports", "System alerts"), ("Tools", "Search"), ("Tools", "History")]
    assert at.markdown[0].value == "reports/dashboard.py" and nav.current == ""
    _goto(at, "logout")
    at.button[0].click().run()
    assert [p.label for p in _nav(at).pages] == ["Log in"]


def test_MPA_12_MPA_15_example_098_file_pages(examples: Path, tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(examples / "projects" / "098_navigation_two_file_pages", project)
    at = AppTest.from_file(str(project / "streamlit_app.py")).run()
    assert [(p.label, p.url_path) for p in _nav(at).pages] == [("page 1", ""), ("page 2", "page_2")]
    assert at.markdown[0].value == "page_1.py"
    _goto(at, "page_2")
    assert at.markdown[0].value == "page_2.py"


@pytest.mark.parametrize(("script", "message"), [
    ("st.navigation([st.Page(f), st.Page(f)])", "Multiple Pages specified with URL pathname f."),
    ("st.navigation([st.Page(f, default=True), st.Page(g, default=True)])",
     "Multiple Pages specified with `default=True`"),
    ("st.navigation([])", "`st.navigation` must be called with at least one `st.Page`."),
    ("st.Page('missing.py')", "Unable to create Page. The file `missing.py` could not be found."),
    ("st.Page(lambda: None, url_path='')",
     "The URL path cannot be an empty string unless the page is the default page."),
    ("st.Page(f, url_path='a/b')", "The URL path cannot contain a nested path"),
    ("st.Page(f, title=' ')", "The title of the page cannot be empty"),
    ("st.Page(f).run()", "This page cannot be called directly."),
    ("st.navigation([st.Page(f)], position='top')", 'Invalid position "top"'),
])
def test_MPA_04_MPA_29_misuse_errors(tmp_path: Path, script: str, message: str) -> None:
    main = _app(tmp_path, {"app.py": f"def f(): pass\ndef g(): pass\n{script}\n"})
    at = AppTest.from_file(str(main)).run()
    assert len(at.exception) == 1 and message in at.exception[0].value


def test_MPA_04_page_runs_once(tmp_path: Path) -> None:
    main = _app(tmp_path, {"app.py": "pg = st.navigation([st.Page(lambda: st.markdown('x'), title='x')])\n"
                                     "pg.run()\npg.run()\n"})
    at = AppTest.from_file(str(main)).run()
    assert _texts(at) == ["x"] and "cannot be called directly" in at.exception[0].value


# ------------------------------------------------------------------ switch_page, page_link


def test_MPA_34_switch_page_by_path_and_page(tmp_path: Path) -> None:
    at = AppTest.from_file(str(_app(tmp_path, {
        "app.py": "st.markdown('home')\nif st.button('go'):\n    st.switch_page('pages/p2.py')\n",
        "pages/p2.py": "st.markdown('two')\n",
    }))).run()
    at.query_params["x"] = "1"
    at.button[0].click().run()
    assert _texts(at) == ["two"] and _nav(at).current == "p2"
    assert at.query_params == {}  # switching pages clears the query


def test_MPA_34_switch_page_errors(tmp_path: Path) -> None:
    at = AppTest.from_file(str(_app(tmp_path, {"app.py": "st.switch_page('nope.py')\n"}))).run()
    assert at.exception[0].value.endswith(
        "Could not find page: `nope.py`. You must provide a file path relative to the entrypoint "
        f"file (from the directory `{tmp_path.name}`). Only the entrypoint file and files in the "
        "`pages/` directory are supported.")
    main = _app(tmp_path / "n", {"app.py": "def a(): st.switch_page('x.py')\n"
                                           "st.navigation([st.Page(a)]).run()\n"})
    at = AppTest.from_file(str(main)).run()
    assert "Only pages previously defined by `st.Page` and passed to `st.navigation` are allowed." \
        in at.exception[0].value


def test_MPA_34_switch_page_to_st_page(tmp_path: Path) -> None:
    main = _app(tmp_path, {"app.py": """
def a():
    if st.button('go'):
        st.switch_page(pb)
def b():
    st.markdown('bee')
pb = st.Page(b)
st.navigation([st.Page(a), pb]).run()
"""})
    at = AppTest.from_file(str(main)).run()
    at.button[0].click().run()
    assert _texts(at) == ["bee"] and _nav(at).current == "b"


def _links(at: AppTest) -> list[Any]:
    return [n.proto for n in at.get("page_link")]


def test_MPA_19_page_link_internal_and_external(tmp_path: Path) -> None:
    at = AppTest.from_file(str(_app(tmp_path, {
        "app.py": "st.page_link('app.py', label='Home', icon='🏠')\n"
                  "st.page_link('pages/1_Profile.py')\n"
                  "st.page_link('https://example.com', label='Out', help='h', disabled=True)\n",
        "pages/1_Profile.py": "",
    }))).run()
    assert _links(at) == [
        protocol.PageLink("", False, "Home", "🏠", None, False, None),
        protocol.PageLink("Profile", False, "Profile", None, None, False, None),
        protocol.PageLink("https://example.com", True, "Out", None, "h", True, None),
    ]


def test_MPA_19_page_link_errors(tmp_path: Path) -> None:
    at = AppTest.from_file(str(_app(tmp_path, {"app.py": "st.page_link('https://x.org')\n"}))).run()
    assert "The `label` param is required for external links" in at.exception[0].value
    at = AppTest.from_file(str(_app(tmp_path / "b", {"app.py": "st.page_link('nope.py')\n"}))).run()
    assert "Could not find page: `nope.py`" in at.exception[0].value


def test_MPA_19_page_link_to_st_page_in_sidebar(tmp_path: Path) -> None:
    main = _app(tmp_path, {"app.py": """
def a(): pass
pb = st.Page(lambda: None, title='Bee', icon='🐝', url_path='bee')
pg = st.navigation([st.Page(a), pb])
st.sidebar.page_link(pb)
st.sidebar.page_link(pb, label='Other label')
pg.run()
"""})
    at = AppTest.from_file(str(main)).run()
    assert [(link.page, link.label, link.icon) for link in _links(at)] == [
        ("bee", "Bee", "🐝"), ("bee", "Other label", "🐝")]


# ------------------------------------------------------------------ query params


def test_query_params_read_write_lists_and_url(tmp_path: Path) -> None:
    at = AppTest.from_string("""
import streamlit as st
qp = st.query_params
st.markdown(f"a={qp.get('a')} all={qp.get_all('a')} b={'b' in qp} len={len(qp)}")
if st.button('set'):
    qp['b'] = [1, 2]
    qp.c = 'x'
    del qp['a']
    st.markdown(str(qp.to_dict()))
""")
    at.query_params = {"a": ["1", "2"], "embed": "true"}
    at.run()
    assert at.markdown[0].value == "a=2 all=['1', '2'] b=False len=1"
    at.button[0].click().run()
    assert at.markdown[1].value == "{'b': '2', 'c': 'x'}"
    assert at.query_params == {"embed": ["true"], "b": ["1", "2"], "c": ["x"]}
    strings = [m.query_string for m in at._host.messages if isinstance(m, protocol.QueryString)]
    assert strings[-1] == "embed=true&b=1&b=2&c=x"


def test_query_params_from_dict_clear_and_errors() -> None:
    at = AppTest.from_string("""
import streamlit as st
op = st.session_state.get('op')
try:
    if op == 'from_dict':
        st.query_params.from_dict({'x': ['1', '2'], 'y': 3})
    elif op == 'clear':
        st.query_params.clear()
    elif op == 'dict':
        st.query_params['d'] = {'a': 1}
    elif op == 'embed':
        st.query_params['embed'] = 'false'
    elif op == 'missing':
        st.query_params['missing']
    elif op == 'attr':
        st.query_params.missing
except Exception as e:
    st.markdown(f'{type(e).__name__}: {e}')
""")
    at.query_params = {"embed": "true", "k": "v"}
    at.session_state["op"] = "from_dict"
    at.run()
    assert at.query_params == {"embed": ["true"], "x": ["1", "2"], "y": ["3"]}
    at.session_state["op"] = "clear"
    assert at.run().query_params == {"embed": ["true"]}
    expected = {
        "dict": "StreamlitAPIException: You cannot set a query params key `d` to a dictionary.",
        "embed": "StreamlitAPIException: Query param embed and embed_options (case-insensitive) "
                 "cannot be set programmatically.",
        "missing": "KeyError: 'st.query_params has no key \"missing\". Did you forget to initialize it?'",
        "attr": "AttributeError: st.query_params has no attribute \"missing\". Did you forget to "
                "initialize it?",
    }
    for op, message in expected.items():
        at.session_state["op"] = op
        assert at.run().markdown[0].value == message


def test_experimental_query_params_deprecated_and_not_mixable() -> None:
    at = AppTest.from_string("""
import streamlit as st
st.experimental_set_query_params(a=[1, 2], b='x')
st.markdown(str(st.experimental_get_query_params()))
st.query_params['c'] = 1
""").run()
    assert at.markdown[0].value == "{'a': ['1', '2'], 'b': ['x']}"
    assert "Please replace `st.experimental_set_query_params` with `st.query_params`." \
        in at.warning[0].value
    assert "`st.experimental_get_query_params` will be removed after 2024-04-11." \
        in at.warning[1].value
    assert "Using `st.query_params` together with either `st.experimental_get_query_params`" \
        in at.exception[0].value
    assert at.query_params == {"a": ["1", "2"], "b": ["x"]}


def test_page_change_from_page_message_carries_query() -> None:
    """The Rerun BackMsg names the page and the URL query (Note [Page addressing])."""
    msg = protocol.parse_backmsg('{"type":"rerun","widgets":[],"fragment_id":null,'
                                 '"page":"p","query_string":"a=1"}')
    assert msg == protocol.Rerun([], None, "p", "a=1")
    with pytest.raises(protocol.ProtocolError):
        protocol.parse_backmsg('{"type":"rerun","widgets":[],"page":1}')


def test_MPA_16_MPA_37_set_page_config_after_navigation_example_099(
        examples: Path, tmp_path: Path) -> None:
    project = tmp_path / "p"
    shutil.copytree(examples / "projects" / "099_navigation_page_config", project)
    at = AppTest.from_file(str(project / "streamlit_app.py")).run()
    assert not at.exception
    assert [(p.label, p.icon) for p in _nav(at).pages] == [
        ("Create entry", ":material/add_circle:"), ("Delete entry", ":material/delete:")]
    configs = [m for m in at._host.messages if isinstance(m, protocol.PageConfig)]
    assert (configs[-1].title, configs[-1].icon) == ("Data manager", ":material/edit:")
    assert at.markdown[0].value == "create.py"


def test_MPA_37_a_page_may_call_set_page_config_after_entry_widgets(tmp_path: Path) -> None:
    main = _app(tmp_path, {"app.py": """
def a():
    st.set_page_config(page_title='Page A')
    st.markdown('a')
pg = st.navigation([st.Page(a)])
st.sidebar.checkbox('common')
pg.run()
"""})
    at = AppTest.from_file(str(main)).run()
    assert not at.exception and _texts(at) == ["a"]


KEEP_APP = """
def home():
    st.text_input('name', key='my_key')
def other():
    st.markdown('other page')
KEEP
pg = st.navigation([st.Page(home, default=True), st.Page(other, url_path='other')])
pg.run()
"""


@pytest.mark.parametrize("keep", [False, True], ids=["plain", "reassigned"])
def test_WID_21_reassigning_a_key_in_the_entrypoint_keeps_a_page_widget(tmp_path: Path, keep: bool) -> None:
    """Without the trick the page's widget is cleaned up when it is left (WID-18);
    `st.session_state.my_key = st.session_state.my_key` before pg.run() keeps it."""
    trick = ("if 'my_key' in st.session_state:\n"
             "    st.session_state.my_key = st.session_state.my_key\n") if keep else ""
    at = AppTest.from_file(str(_app(tmp_path, {"app.py": KEEP_APP.replace("KEEP", trick)}))).run()
    at.text_input(key="my_key").input("Ada").run()
    _goto(at, "other")
    _goto(at, "other")
    _goto(at, "")
    assert at.text_input(key="my_key").value == ("Ada" if keep else "")


# ------------------------------------------------------------------ MPA-05


def test_MPA_05_st_navigation_twice_in_one_run_is_an_error(tmp_path: Path) -> None:
    main = _app(tmp_path, {"app.py": (
        "def a():\n    st.markdown('a')\n"
        "pg = st.navigation([st.Page(a)])\n"
        "st.navigation([st.Page(a)])\n"
        "st.markdown('not reached')\n"
    )})
    at = AppTest.from_file(str(main)).run()
    (exc,) = at.exception
    assert exc.type_name == "StreamlitAPIException"
    assert exc.message.startswith("`st.navigation` can only be called once per app run.")
    assert _texts(at) == []
    at.run()  # and every run again: one call per run is fine, the second is not
    assert len(at.exception) == 1


def test_MPA_05_st_navigation_from_a_page_is_an_error(tmp_path: Path) -> None:
    main = _app(tmp_path, {
        "app.py": "st.navigation([st.Page('page.py')]).run()\n",
        "page.py": "st.markdown('page')\nst.navigation([st.Page('page.py')])\n",
    })
    at = AppTest.from_file(str(main)).run()
    (exc,) = at.exception
    assert exc.message.startswith("`st.navigation` can only be called from the entrypoint file")
    assert _texts(at) == ["page"]


def test_MPA_05_st_navigation_from_a_pages_folder_file_is_an_error(tmp_path: Path) -> None:
    main = _app(tmp_path, {
        "app.py": "st.markdown('home')\n",
        "pages/2_other.py": "st.navigation([st.Page('app.py')])\n",
    })
    at = AppTest.from_file(str(main)).run()
    assert not at.exception
    _goto(at, "other")
    (exc,) = at.exception
    assert exc.message.startswith("`st.navigation` can only be called from the entrypoint file")
    _goto(at, "")  # the pages/ mode still works: the error registered no navigation
    assert _texts(at) == ["home"] and not at.exception


def test_MPA_05_a_helper_module_of_the_entrypoint_may_call_st_navigation(tmp_path: Path) -> None:
    main = _app(tmp_path, {
        "app.py": "import nav\nnav.make().run()\n",
        "nav.py": "def home():\n    st.markdown('home')\n"
                  "def make():\n    return st.navigation([st.Page(home)])\n",
    })
    at = AppTest.from_file(str(main)).run()
    assert not at.exception and _texts(at) == ["home"]


# ------------------------------------------------------------------ MPA-01, MPA-27, MPA-41


def test_MPA_01_the_pages_folder_and_st_navigation_both_make_a_multipage_app(tmp_path: Path) -> None:
    folder_app = _app(tmp_path / "folder", {"app.py": "st.markdown('home')\n",
                                            "pages/1_Stats.py": "st.markdown('stats')\n"})
    at = AppTest.from_file(str(folder_app)).run()
    assert [(p.url_path, p.label) for p in _nav(at).pages] == [("", "app"), ("Stats", "Stats")]
    _goto(at, "Stats")
    assert _texts(at) == ["stats"]
    nav_app = _app(tmp_path / "nav", {
        "app.py": "st.navigation([st.Page('home.py'), st.Page('stats.py', title='Stats')]).run()\n",
        "home.py": "st.markdown('home')\n", "stats.py": "st.markdown('stats')\n"})
    at = AppTest.from_file(str(nav_app)).run()
    assert [(p.url_path, p.label) for p in _nav(at).pages] == [("", "home"), ("stats", "Stats")]
    _goto(at, "stats")
    assert _texts(at) == ["stats"]


def test_MPA_27_a_number_only_page_keeps_its_leading_zeros_and_home_is_the_root(tmp_path: Path) -> None:
    main = _app(tmp_path, {"app.py": "st.markdown('home')\n", "pages/007.py": "st.markdown('bond')\n"})
    at = AppTest.from_file(str(main)).run()
    assert [(p.url_path, p.label) for p in _nav(at).pages] == [("", "app"), ("007", "007")]
    _goto(at, "007")
    assert _texts(at) == ["bond"] and _nav(at).current == "007"
    _goto(at, "7")  # not the same page: the zeros are part of the pathname
    assert _texts(at) == ["home"] and _nav(at).not_found == "7"


def test_MPA_41_page_source_label_title_pathname_favicon_and_icon(tmp_path: Path) -> None:
    """The six terms are separate: a file source, the nav label and icon from
    st.Page, the URL pathname, and the browser title and favicon, which
    st.set_page_config sets without touching the nav."""
    main = _app(tmp_path, {
        "app.py": "st.navigation([st.Page(lambda: None, title='Home'),"
                  " st.Page('src/report_page.py', title='Sales', icon='📈', url_path='q3')]).run()\n",
        "src/report_page.py": "st.set_page_config(page_title='Sales, Q3', page_icon='💰')\n"
                              "st.markdown(__file__.rsplit('/', 1)[-1])\n",
    })
    at = _goto(AppTest.from_file(str(main)), "q3")
    assert _texts(at) == ["report_page.py"]  # the page source
    page = _nav(at).pages[1]
    assert (page.label, page.icon, page.url_path) == ("Sales", "📈", "q3")  # label, icon, pathname
    configs = [m for m in at._host.messages if isinstance(m, protocol.PageConfig)]
    assert (configs[-1].title, configs[-1].icon) == ("Sales, Q3", "💰")  # title, favicon
