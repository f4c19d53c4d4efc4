"""Secret files besides secrets.toml in the bundle (CHECKLIST SEC-13, SECU-01;
Note [Secret files in a static bundle] in build/secretfiles.py)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from wasmlit.build import BuildOptions, BuildResult, build
from wasmlit.build.crypto import Encryptor
from wasmlit.build.secretfiles import kind

from build_support import Builder, MakeApp, fake_web_build, readable_bytes

PASSWORD = "correct horse battery"
PEM_SECRET = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7pemSecret"
SA_SECRET = "sa-private-key-value-4b1d"
ENV_SECRET = "env-api-key-value-77e2"
AWS_SECRET = "aws-secret-value-0c3a"
PRIVATE_PEM = f"-----BEGIN PRIVATE KEY-----\n{PEM_SECRET}\n-----END PRIVATE KEY-----\n"
PUBLIC_PEM = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0B\n-----END CERTIFICATE-----\n"
SERVICE_ACCOUNT = json.dumps({
    "type": "service_account", "project_id": "demo", "client_email": "app@demo.iam.gserviceaccount.com",
    "private_key": f"-----BEGIN PRIVATE KEY-----\\n{SA_SECRET}\\n-----END PRIVATE KEY-----\\n",
})
AWS_CREDENTIALS = f"[default]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = {AWS_SECRET}\n"
DOTENV = f"# local settings\nAPI_KEY={ENV_SECRET}\nexport REGION=eu-west-1\n\nDEBUG = 1\n"
APP_READING_DOTENV = (
    "import os\nimport streamlit as st\n"
    "for line in open('.env').read().splitlines():\n"
    "    if '=' in line and not line.startswith('#'):\n"
    "        k, v = line.removeprefix('export ').split('=', 1)\n"
    "        os.environ.setdefault(k.strip(), v.strip())\n"
    "st.write(os.environ['REGION'])\n"
)
PLAIN_APP = "import streamlit as st\nst.write('hi')\n"


def _zip_names(result: BuildResult) -> list[str]:
    with zipfile.ZipFile(result.out / result.manifest["app"]) as z:
        return sorted(z.namelist())


def _build(entry: Path, out: Path, warnings: list[str], **kw: object) -> BuildResult:
    return build(BuildOptions(entry=entry, out=out, web_build=fake_web_build, bytecode=False,
                              warn=warnings.append, info=lambda _: None,
                              **kw))  # type: ignore[arg-type]  # test kwargs


SECRET_FILES: dict[str, str | bytes] = {
    "certs/server.pem": PRIVATE_PEM,
    "keys/api.key": "anything\n",
    "gcp/service-account.json": SERVICE_ACCOUNT,
    "aws/credentials": AWS_CREDENTIALS,
    "ssh/id_ed25519": "opaque\n",
    "client_secret.json": json.dumps({"installed": {"client_id": "x", "client_secret": "y"}}),
}
HARMLESS_FILES: dict[str, str | bytes] = {
    "certs/ca.pem": PUBLIC_PEM,  # a public certificate: nothing to hide
    "data/table.csv": "a,b\n1,2\n",
    "data/config.json": json.dumps({"type": "settings", "private_key_path": "none"}),
    ".env.example": "API_KEY=\n",
}


def test_SEC_13_SECU_01_secret_looking_files_are_bundled_with_a_warning_naming_each(
    make_app: MakeApp, build_app: Builder
) -> None:
    """Nothing the app may need is dropped; each secret-looking file is named with what
    it looks like and what to do; harmless files (a public certificate) are not."""
    entry = make_app({"app.py": PLAIN_APP, **SECRET_FILES, **HARMLESS_FILES})
    result = build_app(entry)
    names = _zip_names(result)
    for rel in [*SECRET_FILES, "certs/ca.pem", "data/table.csv"]:
        assert rel in names, rel
    warned = {w.split(" ", 1)[0]: w for w in build_app.warnings if " looks like " in w}
    assert sorted(warned) == sorted(SECRET_FILES)
    assert "looks like a private key" in warned["certs/server.pem"]
    assert "looks like a Google Cloud service-account key" in warned["gcp/service-account.json"]
    assert "looks like AWS credentials" in warned["aws/credentials"]
    assert "looks like an SSH private key" in warned["ssh/id_ed25519"]
    assert "looks like an OAuth client secret" in warned["client_secret.json"]
    for w in warned.values():
        assert "plain text" in w and "--password --encrypt-app" in w and "hidden folder" in w


def test_SEC_13_a_dotenv_the_app_reads_is_bundled_with_a_warning_naming_its_variables(
    make_app: MakeApp, build_app: Builder
) -> None:
    entry = make_app({"app.py": APP_READING_DOTENV, ".env": DOTENV, ".netrc": "machine x\n"})
    result = build_app(entry)
    assert ".env" in _zip_names(result)
    (warning,) = [w for w in build_app.warnings if w.startswith(".env ")]
    assert "plain text because the app reads it" in warning
    assert "API_KEY, REGION, DEBUG" in warning and ENV_SECRET not in warning
    assert "--password --encrypt-app" in warning and ".streamlit/secrets.toml" in warning
    # A hidden secret file the app does not read stays out, and the build says so.
    assert ".netrc" not in _zip_names(result)
    assert any(i.startswith("not bundled: .netrc") for i in build_app.infos)


def test_SEC_13_a_dotenv_is_read_when_dotenv_is_imported_and_left_out_otherwise(
    make_app: MakeApp, build_app: Builder, tmp_path: Path
) -> None:
    from wasmlit.build import appfiles
    from wasmlit.build.secretfiles import read_by_app

    entry = make_app({"app.py": PLAIN_APP, ".env": DOTENV, ".env.prod": DOTENV})
    result = build_app(entry)
    assert ".env" not in _zip_names(result) and ".env.prod" not in _zip_names(result)
    assert not [w for w in build_app.warnings if w.startswith(".env")]
    assert "not bundled: .env, .env.prod (hidden files are left out" in build_app.infos[0]
    app = appfiles.collect(entry, [], lambda _: None)
    for source, read in [
        ("from dotenv import load_dotenv\nload_dotenv()\n", [".env"]),
        ("import dotenv.main\n", [".env"]),
        ("import os\nP = os.path.join(os.path.dirname(__file__), '.env.prod')\n", [".env.prod"]),
        ("x = 'prod.env'\n", []),
    ]:
        (app.folder / "app.py").write_text(source)
        assert read_by_app([".env", ".env.prod"], appfiles.parse_sources(app)) == read, source


def test_SEC_13_password_without_encrypt_app_still_warns_about_the_readable_files(
    make_app: MakeApp, tmp_path: Path
) -> None:
    entry = make_app({"app.py": APP_READING_DOTENV, ".env": DOTENV, "certs/server.pem": PRIVATE_PEM})
    warnings: list[str] = []
    _build(entry, tmp_path / "out", warnings, password=PASSWORD)
    assert ENV_SECRET.encode() in readable_bytes(tmp_path / "out")  # the app zip is not encrypted
    ours = [w for w in warnings if w.startswith((".env ", "certs/server.pem "))]
    assert len(ours) == 2
    assert all("build with --encrypt-app as well" in w for w in ours)


def test_SEC_13_PWD_encrypt_app_leaves_no_secret_file_readable_and_keeps_them_for_the_app(
    make_app: MakeApp, tmp_path: Path
) -> None:
    """The secret-value grep of the encrypted build, over every kind of secret file."""
    entry = make_app({"app.py": APP_READING_DOTENV, ".env": DOTENV, **SECRET_FILES})
    warnings: list[str] = []
    result = _build(entry, tmp_path / "out", warnings, password=PASSWORD, encrypt_app=True)
    readable = readable_bytes(tmp_path / "out")
    for secret in (PEM_SECRET, SA_SECRET, ENV_SECRET, AWS_SECRET):
        assert secret.encode() not in readable, secret
    assert not [w for w in warnings if "plain text" in w]
    manifest = result.manifest
    enc = Encryptor.from_password(PASSWORD, salt=bytes.fromhex(manifest["encryption"]["salt"]))
    sealed = (tmp_path / "out" / manifest["app"]).read_bytes()
    with zipfile.ZipFile(io.BytesIO(enc.decrypt(sealed))) as z:
        assert sorted(z.namelist()) == sorted([".env", "app.py", *SECRET_FILES])


def test_SEC_13_kind_looks_at_names_and_contents(tmp_path: Path) -> None:
    def k(rel: str, content: str) -> str | None:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
        return kind(path, rel)

    assert k(".env", "A=1\n") == "a dotenv file"
    assert k(".env.example", "A=\n") is None
    assert k("notes/key.txt", PRIVATE_PEM) == "a private key"
    assert k("certs/ca.pem", PUBLIC_PEM) is None
    assert k("conf/boto.ini", AWS_CREDENTIALS) == "AWS credentials"
    assert k("sa.json", SERVICE_ACCOUNT) == "a Google Cloud service-account key"
    assert k("broken.json", '{"private_key": ') is None
    assert k("_netrc", "machine x login y password z\n") == "a .netrc (passwords for hosts)"
