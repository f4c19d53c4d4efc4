"""A progress bar driven by a loop with time.sleep, then a spinner: see progress_sleep.spec.ts."""
import time

import streamlit as st

st.title("Progress")
if st.button("Start"):
    bar = st.progress(0, text="Starting")
    for i in range(1, 41):
        time.sleep(0.1)
        bar.progress(i / 40, text=f"Step {i} of 40")
    with st.spinner("Finishing up..."):
        time.sleep(2)
    st.success("Done")
