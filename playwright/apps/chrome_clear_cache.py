# CHROME-08: "Clear cache" in the menu, or the C key when no input has focus,
# clears st.cache_data AND st.cache_resource. Each function counts its misses
# in Session State (which clearing the caches keeps).
import streamlit as st


@st.cache_data
def load() -> int:
    st.session_state.data_runs = st.session_state.get("data_runs", 0) + 1
    return 1


@st.cache_resource
def connect() -> object:
    st.session_state.resource_runs = st.session_state.get("resource_runs", 0) + 1
    return object()


load()
connect()
st.text_input("Type here")
st.write(f"data runs: {st.session_state.data_runs}, resource runs: {st.session_state.resource_runs}")
