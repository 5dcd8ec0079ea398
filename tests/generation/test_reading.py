"""The readers every generated model uses (whitebit_main_api._reading) and the rules that
give a regenerated upstream file the same tolerance as our contract."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from alias_rules import ALIASES, KEYED_BY, mark_aliases, mark_keyed_by, other_spelling
from prepare_spec import load_yaml
from spec_walk import operations, resolve
from whitebit_main.models import FeeInfo, GetMainBalanceResult, TransactionHistory
from whitebit_main_api import _reading as r

from tests.support import SPEC_PATH, upstream_revisions


@pytest.mark.parametrize(
    ("raw", "flag"),
    [
        (True, True),
        (False, False),
        ("1", True),
        ("0", False),
        (1, True),
        (0, False),
        ("true", True),
        ("False", False),
    ],
)
def test_flags_sent_as_numbers_or_words_are_booleans(raw: Any, flag: bool) -> None:
    assert r.boolean(raw) is flag


@pytest.mark.parametrize("raw", ["yes", 2, None, [], "01"])
def test_other_values_are_no_flag(raw: Any) -> None:
    with pytest.raises(r.Unfit):
        r.boolean(raw)


def test_numbers_where_text_is_documented_keep_their_digits() -> None:
    assert r.text(12) == "12" and r.text(Decimal("0.10")) == "0.10"
    with pytest.raises(r.Unfit):
        r.text(True)


def test_integers_from_their_text_but_not_from_fractions() -> None:
    assert r.integer("1593437922") == 1593437922 and r.integer(Decimal("5")) == 5
    for bad in ("1.5", Decimal("1.5"), True, "x", "9" * 41):
        with pytest.raises(r.Unfit):
            r.integer(bad)


def test_fees_with_flags_as_strings_read_as_booleans() -> None:
    fee = FeeInfo.from_dict({"ticker": "BTC", "can_deposit": "0", "can_withdraw": "1"})
    assert fee.can_deposit is False and fee.can_withdraw is True


def test_a_field_read_under_either_spelling_is_written_back_under_it() -> None:
    record = TransactionHistory.from_dict({"transactionId": "t", "amount": "+0.5", "x": 1})
    assert record.transaction_id == "t" and record.amount == Decimal("0.5")
    assert record["x"] == 1
    assert record.to_dict() == {"transactionId": "t", "amount": "0.5", "x": 1}


def test_a_map_entry_that_does_not_fit_is_set_aside_not_mixed_in() -> None:
    balances = GetMainBalanceResult.from_dict({"BTC": {"main_balance": "1"}, "odd": "text"})
    assert list(balances) == ["BTC"] and balances.unparsed == {"odd": "text"}
    assert balances.to_dict() == {"BTC": {"main_balance": "1"}, "odd": "text"}


def test_a_model_is_read_only_from_an_object() -> None:
    for bad in ([["BTC", {}]], "text", None):
        with pytest.raises(TypeError):
            TransactionHistory.from_dict(bad)  # type: ignore[arg-type]


def test_one_entry_is_read_into_the_mapping_under_the_key_asked_for() -> None:
    parse = r.one_entry("USDT", GetMainBalanceResult.from_dict)
    assert parse({"main_balance": "2"})["USDT"].main_balance == Decimal(2)
    assert parse({"USDT": {"main_balance": "3"}})["USDT"].main_balance == Decimal(3)
    assert list(r.one_entry(None, GetMainBalanceResult.from_dict)({"BTC": {}})) == ["BTC"]


def _stated(spec: dict[str, Any], key: str) -> set[tuple[str, str]]:
    """(operation, field) pairs under answers that carry `key` in their schemas."""
    found: set[tuple[str, str]] = set()

    def visit(node: Any, op_id: str, depth: int) -> None:
        node = resolve(spec, node)
        if depth > 20 or not isinstance(node, dict):
            return
        for name, sub in (node.get("properties") or {}).items():
            if key in (resolve(spec, sub) or {}):
                found.add((op_id, name))
            visit(sub, op_id, depth + 1)
        for sub_key in ("items", "additionalProperties"):
            visit(node.get(sub_key), op_id, depth + 1)
        for sub in [*(node.get("oneOf") or []), *(node.get("anyOf") or [])]:
            visit(sub, op_id, depth + 1)

    for _path, _method, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            if str(status).startswith("2"):
                media = ((response or {}).get("content") or {}).get("application/json") or {}
                visit(media.get("schema"), op["operationId"], 0)
    return found


def test_every_alias_of_the_contract_is_one_the_upstream_rule_derives() -> None:
    """Our aliases are all 'the other case spelling', the rule a regenerated upstream file
    gets: nothing the contract knows is lost by regenerating."""
    contract = load_yaml(SPEC_PATH)
    stated = _stated(contract, ALIASES)
    assert stated
    for _op, name in stated:
        assert other_spelling(name) is not None
    derived = copy.deepcopy(contract)
    for node in _all_dicts(derived):
        node.pop(ALIASES, None)
    mark_aliases(derived)
    assert stated <= _stated(derived, ALIASES)


def _all_dicts(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        return [node, *(d for v in node.values() for d in _all_dicts(v))]
    if isinstance(node, list):
        return [d for v in node for d in _all_dicts(v)]
    return []


@pytest.mark.parametrize("path", upstream_revisions()[-1:], ids=lambda p: p.name)
def test_the_newest_upstream_file_gets_the_one_ticker_balance_rule(path: Any) -> None:
    spec = load_yaml(path)
    mark_keyed_by(spec)
    flagged = {
        op["operationId"]
        for _p, _m, op in operations(spec)
        for status, response in (op.get("responses") or {}).items()
        if isinstance(response, dict) and response.get(KEYED_BY) == "ticker"
    }
    assert "getMainBalance" in flagged
