"""Parameters every widget shares (label_visibility, help, placeholder, disabled, the
empty-label warning) and the layout commands' parameters and errors (issue #4, "audit")."""

from __future__ import annotations

import logging

import pytest

from wasmlit import protocol
from wasmlit.testing import AppTest

BAD_VISIBILITY = (
    "Unsupported label_visibility option 'nope'. Valid values are 'visible', 'hidden' or "
    "'collapsed'."
)

# One call per widget family that takes label_visibility in Streamlit 1.41.
WIDGET_CALLS = {
    "checkbox": 'st.checkbox("L"{kw})',
    "toggle": 'st.toggle("L"{kw})',
    "radio": 'st.radio("L", ["a", "b"]{kw})',
    "selectbox": 'st.selectbox("L", ["a", "b"]{kw})',
    "multiselect": 'st.multiselect("L", ["a", "b"]{kw})',
    "slider": 'st.slider("L"{kw})',
    "select_slider": 'st.select_slider("L", ["a", "b"]{kw})',
    "text_input": 'st.text_input("L"{kw})',
    "text_area": 'st.text_area("L"{kw})',
    "number_input": 'st.number_input("L"{kw})',
    "date_input": 'st.date_input("L", datetime.date(2024, 1, 1){kw})',
    "time_input": 'st.time_input("L", datetime.time(8, 45){kw})',
    "color_picker": 'st.color_picker("L"{kw})',
    "pills": 'st.pills("L", ["a", "b"]{kw})',
    "segmented_control": 'st.segmented_control("L", ["a", "b"]{kw})',
}


def _app(call: str) -> AppTest:
    return AppTest.from_string(f"import datetime\nimport streamlit as st\n{call}\n").run()


def _payloads(at: AppTest) -> list[object]:
    return [m.element for m in at._host.messages if isinstance(m, protocol.ElementDelta)]


def _blocks(at: AppTest) -> list[protocol.Block]:
    return [m.block for m in at._host.messages if isinstance(m, protocol.BlockDelta)]


@pytest.mark.parametrize("kind", sorted(WIDGET_CALLS))
@pytest.mark.parametrize("vis", ["visible", "hidden", "collapsed"])
def test_WID_label_visibility_reaches_the_page(kind: str, vis: str) -> None:
    at = _app(WIDGET_CALLS[kind].format(kw=f", label_visibility={vis!r}"))
    assert not at.exception
    [payload] = _payloads(at)
    assert payload.label_visibility == vis  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", sorted(WIDGET_CALLS))
def test_WID_invalid_label_visibility_raises_streamlits_error(kind: str) -> None:
    at = _app(WIDGET_CALLS[kind].format(kw=', label_visibility="nope"'))
    assert at.exception[0].type_name == "StreamlitAPIException"
    assert at.exception[0].value == BAD_VISIBILITY


@pytest.mark.parametrize("kind", sorted(WIDGET_CALLS))
def test_WID_help_and_disabled_are_sent_and_inspectable(kind: str) -> None:
    """TEST-12: help and disabled are visible to AppTest as to the page."""
    at = _app(WIDGET_CALLS[kind].format(kw=', help="Pick **one**", disabled=True'))
    [payload] = _payloads(at)
    assert payload.help == "Pick **one**" and payload.disabled is True  # type: ignore[attr-defined]
    [view] = at.get(type(payload).KIND)  # type: ignore[attr-defined]
    assert view.help == "Pick **one**" and view.disabled is True


def test_TEST_12_selectbox_inspectable_properties() -> None:
    at = _app('st.selectbox("A", [1, 2, 3], None, help="Pick a number", placeholder="Pick me")')
    box = at.selectbox[0]
    assert box.value is None and box.options == ["1", "2", "3"] and box.index is None
    assert box.help == "Pick a number" and box.placeholder == "Pick me" and box.disabled is False


@pytest.mark.parametrize(
    "call", ['st.text_input("L", placeholder="Type")', 'st.text_area("L", placeholder="Type")',
             'st.multiselect("L", ["a"], placeholder="Type")'],
    ids=["text_input", "text_area", "multiselect"],
)
def test_placeholder_is_sent(call: str) -> None:
    at = _app(call)
    [payload] = _payloads(at)
    assert payload.placeholder == "Type"  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", ["checkbox", "text_input", "selectbox", "slider"])
def test_empty_label_logs_streamlits_warning(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    call = WIDGET_CALLS[kind].replace('"L"', '""').format(kw="")
    with caplog.at_level(logging.WARNING):
        at = _app(call)
    assert not at.exception
    assert any(
        r.getMessage().startswith("`label` got an empty value. This is discouraged for "
                                  "accessibility reasons") and r.levelno == logging.WARNING
        for r in caplog.records
    )


def test_non_empty_label_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        _app('st.checkbox("Fine", label_visibility="collapsed")')
    assert not [r for r in caplog.records if "`label` got an empty value" in r.getMessage()]


# ------------------------------------------------------------------ columns


def test_EL_17_columns_gap_alignment_border_and_weights() -> None:
    at = _app('a, b = st.columns([3, 1], gap="large", vertical_alignment="center", border=True)\n'
              'a.write("left")\nb.write("right")')
    row, *cols = _blocks(at)
    assert isinstance(row, protocol.Horizontal)
    assert (row.gap, row.vertical_alignment) == ("large", "center")
    assert [(c.weight, c.border) for c in cols] == [(0.75, True), (0.25, True)]  # type: ignore[union-attr]
    assert at.columns[0].markdown[0].value == "left" and at.columns[1].markdown[0].value == "right"


def test_columns_gap_none_is_small_and_border_off_by_default() -> None:
    at = _app("st.columns(2, gap=None)")
    row, *cols = _blocks(at)
    assert row.gap == "small"  # type: ignore[union-attr]
    assert [c.border for c in cols] == [False, False]  # type: ignore[union-attr]


SPEC_ERROR = (
    "The `spec` argument to `st.columns` must be either a positive integer (number of columns) "
    "or a list of positive numbers (width ratios of the columns). See "
    "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) for "
    "more information."
)


@pytest.mark.parametrize("spec", ["0", "-1", "[]", "[1, 0]", "[1, -2]", '"ab"'],
                         ids=["zero", "negative", "empty", "zero-weight", "negative-weight", "str"])
def test_columns_bad_spec_raises_streamlits_error(spec: str) -> None:
    at = _app(f"st.columns({spec})")
    assert at.exception[0].type_name == "StreamlitAPIException"
    assert at.exception[0].value == SPEC_ERROR


def test_columns_bad_gap_and_alignment_raise_streamlits_errors() -> None:
    at = _app('st.columns(2, gap="huge")')
    assert at.exception[0].value == (
        'The `gap` argument to `st.columns` must be `"small"`, `"medium"`, or `"large"`. \n'
        "The argument passed was huge."
    )
    at = _app('st.columns(2, vertical_alignment="middle")')
    assert at.exception[0].value == (
        'The `vertical_alignment` argument to `st.columns` must be `"top"`, `"center"`, or '
        '`"bottom"`. \nThe argument passed was middle.'
    )


def test_columns_nest_one_level_in_main() -> None:
    at = _app("outer = st.columns(2)\ninner = outer[0].columns(2)\ninner[1].write('deep')\n"
              "with outer[1]:\n    with st.container():\n        st.columns(3)[2].write('x')")
    assert not at.exception
    assert len(at.columns) == 2 + 2 + 3
    assert at.columns[0].columns[1].markdown[0].value == "deep"


def test_columns_nested_two_levels_raise() -> None:
    at = _app("a = st.columns(2)\nb = a[0].columns(2)\nb[0].columns(2)\nst.write('after')")
    assert at.exception[0].value == (
        "Columns can only be placed inside other columns up to one level of nesting."
    )
    assert not at.markdown  # the error ends the run


def test_columns_in_sidebar_one_level_only() -> None:
    at = _app("with st.sidebar:\n    c = st.columns(2)\n    c[0].write('ok')")
    assert not at.exception and at.sidebar.columns[0].markdown[0].value == "ok"
    at = _app("with st.sidebar:\n    c = st.columns(2)\n    c[0].columns(2)")
    assert at.exception[0].value == (
        "Columns cannot be placed inside other columns in the sidebar. This is only possible "
        "in the main area of the app."
    )


def test_columns_nesting_counts_only_this_run() -> None:
    """Column paths are per run: a rerun that no longer nests is fine."""
    at = AppTest.from_string(
        "import streamlit as st\n"
        "deep = st.checkbox('deep')\n"
        "a = st.columns(2)\n"
        "if deep:\n"
        "    a[0].columns(2)[0].columns(2)\n"
        "else:\n"
        "    a[0].write('flat')\n"
    ).run()
    assert not at.exception
    at.checkbox[0].check().run()
    assert at.exception
    at.checkbox[0].uncheck().run()
    assert not at.exception and at.markdown[0].value == "flat"


# ---------------------------------------------------------------- container


@pytest.mark.parametrize(
    ("args", "expected"),
    [("", (False, None)), ("border=True", (True, None)), ("height=200", (True, 200)),
     ("height=200, border=False", (False, 200)), ("border=False", (False, None))],
    ids=["plain", "border", "height-borders-by-default", "height-no-border", "no-border"],
)
def test_container_border_and_height(args: str, expected: tuple[bool, int | None]) -> None:
    at = _app(f"with st.container({args}):\n    st.write('in')")
    [block] = _blocks(at)
    assert isinstance(block, protocol.Vertical)
    assert (block.border, block.height) == expected
    assert at.markdown[0].value == "in"


# ------------------------------------------------------------- alerts & icons


@pytest.mark.parametrize("level", ["error", "warning", "info", "success"])
@pytest.mark.parametrize("icon", ["🔥", "✅", "⚠️", "👩‍💻", "🇫🇷", "1️⃣", ":material/thumb_up:"],
                         ids=["fire", "check", "warning-vs16", "zwj", "flag", "keycap", "material"])
def test_EL_08_alert_icons_accepted(level: str, icon: str) -> None:
    at = _app(f"st.{level}('Body', icon={icon!r})")
    assert not at.exception
    alert = at.get(level)[0]
    assert alert.value == "Body" and alert.icon == icon


@pytest.mark.parametrize("icon", ["fire", ":fire:", "ab", "🔥 hot", ":materia/thumb_up:"])
def test_alert_bad_emoji_raises_streamlits_error(icon: str) -> None:
    at = _app(f"st.error('Body', icon={icon!r})")  # ":materia/x:" is not ":material...": an emoji check
    assert at.exception[0].type_name == "StreamlitAPIException"
    assert at.exception[0].value == (
        f'The value "{icon}" is not a valid emoji. Shortcodes are not allowed, please use a '
        "single character instead."
    )


@pytest.mark.parametrize("icon", [":material/Thumb Up:", ":materials/thumb_up:", ":material/:"],
                         ids=["bad-name", "bad-pack", "no-name"])
def test_alert_bad_material_icon_raises_streamlits_error(icon: str) -> None:
    at = _app(f"st.info('Body', icon={icon!r})")
    assert at.exception[0].type_name == "StreamlitAPIException"
    shown = icon.replace("/", "\u200b/")
    assert at.exception[0].value.startswith(f'The value `"{shown}"` is not a valid Material icon.')
    assert "**`:material\u200b/thumb_up:`**" in at.exception[0].value


# ------------------------------------------------------ progress, spinner, exception


def test_ANIM_06_progress_text_and_value_errors() -> None:
    at = _app("st.progress(50, text='**half**')\nst.progress(True)")
    assert [(p.value, p.proto.text) for p in at.get("progress")] == [(50, "**half**"), (1, None)]
    at = _app("st.progress(50, text=5)")
    assert at.exception[0].value == (
        "Progress Text is of type <class 'int'>, which is not an accepted type.Text only "
        "accepts: str. Please convert the text to an accepted type."
    )
    at = _app("st.progress(-1)")
    assert at.exception[0].value == "Progress Value has invalid value [0, 100]: -1"
    at = _app("st.progress(1.5)")
    assert at.exception[0].value == "Progress Value has invalid value [0.0, 1.0]: 1.500000"
    at = _app("st.progress('50')")
    assert at.exception[0].value == "Progress Value has invalid type: str"


def test_EL_10_spinner_shows_while_its_block_runs_and_is_gone_after() -> None:
    at = _app("with st.spinner('Working...'):\n    st.session_state.seen = True\nst.write('done')")
    spinners = [p for p in _payloads(at) if isinstance(p, protocol.Spinner)]
    assert [s.text for s in spinners] == ["Working..."]
    assert not at.get("spinner") and at.markdown[0].value == "done"


def test_EL_08_st_exception_shows_a_caught_exception() -> None:
    at = _app("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    st.exception(e)\nst.write('still running')")
    assert at.exception[0].type_name == "ZeroDivisionError"
    assert at.exception[0].value == "division by zero"
    assert at.markdown[0].value == "still running"


def test_expander_icon_is_checked_like_alert_icons() -> None:
    at = _app("with st.expander('More', icon=':material/info:'):\n    st.write('x')")
    assert not at.exception and at.expander[0].icon == ":material/info:"
    at = _app("st.expander('More', icon='info')")
    assert at.exception[0].value.startswith('The value "info" is not a valid emoji.')


@pytest.mark.parametrize(
    "call",
    ["st.button('Go', icon={icon!r})", "st.link_button('Go', 'https://x.org', icon={icon!r})",
     "st.download_button('Go', 'data', icon={icon!r})", "st.popover('Go', icon={icon!r})",
     "st.toast('Go', icon={icon!r})",
     "with st.form('f'):\n    st.form_submit_button('Go', icon={icon!r})"],
    ids=["button", "link_button", "download_button", "popover", "toast", "form_submit_button"],
)
def test_icon_params_are_checked_everywhere(call: str) -> None:
    assert not _app(call.format(icon="🚀")).exception
    assert not _app(call.format(icon=":material/rocket_launch:")).exception
    at = _app(call.format(icon="rocket"))
    assert at.exception[0].value.startswith('The value "rocket" is not a valid emoji.')


def test_button_icon_is_drawn_beside_not_inside_the_label() -> None:
    at = _app("st.button('Launch', icon='🚀')\nst.button('Plain')")
    assert [b.label for b in at.button] == ["Launch", "Plain"]
    assert [b.proto.icon for b in at.button] == ["🚀", None]


def test_TEST_09_at_columns_have_their_weight() -> None:
    at = _app("a, b = st.columns([1, 3])\nb.write('x')")
    assert [c.weight for c in at.columns] == [0.25, 0.75]
    assert at.columns[1].markdown[0].value == "x"
