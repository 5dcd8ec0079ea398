"""The keyword options of the clients, as TypedDicts, so that `from_env(...)` (and other
factories that pass options on) are checked by mypy: `nonce_windw=True` is a type error."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Generic, TypedDict, TypeVar

import httpx

from ._calls._retry import RetryPolicy
from ._config import from_environment
from ._coordination._ratelimit import RateLimiter

if TYPE_CHECKING:
    from ._calls._journal import Journal
    from ._coordination._redis_coordination import RedisCoordination

# The httpx client a client drives: blocking or asyncio.
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class CommonOptions(TypedDict, total=False):
    """Options both clients take; see `WhiteBIT` for what each one does."""

    api_key: str
    api_secret: str
    base_url: str | None
    region: str | None
    gateway_url: str | None
    nonce_window: bool
    timeout: httpx.Timeout | float | None
    retry: RetryPolicy | None
    rate_limit: bool | RateLimiter
    deadline: float | None
    max_answer_bytes: int | None
    journal: str | os.PathLike[str] | Journal | None
    coordination: RedisCoordination | None


class ClientOptions(CommonOptions, Generic[HttpT], total=False):
    """Every option of a client whose httpx client is `HttpT`."""

    http_client: HttpT | None


SyncOptions = ClientOptions[httpx.Client]
AsyncOptions = ClientOptions[httpx.AsyncClient]


def environment_options() -> CommonOptions:
    """Key, secret and base URL from WHITEBIT_* environment variables."""
    env = from_environment()
    options: CommonOptions = {"api_key": env["api_key"], "api_secret": env["api_secret"]}
    if "base_url" in env:
        options["base_url"] = env["base_url"]
    return options
