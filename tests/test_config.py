"""`.streamlit/config.toml`: parsing and its effects on a run (CHECKLIST CFG, CLS-11, ERR-17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit import config, protocol
from wasmlit.testing import AppTest


def _app(tmp_path: Path, script: str, toml: str) -> AppTest:
    (tmp_path / ".streamlit").mkdir(exist_ok=True)
    (tmp_path / ".streamlit" / "config.toml").write_text(toml)
    (tmp_path / "app.py").write_text(script)
    return AppTest.from_file(str(tmp_path / "app.py"))


def test_CFG_19_CFG_20_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    cfg = config.load(str(tmp_path))
    assert cfg == config.Config()
    assert (cfg.show_error_details, cfg.toolbar_mode, cfg.magic_enabled) == (True, "auto", True)
    assert (cfg.enum_coercion, cfg.show_sidebar_navigation, cfg.enable_static_serving) == (
        "nameOnly", True, False,
    )


def test_CFG_19_CFG_27_theme_keys_are_sent_to_the_page_only_when_set() -> None:
    cfg = config.parse('[theme]\nbase = "dark"\nprimaryColor = "purple"\n', "c.toml")
    msg = cfg.message()
    assert msg.theme == protocol.Theme("dark", "purple", None, None, None, None)
    protocol.encode(msg)


def test_CFG_21_CFG_26_any_css_color_and_an_unknown_font_falls_back_to_sans_serif() -> None:
    warnings: list[str] = []
    cfg = config.parse(
        '[theme]\ntextColor = "hsl(0, 0%, 20%)"\nfont = "comic"\n', "c.toml", warnings.append
    )
    assert cfg.theme == {"textColor": "hsl(0, 0%, 20%)", "font": "sans serif"}
    assert any("theme.font" in w for w in warnings)


def test_CFG_10_CFG_14_CFG_15_client_options() -> None:
    cfg = config.parse(
        '[client]\nshowErrorDetails = false\ntoolbarMode = "minimal"\nshowSidebarNavigation = false\n',
        "c.toml",
    )
    assert (cfg.show_error_details, cfg.toolbar_mode, cfg.show_sidebar_navigation) == (
        False, "minimal", False,
    )
    assert cfg.message().toolbar_mode == "minimal"


@pytest.mark.parametrize(
    "toml",
    ['[server]\nport = 80\n', '[server]\ncookieSecret = "x"\n', '[browser]\ngatherUsageStats = false\n',
     '[server]\nsslCertFile = "a.pem"\n',
     '[global]\ndataFrameSerialization = "arrow"\n'],
    ids=["CFG-08", "CFG-09", "CFG-07", "CFG-13", "CFG-18"],
)
def test_CFG_07_CFG_08_CFG_09_CFG_13_CFG_18_server_options_are_one_message_each(toml: str) -> None:
    warnings: list[str] = []
    cfg = config.parse(toml, "c.toml", warnings.append)
    assert cfg == config.Config()
    (line,) = warnings
    assert line.startswith("c.toml:2: ") and "is ignored" in line


def test_SECU_05_an_ssl_certificate_option_says_https_is_the_static_hosts_job() -> None:
    warnings: list[str] = []
    config.parse('[server]\nsslCertFile = "cert.pem"\nsslKeyFile = "key.pem"\n', "c.toml", warnings.append)
    assert len(warnings) == 2
    for line, key in zip(warnings, ("sslCertFile", "sslKeyFile")):
        assert line.startswith(f"c.toml:{2 + (key == 'sslKeyFile')}: server.{key} is ignored (")
        assert "serve the bundle from an HTTPS host" in line


def test_unknown_options_are_a_warning_not_an_error() -> None:
    warnings: list[str] = []
    config.parse('[theme]\nsparkle = true\n[nothing]\nx = 1\n', "c.toml", warnings.append)
    assert warnings == [
        'c.toml:2: "theme.sparkle" is not a valid config option. '
        "If you previously had this config option set, it may have been removed.",
        'c.toml:4: "nothing.x" is not a valid config option. '
        "If you previously had this config option set, it may have been removed.",
    ]


def test_broken_toml_names_the_file_and_line() -> None:
    with pytest.raises(config.ConfigError) as e:
        config.parse('[theme]\nbase = "dark"\nprimaryColor = \n', ".streamlit/config.toml")
    assert e.value.lines[0].startswith(".streamlit/config.toml:3:")
    assert "invalid TOML" in e.value.lines[0]


def test_CFG_14_wrong_values_are_errors_with_their_line() -> None:
    with pytest.raises(config.ConfigError) as e:
        config.parse('[client]\n\ntoolbarMode = "hidden"\nshowErrorDetails = "yes"\n', "c.toml")
    assert e.value.lines == (
        "c.toml:3: client.toolbarMode must be 'auto', 'developer', 'viewer', 'minimal', not 'hidden'",
        "c.toml:4: client.showErrorDetails must be true or false, not 'yes'",
    )


def test_ERR_17_CLS_11_an_invalid_enum_coercion_is_streamlits_error() -> None:
    with pytest.raises(config.ConfigError) as e:
        config.parse('[runner]\nenumCoercion = "sometimes"\n', "c.toml")
    assert e.value.lines == (
        "c.toml:2: Invalid value for config option runner.enumCoercion. Expected one of "
        "['off', 'nameOnly', 'nameAndValue'], but got 'sometimes'.",
    )


def test_CFG_17_CLS_11_enum_coercion_off_reaches_the_runtime(tmp_path: Path) -> None:
    script = (
        "import enum\nimport streamlit as st\n"
        "class Color(enum.Enum):\n    RED = 1\n    GREEN = 2\n"
        "c = st.selectbox('c', Color)\nst.write(str(c in Color))\n"
    )
    on = AppTest.from_string(script).run()
    on.selectbox[0].select_index(1).run()
    assert on.markdown[-1].value == "True"
    at = _app(tmp_path, script, '[runner]\nenumCoercion = "off"\n').run()
    at.selectbox[0].select_index(1).run()
    assert at.markdown[-1].value == "False"


def test_magic_enabled_false_turns_magic_off(tmp_path: Path) -> None:
    at = _app(tmp_path, "'shown by magic'\nimport streamlit as st\nst.write('x')\n'y'\n",
              "[runner]\nmagicEnabled = false\n").run()
    assert [m.value for m in at.markdown] == ["x"]


def test_CFG_10_show_error_details_false_hides_the_message_and_traceback(tmp_path: Path) -> None:
    at = _app(tmp_path, "raise ValueError('db password is hunter2')\n",
              "[client]\nshowErrorDetails = false\n").run()
    (exc,) = at.exception
    assert "hunter2" not in exc.message and "redacted" in exc.message
    assert exc.stack_trace == []


def test_CFG_16_SS_28_SECU_03_example_082_enforce_serializable_session_state(tmp_path: Path) -> None:
    script = (
        "import streamlit as st\n"
        "def unserializable_data():\n    return lambda x: x\n"
        "st.session_state.unserializable = unserializable_data()\n"
        "st.write('stored')\n"
    )
    assert AppTest.from_string(script).run().markdown[0].value == "stored"  # off by default
    at = _app(tmp_path, script, "[runner]\nenforceSerializableSessionState = true\n").run()
    (exc,) = at.exception
    assert exc.type_name == "UnserializableSessionStateError"
    assert "Cannot serialize the value" in exc.message and "'unserializable'" in exc.message
    assert not at.markdown
    ok = _app(tmp_path, "import streamlit as st\nst.session_state.n = [1, 2]\nst.write('ok')\n",
              "[runner]\nenforceSerializableSessionState = true\n").run()
    assert ok.markdown[0].value == "ok"


def test_CFG_11_STATIC_01_enable_static_serving_defaults_off() -> None:
    assert config.parse("", "c.toml").enable_static_serving is False
    assert config.parse("[server]\nenableStaticServing = true\n", "c.toml").enable_static_serving


def test_CFG_02_the_project_file_next_to_the_script_is_read(tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[client]\ntoolbarMode = 'viewer'\n")
    assert config.load(str(tmp_path)).toolbar_mode == "viewer"


def test_CHROME_03_run_on_save_options_reach_the_page_without_a_warning() -> None:
    """server.runOnSave / allowRunOnSave mean something under `wasmlit run`
    (Note [Run on save] in web/src/worker/dev.ts); Streamlit's defaults are off / on."""
    assert (config.Config().message().run_on_save, config.Config().message().allow_run_on_save) == (False, True)
    warnings: list[str] = []
    cfg = config.parse("[server]\nrunOnSave = true\nallowRunOnSave = false\n", "c.toml", warnings.append)
    assert warnings == []
    assert (cfg.message().run_on_save, cfg.message().allow_run_on_save) == (True, False)
    with pytest.raises(config.ConfigError, match="server.runOnSave must be true or false, not 'yes'"):
        config.parse('[server]\nrunOnSave = "yes"\n', "c.toml")
