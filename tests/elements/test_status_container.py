"""st.status (Streamlit's mutable_status_container.py; CHECKLIST ANIM-07)."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_ANIM_07_update_changes_label_state_and_expanded_and_keeps_the_contents() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "s = st.status('Downloading data...')\n"
        "s.write('Searching for data...')\n"
        "s.update(label='Download complete!', state='complete', expanded=True)\n"
        "s.write('Downloaded data.')\n"
    ).run()
    (status,) = at.status
    assert (status.label, status.state, status.expanded) == ("Download complete!", "complete", True)
    assert [m.value for m in status.markdown] == ["Searching for data...", "Downloaded data."]


def test_a_with_block_ends_complete_or_error_unless_its_state_was_set() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "with st.status('fine') as a:\n"
        "    st.write('inside')\n"
        "with st.status('chosen') as b:\n"
        "    b.update(state='error')\n"
        "try:\n"
        "    with st.status('broken'):\n"
        "        raise ValueError('boom')\n"
        "except ValueError:\n"
        "    pass\n"
        "st.write('after')\n"
    ).run()
    assert [(s.label, s.state) for s in at.status] == [
        ("fine", "complete"), ("chosen", "error"), ("broken", "error"),
    ]
    assert [m.value for m in at.status[0].markdown] == ["inside"]
    assert at.main.markdown[-1].value == "after"  # the with block wrote into the status, not after it


def test_a_status_starts_running_and_collapsed() -> None:
    at = AppTest.from_string("import streamlit as st\ns = st.status('Working')\n").run()
    assert (at.status[0].state, at.status[0].expanded) == ("running", False)


def test_an_unknown_state_is_streamlits_error() -> None:
    at = AppTest.from_string("import streamlit as st\nst.status('x', state='done')\n").run()
    assert at.exception[0].value == "Unknown state (done). Must be one of 'running', 'complete', or 'error'."


def test_a_rerun_draws_the_status_again_from_its_first_state() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "s = st.status('Run')\n"
        "if st.button('Finish'):\n"
        "    s.update(state='complete')\n"
    ).run()
    assert at.status[0].state == "running"
    at.button[0].click().run()
    assert at.status[0].state == "complete"
    at.run()
    assert at.status[0].state == "running"
