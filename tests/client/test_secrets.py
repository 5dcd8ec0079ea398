"""The API secret, signatures and payloads never show in logs, reprs, errors or pickles."""

from __future__ import annotations

import logging
import pickle

import httpx
import pytest
from whitebit_main import RetryPolicy, WhiteBIT, WhiteBITAuth, errors
from whitebit_sandbox import Sandbox

PLAN = "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f"


class HeaderRecorder:
    """Remembers every signature and payload the client sent, to search for them later."""

    def __init__(self) -> None:
        self.values: set[str] = set()

    def __call__(self, request: httpx.Request) -> None:
        for name in ("X-TXC-SIGNATURE", "X-TXC-PAYLOAD"):
            if name in request.headers:
                self.values.add(request.headers[name])


def test_debug_logs_and_errors_never_hold_secret_signature_or_payload(
    caplog: pytest.LogCaptureFixture, sandbox: Sandbox
) -> None:
    caplog.set_level(logging.DEBUG)  # root: ours, httpx's and httpcore's records alike
    recorder = HeaderRecorder()
    texts: list[str] = []
    secret = sandbox.api_secret
    with (
        httpx.Client(event_hooks={"request": [recorder]}) as http,
        WhiteBIT(
            sandbox.api_key,
            secret,
            base_url=sandbox.url,
            http_client=http,
            retry=RetryPolicy.none(),
        ) as wb,
    ):
        wb.get_main_balance(ticker="USDT")
        wb.create_flex_investment(plan=PLAN, amount="100")
        wb.withdraw_from_flex_investment(plan=PLAN, amount="10")
        for bad in ("1000000", "0.0000001"):
            with pytest.raises(errors.WhiteBITError) as caught:
                wb.withdraw_from_flex_investment(plan=PLAN, amount=bad)
            texts += [str(caught.value), repr(caught.value), repr(caught.value.args)]
        texts += [repr(wb), str(wb), repr(wb._auth), repr(wb._settings)]
    with WhiteBIT(
        sandbox.api_key, "wrong-" + secret, base_url=sandbox.url, retry=RetryPolicy.none()
    ) as wrong:
        with pytest.raises(errors.AuthenticationError) as denied:
            wrong.get_main_balance()
        texts += [str(denied.value), repr(denied.value)]
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.args) for record in caplog.records]
    assert len(recorder.values) >= 10
    assert any("withdrawFromFlexInvestment" in t for t in texts)
    for text in texts:
        assert secret not in text
        for value in recorder.values:
            assert value not in text


def test_clients_and_auth_refuse_to_be_pickled() -> None:
    with WhiteBIT("key", "pickled-secret") as wb:
        for thing in (wb, wb._auth, wb._settings, WhiteBITAuth("k", "s")):
            with pytest.raises(TypeError, match="cannot be pickled"):
                pickle.dumps(thing)
