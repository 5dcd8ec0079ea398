"""The pytest plugin's `whitebit_rate_limits` fixture: overridden to False, the sandbox
lets a burst past WhiteBIT's per-operation limit; by default it refuses it with 429."""

from __future__ import annotations

import pytest
from whitebit_main import RetryPolicy, errors
from whitebit_main_api._contract import OPERATIONS
from whitebit_sandbox import Sandbox

LIMIT = OPERATIONS["getWebSocketToken"]["rate_limit"][0]  # 10 a minute: the tightest


@pytest.fixture
def whitebit_rate_limits() -> bool:
    return False


def test_a_burst_past_the_limit_passes_when_limits_are_off(whitebit_sandbox: Sandbox) -> None:
    with whitebit_sandbox.client(retry=RetryPolicy.none(), rate_limit=False) as wb:
        tokens = {wb.get_web_socket_token().websocket_token for _ in range(LIMIT + 2)}
    assert len(tokens) == 1  # the same token, every time: no request refused


def test_by_default_the_sandbox_refuses_the_burst() -> None:
    with Sandbox() as sb, sb.client(retry=RetryPolicy.none(), rate_limit=False) as wb:
        for _ in range(LIMIT):
            wb.get_web_socket_token()
        with pytest.raises(errors.RateLimitError):
            wb.get_web_socket_token()
