"""`python build.py APP.py --out DIR`: `wasmlit build` from a checkout, no install needed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "py"))

from wasmlit.cli import main  # noqa: E402  # needs py/ on sys.path first

if __name__ == "__main__":
    sys.exit(main(["build", *sys.argv[1:]]))
