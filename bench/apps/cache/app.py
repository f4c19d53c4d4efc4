import time

import numpy as np
import pandas as pd
import pyarrow  # noqa: F401  # as in bench/apps/data: the same packages load

import streamlit as st

# CHECKLIST CACHE-33: the overhead of st.cache_data and st.cache_resource on a
# 4-column DataFrame, on the first run (a miss: hash the argument, run, pickle
# the value) and on later runs (a hit: hash, unpickle). Timed inside the script.
ROWS = 1_000_000

st.session_state.runs = st.session_state.get("runs", 0) + 1
df = pd.DataFrame(np.random.default_rng(0).random((ROWS, 4)), columns=list("abcd"))


@st.cache_data
def through_data(frame: pd.DataFrame) -> pd.DataFrame:
    return frame


@st.cache_resource
def through_resource(frame: pd.DataFrame) -> pd.DataFrame:
    return frame


if st.button("Clear caches"):
    st.cache_data.clear()
    st.cache_resource.clear()
st.button("Again")

start = time.perf_counter()
through_data(df)
data_ms = (time.perf_counter() - start) * 1000
start = time.perf_counter()
through_resource(df)
resource_ms = (time.perf_counter() - start) * 1000
st.text(f"cache_data = [{data_ms:.1f}] cache_resource = [{resource_ms:.1f}] run = [{st.session_state.runs}]")
