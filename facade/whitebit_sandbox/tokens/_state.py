"""Tokens the sandbox has issued (JWTs for the fiat gateway, websocket tokens), kept while
it runs; never in seed files or dumps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IssuedToken:
    account: str
    expires_at: int  # Unix seconds on the sandbox's clock
