"""`make spec-diff`: the report a maintainer reads before shipping a regenerated client."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import ROOT, UPSTREAM_DIR, upstream_files

DIFF = ROOT / "scripts" / "spec_diff.py"

BASE: dict[str, Any] = {
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
                                    "properties": {
                                        "id": {"type": "string"},
                                        "fee": {"type": "string"},
                                    },
                                }
                            }
                        },
                    }
                },
            }
        },
        "/api/v4/b": {
            "post": {
                "operationId": "getThings",
                "responses": {"200": {"description": "ok"}},
            }
        },
    },
}


def run(old: Path, new: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(DIFF), str(old), str(new)], capture_output=True, text=True, check=False
    )


def pair(tmp_path: Path, change: Any) -> subprocess.CompletedProcess[str]:
    new = copy.deepcopy(BASE)
    change(new)
    old_file, new_file = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old_file.write_text(yaml.safe_dump(BASE))
    new_file.write_text(yaml.safe_dump(new))
    return run(old_file, new_file)


def body(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"]["/api/v4/a"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    return schema


def result(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"]["/api/v4/a"]["post"]["responses"]["201"]["content"][
        "application/json"
    ]["schema"]
    return schema


def rename_ticker(spec: dict[str, Any]) -> None:
    """Same argument name for callers (`ticker`), another name on the wire."""
    body(spec)["properties"]["Ticker"] = body(spec)["properties"].pop("ticker")
    body(spec)["required"][0] = "Ticker"


def section(output: str, title: str) -> list[str]:
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    found = []
    for line in lines[start + 1 :]:
        if not line.startswith("  "):
            break
        found.append(line.strip())
    return found


def test_identical_files(tmp_path: Path) -> None:
    done = pair(tmp_path, lambda spec: None)
    assert done.returncode == 0
    assert "No breaking changes." in done.stdout


@pytest.mark.parametrize(
    ("change", "line"),
    [
        (lambda s: s["paths"].pop("/api/v4/b"), "getThings: operation removed (method get_things)"),
        (
            lambda s: body(s)["properties"]["amount"].update(type="integer"),
            "moveFunds: request field `amount` retyped string (decimal) -> integer",
        ),
        (
            lambda s: body(s)["required"].append("amount"),
            "moveFunds: request field `amount` is now required",
        ),
        (
            lambda s: body(s)["properties"].pop("amount"),
            "moveFunds: request field `amount` removed",
        ),
        (
            lambda s: (
                body(s)["properties"].update(memo={"type": "string"}),
                body(s)["required"].append("memo"),
            ),
            "moveFunds: request field `memo` added (required, string)",
        ),
        (
            lambda s: s["paths"]["/api/v4/a"]["post"]["responses"].update(
                {"200": s["paths"]["/api/v4/a"]["post"]["responses"].pop("201")}
            ),
            "moveFunds: success status 201 -> 200",
        ),
        (lambda s: result(s)["properties"].pop("fee"), "moveFunds: response field `fee` removed"),
    ],
)
def test_breaking_changes_exit_1(tmp_path: Path, change: Any, line: str) -> None:
    done = pair(tmp_path, change)
    assert done.returncode == 1, done.stdout
    assert line in section(done.stdout, "BREAKING")
    assert "breaking change(s): review them before shipping." in done.stdout


@pytest.mark.parametrize(
    ("change", "line"),
    [
        (
            lambda s: s["paths"].update(
                {
                    "/api/v4/c": {
                        "post": {
                            "operationId": "getMore",
                            "responses": {"200": {"description": "ok"}},
                        }
                    }
                }
            ),
            "getMore: new operation /api/v4/c",
        ),
        (
            lambda s: body(s)["properties"].update(memo={"type": "string"}),
            "moveFunds: request field `memo` added (optional, string)",
        ),
        (
            lambda s: body(s)["required"].remove("ticker"),
            "moveFunds: request field `ticker` is now optional",
        ),
        (
            lambda s: result(s)["properties"].update(status={"type": "string"}),
            "moveFunds: response field `status` added (string)",
        ),
        (
            rename_ticker,
            "moveFunds: request field `ticker` is sent as `Ticker` (argument ticker unchanged)",
        ),
    ],
)
def test_additive_changes_exit_0(tmp_path: Path, change: Any, line: str) -> None:
    done = pair(tmp_path, change)
    assert line in section(done.stdout, "ADDITIVE"), done.stdout
    assert done.returncode == 0, done.stdout


def test_envelope_changes_are_reported_but_not_breaking(tmp_path: Path) -> None:
    done = pair(tmp_path, lambda s: body(s)["properties"]["nonce"].update(type="integer"))
    assert done.returncode == 0
    assert section(done.stdout, "SIGNING ENVELOPE") == [
        "`nonce` declared as ['string'] -> ['integer']"
    ]


def test_signature_changes_are_listed(tmp_path: Path) -> None:
    done = pair(tmp_path, lambda s: body(s)["properties"].update(memo={"type": "string"}))
    # `amount` is money by name in a file that marks no decimals: it takes Decimal
    money = "amount: Decimal | int | str | None = None"
    assert section(done.stdout, "FACADE METHODS") == [
        f"~ move_funds(ticker: str, {money}, memo: str | None = None) -> MoveFundsResult",
        f"was move_funds(ticker: str, {money}) -> MoveFundsResult",
    ]


def test_unusable_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: [\n")
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(BASE))
    done = run(good, bad)
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: {bad}:")


def revision(name: str) -> Path:
    upstream_files()
    return next(UPSTREAM_DIR.glob(f"main_api_v4.{name}.*.yaml"))


@pytest.mark.slow  # diffs two upstream revisions
def test_real_nonce_type_change() -> None:
    done = run(revision("2026-05-15"), revision("2026-06-08"))
    assert done.returncode == 0
    assert section(done.stdout, "SIGNING ENVELOPE") == [
        "`nonce` declared as ['string'] -> ['integer']"
    ]
    assert section(done.stdout, "ADDITIVE") == [
        "getMiningRewards: response field `data[].status` added "
        "(string one of ['pending', 'successful', 'canceled'])"
    ]


@pytest.mark.slow  # diffs two upstream revisions
def test_real_operation_added_in_july() -> None:
    done = run(revision("2026-06-17"), revision("2026-07-06"))
    assert done.returncode == 0
    additive = section(done.stdout, "ADDITIVE")
    assert "confirmSubAccountWithdrawal: new operation /api/v4/sub-account/withdraw/confirm" in (
        additive
    )
    assert "createWithdraw: request field `customerIp` added (optional, string)" in additive
    methods = section(done.stdout, "FACADE METHODS")
    assert "+ confirm_sub_account_withdrawal(id: str) -> ConfirmSubAccountWithdrawalResult" in (
        methods
    )


@pytest.mark.slow  # diffs two upstream revisions
def test_real_breaking_change_in_july() -> None:
    done = run(revision("2026-07-14"), revision("2026-07-24"))
    assert done.returncode == 1
    assert section(done.stdout, "BREAKING") == [
        "createSubAccountApiKey: request field `title` is now required"
    ]
