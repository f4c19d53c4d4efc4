"""st.dataframe selections (issue #6, CHECKLIST DF-46): rows, then columns."""

import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["carol", "alice", "bob", "dave"], "score": [3, 1, 2, 4]})
rows = st.dataframe(df, on_select="rerun", selection_mode="multi-row", key="rows")
st.text(f"rows: {rows.selection.rows}")
st.text(f"names: {[df['name'][i] for i in rows.selection.rows]}")
cols = st.dataframe(df, on_select="rerun", selection_mode="multi-column", key="cols")
st.text(f"columns: {cols.selection.columns}")
st.text(f"state: {st.session_state.rows.selection.rows}")
