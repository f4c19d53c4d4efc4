"""The smallest app: the boot screen test waits for this line."""
import streamlit as st

st.markdown("Booted and ran.")
