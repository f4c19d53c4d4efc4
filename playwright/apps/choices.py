"""st.toggle, st.radio, st.multiselect, st.text_area: see choices.spec.ts."""
import streamlit as st

dark = st.toggle("Dark mode", key="dark")
size = st.radio("Size", ["S", "M", "L"], index=None, horizontal=True,
                captions=["small", "medium", "large"], key="size")
fruit = st.multiselect("Fruit", ["apple", "banana", "cherry"], default=["banana"],
                       max_selections=2, format_func=str.title, placeholder="Pick fruit",
                       key="fruit")
bio = st.text_area("Bio", "hi", height=100, max_chars=50, key="bio")
st.text(f"values: dark={dark} size={size} fruit={fruit} bio={bio!r}")
