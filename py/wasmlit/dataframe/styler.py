"""The parts of a pandas Styler that st.dataframe, st.data_editor and st.table show.

Note [Styler in the grid]
~~~~~~~~~~~~~~~~~~~~~~~~~
As Streamlit does, a Styler's data is shown through its display values (what
`.format()` makes of each cell; pandas' default formatter otherwise, so floats
show six decimals) and its per-cell CSS (`.map`, `.apply`,
`.background_gradient`, `.highlight_max`, ...), with its caption. pandas
computes both (`Styler._compute()` then `_translate()`); they travel inside
the element's Arrow table, so no protocol change and no JSON per cell: each
data column `c` gets two string columns, `__wl_display__c` and `__wl_css__c`
(null where pandas gave nothing), and the caption is the schema metadata
`wasmlit.caption`. Only `color`, `background-color` and `font-weight` are kept,
with values made of colour/number characters (no `url(`, no `expression(`);
the page checks them again before using them. Cells pandas trimmed
(`styler.render.max_elements`) keep their plain formatting.
"""

from __future__ import annotations

import re
from typing import Any

from wasmlit.dataframe.convert import INDEX_PREFIX, pa

DISPLAY_PREFIX = "__wl_display__"
CSS_PREFIX = "__wl_css__"
EXTRA_PREFIX = "__wl_"
CAPTION_KEY = b"wasmlit.caption"

ALLOWED_PROPS = ("color", "background-color", "font-weight")
_VALUE = re.compile(r"^[#a-zA-Z0-9(),.%\s-]{1,64}$")
_CELL = re.compile(r"\brow(\d+)\b.*\bcol(\d+)\b")


def safe_css(props: Any) -> str:
    """`props` ((property, value) pairs) as a declaration list of the allowed ones."""
    out: list[str] = []
    for item in props or ():
        try:
            prop, value = item
        except (TypeError, ValueError):
            continue
        prop = str(prop).strip().lower()
        value = str(value).strip()
        low = value.lower()
        if prop not in ALLOWED_PROPS or not _VALUE.match(value):
            continue
        if "url" in low or "expression" in low:
            continue
        out.append(f"{prop}: {value}")
    return "; ".join(out)


def _cell_pos(cell: Any) -> tuple[int, int] | None:
    m = _CELL.search(str(cell.get("class", ""))) or re.search(r"row(\d+)_col(\d+)",
                                                              str(cell.get("id", "")))
    return (int(m.group(1)), int(m.group(2))) if m else None


def add_styler(table: Any, styler: Any) -> Any:
    """`table` (convert.to_arrow of the Styler's data) with the Styler's display
    values, cell CSS and caption added (Note [Styler in the grid])."""
    styler._compute()
    translated = styler._translate(False, False)
    data_names = [n for n in table.schema.names if not n.startswith(INDEX_PREFIX)]
    rows = table.num_rows
    display: list[list[str | None]] = [[None] * rows for _ in data_names]
    css: list[list[str | None]] = [[None] * rows for _ in data_names]
    for body_row in translated.get("body", []):
        for cell in body_row:
            if cell.get("type") != "td":
                continue
            pos = _cell_pos(cell)
            if pos is None:
                continue
            r, c = pos
            if r < rows and c < len(data_names):
                value = cell.get("display_value")
                display[c][r] = None if value is None else str(value)
    for rule in translated.get("cellstyle", []):
        text = safe_css(rule.get("props"))
        if not text:
            continue
        for selector in rule.get("selectors", []):
            m = re.search(r"row(\d+)_col(\d+)", str(selector))
            if m:
                r, c = int(m.group(1)), int(m.group(2))
                if r < rows and c < len(data_names):
                    prev = css[c][r]
                    css[c][r] = text if not prev else f"{prev}; {text}"
    for name, values in zip(data_names, display):
        table = table.append_column(DISPLAY_PREFIX + name, pa().array(values, type=pa().string()))
    for name, values in zip(data_names, css):
        if any(v is not None for v in values):
            table = table.append_column(CSS_PREFIX + name, pa().array(values, type=pa().string()))
    caption = translated.get("caption") or getattr(styler, "caption", None)
    if caption:
        table = table.replace_schema_metadata({CAPTION_KEY: str(caption).encode()})
    return table


def strip_extras(table: Any) -> Any:
    """`table` without the Styler columns (what the data itself is)."""
    keep = [n for n in table.schema.names if not n.startswith(EXTRA_PREFIX)]
    return table.select(keep)
