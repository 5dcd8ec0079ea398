"""Travel Rule: the VASP directory and deposit verifications, from `travel_rule._rules`."""

from __future__ import annotations

from collections.abc import Callable

from whitebit_sandbox._core._fields import Fields
from whitebit_sandbox._core._ledger import Ledger
from whitebit_sandbox._core._replies import Reply
from whitebit_sandbox._core._verify import Caller
from whitebit_sandbox.travel_rule import _rules as _travel_rule

Handler = Callable[[Ledger, Caller, Fields], Reply]


def get_travel_rule_vasps(ledger: Ledger, caller: Caller, fields: Fields) -> Reply:
    vasps = [{"vaspId": vasp_id, "name": name} for vasp_id, name in _travel_rule.VASPS]
    return Reply(200, {"data": {"vasps": vasps}})


def submit_travel_rule_deposit_verification(
    ledger: Ledger, caller: Caller, fields: Fields
) -> Reply:
    with ledger.books() as state:
        status = _travel_rule.submit(
            state, caller.account, fields["uniqueId"], fields["walletType"],
            fields["originator"], fields.get("vaspData"),
        )  # fmt: skip
    return Reply(200, {"data": {"uniqueId": fields["uniqueId"], "status": status}})


TRAVEL_RULE_HANDLERS: dict[str, Handler] = {
    "getTravelRuleVasps": get_travel_rule_vasps,
    "submitTravelRuleDepositVerification": submit_travel_rule_deposit_verification,
}
