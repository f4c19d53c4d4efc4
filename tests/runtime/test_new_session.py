"""Navigating by URL starts a new session (SS-12, MPA-35): Note [URL navigation]
in web/src/app/routing.ts. The page sends a Rerun with `new_session`; the worker
drops the session's state before that run and keeps the caches."""

from __future__ import annotations

import json

from wasmlit.testing import AppTest

APP = '''
import streamlit as st

@st.cache_data
def computed(x):
    st.session_state.computations = st.session_state.get("computations", 0) + 1
    return x * 2

st.session_state.visits = st.session_state.get("visits", 0) + 1
name = st.text_input("Name", key="name")
st.text(f"visits={st.session_state.visits} name={name!r} value={computed(21)}")
'''


def _rerun(at: AppTest, widgets: list[dict[str, object]], *, new_session: bool) -> AppTest:
    """What the page sends: a Rerun BackMsg (with the widgets' values)."""
    msg = {"type": "rerun", "widgets": widgets, "fragment_id": None, "page": "", "query_string": "",
           "new_session": new_session}
    at._session.receive(json.dumps(msg))
    at._session.drain()
    for m in at._host.messages[at._seen:]:
        at._tree.apply(m)
    at._seen = len(at._host.messages)
    return at


def test_SS_12_MPA_35_url_navigation_resets_session_state_and_widgets_but_keeps_caches() -> None:
    at = AppTest.from_string(APP).run()
    at.text_input[0].input("Ada").run()
    assert at.text[0].value == "visits=2 name='Ada' value=42"
    wid = at.text_input[0].id
    # The app's own navigation (or any rerun) keeps the session.
    _rerun(at, [{"id": wid, "value": "Ada", "trigger": False}], new_session=False)
    assert at.text[0].value == "visits=3 name='Ada' value=42"
    # A typed address or a markdown link: a new session. The page sends no widget values.
    _rerun(at, [], new_session=True)
    assert at.text[0].value == "visits=1 name='' value=42"
    assert "name" in at.session_state and at.session_state["name"] == ""
    # The cache is shared by sessions: its function did not run again, so the new
    # session never saw the key the first session's miss wrote.
    assert "computations" not in at.session_state


def test_SS_12_the_run_after_a_new_session_keeps_the_new_state() -> None:
    at = AppTest.from_string(APP).run()
    at.text_input[0].input("Ada").run()
    _rerun(at, [], new_session=True)
    wid = at.text_input[0].id
    _rerun(at, [{"id": wid, "value": "Grace", "trigger": False}], new_session=False)
    assert at.text[0].value == "visits=2 name='Grace' value=42"


def test_ERR_08_cache_resource_outlives_session_state() -> None:
    """ERR-08: a cache_resource entry is global, not tied to Session State: a new
    session (its state empty) still gets the same object; only ttl or a clear ends it."""
    at = AppTest.from_string('''
import streamlit as st

@st.cache_resource
def model():
    return {"loaded_in_session": st.session_state.setdefault("me", object()).__hash__()}

st.session_state.setdefault("me", object())
st.text(f"same={model()['loaded_in_session'] == st.session_state['me'].__hash__()} id={id(model())}")
''').run()
    first = at.text[0].value
    assert first.startswith("same=True")
    _rerun(at, [], new_session=True)
    second = at.text[0].value
    assert second.startswith("same=False")  # a new session state, the old session's object
    assert second.split("id=")[1] == first.split("id=")[1]
