"""`make spec-diff`: the report and exit status a maintainer (or CI) reads before shipping a
regenerated client. 0: no breaking change, 1: breaking, 2: a file it cannot use.

Revisions are built from our contract and from the newest upstream file (skipped when
../shared/upstream-specs is absent): those of tests/spec_changes.py (shared with the
generation tests) and, here, changes to operations both bases already have.
"""

from __future__ import annotations

import copy
import functools
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import spec_diff
import spec_surface
import yaml
from spec_diff import ADDITIVE, BREAKING, NOTE, WARNING, Report

from tests import spec_changes
from tests.spec_changes import REVISIONS, Revision, operation, request_schema, success
from tests.support import ROOT, UPSTREAM_DIR, upstream_files

DIFF = ROOT / "scripts" / "spec_diff.py"
Spec = dict[str, Any]
Change = Callable[[Spec], None]
BASES = ("contract", "upstream")


@functools.cache
def base_spec(name: str) -> Spec:
    path = spec_changes.bases().get(name)
    if path is None:
        pytest.skip("../shared/upstream-specs is not available")
    return spec_changes.load(path)


@functools.cache
def base_surface(name: str) -> spec_surface.Surface:
    return spec_surface.describe(copy.deepcopy(base_spec(name)), name)


def diff(base: str, change: Change, before: Change | None = None) -> Report:
    """The report for `change` applied to a base (after `before`, when the old side needs
    something the base does not have)."""
    old_spec = copy.deepcopy(base_spec(base))
    if before is None:
        old = base_surface(base)
    else:
        before(old_spec)
        old = spec_surface.describe(old_spec, "old")
    new_spec = copy.deepcopy(old_spec)
    change(new_spec)
    return spec_diff.compare_surfaces(old, spec_surface.describe(new_spec, "new"))


# The revisions of tests/spec_changes.py, with the line each must be reported with.
EXPECTED: dict[str, tuple[str, str, str]] = {
    "new_operation_and_tag": (
        "getAccountStatement",
        ADDITIVE,
        "new operation POST /api/v4/main-account/statements",
    ),
    "new_optional_field": (
        "getDepositAddress",
        ADDITIVE,
        "request field `memoType` added (optional, str)",
    ),
    "new_required_field": (
        "getDepositAddress",
        BREAKING,
        "request field `walletKind` added (required, str)",
    ),
    "operation_removed": (
        "getMiningWorkerNames",
        BREAKING,
        "operation removed: method `get_mining_worker_names` disappears",
    ),
    "field_renamed": (
        "getDepositAddress",
        BREAKING,
        "request field `ticker` removed: argument `ticker` disappears",
    ),
    "enum_widened": (
        "transferBetweenBalances",
        ADDITIVE,
        "request field `from` also accepts ['futures']",
    ),
    "enum_narrowed": (
        "transferBetweenBalances",
        BREAKING,
        "request field `from` no longer accepts ['collateral']",
    ),
    "new_error_status": (
        "getDepositAddress",
        WARNING,
        "new documented error status 409 (raises WhiteBITError)",
    ),
    "money_retyped": (
        "getDepositAddress",
        NOTE,
        "answer field `required.fixedFee` sent as number instead of string (decimal) "
        "(still Decimal in Python)",
    ),
    "array_and_map_answers": (
        "getWithdrawLimits",
        ADDITIVE,
        "new operation POST /api/v4/main-account/limits",
    ),
    "get_with_query": ("getLedger", ADDITIVE, "new operation GET /api/v4/main-account/ledger"),
    "path_parameter": (
        "setSubAccountNote",
        ADDITIVE,
        "new operation POST /api/v4/sub-account/{subAccountId}/note",
    ),
    "new_security_scheme": (
        "getPartnerRebates",
        ADDITIVE,
        "new operation POST /api/v4/partner/rebates",
    ),
    "odd_operation_ids": ("get-ledger.v2", ADDITIVE, "new operation POST /api/v4/odd/ledger"),
}
# Revisions that must generate, and so be compared (the others must fail generation).
COMPARED = [r for r in REVISIONS if r.error is None]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("revision", COMPARED, ids=lambda r: r.name)
def test_revisions_classified(base: str, revision: Revision) -> None:
    report = diff(base, revision.change)
    assert spec_diff.exit_status(report) == (1 if revision.breaking else 0), report.operations
    if revision.name in EXPECTED:
        op_id, severity, text = EXPECTED[revision.name]
        assert text in report.texts(op_id, severity), report.operations


def test_new_security_operation_takes_a_token_argument() -> None:
    report = diff("contract", spec_changes.BY_NAME["new_security_scheme"].change)
    _before, after = report.signatures["getPartnerRebates"]
    assert after == "get_partner_rebates(month: str | None = None, jwt_token: str) -> " + (
        "GetPartnerRebatesResult"
    )
    assert report.global_changes == [
        spec_diff.Change(
            NOTE, "security scheme `PartnerToken` added (apiKey in header AUTHORIZATION)"
        )
    ]


# Changes to operations both bases have.

TOKEN_SCHEME = {"type": "apiKey", "in": "header", "name": "Authorization"}


def _scheme(spec: Spec, name: str, scheme: dict[str, Any]) -> None:
    spec.setdefault("components", {}).setdefault("securitySchemes", {})[name] = scheme


def token_instead_of_signature(spec: Spec) -> None:
    _scheme(spec, "PartnerToken", TOKEN_SCHEME)
    operation(spec, "getDepositAddress")["security"] = [{"PartnerToken": []}]


def token_as_alternative(spec: Spec) -> None:
    _scheme(spec, "PartnerToken", TOKEN_SCHEME)
    signed = spec.get("security") or spec_changes.SIGNED
    operation(spec, "getDepositAddress")["security"] = [*signed, {"PartnerToken": []}]


def schemes_renamed(spec: Spec) -> None:
    """Every scheme under a new name, used where the old names were: nothing changes."""
    schemes = spec["components"]["securitySchemes"]
    for name in list(schemes):
        schemes[f"Renamed{name}"] = schemes.pop(name)

    def rename(security: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{f"Renamed{k}": v for k, v in req.items()} for req in security]

    if "security" in spec:
        spec["security"] = rename(spec["security"])
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "security" in op:
                op["security"] = rename(op["security"])


def signing_header_renamed(spec: Spec) -> None:
    spec["components"]["securitySchemes"]["SignatureAuth"]["name"] = "X-TXC-SIGN"


def request_wire_rename(spec: Spec) -> None:
    """`transactionMethod` sent as `transaction_method`: the argument keeps its name."""
    props = request_schema(spec, "getDepositWithdrawHistory")["properties"]
    props["transaction_method"] = props.pop("transactionMethod")


def _history_record(spec: Spec) -> dict[str, Any]:
    _status, media = success(spec, "getDepositWithdrawHistory")
    answer = spec_changes._resolve(spec, media["schema"])
    records = spec_changes._resolve(spec, answer["properties"]["records"])
    record: dict[str, Any] = spec_changes._resolve(spec, records["items"])
    return record


def answer_wire_rename(spec: Spec) -> None:
    props = _history_record(spec)["properties"]
    props["Ticker"] = props.pop("ticker")


def record_aliases(spec: Spec) -> None:
    """The old side already reads `createdAt` as `created_at` too."""
    _history_record(spec)["properties"]["createdAt"]["x-aliases"] = ["created_at"]


def answer_alias_rename(spec: Spec) -> None:
    record = _history_record(spec)
    record["properties"]["created_at"] = record["properties"].pop("createdAt")
    record["properties"]["created_at"].pop("x-aliases", None)
    record["required"] = [
        "created_at" if name == "createdAt" else name for name in record.get("required", [])
    ]


def answer_field_removed(spec: Spec) -> None:
    del _history_record(spec)["properties"]["fee"]


def answer_field_added(spec: Spec) -> None:
    _history_record(spec)["properties"]["note"] = {"type": "string"}


def answer_money_to_integer(spec: Spec) -> None:
    _history_record(spec)["properties"]["fee"] = {"type": "integer"}


def _balance_entry(spec: Spec) -> dict[str, Any]:
    _status, media = success(spec, "getMainBalance")
    answer = spec_changes._resolve(spec, media["schema"])
    entry: dict[str, Any] = spec_changes._resolve(spec, answer["additionalProperties"])
    return entry


def map_value_field_removed(spec: Spec) -> None:
    props = _balance_entry(spec)["properties"]
    del props["main_balance"]


def _payout_answer(spec: Spec) -> dict[str, Any]:
    _status, media = success(spec, "getMiningPayoutDestination")
    answer = spec_changes._resolve(spec, media["schema"])
    field: dict[str, Any] = spec_changes._resolve(spec, answer["properties"]["payoutDestination"])
    return field


def answer_enum_widened(spec: Spec) -> None:
    _payout_answer(spec)["enum"].append("sub_account")


def answer_enum_narrowed(spec: Spec) -> None:
    _payout_answer(spec)["enum"].remove("external_address")


def _address_answer(spec: Spec) -> dict[str, Any]:
    _status, media = success(spec, "getDepositAddress")
    answer: dict[str, Any] = spec_changes._resolve(spec, media["schema"])
    return answer


def account_always_sent(spec: Spec) -> None:
    _address_answer(spec)["required"] = ["account"]


def account_optional(spec: Spec) -> None:
    _address_answer(spec).pop("required", None)


def account_nullable(spec: Spec) -> None:
    spec_changes._resolve(spec, _address_answer(spec)["properties"]["account"])["nullable"] = True


def request_money_to_number(spec: Spec) -> None:
    props = request_schema(spec, "transferBetweenBalances")["properties"]
    props["amount"] = {"type": "number"}


def request_string_to_integer(spec: Spec) -> None:
    request_schema(spec, "getDepositAddress")["properties"]["network"] = {"type": "integer"}


def request_enum_dropped(spec: Spec) -> None:
    del request_schema(spec, "transferBetweenBalances")["properties"]["from"]["enum"]


def request_enum_imposed(spec: Spec) -> None:
    props = request_schema(spec, "getDepositAddress")["properties"]
    props["network"] = {"type": "string", "enum": ["ERC20", "TRC20"]}


def request_field_optional(spec: Spec) -> None:
    request_schema(spec, "getDepositAddress")["required"].remove("ticker")


def _query(name: str, required: bool) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": {"type": "string"}}


def required_query_parameter(spec: Spec) -> None:
    operation(spec, "getDepositAddress")["parameters"] = [_query("chain", True)]


def optional_query_parameter(spec: Spec) -> None:
    operation(spec, "getDepositAddress")["parameters"] = [_query("chain", False)]


def ticker_in_query(spec: Spec) -> None:
    """`ticker` leaves the body for the query string: same argument, another place."""
    schema = request_schema(spec, "getDepositAddress")
    del schema["properties"]["ticker"]
    schema["required"].remove("ticker")
    operation(spec, "getDepositAddress")["parameters"] = [_query("ticker", True)]


def sent_as_get(spec: Spec) -> None:
    for item in spec["paths"].values():
        if item.get("post", {}).get("operationId") == "getDepositAddress":
            item["get"] = item.pop("post")


def path_moved(spec: Spec) -> None:
    for path in list(spec["paths"]):
        if spec["paths"][path].get("post", {}).get("operationId") == "getDepositAddress":
            spec["paths"]["/api/v5/main-account/address"] = spec["paths"].pop(path)


def success_status_changed(spec: Spec) -> None:
    op = operation(spec, "getDepositAddress")
    status, _media = success(spec, "getDepositAddress")
    op["responses"]["201"] = op["responses"].pop(status)


def error_status_dropped(spec: Spec) -> None:
    del operation(spec, "getDepositAddress")["responses"]["503"]


def operation_id_case(spec: Spec) -> None:
    operation(spec, "getDepositAddress")["operationId"] = "GetDepositAddress"


def operation_id_odd(spec: Spec) -> None:
    operation(spec, "getDepositAddress")["operationId"] = "get-deposit-address.v2"


def _beneficiary(spec: Spec) -> dict[str, Any]:
    props = request_schema(spec, "createWithdraw")["properties"]
    schema: dict[str, Any] = spec_changes._resolve(spec, props["beneficiary"])
    return schema


def nested_required_field(spec: Spec) -> None:
    schema = _beneficiary(spec)
    schema["properties"]["middleName"] = {"type": "string"}
    schema.setdefault("required", []).append("middleName")


def new_optional_object_with_required_field(spec: Spec) -> None:
    props = request_schema(spec, "createWithdraw")["properties"]
    props["complianceCheck"] = {
        "type": "object",
        "required": ["originator"],
        "properties": {"originator": {"type": "string"}},
    }


def nested_wire_rename(spec: Spec) -> None:
    props = _beneficiary(spec)["properties"]
    props["first_name"] = props.pop("firstName")


@dataclass(frozen=True)
class Case:
    name: str
    change: Change
    op_id: str
    severity: str
    text: str
    before: Change | None = None

    @property
    def status(self) -> int:
        return 1 if self.severity == BREAKING else 0


HMAC = "HMAC signature (X-TXC-APIKEY, X-TXC-PAYLOAD, X-TXC-SIGNATURE)"
CASES = (
    Case(
        "security HMAC -> Authorization header",
        token_instead_of_signature,
        "getDepositAddress",
        BREAKING,
        f"authorisation {HMAC} -> token in Authorization header",
    ),
    Case(
        "security: none any more",
        lambda spec: operation(spec, "getDepositAddress").update(security=[]),
        "getDepositAddress",
        BREAKING,
        f"authorisation {HMAC} -> no credentials",
    ),
    Case(
        "security: one more alternative",
        token_as_alternative,
        "getDepositAddress",
        ADDITIVE,
        f"authorisation {HMAC} -> {HMAC} or token in Authorization header (one more way)",
    ),
    Case(
        "security: a signing header renamed",
        signing_header_renamed,
        "getDepositAddress",
        BREAKING,
        f"authorisation {HMAC} -> HMAC signature (X-TXC-APIKEY, X-TXC-PAYLOAD, X-TXC-SIGN)",
    ),
    Case(
        "request: wire-only rename",
        request_wire_rename,
        "getDepositWithdrawHistory",
        BREAKING,
        "request field `transactionMethod` renamed on the wire to `transaction_method` "
        "(argument `transaction_method` unchanged): a client generated from the old file "
        "sends a name the API no longer uses",
    ),
    Case(
        "request: nested wire rename",
        nested_wire_rename,
        "createWithdraw",
        BREAKING,
        "request field `beneficiary.firstName` renamed on the wire to `beneficiary.first_name` "
        "(callers now write the key `first_name`): a client generated from the old file sends "
        "a name the API no longer uses",
    ),
    Case(
        "answer: wire-only rename",
        answer_wire_rename,
        "getDepositWithdrawHistory",
        BREAKING,
        "answer field `records[].ticker` renamed on the wire to `records[].Ticker` (attribute "
        "`ticker` unchanged): a client generated from the old file reads a name the API no "
        "longer uses",
    ),
    Case(
        "answer: rename the client already reads",
        answer_alias_rename,
        "getDepositWithdrawHistory",
        NOTE,
        "answer field `records[].createdAt` is now spelled `records[].created_at` (attribute "
        "`created_at` unchanged; the client handles both spellings)",
        before=record_aliases,
    ),
    Case(
        "answer: array item field removed",
        answer_field_removed,
        "getDepositWithdrawHistory",
        BREAKING,
        "answer field `records[].fee` removed",
    ),
    Case(
        "answer: array item field added",
        answer_field_added,
        "getDepositWithdrawHistory",
        ADDITIVE,
        "answer field `records[].note` added (str)",
    ),
    Case(
        "answer: money retyped to integer",
        answer_money_to_integer,
        "getDepositWithdrawHistory",
        BREAKING,
        "answer field `records[].fee` retyped Decimal -> int",
    ),
    Case(
        "answer: map value field removed",
        map_value_field_removed,
        "getMainBalance",
        BREAKING,
        "answer field `*.main_balance` removed",
    ),
    Case(
        "answer: enum widened",
        answer_enum_widened,
        "getMiningPayoutDestination",
        WARNING,
        "answer field `payoutDestination` may now also be ['sub_account']",
    ),
    Case(
        "answer: enum narrowed",
        answer_enum_narrowed,
        "getMiningPayoutDestination",
        ADDITIVE,
        "answer field `payoutDestination` is no longer ['external_address']",
    ),
    Case(
        "answer: field no longer always sent",
        account_optional,
        "getDepositAddress",
        BREAKING,
        "answer field `account` may now be absent (model | Unset)",
        before=account_always_sent,
    ),
    Case(
        "answer: field may be null",
        account_nullable,
        "getDepositAddress",
        BREAKING,
        "answer field `account` may now be null",
    ),
    Case(
        "request: money retyped string -> number",
        request_money_to_number,
        "transferBetweenBalances",
        NOTE,
        "request field `amount` declared string (decimal) -> number "
        "(still Decimal | int | str in Python)",
    ),
    Case(
        "request: str -> int",
        request_string_to_integer,
        "getDepositAddress",
        BREAKING,
        "request field `network` retyped: str -> int",
    ),
    Case(
        "request: enum dropped",
        request_enum_dropped,
        "transferBetweenBalances",
        ADDITIVE,
        "request field `from` no longer limited to ['main', 'spot', 'collateral']",
    ),
    Case(
        "request: enum imposed",
        request_enum_imposed,
        "getDepositAddress",
        BREAKING,
        "request field `network` now limited to ['ERC20', 'TRC20']",
    ),
    Case(
        "request: field made optional",
        request_field_optional,
        "getDepositAddress",
        ADDITIVE,
        "request field `ticker` is now optional",
    ),
    Case(
        "request: nested required field in an object callers send",
        nested_required_field,
        "createWithdraw",
        BREAKING,
        "request field `beneficiary.middleName` added (required, str)",
    ),
    Case(
        "request: required field inside a new optional object",
        new_optional_object_with_required_field,
        "createWithdraw",
        ADDITIVE,
        "request field `complianceCheck.originator` added (required, str)",
    ),
    Case(
        "parameters: new required query parameter",
        required_query_parameter,
        "getDepositAddress",
        BREAKING,
        "query parameter `chain` added (required, str)",
    ),
    Case(
        "parameters: new optional query parameter",
        optional_query_parameter,
        "getDepositAddress",
        ADDITIVE,
        "query parameter `chain` added (optional, str)",
    ),
    Case(
        "parameters: body field moved to the query",
        ticker_in_query,
        "getDepositAddress",
        BREAKING,
        "request field `ticker` moves to the query as `ticker` (argument `ticker` unchanged): "
        "a client generated from the old file sends it where the API no longer reads it",
    ),
    Case(
        "idempotency key declared: the method returns the key",
        lambda spec: operation(spec, "getDepositAddress").update(
            {"x-idempotency": {"key": "network"}}
        ),
        "getDepositAddress",
        BREAKING,
        "returns Accepted instead of GetDepositAddressResult",
    ),
    Case("HTTP method", sent_as_get, "getDepositAddress", BREAKING, "HTTP method POST -> GET"),
    Case(
        "path",
        path_moved,
        "getDepositAddress",
        BREAKING,
        "path /api/v4/main-account/address -> /api/v5/main-account/address",
    ),
    Case(
        "success status",
        success_status_changed,
        "getDepositAddress",
        BREAKING,
        "success status 200 -> 201",
    ),
    Case(
        "error status no longer documented",
        error_status_dropped,
        "getDepositAddress",
        ADDITIVE,
        "error status 503 no longer documented",
    ),
    Case(
        "odd operationId, same method",
        operation_id_case,
        "GetDepositAddress",
        NOTE,
        "operationId was 'getDepositAddress' (method `get_deposit_address` unchanged)",
    ),
    Case(
        "odd operationId, new method",
        operation_id_odd,
        "getDepositAddress",
        BREAKING,
        "operation removed: method `get_deposit_address` disappears",
    ),
)


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_change_classified(base: str, case: Case) -> None:
    report = diff(base, case.change, case.before)
    assert case.text in report.texts(case.op_id, case.severity), report.operations
    assert spec_diff.exit_status(report) == case.status, report.operations


@pytest.mark.parametrize("base", BASES)
def test_scheme_names_do_not_matter(base: str) -> None:
    report = diff(base, schemes_renamed)
    assert report.operations == {}
    assert spec_diff.exit_status(report) == 0
    assert {c.severity for c in report.global_changes} == {NOTE}


@pytest.mark.parametrize("base", BASES)
def test_identical_files_report_nothing(base: str) -> None:
    report = diff(base, lambda spec: None)
    assert report.all_changes() == []
    assert spec_diff.exit_status(report) == 0


def test_signature_shows_parameters_and_types() -> None:
    report = diff("contract", required_query_parameter)
    before, after = report.signatures["getDepositAddress"]
    assert before is not None and after is not None
    assert after.startswith("get_deposit_address(ticker: str, chain: str, network: str | None")
    assert "chain" not in before


# The command line and make: tiny files, so each run is quick.

TINY: Spec = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/api/v4/a": {
            "post": {
                "operationId": "moveFunds",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["ticker", "request", "nonce"],
                                "properties": {
                                    "ticker": {"type": "string"},
                                    "amount": {"type": "string"},
                                    "request": {"type": "string"},
                                    "nonce": {"type": "string"},
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "201": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"id": {"type": "string"}},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/api/v4/b": {
            "post": {"operationId": "getThings", "responses": {"200": {"description": "ok"}}}
        },
    },
}


def files(tmp_path: Path, change: Change) -> tuple[Path, Path]:
    new = copy.deepcopy(TINY)
    change(new)
    old_file, new_file = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old_file.write_text(yaml.safe_dump(TINY))
    new_file.write_text(yaml.safe_dump(new))
    return old_file, new_file


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(DIFF), *map(str, args)], capture_output=True, text=True, check=False
    )


def breaking_and_more(spec: Spec) -> None:
    del spec["paths"]["/api/v4/b"]
    body = spec["paths"]["/api/v4/a"]["post"]["requestBody"]["content"]["application/json"]
    body["schema"]["properties"]["memo"] = {"type": "string"}
    body["schema"]["properties"]["nonce"] = {"type": "integer"}


def test_report_groups_changes_per_operation(tmp_path: Path) -> None:
    old, new = files(tmp_path, breaking_and_more)
    done = run(old, new)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines()[2:] == [
        "getThings: get_things (POST /api/v4/b)",
        "  BREAKING  operation removed: method `get_things` disappears",
        "  was       get_things() -> Any",
        "",
        "moveFunds: move_funds (POST /api/v4/a)",
        "  additive  request field `memo` added (optional, str)",
        "  method    move_funds(ticker: str, amount: Decimal | int | str | None = None, "
        "memo: str | None = None) -> MoveFundsResult",
        "  was       move_funds(ticker: str, amount: Decimal | int | str | None = None) -> "
        "MoveFundsResult",
        "",
        "Whole file:",
        "  note      signing envelope `nonce` declared as ['string'] -> ['integer'] (the "
        "client's signing handles it)",
        "",
        "Summary: 1 breaking, 0 warning, 1 additive, 1 note.",
        "Breaking changes: callers must change code (exit 1).",
    ]


def test_no_breaking_change_exits_0(tmp_path: Path) -> None:
    old, new = files(
        tmp_path,
        lambda s: s["paths"]["/api/v4/a"]["post"]["responses"].update(
            {"409": {"description": "conflict"}}
        ),
    )
    done = run(old, new)
    assert done.returncode == 0, done.stderr
    assert "  warning   new documented error status 409 (raises WhiteBITError)" in done.stdout
    assert done.stdout.endswith("No breaking changes.\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("openapi: [\n", "not valid YAML"),
        ("swagger: '2.0'\n", "not an OpenAPI 3 document"),
        (
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {/a: {post: {}}}\n",
            "operationId",
        ),
    ],
)
def test_unusable_file_exits_2(
    tmp_path: Path, content: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(yaml.safe_dump(TINY))
    bad.write_text(content)
    assert spec_diff.main([str(good), str(bad)]) == 2
    out, err = capsys.readouterr()
    assert err.startswith(f"error: {bad}")
    assert message in err
    assert out == ""


def test_missing_file_and_wrong_arguments_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(TINY))
    assert spec_diff.main([str(good), str(tmp_path / "nope.yaml")]) == 2
    assert "cannot read file" in capsys.readouterr().err
    for wrong in ([str(good)], [str(good), str(good), str(good)]):
        with pytest.raises(SystemExit) as stopped:
            spec_diff.main(wrong)
        assert stopped.value.code == 2
        assert "error:" in capsys.readouterr().err


def test_undefined_security_scheme_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def undefined(spec: Spec) -> None:
        spec["paths"]["/api/v4/b"]["post"]["security"] = [{"Nowhere": []}]

    old, new = files(tmp_path, undefined)
    assert spec_diff.main([str(old), str(new)]) == 2
    err = capsys.readouterr().err
    assert "security names an undefined scheme 'Nowhere'" in err
    assert "paths./api/v4/b.post.security" in err


def test_a_file_it_cannot_describe_exits_2_not_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """1 must only ever mean "breaking": an unforeseen failure is unusable input."""

    def broken(path: Path) -> spec_surface.Surface:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(spec_diff, "load_surface", broken)
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(TINY))
    assert spec_diff.main([str(good), str(good)]) == 2
    assert "error: could not compare the files (RecursionError" in capsys.readouterr().err


def make(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "spec-diff", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_make_passes_the_exit_status_through(tmp_path: Path) -> None:
    old, new = files(tmp_path, breaking_and_more)
    breaking = make(tmp_path, f"OLD={old}", f"NEW={new}")
    assert breaking.returncode == 1, breaking.stderr
    assert "  BREAKING  operation removed: method `get_things` disappears" in breaking.stdout
    same = make(tmp_path, f"OLD={old}", f"NEW={old}")
    assert same.returncode == 0, same.stderr
    assert "No breaking changes." in same.stdout
    unusable = make(tmp_path, f"OLD={old}", f"NEW={tmp_path / 'nope.yaml'}")
    assert unusable.returncode == 2
    assert "cannot read file" in unusable.stderr
    usage = make(tmp_path, f"OLD={old}")
    assert usage.returncode == 2
    assert "usage: make spec-diff OLD=<file> NEW=<file>" in usage.stderr


# Real upstream revisions.


def revision(name: str) -> Path:
    upstream_files()
    return next(UPSTREAM_DIR.glob(f"main_api_v4.{name}.*.yaml"))


@pytest.mark.slow  # reads two upstream revisions
def test_real_nonce_type_change() -> None:
    report = spec_diff.compare(revision("2026-05-15"), revision("2026-06-08"))
    assert spec_diff.exit_status(report) == 0
    assert [c.text for c in report.global_changes] == [
        "signing envelope `nonce` declared as ['string'] -> ['integer'] (the client's "
        "signing handles it)"
    ]
    assert report.texts("getMiningRewards", ADDITIVE) == [
        "answer field `data[].status` added (str one of ['pending', 'successful', 'canceled'])"
    ]
    # Error statuses WhiteBIT documented in June: reported, each with the exception it raises.
    warnings = {op: report.texts(op, WARNING) for op in report.operations}
    assert warnings["createWithdraw"] == ["new documented error status 412 (raises WhiteBITError)"]
    assert warnings["getMainBalance"] == [
        "new documented error status 422 (raises InnerValidationError)"
    ]
    assert report.texts("getMainBalance", ADDITIVE) == ["error status 400 no longer documented"]


@pytest.mark.slow  # reads two upstream revisions
def test_real_operation_added_in_july() -> None:
    report = spec_diff.compare(revision("2026-06-17"), revision("2026-07-06"))
    assert spec_diff.exit_status(report) == 0
    assert report.texts("confirmSubAccountWithdrawal", ADDITIVE) == [
        "new operation POST /api/v4/sub-account/withdraw/confirm"
    ]
    assert "request field `customerIp` added (optional, str)" in report.texts(
        "createWithdraw", ADDITIVE
    )
    assert report.signatures["confirmSubAccountWithdrawal"] == (
        None,
        "confirm_sub_account_withdrawal(id: str) -> ConfirmSubAccountWithdrawalResult",
    )


@pytest.mark.slow  # reads two upstream revisions
def test_real_breaking_change_in_july() -> None:
    report = spec_diff.compare(revision("2026-07-14"), revision("2026-07-24"))
    assert spec_diff.exit_status(report) == 1
    breaking = [
        (op, c.text) for op, cs in report.operations.items() for c in cs if c.severity == BREAKING
    ]
    assert breaking == [("createSubAccountApiKey", "request field `title` is now required")]


# Through the command line as well (reading and validating the files): one of each kind.
CLI_REVISIONS = [
    spec_changes.BY_NAME[name]
    for name in (
        "new_required_field",
        "enum_narrowed",
        "operation_removed",
        "money_retyped",
        "new_error_status",
        "new_security_scheme",
        "get_with_query",
    )
]


@pytest.mark.slow  # each run reads and validates the newest upstream file twice
@pytest.mark.parametrize("revision_", CLI_REVISIONS, ids=lambda r: r.name)
def test_command_line_exit_status_per_revision(tmp_path: Path, revision_: Revision) -> None:
    upstream = spec_changes.newest_upstream()
    if upstream is None:
        pytest.skip("../shared/upstream-specs is not available")
    new = spec_changes.write(revision_.build(spec_changes.load(upstream)), tmp_path / "new.yaml")
    done = run(upstream, new)
    assert done.returncode == (1 if revision_.breaking else 0), done.stdout + done.stderr


def test_a_schema_that_contains_itself_is_compared(tmp_path: Path) -> None:
    def recursive(spec: Spec) -> None:
        spec["components"] = {
            "schemas": {
                "Node": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "children": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Node"},
                        },
                    },
                }
            }
        }
        spec["paths"]["/api/v4/b"]["post"]["responses"]["200"]["content"] = {
            "application/json": {"schema": {"$ref": "#/components/schemas/Node"}}
        }

    def labelled(spec: Spec) -> None:
        recursive(spec)
        spec["components"]["schemas"]["Node"]["properties"]["label"] = {"type": "string"}

    before = copy.deepcopy(TINY)
    recursive(before)
    after = copy.deepcopy(TINY)
    labelled(after)
    report = spec_diff.compare_surfaces(
        spec_surface.describe(before, "old"), spec_surface.describe(after, "new")
    )
    assert report.texts("getThings", ADDITIVE) == ["answer field `label` added (str)"]
    assert spec_diff.exit_status(report) == 0


def test_shared_responses_and_request_bodies_are_followed() -> None:
    """`$ref`s to components/responses and components/requestBodies are read through."""

    def shared(spec: Spec) -> None:
        op = spec["paths"]["/api/v4/a"]["post"]
        spec["components"] = {
            "requestBodies": {"Move": op.pop("requestBody")},
            "responses": {"Moved": op["responses"].pop("201")},
        }
        op["requestBody"] = {"$ref": "#/components/requestBodies/Move"}
        op["responses"]["201"] = {"$ref": "#/components/responses/Moved"}

    def changed(spec: Spec) -> None:
        shared(spec)
        moved = spec["components"]["responses"]["Moved"]["content"]["application/json"]
        del moved["schema"]["properties"]["id"]
        body = spec["components"]["requestBodies"]["Move"]["content"]["application/json"]
        body["schema"]["properties"]["memo"] = {"type": "string"}

    before, after = copy.deepcopy(TINY), copy.deepcopy(TINY)
    shared(before)
    changed(after)
    report = spec_diff.compare_surfaces(
        spec_surface.describe(before, "old"), spec_surface.describe(after, "new")
    )
    assert report.texts("moveFunds", BREAKING) == ["answer field `id` removed"]
    assert report.texts("moveFunds", ADDITIVE) == ["request field `memo` added (optional, str)"]
    _before, signature = report.signatures["moveFunds"]
    assert signature is not None and "nonce" not in signature and "request" not in signature


def test_an_operation_our_overlay_names_removed_is_breaking_not_unusable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # spec-diff merges openapi/overlay.yaml onto both files, as `make generate` does; a
    # file without an operation the overlay names is still a file to compare.
    spec = yaml.safe_load((ROOT / "openapi" / "main_api_v4.yaml").read_text(encoding="utf-8"))
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(spec))
    for path, item in list(spec["paths"].items()):
        if any(op.get("operationId") == "createWithdraw" for op in item.values()):
            del spec["paths"][path]
    new.write_text(yaml.safe_dump(spec))
    assert spec_diff.main([str(old), str(new)]) == 1
    out, _err = capsys.readouterr()
    assert "createWithdraw" in out
    assert "operation removed" in out or "removed" in out
