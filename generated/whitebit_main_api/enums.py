"""Named constants for the contract's enumerations.

Rendered by scripts/generate.py from openapi/templates/enums.py.jinja (facts from
scripts/enums.py); do not edit. Each class is an IntEnum or StrEnum, so a member is its
plain value too: pass `FixedStatus.ACTIVE` wherever `1` is accepted; answers read a known
value as its member and keep any other value as it came.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

__all__ = [
    "AddressType",
    "ApiKeyType",
    "BalanceKind",
    "FixedPlanStatus",
    "FixedStatus",
    "FlexStatus",
    "HashrateInterval",
    "HistoryStatus",
    "MiningRewardStatus",
    "PartyType",
    "PayoutDestination",
    "TransactionMethod",
    "TransferDirection",
    "TransferMethod",
    "WalletType",
    "WatcherLinkLifetime",
    "WatcherPermission",
]


class AddressType(StrEnum):
    """Address format, only for BTC and LTC; bech32 when omitted."""

    P2SH_SEGWIT = "p2sh-segwit"
    BECH32 = "bech32"


class ApiKeyType(IntEnum):
    """Key type: 1 for info and trading, 2 adds deposits and withdrawals."""

    INFO_AND_TRADING = 1
    WITH_DEPOSITS_AND_WITHDRAWALS = 2


class BalanceKind(StrEnum):
    """Balance to take funds from; not needed when method is set."""

    MAIN = "main"
    SPOT = "spot"
    COLLATERAL = "collateral"


class FixedPlanStatus(IntEnum):
    """Plan state: 1 active, 2 no capacity left, 3 inactive, 4 paused."""

    ACTIVE = 1
    NO_CAPACITY = 2
    INACTIVE = 3
    PAUSED = 4


class FixedStatus(IntEnum):
    """Return only investments in this state: 1 active, 2 closed."""

    ACTIVE = 1
    CLOSED = 2


class FlexStatus(IntEnum):
    """Investment state: 1 active, 0 closed."""

    CLOSED = 0
    ACTIVE = 1


class HashrateInterval(StrEnum):
    """Spacing between samples: 5m, 1h or 24h."""

    FIVE_MINUTES = "5m"
    ONE_HOUR = "1h"
    ONE_DAY = "24h"


class HistoryStatus(IntEnum):
    """Status code of a deposit or withdrawal record. Codes 3 and 7 mean successful;
    PENDING and the PENDING_n codes are withdrawals in progress (15 also deposits);
    CANCELED_9, UNCREDITED and the Travel Rule codes occur for deposits,
    PARTIALLY_SUCCESSFUL for withdrawals."""

    PENDING = 1
    PENDING_2 = 2
    SUCCESSFUL = 3
    CANCELED = 4
    UNCONFIRMED_BY_USER = 5
    PENDING_6 = 6
    SUCCESSFUL_7 = 7
    CANCELED_9 = 9
    PENDING_10 = 10
    PENDING_11 = 11
    PENDING_12 = 12
    PENDING_13 = 13
    PENDING_14 = 14
    PENDING_15 = 15
    PENDING_16 = 16
    PENDING_17 = 17
    PARTIALLY_SUCCESSFUL = 18
    AML_FROZEN = 21
    UNCREDITED = 22
    AWAITING_TRAVEL_RULE_DATA = 27
    TRAVEL_RULE_DATA_UNDER_REVIEW = 28


class MiningRewardStatus(StrEnum):
    """Reward state: pending until finalized or paid out on chain, successful once credited
    or confirmed, or canceled."""

    PENDING = "pending"
    SUCCESSFUL = "successful"
    CANCELED = "canceled"


class PartyType(StrEnum):
    """individual for a natural person, entity for a legal entity."""

    INDIVIDUAL = "individual"
    ENTITY = "entity"


class PayoutDestination(StrEnum):
    """Where rewards are sent: main_balance or external_address."""

    MAIN_BALANCE = "main_balance"
    EXTERNAL_ADDRESS = "external_address"


class TransactionMethod(IntEnum):
    """1 for deposits only, 2 for withdrawals only; omit to get both."""

    DEPOSIT = 1
    WITHDRAWAL = 2


class TransferDirection(StrEnum):
    """Return only transfers going this way; omit for both directions."""

    MAIN_TO_SUB = "main_to_sub"
    SUB_TO_MAIN = "sub_to_main"


class TransferMethod(StrEnum):
    """Legacy direction: deposit (main to spot), withdraw (spot to main), collateral-
    deposit (main to collateral) or collateral-withdraw (collateral to main); not needed
    when from and to are set."""

    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    COLLATERAL_DEPOSIT = "collateral-deposit"
    COLLATERAL_WITHDRAW = "collateral-withdraw"


class WalletType(StrEnum):
    """hosted for a wallet kept at a VASP (vaspData then required), unhosted for a self-
    custody wallet."""

    HOSTED = "hosted"
    UNHOSTED = "unhosted"


class WatcherLinkLifetime(StrEnum):
    """How long the link stays valid: 1h, 24h, 7d or always."""

    ONE_HOUR = "1h"
    ONE_DAY = "24h"
    SEVEN_DAYS = "7d"
    ALWAYS = "always"


class WatcherPermission(StrEnum):
    """WatcherPermission"""

    DASHBOARD = "dashboard"
    REWARDS = "rewards"
    WORKERS = "workers"


# Kept referenced so ruff does not drop a base no enumeration uses.
_BASES = (IntEnum, StrEnum)
