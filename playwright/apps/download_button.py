import streamlit as st

st.session_state.downloads = st.session_state.get("downloads", 0)
if st.download_button("Download CSV", "name,score\nAda,10\n", file_name="scores.csv", mime="text/csv"):
    st.session_state.downloads += 1
st.text(f"downloads = {st.session_state.downloads}")
