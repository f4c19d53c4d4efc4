# A custom component declared with path= (CHECKLIST COMP-04..12, 15, 22, 23):
# frontend/index.html speaks Streamlit's component protocol by hand.
import os

import streamlit as st
import streamlit.components.v1 as components

counter = components.declare_component(
    "counter", path=os.path.join(os.path.dirname(__file__), "frontend")
)

name = st.text_input("Name", "Blackbeard")
clicks = counter(name=name, key="counter", default=0)
st.write(f"Clicks: {clicks}")
