"""Codes' records and their JSON form: who created each, its amount held, who applied it."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from whitebit_sandbox._core._amounts import money
from whitebit_sandbox._core._seedread import Reader, known


@dataclass
class Code:
    """A WhiteBIT code: its amount is held by the ledger until someone applies it."""

    code: str
    external_id: str
    account: str
    ticker: str
    amount: Decimal
    passphrase: str | None = field(repr=False)
    description: str | None
    created_at: int
    applied_by: str | None = None
    applied_at: int | None = None


def load_codes(items: list[Any], accounts: Mapping[str, object]) -> dict[str, Code]:
    codes: dict[str, Code] = {}
    for i, item in enumerate(items):
        where = f"codes[{i}]"
        r = Reader(
            where,
            item,
            {"code", "account", "ticker", "amount"},
            {"external_id", "passphrase", "description", "created_at", "applied_by", "applied_at"},
        )
        applied_by = r.optional_text("applied_by")
        code = Code(
            code=r.text("code"),
            external_id=r.text("external_id", str(uuid.uuid4())),
            account=known(f"{where}.account", r.text("account"), accounts, "account"),
            ticker=r.text("ticker"),
            amount=r.amount("amount", positive=True),
            passphrase=r.optional_text("passphrase"),
            description=r.optional_text("description"),
            created_at=r.integer("created_at", 0),
            applied_by=(
                None
                if applied_by is None
                else known(f"{where}.applied_by", applied_by, accounts, "account")
            ),
            applied_at=r.optional_integer("applied_at"),
        )
        if code.code in codes:
            raise ValueError(f"{where}.code: {code.code!r} is used twice")
        codes[code.code] = code
    return codes


def codes_to_json(codes: Mapping[str, Code]) -> list[dict[str, Any]]:
    return [
        {
            "code": c.code,
            "external_id": c.external_id,
            "account": c.account,
            "ticker": c.ticker,
            "amount": money(c.amount),
            "passphrase": c.passphrase,
            "description": c.description,
            "created_at": c.created_at,
            "applied_by": c.applied_by,
            "applied_at": c.applied_at,
        }
        for c in codes.values()
    ]
