# st.dataframe, st.data_editor, st.table and st.metric in the browser (playwright/dataframe.spec.ts).
import pandas as pd
import streamlit as st

df = pd.DataFrame(
    [
        {"command": "st.selectbox", "rating": 4, "is_widget": True},
        {"command": "st.balloons", "rating": 5, "is_widget": False},
        {"command": "st.time_input", "rating": 3, "is_widget": True},
    ]
)
st.dataframe(df, use_container_width=True)

edited = st.data_editor(df, key="fav")
favorite = edited.loc[edited["rating"].idxmax()]["command"]
st.markdown(f"Your favorite command is **{favorite}** 🎈")

colors = st.data_editor(["red", "green", "blue"], num_rows="dynamic", key="colors")
st.text("colors: " + ", ".join(str(c) for c in colors))

times = pd.DataFrame({
    "naive": [pd.Timestamp("2020-01-10 10:30")],
    "aware": [pd.Timestamp("2020-01-10 10:30", tz="EST")],
})
st.dataframe(times, hide_index=True)
st.metric("Temperature", "70 °F", "-1.2 °F")
st.table(df)
