"""Common widget parameters and layout (issue #4, audit): label_visibility, help
tooltips, columns (border, weights, nesting), a scrolling container, alert icons."""

import streamlit as st

st.text_input("Visible label", help="Some **bold** help")
st.text_input("Hidden label", label_visibility="hidden")
st.text_input("Collapsed label", label_visibility="collapsed")

a, b = st.columns([3, 1], border=True, vertical_alignment="center")
a.write("wide column")
inner = b.columns(2)
inner[0].write("nested")

with st.container(height=120):
    for i in range(20):
        st.write(f"line {i}")

st.info("With an emoji", icon="🔥")
st.success("With a material icon", icon=":material/thumb_up:")
st.button("Launch", icon="🚀")

if st.button("Nest too deep"):
    st.columns(2)[0].columns(2)[0].columns(2)
