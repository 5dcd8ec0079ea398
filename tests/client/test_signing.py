"""The auth hook and the nonce source."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import threading

import httpx
from whitebit_main import NonceSource, WhiteBITAuth
from whitebit_main._signing._nonce import nonce_source_for


class FixedNonces(NonceSource):
    def __init__(self, value: int) -> None:
        super().__init__()
        self.value = value

    def next(self) -> int:
        return self.value


def test_known_answer_headers_and_exact_body_bytes() -> None:
    key, secret, nonce = "4e2f1d3c", "5b8a9c0d1e2f", 1594297865000
    path = "/api/v4/main-account/smart-flex/investments/withdraw"
    auth = WhiteBITAuth(key, secret, nonces=FixedNonces(nonce))
    request = httpx.Request(
        "POST",
        f"https://whitebit.com{path}",
        json={"plan": "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f", "amount": "500.25"},
    )
    signed = next(auth.auth_flow(request))

    body = (
        b'{"plan":"8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f","amount":"500.25",'
        b'"request":"/api/v4/main-account/smart-flex/investments/withdraw",'
        b'"nonce":1594297865000}'
    )
    payload = base64.b64encode(body).decode()
    signature = hmac.new(secret.encode(), payload.encode(), hashlib.sha512).hexdigest()
    assert signed.content == body
    assert b"".join(signed.stream) == body  # type: ignore[arg-type]
    assert signed.headers["Content-Length"] == str(len(body))
    assert signed.headers["X-TXC-APIKEY"] == key
    assert signed.headers["X-TXC-PAYLOAD"] == payload
    assert signed.headers["X-TXC-SIGNATURE"] == signature
    assert signed.headers["Content-Type"] == "application/json"


def test_nonce_window_flag_is_sent_when_asked() -> None:
    auth = WhiteBITAuth("k", "s", nonce_window=True, nonces=FixedNonces(5))
    request = next(auth.auth_flow(httpx.Request("POST", "https://h/api/v4/x", json={})))
    assert json.loads(request.content) == {"request": "/api/v4/x", "nonce": 5, "nonceWindow": True}


def test_auth_repr_hides_the_secret() -> None:
    auth = WhiteBITAuth("key-1", "super-secret-value")
    assert "super-secret-value" not in repr(auth)


def test_nonces_are_unique_and_increasing_across_16_threads() -> None:
    source = NonceSource()
    order_lock = threading.Lock()
    assigned: list[int] = []

    def worker() -> None:
        for _ in range(2000):
            with order_lock:  # record in the order they were handed out
                assigned.append(source.next())

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(assigned) == 32_000
    assert all(a < b for a, b in itertools.pairwise(assigned))


def test_nonces_from_unsynchronised_threads_never_repeat() -> None:
    source = NonceSource()
    per_thread: list[list[int]] = [[] for _ in range(16)]

    def worker(out: list[int]) -> None:
        for _ in range(2000):
            out.append(source.next())

    threads = [threading.Thread(target=worker, args=(out,)) for out in per_thread]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [n for out in per_thread for n in out]
    assert len(set(everything)) == len(everything) == 32_000
    for out in per_thread:  # each thread sees its own nonces strictly increase
        assert all(a < b for a, b in itertools.pairwise(out))


async def test_nonces_for_5000_concurrent_tasks() -> None:
    source = NonceSource()
    assigned: list[int] = []

    async def task() -> None:
        await asyncio.sleep(0)
        assigned.append(source.next())

    await asyncio.gather(*(task() for _ in range(5000)))
    assert len(set(assigned)) == 5000
    assert all(a < b for a, b in itertools.pairwise(assigned))


def test_nonce_runs_ahead_of_a_stalled_clock_instead_of_repeating() -> None:
    source = NonceSource(clock_ns=lambda: 1_700_000_000_000 * 1_000_000)
    assert [source.next() for _ in range(3)] == [
        1_700_000_000_000,
        1_700_000_000_001,
        1_700_000_000_002,
    ]


def test_clients_with_the_same_key_share_one_nonce_source() -> None:
    assert nonce_source_for("shared-key") is nonce_source_for("shared-key")
    assert nonce_source_for("shared-key") is not nonce_source_for("other-key")
