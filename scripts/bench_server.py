"""The verifying loopback server of `make bench`: fast enough not to be the bottleneck.

Raw HTTP/1.1 with keep-alive on asyncio (one process, one core). It answers
`POST /api/v4/main-account/balance` with the documented getMainBalance example after the
sandbox's own request verifier (`whitebit_sandbox._core._verify.Verifier`, the checks WhiteBIT
makes, in its order and with its answers): known key, `X-TXC-PAYLOAD` == base64(body),
HMAC-SHA512 signature, body a JSON object, `request` == path, and the nonce: strictly
increasing per key, or, with `nonceWindow: true`, unique per key and within 5 s of the
server clock. Keys named `bench-limited-<anything>` are then held to getMainBalance's rate
limit from the contract by the sandbox's `ServerRateLimits` (per key here, where WhiteBIT
counts per IP): over it, 429 `Too Many Attempts.` with `Retry-After`.

Every refusal is answered with the verifier's status and text and counted per key as
"<status> <text>". `GET /stats` returns the counts of every key and the server's CPU time
as JSON (so the benchmark can show the server was not the bottleneck); `GET /stats/<key>`
the same for one key, with the server's `time.monotonic()` at each request a rate limit
admitted (so the benchmark can measure the rate the server saw).

Keys are `bench-<anything>`; the secret of a key is `bench_secret(key)`, so the benchmark
can use a fresh key per run without telling the server. Loopback only; the server stops by
itself after `--max-seconds`, after `--max-requests`, when its stdin closes (the benchmark
ended) or on SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import http
import json
import signal
import sys
import threading
import time

from bench_wire import BODY, KEY_PREFIX, LIMITED_PREFIX, OPERATION, PATH, bench_secret
from whitebit_main_api._contract import OPERATIONS
from whitebit_sandbox._core._ratelimit import ServerRateLimits
from whitebit_sandbox._core._replies import Refusal
from whitebit_sandbox._core._verify import KeyInfo, Verifier

MAX_HEAD = 16_384
MAX_BODY = 65_536


def _answer(
    status: int, body: bytes, close: bool = False, headers: dict[str, str] | None = None
) -> bytes:
    extra = "".join(f"{name}: {value}\r\n" for name, value in (headers or {}).items())
    head = (
        f"HTTP/1.1 {status} {http.HTTPStatus(status).phrase}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n{extra}"
        f"{'Connection: close' if close else 'Connection: keep-alive'}\r\n\r\n"
    )
    return head.encode() + body


OK = _answer(200, BODY)
NOT_FOUND = _answer(404, b'{"message":"not found"}')


class Book:
    """The verifier, the rate limit and, per key, the accepted and refused counts."""

    def __init__(self) -> None:
        self.accepted: dict[str, int] = {}
        self.rejected: dict[str, dict[str, int]] = {}
        self.arrivals: dict[str, list[float]] = {}
        self.keys: dict[str, KeyInfo] = {}
        self.total = 0
        self.verifier = Verifier(self.key_info)
        self.now = 0.0  # the rate limit's clock at its last reading
        count, seconds = OPERATIONS[OPERATION]["rate_limit"]
        self.limits = ServerRateLimits({OPERATION: (count, seconds)}, clock=self._clock)

    def _clock(self) -> float:
        self.now = time.monotonic()
        return self.now

    def key_info(self, api_key: str) -> KeyInfo | None:
        info = self.keys.get(api_key)
        if info is None and api_key.startswith(KEY_PREFIX):
            info = self.keys[api_key] = KeyInfo(api_key, bench_secret(api_key), enabled=True)
        return info

    def reject(self, api_key: str, reason: str) -> None:
        counts = self.rejected.setdefault(api_key, {})
        counts[reason] = counts.get(reason, 0) + 1

    def answer(self, path: str, headers: dict[str, str], content: bytes) -> bytes:
        """The whole answer to a POST to PATH: the example, or the first check's refusal."""
        api_key = headers.get("x-txc-apikey", "")
        try:
            self.verifier.verify(path, headers, content)
            if api_key.startswith(LIMITED_PREFIX):
                self.limits.admit(api_key, OPERATION)
                self.arrivals.setdefault(api_key, []).append(self.now)
        except Refusal as refusal:
            self.reject(api_key, f"{refusal.status} {refusal.message}")
            reply = refusal.reply()
            return _answer(reply.status, reply.content(), headers=dict(reply.headers))
        self.accepted[api_key] = self.accepted.get(api_key, 0) + 1
        return OK

    def entry(self, api_key: str) -> dict[str, object]:
        return {
            "accepted": self.accepted.get(api_key, 0),
            "rejected": self.rejected.get(api_key, {}),
        }

    def stats(self, api_key: str | None) -> bytes:
        if api_key is not None:
            data = {**self.entry(api_key), "arrivals": self.arrivals.get(api_key, [])}
        else:
            keys = sorted(set(self.accepted) | set(self.rejected))
            data = {"keys": {key: self.entry(key) for key in keys}}
        return json.dumps({"cpu_seconds": time.process_time(), **data}).encode()


class Connection(asyncio.Protocol):
    def __init__(self, book: Book, stop: asyncio.Event, max_requests: int) -> None:
        self.book = book
        self.stop = stop
        self.max_requests = max_requests
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        out: list[bytes] = []
        close = False
        while not close:  # one request per turn; ends when the buffer holds no whole request
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                close = len(self.buffer) > MAX_HEAD
                break
            lines = self.buffer[:end].decode("latin-1").split("\r\n")
            headers: dict[str, str] = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            try:
                length = int(headers.get("content-length", "0"))
            except ValueError:
                length = MAX_BODY + 1
            if length > MAX_BODY:
                close = True
                break
            if len(self.buffer) < end + 4 + length:
                break
            content = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            method, _, rest = lines[0].partition(" ")
            path = rest.partition(" ")[0]
            close = headers.get("connection", "").lower() == "close"
            out.append(self.respond(method, path, headers, content))
        if out and self.transport is not None:
            self.transport.write(b"".join(out))
        if close and self.transport is not None:
            self.transport.close()

    def respond(self, method: str, path: str, headers: dict[str, str], content: bytes) -> bytes:
        book = self.book
        book.total += 1
        if book.total >= self.max_requests:
            self.stop.set()
        if method == "POST" and path == PATH:
            return book.answer(path, headers, content)
        if method == "GET" and path == "/stats":
            return _answer(200, book.stats(None))
        if method == "GET" and path.startswith("/stats/"):
            return _answer(200, book.stats(path.removeprefix("/stats/")))
        book.reject(headers.get("x-txc-apikey", ""), "404 unknown path")
        return NOT_FOUND


def _watch_stdin(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """Stop when the parent closes our stdin (or dies)."""
    while sys.stdin.buffer.read(4096):
        pass
    loop.call_soon_threadsafe(stop.set)


async def serve(port: int, max_seconds: float, max_requests: int) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    book = Book()
    server = await loop.create_server(
        lambda: Connection(book, stop, max_requests), "127.0.0.1", port, backlog=512
    )
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    threading.Thread(target=_watch_stdin, args=(loop, stop), daemon=True).start()
    bound = server.sockets[0].getsockname()[1]
    print(f"listening on http://127.0.0.1:{bound}", flush=True)
    try:
        await asyncio.wait_for(stop.wait(), timeout=max_seconds)
    except TimeoutError:
        print("bench server: --max-seconds reached, stopping", file=sys.stderr)
    server.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--max-seconds", type=float, default=900.0)
    parser.add_argument("--max-requests", type=int, default=2_000_000)
    args = parser.parse_args(argv)
    asyncio.run(serve(args.port, args.max_seconds, args.max_requests))
    return 0


if __name__ == "__main__":
    sys.exit(main())
