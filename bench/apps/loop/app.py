import time

import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1
st.button("Interrupt")
st.text(f"Run = [{st.session_state.runs}]")
step = st.empty()
for i in range(12_000):  # about a minute: every measurement interrupts it
    t = time.perf_counter()
    while time.perf_counter() - t < 0.005:
        pass
    step.text(f"step {i}")
