"""A callback on a widget inside a form is an error in a real app (FORM-13): see forms.spec.ts."""
import streamlit as st

st.text("before the form")
with st.form("strict"):
    st.checkbox("With a callback", on_change=lambda: None)
    st.form_submit_button("Never")
