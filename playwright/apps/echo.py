import streamlit as st

with st.echo():
    greeting = "Hello from st.echo"
    st.write(greeting)
