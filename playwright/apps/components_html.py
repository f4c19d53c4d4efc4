# st.components.v1.html: its scripts run inside a sandboxed iframe (not in the app's page).
import streamlit as st
import streamlit.components.v1 as components

st.title("Components")
components.html(
    "<p id='out'>waiting</p><script>document.getElementById('out').textContent = "
    "'script ran: ' + (function () { try { return String(window.parent.document.title); } "
    "catch (e) { return 'parent blocked'; } })();</script>",
    height=120,
)
