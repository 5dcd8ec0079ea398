"""Many real processes, one API key, one IP, coordinated through a real redis-server,
against the sandbox (which verifies nonces and every limit as WhiteBIT does).

Small limits (a few dozen calls per few seconds) keep the runs short; the rules are the same
as at 1000 per 10 s. The rate a key reaches is measured on the server's side: a sliding
window admits call i + L only once call i has left it, so the mean of those gaps is at least
the window, and window / mean gap is the share of the allowed rate reached.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from statistics import mean
from typing import Any

import pytest
from whitebit_main import ACCOUNT_WIDE, RedisCoordination, RetryPolicy
from whitebit_sandbox import Sandbox

from tests.redis_server import RedisServer, redis_server_fixture  # noqa: F401
from tests.support import ROOT

pytestmark = pytest.mark.slow  # real processes and real windows of a few seconds


class Admissions:
    """Times (monotonic) at which the sandbox let a request past its rate limits."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.times: list[float] = []
        self._lock = threading.Lock()
        limiter = sandbox._app.limiter
        assert limiter is not None
        admit = limiter.admit

        def counted(client: str, operation_id: str) -> None:
            admit(client, operation_id)  # raises the 429 refusal: not counted
            with self._lock:
                self.times.append(time.monotonic())

        limiter.admit = counted  # type: ignore[method-assign]

    def share_of_allowed(self, limit: int, seconds: float) -> float:
        times = sorted(self.times)
        gaps = [times[i + limit] - times[i] for i in range(len(times) - limit)]
        assert gaps, "too few calls to measure a rate"
        return seconds / mean(gaps)


class Workers:
    """Worker processes (tests/coordination_worker.py), started together."""

    def __init__(self, count: int, spec: dict[str, Any]) -> None:
        command = [sys.executable, "-m", "tests.coordination_worker", json.dumps(spec)]
        self.processes = [
            subprocess.Popen(
                command,
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(count)
        ]
        for process in self.processes:
            assert process.stdout is not None
            line = process.stdout.readline()
            assert line == "ready\n", line + (process.stderr.read() if process.stderr else "")

    def go(self) -> None:
        for process in self.processes:
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()

    def results(self, timeout: float = 120) -> list[Counter[str]]:
        found = []
        for process in self.processes:
            out, err = process.communicate(timeout=timeout)
            assert process.returncode == 0, err
            found.append(Counter(json.loads(out.splitlines()[-1])))
        return found

    def kill(self, process: subprocess.Popen[str]) -> None:
        os.kill(process.pid, signal.SIGKILL)
        process.communicate()

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
            process.communicate()


def _spec(sandbox: Sandbox, redis: RedisServer, **extra: Any) -> dict[str, Any]:
    return {
        "url": sandbox.url,
        "api_key": sandbox.api_key,
        "api_secret": sandbox.api_secret,
        "redis": redis.url,
        **extra,
    }


@pytest.mark.parametrize(
    ("processes", "window", "limit", "seconds"),
    [
        pytest.param(8, ACCOUNT_WIDE, 32, 5.0, id="8-processes-account-wide"),
        pytest.param(4, "getMainBalance", 12, 4.0, id="4-processes-operation-limit"),
    ],
)
def test_processes_on_one_key_share_nonces_and_limits(
    redis_server: RedisServer, processes: int, window: str, limit: int, seconds: float
) -> None:
    limits = {window: (limit, seconds)}
    calls = 2 * limit  # bursts of twice the limit: half of them must wait a window
    with Sandbox(limits=limits) as sandbox:
        admissions = Admissions(sandbox)
        spec = _spec(
            sandbox,
            redis_server,
            limits={name: list(value) for name, value in limits.items()},
            calls=calls // processes,
            threads=2,
        )
        workers = Workers(processes, spec)
        try:
            workers.go()
            results = workers.results()
        finally:
            workers.stop()
    total = sum(results, Counter())
    assert total == Counter(ok=calls), total  # 0 nonce refusals, 0 server 429s
    assert all(result["ok"] == calls // processes for result in results)
    share = admissions.share_of_allowed(limit, seconds)
    assert share >= 0.95, f"{share:.1%} of the allowed rate"


def test_strict_mode_across_processes_takes_turns(redis_server: RedisServer) -> None:
    with Sandbox() as sandbox:
        spec = _spec(sandbox, redis_server, window=False, calls=12, threads=3)
        workers = Workers(4, spec)
        try:
            workers.go()
            results = workers.results()
        finally:
            workers.stop()
    # Each strict nonce was drawn and sent while its process held the key's turn: every
    # one arrived larger than the last, so the server refused none.
    assert sum(results, Counter()) == Counter(ok=48)


@pytest.mark.parametrize("window", [True, False], ids=["window", "strict"])
def test_a_killed_worker_does_not_stall_the_others_past_its_lease(
    redis_server: RedisServer, window: bool
) -> None:
    lease = 2.0  # the killed worker's deadline: what it holds is released by then at the latest
    limits = {ACCOUNT_WIDE: (2, 1.0)}
    with Sandbox(limits=limits) as sandbox:
        admissions = Admissions(sandbox)
        sandbox.inject_fault("getMainBalance", "hang")  # its answer never comes
        spec = _spec(
            sandbox,
            redis_server,
            limits={ACCOUNT_WIDE: [2, 1.0]},
            calls=1,
            deadline=lease,
            window=window,
        )
        workers = Workers(1, spec)
        try:
            workers.go()
            until = time.monotonic() + 10
            while not admissions.times and time.monotonic() < until:
                time.sleep(0.01)
            assert admissions.times, "the worker's request never arrived"
            # Mid-call: its rate-limit booking is never finished and, strict, it holds the
            # key's turn.
            workers.kill(workers.processes[0])
            killed_at = time.monotonic()
        finally:
            workers.stop()
        with (
            RedisCoordination(redis_server.url, limits=limits) as coordination,
            sandbox.client(
                nonce_window=window, coordination=coordination, retry=RetryPolicy.none()
            ) as client,
        ):
            for _ in range(4):
                client.get_main_balance(ticker="USDT")  # a 429 or nonce refusal would raise
            took = time.monotonic() - killed_at
    # Four calls at 2 per second need about one window; the dead worker may add at most its
    # lease (and one window after it), never more.
    assert took < lease + 2 * 1.0 + 1.0


@pytest.mark.parametrize("window", [True, False], ids=["window", "strict"])
def test_redis_stopped_mid_run_every_caller_gets_the_clear_error(
    redis_server: RedisServer, window: bool
) -> None:
    with Sandbox() as sandbox:
        admissions = Admissions(sandbox)
        spec = _spec(sandbox, redis_server, seconds=3.0, pause=0.02, threads=2, window=window)
        workers = Workers(4, spec)
        try:
            workers.go()
            time.sleep(1.0)
            redis_server.stop()
            results = workers.results()
        finally:
            workers.stop()
    for result in results:
        # Calls before the stop went through; every call after it failed with the clear
        # error before sending; none was refused by the server.
        assert result["ok"] > 0 and result["coordination"] > 0, result
        assert set(result) == {"ok", "coordination"}, result
    assert len(admissions.times) == sum(result["ok"] for result in results)
