# CHROME-05: "Record a screencast" in the app menu records this tab (the spec
# launches Chromium with a fake capture device). The file is named after the
# page title; the button gives the recording something to show.
import streamlit as st

st.set_page_config(page_title="Screencast demo")
st.title("Screencast demo")
if st.button("Say hello"):
    st.write("Hello from the recording")
