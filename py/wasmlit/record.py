"""`@record`: a frozen dataclass that costs nothing to define (Note [Import cost]).

Note [Import cost]
~~~~~~~~~~~~~~~~~~
Every page load imports the runtime before the script's first run, so what a
module does when imported is start-up time, paid by every visitor. Two costs
were found this way (boot marks "app" to "run" grew from 240 to 580 ms):

- `@dataclass(frozen=True)` writes the source of six methods per class and
  compiles each with exec(). protocol.py declares 87 such classes, which took
  a third of a second under Pyodide before the first line of the app ran.
  `@record` makes the same dataclass (`dataclasses.fields`, `replace`,
  `asdict` and `is_dataclass` work, mypy sees a frozen dataclass) without
  compiling anything at import: equality, hashing, repr and frozenness are
  shared functions, and a class's `__init__`, the one method on the hot path,
  is compiled the first time the class is instantiated, so only the classes
  an app actually uses pay for it.
- The cache hasher imported unittest.mock (and with it asyncio) to recognise a
  Mock; it now looks in sys.modules, since a Mock cannot exist before its
  module is imported.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

_FACTORY = object()  # the parameter default of a field with a default_factory


def _setattr(self: object, name: str, value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self: object, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _values(self: Any) -> tuple[Any, ...]:
    return tuple([getattr(self, name) for name in self.__record_names__])


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        return _values(self) == _values(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(_values(self))


def _repr(self: Any) -> str:
    inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_names__)
    return f"{type(self).__qualname__}({inner})"


def _compile_init(cls: type) -> Any:
    """The `__init__` @dataclass would write for `cls`, compiled now."""
    params: list[str] = []
    body: list[str] = []
    scope: dict[str, Any] = {"__set": object.__setattr__, "__FACTORY": _FACTORY}
    for f in dataclasses.fields(cls):
        name = f.name
        if f.default is not dataclasses.MISSING:
            scope[f"__d_{name}"] = f.default
            params.append(f"{name}=__d_{name}")
            body.append(f"    __set(self, {name!r}, {name})")
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"__f_{name}"] = f.default_factory
            params.append(f"{name}=__FACTORY")
            body.append(f"    __set(self, {name!r}, __f_{name}() if {name} is __FACTORY else {name})")
        else:
            params.append(name)
            body.append(f"    __set(self, {name!r}, {name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(source, scope)  # noqa: S102  # the same code generation @dataclass does, for a known class
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _lazy_init_for(cls: type) -> Any:
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init = _compile_init(cls)
        type.__setattr__(cls, "__init__", init)
        init(self, *args, **kwargs)

    return __init__


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: type[T]) -> type[T]:
    """`@dataclass(frozen=True)` for schema classes (Note [Import cost])."""
    # init/repr/eq off and not frozen: dataclass compiles nothing (its other work
    # is collecting the fields); the methods below make it frozen with value equality.
    dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    names = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]  # a dataclass now
    setattr(cls, "__record_names__", names)
    for attr, fn in (
        ("__init__", _lazy_init_for(cls)),
        ("__setattr__", _setattr),
        ("__delattr__", _delattr),
        ("__eq__", _eq),
        ("__hash__", _hash),
        ("__repr__", _repr),
    ):
        setattr(cls, attr, fn)
    return cls
