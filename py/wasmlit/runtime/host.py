"""What the runtime needs from where it runs: a way out, and a way to wait.

The worker provides `PyodideHost` (worker/entry.py); CPython tests and AppTest
use `MemoryHost`, an in-memory channel.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable
from typing import TypeVar

from wasmlit import protocol

T = TypeVar("T")


class Host:
    #: Whether `wait` lets the page's messages in while a script runs.
    can_yield: bool = False
    #: `server.maxMessageSize` in bytes (Note [Message size]); AppSession sets it.
    max_message_bytes: int = 200 * 1_000_000

    def __init__(self) -> None:
        self._wake = threading.Event()

    def send(self, msg: protocol.ForwardMsg) -> None:
        self.post(*self._encoded(msg)[1:])

    def _encoded(self, msg: protocol.ForwardMsg) -> tuple[protocol.ForwardMsg, bytes, list[protocol.Buffer]]:
        """Note [Message size]
        ~~~~~~~~~~~~~~~~~~~~~~
        Streamlit refuses to send a message over `server.maxMessageSize` MB (200
        by default) and shows a MessageSizeError in the element's place
        (CHECKLIST DF-38, CFG-12). There is no socket here, but the limit still
        protects the page: the bytes go to the main thread and stay there while
        shown. What is counted is the bytes an element carries beside its JSON
        (Arrow tables, images, media; Note [Bulk bytes]), which encoding lists
        anyway, so the check costs nothing for a message without them.
        """
        data, buffers = protocol.encode_parts(msg)
        if not buffers or not isinstance(msg, protocol.ElementDelta):
            return msg, data, buffers
        size = sum(memoryview(b).nbytes for b in buffers)
        if size <= self.max_message_bytes:
            return msg, data, buffers
        text = (
            f"Data of size {size / 1e6:.1f} MB exceeds the message size limit of "
            f"{self.max_message_bytes / 1e6} MB.\n\n"
            "This is often caused by a large chart or dataframe. Please decrease the amount of "
            "data sent to the browser, or increase the limit by setting the config option "
            "`server.maxMessageSize`. Learn more about config options: "
            "https://docs.streamlit.io/develop/api-reference/configuration/config.toml\n\n"
            "Note that increasing the limit may lead to long loading times and large memory "
            "consumption of the browser."
        )
        error = protocol.ExceptionElement("MessageSizeError", text, [], False)
        replaced = protocol.ElementDelta(msg.run_id, msg.path, error)
        return (replaced, *protocol.encode_parts(replaced))

    def post(self, data: bytes, buffers: list[protocol.Buffer]) -> None:
        """One ForwardMsg: its JSON, and the bytes it carries (Note [Bulk bytes])."""
        raise NotImplementedError

    def wait(self, seconds: float) -> None:
        """Block up to `seconds`; return early when a BackMsg arrives."""
        if self._wake.wait(max(0.0, seconds)):
            self._wake.clear()

    def run_async(self, awaitable: Awaitable[T]) -> T:
        """Runs `awaitable` to completion from synchronous script code (st.write_stream
        of an async generator). CPython: on a private event loop."""
        import asyncio

        async def wrap() -> T:
            return await awaitable

        loop = asyncio.new_event_loop()
        try:
            return loop.run_until_complete(wrap())
        finally:
            loop.close()

    def notify(self) -> None:
        """A BackMsg arrived (CPython: wakes a sleeping script thread)."""
        self._wake.set()

    def persist(self) -> None:
        """Persisted cache files changed: make them durable (the browser's IndexedDB).

        See Note [Persisted entries] in caching/storage.py; on CPython the
        files already are on disk.
        """


class MemoryHost(Host):
    """Keeps every ForwardMsg (as objects, after checking they encode)."""

    can_yield = True  # the script runs on its own thread; requests arrive any time

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[protocol.ForwardMsg] = []

    def send(self, msg: protocol.ForwardMsg) -> None:
        msg = self._encoded(msg)[0]  # every message must be valid on the wire
        self.messages.append(msg)

    def post(self, data: bytes, buffers: list[protocol.Buffer]) -> None:  # pragma: no cover - send() is overridden
        raise AssertionError("MemoryHost keeps objects")
