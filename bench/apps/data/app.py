import time

import numpy as np
import pandas as pd
import pyarrow  # noqa: F401  # st.dataframe sends Arrow; load it as Streamlit does

import streamlit as st

# Issue #6's data figure: the time from the st.dataframe(df) call to the grid
# painting. The script stamps the call with the wall clock (time.time(): the
# machine's clock, which the page reads too as performance.timeOrigin + now).
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}

st.title("Data from the bench")
clicked = "none"
for label, col in zip(["none", *SIZES], st.columns(4)):
    with col:
        if st.button(label):
            clicked = label
if clicked == "none":
    st.text("Shown none")
else:
    rows = SIZES[clicked]
    df = pd.DataFrame(np.random.default_rng(0).random((rows, 10)), columns=[f"c{i}" for i in range(10)])
    called = time.time()
    st.dataframe(df)
    st.text(f"Shown {clicked} at [{called * 1000:.1f}]")
