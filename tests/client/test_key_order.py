"""Strict nonces reach the server in order from every thread and event loop of the process;
the key's ordering lock is never leaked by a cancelled or vanished waiter."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from whitebit_main import NonceSource, WhiteBITAuth
from whitebit_main._signing._nonce import KeyOrder

SECRET = "order-test-secret"
URL = "http://whitebit.test/api/v4/main-account/balance"
THREADS, THREAD_CALLS = 3, 120
LOOPS, TASKS, TASK_CALLS = 2, 4, 30


class StrictServer:
    """Refuses, like WhiteBIT, any nonce not larger than the last one that arrived. Each
    request first spends a random moment "on the network", where a later one may overtake."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.last = 0
        self.accepted = 0
        self.refused = 0

    def _arrive(self, request: httpx.Request) -> httpx.Response:
        nonce = json.loads(request.content)["nonce"]
        with self._lock:
            if nonce <= self.last:
                self.refused += 1
                return httpx.Response(429, json={"message": "Too many requests."})
            self.last = nonce
            self.accepted += 1
        return httpx.Response(200, json={})

    def sync_transport(self) -> httpx.MockTransport:
        def handler(request: httpx.Request) -> httpx.Response:
            time.sleep(random.random() / 5000)
            return self._arrive(request)

        return httpx.MockTransport(handler)

    def async_transport(self) -> httpx.MockTransport:
        async def handler(request: httpx.Request) -> httpx.Response:
            await asyncio.sleep(random.random() / 5000)
            return self._arrive(request)

        return httpx.MockTransport(handler)


def hammer(source: NonceSource) -> StrictServer:
    """THREADS sync threads and LOOPS event loops (in threads of their own, TASKS tasks
    each) calling one key at once; what the server saw."""
    server = StrictServer()
    start = threading.Barrier(THREADS + LOOPS)
    crashes: list[BaseException] = []

    def sync_caller() -> None:
        auth = WhiteBITAuth("k", SECRET, nonces=source)
        with httpx.Client(transport=server.sync_transport(), auth=auth) as http:
            start.wait()
            for _ in range(THREAD_CALLS):
                http.post(URL, json={})

    async def tasks() -> None:
        auth = WhiteBITAuth("k", SECRET, nonces=source)
        async with httpx.AsyncClient(transport=server.async_transport(), auth=auth) as http:

            async def task() -> None:
                for _ in range(TASK_CALLS):
                    await http.post(URL, json={})

            start.wait()
            await asyncio.gather(*(task() for _ in range(TASKS)))

    def guarded(work: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            try:
                work()
            except BaseException as exc:
                crashes.append(exc)

        return run

    workers = [threading.Thread(target=guarded(sync_caller)) for _ in range(THREADS)]
    loop_caller = guarded(lambda: asyncio.run(tasks()))
    workers += [threading.Thread(target=loop_caller) for _ in range(LOOPS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert not any(worker.is_alive() for worker in workers), "callers deadlocked"
    assert crashes == []
    return server


def test_threads_and_two_event_loops_on_one_key_are_never_refused() -> None:
    server = hammer(NonceSource())
    assert server.refused == 0
    assert server.accepted == THREADS * THREAD_CALLS + LOOPS * TASKS * TASK_CALLS


def test_the_verifier_sees_overtaking_when_nothing_keeps_the_order() -> None:
    source = NonceSource()
    source.in_order = contextlib.nullcontext()  # type: ignore[assignment]
    assert hammer(source).refused > 0


# ---------------------------------------------------------------- waiters that leave the line


async def test_a_task_cancelled_in_line_leaves_it() -> None:
    order = KeyOrder()
    order.acquire()
    task = asyncio.create_task(order.acquire_async())
    await asyncio.sleep(0)  # now waiting in line
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    order.release()
    assert not order.locked()


async def test_a_task_cancelled_after_the_handover_passes_the_lock_on() -> None:
    order = KeyOrder()
    order.acquire()
    first = asyncio.create_task(order.acquire_async())
    second = asyncio.create_task(order.acquire_async())
    await asyncio.sleep(0)
    order.release()  # handed to `first`, which has not run since
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    await asyncio.wait_for(second, 1)  # `first` passed it on
    assert order.locked()
    order.release()
    assert not order.locked()


def test_a_waiter_whose_loop_closed_is_skipped() -> None:
    order = KeyOrder()
    order.acquire()
    loop = asyncio.new_event_loop()
    task = loop.create_task(order.acquire_async())
    loop.run_until_complete(asyncio.sleep(0.001))  # the task waits in line
    loop.close()
    order.release()
    assert not order.locked()
    assert not task.done()  # it never got the lock, and never will


def test_threads_and_tasks_take_turns_in_arrival_order() -> None:
    order = KeyOrder()
    order.acquire()
    turns: list[str] = []
    in_line = threading.Semaphore(0)

    def thread(name: str) -> None:
        in_line.release()
        with order:
            turns.append(name)

    async def task(name: str) -> None:
        async with order:
            turns.append(name)

    def loop_thread(name: str) -> None:
        async def main() -> None:
            waiting = asyncio.create_task(task(name))
            await asyncio.sleep(0)
            in_line.release()
            await waiting

        asyncio.run(main())

    workers = []
    for i, target in enumerate([thread, loop_thread, thread, loop_thread]):
        worker = threading.Thread(target=target, args=(f"{target.__name__}-{i}",))
        worker.start()
        in_line.acquire()
        while len(order._waiters) <= i:  # in line before the next one arrives
            time.sleep(0.001)
        workers.append(worker)
    order.release()
    for worker in workers:
        worker.join(5)
    assert turns == ["thread-0", "loop_thread-1", "thread-2", "loop_thread-3"]
    assert not order.locked()
