"""The `icon=` argument of alerts (and other elements): one emoji, or a Material icon
shortcode `:material/name:`, checked as Streamlit checks them, with its messages.

Note [Emoji check]
~~~~~~~~~~~~~~~~~~
Streamlit compares an icon against its full list of emoji sequences. We check the
shape instead: a short string made only of pictographic code points and the joiners,
variation selectors, skin tones, tags and keycap marks that build emoji sequences
(digits, `#` and `*` only before a keycap mark). That accepts every real emoji and
rejects shortcodes (":smile:") and words. Material icon names are checked against the
names of the Material Symbols font the bundle ships (material_icons.txt, taken from
the pinned @material-symbols/font-400 package; Note [Icon font] in web/src/app/styles.css),
so every accepted name draws a glyph (CHECKLIST MPA-14).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

from wasmlit.errors import StreamlitAPIException

_ZWSP = "\u200b"
_MATERIAL = re.compile(r"^\s*:(.+)/(.+):\s*$")
_MATERIAL_NAME = re.compile(r"^[a-z0-9_]+$")
_JOINERS = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}


def _is_pictographic(cp: int) -> bool:
    return (
        0x1F000 <= cp <= 0x1FAFF or 0x2300 <= cp <= 0x23FF or 0x2460 <= cp <= 0x27BF
        or 0x2900 <= cp <= 0x2BFF or 0x3030 == cp or 0x303D == cp or 0x3297 <= cp <= 0x3299
        or cp in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139)
        or 0x2194 <= cp <= 0x21AA
        or 0xE0020 <= cp <= 0xE007F  # tag sequences (flags of regions)
    )


def is_emoji(text: str) -> bool:
    """Note [Emoji check]."""
    if not text or len(text) > 16:
        return False
    has_picture = False
    for i, ch in enumerate(text):
        cp = ord(ch)
        if cp in _JOINERS:
            continue
        if ch in "0123456789#*":
            # keycaps: 1️⃣ is "1" + FE0F + 20E3
            if "\u20e3" not in text[i + 1 : i + 3]:
                return False
            has_picture = True
            continue
        if _is_pictographic(cp) or unicodedata.category(ch) == "So":
            has_picture = True
            continue
        return False
    return has_picture


@cache
def material_icon_names() -> frozenset[str]:
    """Every icon name of the bundled Material Symbols font (read on first use)."""
    text = resources.files("wasmlit.elements").joinpath("material_icons.txt").read_text("ascii")
    return frozenset(text.split())


def validate_emoji(icon: str) -> str:
    if is_emoji(icon):
        return icon
    raise StreamlitAPIException(
        f'The value "{icon}" is not a valid emoji. Shortcodes are not allowed, please use a '
        "single character instead."
    )


def validate_material_icon(icon: str) -> str:
    shown = icon.replace("/", _ZWSP + "/")
    match = _MATERIAL.match(icon)
    if match is None:
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon '
            f"shortcode like **`:material{_ZWSP}/thumb_up:`**"
        )
    pack, name = match.groups()
    if pack != "material" or not _MATERIAL_NAME.match(name) or name not in material_icon_names():
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon '
            f"shortcode like **`:material{_ZWSP}/thumb_up:`**. "
        )
    return f":{pack}/{name}:"


def validate_icon_or_emoji(icon: str | None) -> str | None:
    """Streamlit's check of an `icon=` argument: None stays None, else a checked icon."""
    if icon is None:
        return None
    icon = str(icon).strip()
    if icon.startswith(":material"):
        return validate_material_icon(icon)
    return validate_emoji(icon)
