import asyncio
import time

import streamlit as st


def slow_words():
    for word in ["Streaming", "one", "word", "at", "a", "time."]:
        time.sleep(0.3)
        yield word + " "


async def async_words():
    for word in ["async", "words", "arrive"]:
        await asyncio.sleep(0.05)
        yield word + " "


if st.button("Stream"):
    text = st.write_stream(slow_words)
    st.text(f"returned: {text.strip()}")
    st.text(f"async: {st.write_stream(async_words).strip()}")
