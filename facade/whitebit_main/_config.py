"""Client settings shared by the sync and async clients, checked before any request."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

BASE_URLS = {"global": "https://whitebit.com", "eu": "https://whitebit.eu"}
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
ENV_KEY, ENV_SECRET, ENV_BASE_URL = "WHITEBIT_API_KEY", "WHITEBIT_API_SECRET", "WHITEBIT_BASE_URL"


def build_timeout(timeout: object) -> httpx.Timeout:
    """Connect 5 s, read 30 s unless told otherwise (a number sets every phase)."""
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(
            f"timeout must be an httpx.Timeout or seconds, not {type(timeout).__name__}"
        )
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    return httpx.Timeout(float(timeout))


def deadline_from_timeout(timeout: object) -> float | None:
    """The call's deadline when only `timeout` is given: its longest phase, so that a caller
    who asks for 2 seconds never waits a minute (None: no finite phase; the default holds).

    `timeout` has been checked by `build_timeout` already."""
    if isinstance(timeout, httpx.Timeout):
        phases = [timeout.connect, timeout.read, timeout.write, timeout.pool]
        finite = [float(p) for p in phases if p is not None]
        return max(finite) if finite else None
    if isinstance(timeout, int | float) and not isinstance(timeout, bool):
        return float(timeout)
    return None


# Visible ASCII only: httpx cannot put a line break, NUL or non-ASCII character in a
# header, and `urlsplit` silently drops tabs and line breaks from a URL.
_VISIBLE_ASCII = re.compile("[\x21-\x7e]+")
_HOST_PORT = re.compile(
    r"(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.?|\[[0-9A-Fa-f:.]+\])(?::(?P<port>[0-9]{1,5}))?"
)


def _check_url(name: str, url: object) -> str:
    """scheme://host[:port]; errors never quote the URL (it may hold a password)."""
    if not isinstance(url, str):
        raise TypeError(f"{name} must be a string, not {type(url).__name__}")
    if not _VISIBLE_ASCII.fullmatch(url):
        raise ValueError(
            f"{name} may hold only visible ASCII characters (no spaces, control or non-ASCII "
            "characters; write an international host name in its xn-- form)"
        )
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{name} must be an http(s) URL with a host, like 'https://whitebit.com'")
    if "@" in parts.netloc:
        raise ValueError(f"{name} must not hold a user name or password ('user:pass@host')")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ValueError(f"{name} must not have a path, query or fragment")
    host = _HOST_PORT.fullmatch(parts.netloc)
    if host is None or (host["port"] is not None and not 0 < int(host["port"]) < 65536):
        raise ValueError(f"{name} has a malformed host or port")
    return f"{parts.scheme}://{parts.netloc}"


def _check_credential(name: str, value: object) -> str:
    """Errors never quote the value."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    if value != value.strip():
        raise ValueError(f"{name} has leading or trailing whitespace")
    if not _VISIBLE_ASCII.fullmatch(value):
        raise ValueError(
            f"{name} may hold only visible ASCII characters (no spaces, line breaks, "
            "control or non-ASCII characters)"
        )
    return value


@dataclass(frozen=True)
class Settings:
    """Validated client settings. `api_secret` never shows in repr."""

    api_key: str
    api_secret: str = field(repr=False)
    base_url: str
    gateway_url: str | None
    nonce_window: bool

    @classmethod
    def build(
        cls,
        api_key: object,
        api_secret: object,
        *,
        base_url: object = None,
        region: object = None,
        gateway_url: object = None,
        nonce_window: object = False,
    ) -> Settings:
        key = _check_credential("api_key", api_key)
        secret = _check_credential("api_secret", api_secret)
        if region is not None and (not isinstance(region, str) or region not in BASE_URLS):
            raise ValueError(f"region must be one of {', '.join(BASE_URLS)}, got {region!r}")
        if region is not None and base_url is not None:
            raise ValueError("give base_url or region, not both")
        url = (
            _check_url("base_url", base_url)
            if base_url is not None
            else BASE_URLS[str(region or "global")]
        )
        gateway = _check_url("gateway_url", gateway_url) if gateway_url is not None else None
        if not isinstance(nonce_window, bool):
            raise TypeError(f"nonce_window must be a bool, not {type(nonce_window).__name__}")
        return cls(key, secret, url, gateway, nonce_window)

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("client settings hold an API secret and cannot be pickled")


def from_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Keyword arguments for a client from WHITEBIT_* environment variables."""
    env = os.environ if environ is None else environ
    missing = [name for name in (ENV_KEY, ENV_SECRET) if not env.get(name)]
    if missing:
        raise ValueError(f"environment variable(s) not set: {', '.join(missing)}")
    kwargs = {"api_key": env[ENV_KEY], "api_secret": env[ENV_SECRET]}
    if env.get(ENV_BASE_URL):
        kwargs["base_url"] = env[ENV_BASE_URL]
    return kwargs
