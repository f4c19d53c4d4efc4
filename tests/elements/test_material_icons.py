"""Material icons `:material/<name>:` wherever Streamlit takes an icon (CHECKLIST MPA-14).

Names are checked against the bundled Material Symbols font (Note [Icon font] in
web/src/app/styles.css); the font itself is checked in tests/build/test_build_icon_font.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wasmlit import protocol
from wasmlit.elements.icons import material_icon_names
from wasmlit.testing import AppTest

ROOT = Path(__file__).resolve().parents[2]
FONT_PACKAGE = ROOT / "node_modules" / "@material-symbols" / "font-400"


def _app(body: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + body).run()


def test_MPA_14_the_name_list_is_the_bundled_fonts() -> None:
    """material_icons.txt is the icon list of the pinned npm package (drift check)."""
    if not (FONT_PACKAGE / "index.d.ts").is_file():
        pytest.skip("node_modules/@material-symbols/font-400 is not installed")
    names = set(re.findall(r'"([a-z0-9_]+)"', (FONT_PACKAGE / "index.d.ts").read_text()))
    assert material_icon_names() == names
    pinned = json.loads((ROOT / "package.json").read_text())["dependencies"]["@material-symbols/font-400"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", pinned)  # an exact version: the list and the font agree
    assert {"add_circle", "login", "thumb_up", "home", "rocket_launch"} <= names


@pytest.mark.parametrize(
    "call",
    ["st.button('Go', icon={icon!r})", "st.expander('Go', icon={icon!r})",
     "st.info('Go', icon={icon!r})", "st.toast('Go', icon={icon!r})",
     "st.popover('Go', icon={icon!r})", "st.page_link('https://x.org', label='X', icon={icon!r})",
     "st.Page(lambda: None, title='P', icon={icon!r})",
     "with st.form('f'):\n    st.form_submit_button('Go', icon={icon!r})"],
    ids=["button", "expander", "alert", "toast", "popover", "page_link", "Page", "form_submit"],
)
def test_MPA_14_unknown_material_names_are_streamlits_error(call: str) -> None:
    assert not _app(call.format(icon=":material/login:")).exception
    at = _app(call.format(icon=":material/not_an_icon:"))
    (exc,) = at.exception
    assert exc.type_name == "StreamlitAPIException"
    assert exc.value == (
        'The value `":material\u200b/not_an_icon:"` is not a valid Material icon. Please use a '
        "Material icon shortcode like **`:material\u200b/thumb_up:`**. "
    )


def test_MPA_14_st_page_and_page_link_icons_reach_the_navigation() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "def home():\n    st.page_link(st.Page(other), icon=':material/arrow_forward:')\n"
        "def other():\n    pass\n"
        "st.navigation([st.Page(home, icon=':material/home:'),\n"
        "               st.Page(other, icon=':material/login:')]).run()\n"
    ).run()
    assert not at.exception
    sent = at._host.messages
    (nav,) = [m for m in sent if isinstance(m, protocol.Navigation)]
    assert [p.icon for p in nav.pages] == [":material/home:", ":material/login:"]
    (link,) = [n.proto for n in at.get("page_link")]
    assert link.icon == ":material/arrow_forward:"


def test_MPA_14_an_emoji_icon_of_st_page_is_still_checked() -> None:
    at = _app("st.Page(lambda: None, title='P', icon='home')")
    assert at.exception[0].value.startswith('The value "home" is not a valid emoji.')


def test_MPA_14_an_empty_icon_is_no_icon_for_st_page_and_page_link() -> None:
    at = _app("p = st.Page(lambda: None, title='P', icon='')\n"
              "st.page_link('https://x.org', label='X', icon='')\nst.write(repr(p.icon))\n")
    assert not at.exception
    (link,) = [n.proto for n in at.get("page_link")]
    assert link.icon is None and at.markdown[0].value == "''"


def test_MPA_13_MPA_14_a_material_page_icon_is_checked() -> None:
    at = _app("st.set_page_config(page_icon=':material/rocket_launch:')")
    assert not at.exception
    (cfg,) = [m for m in at._host.messages if isinstance(m, protocol.PageConfig)]
    assert cfg.icon == ":material/rocket_launch:"
    at = _app("st.set_page_config(page_icon=':material/no_such_rocket:')")
    assert at.exception[0].value.startswith(
        'The value `":material\u200b/no_such_rocket:"` is not a valid Material icon.')
