"""Records of the deposit side that live while the sandbox runs (not in seed files)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class ExpressToken:
    account: str
    external_id: str
    ticker: str
    amount: Decimal
    token: str
    expires_at: int
