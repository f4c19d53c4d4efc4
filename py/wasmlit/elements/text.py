"""Text elements: title, header, subheader, markdown, caption, text, code, divider, json."""

from __future__ import annotations

import json as _json
import textwrap
from typing import Any

from wasmlit import protocol
from wasmlit.elements.tree import DeltaGenerator, command


def clean_text(text: Any) -> str:
    return textwrap.dedent(str(text)).strip()


def _divider(divider: bool | str) -> str | None:
    if divider is True:
        return "auto"
    if divider is False or divider is None:
        return None
    return str(divider)


def _heading(
    dg: DeltaGenerator, level: int, body: Any, anchor: str | bool | None,
    help: str | None, divider: bool | str,
) -> DeltaGenerator:
    anchor_value = None if anchor is None else ("" if anchor is False else str(anchor))
    return dg._enqueue(
        protocol.Heading(level, clean_text(body), anchor_value, help, _divider(divider))
    )


@command
def title(dg: DeltaGenerator, body: Any, anchor: str | bool | None = None, *,
          help: str | None = None) -> DeltaGenerator:
    return _heading(dg, 1, body, anchor, help, False)


@command
def header(dg: DeltaGenerator, body: Any, anchor: str | bool | None = None, *,
           help: str | None = None, divider: bool | str = False) -> DeltaGenerator:
    return _heading(dg, 2, body, anchor, help, divider)


@command
def subheader(dg: DeltaGenerator, body: Any, anchor: str | bool | None = None, *,
              help: str | None = None, divider: bool | str = False) -> DeltaGenerator:
    return _heading(dg, 3, body, anchor, help, divider)


@command
def markdown(dg: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *,
             help: str | None = None) -> DeltaGenerator:
    return dg._enqueue(protocol.Markdown(clean_text(body), help, bool(unsafe_allow_html), False))


@command
def caption(dg: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *,
            help: str | None = None) -> DeltaGenerator:
    return dg._enqueue(protocol.Markdown(clean_text(body), help, bool(unsafe_allow_html), True))


@command
def text(dg: DeltaGenerator, body: Any, *, help: str | None = None) -> DeltaGenerator:
    return dg._enqueue(protocol.Text(clean_text(body), help))


@command
def code(dg: DeltaGenerator, body: Any, language: str | None = "python", *,
         line_numbers: bool = False) -> DeltaGenerator:
    return dg._enqueue(protocol.Code(str(body), language, bool(line_numbers)))


@command
def divider(dg: DeltaGenerator) -> DeltaGenerator:
    return dg._enqueue(protocol.Divider())


@command
def json(dg: DeltaGenerator, body: Any, *, expanded: bool = True) -> DeltaGenerator:
    if isinstance(body, str):
        text_body = body
    else:
        text_body = _json.dumps(body, default=repr)
    return dg._enqueue(protocol.Json(text_body, bool(expanded)))
