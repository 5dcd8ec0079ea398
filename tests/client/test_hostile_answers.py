"""Whatever a server or proxy answers, a call returns a model or raises a WhiteBITError."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whitebit_main import RetryPolicy, WhiteBIT, errors
from whitebit_main_api._contract import OPERATIONS
from whitebit_main_api._examples import SUCCESS_EXAMPLES

from tests.upstream_smoke import arguments

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


def mutations(example: Any) -> st.SearchStrategy[Any]:
    """The documented body with fields dropped, retyped or added, or something else."""
    if not isinstance(example, dict):
        return json_values
    keys = sorted(example)
    mutated = st.fixed_dictionaries({}).flatmap(
        lambda _: st.builds(
            lambda drop, retype, extra, value: {
                **{k: v for k, v in example.items() if k not in drop},
                **({retype: value} if retype else {}),
                **extra,
            },
            st.sets(st.sampled_from(keys)) if keys else st.just(set()),
            st.sampled_from(keys) if keys else st.none(),
            st.dictionaries(st.text(max_size=6), json_values, max_size=2),
            json_values,
        )
    )
    return mutated | json_values


RAW_BODIES = st.sampled_from(
    [
        b"",
        b"<html><body>502 Bad Gateway</body></html>",
        b'{"data": {"transaction_id": ',
        b"\xff\xfe\x00",
        b"null",
        b"[]",
        b'"text"',
        b"{}",
    ]
)
STATUSES = st.sampled_from([200, 201, 204, 301, 400, 401, 403, 404, 418, 422, 429, 500, 503])


@contextlib.contextmanager
def answer_with(status: int, content: bytes, **options: Any) -> Iterator[WhiteBIT]:
    """A client whose every call gets this answer; it and its http client are closed on
    the way out."""
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=content))
    with (
        httpx.Client(transport=transport) as http,
        WhiteBIT(
            "k", "s", http_client=http, retry=RetryPolicy.none(), rate_limit=False, **options
        ) as wb,
    ):
        yield wb


def call(op_id: str, status: int, content: bytes) -> None:
    facts = OPERATIONS[op_id]
    with answer_with(status, content) as wb, contextlib.suppress(errors.WhiteBITError):
        getattr(wb, facts["method_name"])(**arguments(facts))


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_answer_is_a_model_or_a_whitebit_error(op_id: str, data: st.DataObject) -> None:
    status = data.draw(STATUSES)
    documented_status, example = SUCCESS_EXAMPLES[op_id]
    if data.draw(st.booleans()):
        content = data.draw(RAW_BODIES)
    else:
        content = json.dumps(data.draw(mutations(example))).encode()
    if data.draw(st.booleans()):
        status = documented_status
    call(op_id, status, content)  # anything but a WhiteBITError fails the test


@pytest.mark.slow  # parses 10+ MB answers
def test_a_big_answer_parses_when_the_cap_allows_it() -> None:
    tickers = {f"T{n:07d}": {"main_balance": f"{n}.12345678"} for n in range(250_000)}
    big = json.dumps(tickers).encode()
    assert len(big) > 10 * 1024 * 1024
    with (
        answer_with(200, big) as wb,
        pytest.raises(errors.UnexpectedResponseError, match="larger than 8388608 bytes"),
    ):
        wb.get_main_balance()
    with answer_with(200, big, max_answer_bytes=16 * 1024 * 1024) as wb:
        result = wb.get_main_balance()
    assert len(result) == len(tickers)
    assert result["T0249999"].main_balance == Decimal("249999.12345678")
    # a ten-million-digit "balance" is not a quantity: it reads as None (kept as it came)
    absurd = json.dumps({"BTC": {"main_balance": "1" * (10 * 1024 * 1024)}}).encode()
    with answer_with(200, absurd, max_answer_bytes=16 * 1024 * 1024) as wb:
        assert wb.get_main_balance()["BTC"].main_balance is None
    with (
        answer_with(200, b"[" * (10 * 1024 * 1024), max_answer_bytes=1 << 24) as wb,
        pytest.raises(errors.UnexpectedResponseError),
    ):
        wb.get_main_balance()


def test_unknown_enum_value_in_a_success_body_is_kept() -> None:
    _status, example = SUCCESS_EXAMPLES["getMiningRewards"]
    body = json.loads(json.dumps(example))
    body["data"][0]["status"] = "a-status-added-next-year"
    with answer_with(200, json.dumps(body).encode()) as wb:
        result = wb.get_mining_rewards(account="miner")
    assert result.data[0].status == "a-status-added-next-year"
