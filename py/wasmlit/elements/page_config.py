"""st.set_page_config: the tab's title and favicon, the layout, the sidebar's
initial state and the app menu's items, with Streamlit's checks and messages.

As in Streamlit 1.41 it must come before anything is drawn and only once per
run; `ctx.page_config_allowed` tracks that (st.navigation may allow it again,
as Streamlit does, so that an entry script can call it after navigation).
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any, Literal, cast

from wasmlit import protocol
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx

_MENU_KEYS = {"get help": "get_help", "report a bug": "report_a_bug", "about": "about"}
_RANDOM_EMOJI = "😀🎈🚀🌈🐱🐶🦈🍕🌟🔥🎉📊📈🧪🧭🪐🌻🍀🐙🦄"

MUST_BE_FIRST = (
    "`set_page_config()` can only be called once per app page, and must be called as the "
    "first Streamlit command in your script.\n\nFor more information refer to the "
    "[docs](https://docs.streamlit.io/develop/api-reference/configuration/st.set_page_config)."
)


def _menu_items(items: Mapping[str, Any] | None) -> protocol.MenuItems | None:
    if items is None:
        return None
    out: dict[str, str | None] = {"get_help": None, "report_a_bug": None, "about": None}
    for key, value in items.items():
        name = _MENU_KEYS.get(str(key).lower())
        if name is None:
            raise StreamlitAPIException(
                'We only accept the keys: `"Get help"`, `"Report a bug"`, and `"About"` '
                f'(`"{key}"` is not a valid key.)'
            )
        if value is not None and name != "about":
            url = str(value)
            if not url.startswith(("http://", "https://", "mailto:")):
                raise StreamlitAPIException(
                    f'"{url}" is a not a valid URL. You must use a fully qualified domain '
                    'beginning with "http://", "https://", or "mailto:".'
                )
            value = url
        out[name] = None if value is None else str(value)
    return protocol.MenuItems(**out)


def _icon(page_icon: Any) -> str | None:
    if page_icon is None:
        return None
    if page_icon == "random":
        return random.choice(_RANDOM_EMOJI)
    if not isinstance(page_icon, str):
        raise StreamlitAPIException(
            "wasmlit: page_icon must be an emoji, an emoji shortcode, a :material/name: "
            f"icon or an image URL (got {type(page_icon).__name__})"
        )
    icon = page_icon.strip()
    if icon.startswith(":material"):  # a Material icon is checked as everywhere (MPA-14)
        from wasmlit.elements.icons import validate_material_icon

        return validate_material_icon(icon)
    return icon


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: str = "centered",
    initial_sidebar_state: str = "auto",
    menu_items: Mapping[str, Any] | None = None,
) -> None:
    """Configures the page. `page_icon`: an emoji, an emoji shortcode (":shark:"),
    "random", a `:material/name:` icon or an image URL (files and images are not
    supported yet)."""
    if layout not in ("centered", "wide"):
        raise StreamlitAPIException(f'`layout` must be "centered" or "wide" (got "{layout}")')
    if initial_sidebar_state not in ("auto", "expanded", "collapsed"):
        raise StreamlitAPIException(
            '`initial_sidebar_state` must be "auto" or "expanded" or "collapsed" '
            f'(got "{initial_sidebar_state}")'
        )
    msg = protocol.PageConfig(
        title=None if page_title is None else str(page_title),
        icon=_icon(page_icon),
        layout=cast(Literal["centered", "wide"], layout),
        sidebar=cast(Literal["auto", "expanded", "collapsed"], initial_sidebar_state),
        menu_items=_menu_items(menu_items),
    )
    ctx = get_script_run_ctx()
    if ctx is None:
        return
    if not ctx.page_config_allowed:
        raise StreamlitAPIException(MUST_BE_FIRST)
    ctx.page_config_allowed = False
    ctx.send(msg)
