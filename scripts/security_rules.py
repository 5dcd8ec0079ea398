"""How an operation is authorised, read from the security schemes it names.

A scheme is recognised by its type and location, never by its name, so a revision that
renames a scheme or adds one under a new name is read the same way:
- "signature": every scheme of the requirement is an apiKey in an `X-TXC-*` header (the
  key, payload and signature headers WhiteBIT's HMAC signing sets);
- "jwt": a token sent as is in the Authorization header (an apiKey in header
  `Authorization`, or an http `bearer` scheme); the method takes a `jwt_token` argument;
- "none": `security: []` or an empty requirement: sent without credentials.
Anything else (oauth2, a query-string key, basic auth, a mix) is refused with one line
naming the operation's `security`.
"""

from __future__ import annotations

from typing import Any

from spec_errors import SpecError

Spec = dict[str, Any]

SIGNATURE = "signature"
JWT = "jwt"
NONE = "none"
_SIGNING_HEADER_PREFIX = "x-txc-"


def scheme_kind(scheme: Any) -> str | None:
    """ "signature", "jwt" or None (not a scheme this client can satisfy)."""
    if not isinstance(scheme, dict):
        return None
    kind = str(scheme.get("type", "")).lower()
    if kind == "apikey" and str(scheme.get("in", "")).lower() == "header":
        header = str(scheme.get("name", "")).lower()
        if header.startswith(_SIGNING_HEADER_PREFIX):
            return SIGNATURE
        if header == "authorization":
            return JWT
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return JWT
    return None


def requirement_kind(schemes: dict[str, Any], requirement: Any, where: str) -> str:
    if not isinstance(requirement, dict):
        raise SpecError("(spec)", "a security requirement must be a mapping", where)
    if not requirement:
        return NONE
    kinds = set()
    for name in requirement:
        if name not in schemes:
            raise SpecError("(spec)", f"security names an undefined scheme {name!r}", where)
        kind = scheme_kind(schemes[name])
        if kind is None:
            scheme = schemes[name] if isinstance(schemes[name], dict) else {}
            place = f" in {scheme['in']}" if scheme.get("in") else ""
            raise SpecError(
                "(spec)",
                f"security scheme {name!r} ({scheme.get('type')}{place}) is not supported: "
                "only X-TXC-* signing headers and an Authorization token are",
                where,
            )
        kinds.add(kind)
    if len(kinds) > 1:
        raise SpecError("(spec)", "security mixes signing headers and a token", where)
    return kinds.pop()


def auth_of(spec: Spec, op: dict[str, Any], where: str) -> str:
    """The authorisation of `op` (see module doc); `where` locates its `security`."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    security = op["security"] if "security" in op else spec.get("security")
    if security is None:
        return SIGNATURE  # a file that states nothing: WhiteBIT's private API is signed
    if not isinstance(security, list):
        raise SpecError("(spec)", "security must be a list of requirements", where)
    if not security:
        return NONE
    # Alternatives: the first this client can satisfy, preferring signing (no argument).
    kinds = [requirement_kind(schemes, r, where) for r in security]
    for preferred in (SIGNATURE, JWT, NONE):
        if preferred in kinds:
            return preferred
    raise AssertionError("unreachable")  # requirement_kind returns one of the three
