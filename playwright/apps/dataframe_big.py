# A 1,000,000 x 10 dataframe: the grid stays usable (playwright/dataframe.spec.ts).
import numpy as np
import pandas as pd
import streamlit as st

n = 1_000_000
df = pd.DataFrame({f"c{i}": np.arange(n, dtype=np.int64) * (i + 1) for i in range(10)})
st.dataframe(df)
st.text("shown")
