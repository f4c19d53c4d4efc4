"""st.tabs: one container per label; every tab's content runs (EL section; AppTest at.tabs)."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest


def test_each_tab_is_a_container_with_its_label_and_contents() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "cat, dog = st.tabs(['Cat', 'Dog'])\n"
        "cat.write('meow')\n"
        "with dog:\n"
        "    st.write('woof')\n"
        "    st.checkbox('Good boy')\n"
        "st.write('after')\n"
    ).run()
    assert [t.label for t in at.tabs] == ["Cat", "Dog"]
    assert [m.value for m in at.tabs[0].markdown] == ["meow"]
    assert [m.value for m in at.tabs[1].markdown] == ["woof"]
    assert len(at.tabs[1].checkbox) == 1  # widgets inside a tab work like anywhere else
    at.tabs[1].checkbox[0].check().run()
    assert at.checkbox[0].value is True
    assert at.markdown[-1].value == "after"


@pytest.mark.parametrize(
    ("arg", "message"),
    [
        ("[]", "The input argument to st.tabs must contain at least one tab label."),
        ("['a', 1]", "The tabs input list to st.tabs is only allowed to contain strings."),
    ],
    ids=["empty", "not-strings"],
)
def test_tabs_errors_are_streamlits(arg: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.tabs({arg})\n").run()
    assert at.exception[0].value == message


def test_popover_is_a_container_with_a_label_whose_widgets_work() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "with st.popover('Settings', icon='⚙️'):\n"
        "    name = st.text_input('Name')\n"
        "st.write(f'Hello {name}')\n"
    ).run()
    (pop,) = at.get("popover")
    assert pop.label == "⚙️ Settings"
    assert len(pop.text_input) == 1
    at.text_input[0].input("Ada").run()
    assert at.markdown[0].value == "Hello Ada"


def test_chat_message_has_an_author_an_avatar_and_contents() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "with st.chat_message('user'):\n"
        "    st.write('Hi!')\n"
        "st.chat_message('assistant').write('Hello, human.')\n"
        "st.chat_message('Ada', avatar='🦉').write('Hoot.')\n"
    ).run()
    assert [(m.name, m.avatar, [x.value for x in m.markdown]) for m in at.chat_message] == [
        ("user", "🧑", ["Hi!"]),
        ("assistant", "🤖", ["Hello, human."]),
        ("Ada", "🦉", ["Hoot."]),
    ]
    at = AppTest.from_string("import streamlit as st\nst.chat_message(None)\n").run()
    assert at.exception[0].value == (
        "The author name is required for a chat message, please set it via the parameter `name`."
    )
