"""The answer types of every operation, and `Unset`, for annotations in user code.

    from whitebit_main.models import Accepted, GetMainBalanceResult, SecretAnswer, Unset

`Accepted` answers the idempotent withdrawals; `SecretAnswer` wraps an answer the contract
marks secret without documenting its fields (its repr hides it). Every model of the
generated client is importable from here by its name; each loads on first use, as in
`whitebit_main_api.models`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import whitebit_main_api.models as _generated
from whitebit_main_api.operations import Accepted, SecretAnswer
from whitebit_main_api.types import UNSET, Unset

if TYPE_CHECKING:
    from whitebit_main_api.models import *  # noqa: F403

__all__ = ["UNSET", "Accepted", "SecretAnswer", "Unset", *_generated.__all__]


def __getattr__(name: str) -> Any:
    if name in _generated.__all__:
        value = getattr(_generated, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
