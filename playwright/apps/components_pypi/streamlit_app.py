# streamlit-javascript from PyPI (requirements.txt), used as its README shows:
# st_javascript(code) runs the code in the component's iframe and returns its
# result to Python (CHECKLIST COMP-21).
import streamlit as st
from streamlit_javascript import st_javascript

st.subheader("JavaScript from Python")
code = st.text_input("Code", "6 * 7")
result = st_javascript(code)
st.write(f"Result: {result!r}")

language = st_javascript("await Promise.resolve(navigator.language.length > 0 ? 'has a language' : 'none')",
                         key="language")
st.write(f"Browser: {language}")
