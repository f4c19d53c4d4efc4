"""A long run cut short by a widget change: see interrupt.spec.ts.

"Start the long run" loops for 20 s. Ticking "Interrupt with a short run"
while it runs must stop it at its next time.sleep and start a 4 s run; the
long run writes one element (in the sidebar) that the short run does not.
"""
import time

import streamlit as st

st.title("Interrupt")
interrupt = st.checkbox("Interrupt with a short run")
if st.button("Start the long run"):
    label, seconds = "long", 20
    st.sidebar.markdown("Written only by the long run")
elif interrupt:
    label, seconds = "short", 4
else:
    st.markdown("Idle")
    st.stop()

st.markdown(f"Run {label} started")
steps = seconds * 10
bar = st.progress(0, text=f"{label}: step 0 of {steps}")
for i in range(1, steps + 1):
    time.sleep(0.1)
    bar.progress(i / steps, text=f"{label}: step {i} of {steps}")
st.markdown(f"Run {label} finished")
