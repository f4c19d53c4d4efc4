import numpy as np
import pandas as pd
import pyarrow  # noqa: F401  # st.dataframe sends Arrow; load it as Streamlit does

import streamlit as st

st.title("Pandas from the bench")
df = pd.DataFrame(np.arange(10_000).reshape(1_000, 10), columns=[f"c{i}" for i in range(10)])
if hasattr(st, "dataframe"):
    st.dataframe(df)
else:  # until the data issue lands: the same frame as text
    st.text(df.to_string())
st.text("Frame shown = [1000]")
