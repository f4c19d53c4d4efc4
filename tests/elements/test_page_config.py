"""st.set_page_config: what reaches the page, Streamlit's rules and errors (CHROME-06)."""

from __future__ import annotations

import pytest

from wasmlit import protocol
from wasmlit.testing import AppTest


def _configs(at: AppTest) -> list[protocol.PageConfig]:
    return [m for m in at._host.messages if isinstance(m, protocol.PageConfig)]


def test_EL_24_title_icon_layout_sidebar_and_menu_items_reach_the_page() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.set_page_config(page_title='Data manager', page_icon='🦈', layout='wide',\n"
        "    initial_sidebar_state='collapsed',\n"
        "    menu_items={'Get Help': 'https://example.com/help', 'report a bug': None,\n"
        "                'About': '# My *app*'})\n"
        "st.write('hi')\n"
    ).run()
    assert not at.exception
    (cfg,) = _configs(at)
    assert (cfg.title, cfg.icon, cfg.layout, cfg.sidebar) == ("Data manager", "🦈", "wide", "collapsed")
    assert cfg.menu_items == protocol.MenuItems("https://example.com/help", None, "# My *app*")
    protocol.encode(cfg)


def test_it_must_come_before_anything_is_drawn_and_only_once() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write('x')\nst.set_page_config(page_title='late')\n"
    ).run()
    assert "can only be called once per app page" in at.exception[0].message
    at = AppTest.from_string(
        "import streamlit as st\nst.set_page_config(page_title='a')\nst.set_page_config(page_title='b')\n"
    ).run()
    assert "must be called as the first Streamlit command" in at.exception[0].message


def test_it_may_be_called_again_on_every_run() -> None:
    at = AppTest.from_string("import streamlit as st\nst.set_page_config(page_title='a')\n").run()
    at.run()
    assert not at.exception and len(_configs(at)) == 2


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("layout='full'", '`layout` must be "centered" or "wide" (got "full")'),
        ("initial_sidebar_state='open'", '`initial_sidebar_state` must be "auto" or "expanded" or "collapsed" (got "open")'),
        ("menu_items={'Help me': 'https://x'}", '(`"Help me"` is not a valid key.)'),
        ("menu_items={'Get help': 'example.com'}", '"example.com" is a not a valid URL.'),
    ],
    ids=["layout", "sidebar", "menu-key", "menu-url"],
)
def test_streamlits_errors(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.set_page_config({call})\n").run()
    assert message in at.exception[0].message


def test_random_icon_is_an_emoji() -> None:
    at = AppTest.from_string("import streamlit as st\nst.set_page_config(page_icon='random')\n").run()
    (cfg,) = _configs(at)
    assert cfg.icon and len(cfg.icon) == 1
