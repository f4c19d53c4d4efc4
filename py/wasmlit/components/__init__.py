"""`streamlit.components`: `streamlit.components.v1` (see v1.py)."""

from wasmlit.components import v1

__all__ = ["v1"]
