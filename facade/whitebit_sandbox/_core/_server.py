"""The sandbox's HTTP server: stdlib `ThreadingHTTPServer`, HTTP/1.1 with keep-alive.

Why the standard library rather than an ASGI app on uvicorn or similar: the sandbox ships
inside the package and must work wherever the client does, so it may not add a single
dependency; one thread per connection is plenty for a loopback test server and keeps the
ledger's plain lock the only concurrency tool. Every answer carries Content-Length, so
connections stay open between requests (httpx pools them). Stopping closes every open
connection first, so no thread outlives the server.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from whitebit_sandbox._core._app import SandboxApp
from whitebit_sandbox._core._faults import FaultPlan
from whitebit_sandbox._core._replies import Reply

logger = logging.getLogger("whitebit_sandbox")

MAX_BODY = 1 << 20  # WhiteBIT bodies are small; a larger one is refused unread.
HANG_SECONDS = 2.0  # an injected "hang" outlasts a short client read timeout


class SandboxHTTPServer(ThreadingHTTPServer):
    """A threaded HTTP server that knows its connections, so `stop()` can end them."""

    daemon_threads = False  # server_close() joins them: a clean stop, nothing left running
    block_on_close = True
    request_queue_size = 128  # listen backlog: 50 clients connecting at once must not be reset

    def __init__(self, address: tuple[str, int], app: SandboxApp, faults: FaultPlan) -> None:
        self.app = app
        self.faults = faults
        self.stopping = threading.Event()
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-answer is normal for a test server: log, don't print."""
        logger.debug("connection from %s failed", client_address, exc_info=True)

    def stop(self) -> None:
        """Stop accepting, end open keep-alive connections, wait for their threads."""
        self.stopping.set()  # wakes handlers hanging on an injected fault
        self.shutdown()
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    """Reads one request, asks the app, writes the reply; repeats while the client keeps
    the connection."""

    protocol_version = "HTTP/1.1"
    server_version = "WhiteBIT-Sandbox"
    sys_version = ""
    disable_nagle_algorithm = True
    timeout = 60  # an idle keep-alive connection is closed after this many seconds
    server: SandboxHTTPServer

    def do_POST(self) -> None:
        self._serve("POST")

    def do_GET(self) -> None:
        self._serve("GET")

    def do_HEAD(self) -> None:
        self._serve("HEAD")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def do_PATCH(self) -> None:
        self._serve("PATCH")

    def _read_body(self) -> bytes | None:
        """The request body, or None after answering a body the sandbox will not read."""
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            self._send(Reply(411, {"code": 0, "message": "Length Required"}), "POST")
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.close_connection = True
            status, message = (400, "Bad Request") if length < 0 else (413, "Payload Too Large")
            self._send(Reply(status, {"code": 0, "message": message}), "POST")
            return None
        content = self.rfile.read(length)
        if len(content) != length:  # the client hung up mid-body
            self.close_connection = True
            return None
        return content

    def _serve(self, method: str) -> None:
        content = self._read_body()
        if content is None:
            return
        headers = {name.lower(): value for name, value in self.headers.items()}
        path = urlsplit(self.path).path
        reply = self.server.app.handle(method, path, headers, content, self.client_address[0])
        fault = self.server.faults.take(path)
        if fault is None:
            self._send(reply, method)
        elif fault == "503":
            self._send(Reply(503, {"code": 0, "message": "Service temporary unavailable"}), method)
        else:  # "drop" now, or "hang" until the client has given up, then drop
            if fault == "hang":
                self.server.stopping.wait(HANG_SECONDS)
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, reply: Reply, method: str) -> None:
        content = reply.content()
        self.send_response(reply.status)
        if reply.body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if method != "HEAD" and content:
            self.wfile.write(content)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.client_address[0], *args)
