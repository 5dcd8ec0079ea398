"""Realistic future revisions of a spec, built from a base file: what WhiteBIT may publish next.

Each `Revision` changes one thing in a deep copy of a base spec (our contract, or the newest
upstream file in ../shared/upstream-specs when it is there) and says what should follow:
- `error`: None when generation must succeed, else a fragment of the one-line error it must
  fail with, and `where` the spot in the spec that line must name;
- `breaking`: whether a caller's code must change (what `make spec-diff` exits 1 for);
- `call`: one call of the regenerated facade and the request a loopback server must see
  (method, path, query, JSON body fields, token header); None when there is nothing to call
  (an operation removed: then `gone` names the method that must no longer exist).

The builders only read operations both bases have, so every revision works on either.
Hostile values (a finder name holding code, `.nan` and unquoted dates, `requests: 0`) are
put in as Python values; `yaml.safe_dump` writes them the way a YAML author would
(`.nan`, `2026-09-01`).
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Spec = dict[str, Any]

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "openapi" / "main_api_v4.yaml"
UPSTREAM_DIR = ROOT.parent / "shared" / "upstream-specs"

JSON = "application/json"
SIGNED = [{"ApiKeyAuth": [], "PayloadAuth": [], "SignatureAuth": []}]


@dataclass(frozen=True)
class Call:
    """One call of the regenerated client and the request it must send."""

    method_name: str
    kwargs: dict[str, Any]
    http_method: str
    path: str
    body: dict[str, Any]  # the JSON fields besides the envelope (request, nonce)
    query: dict[str, str] = field(default_factory=dict)
    signed: bool = True  # X-TXC-* headers; False: `token` in Authorization instead
    token: str | None = None


@dataclass(frozen=True)
class Revision:
    name: str
    change: Callable[[Spec], None]  # edits the spec in place
    breaking: bool
    call: Call | None = None
    error: str | None = None
    where: str | None = None
    gone: str | None = None  # a method the regenerated client must not have

    def build(self, base: Spec) -> Spec:
        spec = copy.deepcopy(base)
        self.change(spec)
        return spec


def newest_upstream() -> Path | None:
    """The newest published upstream revision, or None when ../shared is not there."""
    files = sorted(UPSTREAM_DIR.glob("main_api_v4.*.yaml")) if UPSTREAM_DIR.is_dir() else []
    return files[-1] if files else None


def bases() -> dict[str, Path]:
    """The files revisions are built from: "contract" always, "upstream" when present."""
    found = {"contract": CONTRACT}
    upstream = newest_upstream()
    if upstream is not None:
        found["upstream"] = upstream
    return found


def load(path: Path) -> Spec:
    data: Spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def write(spec: Spec, path: Path) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


# Reaching into a spec.


def operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def _resolve(spec: Spec, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def request_schema(spec: Spec, operation_id: str) -> dict[str, Any]:
    op = operation(spec, operation_id)
    schema: dict[str, Any] = _resolve(spec, op["requestBody"]["content"][JSON]["schema"])
    return schema


def success(spec: Spec, operation_id: str) -> tuple[str, dict[str, Any]]:
    """(status, JSON media object) of an operation's success answer."""
    op = operation(spec, operation_id)
    status = next(s for s in op["responses"] if str(s).startswith("2"))
    media: dict[str, Any] = op["responses"][status]["content"][JSON]
    return str(status), media


def _json_answer(schema: dict[str, Any], example: Any, status: str = "200") -> dict[str, Any]:
    return {
        status: {
            "description": "Success",
            "content": {JSON: {"schema": schema, "example": example}},
        }
    }


def _error(description: str, message: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {
            JSON: {
                "schema": {"type": "object", "properties": {"message": {"type": "string"}}},
                "example": {"code": 0, "message": message},
            }
        },
    }


def _body(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return {"required": True, "content": {JSON: {"schema": schema}}}


def _add(spec: Spec, path: str, method: str, op: dict[str, Any]) -> None:
    spec["paths"].setdefault(path, {})[method] = op


# The revisions.


def new_operation_and_tag(spec: Spec) -> None:
    spec.setdefault("tags", []).append({"name": "Statements", "description": "Statements."})
    entry = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "amount": {"type": "string"}},
    }
    answer = {
        "type": "object",
        "properties": {"statements": {"type": "array", "items": entry}},
    }
    _add(
        spec,
        "/api/v4/main-account/statements",
        "post",
        {
            "tags": ["Statements"],
            "summary": "Account statement",
            "operationId": "getAccountStatement",
            "requestBody": _body({"ticker": {"type": "string", "example": "USDT"}}, ["ticker"]),
            "responses": _json_answer(answer, {"statements": [{"id": "s1", "amount": "1.5"}]}),
        },
    )


def new_optional_field(spec: Spec) -> None:
    props = request_schema(spec, "getDepositAddress")["properties"]
    props["memoType"] = {"type": "string", "description": "Memo kind.", "example": "text"}


def new_required_field(spec: Spec) -> None:
    schema = request_schema(spec, "getDepositAddress")
    schema["properties"]["walletKind"] = {"type": "string", "example": "hot"}
    schema.setdefault("required", []).append("walletKind")


def operation_removed(spec: Spec) -> None:
    for path, item in list(spec["paths"].items()):
        if item.get("post", {}).get("operationId") == "getMiningWorkerNames":
            del spec["paths"][path]


def field_renamed(spec: Spec) -> None:
    schema = request_schema(spec, "getDepositAddress")
    schema["properties"]["asset"] = schema["properties"].pop("ticker")
    schema["required"] = ["asset" if r == "ticker" else r for r in schema["required"]]
    example = success(spec, "getDepositAddress")[1]  # answers unchanged
    assert "example" in example


def _transfer_from(spec: Spec) -> dict[str, Any]:
    schema: dict[str, Any] = request_schema(spec, "transferBetweenBalances")["properties"]["from"]
    return schema


def enum_widened(spec: Spec) -> None:
    _transfer_from(spec)["enum"].append("futures")


def enum_narrowed(spec: Spec) -> None:
    _transfer_from(spec)["enum"].remove("collateral")


def new_error_status(spec: Spec) -> None:
    op = operation(spec, "getDepositAddress")
    op["responses"]["409"] = _error("Conflict", "Address is being rotated.")


def money_retyped(spec: Spec) -> None:
    """A fee documented as a decimal string is now a JSON number (the Python type stays
    Decimal); the documented example carries a number too."""
    _status, media = success(spec, "getDepositAddress")
    answer = _resolve(spec, media["schema"])
    fee = answer["properties"]["required"]["properties"]["fixedFee"]
    fee.clear()
    fee.update({"type": "number", "description": "Fixed deposit fee."})
    example = copy.deepcopy(media.get("example") or {})
    example.setdefault("required", {})["fixedFee"] = 0.0001
    media["example"] = example


def array_and_map_answers(spec: Spec) -> None:
    item = {
        "type": "object",
        "properties": {"ticker": {"type": "string"}, "amount": {"type": "string"}},
    }
    _add(
        spec,
        "/api/v4/main-account/holds",
        "post",
        {
            "tags": ["Main Account"],
            "operationId": "listHolds",
            "responses": _json_answer(
                {"type": "array", "items": item}, [{"ticker": "BTC", "amount": "0.1"}]
            ),
        },
    )
    _add(
        spec,
        "/api/v4/main-account/limits",
        "post",
        {
            "tags": ["Main Account"],
            "operationId": "getWithdrawLimits",
            "responses": _json_answer(
                {"type": "object", "additionalProperties": item},
                {"BTC": {"ticker": "BTC", "amount": "2"}},
            ),
        },
    )


def get_with_query(spec: Spec) -> None:
    _add(
        spec,
        "/api/v4/main-account/ledger",
        "get",
        {
            "tags": ["Main Account"],
            "operationId": "getLedger",
            "parameters": [
                {"name": "ticker", "in": "query", "required": True, "schema": {"type": "string"}},
                {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                },
            ],
            "responses": _json_answer(
                {"type": "object", "properties": {"total": {"type": "integer"}}}, {"total": 3}
            ),
        },
    )


def path_parameter(spec: Spec) -> None:
    _add(
        spec,
        "/api/v4/sub-account/{subAccountId}/note",
        "post",
        {
            "tags": ["Sub-Account"],
            "operationId": "setSubAccountNote",
            "parameters": [
                {
                    "name": "subAccountId",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                }
            ],
            "requestBody": _body({"note": {"type": "string"}}, ["note"]),
            "responses": _json_answer(
                {"type": "object", "properties": {"note": {"type": "string"}}}, {"note": "x"}
            ),
        },
    )


def new_security_scheme(spec: Spec) -> None:
    """A partner operation authorised by a token in the Authorization header, under a scheme
    name no code knows."""
    spec.setdefault("components", {}).setdefault("securitySchemes", {})["PartnerToken"] = {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
    }
    _add(
        spec,
        "/api/v4/partner/rebates",
        "post",
        {
            "tags": ["Main Account"],
            "operationId": "getPartnerRebates",
            "security": [{"PartnerToken": []}],
            "requestBody": _body({"month": {"type": "string"}}, []),
            "responses": _json_answer(
                {"type": "object", "properties": {"total": {"type": "string"}}}, {"total": "1"}
            ),
        },
    )


def odd_operation_ids(spec: Spec) -> None:
    answer = {"type": "object", "properties": {"ok": {"type": "boolean"}}}
    for path, op_id in (("/api/v4/odd/ledger", "get-ledger.v2"), ("/api/v4/odd/class", "class")):
        _add(
            spec,
            path,
            "post",
            {
                "tags": ["Main Account"],
                "operationId": op_id,
                "responses": _json_answer(answer, {"ok": True}),
            },
        )


# Hostile values.


def finder_name_with_code(spec: Spec) -> None:
    schema = request_schema(spec, "createWithdraw")
    key = "uniqueId" if "uniqueId" in schema["properties"] else "unique_id"
    operation(spec, "createWithdraw")["x-idempotency"] = {
        "key": key,
        "find": {
            "method": "x(self): pass\nimport os; os.system('echo pwned')\n    def y",
            "operation": "getDepositWithdrawHistory",
            "filter": key,
        },
    }


def nan_example(spec: Spec) -> None:
    _status, media = success(spec, "getDepositAddress")
    example = copy.deepcopy(media.get("example") or {})
    example.setdefault("required", {})["fixedFee"] = float("nan")
    media["example"] = example


def unquoted_date_example(spec: Spec) -> None:
    _status, media = success(spec, "getDepositAddress")
    example = copy.deepcopy(media.get("example") or {})
    example["checkedOn"] = datetime.date(2026, 9, 1)
    media["example"] = example


def date_extension(spec: Spec) -> None:
    operation(spec, "getDepositAddress")["x-since"] = datetime.date(2026, 9, 1)


def rate_limit_zero(spec: Spec) -> None:
    operation(spec, "getDepositAddress")["x-rate-limit"] = {"requests": 0, "per_seconds": 10}


def hostile_text(spec: Spec) -> None:
    """Text that would end a docstring or a string literal, control characters, a
    backslash escape: in summaries, descriptions, enum values and a tag name."""
    op = operation(spec, "getDepositAddress")
    op["summary"] = 'Deposit """address\\ \x00 \u2028 end'
    op["description"] = '"""\nimport os\nos.system("echo pwned")\n"""\\N{\x07'
    props = request_schema(spec, "getDepositAddress")["properties"]
    props["ticker"]["description"] = '"""; \x00 \\'
    props["ticker"]["enum"] = ['BTC"""', "it's", "\\", "\x00"]
    spec.setdefault("tags", []).append({"name": 'T"""\x00'})
    op["tags"] = ['T"""\x00']


def operation_named_like_a_client_method(spec: Spec) -> None:
    """`close` is the client's own method: the operation would be unreachable."""
    _add(
        spec,
        "/api/v4/main-account/close",
        "post",
        {
            "tags": ["Main Account"],
            "operationId": "close",
            "responses": _json_answer({"type": "object"}, {}),
        },
    )


ADDRESS = "/api/v4/main-account/address"
TRANSFER = "/api/v4/main-account/transfer"

REVISIONS: tuple[Revision, ...] = (
    Revision(
        "new_operation_and_tag",
        new_operation_and_tag,
        breaking=False,
        call=Call(
            "get_account_statement",
            {"ticker": "USDT"},
            "POST",
            "/api/v4/main-account/statements",
            {"ticker": "USDT"},
        ),
    ),
    Revision(
        "new_optional_field",
        new_optional_field,
        breaking=False,
        call=Call(
            "get_deposit_address",
            {"ticker": "BTC", "memo_type": "text"},
            "POST",
            ADDRESS,
            {"ticker": "BTC", "memoType": "text"},
        ),
    ),
    Revision(
        "new_required_field",
        new_required_field,
        breaking=True,
        call=Call(
            "get_deposit_address",
            {"ticker": "BTC", "wallet_kind": "hot"},
            "POST",
            ADDRESS,
            {"ticker": "BTC", "walletKind": "hot"},
        ),
    ),
    Revision("operation_removed", operation_removed, breaking=True, gone="get_mining_worker_names"),
    Revision(
        "field_renamed",
        field_renamed,
        breaking=True,
        call=Call("get_deposit_address", {"asset": "BTC"}, "POST", ADDRESS, {"asset": "BTC"}),
    ),
    Revision(
        "enum_widened",
        enum_widened,
        breaking=False,
        call=Call(
            "transfer_between_balances",
            {"ticker": "USDT", "amount": "5", "from_": "futures", "to": "main"},
            "POST",
            TRANSFER,
            {"ticker": "USDT", "amount": "5", "from": "futures", "to": "main"},
        ),
    ),
    Revision(
        "enum_narrowed",
        enum_narrowed,
        breaking=True,
        call=Call(
            "transfer_between_balances",
            {"ticker": "USDT", "amount": "5", "from_": "spot", "to": "main"},
            "POST",
            TRANSFER,
            {"ticker": "USDT", "amount": "5", "from": "spot", "to": "main"},
        ),
    ),
    Revision(
        "new_error_status",
        new_error_status,
        breaking=False,
        call=Call("get_deposit_address", {"ticker": "BTC"}, "POST", ADDRESS, {"ticker": "BTC"}),
    ),
    Revision(
        "money_retyped",
        money_retyped,
        breaking=False,
        call=Call("get_deposit_address", {"ticker": "BTC"}, "POST", ADDRESS, {"ticker": "BTC"}),
    ),
    Revision(
        "array_and_map_answers",
        array_and_map_answers,
        breaking=False,
        call=Call("list_holds", {}, "POST", "/api/v4/main-account/holds", {}),
    ),
    Revision(
        "map_answer",
        array_and_map_answers,
        breaking=False,
        call=Call("get_withdraw_limits", {}, "POST", "/api/v4/main-account/limits", {}),
    ),
    Revision(
        "get_with_query",
        get_with_query,
        breaking=False,
        call=Call(
            "get_ledger",
            {"ticker": "BTC", "limit": 5},
            "GET",
            "/api/v4/main-account/ledger",
            {},
            query={"ticker": "BTC", "limit": "5"},
        ),
    ),
    Revision(
        "path_parameter",
        path_parameter,
        breaking=False,
        call=Call(
            "set_sub_account_note",
            {"sub_account_id": "a b/7", "note": "hi"},
            "POST",
            "/api/v4/sub-account/a%20b%2F7/note",
            {"note": "hi"},
        ),
    ),
    Revision(
        "new_security_scheme",
        new_security_scheme,
        breaking=False,
        call=Call(
            "get_partner_rebates",
            {"month": "2026-09", "jwt_token": "partner-token-1"},
            "POST",
            "/api/v4/partner/rebates",
            {"month": "2026-09"},
            signed=False,
            token="partner-token-1",
        ),
    ),
    Revision(
        "odd_operation_ids",
        odd_operation_ids,
        breaking=False,
        call=Call("get_ledger_v2", {}, "POST", "/api/v4/odd/ledger", {}),
    ),
    Revision(
        "finder_name_with_code",
        finder_name_with_code,
        breaking=False,
        error="is not a valid method name",
        where="x-idempotency.find.method",
    ),
    Revision(
        "nan_example",
        nan_example,
        breaking=False,
        error="NaN",
        where="paths./api/v4/main-account/address.post.responses.200.content",
    ),
    Revision(
        "unquoted_date_example",
        unquoted_date_example,
        breaking=False,
        call=Call("get_deposit_address", {"ticker": "BTC"}, "POST", ADDRESS, {"ticker": "BTC"}),
    ),
    Revision(
        "date_extension",
        date_extension,
        breaking=False,
        call=Call("get_deposit_address", {"ticker": "BTC"}, "POST", ADDRESS, {"ticker": "BTC"}),
    ),
    Revision(
        "hostile_text",
        hostile_text,
        breaking=True,  # the ticker's enum narrowed to these values
        call=Call(
            "get_deposit_address",
            {"ticker": 'BTC"""'},
            "POST",
            ADDRESS,
            {"ticker": 'BTC"""'},
        ),
    ),
    Revision(
        "rate_limit_zero",
        rate_limit_zero,
        breaking=False,
        error="x-rate-limit requests must be a positive integer",
        where="paths./api/v4/main-account/address.post.x-rate-limit",
    ),
)

# Refused when the new package is tried: its smoke call names the operation.
SHADOWING = Revision(
    "operation_named_like_a_client_method",
    operation_named_like_a_client_method,
    breaking=False,
    error="its method name 'close' is the client's own",
    where="paths./api/v4/main-account/close.post",
)
REVISIONS = (*REVISIONS, SHADOWING)

BY_NAME = {r.name: r for r in REVISIONS}
