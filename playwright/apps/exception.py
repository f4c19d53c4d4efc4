"""An uncaught exception (EXE-24): see exception.spec.ts.

The error comes from a function, so the traceback has a frame of this file and
one of the function. The checkbox turns the error off; the button reruns.
"""
import streamlit as st

st.title("Exceptions")
st.markdown("Drawn before the error.")
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.markdown(f"Run number {st.session_state.runs}")
st.button("Rerun")


def check_inventory(count):
    if count < 1:
        raise ValueError(f"inventory is empty (count={count})")
    return count


if st.checkbox("Raise an error", value=True):
    check_inventory(0)

st.success("The script ran to the end.")
