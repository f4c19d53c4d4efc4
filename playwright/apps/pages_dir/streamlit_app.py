# A pages/ folder app (CHECKLIST MPA-17..33): the entry script is the home page.
import streamlit as st

import shared

st.title("Home page")
st.text_input("Home name", key="home_name")
st.write("visits:", shared.bump())
st.page_link("pages/2_Third.py", label="Go to third", icon="👉")
if st.button("Switch to second"):
    st.switch_page("pages/1_🎈_Second.py")
