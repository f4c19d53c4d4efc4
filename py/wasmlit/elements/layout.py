"""Layout: container, columns, expander, empty."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wasmlit import protocol
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException


@command
def container(dg: DeltaGenerator, *, border: bool | None = None, height: int | None = None,
              key: str | None = None) -> DeltaGenerator:
    return dg._block(protocol.Vertical(bool(border) or height is not None and border is None, height))


def _weights(spec: Any) -> list[float]:
    if isinstance(spec, int) and not isinstance(spec, bool):
        if spec <= 0:
            raise StreamlitAPIException(
                "You have passed an invalid value for the `spec` parameter of `st.columns`. "
                "Columns spec must be a positive integer or a list of positive numbers."
            )
        return [1.0] * spec
    if isinstance(spec, Sequence) and len(spec) > 0 and all(
        isinstance(w, (int, float)) and not isinstance(w, bool) and w > 0 for w in spec
    ):
        return [float(w) for w in spec]
    raise StreamlitAPIException(
        "The input argument to st.columns must be either a positive integer or a non-empty "
        "sequence of positive numbers."
    )


_GAPS = ("small", "medium", "large")
_ALIGN = ("top", "center", "bottom")


@command
def columns(dg: DeltaGenerator, spec: int | Sequence[float], *, gap: str | None = "small",
            vertical_alignment: str = "top", border: bool = False) -> list[DeltaGenerator]:
    weights = _weights(spec)
    gap_value = gap or "small"
    if gap_value not in _GAPS:
        raise StreamlitAPIException(
            f'The gap argument to st.columns must be "small", "medium", or "large". \n'
            f"The argument passed was {gap}."
        )
    if vertical_alignment not in _ALIGN:
        raise StreamlitAPIException(
            f'The vertical_alignment argument to st.columns must be "top", "center", or '
            f'"bottom". \nThe argument passed was {vertical_alignment}.'
        )
    row = dg._block(protocol.Horizontal(gap_value, vertical_alignment))  # type: ignore[arg-type]  # checked above
    return [row._block(protocol.Column(w)) for w in weights]


@command
def expander(dg: DeltaGenerator, label: str, expanded: bool = False, *,
             icon: str | None = None) -> DeltaGenerator:
    if label is None:
        raise StreamlitAPIException("A label is required for an expander")
    return dg._block(protocol.Expander(str(label), bool(expanded), icon))


@command
def empty(dg: DeltaGenerator) -> DeltaGenerator:
    return dg._enqueue(protocol.Empty())
