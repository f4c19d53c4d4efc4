"""Packages the data elements need beyond what an app imports.

Note [Data element packages]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~
st.dataframe, st.data_editor and st.table convert their data with pandas and
send it as Arrow IPC (Note [Lazy pandas] in wasmlit/dataframe/convert.py),
written by wasmlit for common column types and by pyarrow for the others
(Note [Arrow IPC without pyarrow] in wasmlit/dataframe/arrow_ipc.py), so an
app that calls one of them, or imports pandas, numpy or pyarrow (whose objects
it will most likely show), gets pandas and pyarrow in its bundle even when it
never imports them itself (example 031 edits a plain list). The worker loads
pandas at boot, and with JSPI pyarrow only on its first real import (Note
[Deferred packages] in wasmlit/worker/lazy_packages.py). Calls are found by
attribute name in the app's sources (`st.dataframe(...)`,
`col.data_editor(...)`), never executed.
A pandas Styler (`df.style.format(...)`, `.style.highlight_max(...)`, ...)
needs jinja2 (pandas imports it for `.style`), so an app that calls a Styler
method on a `.style` attribute gets jinja2 too (`plt.style.use` is no Styler).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping

DATA_COMMANDS = frozenset({"dataframe", "data_editor", "table", "add_rows",
                           "experimental_data_editor"})
DATA_IMPORTS = frozenset({"pandas", "numpy", "pyarrow"})
NEEDED = ("pandas", "pyarrow")
STYLER_METHODS = frozenset({
    "format", "format_index", "map", "applymap", "apply", "map_index", "apply_index",
    "highlight_max", "highlight_min", "highlight_null", "highlight_between",
    "highlight_quantile", "background_gradient", "text_gradient", "bar", "set_caption",
    "set_properties", "set_table_styles", "hide", "set_sticky", "set_td_classes",
})


def uses_styler(trees: Mapping[str, ast.Module]) -> bool:
    """Whether the app calls a pandas Styler method on a `.style` attribute."""
    for tree in trees.values():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr in STYLER_METHODS
                    and isinstance(node.value, ast.Attribute) and node.value.attr == "style"):
                return True
    return False


def uses_data(trees: Mapping[str, ast.Module], imported: Iterable[str]) -> bool:
    """Whether the app imports a data package or calls a data element."""
    if DATA_IMPORTS & set(imported):
        return True
    for tree in trees.values():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in DATA_COMMANDS):
                return True
    return False


def implied(trees: Mapping[str, ast.Module], imported: Iterable[str],
            available: Iterable[str]) -> list[str]:
    """The lock packages to add: pandas and pyarrow when the app shows data."""
    if not uses_data(trees, imported):
        return []
    have = set(available)
    wanted = [*NEEDED, "jinja2"] if uses_styler(trees) else list(NEEDED)
    return [name for name in wanted if name in have]
