"""The answer types of every operation, for annotations in user code.

    from whitebit_main.models import Accepted, GetMainBalanceResult, TransactionHistory

`Accepted` answers the idempotent withdrawals; `Acknowledged` answers a call WhiteBIT
acknowledges without data (a transfer); `SecretAnswer` wraps an answer the contract marks
secret without documenting its fields (its repr hides it). Answer fields are never `Unset`
(a field that may be missing reads as None); `Unset` stays importable for code written
against earlier versions. Every model of the
generated client is importable from here by its name; each loads on first use, as in
`whitebit_main_api.models`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import whitebit_main_api.models as _generated
from whitebit_main_api.operations import Accepted, Acknowledged, SecretAnswer
from whitebit_main_api.types import UNSET, Unset

if TYPE_CHECKING:
    from whitebit_main_api.models import *  # noqa: F403

__all__ = ["UNSET", "Accepted", "Acknowledged", "SecretAnswer", "Unset", *_generated.__all__]


def __getattr__(name: str) -> Any:
    if name in _generated.__all__:
        value = getattr(_generated, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
