import csv
import io

import streamlit as st

st.session_state.changes = st.session_state.get("changes", 0)


def changed():
    st.session_state.changes += 1


data = st.file_uploader("CSV data", type="csv", on_change=changed)
if data is None:
    st.text("no csv")
else:
    rows = list(csv.reader(io.TextIOWrapper(data, encoding="utf-8")))[1:]  # under the header
    st.text(f"{data.name}: {len(rows)} rows")

many = st.file_uploader("Notes", accept_multiple_files=True)
st.text(f"notes: {', '.join(f'{f.name}={f.read().decode()}' for f in many) or 'none'}")
st.text(f"changes: {st.session_state.changes}")

photo = st.camera_input("Photo")
if photo is None:
    st.text("no photo")
else:
    is_jpeg = photo.getvalue()[:2] == b"\xff\xd8"
    st.text(f"photo: {photo.name} {photo.type} jpeg={is_jpeg}")

with st.form("form"):
    in_form = st.file_uploader("Form file")
    st.form_submit_button("Submit")
st.text(f"form file: {in_form.name if in_form else 'none'}")
