"""Every widget of the skeleton, with the values the script sees: see widgets.spec.ts."""
import streamlit as st

agree = st.checkbox("I agree", key="agree", help="Tick the box to agree")
name = st.text_input("Name", "Ada", key="name")
count = st.number_input("Count", min_value=0, max_value=3, value=2, step=1, key="count")
ratio = st.number_input("Ratio")
level = st.slider("Level", 0, 10, 5, key="level")
window = st.slider("Window", 0, 100, (20, 80), key="window")
color = st.selectbox("Color", ["red", "green", "blue"], index=None, placeholder="Pick a color", key="color")
st.text_input("Locked", "fixed", disabled=True)

st.text(f"values: agree={agree} name={name} count={count!r} ratio={ratio!r} level={level} window={window} color={color}")
keys = ["agree", "name", "count", "level", "window", "color"]
st.text("state: " + " ".join(f"{k}={st.session_state[k]}" for k in keys))
