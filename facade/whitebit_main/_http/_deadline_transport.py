"""The blocking client's default transport: every socket operation bounded by the call's deadline.

httpx times each read on its own, so a server that trickles its status line and headers a
byte at a time keeps a blocking call alive long past any timeout (the body is read in chunks
against the deadline by `_answer.read_body`, the headers are not). A blocking call cannot be
cancelled from outside, so the bound goes where the waiting happens: the connections of this
transport cut each read's, write's and connect's timeout to the time left until the deadline
of the call running in the current thread (`_call_deadline.call_deadline`).

It is httpx's own `HTTPTransport` with one change, the network backend of its connection
pool; request handling, exceptions and test doubles that patch `HTTPTransport` (pytest-httpx)
are unchanged. A caller's own `http_client` keeps its transport, and with proxies named in
the environment the client uses httpx's (which routes through them): there the deadline is
checked between reads only.
"""

from __future__ import annotations

import ssl
import typing
from collections.abc import Iterable

import httpcore
import httpx

from ._call_deadline import bounded

__all__ = ["DeadlineTransport"]

# httpcore's socket option shapes: (level, name, value) or (level, name, None, length).
SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        limit = bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, limit))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        limit = bounded(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, limit, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        limit = bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, limit, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


# httpx's default pool limits (httpx.Client() without `limits`).
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)


class DeadlineTransport(httpx.HTTPTransport):
    """httpx's transport for direct connections whose sockets honour the call's deadline."""

    def __init__(self) -> None:
        # httpx's __init__ only builds the pool (and an SSL context, the costly part); the
        # pool is built here alike, with our network backend, instead of twice.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=LIMITS.max_connections,
            max_keepalive_connections=LIMITS.max_keepalive_connections,
            keepalive_expiry=LIMITS.keepalive_expiry,
            network_backend=_DeadlineBackend(),
        )
