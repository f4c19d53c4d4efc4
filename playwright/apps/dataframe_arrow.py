# Arrow IPC written without pyarrow (playwright/dataframe_arrow.spec.ts): the
# frames below have column types the worker writes itself, so the pyarrow wheel
# is never fetched; the button shows a Decimal column, which needs pyarrow.
from decimal import Decimal

import pandas as pd
import streamlit as st

df = pd.DataFrame({
    "name": pd.Series(["ünïcødé 🎈", None, "plain"], dtype=object),
    "n": pd.array([1, None, 3], dtype="Int64"),
    "x": [0.5, float("nan"), 2.25],
    "ok": [True, False, True],
    "when": pd.to_datetime(["2020-01-10 10:30", "2021-06-01 00:00", None]).tz_localize("EST"),
    "kind": pd.Categorical(["low", "high", "low"]),
    "took": pd.to_timedelta([90, None, 5], unit="s"),
})
st.dataframe(df, hide_index=True)
edited = st.data_editor(df[["name", "n", "ok"]], key="ed")
st.text(f"edited rows: {len(edited)}; ok: {int(edited['ok'].sum())}")
st.table(df[["name", "kind"]].set_index("kind"))

if st.button("Show decimals"):
    st.dataframe(pd.DataFrame({"price": [Decimal("1.25"), Decimal("10.5")]}))
