"""The verifying loopback server of `make bench`: fast enough not to be the bottleneck.

Raw HTTP/1.1 with keep-alive on asyncio (one process, one core). It answers
`POST /api/v4/main-account/balance` with the documented getMainBalance example after the
checks WhiteBIT makes: known key, `X-TXC-PAYLOAD` == base64(body), HMAC-SHA512 signature,
body a JSON object, `request` == path, and the nonce: strictly increasing per key, or, with
`nonceWindow: true`, unique per key and within 5 s of the server clock. Every failed check
is answered 401/429/404 and counted; `GET /stats` returns the counts per key and the
server's CPU time as JSON (so the benchmark can show the server was not the bottleneck).

Keys are `bench-<anything>`; the secret of a key is `bench_secret(key)`, so the benchmark
can use a fresh key per run without telling the server. Loopback only; the server stops by
itself after `--max-seconds`, after `--max-requests`, when its stdin closes (the benchmark
ended) or on SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import hashlib
import hmac
import json
import signal
import sys
import threading
import time

from whitebit_main_api._examples import SUCCESS_EXAMPLES

PATH = "/api/v4/main-account/balance"
WINDOW_MS = 5_000
MAX_HEAD = 16_384
MAX_BODY = 65_536
BODY = json.dumps(SUCCESS_EXAMPLES["getMainBalance"][1], separators=(",", ":")).encode()


def bench_secret(api_key: str) -> str:
    """The secret the server expects for `api_key` (derived, so any fresh key works)."""
    return hashlib.sha256(b"whitebit-bench:" + api_key.encode()).hexdigest()


def _answer(status: int, reason: str, body: bytes, close: bool = False) -> bytes:
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"{'Connection: close' if close else 'Connection: keep-alive'}\r\n\r\n"
    )
    return head.encode() + body


OK = _answer(200, "OK", BODY)


def _refusal(status: int, message: str) -> bytes:
    body = json.dumps({"code": 0, "message": message}).encode()
    return _answer(status, "Unauthorized" if status == 401 else "Too Many Requests", body)


class Book:
    """Per key: accepted and rejected counts, the last strict nonce, the window nonces seen."""

    def __init__(self) -> None:
        self.accepted: dict[str, int] = {}
        self.rejected: dict[str, dict[str, int]] = {}
        self.last: dict[str, int] = {}
        self.seen: dict[str, set[int]] = {}
        self.secrets: dict[str, bytes] = {}
        self.total = 0

    def secret(self, api_key: str) -> bytes | None:
        secret = self.secrets.get(api_key)
        if secret is None and api_key.startswith("bench-"):
            secret = self.secrets[api_key] = bench_secret(api_key).encode()
        return secret

    def reject(self, api_key: str, reason: str) -> None:
        counts = self.rejected.setdefault(api_key, {})
        counts[reason] = counts.get(reason, 0) + 1

    def verify(self, path: str, headers: dict[str, str], content: bytes) -> str | None:
        """None when the request passes, else the reason it is refused."""
        api_key = headers.get("x-txc-apikey", "")
        secret = self.secret(api_key)
        if secret is None:
            return "unknown key"
        payload = headers.get("x-txc-payload", "")
        try:
            decoded = base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            decoded = None
        if not payload or decoded != content:
            return "invalid payload"
        expected = hmac.new(secret, payload.encode(), hashlib.sha512).hexdigest()
        if not hmac.compare_digest(expected, headers.get("x-txc-signature", "")):
            return "bad signature"
        try:
            body = json.loads(content)
        except ValueError:
            return "body not JSON"
        if not isinstance(body, dict) or body.get("request") != path:
            return "request != path"
        nonce = body.get("nonce")
        if isinstance(nonce, bool) or not isinstance(nonce, int):
            return "no nonce"
        window = body.get("nonceWindow", False)
        if window is True:
            if abs(nonce - time.time_ns() // 1_000_000) > WINDOW_MS:
                return "nonce outside window"
            seen = self.seen.setdefault(api_key, set())
            if nonce in seen:
                return "nonce reused"
            seen.add(nonce)
        elif window is False:
            if nonce <= self.last.get(api_key, 0):
                return "nonce not increasing"
            self.last[api_key] = nonce
        else:
            return "invalid nonceWindow"
        self.accepted[api_key] = self.accepted.get(api_key, 0) + 1
        return None

    def stats(self) -> bytes:
        keys = sorted(set(self.accepted) | set(self.rejected))
        counts = {
            key: {"accepted": self.accepted.get(key, 0), "rejected": self.rejected.get(key, {})}
            for key in keys
        }
        return json.dumps({"cpu_seconds": time.process_time(), "keys": counts}).encode()


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
        if method == "GET" and path == "/stats":
            return _answer(200, "OK", book.stats())
        if method != "POST" or path != PATH:
            book.reject(headers.get("x-txc-apikey", ""), "unknown path")
            return _answer(404, "Not Found", b'{"message":"not found"}')
        reason = book.verify(path, headers, content)
        if reason is None:
            return OK
        book.reject(headers.get("x-txc-apikey", ""), reason)
        if reason.startswith("nonce"):
            return _refusal(429, "Too many requests.")
        return _refusal(401, "Unauthorized request.")


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
