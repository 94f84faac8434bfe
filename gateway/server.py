"""uvicorn wiring with the connection limits a server facing untrusted clients needs.

uvicorn bounds idle keep-alive connections (`timeout_keep_alive`), header size
(`h11_max_incomplete_event_size`), concurrency and graceful shutdown, but nothing bounds the time a
client may take to send its request headers: a slowloris client dripping one header byte a
second holds a connection forever. `_HeaderTimeoutH11` closes a connection whose request headers
are not complete `timeout_header` seconds after its first byte (or after the connection opened).
The body's own deadline is enforced where it is read (app.read_body: 408).
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import logging
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from gateway.settings import ServerSettings


class _HeaderTimeoutH11(H11Protocol):
    """h11 protocol that closes connections whose request headers arrive too slowly."""

    timeout_header: float = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._header_timer: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._header_timer is None and self.conn.their_state is h11.IDLE:
            self._arm()  # the first byte of a next request on a kept-alive connection
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._disarm()  # headers complete: the request is the app's now

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._header_timer = self.loop.call_later(self.timeout_header, self._expire)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _expire(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.logger.info("closing a connection whose request headers took over %gs", self.timeout_header)
            self.transport.close()


def uvicorn_config(app: Any, settings: ServerSettings, **overrides: Any) -> uvicorn.Config:
    """The uvicorn Config `hybridgate serve` runs with (tests start servers from it too)."""
    protocol = type("HeaderTimeoutH11", (_HeaderTimeoutH11,), {"timeout_header": settings.timeout_header})
    kw: dict[str, Any] = dict(
        host=settings.host, port=settings.port, log_level=settings.log_level,
        access_log=settings.log_level == "debug", http=protocol,
        timeout_keep_alive=settings.timeout_keep_alive,
        timeout_graceful_shutdown=settings.timeout_graceful_shutdown,
        limit_concurrency=settings.limit_concurrency, lifespan="on",
    )
    kw.update(overrides)
    return uvicorn.Config(app, **kw)


def tune_malloc() -> None:
    """glibc malloc settings for a long-running server that handles multi-megabyte buffers (request
    bodies up to max_body_bytes, provider replies up to the reply cap) on many threads.

    By default glibc raises its mmap threshold to the size of each large block freed (up to 32 MB),
    so after the first 5 MB body every later one comes from an arena and stays there when freed,
    and each thread that allocates gets an arena of its own (up to 8 per core). In bench/soak.py
    the gateway's RSS grew ~36 MB in 90 s after warm-up that way, while the memory Python itself
    held grew ~3 MB (tracemalloc). A fixed 128 KiB threshold returns every large block to the
    system when freed; two arenas bound what freed small blocks can pin. No-op off glibc."""
    name = ctypes.util.find_library("c")
    try:
        mallopt = ctypes.CDLL(name).mallopt if name else None
    except (OSError, AttributeError):
        mallopt = None
    if mallopt is None:
        return
    m_mmap_threshold, m_arena_max = -3, -8  # <malloc.h>
    if not (mallopt(m_mmap_threshold, 128 * 1024) and mallopt(m_arena_max, 2)):
        logging.getLogger(__name__).warning("mallopt refused the memory settings; RSS may creep under load")


def run(app: Any, settings: ServerSettings) -> None:
    """Serve until SIGINT/SIGTERM (requests still running after the graceful timeout are cancelled)."""
    tune_malloc()
    uvicorn.Server(uvicorn_config(app, settings)).run()
