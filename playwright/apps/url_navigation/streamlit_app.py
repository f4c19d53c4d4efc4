# Navigating by URL makes a new session; the app's own navigation keeps it
# (CHECKLIST SS-12, MPA-35; Note [URL navigation] in web/src/app/routing.ts).
import streamlit as st


def home():
    st.title("Home")
    if st.button("Count"):
        st.session_state.count = st.session_state.get("count", 0) + 1
    st.markdown("[Other, by URL](#/other)")


def other():
    st.title("Other")


st.text_input("Name", key="name")
pg = st.navigation([st.Page(home, title="Home", default=True), st.Page(other, title="Other", url_path="other")])
pg.run()
st.text(f"count={st.session_state.get('count', 0)} name={st.session_state.name!r}")
