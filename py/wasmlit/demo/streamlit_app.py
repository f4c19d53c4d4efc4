"""The wasmlit demo app: what the walking skeleton can do.

`wasmlit hello` builds and serves this file. It is an ordinary Streamlit script
and uses only the `st` API that exists so far (see README.md, "What works so
far"). This docstring is not drawn: magic skips a module docstring.
"""

import time

import streamlit as st

# ---------------------------------------------------------------- sidebar
st.sidebar.header("Settings")
steps = st.sidebar.slider("Steps in the slow loop", 5, 50, 20)
delay = st.sidebar.number_input("Seconds per step", 0.01, 0.5, 0.05, step=0.01)
stop_early = st.sidebar.checkbox(
    "Stop the script after the widgets",
    help="Calls st.stop(): nothing below that line runs, nothing above it goes away.",
)
st.sidebar.caption("Every change here reruns the whole script, as in Streamlit.")

# ------------------------------------------------------------------ intro
st.title("wasmlit :wave:")
st.markdown(
    "This is a **Streamlit script** running in your browser: Python is "
    "[Pyodide](https://pyodide.org) in a web worker, and there is no server "
    "behind this page :snake:. Change a widget and the script reruns from the "
    "top, as it would under `streamlit run`."
)
summary = st.container()  # filled at the end of the script, drawn here

# ------------------------------------------------------- session state
st.header("Session state")
if "visitors" not in st.session_state:
    st.session_state.visitors = []


def greet() -> None:
    # Callbacks run before the script, so the list below is already updated.
    st.session_state.visitors.append(st.session_state.visitor_name or "stranger")


left, right = st.columns(2)
with left:
    st.text_input("Your name", key="visitor_name", placeholder="Ada")
    st.button("Say hello", on_click=greet)
    if st.button("Forget everyone"):
        st.session_state.visitors = []
        st.rerun()
with right:
    if st.session_state.visitors:
        st.markdown(f"Hello, **{st.session_state.visitors[-1]}**!")
        st.write(st.session_state.visitors)
    else:
        st.caption("Nobody has said hello yet.")

# --------------------------------------------------------------- widgets
st.header("Widgets")
a, b = st.columns([2, 1])
with a:
    shout = st.checkbox("Shout", value=False)
    times = st.number_input("Repeat", min_value=1, max_value=5, value=2)
    fruit = st.selectbox("Fruit", ["apple", "banana", "cherry"], index=1)
    temperature = st.slider("Temperature", -10.0, 40.0, 21.5)
with b:
    word = fruit.upper() if shout else fruit
    st.text(" ".join([word] * times))
    st.write({"shout": shout, "repeat": times, "fruit": fruit, "temperature": temperature})

if stop_early:
    st.info("Stopped here by st.stop(); untick the box in the sidebar to see the rest.")
    st.stop()

# ---------------------------------------------------------------- alerts
st.header("Alerts")
st.success("Success: the script got this far.")
st.info("Info: alerts take markdown, like `code` and **bold**.")
st.warning("Warning: this page has no server to fall back on.")
st.error("Error: nothing is wrong, this is just what an error looks like.")

# ------------------------------------------------------- code and layout
st.header("Layout")
with st.expander("How the slow loop below is written"):
    st.code(
        "bar = st.progress(0)\n"
        "for i in range(steps):\n"
        "    time.sleep(delay)  # yields: the page stays live\n"
        "    bar.progress((i + 1) / steps)",
        language="python",
    )
st.subheader("A divider, then a caption")
st.divider()
st.caption("Columns, the sidebar, the expander and the container above are blocks.")

# ------------------------------------------------- progress, spinner, empty
st.header("A slow loop")
st.write("Press the button, then change a widget while the loop runs: the run is interrupted.")
if st.button("Run the slow loop"):
    status = st.empty()
    bar = st.progress(0, text="Starting")
    with st.spinner("Working..."):
        for i in range(steps):
            time.sleep(delay)
            bar.progress((i + 1) / steps, text=f"Step {i + 1} of {steps}")
            status.text(f"{steps - i - 1} steps to go")
    status.success(f"Done: {steps} steps of {delay:.2f} s.")

summary.caption(
    f"{len(st.session_state.visitors)} hello(s) so far; the fruit is {fruit}."
)
