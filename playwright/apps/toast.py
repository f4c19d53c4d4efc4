import streamlit as st

if st.button("Save"):
    msg = st.toast("Saving...", icon="⏳", duration="infinite")
    st.write("saved")
    msg.toast("Saved!", icon="✅", duration="infinite")
if st.button("Flash"):
    st.toast("Gone in a second", duration=1)
if st.button("Celebrate"):
    st.balloons()
    st.snow()
st.write("page end")
st.link_button("Streamlit docs", "https://docs.streamlit.io", type="primary")
st.link_button("Sneaky", "javascript:alert(1)")
