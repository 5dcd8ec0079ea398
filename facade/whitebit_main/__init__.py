"""whitebit-main: signed, typed client for the WhiteBIT Main Account API V4.

from whitebit_main import WhiteBIT
with WhiteBIT.from_env() as wb:
    print(wb.get_main_balance(ticker="USDT"))
"""

from . import errors
from ._auth import WhiteBITAuth
from ._client import AsyncWhiteBIT, WhiteBIT
from ._nonce import NonceSource
from ._retry import RetryPolicy

__all__ = ["AsyncWhiteBIT", "NonceSource", "RetryPolicy", "WhiteBIT", "WhiteBITAuth", "errors"]
__version__ = "0.1.0"
