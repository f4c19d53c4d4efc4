"""Argument hashing (Note [Argument hashing]): deterministic, by content, hash_funcs first."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wasmlit.caching.errors import UnhashableTypeError
from wasmlit.caching.hashing import hash_parts, normalize_hash_funcs

ROOT = Path(__file__).resolve().parents[2]

VALUES = "[1, 2.5, 'x', b'y', None, True, (1, 2), {'a': [1, {2, 3}]}, frozenset({'p', 'q'})]"


def test_keys_are_the_same_in_every_process() -> None:
    """A persisted entry is found again after a restart, whatever PYTHONHASHSEED is."""
    code = f"from wasmlit.caching.hashing import hash_parts; print(hash_parts({VALUES}))"
    keys = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "py"), "PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert len(keys) == 1
    assert keys == {hash_parts(eval(VALUES))}


@pytest.mark.parametrize(
    ("a", "b"),
    [(1, 2), (1, 1.0), ("1", 1), ([1, 2], [2, 1]), ((1,), [1]), (None, False),
     (datetime.date(2024, 1, 1), datetime.date(2024, 1, 2))],
    ids=repr,
)
def test_CACHE_02_different_values_different_keys(a: Any, b: Any) -> None:
    assert hash_parts(a) != hash_parts(b)


def test_CACHE_30_arrays_and_frames_hash_by_content() -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    assert hash_parts(np.arange(5)) == hash_parts(np.arange(5))
    assert hash_parts(np.arange(5)) != hash_parts(np.arange(5) + 1)
    assert hash_parts(np.array(["a", None], dtype=object)) == hash_parts(
        np.array(["a", None], dtype=object))
    df = pd.DataFrame({"a": [1, 2], "s": ["x", "y"]})
    assert hash_parts(df) == hash_parts(df.copy())
    assert hash_parts(df) != hash_parts(df.assign(a=[1, 3]))
    assert hash_parts(df) != hash_parts(df.rename(columns={"a": "b"}))


def test_CACHE_15_unknown_objects_and_functions_are_unhashable() -> None:
    class Custom:
        pass

    for value in (Custom(), lambda: 1):
        with pytest.raises(UnhashableTypeError):
            hash_parts(value)


def test_CACHE_17_CACHE_18_hash_funcs_by_type_or_name_and_over_builtin_rules() -> None:
    class Point:
        def __init__(self, x: int) -> None:
            self.x = x

    by_type = normalize_hash_funcs({Point: lambda p: p.x})
    by_name = normalize_hash_funcs({f"{__name__}.{Point.__qualname__}": lambda p: p.x})
    assert by_type.keys() == by_name.keys()
    assert hash_parts(Point(1), by_type) == hash_parts(Point(1), by_name)
    assert hash_parts(Point(1), by_type) != hash_parts(Point(2), by_type)
    # Overriding a type hashed natively: every datetime of one day is the same key.
    day = normalize_hash_funcs({datetime.datetime: lambda d: d.date()})
    morning, evening = datetime.datetime(2024, 1, 1, 8), datetime.datetime(2024, 1, 1, 20)
    assert hash_parts(morning) != hash_parts(evening)
    assert hash_parts(morning, day) == hash_parts(evening, day)


def test_cycles_do_not_recurse_forever() -> None:
    loop: list[Any] = [1]
    loop.append(loop)
    assert hash_parts(loop) == hash_parts(loop)


def test_CACHE_02_fractions_uuids_and_mocks_hash_without_the_hasher_importing_them() -> None:
    """Note [Import cost]: the hasher recognises them through sys.modules."""
    import fractions
    import uuid
    from unittest import mock

    assert hash_parts(fractions.Fraction(1, 3)) == hash_parts(fractions.Fraction(2, 6))
    assert hash_parts(fractions.Fraction(1, 3)) != hash_parts(fractions.Fraction(1, 4))
    u = uuid.UUID(int=7)
    assert hash_parts(u) == hash_parts(uuid.UUID(int=7)) != hash_parts(uuid.UUID(int=8))
    m = mock.Mock()
    assert hash_parts(m) == hash_parts(m) != hash_parts(mock.Mock())
    code = ("import sys; import wasmlit.caching.hashing, wasmlit.elements.media; "
            "print(sorted({'fractions', 'uuid', 'unittest.mock', 'asyncio', 'wave'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "py")}).stdout.strip()
    assert out == "[]"
