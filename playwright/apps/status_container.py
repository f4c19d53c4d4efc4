import time

import streamlit as st

with st.status("Downloading data...", expanded=True) as status:
    st.write("Searching for data...")
    time.sleep(0.2)
    st.write("Found URL.")
    status.update(label="Download complete!", state="complete", expanded=False)
failed = st.status("Checking the data")
failed.write("Row 7 is malformed.")
failed.update(state="error")
st.button("Again")
