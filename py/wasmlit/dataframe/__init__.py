"""Data for st.dataframe, st.table and st.data_editor: converting what an app
passes to pandas and Arrow, column configs, and applying a data editor's edits.

pandas, numpy and pyarrow are imported only when a data element runs (Note
[Lazy pandas] in convert.py).
"""
