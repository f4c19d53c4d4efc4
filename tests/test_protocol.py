"""The schema: the generated TypeScript is current; messages round-trip."""

from __future__ import annotations

import json

import pytest

from wasmlit import _codegen_ts, protocol


def test_generated_typescript_is_current() -> None:
    committed = _codegen_ts.OUT.read_text()
    assert committed == _codegen_ts.generate(), (
        "web/src/protocol.gen.ts is stale: run `PYTHONPATH=py python -m wasmlit._codegen_ts`"
    )


def test_every_element_kind_is_in_the_typescript_union() -> None:
    ts = _codegen_ts.generate()
    for cls in protocol.ELEMENT_TYPES + protocol.BLOCK_TYPES:
        assert f'readonly kind: "{cls.KIND}";' in ts


def test_encode_sends_every_field_with_its_tag() -> None:
    msg = protocol.ElementDelta(3, [0, 1], protocol.Markdown("**hi**", None, False, False))
    wire = json.loads(protocol.encode(msg))
    assert wire == {
        "type": "element", "run_id": 3, "path": [0, 1],
        "element": {"kind": "markdown", "body": "**hi**", "help": None,
                    "allow_html": False, "caption": False},
    }


def test_parse_backmsg_reads_widget_states() -> None:
    msg = protocol.parse_backmsg(
        '{"type":"rerun","widgets":[{"id":"w1","value":3,"trigger":false},'
        '{"id":"b","value":true,"trigger":true}]}'
    )
    assert msg == protocol.Rerun([protocol.WidgetState("w1", 3, False),
                                  protocol.WidgetState("b", True, True)])
    assert protocol.parse_backmsg({"type": "stop"}) == protocol.Stop()


@pytest.mark.parametrize(
    "bad",
    ['{"type":"nope"}', "[1]", '{"type":"rerun","widgets":3}', '{"type":"rerun","widgets":[{"value":1}]}'],
    ids=["unknown-type", "not-object", "widgets-not-list", "state-without-id"],
)
def test_parse_backmsg_rejects_malformed_messages(bad: str) -> None:
    with pytest.raises(protocol.ProtocolError):
        protocol.parse_backmsg(bad)


def test_nan_cannot_reach_the_page() -> None:
    with pytest.raises(ValueError):
        protocol.encode(protocol.Progress(1, None).__class__(float("nan"), None))  # type: ignore[arg-type]


def test_bytes_travel_beside_the_json_in_placeholder_order() -> None:
    """Note [Bulk bytes]: a `bytes` field is a placeholder in the JSON; its data is a buffer."""
    button = protocol.DownloadButton("id", "Get", None, False, "secondary", False, "a.bin", "application/octet-stream",
                                     b"\x00\x01\xff")
    msg = protocol.ElementDelta(1, [0, 0], button)
    text, buffers = protocol.encode_parts(msg)
    assert json.loads(text)["element"]["data"] == {"$bytes": 0}
    assert buffers == [b"\x00\x01\xff"]
    assert b"\xff" not in text


def test_parse_backmsg_puts_buffers_back_in_widget_values() -> None:
    text = json.dumps({"type": "rerun", "fragment_id": None, "widgets": [
        {"id": "up", "value": [{"name": "a.csv", "data": {"$bytes": 1}}, {"$bytes": 0}], "trigger": False}]})
    msg = protocol.parse_backmsg(text, [b"zero", b"one"])
    assert isinstance(msg, protocol.Rerun)
    assert msg.widgets[0].value == [{"name": "a.csv", "data": b"one"}, b"zero"]


def test_parse_backmsg_rejects_a_placeholder_without_its_buffer() -> None:
    text = json.dumps({"type": "rerun", "fragment_id": None, "widgets": [{"id": "up", "value": {"$bytes": 3}}]})
    with pytest.raises(protocol.ProtocolError, match="no buffer 3"):
        protocol.parse_backmsg(text, [b"only one"])
