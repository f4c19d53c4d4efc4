"""The display elements of the skeleton: see elements.spec.ts."""
import streamlit as st

st.title("Elements title")
st.header("Elements header")
st.subheader("Elements subheader")
st.markdown("Some **bold**, some *italic*, some `code` and a :smile:.")
st.markdown('<script>window.__injected = 1</script>Escaped <b>tags</b>.')
st.markdown('<img src="x" onerror="window.__injected = 2"><i>allowed html</i>', unsafe_allow_html=True)
st.caption("A caption")
st.text("fixed-width text")
st.code("print('hello')", language="python")
st.divider()
st.write("A string with **markdown**", 42, [1, 2, 3], {"key": "value"})
st.write(ValueError("written, not raised"))

cols = st.columns([1, 2, 2])
cols[2].markdown("third column")
cols[0].markdown("first column")

slot = st.empty()
slot.markdown("placeholder first")
slot.markdown("placeholder second")
gone = st.empty()
gone.markdown("will be cleared")
gone.empty()

top = st.container()
st.markdown("written second, shown after")
top.markdown("written last, shown first")

with st.expander("Expander label"):
    st.markdown("inside the expander")
st.sidebar.markdown("in the sidebar")

st.success("a success")
st.info("an info")
st.warning("a warning")
st.error("an error")
