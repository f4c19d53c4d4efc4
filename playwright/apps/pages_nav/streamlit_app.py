# st.navigation with sections, st.Page from files and functions, st.page_link,
# st.switch_page and st.query_params (CHECKLIST MPA-02..16, MPA-34).
import streamlit as st


def home():
    st.title("Home")
    st.page_link(reports, label="Open the report")
    st.page_link("https://example.com", label="External", icon="🌍")
    if st.button("Switch to tools"):
        st.switch_page(tools)


def report():
    st.title("Report")
    if st.button("Set color"):
        st.query_params.color = "red"
    st.write("color =", st.query_params.get("color", "none"))


def tools_page():
    st.title("Tools")


home_page = st.Page(home, title="Welcome", icon="🏠", default=True)
reports = st.Page(report, title="Report", url_path="report")
tools = st.Page(tools_page, title="Tools", icon=":material/build:", url_path="tools")
pg = st.navigation({"Main": [home_page, reports], "More": [tools]})
st.sidebar.checkbox("Common option", key="common")
pg.run()
