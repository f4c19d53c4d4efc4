# A custom component declared with url=, the template's dev-server loop
# (CHECKLIST COMP-20): components_dev.spec.ts serves the frontend of
# apps/components_custom/ on 127.0.0.1:8736, as `npm run start` would.
import streamlit as st
import streamlit.components.v1 as components

counter = components.declare_component("counter", url="http://127.0.0.1:8736")
clicks = counter(name="dev server", key="counter", default=0)
st.write(f"Clicks: {clicks}")
