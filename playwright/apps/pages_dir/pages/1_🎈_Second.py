import streamlit as st

st.title("Second page")
st.session_state["from_second"] = "set on second"
st.text(f"query: {st.query_params.to_dict()}")
if st.button("Add query"):
    st.query_params["tab"] = ["a", "b"]
    st.rerun()
