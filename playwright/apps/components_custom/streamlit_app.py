# A custom component declared with path= (CHECKLIST COMP-04..12, 15, 22, 23):
# frontend/index.html speaks Streamlit's component protocol by hand. A second
# instance in a fragment gets a DataFrame argument (COMP-06) and reruns only
# its fragment (COMP-19); it can send the table back (COMP-07).
import os

import pandas as pd
import streamlit as st
import streamlit.components.v1 as components

counter = components.declare_component(
    "counter", path=os.path.join(os.path.dirname(__file__), "frontend")
)

st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1

name = st.text_input("Name", "Blackbeard")
clicks = counter(name=name, key="counter", default=0)
st.write(f"Clicks: {clicks}")


@st.fragment
def in_fragment() -> None:
    table = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    value = counter(name="Fragment", table=table, key="fragment_counter", default=0)
    if isinstance(value, pd.DataFrame):  # the table echoed back (COMP-07)
        st.write(f"Fragment table: {len(value)} rows, columns {'/'.join(value.columns)}")
    else:
        st.write(f"Fragment clicks: {value}")


in_fragment()
st.write(f"Full runs: {st.session_state.full_runs}")
