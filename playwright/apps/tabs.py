import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
cat, dog, owl = st.tabs(["Cat", "Dog", "Owl"])
cat.write("A cat says meow.")
with dog:
    st.write("A dog says woof.")
    st.button("Rerun")
owl.write("An owl says hoot.")
st.text(f"runs = {st.session_state.runs}")
with st.popover("Settings"):
    name = st.text_input("Your name")
st.text(f"hello = {name}")
with st.chat_message("user"):
    st.write("Hi there!")
st.chat_message("assistant").write("Hello, human.")
