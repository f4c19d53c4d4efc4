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

    def __init__(self) -> None:
        self._wake = threading.Event()

    def send(self, msg: protocol.ForwardMsg) -> None:
        self.post(*protocol.encode_parts(msg))

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
        protocol.encode(msg)  # every message must be valid on the wire
        self.messages.append(msg)

    def post(self, data: bytes, buffers: list[protocol.Buffer]) -> None:  # pragma: no cover - send() is overridden
        raise AssertionError("MemoryHost keeps objects")
