# CHROME-09: a built bundle (this one) never shows the "Deploy" button, even
# opened from localhost where the developer options show; playwright/deploy.spec.ts
# runs a copy of this script under `wasmlit run` inside a git repository.
import streamlit as st

st.title("Deploy me")
st.write("version 1")
