"""The journal (`journal="payouts.sqlite"`): every money call is recorded before it is sent
and marked when settled; `reconcile()` settles what a lost answer, a crash or a kill left
open. The last test kills a real process mid-withdrawal and reconciles from another."""

from __future__ import annotations

import contextlib
import inspect
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from whitebit_main import AsyncWhiteBIT, Journal, RetryPolicy, WhiteBIT, errors
from whitebit_sandbox import Sandbox

from tests.support import withdrawal_record

FAST = RetryPolicy(base_delay=0.001, max_delay=0.01)
WITHDRAW = "/api/v4/main-account/withdraw"
HISTORY = "/api/v4/main-account/history"
MODES = ["sync", "async"]
ADDRESS = "0x0964A6B8F794A4B8d61b62652dB27ddC9844FB4c"
Client = WhiteBIT | AsyncWhiteBIT


class Server:
    """Withdrawals answered by `answer(key)`; the history lists `listed` (or fails)."""

    def __init__(self, answer: Callable[[str], httpx.Response]) -> None:
        self.answer = answer
        self.listed: list[str] = []
        self.history_fails = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if request.url.path == HISTORY:
            if self.history_fails:
                return httpx.Response(503)
            records = [
                withdrawal_record(key) for key in self.listed if key == body.get("unique_id")
            ]
            page = {"limit": 100, "offset": 0, "records": records, "total": len(records)}
            return httpx.Response(200, json=page)
        return self.answer(body["uniqueId"])


@contextlib.asynccontextmanager
async def client_for(mode: str, server: Server, journal: Any) -> AsyncIterator[Client]:
    options: dict[str, Any] = {"retry": FAST, "rate_limit": False, "journal": journal}
    if mode == "sync":
        with (
            httpx.Client(transport=httpx.MockTransport(server)) as http,
            WhiteBIT("k", "s", http_client=http, **options) as wb,
        ):
            yield wb
    else:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(server)) as http,
            AsyncWhiteBIT("k", "s", http_client=http, **options) as awb,
        ):
            yield awb


async def maybe(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


async def withdraw(wb: Client, key: str) -> Any:
    return await maybe(
        wb.create_withdraw(ticker="USDT", amount=Decimal("5.5"), address="0x1", unique_id=key)
    )


@pytest.mark.parametrize("mode", MODES)
async def test_each_withdrawal_is_journalled_before_it_is_sent(mode: str, tmp_path: Path) -> None:
    path = tmp_path / "payouts.sqlite"
    journal = Journal(path)
    seen_at_the_server: list[str | None] = []

    def answer(key: str) -> httpx.Response:
        entry = journal.entry(key)  # what a crash at this moment would leave behind
        seen_at_the_server.append(entry.state if entry is not None else None)
        if key == "refused":
            return httpx.Response(422, json={"code": 1, "message": "Inner validation failed"})
        return httpx.Response(503 if key == "lost" else 201, json=[])

    async with client_for(mode, Server(answer), path) as wb:
        await withdraw(wb, "paid")
        with pytest.raises(errors.InnerValidationError):
            await withdraw(wb, "refused")
        with pytest.raises(errors.OutcomeUnknownError):
            await withdraw(wb, "lost")
    assert seen_at_the_server == ["open", "open", "open", "open", "open"]  # 3 tries of "lost"
    states = {e.key: e.state for e in journal.entries()}
    assert states == {"paid": "booked", "refused": "not booked", "lost": "open"}
    body = journal.entry("paid").body  # type: ignore[union-attr]
    assert body == {"ticker": "USDT", "amount": "5.5", "address": "0x1", "uniqueId": "paid"}
    assert "nonce" not in body and "request" not in body
    journal.close()


@pytest.mark.parametrize("mode", MODES)
async def test_reconcile_reports_booked_not_booked_and_unknown(mode: str, tmp_path: Path) -> None:
    server = Server(lambda key: httpx.Response(502))
    path = tmp_path / "payouts.sqlite"
    async with client_for(mode, server, path) as wb:
        for key in ("a", "b", "c"):
            with pytest.raises(errors.OutcomeUnknownError):
                await withdraw(wb, key)
        assert set(wb.unsettled_keys()) == {"a", "b", "c"}
        # Later the history shows "a" (the lost answer was booked); "b" never arrived.
        server.listed = ["a"]
        server.history_fails = False
        first = await maybe(wb.reconcile())
        assert {(r.key, r.outcome) for r in first} == {
            ("a", "booked"),
            ("b", "not booked"),
            ("c", "not booked"),
        }
        assert wb.unsettled_keys() == {}
        assert await maybe(wb.reconcile()) == []
    with Journal(path) as journal:
        assert {e.key: e.state for e in journal.entries()} == {
            "a": "booked",
            "b": "not booked",
            "c": "not booked",
        }


@pytest.mark.parametrize("mode", MODES)
async def test_reconcile_leaves_an_entry_open_when_the_history_cannot_be_read(
    mode: str, tmp_path: Path
) -> None:
    server = Server(lambda key: httpx.Response(502))
    path = tmp_path / "payouts.sqlite"
    async with client_for(mode, server, path) as wb:
        server.history_fails = True  # the lookups inside the call fail too
        with pytest.raises(errors.OutcomeUnknownError):
            await withdraw(wb, "x")
        (report,) = await maybe(wb.reconcile())
        assert (report.key, report.outcome) == ("x", "unknown")
        assert "history could not be read" in report.detail
    with Journal(path) as journal:
        assert [e.state for e in journal.entries()] == ["open"]


def test_the_journal_option_is_checked(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="journal must be a path or a Journal"):
        WhiteBIT("k", "s", journal=42)  # type: ignore[arg-type]
    journal = Journal(tmp_path / "j.sqlite")
    with WhiteBIT("k", "s", journal=journal) as wb:
        assert wb.journal is journal and wb.with_options(retry=FAST).journal is journal
    journal.close()


SEND = """
import sys
from whitebit_main import WhiteBIT
url, key, secret, journal = sys.argv[1:5]
with WhiteBIT(key, secret, base_url=url, journal=journal, deadline=30) as wb:
    wb.create_withdraw(ticker="ETH", amount="1", address=sys.argv[5], unique_id="payout-42")
"""

RECONCILE = """
import json, sys
from whitebit_main import WhiteBIT
url, key, secret, journal = sys.argv[1:5]
with WhiteBIT(key, secret, base_url=url, journal=journal) as wb:
    print(json.dumps([[r.key, r.operation, r.outcome] for r in wb.reconcile()]))
"""


def test_a_process_killed_mid_withdrawal_is_reconciled_by_the_next(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The answer hangs until the sandbox stops: the sender must never settle it itself.
    monkeypatch.setattr("whitebit_sandbox._core._server.HANG_SECONDS", 60.0)
    journal = tmp_path / "payouts.sqlite"
    args = [sandbox.url, sandbox.api_key, sandbox.api_secret, str(journal), ADDRESS]
    sandbox.inject_fault("createWithdraw", "hang")  # booked, then the answer never comes
    sender = subprocess.Popen([sys.executable, "-c", SEND, *args])
    try:
        with sandbox.client() as wb:
            for _ in range(200):  # until the withdrawal is booked at the server
                if wb.find_withdrawal("payout-42") is not None:
                    break
                time.sleep(0.05)
            else:
                pytest.fail("the withdrawal never reached the sandbox")
        os.kill(sender.pid, signal.SIGKILL)
    finally:
        sender.kill()
        sender.wait(10)
    assert sender.returncode == -signal.SIGKILL
    with Journal(journal) as left:
        assert [(e.key, e.state) for e in left.entries()] == [("payout-42", "open")]
    done = subprocess.run(
        [sys.executable, "-c", RECONCILE, *args], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [["payout-42", "createWithdraw", "booked"]]
    with sandbox.client() as wb:
        page = wb.get_deposit_withdraw_history(transaction_method=2)
    assert [r.unique_id for r in page.records] == ["payout-42"]  # exactly one withdrawal
    with Journal(journal) as settled:
        assert [(e.key, e.state) for e in settled.entries()] == [("payout-42", "booked")]
