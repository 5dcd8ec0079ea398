"""A real, throwaway `redis-server` on 127.0.0.1 for the coordination tests: a free port, a
temporary directory, no persistence; stopped by its pid. `make test` installs the binary
(`make redis`); without it the tests that need one skip."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

BINARY = shutil.which("redis-server")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """One redis-server process; `url` while it runs."""

    def __init__(self, directory: Path) -> None:
        if BINARY is None:
            raise RuntimeError("redis-server is not installed (make redis)")
        self.directory = directory
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        for _ in range(5):  # another program may take the free port first
            self.port = _free_port()
            log = open(self.directory / "redis.log", "ab")  # noqa: SIM115 (kept by the child)
            with log:
                self.process = subprocess.Popen(
                    [
                        str(BINARY),
                        *("--bind", "127.0.0.1", "--port", str(self.port)),
                        *("--dir", str(self.directory), "--save", "", "--appendonly", "no"),
                        *("--daemonize", "no", "--protected-mode", "yes"),
                    ],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and self.process.poll() is None:
                if _answers(self.port):
                    return self
                time.sleep(0.02)
            self.stop()
        raise RuntimeError(f"redis-server did not start; see {self.directory / 'redis.log'}")

    def stop(self) -> None:
        """Stop it (by its pid) and wait until it is gone."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(name="redis_server")
def redis_server_fixture(tmp_path: Path) -> Iterator[RedisServer]:
    """A running redis-server (import this into a test module to use `redis_server`)."""
    if BINARY is None:
        pytest.skip("redis-server is not installed (`make redis` installs it)")
    directory = tmp_path / "redis"
    directory.mkdir()
    server = RedisServer(directory).start()
    try:
        yield server
    finally:
        server.stop()
