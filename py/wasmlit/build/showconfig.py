"""`wasmlit config show`: every option wasmlit honours, in Streamlit's commented TOML.

Like `streamlit config show` (CHECKLIST CFG-06): one block per option with
its description, its default, where its value was set when it was set
(Note [Config sources] in wasmlit/config.py), and the value; an option with
no default and no value is shown commented out (`# primaryColor =`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wasmlit import config

from .appconfig import ConfigSources, check_sources
from .errors import Warn

# section -> option -> (description lines, default or None for "unset")
OPTIONS: dict[str, dict[str, tuple[tuple[str, ...], Any]]] = {
    "client": {
        "showErrorDetails": (
            (
                "Controls whether uncaught app exceptions are displayed in the browser.",
                "When false, the page shows a generic message instead of the",
                "exception's message and traceback.",
            ),
            True,
        ),
        "toolbarMode": (
            (
                "Change the visibility of items in the toolbar, options menu,",
                "and settings dialog (top right of the app).",
                "",
                "Allowed values:",
                '- "auto"      : Show the developer options if the app is accessed through',
                "                localhost and hide them otherwise.",
                '- "developer" : Show the developer options.',
                '- "viewer"    : Hide the developer options.',
                '- "minimal"   : Show only options set externally (e.g. through',
                "                st.set_page_config).",
            ),
            "auto",
        ),
        "showSidebarNavigation": (
            (
                "Controls whether to display the default sidebar page navigation in a",
                "multi-page app. This only applies when the app's pages are defined by the",
                "`pages/` directory.",
            ),
            True,
        ),
    },
    "runner": {
        "magicEnabled": (
            (
                "Allows you to type a variable or string by itself in a single line of",
                "Python code to write it to the app.",
            ),
            True,
        ),
        "fastReruns": (
            (
                "Handle script rerun requests immediately, rather than waiting for script",
                "execution to reach a yield point.",
            ),
            True,
        ),
        "enforceSerializableSessionState": (
            (
                "Raise an exception after adding unserializable data to Session State.",
                "Some execution environments may require serializing all data in Session",
                "State, so it may be useful to detect incompatibility during development,",
                "or when the execution environment will stop supporting it in the future.",
            ),
            False,
        ),
        "enumCoercion": (
            (
                "Adjust how certain 'options' widgets like radio, selectbox, and",
                "multiselect coerce Enum members when the Enum class gets re-defined",
                "during a script re-run.",
                "",
                "Allowed values:",
                '- "off": Disables Enum coercion.',
                '- "nameOnly": Enum classes can be coerced if their member names match.',
                '- "nameAndValue": Enum classes can be coerced if their member names AND',
                "  member values match.",
            ),
            "nameOnly",
        ),
        "postScriptGC": (
            (
                "Run the Python garbage collector after each script run.",
            ),
            True,
        ),
    },
    "server": {
        "enableStaticServing": (
            (
                "Enable serving files from a `static` directory in the running app's",
                "directory (at app/static/ in the bundle).",
            ),
            False,
        ),
        "maxMessageSize": (
            (
                "Max size, in megabytes, of the data one element sends to the page",
                "(a larger dataframe or image shows a MessageSizeError instead).",
            ),
            200,
        ),
        "runOnSave": (
            (
                "Under `wasmlit run`: rerun the open page when a file of the app is saved",
                '(off: the page says "File change." and offers Rerun and Always rerun).',
            ),
            False,
        ),
        "allowRunOnSave": (
            (
                "Under `wasmlit run`: offer \"Always rerun\" and Settings > \"Run on save\".",
            ),
            True,
        ),
    },
    "theme": {
        "base": (
            (
                "The preset Streamlit theme that your custom theme inherits from.",
                'One of "light" or "dark".',
            ),
            None,
        ),
        "primaryColor": (("Primary accent color for interactive elements.",), None),
        "backgroundColor": (("Background color for the main content area.",), None),
        "secondaryBackgroundColor": (
            ("Background color used for the sidebar and most interactive widgets.",),
            None,
        ),
        "textColor": (("Color used for almost all text.",), None),
        "font": (
            (
                "Font family for all text in the app, except code blocks. One of \"sans serif\",",
                '"serif", or "monospace".',
            ),
            None,
        ),
    },
}


def show_config(folder: Path, sources: ConfigSources, warn: Warn) -> str:
    """The text `wasmlit config show` prints for the app in `folder`."""
    resolved = check_sources(folder, warn, sources)
    out = [
        "# Below are all the sections and options wasmlit honours in .streamlit/config.toml",
        "# (and ~/.streamlit/config.toml, STREAMLIT_* environment variables and",
        "# --section.option flags of `wasmlit build` and `wasmlit run`).",
        "# Options that need a server (server.port, browser.*, ...) are accepted and ignored.",
    ]
    for section, options in OPTIONS.items():
        out += ["", f"[{section}]"]
        for key, (lines, default) in options.items():
            out.append("")
            out += [f"# {line}".rstrip() for line in lines]
            if default is not None:
                out.append(f"# Default: {config.toml_value(default)}")
            where = resolved.where.get((section, key))
            value = resolved.values.get(section, {}).get(key, default)
            if where is not None:
                out.append(f"# The value below was set in {where}")
            out.append(f"{key} = {config.toml_value(value)}" if value is not None else f"# {key} =")
    return "\n".join(out) + "\n"
