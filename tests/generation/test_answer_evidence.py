"""Every answer body the live API is known to send (tests/evidence: WhiteBIT's Go and PHP
SDKs, WhiteBit.Net, WhiteBIT's docs, whitebit-cli's mocks; plus the 2xx examples of every
upstream revision, when ../shared is present) goes through the facade over a loopback
server: the call returns, nothing of the body is lost, every amount is an exact Decimal;
history pages walk and find the withdrawal by its key, whichever spelling they use."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from answer_evidence import all_findings, collected, load_contract, upstream_bodies
from operation_facts import python_name
from whitebit_main import WhiteBIT, errors
from whitebit_main.models import Accepted, Acknowledged, SecretAnswer
from whitebit_main_api._contract import OPERATIONS

from tests.scripted_server import ScriptedServer, raw, scripted
from tests.support import API_KEY, API_SECRET, call_arguments, decimal_view, resolve

CONTRACT = load_contract()
ENTRIES = collected(weak=True)
HISTORY = "getDepositWithdrawHistory"


def _exact(body: Any) -> Any:
    """The body as the client reads JSON: numbers as Decimal."""
    return json.loads(json.dumps(body), parse_float=Decimal)


def _reply(status: int, body: Any) -> Any:
    content = json.dumps(body).encode()
    return raw(
        f"HTTP/1.1 {status} OK",
        {"Content-Type": "application/json", "Content-Length": str(len(content))},
        content,
    )


@contextmanager
def serving(status: int, body: Any) -> Iterator[tuple[ScriptedServer, WhiteBIT]]:
    with (
        scripted(_reply(status, body)) as server,
        WhiteBIT(API_KEY, API_SECRET, base_url=server.url, rate_limit=False) as client,
    ):
        yield server, client


def _answer_schema(operation_id: str) -> Any:
    for item in CONTRACT["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                status = next(s for s in map(str, op["responses"]) if s.startswith("2"))
                media = (op["responses"][status].get("content") or {}).get("application/json")
                return (media or {}).get("schema")
    raise KeyError(operation_id)


def _same_kind(schema: Any, body: Any) -> bool:
    """Whether `body` is the kind of JSON (object, list) the schema documents."""
    schema = resolve(CONTRACT, schema)
    if not isinstance(schema, dict) or not schema:
        return True
    if schema.get("type") == "array":
        return isinstance(body, list)
    if schema.get("type") == "object" or "properties" in schema:
        return isinstance(body, dict)
    return True


def _is_flat(body: Any) -> bool:
    return isinstance(body, dict) and any(not isinstance(v, dict | list) for v in body.values())


def _call(client: WhiteBIT, operation_id: str, body: Any) -> tuple[Any, Any]:
    """(the facade's result, the body as the result's to_dict() should give it back)."""
    if operation_id == "getMainBalance":
        ticker = "BTC" if _is_flat(body) else None
        return client.get_main_balance(ticker=ticker), ({"BTC": body} if ticker else body)
    kwargs, _fields = call_arguments(operation_id)
    method = getattr(client, OPERATIONS[operation_id]["method_name"])
    return method(**kwargs), body


def _written_back(result: Any) -> Any:
    if isinstance(result, list):
        return [_written_back(item) for item in result]
    if isinstance(result, SecretAnswer):
        return result.reveal()
    to_dict = getattr(result, "to_dict", None)
    return to_dict() if callable(to_dict) else result


def _money_is_exact(parsed: Any, schema: Any, value: Any, where: str) -> None:
    """Every `format: decimal` value of `value` is, in `parsed`, a Decimal equal to it."""
    schema = resolve(CONTRACT, schema)
    if not isinstance(schema, dict) or value is None or parsed is None:
        return
    for key in ("oneOf", "anyOf"):
        for sub in schema.get(key) or []:
            _money_is_exact(parsed, sub, value, where)
    if schema.get("format") == "decimal" and not isinstance(value, dict | list | bool):
        assert isinstance(parsed, Decimal), f"{where}: {parsed!r} is not a Decimal"
        assert parsed == Decimal(str(value)), where
        return
    if isinstance(value, list) and isinstance(parsed, list):
        for index, (p, v) in enumerate(zip(parsed, value, strict=False)):
            _money_is_exact(p, schema.get("items"), v, f"{where}[{index}]")
    elif isinstance(value, dict):
        props = schema.get("properties") or {}
        for name, sub in props.items():
            spellings = [name, *(resolve(CONTRACT, sub) or {}).get("x-aliases", [])]
            found = next((s for s in spellings if s in value), None)
            if found is not None:
                inner = getattr(parsed, python_name(name), None)
                _money_is_exact(inner, sub, value[found], f"{where}.{name}")
        extra = schema.get("additionalProperties")
        if not props and isinstance(extra, dict) and hasattr(parsed, "get"):
            for key, item in value.items():
                _money_is_exact(parsed.get(key), extra, item, f"{where}[{key}]")


@pytest.mark.parametrize(
    "entry", ENTRIES, ids=[f"{e['operation']}-{e['source'].rsplit('/', 1)[-1]}" for e in ENTRIES]
)
def test_every_collected_answer_is_read_with_nothing_lost(entry: dict[str, Any]) -> None:
    body = _exact(entry["body"])
    schema = _answer_schema(entry["operation"])
    idempotent = OPERATIONS[entry["operation"]]["idempotency"] is not None
    if not idempotent and not _same_kind(schema, body):
        # Not the documented kind of JSON at all (an object where a list is documented):
        # the one case a 2xx is an error, which carries what arrived.
        with (
            serving(int(entry["status"]), entry["body"]) as (_server, client),
            pytest.raises(errors.UnexpectedResponseError) as caught,
        ):
            _call(client, entry["operation"], body)
        assert caught.value.response is not None
        assert json.loads(caught.value.response.content) == entry["body"]
        return
    with serving(int(entry["status"]), entry["body"]) as (_server, client):
        result, expected = _call(client, entry["operation"], body)
    if isinstance(result, Accepted):  # an idempotent call answers with the key it sent
        key = OPERATIONS[entry["operation"]]["idempotency"]["key"]
        assert result.unique_id == json.loads(_server.requests[-1].partition(b"\r\n\r\n")[2])[key]
        return
    if isinstance(result, Acknowledged):  # an empty list or object; keys sent anyway kept
        assert result.to_dict() == expected
        assert dict(result) == (expected if isinstance(expected, dict) else {})
        return
    assert decimal_view(_written_back(result)) == decimal_view(expected)
    _money_is_exact(result, schema, expected, entry["operation"])


def test_the_evidence_covers_what_the_issue_names() -> None:
    """The known troublemakers are in the collection (a guard against losing them)."""
    kinds = {e["kind"] for e in ENTRIES}
    assert {"captured", "sdk-test", "docs", "hand-written"} <= kinds
    flat = [e for e in ENTRIES if e["operation"] == "getMainBalance" and _is_flat(e["body"])]
    assert flat, "no one-ticker balance answer"
    records = [r for e in ENTRIES if e["operation"] == HISTORY for r in e["body"]["records"]]
    assert any("uniqueId" in r for r in records) and any("transactionId" not in r for r in records)


def test_the_contract_requires_only_what_every_known_answer_carries() -> None:
    """No answer field is `required` (a plain type) unless every known answer carries it,
    not null; every spelling seen is an alias (scripts/answer_evidence.py --fix)."""
    found = all_findings(load_contract())
    assert not found, [(f.field, f.kind, f.spelling, f.source) for f in found[:10]]


def _history_pages() -> list[tuple[str, Any]]:
    pages = [(e["source"], e["body"]) for e in ENTRIES if e["operation"] == HISTORY]
    pages += [(b.source, b.body) for b in upstream_bodies() if b.operation == HISTORY]
    return [(s, b) for s, b in pages if isinstance(b, dict) and isinstance(b.get("records"), list)]


def _first_page_then_empty(page: dict[str, Any]) -> Any:
    """The page at offset 0, an empty page after it."""
    first = json.dumps(page).encode()
    empty = json.dumps({**page, "records": []}).encode()

    def reply(conn: Any, request: bytes) -> None:
        sent = json.loads(request.partition(b"\r\n\r\n")[2])
        content = first if not sent.get("offset") else empty
        head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(content)}\r\n\r\n"
        conn.sendall(head.encode() + content)

    return reply


@pytest.mark.parametrize("source_page", _history_pages(), ids=lambda sp: str(sp[0]))
def test_every_history_page_walks_and_finds_its_withdrawal(source_page: tuple[str, Any]) -> None:
    _source, page = source_page
    records = page["records"]
    with (
        scripted(_first_page_then_empty(page)) as server,
        WhiteBIT(API_KEY, API_SECRET, base_url=server.url, rate_limit=False) as client,
    ):
        walked = list(client.iter_get_deposit_withdraw_history(transaction_method=2))
        assert [r.to_dict() for r in walked] == json.loads(json.dumps(records), parse_float=Decimal)
        keys = [r.get("uniqueId", r.get("unique_id")) for r in records]
        for key in [k for k in keys if k]:
            found = client.find_withdrawal(key)
            assert found is not None and found.unique_id == key
        assert client.find_withdrawal("a-key-no-record-has") is None
        asked = json.loads(server.requests[-1].partition(b"\r\n\r\n")[2])
    # The key filter goes out under both spellings: the server reads one of them.
    assert asked["uniqueId"] == asked["unique_id"] == "a-key-no-record-has"


def test_a_history_page_in_either_spelling_reads_the_same_attributes() -> None:
    camel = {"uniqueId": "k1", "transactionId": "t1", "amount": "1", "ticker": "BTC"}
    snake = {"unique_id": "k1", "transaction_id": "t1", "amount": "1", "ticker": "BTC"}
    from whitebit_main.models import TransactionHistory

    a, b = TransactionHistory.from_dict(camel), TransactionHistory.from_dict(snake)
    assert (a.unique_id, a.transaction_id) == (b.unique_id, b.transaction_id) == ("k1", "t1")
    assert a.to_dict() == camel and b.to_dict() == snake  # written back as it came
