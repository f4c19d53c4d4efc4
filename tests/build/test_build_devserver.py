"""`wasmlit run` (py/wasmlit/build/devserver.py): script args after `--`
(EXE-25), the dev page's meta tag, and change events on save (MPA-36's
run-on-save; the browser side is in playwright/ship.spec.ts)."""

from __future__ import annotations

import base64
import json
import threading
import urllib.request
from pathlib import Path

import pytest

from wasmlit import cli
from wasmlit.build import devserver

from build_support import fake_web_build


def test_EXE_25_args_after_double_dash_go_to_the_script(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: dict[str, object] = {}

    def fake_run(args: object) -> int:
        seen["args"] = args
        return 0

    monkeypatch.setattr(cli, "_cmd_run", fake_run)
    assert cli.main(["run", "app.py", "--headless", "--port", "0", "--", "--flag", "x", "--", "y"]) == 0
    args = seen["args"]
    assert getattr(args, "script_args") == ["--flag", "x", "--", "y"]
    assert getattr(args, "headless") is True and getattr(args, "app") == Path("app.py")
    assert cli.main(["run", "app.py"]) == 0
    assert getattr(seen["args"], "script_args") == []


def test_watcher_reports_changed_and_new_files_not_hidden_ones(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("a = 1\n")
    (tmp_path / ".git").mkdir()
    changes = devserver.Changes()
    watcher = devserver.Watcher(tmp_path, changes)
    assert watcher.poll() == {}
    (tmp_path / "app.py").write_text("a = 22\n")  # a new size, whatever the mtime resolution
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "two.py").write_text("b = 2\n")
    (tmp_path / ".git" / "index").write_text("x")
    assert watcher.poll() == {"app.py": b"a = 22\n", "pages/two.py": b"b = 2\n"}
    assert json.loads(changes.events[0]) == {
        "app.py": base64.b64encode(b"a = 22\n").decode(),
        "pages/two.py": base64.b64encode(b"b = 2\n").decode(),
    }
    assert watcher.poll() == {}


def test_MPA_36_watcher_reports_deleted_and_renamed_files_as_null(tmp_path: Path) -> None:
    """A deleted page or module reaches the page as null, so the worker removes it
    (the nav loses the page, an import of the module fails) instead of running stale code."""
    (tmp_path / "app.py").write_text("import helper\n")
    (tmp_path / "helper.py").write_text("x = 1\n")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "one.py").write_text("a = 1\n")
    changes = devserver.Changes()
    watcher = devserver.Watcher(tmp_path, changes)
    (tmp_path / "helper.py").unlink()
    (tmp_path / "pages" / "one.py").rename(tmp_path / "pages" / "uno.py")
    assert watcher.poll() == {"helper.py": None, "pages/one.py": None, "pages/uno.py": b"a = 1\n"}
    assert json.loads(changes.events[0]) == {
        "helper.py": None, "pages/one.py": None, "pages/uno.py": base64.b64encode(b"a = 1\n").decode(),
    }
    assert watcher.poll() == {}


def test_CFG_05_watcher_sends_config_toml_but_not_secrets_toml(tmp_path: Path) -> None:
    """A theme edit applies while the app runs (CFG-05); secrets.toml is read at start only (SEC-08)."""
    (tmp_path / "app.py").write_text("x = 1\n")
    (tmp_path / ".streamlit").mkdir()
    changes = devserver.Changes()
    watcher = devserver.Watcher(tmp_path, changes)
    (tmp_path / ".streamlit" / "config.toml").write_text('[theme]\nbase = "dark"\n')
    (tmp_path / ".streamlit" / "secrets.toml").write_text('k = "v"\n')
    assert watcher.poll() == {".streamlit/config.toml": b'[theme]\nbase = "dark"\n'}


def test_dev_server_marks_the_page_and_streams_changes(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    fake_web_build(out)
    (out / "index.html").write_text("<html><head><title>x</title></head><body></body></html>")
    changes = devserver.Changes()
    server = devserver.make_dev_server(out, "127.0.0.1", 0, ["a", "<b>"], changes)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        page = urllib.request.urlopen(server.url, timeout=10).read().decode()
        assert '<meta name="wasmlit-dev" content="{&quot;argv&quot;: [&quot;a&quot;, &quot;&lt;b&gt;&quot;]}">' in page
        assert urllib.request.urlopen(server.url + "assets/app-TEST.js", timeout=10).read() == b"console.log('app')"
        stream = urllib.request.urlopen(server.url + "__wasmlit__/events", timeout=10)
        assert stream.headers["Content-Type"] == "text/event-stream"
        changes.push({"app.py": b"x = 1\n"})
        assert stream.readline() == b"event: change\n"
        data = stream.readline().decode()
        assert json.loads(data.removeprefix("data: ")) == {"app.py": base64.b64encode(b"x = 1\n").decode()}
        stream.close()
    finally:
        server.shutdown()
        server.server_close()


def test_run_builds_into_the_user_cache_one_folder_per_app(tmp_path: Path) -> None:
    a = devserver.run_out_dir(tmp_path, tmp_path / "a" / "app.py")
    b = devserver.run_out_dir(tmp_path, tmp_path / "b" / "app.py")
    assert a != b and a.parent == b.parent == tmp_path / "run"


@pytest.mark.parametrize("headless", [False, True])
def test_EXE_26_run_opens_the_browser_unless_headless(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str], headless: bool
) -> None:
    """`wasmlit run` builds, serves on loopback and opens the page in the browser, as
    `streamlit run` does; `--headless` only prints the URL."""
    (tmp_path / "app.py").write_text("import streamlit as st\n")
    opened: list[str] = []
    served: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)

    def fake_build(app: Path, out: Path, *args: object, **kwargs: object) -> None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "index.html").write_text("<html><head></head></html>")

    monkeypatch.setattr(cli, "_build_and_report", fake_build)
    monkeypatch.setattr(cli, "user_cache_dir", lambda: tmp_path / "cache" / "x")

    def fake_serve(server: object, watcher: object) -> None:
        served.append(getattr(server, "url"))
        getattr(server, "server_close")()

    monkeypatch.setattr(devserver, "serve_until_interrupted", fake_serve)
    argv = ["run", str(tmp_path / "app.py"), "--port", "0"] + (["--headless"] if headless else [])
    assert cli.main(argv) == 0
    (url,) = served
    assert url.startswith("http://127.0.0.1:") and f"at {url}" in capsys.readouterr().out
    assert opened == ([] if headless else [url])


def test_CFG_01_CFG_05_a_saved_config_toml_keeps_the_env_and_flag_overrides(tmp_path: Path) -> None:
    """`wasmlit run --theme.base dark` (or STREAMLIT_THEME_BASE) stays dark after the
    project's config.toml is saved: the page gets the merged file, not the raw one."""
    from wasmlit.build.appconfig import ConfigSources, check_config

    (tmp_path / "app.py").write_text("x = 1\n")
    (tmp_path / ".streamlit").mkdir()
    sources = ConfigSources(flags=(("theme.base", "dark"),), environ={"STREAMLIT_THEME_FONT": "monospace"},
                            home=tmp_path / "home")
    changes = devserver.Changes()
    watcher = devserver.Watcher(tmp_path, changes, merged_config=lambda: check_config(tmp_path, lambda _: None, sources)[1])
    (tmp_path / ".streamlit" / "config.toml").write_text('[theme]\nprimaryColor = "#ff0000"\n')
    sent = watcher.poll()[".streamlit/config.toml"]
    assert sent is not None
    text = sent.decode()
    assert 'primaryColor = "#ff0000"' in text and 'base = "dark"' in text and 'font = "monospace"' in text
    # A broken save goes as it is (the page reports it and keeps its theme).
    (tmp_path / ".streamlit" / "config.toml").write_text("[theme\n")
    assert watcher.poll() == {".streamlit/config.toml": b"[theme\n"}
