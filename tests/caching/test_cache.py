"""st.cache_data and st.cache_resource (CHECKLIST section CACHE)."""

from __future__ import annotations

import math
from datetime import timedelta
from pathlib import Path

import pytest

from wasmlit import protocol
from wasmlit.caching import cache, errors, storage
from wasmlit.caching.errors import BadTimeStringError
from wasmlit.caching.timeparse import ttl_seconds
from wasmlit.testing import AppTest

COUNTED = """
import streamlit as st
if "calls" not in st.session_state:
    st.session_state.calls = 0
"""


def _runs(at: AppTest) -> int:
    return int(at.session_state["calls"])


def test_CACHE_01_CACHE_03_bare_and_called_decorators_skip_the_body_on_a_hit() -> None:
    at = AppTest.from_string(COUNTED + """
@st.cache_data
def bare(x):
    st.session_state.calls += 1
    return x * 2

@st.cache_resource(ttl=3600)
def called(x):
    st.session_state.calls += 100
    return x * 3

st.text(f"{bare(2)} {called(2)}")
""").run()
    assert at.text[0].value == "4 6"
    assert _runs(at) == 101
    at.run()
    assert at.text[0].value == "4 6"
    assert _runs(at) == 101  # both were hits: neither body ran again


def test_CACHE_02_the_key_includes_the_arguments() -> None:
    at = AppTest.from_string("""
import streamlit as st
seen = st.session_state.setdefault("seen", [])
@st.cache_data
def square(x, *, label="n"):
    seen.append(x)
    return f"{label}{x * x}"
n = st.number_input("n", value=2)
st.text(square(n))
st.text(square(x=n))
st.text(square(n, label="m"))
""").run()
    assert [t.value for t in at.text] == ["n4", "n4", "m4"]
    assert at.session_state["seen"] == [2, 2]  # square(2) and square(x=2) share a key
    at.number_input[0].set_value(3).run()
    assert at.text[0].value == "n9"
    at.number_input[0].set_value(2).run()
    assert at.session_state["seen"] == [2, 2, 3, 3]


def test_CACHE_04_editing_the_function_invalidates_its_entries(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(COUNTED + """
@st.cache_data
def value():
    st.session_state.calls += 1
    return "old"
st.text(value())
""")
    at = AppTest.from_file(str(app)).run()
    at.run()
    assert (at.text[0].value, _runs(at)) == ("old", 1)
    app.write_text(app.read_text().replace('"old"', '"new"'))
    at.run()
    assert (at.text[0].value, _runs(at)) == ("new", 2)


def test_CACHE_05_CACHE_09_CACHE_10_sessions_share_one_resource(examples: Path) -> None:
    """Example 061: users A, B, A see l[0] 2, 3, 4 (one shared, mutated list)."""
    a = AppTest.from_file(str(examples / "061_cache_resource_shared_mutation.py"))
    b = AppTest.from_file(str(examples / "061_cache_resource_shared_mutation.py"))
    assert a.run().markdown[0].value == "l[0] is: `2`"
    assert b.run().markdown[0].value == "l[0] is: `3`"
    assert a.run().markdown[0].value == "l[0] is: `4`"


def test_CACHE_05_CACHE_07_cache_data_gives_every_caller_its_own_copy(examples: Path) -> None:
    """Example 061 with st.cache_data: every run of every session shows l[0] is: 2."""
    source = (examples / "061_cache_resource_shared_mutation.py").read_text()
    source = source.replace("@st.cache_resource", "@st.cache_data")
    a = AppTest.from_string(source)
    b = AppTest.from_string(source)
    for at in (a, b, a, b):
        assert at.run().markdown[0].value == "l[0] is: `2`"


def test_CACHE_05_a_value_computed_by_one_session_is_a_hit_in_another() -> None:
    source = """
import streamlit as st
import pathlib
@st.cache_data
def load(path):
    p = pathlib.Path(path)
    p.write_text(p.read_text() + "x")
    return len(p.read_text())
st.text(load(%r))
"""
    counter = Path(storage.cache_folder()).parent.parent / "counter.txt"
    counter.parent.mkdir(parents=True, exist_ok=True)
    counter.write_text("")
    a = AppTest.from_string(source % str(counter)).run()
    b = AppTest.from_string(source % str(counter)).run()
    assert a.text[0].value == b.text[0].value == "1"
    assert counter.read_text() == "x"


def test_CACHE_06_a_function_redefined_every_run_still_hits() -> None:
    """Also a @staticmethod of a class redefined every run, under cache_resource(ttl=300)."""
    at = AppTest.from_string(COUNTED + """
class Repo:
    @staticmethod
    @st.cache_resource(ttl=300)
    def connect(name):
        st.session_state.calls += 1
        return {"name": name}

    @st.cache_resource(ttl=300)
    @staticmethod
    def connect2(name):
        st.session_state.calls += 10
        return {"name": name}

st.text(Repo.connect("db")["name"] + Repo().connect2("db")["name"])
""").run()
    for _ in range(3):
        at.run()
        assert at.text[0].value == "dbdb"
    assert _runs(at) == 11


def test_CACHE_08_cache_data_needs_a_picklable_return_value() -> None:
    at = AppTest.from_string("""
import streamlit as st
import threading
@st.cache_data
def make_lock():
    return threading.Lock()
make_lock()
""").run()
    assert at.exception[0].type_name == "UnserializableReturnValueError"
    assert at.exception[0].value.startswith(
        "Cannot serialize the return value (of type `_thread.lock`)\nin `make_lock()`. "
        "`st.cache_data` uses\n[pickle](https://docs.python.org/3/library/pickle.html)"
    )
    assert "use `st.cache_resource`\ninstead" in at.exception[0].value


def test_CACHE_09_cache_resource_keeps_unpicklable_objects() -> None:
    at = AppTest.from_string("""
import streamlit as st
import threading
@st.cache_resource
def make_lock():
    return threading.Lock()
st.text(str(make_lock() is make_lock()))
""").run()
    assert at.text[0].value == "True"


def test_CACHE_10_mutating_a_resource_breaks_the_next_run(examples: Path, tmp_path: Path) -> None:
    """Example 060, its download replaced by a local CSV: the second run raises KeyError."""
    pytest.importorskip("pandas")
    csv = tmp_path / "uber.csv"
    csv.write_text("Date/Time,Lat,Lon,Base\n9/1/2014 0:01:00,40.2201,-74.0021,B02512\n")
    source = (examples / "060_cache_resource_mutation_keyerror.py").read_text()
    source = source.replace(
        "https://raw.githubusercontent.com/plotly/datasets/master/uber-rides-data1.csv", str(csv)
    ).replace("st.dataframe(df)", "st.text(list(df.columns))")  # no st.dataframe yet
    at = AppTest.from_string(source).run()
    assert not at.exception
    assert at.text[0].value == "['Date/Time', 'Lat', 'Lon', 'Base']"
    at.button[0].click().run()
    assert at.exception[0].type_name == "KeyError"
    assert at.exception[0].value == "\"['Lat'] not found in axis\""
    at = AppTest.from_string(source.replace("@st.cache_resource", "@st.cache_data"))
    for _ in range(2):
        assert not at.run().exception


@pytest.mark.parametrize(
    ("ttl", "seconds"),
    [(None, math.inf), (3600, 3600.0), (1.5, 1.5), (timedelta(hours=1), 3600.0),
     ("1h", 3600.0), ("1d", 86400.0), ("30m", 1800.0), ("1d2h34m", 95640.0),
     ("2 days", 172800.0), ("10s", 10.0), ("1.5 hours", 5400.0)],
    ids=lambda v: repr(v),
)
def test_CACHE_11_ttl_values(ttl: object, seconds: float) -> None:
    assert ttl_seconds(ttl) == seconds


def test_CACHE_11_a_bad_ttl_string_is_an_error() -> None:
    with pytest.raises(BadTimeStringError, match="Got: soon"):
        ttl_seconds("soon")


@pytest.mark.parametrize("decorator", ["cache_data", "cache_resource"])
@pytest.mark.parametrize("ttl", ["60", "'1m'", "timedelta(minutes=1)"])
def test_CACHE_11_an_expired_entry_is_computed_again(
    decorator: str, ttl: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [1000.0]
    monkeypatch.setattr(storage, "now", lambda: clock[0])
    at = AppTest.from_string(COUNTED + f"""
from datetime import timedelta
@st.{decorator}(ttl={ttl})
def value():
    st.session_state.calls += 1
    return st.session_state.calls
st.text(str(value()))
""").run()
    clock[0] += 59
    assert at.run().text[0].value == "1"
    clock[0] += 2
    assert at.run().text[0].value == "2"
    assert at.run().text[0].value == "2"


@pytest.mark.parametrize("decorator", ["cache_data", "cache_resource"])
def test_CACHE_12_max_entries_evicts_the_oldest(decorator: str) -> None:
    at = AppTest.from_string(COUNTED + f"""
@st.{decorator}(max_entries=2)
def double(x):
    st.session_state.calls += 1
    return 2 * x
x = st.number_input("x", value=1)
st.text(str(double(x)))
""").run()
    at.number_input[0].set_value(2).run()  # entries: 1, 2
    at.number_input[0].set_value(1).run()  # hit; 1 is now the most recent
    assert _runs(at) == 2
    at.number_input[0].set_value(3).run()  # evicts 2
    at.number_input[0].set_value(1).run()
    assert _runs(at) == 3
    at.number_input[0].set_value(2).run()
    assert _runs(at) == 4
    assert at.text[0].value == "4"


def _spinners(at: AppTest) -> list[str]:
    return [m.element.text for m in at._host.messages
            if isinstance(m, protocol.ElementDelta) and isinstance(m.element, protocol.Spinner)]


def test_CACHE_13_show_spinner_while_computing() -> None:
    at = AppTest.from_string("""
import streamlit as st
@st.cache_data
def no_args():
    return 1
@st.cache_data
def with_args(x):
    return x
@st.cache_resource(show_spinner="Fetching data from API...")
def custom():
    return 3
@st.cache_data(show_spinner=False)
def quiet():
    return 4
no_args(); with_args(2); custom(); quiet()
""").run()
    assert _spinners(at) == [
        "Running `no_args()`.", "Running `with_args(...)`.", "Fetching data from API...",
    ]
    at.run()  # every call is a hit: no spinner at all
    assert len(_spinners(at)) == 3
    assert not at.get("spinner")  # and none is left on the page


def test_CACHE_14_underscore_arguments_are_not_hashed() -> None:
    at = AppTest.from_string(COUNTED + """
class Connection:
    pass
@st.cache_data
def query(_db_connection, sql):
    st.session_state.calls += 1
    return sql.upper()
st.text(query(Connection(), "select 1"))
st.text(query(Connection(), "select 1"))
""").run()
    assert [t.value for t in at.text] == ["SELECT 1", "SELECT 1"]
    assert _runs(at) == 1


def test_CACHE_15_unhashable_argument(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "047_cache_unhashable_custom_class.py")).run()
    assert at.exception[0].type_name == "UnhashableParamError"
    assert at.exception[0].value == (
        "Cannot hash argument 'obj' (of type `__main__.MyCustomClass`) in 'multiply_score'.\n"
        "\n"
        "To address this, you can tell Streamlit not to hash this argument by adding a\n"
        "leading underscore to the argument's name in the function signature:\n"
        "\n"
        "```\n"
        "@st.cache_data\n"
        "def multiply_score(_obj, ...):\n"
        "    ...\n"
        "```"
    )


def test_CACHE_16_a_cached_method_hashes_self(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "049_cache_unhashable_method_self.py")).run()
    assert at.exception[0].value.startswith(
        "Cannot hash argument 'self' (of type `__main__.MyCustomClass`) in 'multiply_score'."
    )


def _calls_of(at: AppTest, source_marker: str) -> int:
    return sum(1 for m in at._host.messages if isinstance(m, protocol.ElementDelta)
               and isinstance(m.element, protocol.Spinner) and source_marker in m.element.text)


@pytest.mark.parametrize("example", ["048_cache_hash_funcs_type_key.py",
                                     "050_cache_hash_funcs_qualname.py"])
def test_CACHE_17_hash_funcs_by_type_or_by_name(examples: Path, example: str) -> None:
    """Writes 30, and recomputes only when the score changes (one spinner per miss)."""
    at = AppTest.from_file(str(examples / example)).run()
    assert not at.exception
    assert at.markdown[0].value == "`30`"
    at.run()
    assert _calls_of(at, "multiply_score") == 1
    at.number_input[0].set_value(16).run()
    assert at.markdown[0].value == "`32`"
    assert _calls_of(at, "multiply_score") == 2


def test_CACHE_19_hash_funcs_id_recomputes_every_run(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "051_cache_hash_funcs_id.py")).run()
    assert at.markdown[0].value == "`30`"
    at.run()
    at.run()
    assert _calls_of(at, "multiply_score") == 3


def test_CACHE_20_pydantic_models(examples: Path) -> None:
    pytest.importorskip("pydantic")
    at = AppTest.from_file(str(examples / "052_cache_unhashable_pydantic.py")).run()
    assert at.exception[0].value.startswith(
        "Cannot hash argument 'person' (of type `__main__.Person`) in 'identity'."
    )
    at = AppTest.from_file(str(examples / "053_cache_hash_funcs_pydantic.py")).run()
    assert not at.exception
    assert at.markdown[0].value == "The person is Lee"


def test_CACHE_21_a_model_argument_is_unhashable_until_renamed() -> None:
    """Examples 054/055 without TensorFlow: a stand-in class from `keras.engine.functional`."""
    prelude = COUNTED + """
class Functional:
    def __init__(self, name):
        self.name = name
        self.layers = [name + "_conv", name + "_pool"]
Functional.__module__ = "keras.engine.functional"
models = {1: Functional("resnet50"), 2: Functional("mobilenetv2")}
option = st.radio("Model 1 or 2", [1, 2]) if hasattr(st, "radio") else 1
"""
    at = AppTest.from_string(prelude + """
@st.cache_resource
def load_layers(base_model):
    return list(base_model.layers)
st.write(load_layers(models[option]))
""").run()
    assert at.exception[0].value.startswith(
        "Cannot hash argument 'base_model' (of type `keras.engine.functional.Functional`) "
        "in 'load_layers'."
    )
    at = AppTest.from_string(prelude + """
@st.cache_resource(hash_funcs={"keras.engine.functional.Functional": lambda x: x.name})
def load_layers(base_model):
    st.session_state.calls += 1
    return list(base_model.layers)
st.text(" ".join(load_layers(models[1])))
st.text(" ".join(load_layers(models[2])))
st.text(" ".join(load_layers(Functional("resnet50"))))
""").run()
    assert [t.value for t in at.text] == [
        "resnet50_conv resnet50_pool", "mobilenetv2_conv mobilenetv2_pool",
        "resnet50_conv resnet50_pool",
    ]
    assert _runs(at) == 2


def test_CACHE_18_CACHE_22_datetimes_and_hash_funcs_override(examples: Path) -> None:
    """Examples 056/057: naive and localized datetimes both hash (ERR-13: deterministic
    hashing avoids the seed's pytz quirk); hash_funcs={datetime: ...} still overrides."""
    pytest.importorskip("pytz")
    at = AppTest.from_file(str(examples / "056_cache_unhashable_pytz_datetime.py")).run()
    assert not at.exception
    assert len(at.text) == 2
    at = AppTest.from_file(str(examples / "057_cache_hash_funcs_datetime.py")).run()
    assert not at.exception
    assert len(at.text) == 2
    # The override: both datetimes format to the same minute, so the second call is a hit
    # and returns the first (naive) value.
    assert at.text[0].value == at.text[1].value


def _example_058(examples: Path, name: str) -> str:
    source = (examples / name).read_text()
    return source.replace(
        "time.sleep(2)  # This makes the function take 2s to run",
        "st.session_state.calls = st.session_state.get('calls', 0) + 1",
    ).replace("st.dataframe(show_data(data))", "st.text(list(show_data(data)))")


@pytest.mark.parametrize("example", ["058_cache_numpy_rehash_rerun.py",
                                     "059_cache_hash_funcs_numpy_str.py"])
def test_CACHE_23_CACHE_30_numpy_and_pandas_arguments(examples: Path, example: str) -> None:
    """An object-dtype array hashes by content: 'Re-run' does not recompute (ERR-13), and
    hash_funcs={np.ndarray: str} still works."""
    pytest.importorskip("pandas")
    at = AppTest.from_string(_example_058(examples, example)).run()
    assert at.text[0].value == "['be', 'a', 'c']"
    for _ in range(2):
        at.button[0].click().run()
    assert _runs(at) == 1


def test_CACHE_30_arrays_and_dataframes_as_arguments() -> None:
    pytest.importorskip("pandas")
    at = AppTest.from_string(COUNTED + """
import numpy as np
import pandas as pd
@st.cache_data
def add(arr1, arr2):
    st.session_state.calls += 1
    return arr1 + arr2
@st.cache_data
def transform(df):
    st.session_state.calls += 1
    return df.assign(b=df.a * 2)
k = st.number_input("k", value=1)
st.text(str(add(np.arange(3), np.arange(3) * k).tolist()))
st.text(str(transform(pd.DataFrame({"a": [1, 2, k]}))["b"].tolist()))
""").run()
    at.run()
    assert [t.value for t in at.text] == ["[0, 2, 4]", "[2, 4, 2]"]
    assert _runs(at) == 2
    at.number_input[0].set_value(2).run()
    assert [t.value for t in at.text] == ["[0, 3, 6]", "[2, 4, 4]"]
    assert _runs(at) == 4


def test_CACHE_24_elements_drawn_inside_are_replayed_on_a_hit() -> None:
    at = AppTest.from_string(COUNTED + """
@st.cache_data
def fetch():
    st.session_state.calls += 1
    st.success("Fetched data from API!")
    with st.expander("Details"):
        st.text("inside the expander")
    st.sidebar.text("in the sidebar")
    return 42
st.text("before")
with st.container():
    value = fetch()
st.text(f"after {value}")
""").run()
    first = (at.success.values, [t.value for t in at.text], at._tree.roots[0])
    at.run()
    assert _runs(at) == 1
    assert (at.success.values, [t.value for t in at.text], at._tree.roots[0]) == first
    assert at.success.values == ["Fetched data from API!"]
    assert [t.value for t in at.text] == [
        "before", "inside the expander", "after 42", "in the sidebar"]
    container = at._tree.roots[0].children[1]
    assert type(container.children[1].payload).__name__ == "Expander"
    assert at.sidebar.text[0].value == "in the sidebar"


def test_CACHE_24_an_element_aimed_outside_the_function_cannot_be_replayed() -> None:
    at = AppTest.from_string("""
import streamlit as st
box = st.container()
@st.cache_data
def fill():
    box.text("written from inside")
    return 1
fill()
""").run()
    assert not at.exception
    at.run()
    assert at.exception[0].type_name == "CacheReplayClosureError"
    assert at.exception[0].value.startswith(
        "While running `fill()`, a streamlit element is called on some layout block")


@pytest.mark.parametrize("decorator", ["cache_data", "cache_resource"])
def test_CACHE_31_clear_one_function_or_one_argument(decorator: str) -> None:
    at = AppTest.from_string(COUNTED + f"""
@st.{decorator}
def double(x):
    st.session_state.calls += 1
    return 2 * x
@st.{decorator}
def other():
    st.session_state.calls += 100
    return 0
double(1); double(2); other()
what = st.session_state.get("clear")
if what == "all":
    double.clear()
elif what == "one":
    double.clear(2)
elif what == "data":
    st.cache_data.clear()
elif what == "resource":
    st.cache_resource.clear()
st.session_state.clear = None
""").run()
    assert _runs(at) == 102
    at.session_state["clear"] = "one"
    at.run().run()
    assert _runs(at) == 103  # only double(2) again
    at.session_state["clear"] = "all"
    at.run().run()
    assert _runs(at) == 105  # double(1) and double(2), not other()
    at.session_state["clear"] = "data" if decorator == "cache_data" else "resource"
    at.run().run()
    assert _runs(at) == 207
    at.session_state["clear"] = "resource" if decorator == "cache_data" else "data"
    at.run().run()
    assert _runs(at) == 207  # the other kind's clear leaves these alone


def test_cache_resource_validate_drops_an_invalid_value() -> None:
    at = AppTest.from_string(COUNTED + """
@st.cache_resource(validate=lambda conn: conn["open"])
def connect():
    st.session_state.calls += 1
    return {"open": True}
conn = connect()
if st.button("close"):
    conn["open"] = False
""").run()
    at.run()
    assert _runs(at) == 1
    at.button[0].click().run()
    at.run()
    assert _runs(at) == 2


def test_persist_option_is_checked() -> None:
    at = AppTest.from_string("""
import streamlit as st
@st.cache_data(persist="memory")
def f():
    return 1
""").run()
    assert at.exception[0].value == (
        "Unsupported persist option 'memory'. Valid values are 'disk' or None.")


def _download_example(examples: Path, name: str, tmp_path: Path) -> str:
    """The example with its ~50 MB download replaced by a small local CSV that counts reads."""
    csv = tmp_path / "uber.csv"
    csv.write_text("Date/Time,Lat,Lon,Base\n9/1/2014 0:01:00,40.2201,-74.0021,B02512\n")
    source = (examples / name).read_text()
    source = source.replace('"https://github.com/plotly/datasets/raw/master/uber-rides-data1.csv"',
                            f"__import__('counting_csv').path({str(csv)!r})")
    return source.replace("st.dataframe(df)", "st.text(str(df.shape))")  # no st.dataframe yet


@pytest.fixture
def counting_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A module `counting_csv` whose path() records each time the app fetches the file."""
    import sys
    import types

    reads: list[str] = []
    module = types.ModuleType("counting_csv")
    module.path = lambda p: reads.append(p) or p  # type: ignore[attr-defined]  # a stub module
    monkeypatch.setitem(sys.modules, "counting_csv", module)
    return reads


def test_examples_044_045_the_download_happens_once_when_cached(
    examples: Path, tmp_path: Path, counting_csv: list[str]
) -> None:
    """CACHE-03, CACHE-13: 044 downloads on every run; 045 only on the first, with a spinner."""
    pytest.importorskip("pandas")
    at = AppTest.from_string(_download_example(examples, "044_cache_none_slow_download.py",
                                               tmp_path)).run()
    at.button[0].click().run()
    assert len(counting_csv) == 2
    counting_csv.clear()
    at = AppTest.from_string(_download_example(examples, "045_cache_data_download.py",
                                               tmp_path)).run()
    for _ in range(3):
        at.button[0].click().run()
    assert at.text[0].value == "(1, 4)"
    # The URL argument is evaluated on every run, but load_data's body (the read) runs once:
    assert _spinners(at) == ["Running `load_data(...)`."]


def test_CACHE_27_deprecated_st_cache_still_works_with_a_warning() -> None:
    at = AppTest.from_string(COUNTED + """
@st.cache
def data():
    st.session_state.calls += 1
    return [1, 2]
@st.cache(allow_output_mutation=True)
def resource():
    st.session_state.calls += 10
    return [3]
data().append(0)
resource().append(4)
st.text(f"{data()} {resource()}")
""").run()
    at.run()
    assert at.text[0].value == "[1, 2] [3, 4, 4]"
    assert _runs(at) == 11
    assert at.warning[0].value == (
        "`st.cache` is deprecated. Please use one of Streamlit's new caching commands,\n"
        "`st.cache_data` or `st.cache_resource`. Based on this function's return value\n"
        "of type `list`, we recommend using `st.cache_data`.\n\n"
        "More information [in our docs]"
        "(https://docs.streamlit.io/develop/concepts/architecture/caching)."
    )


def test_CACHE_25_a_widget_in_a_cached_function_gets_streamlits_warning() -> None:
    """As Streamlit since 1.38 (no widget replay): the widget works on a miss and the
    output carries CachedWidgetWarning, replayed with the widget on a hit."""
    at = AppTest.from_string("""
import streamlit as st
@st.cache_data
def controls():
    return st.checkbox("Show details")
controls()
""").run()
    assert len(at.checkbox) == 1
    warning = at.exception[0]
    assert (warning.type_name, warning.is_warning) == ("CachedWidgetWarning", True)
    assert warning.value.startswith("Your script uses a widget command in a cached function\n")
    assert warning.value.endswith("To fix this, move all widget commands outside the cached function.")
    at.run()  # the hit replays both
    assert at.exception[0].type_name == "CachedWidgetWarning"


@pytest.mark.parametrize("decorator", ["cache_data", "cache_resource"])
def test_CACHE_05_CACHE_32_two_sessions_asking_at_once_compute_once(
    decorator: str, tmp_path: Path
) -> None:
    import threading

    counter = tmp_path / "computed.txt"
    counter.write_text("")
    source = f"""
import streamlit as st
import pathlib, time
@st.{decorator}
def slow():
    time.sleep(0.5)
    p = pathlib.Path({str(counter)!r})
    p.write_text(p.read_text() + "x")
    return 42
st.text(str(slow()))
"""
    sessions = [AppTest.from_string(source) for _ in range(2)]
    threads = [threading.Thread(target=at.run) for at in sessions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert [at.text[0].value for at in sessions] == ["42", "42"]
    assert counter.read_text() == "x"


def test_CACHE_24_replay_into_columns_placeholders_and_nested_cached_calls() -> None:
    at = AppTest.from_string(COUNTED + """
@st.cache_data
def inner(x):
    st.session_state.calls += 1
    st.text(f"inner {x}")
    return x

@st.cache_resource
def outer():
    st.session_state.calls += 10
    slot = st.empty()
    slot.text("first")
    slot.text("second")  # rewrites the same slot
    return inner(1) + inner(2)

left, right = st.columns(2)
with right:
    total = outer()
left.text(f"total {total}")
""").run()
    def shown() -> list[str]:
        return [t.value for t in at.text]

    first = shown()
    assert first == ["total 3", "second", "inner 1", "inner 2"]
    at.run()
    assert shown() == first
    assert _runs(at) == 12
    right_column = at._tree.roots[0].children[0].children[1]
    assert [c.payload.body for c in right_column.children.values()
            if isinstance(c.payload, protocol.Text)] == ["second", "inner 1", "inner 2"]


@pytest.mark.parametrize("decorator", ["cache_data", "cache_resource"])
def test_CACHE_25_experimental_allow_widgets_shows_streamlits_deprecation(
        decorator: errors.CacheType) -> None:
    """CACHE-25 as current Streamlit (1.38 removed widget replay): the parameter is
    accepted, each run of the decorator shows Streamlit's deprecation warning, and
    the widget's value is not a cache input (the function runs once, warned about)."""
    at = AppTest.from_string(COUNTED + f"""
@st.{decorator}(experimental_allow_widgets=True, show_spinner=False)
def doubled():
    st.session_state.calls += 1
    return st.slider("n", 0, 10, 3) * 2
st.text(f"doubled: {{doubled()}}")
""").run()
    message = errors.widget_replay_deprecation(decorator)
    assert message.startswith("The cached widget replay feature was removed in 1.38.")
    assert f"from the `@st.{decorator}` decorator" in message
    assert [w.value for w in at.warning] == [message]
    assert at.exception[0].type_name == "CachedWidgetWarning"
    assert at.text[0].value == "doubled: 6"
    assert _runs(at) == 1
    at.run()  # a hit: the warning again, the widget replayed, the body skipped
    assert [w.value for w in at.warning] == [message]
    assert len(at.slider) == 1
    assert at.text[0].value == "doubled: 6"
    assert _runs(at) == 1
    at.slider[0].set_value(5).run()  # a new widget value is still a hit: no replay by value
    assert at.text[0].value == "doubled: 6"
    assert _runs(at) == 1


class _CountsUnpickling:
    """Unpickling runs code (here: a counter) — why cached values must be trusted."""

    loads = 0

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_counted_load, ())


def _counted_load() -> _CountsUnpickling:
    _CountsUnpickling.loads += 1
    return _CountsUnpickling()


def test_SECU_02_cache_data_unpickles_its_values_on_every_hit() -> None:
    from wasmlit import api as st

    @st.cache_data
    def make() -> _CountsUnpickling:
        return _CountsUnpickling()

    make.clear()
    _CountsUnpickling.loads = 0
    first = make()
    second, third = make(), make()
    assert _CountsUnpickling.loads == 2  # the two hits ran the unpickling code
    assert first is not second and second is not third
