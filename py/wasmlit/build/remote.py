"""`wasmlit build URL` / `wasmlit run URL`: an app script hosted remotely (EXE-26).

Streamlit's `streamlit run https://.../app.py` downloads the script into a
temporary folder and runs it from there; a GitHub "blob" page or a gist is
first turned into its raw file's URL. We do the same for both commands. Only
the script itself comes down: a `pages/` folder, `.streamlit/` or data files
beside it on the server are not fetched (nor are they by Streamlit).
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .constants import ENV_DOWNLOAD_TIMEOUT

_GITHUB_BLOB = re.compile(r"^https://github\.com/([^/]+)/([^/]+)/blob/(.+)$")
_GIST = re.compile(r"^https://gist\.github\.com/([^/]+)/([0-9a-f]+)/?$")


def is_url(value: str) -> bool:
    return urllib.parse.urlsplit(value).scheme in ("http", "https")


def raw_url(url: str) -> str:
    """GitHub blob and gist pages as the URL of their raw file, as Streamlit does."""
    if m := _GITHUB_BLOB.match(url):
        return f"https://github.com/{m[1]}/{m[2]}/raw/{m[3]}"
    if m := _GIST.match(url):
        return f"https://gist.github.com/{m[1]}/{m[2]}/raw"
    return url


def download(url: str, folder: Path, timeout: float = 60.0) -> Path:
    """The script at `url`, saved in `folder` under its own name."""
    name = Path(urllib.parse.unquote(urllib.parse.urlsplit(url).path)).name
    if not name.endswith((".py", ".py3")):
        name = "streamlit_app.py"  # a gist's raw URL, or a URL without a file name
    try:
        with urllib.request.urlopen(raw_url(url), timeout=timeout) as resp:  # noqa: S310 (http(s) only)
            body = resp.read()
    except (urllib.error.URLError, OSError, ValueError) as e:
        # Streamlit's message, then what to do.
        raise argparse.ArgumentTypeError(
            f"Unable to fetch {url}.\n{e}\nCheck the address, or download the script and pass its path."
        ) from None
    target = folder / name
    target.write_bytes(body)
    return target


def app_argument(value: str) -> Path:
    """argparse `type=` for APP.py: a path as given, or a URL downloaded to a fresh temporary folder."""
    if not is_url(value):
        return Path(value)
    try:
        timeout = float(os.environ.get(ENV_DOWNLOAD_TIMEOUT) or 60)
    except ValueError:
        timeout = 60.0
    return download(value, Path(tempfile.mkdtemp(prefix="wasmlit-remote-")), timeout)
