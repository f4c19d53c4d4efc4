"""A dialog, a chat and feedback (playwright/dialog_chat.spec.ts)."""

import streamlit as st

st.session_state.setdefault("full", 0)
st.session_state.setdefault("body", 0)
st.session_state.setdefault("messages", [])
st.session_state.full += 1
st.write(f"Full runs: {st.session_state.full}")


@st.dialog("Cast your vote")
def vote(item):
    st.session_state.body += 1
    st.write(f"Dialog runs: {st.session_state.body}")
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...")
    if st.button("Bump"):
        st.write("bumped")
    if st.button("Submit"):
        st.session_state.vote = f"{item}: {reason}"
        st.rerun()


if st.button("Vote A"):
    vote("A")
st.write(f"Vote: {st.session_state.get('vote', 'none')}")

sentiment = st.feedback("thumbs")
st.write(f"Thumbs: {sentiment}")
stars = st.feedback("stars", key="stars")
st.write(f"Stars: {stars}")

for m in st.session_state.messages:
    with st.chat_message(m["role"]):
        st.write(m["content"])
if prompt := st.chat_input("Say something", max_chars=200):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.write(prompt)
    with st.chat_message("assistant"):
        st.write(f"Echo: {prompt}")
        st.session_state.messages.append({"role": "assistant", "content": f"Echo: {prompt}"})
st.write(f"Prompt: {prompt}")
