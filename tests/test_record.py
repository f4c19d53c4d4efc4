"""`@record` behaves as `@dataclass(frozen=True)` (Note [Import cost] in wasmlit/record.py)."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import ClassVar

import pytest

from wasmlit import protocol
from wasmlit.record import record


@record
class Point:
    """A schema class like protocol.py's."""

    KIND: ClassVar[str] = "point"
    x: int
    tags: list[str] = dataclasses.field(default_factory=list)
    label: str = "p"


@dataclasses.dataclass(frozen=True)
class Twin:
    KIND: ClassVar[str] = "point"
    x: int
    tags: list[str] = dataclasses.field(default_factory=list)
    label: str = "p"


def test_it_is_a_dataclass_with_the_same_fields_and_defaults() -> None:
    assert dataclasses.is_dataclass(Point)
    assert [f.name for f in dataclasses.fields(Point)] == ["x", "tags", "label"]
    assert Point.__match_args__ == Twin.__match_args__
    p = Point(1)
    assert (p.x, p.tags, p.label) == (1, [], "p")
    assert Point(1).tags is not Point(1).tags  # a fresh list each time
    assert Point(2, ["a"], label="q") == Point(x=2, tags=["a"], label="q")


def test_value_equality_hash_and_repr_match_a_frozen_dataclass() -> None:
    a, b, c = Point(1, [], "z"), Point(1, [], "z"), Point(2)
    assert a == b and a != c
    with pytest.raises(TypeError):
        hash(a)  # a list field, exactly as @dataclass(frozen=True)
    with pytest.raises(TypeError):
        hash(Twin(1))
    assert a != Twin(1, [], "z")  # another class is never equal
    assert repr(a) == repr(Twin(1, [], "z")).replace("Twin", "Point")


def test_it_is_frozen_and_replace_asdict_pickle_copy_work() -> None:
    p = Point(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 2  # type: ignore[misc]  # the point of the test
    with pytest.raises(dataclasses.FrozenInstanceError):
        del p.x  # type: ignore[misc]  # the point of the test
    assert dataclasses.replace(p, label="r") == Point(1, [], "r")
    assert dataclasses.asdict(Point(1, ["t"])) == {"x": 1, "tags": ["t"], "label": "p"}
    assert pickle.loads(pickle.dumps(Point(4, ["u"]))) == Point(4, ["u"])
    assert copy.deepcopy(Point(5)) == Point(5)


def test_bad_arguments_fail_as_a_dataclass_init_does() -> None:
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'x'"):
        Point()  # type: ignore[call-arg]  # the point of the test
    with pytest.raises(TypeError, match="takes from 2 to 4 positional arguments but 5 were given"):
        Point(1, [], "p", 9)  # type: ignore[call-arg]  # the point of the test
    with pytest.raises(TypeError, match="unexpected keyword argument 'y'"):
        Point(1, y=2)  # type: ignore[call-arg]  # the point of the test


def test_the_protocol_classes_are_records_and_hashable_where_their_fields_are() -> None:
    theme = protocol.Theme(None, "#ff0000", None, None, None, None)
    assert hash(theme) == hash(protocol.Theme(None, "#ff0000", None, None, None, None))
    assert "__record_names__" in vars(protocol.Theme)
