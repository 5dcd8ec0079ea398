"""Reading an answer's body within the call's limits: a size cap and an overall deadline.

httpx bounds each read, not the whole body: a server that trickles a byte a second keeps a
call alive for ever, and a small gzip body can inflate to gigabytes. The clients send with
`stream=True` and read the body here, chunk by chunk, refusing it once it passes the cap or
the deadline.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx

# The largest documented answer is a few kilobytes; a full fee table or a 100-record history
# page stays well under a megabyte. Eight leaves room without letting a bomb through.
DEFAULT_MAX_ANSWER_BYTES = 8 * 1024 * 1024
# Connect, send, wait, read and retries of one call together.
DEFAULT_DEADLINE_SECONDS = 60.0
# Where a request carries its call's deadline (a time.monotonic() value), so that the signing
# hook stops waiting for the key's ordering lock when the call has run out of time.
DEADLINE_EXTENSION = "whitebit.deadline"


class BodyRefused(Exception):
    """The answer's body broke a limit; `reason` says which. The status line had arrived."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _check(size: int, limit: int, deadline: float) -> None:
    if size > limit:
        raise BodyRefused(f"answer larger than {limit} bytes")
    if time.monotonic() > deadline:
        raise BodyRefused("answer still arriving when the call's deadline passed")


def body_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The decoded body's chunks: the stream itself when nothing is to be decoded (httpx's
    decoder and chunker would only copy it), else `iter_bytes()`."""
    if "content-encoding" in response.headers or not isinstance(
        response.stream, httpx.SyncByteStream
    ):
        return response.iter_bytes()
    return iter(response.stream)


def abody_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """`body_chunks` for asyncio."""
    if "content-encoding" in response.headers or not isinstance(
        response.stream, httpx.AsyncByteStream
    ):
        return response.aiter_bytes()
    return aiter(response.stream)


def read_body(chunks: Iterator[bytes], limit: int, deadline: float) -> bytes:
    """The decoded body from `body_chunks(response)`, within `limit` and `deadline`."""
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        _check(size, limit, deadline)
        parts.append(chunk)
    return b"".join(parts)


async def aread_body(chunks: AsyncIterator[bytes], limit: int, deadline: float) -> bytes:
    """`read_body` for `abody_chunks(response)`."""
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        _check(size, limit, deadline)
        parts.append(chunk)
    return b"".join(parts)


def finished(response: httpx.Response, content: bytes) -> httpx.Response:
    """A fully read copy of a streamed `response` holding the decoded `content` (for error
    objects and logs, which read `.content`); its content-encoding is dropped, since the
    content is already decoded."""
    headers = [(k, v) for k, v in response.headers.raw if k.lower() != b"content-encoding"]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=response.request,
        extensions=response.extensions,
    )
