"""Travel Rule: the VASP directory and the originator data of deposits that wait for it,
with the ledger's lock held.

A deposit booked with status 27 (`Sandbox.deposit(..., status=27)`) waits for Travel
Rule data; submitting it moves the deposit to 28 (under review). The deposit is named by
its `uniqueId` (the sandbox accepts the deposit's transaction id there too). The VASP
directory is the sandbox's own, the same for every account, as WhiteBIT's is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from whitebit_sandbox._core._replies import Refusal, invalid
from whitebit_sandbox._core._state import State
from whitebit_sandbox.wallet._transactions_state import DEPOSIT

AWAITING, UNDER_REVIEW = 27, 28
VASPS = (
    ("vasp-001", "Binance"),
    ("vasp-002", "Coinbase"),
    ("vasp-003", "Kraken"),
    ("vasp-004", "Bitstamp"),
)


def _trouble(message: str) -> Refusal:
    return Refusal(422, "Something went wrong", errors={"uniqueId": [message]})


def _check_originator(originator: dict[str, Any], wallet_type: str, vasp: Any) -> None:
    if originator["type"] == "individual":
        for name, label in (("firstName", "first name"), ("lastName", "last name")):
            if not originator.get(name):
                raise invalid(
                    f"originator.{name}", f"The {label} field is required for individual."
                )
    elif not originator.get("fullName"):
        raise invalid("originator.fullName", "The full name field is required for entity.")
    if wallet_type == "hosted":
        if not isinstance(vasp, dict) or not (vasp.get("vaspId") or vasp.get("vaspName")):
            raise invalid("vaspData", "The vasp data field is required for hosted wallets.")
        vasp_id = vasp.get("vaspId")
        if vasp_id and vasp_id not in {v for v, _ in VASPS}:
            raise invalid("vaspData.vaspId", "The selected vasp id is invalid.")


def submit(
    state: State, account: str, unique_id: str, wallet_type: str,
    originator: dict[str, Any], vasp: Any,
) -> str:  # fmt: skip
    """Record the originator of a deposit waiting for Travel Rule data; its new status."""
    _check_originator(originator, wallet_type, vasp)
    for index, tx in enumerate(state.transactions):
        if tx.account != account or unique_id not in (tx.unique_id, tx.transaction_id):
            continue
        if tx.method != DEPOSIT:
            raise _trouble("Transaction must be a deposit")
        if tx.status != AWAITING:
            raise _trouble("Transaction is not ready for verification")
        state.transactions[index] = replace(tx, status=UNDER_REVIEW)
        state.travel_rule[tx.transaction_id] = dict(originator)
        return "submitted"
    raise _trouble("Transaction not found")
