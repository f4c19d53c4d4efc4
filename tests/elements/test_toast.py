"""st.toast (Streamlit's toast.py; CHECKLIST ANIM-08)."""

from __future__ import annotations

import pytest

from wasmlit import protocol
from wasmlit.testing import AppTest


def test_ANIM_08_EL_09_toast_goes_to_the_event_container_and_updates_in_place() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "with st.sidebar:\n"
        "    msg = st.toast('Working...', icon='⏳')\n"
        "st.write('main')\n"
        "msg.toast('Done!', icon='✅')\n"
    ).run()
    assert [(t.value, t.icon) for t in at.toast] == [("Done!", "✅")]
    assert len(at.sidebar.get("toast")) == 0 and len(at.main.get("toast")) == 0
    assert [m.value for m in at.markdown] == ["main"]


@pytest.mark.parametrize(
    ("duration", "seconds"),
    [("'short'", 4), ("'long'", 10), ("'infinite'", 0), ("7", 7)],
    ids=["short", "long", "infinite", "seconds"],
)
def test_toast_duration(duration: str, seconds: int) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.toast('hi', duration={duration})\n").run()
    assert at.toast[0].proto.duration == seconds


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.toast('')", "Toast body cannot be blank - please provide a message."),
        ("st.toast('x', duration=0)", "Invalid `duration` value. Supported values: short, long, infinite, "
                                      "a positive integer."),
        ("st.toast('x', duration='soon')", "Invalid `duration` value."),
    ],
    ids=["blank", "zero", "unknown-word"],
)
def test_toast_errors_are_streamlits(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert at.exception[0].type_name == "StreamlitAPIException"
    assert at.exception[0].value.startswith(message)


def test_the_toast_payload_is_markdown_cleaned_text() -> None:
    at = AppTest.from_string("import streamlit as st\nst.toast('  **bold**  ')\n").run()
    assert isinstance(at.toast[0].proto, protocol.Toast)
    assert at.toast[0].value == "**bold**"


def test_balloons_and_snow_are_one_off_effects_in_the_page() -> None:
    at = AppTest.from_string("import streamlit as st\nst.balloons()\nst.snow()\nst.write('after')\n").run()
    assert [e.proto.effect for e in at.get("balloons")] == ["balloons"]
    assert [e.proto.effect for e in at.get("snow")] == ["snow"]
    assert at.markdown[0].value == "after"


def test_link_button_is_a_link_with_streamlits_type_error() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.link_button('Docs', 'https://docs.streamlit.io', type='primary', help='Opens a tab')\n"
    ).run()
    (link,) = at.get("link_button")
    assert (link.proto.label, link.proto.url, link.proto.type, link.proto.help) == (
        "Docs", "https://docs.streamlit.io", "primary", "Opens a tab",
    )
    at = AppTest.from_string("import streamlit as st\nst.link_button('x', 'https://a.b', type='big')\n").run()
    assert at.exception[0].value == (
        'The type argument to st.link_button must be "primary", "secondary", or "tertiary". '
        "\nThe argument passed was 'big'."
    )
