import streamlit as st

value = st.text_input("Type here")
st.text(f"Echo = [{value}]")
