# Charts and media: a line chart, a bar chart from a DataFrame, st.image from a
# NumPy array and from bytes, a map (spec: charts.spec.ts).
import io

import numpy as np
import pandas as pd
import streamlit as st
from PIL import Image

st.header("Charts")
st.line_chart(pd.DataFrame({"a": [1, 3, 2, 4], "b": [2, 1, 4, 3]}))
st.bar_chart(pd.DataFrame({"fruit": ["apple", "pear", "fig"], "n": [3, 5, 2]}), x="fruit", y="n")

red = np.zeros((20, 30, 3), dtype=np.uint8)
red[:, :, 0] = 255
st.image(red, caption="red from numpy")
buf = io.BytesIO()
Image.new("RGB", (40, 10), "blue").save(buf, format="PNG")
st.image(buf.getvalue(), caption="png bytes", width=200)
st.map(pd.DataFrame({"lat": [48.85, 51.5], "lon": [2.35, -0.12]}))
