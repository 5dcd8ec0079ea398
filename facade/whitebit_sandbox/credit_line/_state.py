"""A credit line's terms, kept while the sandbox runs (not in seed files)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class CreditLine:
    asset: str
    amount: Decimal
    total_funding: Decimal
    current_ltv: Decimal
    initial_ltv: Decimal
    margin_call_ltv: Decimal
    liquidation_ltv: Decimal
    created_at: int
