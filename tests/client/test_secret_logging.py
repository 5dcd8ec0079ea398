"""DEBUG logs hide every `x-secret` field of a call, sent or answered, sync and async."""

from __future__ import annotations

import copy
import json
import logging
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock
from whitebit_main import AsyncWhiteBIT, RetryPolicy, WhiteBIT, errors
from whitebit_main._http import _logging
from whitebit_main.models import SecretAnswer
from whitebit_main_api._contract import OPERATIONS

from tests.secret_values import SecretMaker, plant
from tests.support import (
    API_KEY,
    API_SECRET,
    call_arguments,
    load_spec,
    spec_operations,
    success_example,
)

SPEC = load_spec()
OPS = spec_operations(SPEC)
SECRET_OPS = sorted(
    op_id
    for op_id, facts in OPERATIONS.items()
    if facts["request_secrets"] or facts["answer_secrets"]
)


def url_of(op_id: str) -> str:
    facts = OPERATIONS[op_id]
    return (facts["server"] or "https://whitebit.com") + facts["path"]


class Call:
    """One call of `op_id` with fresh secrets in its fields and in its documented answer."""

    def __init__(self, op_id: str) -> None:
        facts = OPERATIONS[op_id]
        self.op_id = op_id
        self.secrets = SecretMaker()
        _kwargs, body = call_arguments(op_id)
        for path, kind in facts["request_secrets"].items():
            body = plant(body, path, kind, self.secrets, schema=facts["body"])
        names = {json_name: name for name, json_name in facts["arguments"].items()}
        self.kwargs = {names[key]: value for key, value in body.items()}
        if facts["auth"] == "jwt":
            self.kwargs["jwt_token"] = "jwt-from-issue-jwt-token"
        self.status, answer = success_example(SPEC, OPS[op_id][1])
        for path, kind in facts["answer_secrets"].items():
            answer = plant(answer, path, kind, self.secrets, spec=SPEC, schema=answer_schema(op_id))
        self.answer = answer

    def answer_with(self, httpx_mock: HTTPXMock) -> None:
        httpx_mock.add_response(
            url=url_of(self.op_id), method="POST", status_code=self.status, json=self.answer
        )

    def method(self, client: WhiteBIT | AsyncWhiteBIT) -> Any:
        return getattr(client, OPERATIONS[self.op_id]["method_name"])

    def check(self, result: Any, caplog: pytest.LogCaptureFixture, httpx_mock: HTTPXMock) -> None:
        assert self.secrets.planted
        sent = "".join(request.content.decode() for request in httpx_mock.get_requests())
        logged = log_texts(caplog)
        assert any(f"<- {self.op_id}" in text for text in logged)
        for value in self.secrets.planted:
            # each secret really travelled (sent, or answered and parsed) ...
            assert value in sent or value in json.dumps(plain(result))
            # ... and shows in no log record
            assert all(value not in text for text in logged), value
        for masked in self.secrets.masked:
            assert any(masked in text for text in logged)
        # documented secret fields are redacted; an undocumented secret answer is wrapped
        assert all(value not in repr(result) for value in self.secrets.planted)


def answer_schema(op_id: str) -> Any:
    op = OPS[op_id][1]
    status = str(success_example(SPEC, op)[0])
    media = (op["responses"][status].get("content") or {}).get("application/json") or {}
    return media.get("schema")


def plain(result: Any) -> Any:
    if isinstance(result, list):
        return [plain(item) for item in result]
    if isinstance(result, SecretAnswer):
        return result.reveal()
    return result.to_dict() if hasattr(result, "to_dict") else result


def log_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    records = caplog.records
    return [record.getMessage() for record in records] + [repr(r.args) for r in records]


@pytest.mark.parametrize("op_id", SECRET_OPS)
def test_sync_debug_log_and_repr_hide_secrets(
    op_id: str, client: WhiteBIT, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # root: ours, httpx's and httpcore's records alike
    call = Call(op_id)
    call.answer_with(httpx_mock)
    result = call.method(client)(**copy.deepcopy(call.kwargs))
    call.check(result, caplog, httpx_mock)


@pytest.mark.parametrize("op_id", SECRET_OPS)
async def test_async_debug_log_and_repr_hide_secrets(
    op_id: str,
    async_client: AsyncWhiteBIT,
    httpx_mock: HTTPXMock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    call = Call(op_id)
    call.answer_with(httpx_mock)
    result = await call.method(async_client)(**copy.deepcopy(call.kwargs))
    call.check(result, caplog, httpx_mock)


def test_the_secret_operations_cover_requests_and_answers() -> None:
    assert {"issueCardToken", "createWithdraw", "applyCode"} <= set(SECRET_OPS)
    assert {"createSubAccountApiKey", "issueJwtToken", "getWebSocketToken"} <= set(SECRET_OPS)


def test_a_non_json_answer_that_may_hold_a_secret_is_not_logged(
    client: WhiteBIT, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    body = b"apiSecret=leaked-by-a-proxy-8f1"
    httpx_mock.add_response(url=url_of("createSubAccountApiKey"), status_code=201, content=body)
    with pytest.raises(errors.WhiteBITError):
        client.create_sub_account_api_key(type=1, sub_account_id="s", title="t")
    logged = log_texts(caplog)
    assert all("leaked-by-a-proxy" not in text for text in logged)
    assert any(f"<{len(body)} bytes, not JSON" in text for text in logged)


def test_an_error_answer_keeps_its_numeric_code_in_the_log(
    client: WhiteBIT, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    error = {"code": 30, "message": "Inner validation failed", "errors": {"amount": ["low"]}}
    httpx_mock.add_response(url=url_of("createCode"), status_code=422, json=error)
    with pytest.raises(errors.WhiteBITError):
        client.create_code(ticker="USDT", amount="1", passphrase="Sk-pass-77a")
    logged = "\n".join(log_texts(caplog))
    assert '"code": 30' in logged
    assert "Sk-pass-77a" not in logged


def test_nothing_is_redacted_while_debug_is_off(
    monkeypatch: pytest.MonkeyPatch, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="whitebit_main")

    def refuse(*_args: object) -> Any:
        raise AssertionError("redaction ran with DEBUG off")

    monkeypatch.setattr(_logging, "redact", refuse)
    monkeypatch.setattr(_logging, "answer_preview", refuse)
    httpx_mock.add_response(json={"websocket_token": "tok"})
    with WhiteBIT(API_KEY, API_SECRET, retry=RetryPolicy.none()) as wb:
        assert wb.get_web_socket_token().websocket_token == "tok"


@pytest.mark.parametrize(
    ("paths", "value", "shown"),
    [
        ({"*.key": "redact"}, {"a": {"key": "s1", "n": 1}}, {"a": {"key": "***", "n": 1}}),
        ({"data[].key": "redact"}, {"data": [{"key": "s"}, {}]}, {"data": [{"key": "***"}, {}]}),
        ({"a": "redact", "a.b": "card"}, {"a": {"b": "4111111111111111"}}, {"a": {"b": "***"}}),
        ({"": "redact"}, [{"t": "s", "n": 5, "ok": True}], [{"t": "***", "n": "***", "ok": True}]),
        ({"card": "card"}, {"card": "4111 1111 1111 1111"}, {"card": "************1111"}),
        ({"card": "card"}, {"card": "12345"}, {"card": "***"}),
        ({"key": "redact"}, {"key": None}, {"key": None}),
    ],
)
def test_redact_by_compiled_paths(paths: dict[str, str], value: Any, shown: Any) -> None:
    assert _logging.redact(value, _logging.compile_paths(paths)) == shown


def test_an_unknown_operation_logs_its_fields_as_they_are(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="whitebit_main")
    request = httpx.Request("POST", "https://whitebit.com/x")
    _logging.log_request("noSuchOperation", request, {"field": "value"}, 1)
    assert '"field": "value"' in caplog.records[-1].getMessage()
