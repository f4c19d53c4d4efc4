"""`wasmlit build --password` (CHECKLIST PWD, SECU-01; Note [Encrypted bundles] in build/crypto.py)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from wasmlit import cli
from wasmlit.build import BuildError, BuildOptions, build
from wasmlit.build.crypto import ITERATIONS, Encryptor, read_password

from build_support import Builder, MakeApp, fake_web_build, readable_bytes

PASSWORD = "correct horse battery"
SECRET = "s3cr3t-value-9f1c"
SOURCE_LINE = "st.write('only visitors with the password see this line')"
APP = f"import streamlit as st\n{SOURCE_LINE}\n"


def _build(entry: Path, out: Path, **kw: object) -> object:
    return build(BuildOptions(entry=entry, out=out, web_build=fake_web_build, bytecode=False,
                              warn=lambda _: None, **kw))  # type: ignore[arg-type]  # test kwargs


def test_PWD_the_format_matches_the_pages_webcrypto_fixture() -> None:
    """The fixture of web/test/decrypt.test.ts, which WebCrypto opens."""
    enc = Encryptor.from_password(PASSWORD, iterations=1000, salt=bytes(range(16)))
    sealed = bytes.fromhex(
        "9d549496b6b4a9c900344ddbfd480c0e8151a2bb05dec137992f3fae4b2b1f1e5bb52580a841c94148358834"
    )
    assert enc.decrypt(sealed) == b"greeting = 'hi'\n"
    assert enc.decrypt(enc.encrypt(b"x")) == b"x"


def test_PWD_random_salt_and_nonce_and_enough_rounds() -> None:
    a, b = Encryptor.from_password(PASSWORD), Encryptor.from_password(PASSWORD)
    assert a.salt != b.salt and a.key != b.key and a.iterations >= 600_000 == ITERATIONS
    assert a.encrypt(b"same")[:12] != a.encrypt(b"same")[:12]
    assert a.manifest_entry() == {"kdf": "PBKDF2-SHA256", "iterations": ITERATIONS,
                                  "salt": a.salt.hex(), "cipher": "AES-256-GCM"}


def test_SECU_01_PWD_password_build_leaves_no_secretreadable_bytes(
    make_app: MakeApp, tmp_path: Path
) -> None:
    entry = make_app({"app.py": APP, ".streamlit/secrets.toml": f'token = "{SECRET}"\n[db]\npw = "{SECRET}2"\n'})
    result = _build(entry, tmp_path / "out", password=PASSWORD)
    out = tmp_path / "out"
    manifest = result.manifest  # type: ignore[attr-defined]
    assert SECRET.encode() not in readable_bytes(out)
    assert manifest["secrets"].startswith("app/secrets-") and manifest["secrets"].endswith(".enc")
    enc = Encryptor.from_password(PASSWORD, salt=bytes.fromhex(manifest["encryption"]["salt"]))
    assert SECRET.encode() in enc.decrypt((out / manifest["secrets"]).read_bytes())
    # Without --encrypt-app the sources stay readable (only the secrets are encrypted).
    assert SOURCE_LINE.encode() in readable_bytes(out)


def test_PWD_encrypt_app_leaves_no_source_linereadable_bytes(make_app: MakeApp, tmp_path: Path) -> None:
    entry = make_app({"app.py": APP, "data/table.csv": "name\nonly-in-data-file\n",
                      ".streamlit/secrets.toml": f'token = "{SECRET}"\n'})
    result = _build(entry, tmp_path / "out", password=PASSWORD, encrypt_app=True)
    readable = readable_bytes(tmp_path / "out")
    for needle in (SECRET, SOURCE_LINE, "only-in-data-file"):
        assert needle.encode() not in readable, needle
    manifest = result.manifest  # type: ignore[attr-defined]
    assert manifest["app"].endswith(".enc")
    enc = Encryptor.from_password(PASSWORD, salt=bytes.fromhex(manifest["encryption"]["salt"]))
    with zipfile.ZipFile(io.BytesIO(enc.decrypt((tmp_path / "out" / manifest["app"]).read_bytes()))) as z:
        assert sorted(z.namelist()) == ["app.py", "data/table.csv"]


def test_PWD_encrypt_app_needs_a_password(make_app: MakeApp, build_app: Builder) -> None:
    with pytest.raises(BuildError, match="--encrypt-app needs --password"):
        _build(make_app({"app.py": APP}), build_app.default_out, encrypt_app=True)


def test_PWD_the_password_comes_from_the_environment_never_an_argument(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WASMLIT_PASSWORD", PASSWORD)
    assert read_password() == PASSWORD
    monkeypatch.setenv("WASMLIT_PASSWORD", "short")
    with pytest.raises(BuildError, match="at least 8 characters"):
        read_password()
    with pytest.raises(SystemExit):  # --password takes no value
        cli._parser().parse_args(["build", "app.py", "--password=hunter22"])


def test_PWD_without_env_the_password_is_asked_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WASMLIT_PASSWORD", raising=False)
    answers = iter([PASSWORD, "something else"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(BuildError, match="differ"):
        read_password()
