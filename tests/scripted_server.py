"""A loopback HTTP server that answers every request with a scripted reply, for tests of
what hostile or broken servers do to the client. It records each raw request it reads."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

# A reply: the connection and the raw request; it writes whatever it wants, then returns.
Reply = Callable[[socket.socket, bytes], None]


@dataclass
class ScriptedServer:
    url: str
    requests: list[bytes] = field(default_factory=list)


def read_request(conn: socket.socket) -> bytes:
    """Headers and a Content-Length body, as raw bytes."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def raw(status_line: str, headers: dict[str, str], body: bytes) -> Reply:
    """A reply of exactly these bytes."""

    def reply(conn: socket.socket, _request: bytes) -> None:
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        conn.sendall(f"{status_line}\r\n{head}\r\n".encode("latin-1") + body)

    return reply


def trickle(status: int, every: float, total: int) -> Reply:
    """A 200-type answer whose body arrives a byte every `every` seconds."""

    def reply(conn: socket.socket, _request: bytes) -> None:
        conn.sendall(f"HTTP/1.1 {status} OK\r\nContent-Length: {total}\r\n\r\n".encode())
        for _ in range(total):
            time.sleep(every)
            try:
                conn.sendall(b" ")
            except OSError:
                return

    return reply


@contextmanager
def scripted(reply: Reply) -> Iterator[ScriptedServer]:
    """Serve `reply` to every connection on 127.0.0.1, one thread per connection."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    server = ScriptedServer(f"http://127.0.0.1:{listener.getsockname()[1]}")
    stop = threading.Event()
    workers: list[threading.Thread] = []

    def handle(conn: socket.socket) -> None:
        with conn:
            try:
                request = read_request(conn)
                server.requests.append(request)
                reply(conn, request)
            except OSError:
                pass

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            worker = threading.Thread(target=handle, args=(conn,), daemon=True)
            workers.append(worker)
            worker.start()

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        stop.set()
        acceptor.join(5)
        listener.close()
