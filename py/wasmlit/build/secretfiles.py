"""Secret files other than secrets.toml in a public bundle (CHECKLIST SEC-13).

Note [Secret files in a static bundle]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Apps keep secrets in other places than `.streamlit/secrets.toml` too: a
`.env` read by python-dotenv or a few lines of their own, a private key
(`*.pem`, `*.key`, `id_rsa`), a Google Cloud service-account JSON, AWS
credentials, a `.netrc`. On a server those stay on the server; in a static
bundle every file the build puts in the app zip can be downloaded by every
visitor, unless the build is made with `--password --encrypt-app`
(Note [Secrets in a static bundle] in appconfig.py).

The build never drops a file the app may need just because it looks secret:
it names each one with what it looks like and what to do (encrypt the app,
or move the file out of the app folder, e.g. into a hidden folder, which the
build leaves out). Hidden files are not bundled (appfiles.collect), with one
exception: a top-level `.env` (or `.env.<name>`) that the app's code reads,
because it imports `dotenv` or names the file in a string, is bundled, so
`load_dotenv()` or a tiny parser keeps working beside st.secrets; it gets
the same warning, naming its variables. A hidden secret file the build
leaves out is mentioned in one info line, so that is not silent either.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable
from pathlib import Path

from .appfiles import AppFiles
from .errors import Warn
from .paths import display

_SCANNED_BYTES = 1 << 20  # files bigger than this are not opened
_PRIVATE_KEY = re.compile(rb"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")
_KEY_SUFFIXES = {".key": "a private key", ".p12": "a PKCS#12 key store",
                 ".pfx": "a PKCS#12 key store", ".jks": "a Java key store",
                 ".keystore": "a key store", ".ppk": "a PuTTY private key"}
_SSH_KEYS = frozenset({"id_rsa", "id_dsa", "id_ecdsa", "id_ed25519"})
_PASSWORD_FILES = {".netrc": "a .netrc (passwords for hosts)",
                   "_netrc": "a .netrc (passwords for hosts)",
                   ".pgpass": "a PostgreSQL password file",
                   ".pypirc": "a PyPI upload token file",
                   ".htpasswd": "an .htpasswd password file"}
_DOTENV = re.compile(r"\.env(\.[\w.-]+)?")
_DOTENV_TEMPLATES = frozenset({".env.example", ".env.sample", ".env.template", ".env.dist"})
_DOTENV_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=")


def kind(path: Path, rel: str) -> str | None:
    """What secret `path` looks like ("a private key", ...), or None."""
    name = rel.rsplit("/", 1)[-1]
    if _DOTENV.fullmatch(name) and name not in _DOTENV_TEMPLATES:
        return "a dotenv file"
    if name in _PASSWORD_FILES:
        return _PASSWORD_FILES[name]
    if name in _SSH_KEYS:
        return "an SSH private key"
    parent = rel.rsplit("/", 2)[-2] if "/" in rel else ""
    if name == "credentials" and parent in (".aws", "aws"):
        return "AWS credentials"
    suffix = Path(name).suffix.lower()
    if suffix in _KEY_SUFFIXES:
        return _KEY_SUFFIXES[suffix]
    try:
        if path.stat().st_size > _SCANNED_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if suffix == ".json" and (b"private_key" in data or b"client_secret" in data):
        found = _json_kind(data)
        if found is not None:
            return found
    if _PRIVATE_KEY.search(data):
        return "a private key"
    if b"aws_secret_access_key" in data.lower():
        return "AWS credentials"
    return None


def _json_kind(data: bytes) -> str | None:
    try:
        doc = json.loads(data)
    except ValueError:
        return None
    if not isinstance(doc, dict):
        return None
    if doc.get("type") == "service_account" and "private_key" in doc:
        return "a Google Cloud service-account key"
    for section in ("installed", "web"):
        inner = doc.get(section)
        if isinstance(inner, dict) and "client_secret" in inner:
            return "an OAuth client secret"
    return None


def _dotenv_candidates(folder: Path) -> list[str]:
    """Top-level `.env` files (hidden, so not in AppFiles.files)."""
    return sorted(
        p.name for p in folder.iterdir()
        if p.is_file() and _DOTENV.fullmatch(p.name) and p.name not in _DOTENV_TEMPLATES
    )


def _hidden_secret_files(folder: Path) -> list[str]:
    """Hidden secret files at the top of the app folder (or in .aws/), left out."""
    found = [name for name in _PASSWORD_FILES if name.startswith(".") and (folder / name).is_file()]
    if (folder / ".aws" / "credentials").is_file():
        found.append(".aws/credentials")
    return sorted(found)


def read_by_app(names: Iterable[str], trees: dict[str, ast.Module]) -> list[str]:
    """The `.env` files among `names` that the app's code reads: `.env` when it
    imports dotenv, any of them named in a string ('.env', 'config/../.env.prod')."""
    wanted = set(names)
    used: set[str] = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                if any(a.name.split(".")[0] == "dotenv" for a in node.names):
                    used.add(".env")
            elif isinstance(node, ast.ImportFrom):
                if node.module is not None and node.module.split(".")[0] == "dotenv":
                    used.add(".env")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                used.add(node.value.replace("\\", "/").rsplit("/", 1)[-1])
    return sorted(wanted & used)


def dotenv_names(path: Path) -> list[str]:
    """The variables a dotenv file sets, in file order."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [m.group(1) for line in text.splitlines() if (m := _DOTENV_LINE.match(line))]


def check(app: AppFiles, trees: dict[str, ast.Module], *, password: bool, encrypt_app: bool,
          warn: Warn, info: Warn) -> list[str]:
    """Note [Secret files in a static bundle]: warn about each secret-looking file
    the bundle holds readable; returns the hidden `.env` files to bundle as well."""
    dotenvs = read_by_app(_dotenv_candidates(app.folder), trees)
    left_out = [f for f in _dotenv_candidates(app.folder) if f not in dotenvs]
    left_out += _hidden_secret_files(app.folder)
    if left_out:
        info(
            f"not bundled: {', '.join(left_out)} (hidden files are left out; a top-level "
            ".env is bundled only when the app's code reads it)"
        )
    if encrypt_app:
        return dotenvs
    how = ("build with --encrypt-app as well to encrypt the app's files" if password
           else "build with --password --encrypt-app to encrypt the app's files")
    for rel in dotenvs:
        names = dotenv_names(app.folder / rel)
        what = ", ".join(names) if names else "its contents"
        warn(
            f"{rel} is bundled in plain text because the app reads it: anyone who can open "
            f"the app can read {what}. Move the values to .streamlit/secrets.toml and build "
            f"with --password, or {how}"
        )
    for rel in app.files:
        if rel.startswith(".streamlit/"):
            continue  # secrets.toml has its own warning (appconfig.warn_plain_secrets)
        found = kind(app.folder / rel, rel)
        if found is not None:
            warn(
                f"{rel} looks like {found} and is bundled in plain text: anyone who can open "
                f"the app can download it. If the app needs it, {how}; if not, move it out of "
                f"{display(app.folder)} (or into a hidden folder, which the build leaves out)"
            )
    return dotenvs
