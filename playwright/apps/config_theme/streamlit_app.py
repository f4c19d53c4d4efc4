# A folder app with .streamlit/config.toml: a custom primary colour, the menu's
# items from st.set_page_config, and a run counter for the R key.
import streamlit as st

st.set_page_config(
    page_title="Config theme",
    page_icon="🦈",
    initial_sidebar_state="collapsed",
    menu_items={"Get help": "https://example.com/help", "About": "# About this *app*"},
)
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"Runs: {st.session_state.runs}")
st.button("Go", type="primary")
st.write(st.secrets["greeting"])
st.sidebar.write("In the sidebar")
