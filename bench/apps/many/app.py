import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
n = st.session_state.count
for i in range(199):
    st.text(f"row {i} = [{n}]")
