"""whitebit-main: signed, typed client for the WhiteBIT Main Account API V4.

from whitebit_main import WhiteBIT
with WhiteBIT.from_env() as wb:
    print(wb.get_main_balance(ticker="USDT"))
"""

from typing import TYPE_CHECKING, Any

from . import errors
from ._calls._journal import Journal, JournalEntry, Reconciled
from ._calls._money import plain
from ._calls._retry import RetryPolicy
from ._client import AsyncWhiteBIT, WhiteBIT
from ._coordination._ratelimit import ACCOUNT_WIDE, RateLimiter
from ._coordination._redis_coordination import RedisCoordination
from ._signing._auth import WhiteBITAuth
from ._signing._nonce import NonceSource

__all__ = [
    "ACCOUNT_WIDE",
    "AsyncWhiteBIT",
    "Journal",
    "JournalEntry",
    "NonceSource",
    "RateLimiter",
    "Reconciled",
    "RedisCoordination",
    "RetryPolicy",
    "WhiteBIT",
    "WhiteBITAuth",
    "async_signed_client",
    "errors",
    "plain",
    "signed_client",
]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from ._raw import async_signed_client, signed_client


def __getattr__(name: str) -> Any:
    # The raw generated client (attrs and its client module) loads only for those who use it.
    if name in ("signed_client", "async_signed_client"):
        from . import _raw

        return getattr(_raw, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
