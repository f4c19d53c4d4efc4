"""Exceptions an app can see, with Streamlit's names and messages."""

from __future__ import annotations


class StreamlitAPIException(Exception):
    """Misuse of the st.* API (Streamlit's name, so `except` clauses port)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class DuplicateWidgetID(StreamlitAPIException):
    pass


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"Values for the widget with key '{key}' cannot be set using `st.session_state`."
        )


class UnserializableSessionStateError(StreamlitAPIException):
    """runner.enforceSerializableSessionState: a value pickle cannot store (SS-28)."""


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    pass


class NoSessionContext(Exception):
    """An st.* call made outside a running app (no script run context)."""
