# page_icon=":material/<name>:" (CHECKLIST MPA-13, MPA-14): the favicon is the
# glyph of the bundled Material Symbols font.
import streamlit as st

st.set_page_config(page_title="Rockets", page_icon=":material/rocket_launch:")
st.write("favicon")
