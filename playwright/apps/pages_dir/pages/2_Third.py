import streamlit as st

st.title("Third page")
st.write("shared state:", st.session_state.get("from_second", "nothing yet"))
