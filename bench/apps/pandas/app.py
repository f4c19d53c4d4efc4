import numpy as np
import pandas as pd

import streamlit as st

st.title("Pandas from the bench")
df = pd.DataFrame(np.arange(10_000).reshape(1_000, 10), columns=[f"c{i}" for i in range(10)])
st.dataframe(df)  # Arrow IPC written without pyarrow (Note [Arrow IPC without pyarrow] in wasmlit/dataframe/arrow_ipc.py)
st.text("Frame shown = [1000]")
