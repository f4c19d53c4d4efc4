"""`.streamlit/config.toml`: the options that mean something without a server.

The build checks the file (Note [Config at build time]) and bundles it; the
runtime reads it again from the app folder when a session starts
(`load`), so AppTest sees the same options as the browser.

Note [Config at build time]
~~~~~~~~~~~~~~~~~~~~~~~~~~~
A broken TOML file is a build error naming file:line. A known option with a
value of the wrong type or outside its choices is a build error too (Streamlit
refuses to start). Options that need a server (server.port, browser.*, ...)
and unknown options are one warning each, never an error: a config file
written for `streamlit run` must build unchanged.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from wasmlit import protocol

CONFIG_PATH = os.path.join(".streamlit", "config.toml")

TOOLBAR_MODES = ("auto", "developer", "viewer", "minimal")
ENUM_COERCION = ("off", "nameOnly", "nameAndValue")
THEME_BASES = ("light", "dark")
FONTS = ("sans serif", "serif", "monospace")


def _is_bool(v: Any) -> bool:
    return isinstance(v, bool)


def _is_str(v: Any) -> bool:
    return isinstance(v, str)


def _one_of(*choices: str) -> Callable[[Any], bool]:
    return lambda v: v in choices


# Options wasmlit honours: section -> option -> (check, description of valid values).
SUPPORTED: dict[str, dict[str, tuple[Callable[[Any], bool], str]]] = {
    "theme": {
        "base": (_one_of(*THEME_BASES), "'light' or 'dark'"),
        "primaryColor": (_is_str, "a CSS color"),
        "backgroundColor": (_is_str, "a CSS color"),
        "secondaryBackgroundColor": (_is_str, "a CSS color"),
        "textColor": (_is_str, "a CSS color"),
        "font": (_is_str, "'sans serif', 'serif' or 'monospace'"),
    },
    "client": {
        "showErrorDetails": (_is_bool, "true or false"),
        "toolbarMode": (_one_of(*TOOLBAR_MODES), ", ".join(f"'{m}'" for m in TOOLBAR_MODES)),
        "showSidebarNavigation": (_is_bool, "true or false"),
    },
    "runner": {
        "magicEnabled": (_is_bool, "true or false"),
        "enumCoercion": (_one_of(*ENUM_COERCION), "[" + ", ".join(f"'{m}'" for m in ENUM_COERCION) + "]"),
        "fastReruns": (_is_bool, "true or false"),
        "postScriptGC": (_is_bool, "true or false"),
        "enforceSerializableSessionState": (_is_bool, "true or false"),
    },
    "server": {
        "enableStaticServing": (_is_bool, "true or false"),
    },
}

# Streamlit options that need a server or a terminal: accepted, ignored, one message each.
IGNORED: dict[str, str] = {
    "server": "there is no server: the bundle is static files",
    "browser": "there is no server for a browser to connect to",
    "logger": "the runtime logs to the browser's console",
    "global": "a legacy or development option",
    "mapbox": "map elements are not supported yet",
    "deprecation": "a legacy option",
    "magic": "not supported yet",
    "secrets": "secrets come from .streamlit/secrets.toml next to the app",
}
# runner options of Streamlit's that change nothing here (the run model is fixed).
IGNORED_RUNNER = {"installTracer", "fixMatplotlib"}


class ConfigError(Exception):
    """A config file Streamlit would refuse; `lines` are user-facing messages."""

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@dataclass(frozen=True)
class Config:
    """The options of one app; every field has Streamlit's default."""

    theme: dict[str, str] = field(default_factory=dict)  # only the keys the file sets
    show_error_details: bool = True
    toolbar_mode: str = "auto"
    show_sidebar_navigation: bool = True
    magic_enabled: bool = True
    enum_coercion: str = "nameOnly"
    enable_static_serving: bool = False
    enforce_serializable_session_state: bool = False

    def message(self) -> protocol.AppConfig:
        t = self.theme
        theme = protocol.Theme(
            base=cast(Any, t.get("base")),  # checked by parse: "light" or "dark"
            primary_color=t.get("primaryColor"),
            background_color=t.get("backgroundColor"),
            secondary_background_color=t.get("secondaryBackgroundColor"),
            text_color=t.get("textColor"),
            font=t.get("font"),
        )
        mode = cast(Any, self.toolbar_mode)  # checked by parse: one of TOOLBAR_MODES
        return protocol.AppConfig(theme, mode, self.show_sidebar_navigation)


def _line_of(text: str, section: str, key: str) -> int | None:
    """The line that sets `section.key` (best effort, for messages)."""
    current = ""
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        m = re.match(r"\[\s*([^\]]+?)\s*\]", s)
        if m:
            current = m.group(1)
            continue
        m = re.match(r"([A-Za-z0-9_.\"']+)\s*=", s)
        if m:
            name = m.group(1).strip("\"'")
            if (current == section and name == key) or name == f"{section}.{key}":
                return n
    return None


def parse(text: str, where: str, warn: Callable[[str], None] | None = None) -> Config:
    """Check a config file's text and return its options.

    `where` names the file in messages; `warn` gets one line per ignored
    option (Note [Config at build time]). Raises ConfigError.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(e))
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(e))
        loc = f"{where}:{m.group(1)}:{m.group(2)}" if m else where
        raise ConfigError(f"{loc}: invalid TOML: {msg}") from None

    def at(section: str, key: str) -> str:
        line = _line_of(text, section, key)
        return f"{where}:{line}" if line is not None else where

    errors: list[str] = []
    values: dict[str, dict[str, Any]] = {}
    for section, options in data.items():
        if not isinstance(options, dict):
            if warn:
                warn(f'{at(section, section)}: "{section}" is not a valid config option; ignored')
            continue
        for key, value in options.items():
            spec = SUPPORTED.get(section, {}).get(key)
            if spec is not None:
                check, valid = spec
                if not check(value):
                    if section == "runner" and key == "enumCoercion":
                        errors.append(
                            f"{at(section, key)}: Invalid value for config option "
                            f"runner.enumCoercion. Expected one of {valid}, but got {value!r}."
                        )
                    else:
                        errors.append(
                            f"{at(section, key)}: {section}.{key} must be {valid}, not {value!r}"
                        )
                    continue
                values.setdefault(section, {})[key] = value
            elif section in IGNORED or (section == "runner" and key in IGNORED_RUNNER):
                why = IGNORED.get(section, "the runtime has no such setting")
                if warn:
                    warn(f"{at(section, key)}: {section}.{key} is ignored ({why})")
            elif warn:
                warn(
                    f'{at(section, key)}: "{section}.{key}" is not a valid config option. '
                    "If you previously had this config option set, it may have been removed."
                )
    if errors:
        raise ConfigError(*errors)
    return _config(values, warn, where)


def _config(values: dict[str, dict[str, Any]], warn: Callable[[str], None] | None, where: str) -> Config:
    theme = dict(values.get("theme", {}))
    font = theme.get("font")
    if font is not None and font not in FONTS:
        # Streamlit falls back to "sans serif" (CFG-26).
        if warn:
            warn(f"{where}: theme.font {font!r} is not one of {', '.join(FONTS)}; using 'sans serif'")
        theme["font"] = "sans serif"
    client, runner = values.get("client", {}), values.get("runner", {})
    return Config(
        theme=theme,
        show_error_details=client.get("showErrorDetails", True),
        toolbar_mode=client.get("toolbarMode", "auto"),
        show_sidebar_navigation=client.get("showSidebarNavigation", True),
        magic_enabled=runner.get("magicEnabled", True),
        enum_coercion=runner.get("enumCoercion", "nameOnly"),
        enable_static_serving=values.get("server", {}).get("enableStaticServing", False),
        enforce_serializable_session_state=runner.get("enforceSerializableSessionState", False),
    )


def load(app_dir: str) -> Config:
    """The runtime's view of `<app_dir>/.streamlit/config.toml` (checked by the build)."""
    path = os.path.join(app_dir, CONFIG_PATH)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return Config()
    return parse(text, CONFIG_PATH)
