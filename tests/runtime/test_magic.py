"""Magic: bare expressions are written (EXE-07, EXE-08, EXE-10, EXE-11)."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_EXE_07_EXE_10_bare_expression_in_if_block_is_written() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        have_it = True
        if have_it:
            'We have that animal!' if have_it else 'nope'
        """
    ).run()
    assert at.markdown.values == ["We have that animal!"]


def test_EXE_08_bare_comparison_is_written_as_a_boolean() -> None:
    at = AppTest.from_string("1 == 1\n2 < 1\n").run()
    assert at.markdown.values == ["`True`", "`False`"]


def test_EXE_11_ERR_18_module_docstring_is_not_written_but_later_strings_are() -> None:
    at = AppTest.from_string('"""app.py"""\n"second"\n').run()
    assert at.markdown.values == ["second"]


def test_calls_are_not_written_and_tuples_write_each_item() -> None:
    at = AppTest.from_string(
        """
        def f():
            "function docstring"
            'inside a function'
            return 5
        f()
        'a', 'b'
        """
    ).run()
    assert at.markdown.values == ["inside a function", "a b"]


def test_magic_covers_loops_with_and_try_blocks() -> None:
    at = AppTest.from_string(
        """
        for i in range(2):
            i
        try:
            'in try'
        except Exception:
            pass
        finally:
            'in finally'
        """
    ).run()
    assert at.markdown.values == ["`0`", "`1`", "in try", "in finally"]


def test_magic_expression_value_is_unchanged() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        x = 3
        x
        st.session_state.seen = x
        """
    ).run()
    assert at.session_state.seen == 3
