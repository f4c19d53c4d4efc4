import streamlit as st

st.title("Hello from the bench")
st.text("A title, a line of text and a button: the smallest useful app.")
st.button("A button")
