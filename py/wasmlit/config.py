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

import json
import os
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
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


def _is_positive_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v > 0


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
        # Note [Message size]: the limit on one element's bytes (DF-38).
        "maxMessageSize": (_is_positive_int, "a whole number of megabytes"),
        # Note [Run on save] in web/src/worker/dev.ts: only `wasmlit run` watches files.
        "runOnSave": (_is_bool, "true or false"),
        "allowRunOnSave": (_is_bool, "true or false"),
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
# Options whose reason is more specific than their section's.
IGNORED_KEYS: dict[tuple[str, str], str] = {
    # SECU-05: Streamlit advises a reverse proxy for TLS anyway; here the static host serves HTTPS.
    ("server", "sslCertFile"): "there is no server to hold a certificate: "
    "serve the bundle from an HTTPS host (GitHub Pages and most static hosts are)",
    ("server", "sslKeyFile"): "there is no server to hold a certificate: "
    "serve the bundle from an HTTPS host (GitHub Pages and most static hosts are)",
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
    max_message_size_mb: int = 200
    run_on_save: bool = False
    allow_run_on_save: bool = True

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
        return protocol.AppConfig(
            theme, mode, self.show_sidebar_navigation, self.run_on_save, self.allow_run_on_save
        )


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
    return _config(parse_values(text, where, warn), warn, where)


Values = dict[str, dict[str, Any]]  # section -> option -> checked value


def parse_values(text: str, where: str, warn: Callable[[str], None] | None = None) -> Values:
    """The options a config file sets that wasmlit honours, checked (see `parse`)."""
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
    values: Values = {}
    for section, options in data.items():
        if not isinstance(options, dict):
            if warn:
                warn(f'{at(section, section)}: "{section}" is not a valid config option; ignored')
            continue
        for key, value in options.items():
            spec = SUPPORTED.get(section, {}).get(key)
            if spec is not None:
                error = _check(section, key, value)
                if error is not None:
                    errors.append(f"{at(section, key)}: {error}")
                    continue
                values.setdefault(section, {})[key] = value
            elif section in IGNORED or (section == "runner" and key in IGNORED_RUNNER):
                if warn:
                    warn(f"{at(section, key)}: {section}.{key} is ignored ({_why_ignored(section, key)})")
            elif warn:
                warn(
                    f'{at(section, key)}: "{section}.{key}" is not a valid config option. '
                    "If you previously had this config option set, it may have been removed."
                )
    if errors:
        raise ConfigError(*errors)
    return values


def _why_ignored(section: str, key: str) -> str:
    return IGNORED_KEYS.get((section, key)) or IGNORED.get(section, "the runtime has no such setting")


def _check(section: str, key: str, value: Any) -> str | None:
    """The error message for a bad value of a supported option, else None."""
    check, valid = SUPPORTED[section][key]
    if check(value):
        return None
    if section == "runner" and key == "enumCoercion":
        return (
            "Invalid value for config option runner.enumCoercion. "
            f"Expected one of {valid}, but got {value!r}."
        )
    return f"{section}.{key} must be {valid}, not {value!r}"


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
        max_message_size_mb=values.get("server", {}).get("maxMessageSize", 200),
        run_on_save=values.get("server", {}).get("runOnSave", False),
        allow_run_on_save=values.get("server", {}).get("allowRunOnSave", True),
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


# Note [Config sources]
# ~~~~~~~~~~~~~~~~~~~~~
# Streamlit reads options from four places, lowest to highest precedence
# (CHECKLIST CFG-01): the global ~/.streamlit/config.toml, the project's
# .streamlit/config.toml, STREAMLIT_* environment variables (CFG-03) and
# command-line flags such as --theme.base (CFG-04). The build resolves them
# (`resolve`) and, when anything but the project file contributed, bundles the
# result as the app's .streamlit/config.toml, which the runtime reads as usual.
# Environment variables and flags are strings: booleans parse as click does
# (true/false, 1/0, yes/no, on/off), the other honoured options are strings.

GLOBAL_CONFIG = os.path.join("~", ".streamlit", "config.toml")
_TRUE = frozenset({"1", "true", "t", "yes", "y", "on"})
_FALSE = frozenset({"0", "false", "f", "no", "n", "off"})


def env_name(section: str, key: str) -> str:
    """`theme.primaryColor` -> `STREAMLIT_THEME_PRIMARY_COLOR` (CFG-03)."""
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", key)
    return f"STREAMLIT_{section.upper()}_{snake.upper()}"


def _coerce(section: str, key: str, raw: str) -> Any:
    check = SUPPORTED[section][key][0]
    if check is _is_bool:
        word = raw.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        return raw  # _check rejects it with the option's name
    return raw


@dataclass
class Layer:
    """The options one source sets, and where each came from (for messages)."""

    source: str  # "the project file .streamlit/config.toml", ...
    values: Values = field(default_factory=dict)
    where: dict[tuple[str, str], str] = field(default_factory=dict)


def _set_from_string(layer: Layer, section: str, key: str, raw: str, where: str,
                     errors: list[str]) -> None:
    value = _coerce(section, key, raw)
    error = _check(section, key, value)
    if error is not None:
        errors.append(f"{where}: {error}")
        return
    layer.values.setdefault(section, {})[key] = value
    layer.where[(section, key)] = where


def env_layer(environ: Mapping[str, str], warn: Callable[[str], None] | None = None) -> Layer:
    """The options set by STREAMLIT_* environment variables (CFG-03). Raises ConfigError."""
    layer = Layer("environment variables")
    names = {env_name(s, k): (s, k) for s, opts in SUPPORTED.items() for k in opts}
    errors: list[str] = []
    for var in sorted(environ):
        if var in names:
            section, key = names[var]
            _set_from_string(layer, section, key, environ[var],
                             f"the environment variable {var}", errors)
        elif var.startswith("STREAMLIT_"):
            section = var[len("STREAMLIT_"):].split("_", 1)[0].lower()
            if section in IGNORED and warn:
                warn(f"the environment variable {var} is ignored ({_why_ignored(section, '')})")
    if errors:
        raise ConfigError(*errors)
    return layer


def flag_layer(flags: Sequence[tuple[str, str]], warn: Callable[[str], None] | None = None) -> Layer:
    """The options set by `--section.option value` flags (CFG-04). Raises ConfigError."""
    layer = Layer("command-line flags")
    errors: list[str] = []
    for name, raw in flags:
        section, _, key = name.partition(".")
        where = f"the flag --{name}"
        if key in SUPPORTED.get(section, {}):
            _set_from_string(layer, section, key, raw, where, errors)
        elif section in IGNORED or (section == "runner" and key in IGNORED_RUNNER):
            if warn:
                warn(f"{where} is ignored ({_why_ignored(section, key)})")
        else:
            errors.append(f"no such option: --{name}")
    if errors:
        raise ConfigError(*errors)
    return layer


def file_layer(path: str, shown: str, warn: Callable[[str], None] | None = None) -> Layer:
    """A config file's options ({} when it does not exist). Raises ConfigError."""
    layer = Layer(shown)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return layer
    except UnicodeDecodeError as e:
        raise ConfigError(f"{shown}: not UTF-8 text ({e.reason})") from None
    layer.values = parse_values(text, shown, warn)
    layer.where = {(s, k): shown for s, opts in layer.values.items() for k in opts}
    return layer


@dataclass(frozen=True)
class Resolved:
    """The effective options and, for each one set, where it was set."""

    values: Values
    where: dict[tuple[str, str], str]

    def config(self, warn: Callable[[str], None] | None = None) -> Config:
        return _config(self.values, warn, self.where.get(("theme", "font"), "config"))


def merge(layers: Sequence[Layer]) -> Resolved:
    """Later layers win, option by option (Note [Config sources])."""
    values: Values = {}
    where: dict[tuple[str, str], str] = {}
    for layer in layers:
        for section, opts in layer.values.items():
            values.setdefault(section, {}).update(opts)
        where.update(layer.where)
    return Resolved(values, where)


def toml_value(value: Any) -> str:
    """One honoured option's value in TOML (a string or a boolean)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007f")


def to_toml(values: Values) -> str:
    """The options as a config.toml the runtime reads back (`load`)."""
    out: list[str] = []
    for section in sorted(values):
        out.append(f"[{section}]")
        out += [f"{key} = {toml_value(v)}" for key, v in values[section].items()]
        out.append("")
    return "\n".join(out)
