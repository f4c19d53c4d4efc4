"""`wasmlit serve`: a static file server for a built bundle, for local use.

Note [Serving MIME types]
~~~~~~~~~~~~~~~~~~~~~~~~~
Browsers compile wasm while it downloads only when it is served as
application/wasm, and refuse module scripts whose type is not JavaScript, so
the types are set here instead of trusting the host's mimetypes database
(which differs across systems and Python versions: 3.11 says
application/javascript for .js). index.html, manifest.json, 404.html and
wasmlit-embed.js are the only names that don't change with their content, so
they are sent with no-cache (the README's caching advice); everything else is
content-hashed or versioned.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

from .errors import BuildError
from .paths import display

MIME_TYPES: dict[str, str] = {
    "": "application/octet-stream",
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".tar": "application/x-tar",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
    ".woff2": "font/woff2",  # the icon font (Note [Icon font] in web/src/app/styles.css)
}
NO_CACHE = frozenset({"", "index.html", "manifest.json", "404.html", "wasmlit-embed.js"})
# Streamlit's static serving (CHECKLIST STATIC-03, STATIC-04, SECU-04): images keep
# their type, anything else under app/static/ is text/plain, all with nosniff.
STATIC_PREFIX = "/app/static/"
STATIC_IMAGE_TYPES: dict[str, str] = {
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif",
}


class BundleRequestHandler(SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = MIME_TYPES  # type: ignore[misc]  # base declares it as an instance attribute

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        url = self.path.split("?", 1)[0].split("#", 1)[0]
        if url.startswith(STATIC_PREFIX):
            return STATIC_IMAGE_TYPES.get(os.path.splitext(url)[1].lower(), "text/plain")
        return super().guess_type(path)

    def end_headers(self) -> None:
        url = self.path.split("?", 1)[0].split("#", 1)[0]
        name = url.rsplit("/", 1)[-1]
        if name in NO_CACHE:
            self.send_header("Cache-Control", "no-cache")
        if url.startswith(STATIC_PREFIX):
            self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()


class BundleServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], directory: Path) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, partial(BundleRequestHandler, directory=str(directory)))

    @property
    def url(self) -> str:
        host, port = str(self.server_address[0]), int(self.server_address[1])
        if host in ("0.0.0.0", "::"):
            host = "127.0.0.1"
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 8501) -> BundleServer:
    """A server for `directory` (not yet serving); port 0 picks a free port."""
    if not (directory / "index.html").is_file():
        raise BuildError(
            f"{display(directory)} is not a built bundle (no index.html); "
            "run `wasmlit build APP.py --out DIR` first"
        )
    try:
        return BundleServer((host, port), directory.resolve())
    except (OSError, OverflowError) as e:  # OverflowError: a port outside 0-65535
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise BuildError(
            f"cannot listen on {host}:{port}: {reason} "
            "(pick another --port, or --port 0 for any free port)"
        ) from None
