# SEC-13: a .env read with a few lines of the app's own and a service-account
# JSON, beside st.secrets (dummy values). The build bundles .env because this
# code names it (Note [Secret files in a static bundle] in build/secretfiles.py).
import json
import os

import streamlit as st

for line in open(".env").read().splitlines():
    if "=" in line and not line.lstrip().startswith("#"):
        key, value = line.removeprefix("export ").split("=", 1)
        os.environ.setdefault(key.strip(), value.strip().strip('"'))

account = json.load(open("gcp/service-account.json"))

st.write("dotenv:", os.environ["WL_API_KEY"], os.environ["WL_REGION"])
st.write("gcp:", account["client_email"])
st.write("secrets:", st.secrets["db_password"], os.environ["db_username"])
