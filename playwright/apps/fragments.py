# Fragments (CHECKLIST FRAG): a click inside a fragment reruns only the
# fragment; a run_every fragment advances by itself; a click outside reruns all.
import time

import streamlit as st

st.session_state.setdefault("full_runs", 0)
st.session_state.setdefault("clicks", 0)
st.session_state.setdefault("ticks", 0)
st.session_state.full_runs += 1

st.write(f"Full runs: {st.session_state.full_runs}")
log = st.container(border=True)


@st.fragment
def clicker():
    if st.button("Click me"):
        st.session_state.clicks += 1
        log.write(f"logged click {st.session_state.clicks}")
    if st.button("Slow click"):
        time.sleep(1.5)
    st.write(f"Fragment clicks: {st.session_state.clicks}")


@st.fragment(run_every=0.5)
def clock():
    st.session_state.ticks += 1
    st.write(f"Clock tick: {st.session_state.ticks}")
    if st.session_state.ticks >= 4:
        st.write("Clock stopped")


clicker()
clock()
st.button("Rerun everything")
