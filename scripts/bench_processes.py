"""`make bench` row 8: many processes on one key, coordinated through Redis.

8a: PROCESSES worker processes (this file run as `worker`), each a blocking client with
THREADS threads, share one rate-limited key of the bench server through a throwaway
redis-server: window nonces drawn there, the limit counted there. Together they burst a
multiple of the key's limit; the figure is the share of the allowed rate the server saw
(as row 7 measures it), with its refusals.

8b: what Redis adds per call: sequential sync calls through RedisCoordination against the
same calls with the in-process backend (both with rate limits on, nonce_window=True).
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from bench_wire import bench_secret
from whitebit_main import RedisCoordination, RetryPolicy, WhiteBIT

PROCESSES = 4
THREADS = 8


@contextmanager
def redis_server() -> Iterator[str | None]:
    """A throwaway redis-server on loopback (its URL), or None when none is installed."""
    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="bench-redis-") as directory:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        process = subprocess.Popen(
            [
                *(binary, "--bind", "127.0.0.1", "--port", str(port), "--dir", directory),
                *("--save", "", "--appendonly", "no"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"redis://127.0.0.1:{port}/0"
            _wait_for(port)
            yield url
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=10)


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                if conn.recv(16).startswith(b"+PONG"):
                    return
        except OSError:
            pass
        time.sleep(0.02)
    raise RuntimeError("redis-server did not start")


def run_processes(url: str, redis: str, key: str, calls: int) -> tuple[float, int]:
    """PROCESSES workers making `calls` calls together: (wall seconds, client failures)."""
    spec = {"url": url, "redis": redis, "key": key, "calls": calls // PROCESSES}
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, "worker", json.dumps(spec)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        assert worker.stdout is not None
        if worker.stdout.readline() != "ready\n":
            raise RuntimeError("a bench worker did not start")
    started = time.perf_counter()
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    failed = 0
    for worker in workers:
        out, _ = worker.communicate(timeout=300)
        failed += int(json.loads(out.splitlines()[-1])["failed"])
    return time.perf_counter() - started, failed


def added_latency(url: str, redis: str, key: str, calls: int) -> tuple[float, float]:
    """Median µs per sequential call: (through Redis, in-process)."""
    secret = bench_secret(key)
    with (
        RedisCoordination(redis) as coordination,
        WhiteBIT(key, secret, base_url=url, nonce_window=True, coordination=coordination) as shared,
        WhiteBIT(key + "-own", bench_secret(key + "-own"), base_url=url, nonce_window=True) as own,
    ):
        timings: dict[str, list[float]] = {"shared": [], "own": []}
        for i in range(2 * calls):
            name, client = ("shared", shared) if i % 2 else ("own", own)
            started = time.perf_counter()
            client.get_main_balance(ticker="BTC")
            timings[name].append((time.perf_counter() - started) * 1e6)
    shared_us = sorted(timings["shared"])[calls // 2]
    own_us = sorted(timings["own"])[calls // 2]
    return shared_us, own_us


def worker(spec: dict[str, str | int]) -> None:
    key = str(spec["key"])
    with (
        RedisCoordination(str(spec["redis"])) as coordination,
        WhiteBIT(
            key,
            bench_secret(key),
            base_url=str(spec["url"]),
            nonce_window=True,
            coordination=coordination,
            retry=RetryPolicy.none(),  # the server counts refusals; none is retried away
        ) as client,
    ):
        print("ready", flush=True)
        sys.stdin.readline()
        failed = 0

        def call(_: int) -> bool:
            try:
                return "BTC" in client.get_main_balance(ticker="BTC")
            except Exception:
                return False

        with ThreadPoolExecutor(THREADS) as pool:
            failed = sum(not ok for ok in pool.map(call, range(int(spec["calls"]))))
    print(json.dumps({"failed": failed}), flush=True)


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    worker(json.loads(sys.argv[2]))
