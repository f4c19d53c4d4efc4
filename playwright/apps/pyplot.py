# st.pyplot: a matplotlib figure rendered to PNG in the worker (spec: charts.spec.ts).
import matplotlib.pyplot as plt
import streamlit as st

fig, ax = plt.subplots(figsize=(4, 2))
ax.plot([1, 2, 3], [3, 1, 2])
st.pyplot(fig)
st.text("figure shown")
