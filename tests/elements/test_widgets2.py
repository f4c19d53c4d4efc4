"""More widgets: st.slider ranges and date/time sliders, st.select_slider, st.date_input,
st.time_input, st.color_picker, st.pills and st.segmented_control (values, defaults,
Streamlit's errors, session state, AppTest accessors and methods)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from wasmlit.testing import AppTest


def _app(body: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + body).run()


# ------------------------------------------------------------------ slider


def test_WID_33_TEST_15_range_slider_two_thumbs_set_range() -> None:
    at = _app(
        "v = st.slider('Range', 0, 100, (25, 75), key='r')\n"
        "f = st.slider('Floats', 0.0, 100.0, (25.0, 75.0))\n"
        "st.write(repr(v), repr(f))\n"
    )
    s = at.slider[0]
    assert s.value == (25, 75) and s.proto.value == [25, 75] and s.min == 0 and s.max == 100
    assert at.markdown.values == ["(25, 75) (25.0, 75.0)"]
    at.slider[0].set_range(10, 20)
    at.slider[1].set_range(1.5, 2.5).run()
    assert at.markdown.values == ["(10, 20) (1.5, 2.5)"]
    assert at.session_state.r == (10, 20)


def test_slider_range_reversed_is_sorted_and_empty_range_takes_bounds() -> None:
    at = _app("st.write(repr(st.slider('a', 0, 10, [8, 2])), repr(st.slider('b', 0, 10, [])))\n")
    assert at.markdown.values == ["(2, 8) (0, 10)"]


def test_WID_33_float_slider_defaults_step_format() -> None:
    at = _app("v = st.slider('f', 0.0, 2.0)\nw = st.slider('g', value=0.5)\nst.write(repr(v), repr(w))\n")
    assert at.markdown.values == ["0.0 0.5"]
    assert at.slider[0].step == 0.01 and at.slider[0].proto.format == "%0.2f"
    assert (at.slider[1].min, at.slider[1].max) == (0.0, 1.0)


def test_TZ_04_date_time_datetime_sliders_steps_and_values() -> None:
    at = _app(
        "from datetime import date, time, datetime, timedelta\n"
        "d = st.slider('Date', value=date(2024, 1, 10))\n"
        "t = st.slider('Time', value=(time(11, 30), time(12, 45)))\n"
        "dt = st.slider('When', value=datetime(2020, 1, 1, 9, 30), format='MM/DD/YY - hh:mm')\n"
        "short = st.slider('Short', min_value=datetime(2020, 1, 1, 9), "
        "max_value=datetime(2020, 1, 1, 17), value=datetime(2020, 1, 1, 12))\n"
        "st.write(repr(d), repr(t), repr(dt), repr(short))\n"
    )
    day = 86_400_000_000
    d, t, dt, short = at.slider
    assert d.step == day and d.proto.format == "YYYY-MM-DD" and d.proto.data_type == "date"
    assert d.max - d.min == 28 * day  # value +/- 14 days
    assert t.step == 15 * 60 * 1_000_000 and t.proto.format == "HH:mm"
    assert dt.step == day and dt.proto.format == "MM/DD/YY - hh:mm"
    assert short.step == 15 * 60 * 1_000_000  # under a day apart: 15 minutes
    # Wall-clock microseconds, as if UTC (Note [Timelike sliders])
    assert dt.proto.value == [int(datetime(2020, 1, 1, 9, 30, tzinfo=timezone.utc).timestamp()) * 1_000_000]
    assert at.markdown.values[0] == (
        "datetime.date(2024, 1, 10) (datetime.time(11, 30), datetime.time(12, 45)) "
        "datetime.datetime(2020, 1, 1, 9, 30) datetime.datetime(2020, 1, 1, 12, 0)"
    )
    at.slider[0].set_value(date(2024, 1, 20))
    at.slider[1].set_range(time(8, 0), time(9, 15))
    at.slider[2].set_value(datetime(2020, 1, 3, 10, 0)).run()
    assert at.markdown.values[0].startswith(
        "datetime.date(2024, 1, 20) (datetime.time(8, 0), datetime.time(9, 15)) "
        "datetime.datetime(2020, 1, 3, 10, 0)"
    )


def test_TZ_03_TZ_04_aware_datetime_slider_keeps_its_zone_and_wall_clock() -> None:
    at = _app(
        "from datetime import datetime, timedelta, timezone\n"
        "tz = timezone(timedelta(hours=-5))\n"
        "v = st.slider('When', value=datetime(2020, 1, 10, 10, 30, tzinfo=tz))\n"
        "st.write(str(v))\n"
    )
    assert at.markdown.values == ["2020-01-10 10:30:00-05:00"]
    naive_utc = datetime(2020, 1, 10, 10, 30, tzinfo=timezone.utc)
    assert at.slider[0].proto.value == [int(naive_utc.timestamp()) * 1_000_000]


def test_slider_errors_match_streamlit() -> None:
    at = _app("st.slider('x', 0, 10, 5, step=0)\n")
    assert at.exception[0].value == "Slider components cannot be passed a `step` of 0."
    at = _app("st.slider('x', 0, 10.0)\n")
    assert at.exception[0].value == (
        "Slider value arguments must be of matching types.\n`min_value` has int type.\n"
        "`max_value` has float type.\n`step` has int type."
    )
    at = _app("st.slider('x', 0.0, 1.0, 1, step=0.1)\n")
    assert at.exception[0].value.startswith("Both value and arguments must be of the same type.")
    at = _app("st.slider('x', 5, 5)\n")
    assert at.exception[0].value == (
        "Slider `min_value` must be less than the `max_value`.\nThe values were 5 and 5."
    )
    at = _app("st.slider('x', value=(1, 2.5))\n")
    assert at.exception[0].value.startswith("Slider tuple/list components must be of the same type.")
    at = _app("st.slider('x', value='a')\n")
    assert at.exception[0].value == (
        "Slider value should either be an int/float/datetime or a list/tuple of 0 to 2 "
        "ints/floats/datetimes"
    )


def test_SS_slider_set_through_session_state_is_bounds_checked() -> None:
    at = _app("st.session_state.s = 50\nst.slider('x', 0, 10, key='s')\n")
    assert at.exception[0].value == "The `value` 50 is greater than the `max_value` 10."


def test_keyed_slider_without_value_is_a_range_when_its_key_holds_one() -> None:
    at = _app(
        "if 'r' not in st.session_state:\n    st.session_state.r = (3, 6)\n"
        "st.write(repr(st.slider('x', 0, 10, key='r')))\n"
    )
    assert at.markdown.values == ["(3, 6)"] and at.slider[0].proto.set_value is True


# ----------------------------------------------------------- select_slider

COLORS = "['red', 'orange', 'yellow', 'green', 'blue']"


def test_WID_38_TEST_15_select_slider_single_and_range() -> None:
    at = _app(
        f"c = st.select_slider('Color', {COLORS}, key='c')\n"
        f"r = st.select_slider('Band', {COLORS}, value=('blue', 'orange'), "
        "format_func=str.upper)\n"
        "st.write(repr(c), repr(r))\n"
    )
    assert at.markdown.values == ["'red' ('orange', 'blue')"]
    one, band = at.select_slider
    assert band.options == ["RED", "ORANGE", "YELLOW", "GREEN", "BLUE"]
    assert band.proto.value == [1, 4] and one.proto.value == [0]
    at.select_slider[0].set_value("green")
    at.select_slider[1].set_range("red", "yellow").run()
    assert at.markdown.values == ["'green' ('red', 'yellow')"]
    assert at.session_state.c == "green"


def test_WID_27_select_slider_returns_options_of_its_own_objects() -> None:
    at = _app("v = st.select_slider('n', [1, 2, 3], value=2)\nst.write(repr(v))\n")
    assert at.select_slider[0].options == ["1", "2", "3"] and at.markdown.values == ["2"]
    at.select_slider[0].set_value(3).run()
    assert at.markdown.values == ["3"]


def test_select_slider_errors() -> None:
    at = _app("st.select_slider('x', [])\n")
    assert at.exception[0].value == "The `options` argument needs to be non-empty"
    at = _app("st.select_slider('x', ['a', 'b'], value='c')\n")
    assert at.exception[0].value == "c is not in iterable"


# -------------------------------------------------------------- date_input


def test_WID_37_TEST_15_date_input_single_min_max_and_set_value() -> None:
    at = _app(
        "from datetime import date\n"
        "d = st.date_input('Day', date(2024, 2, 29), key='d')\n"
        "st.write(repr(d))\n"
    )
    di = at.date_input[0]
    assert di.value == date(2024, 2, 29) and not di.is_range
    assert di.min == date(2014, 2, 28) and di.max == date(2034, 2, 28)  # +/- 10 years
    assert di.proto.format == "YYYY/MM/DD" and di.proto.value == ["2024-02-29"]
    at.date_input[0].set_value(date(2024, 3, 1)).run()
    assert at.markdown.values == ["datetime.date(2024, 3, 1)"] and at.session_state.d == date(2024, 3, 1)


def test_date_input_today_none_and_range() -> None:
    at = _app(
        "from datetime import date\n"
        "a = st.date_input('Today')\n"
        "b = st.date_input('Maybe', None)\n"
        "r = st.date_input('Trip', (date(2024, 1, 5), date(2024, 1, 9)), min_value=date(2024, 1, 1),"
        " max_value=date(2024, 12, 31), format='DD.MM.YYYY')\n"
        "st.write(repr(a == date.today()), repr(b), repr(r))\n"
    )
    assert at.markdown.values == [
        "True None (datetime.date(2024, 1, 5), datetime.date(2024, 1, 9))"
    ]
    r = at.date_input[2]
    assert r.is_range and r.min == date(2024, 1, 1) and r.proto.format == "DD.MM.YYYY"
    at.date_input[2].set_value((date(2024, 2, 1),)).run()
    assert at.markdown.values[0].endswith("(datetime.date(2024, 2, 1),)")
    at.date_input[2].set_value([]).run()
    assert at.markdown.values[0].endswith(" ()")


def test_date_input_errors() -> None:
    at = _app("from datetime import date\nst.date_input('x', date(2024, 1, 1), format='YY/MM/DD')\n")
    assert at.exception[0].value == (
        "The provided format (`YY/MM/DD`) is not valid. DateInput format should be one of "
        "`YYYY/MM/DD`, `DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or hyphen "
        "(-) as separators."
    )
    at = _app("from datetime import date\nst.date_input('x', date(2024, 1, 1), "
              "min_value=date(2024, 2, 1))\n")
    assert at.exception[0].value == (
        "The default `value` of [datetime.date(2024, 1, 1)] must lie between the `min_value` of "
        "2024-02-01 and the `max_value` of 2034-01-01, inclusively."
    )
    at = _app("st.date_input('x', 5)\n")
    assert at.exception[0].value == (
        "DateInput value should either be an date/datetime or a list/tuple of 0 - 2 "
        "date/datetime values"
    )


# -------------------------------------------------------------- time_input


def test_WID_37_TEST_05_TEST_15_time_input_step_and_set_value() -> None:
    at = _app(
        "from datetime import time\n"
        "t = st.time_input('Alarm', time(8, 45), key='t', step=300)\n"
        "n = st.time_input('Later', None)\n"
        "st.write(repr(t), repr(n))\n"
    )
    ti = at.time_input[0]
    assert ti.value == time(8, 45) and ti.step == 300 and ti.proto.value == "08:45"
    assert at.markdown.values == ["datetime.time(8, 45) None"]
    at.time_input[0].set_value(time(9, 30))
    assert at.markdown.values == ["datetime.time(8, 45) None"]  # not until run() (TEST-05)
    at.run()
    assert at.markdown.values == ["datetime.time(9, 30) None"] and at.session_state.t == time(9, 30)
    at.time_input[0].increment().run()
    assert at.session_state.t == time(9, 35)


def test_time_input_default_step_is_15_minutes_and_now_has_no_seconds() -> None:
    at = _app("t = st.time_input('Now')\nst.write(repr((t.second, t.microsecond)))\n")
    assert at.time_input[0].step == 900 and at.markdown.values == ["(0, 0)"]


def test_time_input_errors() -> None:
    at = _app("st.time_input('x', step=30)\n")
    assert at.exception[0].value == (
        "`step` must be between 60 seconds and 23 hours but is currently set to 30 seconds."
    )
    at = _app("st.time_input('x', step=1.5)\n")
    assert at.exception[0].value == (
        "`step` can only be `int` or `timedelta` but <class 'float'> is provided."
    )
    at = _app("st.time_input('x', 5)\n")
    assert at.exception[0].value == "The type of value should be one of datetime, time or None"


# ------------------------------------------------------------ color_picker


def test_WID_36_TEST_15_color_picker_returns_hex_and_pick() -> None:
    at = _app("c = st.color_picker('Pick A Color', '#0000FF', key='c')\nd = st.color_picker('Def')\n"
              "st.write(c, d)\n")
    assert at.color_picker[0].value == "#0000FF" and at.markdown.values == ["#0000FF #000000"]
    at.color_picker[0].pick("#00ff00").run()
    assert at.markdown.values == ["#00ff00 #000000"] and at.session_state.c == "#00ff00"


def test_WID_02_color_picker_disabled_is_not_part_of_identity() -> None:
    at = _app("off = st.checkbox('off')\nst.write(st.color_picker('C', '#123', disabled=off))\n")
    at.color_picker[0].pick("#abcdef").run()
    at.checkbox[0].check().run()
    assert at.color_picker[0].disabled and at.markdown.values == ["#abcdef"]


def test_color_picker_errors() -> None:
    at = _app("st.color_picker('x', 'blue')\n")
    assert " ".join(at.exception[0].value.split()) == (
        "'blue' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."
    )
    at = _app("st.color_picker('x', 5)\n")
    assert " ".join(at.exception[0].value.split()) == (
        "Color Picker Value has invalid type: int. Expects a hex string like '#00FFAA' or '#000'."
    )


# ------------------------------------------------- pills, segmented_control


def test_TEST_15_pills_single_and_multi_select_unselect() -> None:
    at = _app(
        "p = st.pills('Tags', ['a', 'b', 'c'], key='p')\n"
        "m = st.pills('Many', ['x', 'y', 'z'], selection_mode='multi', default=['y'], "
        "format_func=str.upper)\n"
        "st.write(repr(p), repr(m))\n"
    )
    assert at.markdown.values == ["None ['y']"]
    single, multi = at.button_group
    assert single.proto.style == "pills" and multi.options == ["X", "Y", "Z"]
    assert multi.indices == [1]
    at.button_group[0].select("b")
    at.button_group[1].select("z").run()
    assert at.markdown.values == ["'b' ['y', 'z']"] and at.session_state.p == "b"
    at.button_group[0].unselect("b")
    at.button_group[1].unselect("y").run()
    assert at.markdown.values == ["None ['z']"]


def test_segmented_control_default_and_session_state() -> None:
    at = _app(
        "if 'mode' not in st.session_state:\n    st.session_state.mode = 'Map'\n"
        "v = st.segmented_control('View', ['List', 'Map', 'Chart'], default='List', key='mode')\n"
        "st.write(v)\n"
    )
    sc = at.button_group[0]
    assert sc.proto.style == "segmented_control" and sc.value == "Map"
    assert sc.proto.value == [1] and sc.proto.set_value is True
    at.button_group[0].set_value("Chart").run()
    assert at.markdown.values == ["Chart"]


def test_pills_errors() -> None:
    at = _app("st.pills('x', ['a'], selection_mode='many')\n")
    assert at.exception[0].value == (
        "The selection_mode argument must be one of ['single', 'multi']. "
        "The argument passed was 'many'."
    )
    at = _app("st.pills('x', ['a', 'b'], default=['a', 'b'])\n")
    assert at.exception[0].value == (
        "The default argument to `st.pills` must be a single value when "
        "`selection_mode='single'`."
    )
    at = _app("st.segmented_control('x', ['a'], default='q')\n")
    assert at.exception[0].value.startswith("The default value 'q' is not part of the options.")


def test_TEST_10_new_element_types_are_exposed() -> None:
    at = _app(
        "st.slider('s')\nst.select_slider('ss', [1, 2])\nst.date_input('d')\n"
        "st.time_input('t')\nst.color_picker('c')\n"
    )
    for name in ("slider", "select_slider", "date_input", "time_input", "color_picker"):
        assert len(at.get(name)) == 1 and len(getattr(at, name)) == 1
    assert at.slider[0].value == 0 and at.select_slider[0].value == 1
    _ = timedelta  # (imported for readers: steps are timedeltas in the API)


# ------------------------------------------------------------ seed examples


def test_WID_44_time_input_default_now_still_reaches_the_form_callback(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "079_counter_form_callback.py")).run()
    assert at.markdown.values[-2:] == ["Current Count =  `0`", "Last Updated =  `00:00:00`"]
    at.time_input[0].set_value(time(7, 15))
    at.number_input[0].set_value(3)
    at.button[0].click().run()
    assert at.markdown.values[-2:] == ["Current Count =  `3`", "Last Updated =  `07:15:00`"]


def test_WID_07_sliders_reset_when_min_or_max_changes(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "086_widget_param_change_resets.py")).run()
    assert at.slider.values == [1, 1, 5, 5]
    for s, v in zip(at.slider, (3, 4, 7, 8)):
        s.set_value(v)
    at.run()
    assert at.slider.values == [3, 4, 7, 8]
    at.number_input[0].set_value(2).run()  # Minimum 1 -> 2: every slider is new
    assert at.slider.values == [2, 2, 5, 5]


def test_WID_22_slider_keeps_its_clamped_value_when_min_max_change(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "089_retain_state_on_param_change.py")).run()
    assert at.slider[0].value == 5
    at.slider[0].set_value(9).run()
    at.number_input(key="max").set_value(8).run()
    assert at.slider[0].value == 8 and at.slider[0].max == 8
    at.number_input(key="min").set_value(3).run()
    assert at.slider[0].value == 8 and at.slider[0].min == 3


def test_WID_16_WID_17_new_widgets_hidden_for_one_run_reset() -> None:
    at = _app(
        "from datetime import date\n"
        "if not st.checkbox('hide'):\n"
        "    st.date_input('d', date(2024, 1, 1), key='d')\n"
        "    st.pills('p', ['a', 'b'], key='p')\n"
        "    st.select_slider('s', ['x', 'y'], key='s')\n"
    )
    at.date_input[0].set_value(date(2024, 5, 5))
    at.button_group[0].select("b")
    at.select_slider[0].set_value("y").run()
    assert (at.session_state.d, at.session_state.p, at.session_state.s) == (date(2024, 5, 5), "b", "y")
    at.checkbox[0].check().run()
    # cleaned up at the end of the run (WID-16)
    assert all(k not in at.session_state for k in ("d", "p", "s"))
    at.checkbox[0].uncheck().run()
    assert (at.date_input[0].value, at.button_group[0].value, at.select_slider[0].value) == (
        date(2024, 1, 1), None, "x")


def test_WID_25_help_and_label_visibility_reach_the_page() -> None:
    at = _app(
        "st.color_picker('c', help='Pick one', label_visibility='collapsed')\n"
        "st.segmented_control('s', ['a'], help='Tip', label_visibility='hidden')\n"
        "st.time_input('t', None, disabled=True)\n"
    )
    assert at.color_picker[0].help == "Pick one"
    assert at.color_picker[0].proto.label_visibility == "collapsed"
    assert at.button_group[0].proto.label_visibility == "hidden"
    assert at.time_input[0].disabled and at.time_input[0].value is None


def test_CLS_09_select_slider_and_pills_coerce_enum_members_to_the_latest_class() -> None:
    at = _app(
        "from enum import Enum\n"
        "class Size(Enum):\n    S = 1\n    M = 2\n    L = 3\n"
        "one = st.select_slider('one', Size, value=Size.M)\n"
        "band = st.select_slider('band', Size, value=(Size.S, Size.L))\n"
        "p = st.pills('p', Size, default=Size.S)\n"
        "m = st.pills('m', Size, selection_mode='multi', default=[Size.M])\n"
        "st.write(repr(one in Size and all(b in Size for b in band) and p in Size "
        "and all(x in Size for x in m)))\n"
    )
    assert at.markdown.values == ["True"]
    at.select_slider[0].set_value(at.select_slider[0].value)  # a member of the previous run's class
    at.run()
    assert at.markdown.values == ["True"]
