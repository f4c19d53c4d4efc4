"""Forms batch their widgets until submit: see forms.spec.ts."""
import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.text(f"runs: {st.session_state.runs}")

with st.form("profile"):
    name = st.text_input("Name", key="name")
    level = st.slider("Level", 0, 10, 3, key="level")
    agree = st.checkbox("Agree", key="agree")
    sent = st.form_submit_button("Save")

st.text(f"got: name={name} level={level} agree={agree} sent={sent}")
st.text("state: " + " ".join(f"{k}={st.session_state[k]}" for k in ("name", "level", "agree")))
st.checkbox("Outside")

with st.form("note", clear_on_submit=True):
    note = st.text_area("Note")
    posted = st.form_submit_button("Post")
if posted:
    st.text(f"posted: {note}")

with st.form("bounds"):
    top = st.number_input("Top", 1, 100, 10)
    st.slider("Pick", 0, top, 0)
    st.form_submit_button("Apply")

with st.form("lonely"):
    st.text_input("Lonely")
