"""st.write_stream (and st.write of a generator)."""

from __future__ import annotations

from wasmlit.testing import AppTest

STREAM = '''
import asyncio
import streamlit as st

def words():
    yield "Hello "
    yield "world"

def mixed():
    yield "text before"
    yield {"a": 1}
    yield lambda: st.caption("from a callable")
    yield "text after"

async def slow():
    for w in ["x", "y", "z"]:
        await asyncio.sleep(0.01)
        yield w

st.text(repr(st.write_stream(words)))
st.text(repr(st.write_stream(mixed())))
st.text(repr(st.write_stream(slow())))
st.write((c for c in ["gen", "erator"]))
st.text(repr(st.write_stream(iter([]))))
'''


def test_text_chunks_build_one_markdown_element_and_the_text_is_returned() -> None:
    at = AppTest.from_string(STREAM).run()
    assert not at.exception
    assert [m.value for m in at.markdown] == [
        "Hello world", "text before", "text after", "xyz", "generator",
    ]
    assert [t.value for t in at.text] == [
        "'Hello world'", "['text before', {'a': 1}, 'text after']", "'xyz'", "''",
    ]
    assert [c.value for c in at.caption] == ["from a callable"]
    assert len(at.json) == 1


def test_a_string_or_a_non_iterable_is_streamlits_error() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write_stream('text')\n").run()
    assert at.exception[0].value.startswith("`st.write_stream` expects a generator or stream-like object")
    at = AppTest.from_string("import streamlit as st\nst.write_stream(3)\n").run()
    assert at.exception[0].value == (
        "The provided input (type: <class 'int'>) cannot be iterated. Please make sure that it is "
        "a generator, generator function or iterable."
    )
