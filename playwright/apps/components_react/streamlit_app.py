# A custom component built with the real streamlit-component-lib (React,
# withStreamlitConnection, StreamlitComponentBase; CHECKLIST COMP-13):
# frontend_src/index.jsx, bundled into frontend/ by the Playwright global
# setup (Note [Component frontends] in playwright/global-setup.ts), so this app
# only runs from a Playwright build. It gets a string, a number and a
# DataFrame (Arrow, COMP-06) and sends back an object, an ArrowTable or bytes
# (COMP-07). With ?silent=1 a second component never becomes ready.
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components

probe = components.declare_component("react_probe", path="frontend")

if st.query_params.get("silent"):  # a component that never sends componentReady
    components.declare_component("silent", path="silent")(key="silent")

name = st.text_input("Name", "Blackbeard")
box = st.number_input("Box height", value=180, step=20)
ships = pd.DataFrame({"ship": ["Queen Anne's Revenge", "Adventure", "Revenge"], "guns": [40, 10, 12]})

value = probe(name=name, box=box, ships=ships, key="probe", default=None)
if value is None:
    st.write("No value yet")
elif isinstance(value, pd.DataFrame):
    st.write(f"Table back: {len(value)} rows, columns {'/'.join(map(str, value.columns))}, "
             f"first ship {value.iloc[0, 0]}")
elif isinstance(value, bytes):
    st.write(f"Bytes back: {list(value)}")
else:
    st.write(f"Value back: clicks={value['clicks']} name={value['name']}")
