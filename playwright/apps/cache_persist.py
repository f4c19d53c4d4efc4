"""A slow cached computation that counts its runs in a file.

The counter file sits in the persisted cache folder (~/.streamlit/cache, an
IndexedDB mount in the browser), so it survives a page reload too: if the
function ran again after a reload, the count would show it.
"""

import pathlib
import time

import streamlit as st

COUNTER = pathlib.Path.home() / ".streamlit" / "cache" / "cache_persist_counter.txt"


def computations() -> int:
    return int(COUNTER.read_text()) if COUNTER.exists() else 0


@st.cache_data(persist="disk", show_spinner="Computing slowly...")
def slow_square(x):
    time.sleep(2)
    COUNTER.parent.mkdir(parents=True, exist_ok=True)
    COUNTER.write_text(str(computations() + 1))
    st.info("Computed by slow_square")
    return x * x


st.text(f"value: {slow_square(12)}")
st.text(f"computed: {computations()} time(s)")
st.button("Rerun")
