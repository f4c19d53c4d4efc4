"""`streamlit.testing.v1` for wasmlit: `from wasmlit.testing import AppTest`."""

from wasmlit.testing.app_test import AppTest

__all__ = ["AppTest"]
