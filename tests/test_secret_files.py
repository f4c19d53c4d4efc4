"""Other secret tools beside st.secrets (CHECKLIST SEC-13): a `.env` read with a few
lines of the app's own, AWS credentials and a service-account JSON read from the app
folder, all next to `.streamlit/secrets.toml` (whose root keys are in os.environ too,
SEC-05). The build bundles such files with a warning (tests/build/test_build_secret_files.py);
in the browser the app folder is the working directory, as here."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from wasmlit.testing import AppTest

APP = """\
import configparser, json, os
import streamlit as st

# A tiny dotenv: what python-dotenv's load_dotenv() does for simple files.
for line in open(".env").read().splitlines():
    if "=" in line and not line.lstrip().startswith("#"):
        key, value = line.removeprefix("export ").split("=", 1)
        os.environ.setdefault(key.strip(), value.strip().strip('"'))

aws = configparser.ConfigParser()
aws.read(os.environ["AWS_SHARED_CREDENTIALS_FILE"])
account = json.load(open("gcp/service-account.json"))

st.write("dotenv:", os.environ["WL_API_KEY"], os.environ["WL_REGION"])
st.write("aws:", aws["default"]["aws_access_key_id"])
st.write("gcp:", account["client_email"])
st.write("secrets:", st.secrets["db_password"], st.secrets.api.token, os.environ["db_username"])
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        'db_username = "jane"\ndb_password = "pw-from-toml"\n[api]\ntoken = "tok-from-toml"\n'
    )
    (tmp_path / ".env").write_text(
        '# local\nWL_API_KEY="key-from-dotenv"\nexport WL_REGION=eu-west-1\n'
        "AWS_SHARED_CREDENTIALS_FILE=aws/credentials\n"
    )
    (tmp_path / "aws").mkdir()
    (tmp_path / "aws" / "credentials").write_text(
        "[default]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s\n"
    )
    (tmp_path / "gcp").mkdir()
    (tmp_path / "gcp" / "service-account.json").write_text(json.dumps({
        "type": "service_account", "client_email": "app@demo.iam.gserviceaccount.com",
        "private_key": "-----BEGIN PRIVATE KEY-----\\nx\\n-----END PRIVATE KEY-----\\n",
    }))
    (tmp_path / "app.py").write_text(APP)
    monkeypatch.chdir(tmp_path)
    for name in ("WL_API_KEY", "WL_REGION", "AWS_SHARED_CREDENTIALS_FILE", "db_username", "db_password"):
        monkeypatch.delenv(name, raising=False)  # the app sets them; restored after the test
    return tmp_path


def test_SEC_13_SEC_05_dotenv_aws_and_gcp_files_work_beside_st_secrets(project: Path) -> None:
    from wasmlit import secrets

    secrets.export_to_environ(secrets.load_secrets_file())  # as the worker does at start
    at = AppTest.from_file(str(project / "app.py"))
    at._session.secrets = None  # read the project's secrets.toml, as the app does
    at.run()
    assert not at.exception, at.exception
    assert [m.value for m in at.markdown] == [
        "dotenv: key-from-dotenv eu-west-1",
        "aws: AKIAEXAMPLE",
        "gcp: app@demo.iam.gserviceaccount.com",
        "secrets: pw-from-toml tok-from-toml jane",
    ]
    assert os.environ["WL_API_KEY"] == "key-from-dotenv"
    at.run()  # a rerun reads them again the same way
    assert not at.exception, at.exception
    assert at.markdown[0].value == "dotenv: key-from-dotenv eu-west-1"

