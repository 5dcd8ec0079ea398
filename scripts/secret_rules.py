"""Which fields hold secrets, for a spec file that marks none (WhiteBIT's own files).

Our contract flags them with `x-secret` (true: hidden whole; "card": all but the last four
digits), and the facade keeps flagged values out of reprs and logs. WhiteBIT's files say
nothing of the kind, so a client regenerated from one would show API secrets and tokens;
`mark_secrets` flags the same fields by name and place, with the words of the overlay's
rules (openapi/overlay.yaml):

- string fields whose name ends in secret, passphrase or token (`apiSecret`, `cardToken`),
  and fields named `code` (a redeemable code; not `countryCode` or `referralCode`);
- in answers, `link` anywhere and `url` at the top level (access links made for the
  caller: deposit page, KYC page, express withdrawal, pool watcher), not the links a
  caller sends or pool addresses deeper down;
- a `beneficiary` object that documents no fields (its bank or card details, whole);
- card numbers (`cardNumber`, `number` inside `card`): masked;
- a success answer without a documented body from an operation that takes a card number
  (a card token): hidden whole.
"""

from __future__ import annotations

from typing import Any

from overlay import default_overlay
from spec_walk import json_media, name_words, operations, resolve, success_status

Spec = dict[str, Any]

_MAX_DEPTH = 30


def secret_kind(name: str, schema: dict[str, Any], parent: str, answer: bool, top: bool) -> Any:
    """The `x-secret` value for field `name` (inside field `parent`; in an answer when
    `answer`, at its top level when `top`), or None. The words are the overlay's
    (openapi/overlay.yaml, `rules`)."""
    rules = default_overlay().rules
    words = name_words(name)
    whole = "_".join(words)
    kind = schema.get("type")
    if kind == "string":
        if words[-2:] == ["card", "number"] or (words == ["number"] and parent == "card"):
            return "card"
        if (words and words[-1] in rules.secret_last_words) or whole in rules.secret_names:
            return True
        if answer and (
            whole in rules.answer_secret_names or (top and whole in rules.answer_top_secret_names)
        ):
            return True
    if whole in rules.secret_objects and kind == "object" and not schema.get("properties"):
        return True
    return None


def _mark(spec: Spec, node: Any, answer: bool, top: bool, parent: str, depth: int) -> None:
    """Flag the secret fields under `node` (in an answer when `answer`; `top`: its top
    level; `parent`: the name of the field holding it)."""
    node = resolve(spec, node)
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return
    for name, sub in (node.get("properties") or {}).items():
        target = resolve(spec, sub)
        if not isinstance(target, dict):
            continue
        kind = secret_kind(name, target, parent, answer, top)
        if kind is not None:
            target["x-secret"] = kind
        _mark(spec, target, answer, False, name.lower(), depth + 1)
    for key in ("items", "additionalProperties"):
        # A list's items or a map's values sit where the list or map does.
        _mark(spec, node.get(key), answer, top, parent, depth + 1)
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in node.get(key) or []:
            _mark(spec, sub, answer, top, parent, depth + 1)


def states_secrets(node: Any) -> bool:
    """True when some part of the file carries `x-secret` (then it says so everywhere)."""
    if isinstance(node, dict):
        return "x-secret" in node or any(map(states_secrets, node.values()))
    if isinstance(node, list):
        return any(map(states_secrets, node))
    return False


def mark_secrets(contract: Spec) -> None:
    """Give the secret fields of a file that flags none their `x-secret` (see above)."""
    for _path, _method, op in operations(contract):
        request = (json_media(op.get("requestBody")) or {}).get("schema")
        if request is not None:
            _mark(contract, request, False, True, "", 0)
        answer = op["responses"][success_status(op)]
        media = json_media(answer)
        if media is not None and "schema" in media:
            _mark(contract, media["schema"], True, True, "", 0)
        elif isinstance(answer, dict) and _has_card(contract, request, 0):
            answer["x-secret"] = True


def _has_card(contract: Spec, node: Any, depth: int) -> bool:
    """True when a field under `node` is a card number."""
    node = resolve(contract, node)
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return False
    if node.get("x-secret") == "card":
        return True
    subs = list((node.get("properties") or {}).values())
    subs += [node.get("items"), node.get("additionalProperties")]
    return any(_has_card(contract, sub, depth + 1) for sub in subs)
