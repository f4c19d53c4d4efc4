"""DF-38, CFG-12: `server.maxMessageSize` limits the data one element sends at once
(Note [Message size] in runtime/host.py)."""

from __future__ import annotations

from pathlib import Path

from wasmlit import config
from wasmlit.testing import AppTest

APP = """
import numpy as np
import pandas as pd
import streamlit as st
st.dataframe(pd.DataFrame(np.zeros((200_000, 2))))
st.text("after")
"""


def _app(tmp_path: Path, toml: str | None) -> AppTest:
    if toml is not None:
        (tmp_path / ".streamlit").mkdir()
        (tmp_path / ".streamlit" / "config.toml").write_text(toml)
    (tmp_path / "app.py").write_text(APP)
    return AppTest.from_file(str(tmp_path / "app.py")).run()


def test_DF_38_CFG_12_an_element_over_the_limit_shows_streamlits_message_size_error(tmp_path: Path) -> None:
    at = _app(tmp_path, "[server]\nmaxMessageSize = 1\n")  # the frame is about 4.8 MB of Arrow
    (exc,) = at.exception
    assert exc.type_name == "MessageSizeError"
    assert exc.value.startswith("Data of size 4.")
    assert "exceeds the message size limit of 1.0 MB." in exc.value
    assert "`server.maxMessageSize`" in exc.value
    assert not at.dataframe
    assert at.text[0].value == "after"  # the app goes on


def test_DF_38_the_default_limit_is_200_MB(tmp_path: Path) -> None:
    at = _app(tmp_path, None)
    assert not at.exception and len(at.dataframe) == 1
    assert config.Config().max_message_size_mb == 200


def test_DF_38_max_message_size_must_be_a_whole_number_of_megabytes() -> None:
    try:
        config.parse("[server]\nmaxMessageSize = -3\n", ".streamlit/config.toml")
    except config.ConfigError as e:
        assert "maxMessageSize" in str(e) and "a whole number of megabytes" in str(e)
    else:
        raise AssertionError("a negative size was accepted")
    assert config.parse("[server]\nmaxMessageSize = 500\n", "c.toml").max_message_size_mb == 500
