# Material icons `:material/<name>:` (CHECKLIST MPA-14), drawn from the bundled
# Material Symbols font, which the page fetches only once an icon is shown:
# the icon= of elements, and the shortcode in markdown (tab labels included).
import streamlit as st

if st.button("Show icons"):
    st.button("Log in", icon=":material/login:")
    st.info("Noted", icon=":material/thumb_up:")
    with st.expander("More", icon=":material/info:"):
        st.write("inside")
    st.tabs([":material/home: Home", "Other"])
    st.markdown("Rated :material/star:")
