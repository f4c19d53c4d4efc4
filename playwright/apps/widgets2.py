"""st.slider (range, date), st.select_slider, st.date_input, st.time_input,
st.color_picker, st.pills, st.segmented_control: see widgets2.spec.ts."""
from datetime import date, time

import streamlit as st

rng = st.slider("Range", 0, 100, (20, 80), key="rng")
day = st.slider("Day", value=date(2024, 1, 10), key="day")
size = st.select_slider("Size", ["S", "M", "L", "XL"], value="M", key="size")
when = st.date_input("When", date(2024, 1, 10), key="when")
trip = st.date_input("Trip", (date(2024, 1, 5), date(2024, 1, 9)), key="trip")
alarm = st.time_input("Alarm", time(8, 45), key="alarm")
color = st.color_picker("Color", "#0000FF", key="color")
tags = st.pills("Tags", ["red", "green", "blue"], selection_mode="multi", default=["red"],
                key="tags")
view = st.segmented_control("View", ["List", "Map"], default="List", key="view")
st.text(f"sliders: rng={rng} day={day} size={size}")
st.text(f"dates: when={when} trip={trip} alarm={alarm}")
st.text(f"pickers: color={color} tags={tags} view={view}")

with st.form("picks"):
    f_day = st.date_input("Form day", date(2024, 1, 1), format="DD.MM.YYYY")
    f_tag = st.pills("Form tag", ["x", "y"])
    f_color = st.color_picker("Form color", "#000000")
    st.form_submit_button("Submit picks")
st.text(f"form: day={f_day} tag={f_tag} color={f_color}")
