"""`make spec-diff OLD=<file> NEW=<file>`: what changed for callers between two spec files.

Both files are read and prepared as `make generate` reads them (spec_surface.py), then
compared operation by operation: HTTP method and path, path and query parameters, JSON body
fields, every documented answer (success and error statuses), and the security each
operation needs (by scheme type and location, not by scheme name).

Exit status: 0 no breaking change, 1 breaking changes, 2 unusable input (a file that cannot
be read or is not a valid OpenAPI 3 document, wrong arguments). Nothing else exits 1.

A change is BREAKING when a caller's code must change: when the Python-visible signature or
types of the facade change in a way existing code no longer fits, or when the wire changes
so that a client generated from the old file no longer talks correctly to the new API
(answers and requests alike). The rules:

Breaking (exit 1)
- an operation removed; its HTTP method, path or success status changed; what its method
  returns changed (a model class renamed, `Accepted` once an idempotency key is declared);
- request: a field or parameter removed; a new required one (top level, or inside an
  object callers already send); an optional one made required; an argument type that no
  longer takes what it took (`str | UUID` -> `str`, `str` -> `int`); a field that now
  only allows listed values, or allows fewer of them (enum narrowed);
- a rename on the wire, request or answer, even when the Python name stays the same
  (`unique_id` -> `uniqueId`): the old client sends or reads a name the API no longer
  uses. Not breaking when the old side already listed the new spelling in `x-aliases`
  (the client sends or reads both); a value moving between body, query and path is a
  rename too;
- answer: a field removed; a field's Python type changed (`int` -> `Decimal`); a field
  that may now be absent (no longer required: `X | Unset`) or null;
- security: a different way to authorise (HMAC signature -> token in the Authorization
  header, another signing header), unless the new file only adds an alternative.

Warning (exit 0, read them): existing code runs and type-checks, but may meet something it
never handled
- an answer enum widened (or its list dropped): answer models type enum fields as plain
  `str`/`int` and never refuse an unknown value, so nothing breaks, but code that branches
  on the known values may fall through. Making this breaking would fail CI on every new
  status value WhiteBIT adds, which is the commonest harmless change;
- a new documented error status: it raises one of the facade's existing exceptions (for
  example `WhiteBITError` for 409), so `except WhiteBITError` still catches it.

Additive (exit 0): new operations, new optional fields and parameters, new answer fields,
a field made optional, an argument type that takes more (`str` -> `str | UUID`), enum
values added to a request field or removed from an answer, an error status no longer
documented, an extra security alternative.

Note (exit 0): changes the client absorbs: a money field retyped on the wire between a
decimal string and a JSON number (both `Decimal` in Python: `Decimal | int | str` as an
argument), a rename the client already sends or reads both ways, the signing envelope
(`request`, `nonce`, `nonceWindow`) declared differently, security schemes renamed.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from operation_facts import python_name
from spec_errors import SpecError
from spec_surface import (
    Field,
    Operation,
    Surface,
    error_class,
    load_surface,
    security_label,
)

BREAKING = "BREAKING"
WARNING = "warning"
ADDITIVE = "additive"
NOTE = "note"
SEVERITIES = (BREAKING, WARNING, ADDITIVE, NOTE)
_PLACE_WORDS = {"body": "request field", "query": "query parameter", "path": "path parameter"}


@dataclass(frozen=True)
class Change:
    severity: str
    text: str


@dataclass
class Report:
    """Changes per operation (by operationId), then the file-wide ones."""

    operations: dict[str, list[Change]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)  # operationId -> its one-line title
    signatures: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    global_changes: list[Change] = field(default_factory=list)

    def add(self, op_id: str, severity: str, text: str) -> None:
        self.operations.setdefault(op_id, []).append(Change(severity, text))

    def all_changes(self) -> list[Change]:
        return [c for changes in self.operations.values() for c in changes] + self.global_changes

    def count(self, severity: str) -> int:
        return sum(1 for c in self.all_changes() if c.severity == severity)

    @property
    def breaking(self) -> bool:
        return self.count(BREAKING) > 0

    def texts(self, op_id: str, severity: str) -> list[str]:
        """The texts of one operation's changes of one severity (what tests read)."""
        return [c.text for c in self.operations.get(op_id, []) if c.severity == severity]


def union_members(type_text: str) -> set[str]:
    """The members of a `A | B[C | D]` annotation, split at the top level only."""
    members, depth, current = set(), 0, ""
    for char in type_text:
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.add(current.strip())
            current = ""
        else:
            current += char
    members.add(current.strip())
    return members


def _label(value: Field) -> str:
    return f"{_PLACE_WORDS.get(value.place, 'answer field')} `{value.wire}`"


Key = tuple[str, str]  # (place, wire path)


def _depth(wire: str) -> int:
    return wire.count(".") + wire.count("[]")


def _rename_key(value: Field) -> tuple[str, str] | None:
    """What stays the same when a value is renamed on the wire only: where it sits and the
    Python name it reads as. None for list items and map values, which have no name."""
    if value.last in ("[]", "*"):
        return None
    return (value.parent, python_name(value.last))


def _renames(old: dict[Key, Field], new: dict[Key, Field]) -> dict[Key, Key]:
    """Values gone from `old` whose Python name reappears in `new` at the same spot under
    another wire name (or, at the top of a request, in another place), outermost first."""
    renames: dict[Key, Key] = {}
    current = dict(old)
    for depth in sorted({_depth(wire) for _place, wire in old}):
        gone = {_rename_key(current[k]): k for k in current.keys() - new.keys()}
        came = {_rename_key(new[k]): k for k in new.keys() - current.keys()}
        found = {
            gone[match]: came[match]
            for match in gone.keys() & came.keys()
            if match is not None and _depth(gone[match][1]) == depth
        }
        renames.update(found)
        current = _moved(current, found)
    return renames


def _moved(fields: dict[Key, Field], renames: dict[Key, Key]) -> dict[Key, Field]:
    """`fields` keyed as the new file names them: a renamed value's subtree follows it."""
    out: dict[Key, Field] = {}
    for (place, wire), value in fields.items():
        key = (place, wire)
        for (old_place, old_wire), (new_place, new_wire) in renames.items():
            below = wire.startswith(old_wire) and wire[len(old_wire) : len(old_wire) + 1] in (
                ".",
                "[",
            )
            if place == old_place and (wire == old_wire or below):
                key = (new_place, new_wire + wire[len(old_wire) :])
                break
        out[key] = value
    return out


def _compare_renames(
    op_id: str, old: dict[Key, Field], new: dict[Key, Field], report: Report, answer: bool
) -> dict[Key, Key]:
    renames = _renames(old, new)
    for old_key, new_key in sorted(renames.items()):
        was, now = old[old_key], new[new_key]
        if answer:
            who = f"attribute `{now.argument}` unchanged"
        elif now.nested:
            who = f"callers now write the key `{now.last}`"
        else:
            who = f"argument `{now.argument}` unchanged"
        if was.place != now.place:
            report.add(
                op_id,
                BREAKING,
                f"{_label(was)} moves to the {now.place} as `{now.wire}` ({who}): "
                "a client generated from the old file sends it where the API no longer reads it",
            )
        elif (now.last in was.aliases or was.last in now.aliases) and not (
            now.nested and not answer
        ):
            report.add(
                op_id,
                NOTE,
                f"{_label(was)} is now spelled `{now.wire}` ({who}; the client handles both "
                "spellings)",
            )
        else:
            side = "reads" if answer else "sends"
            report.add(
                op_id,
                BREAKING,
                f"{_label(was)} renamed on the wire to `{now.wire}` ({who}): a client "
                f"generated from the old file {side} a name the API no longer uses",
            )
    return renames


def compare_request(
    op_id: str,
    old: dict[tuple[str, str], Field],
    new: dict[tuple[str, str], Field],
    report: Report,
) -> None:
    renames = _compare_renames(op_id, old, new, report, answer=False)
    old = _moved(old, renames)
    old_wires = {wire for _place, wire in old}
    for key in sorted(old.keys() - new.keys()):
        was = old[key]
        tail = "" if was.nested else f": argument `{was.argument}` disappears"
        report.add(op_id, BREAKING, f"{_label(was)} removed{tail}")
    for key in sorted(new.keys() - old.keys()):
        now = new[key]
        # A required value inside an object callers already send must now be sent too; one
        # inside a new object comes with that object.
        callers_must_send = now.required and (not now.nested or now.parent in old_wires)
        state = "required" if now.required else "optional"
        severity = BREAKING if callers_must_send else ADDITIVE
        report.add(op_id, severity, f"{_label(now)} added ({state}, {now.describe()})")
    for key in sorted(old.keys() & new.keys()):
        _compare_request_value(op_id, old[key], new[key], report)


def _compare_request_value(op_id: str, was: Field, now: Field, report: Report) -> None:
    label = _label(now)
    if was.python != now.python:
        took, takes = union_members(was.python), union_members(now.python)
        severity = ADDITIVE if took <= takes else BREAKING
        verb = "takes more" if severity == ADDITIVE else "retyped"
        report.add(op_id, severity, f"{label} {verb}: {was.python} -> {now.python}")
    elif was.json != now.json:
        report.add(
            op_id,
            NOTE,
            f"{label} declared {was.json} -> {now.json} (still {now.python} in Python)",
        )
    if was.enum != now.enum:
        if now.enum is None:
            report.add(op_id, ADDITIVE, f"{label} no longer limited to {list(was.enum or ())}")
        elif was.enum is None:
            report.add(op_id, BREAKING, f"{label} now limited to {list(now.enum)}")
        else:
            lost = [v for v in was.enum if v not in now.enum]
            gained = [v for v in now.enum if v not in was.enum]
            if lost:
                report.add(op_id, BREAKING, f"{label} no longer accepts {lost}")
            if gained:
                report.add(op_id, ADDITIVE, f"{label} also accepts {gained}")
    if was.required != now.required:
        if now.required:
            report.add(op_id, BREAKING, f"{label} is now required")
        else:
            report.add(op_id, ADDITIVE, f"{label} is now optional")


def compare_answer(
    op_id: str, old: dict[str, Field], new: dict[str, Field], report: Report
) -> None:
    old_keyed = {("answer", k): v for k, v in old.items()}
    new_keyed = {("answer", k): v for k, v in new.items()}
    renames = _compare_renames(op_id, old_keyed, new_keyed, report, answer=True)
    old = {wire: value for (_place, wire), value in _moved(old_keyed, renames).items()}
    for wire in sorted(old.keys() - new.keys()):
        report.add(op_id, BREAKING, f"answer field `{wire}` removed")
    for wire in sorted(new.keys() - old.keys()):
        report.add(op_id, ADDITIVE, f"answer field `{wire}` added ({new[wire].describe()})")
    for wire in sorted(old.keys() & new.keys()):
        _compare_answer_value(op_id, old[wire], new[wire], report)


def _compare_answer_value(op_id: str, was: Field, now: Field, report: Report) -> None:
    label = f"answer field `{now.wire}`"
    if was.python != now.python:
        severity = ADDITIVE if was.python == "Any" else BREAKING
        report.add(op_id, severity, f"{label} retyped {was.python} -> {now.python}")
    elif was.json != now.json:
        report.add(
            op_id,
            NOTE,
            f"{label} sent as {now.json} instead of {was.json} (still {now.python} in Python)",
        )
    if was.enum != now.enum:
        if now.enum is None:
            report.add(
                op_id, WARNING, f"{label} may now hold any value, not only {list(was.enum or ())}"
            )
        elif was.enum is not None:
            gained = [v for v in now.enum if v not in was.enum]
            lost = [v for v in was.enum if v not in now.enum]
            if gained:
                report.add(op_id, WARNING, f"{label} may now also be {gained}")
            if lost:
                report.add(op_id, ADDITIVE, f"{label} is no longer {lost}")
        else:
            report.add(op_id, ADDITIVE, f"{label} now documents its values {list(now.enum)}")
    if was.required and not now.required:
        report.add(op_id, BREAKING, f"{label} may now be absent ({now.python} | Unset)")
    elif now.required and not was.required:
        report.add(op_id, ADDITIVE, f"{label} is now always sent")
    if now.nullable and not was.nullable:
        report.add(op_id, BREAKING, f"{label} may now be null")


def compare_operation(was: Operation, now: Operation, report: Report) -> None:
    op_id = now.op_id
    if was.http_method != now.http_method:
        report.add(op_id, BREAKING, f"HTTP method {was.http_method} -> {now.http_method}")
    if was.path != now.path:
        report.add(op_id, BREAKING, f"path {was.path} -> {now.path}")
    compare_request(op_id, was.request, now.request, report)
    if was.success_statuses != now.success_statuses:
        report.add(
            op_id,
            BREAKING,
            f"success status {', '.join(was.success_statuses) or 'none'} -> "
            f"{', '.join(now.success_statuses) or 'none'}",
        )
    if was.result != now.result:
        severity = ADDITIVE if was.result == "Any" else BREAKING
        report.add(op_id, severity, f"returns {now.result} instead of {was.result}")
    old_ok = was.answers.get(was.success_statuses[0], {}) if was.success_statuses else {}
    new_ok = now.answers.get(now.success_statuses[0], {}) if now.success_statuses else {}
    compare_answer(op_id, old_ok, new_ok, report)
    for status in now.error_statuses:
        if status not in was.answers:
            report.add(
                op_id,
                WARNING,
                f"new documented error status {status} (raises {error_class(status)})",
            )
    for status in was.error_statuses:
        if status not in now.answers:
            report.add(op_id, ADDITIVE, f"error status {status} no longer documented")
    _compare_security(was, now, report)


def _compare_security(was: Operation, now: Operation, report: Report) -> None:
    if was.security == now.security:
        return
    before = " or ".join(sorted(security_label(a) for a in was.security)) or "none"
    after = " or ".join(sorted(security_label(a) for a in now.security)) or "none"
    if was.security < now.security:
        report.add(now.op_id, ADDITIVE, f"authorisation {before} -> {after} (one more way)")
    else:
        report.add(now.op_id, BREAKING, f"authorisation {before} -> {after}")


def _renamed_operations(old: Surface, new: Surface) -> dict[str, str]:
    """Operations whose operationId changed but whose method name, HTTP method and path did
    not (`getFoo` -> `GetFoo`): the same call for callers, compared as one."""

    def identity(op: Operation) -> tuple[str, str, str]:
        return (op.method_name, op.http_method, op.path)

    gone = {identity(old.operations[i]): i for i in old.operations.keys() - new.operations.keys()}
    came = {identity(new.operations[i]): i for i in new.operations.keys() - old.operations.keys()}
    return {came[key]: gone[key] for key in gone.keys() & came.keys()}


def compare_surfaces(old: Surface, new: Surface) -> Report:
    report = Report()
    renamed = _renamed_operations(old, new)  # new operationId -> old one
    old_ids = old.operations.keys() - set(renamed.values())
    for op_id in sorted(old_ids | new.operations.keys()):
        was = old.operations.get(renamed.get(op_id, op_id))
        now = new.operations.get(op_id)
        shown = now or was
        assert shown is not None  # op_id comes from one of the two
        report.headers[op_id] = f"{shown.method_name} ({shown.http_method} {shown.path})"
        if now is None:
            report.add(
                op_id, BREAKING, f"operation removed: method `{shown.method_name}` disappears"
            )
        elif was is None:
            report.add(op_id, ADDITIVE, f"new operation {now.http_method} {now.path}")
        else:
            if was.op_id != now.op_id:
                report.add(
                    op_id,
                    NOTE,
                    f"operationId was {was.op_id!r} (method `{now.method_name}` unchanged)",
                )
            compare_operation(was, now, report)
        before = was.signature if was else None
        after = now.signature if now else None
        if before != after:
            report.signatures[op_id] = (before, after)
    _compare_global(old, new, report)
    return report


def exit_status(report: Report) -> int:
    """0: no breaking change; 1: breaking changes (2 is for input that could not be used)."""
    return 1 if report.breaking else 0


def _compare_global(old: Surface, new: Surface, report: Report) -> None:
    for name in sorted(old.envelope.keys() | new.envelope.keys()):
        before, after = old.envelope.get(name, set()), new.envelope.get(name, set())
        if before != after:
            report.global_changes.append(
                Change(
                    NOTE,
                    f"signing envelope `{name}` declared as {sorted(before) or 'absent'} -> "
                    f"{sorted(after) or 'absent'} (the client's signing handles it)",
                )
            )
    for name in sorted(old.schemes.keys() - new.schemes.keys()):
        report.global_changes.append(Change(NOTE, f"security scheme `{name}` removed"))
    for name in sorted(new.schemes.keys() - old.schemes.keys()):
        report.global_changes.append(
            Change(NOTE, f"security scheme `{name}` added ({new.schemes[name]})")
        )
    for name in sorted(old.schemes.keys() & new.schemes.keys()):
        if old.schemes[name] != new.schemes[name]:
            report.global_changes.append(
                Change(
                    NOTE,
                    f"security scheme `{name}`: {old.schemes[name]} -> {new.schemes[name]} "
                    "(the operations naming it list what that means for them)",
                )
            )


def compare(old_path: Path, new_path: Path) -> Report:
    return compare_surfaces(load_surface(old_path), load_surface(new_path))


_WIDTH = max(map(len, SEVERITIES))


def render(report: Report, old: Path, new: Path) -> str:
    lines = [f"Spec diff: {old} -> {new}", ""]
    for op_id, changes in report.operations.items():
        lines.append(f"{op_id}: {report.headers[op_id]}")
        ordered = sorted(changes, key=lambda c: SEVERITIES.index(c.severity))
        lines.extend(f"  {c.severity:<{_WIDTH}}  {c.text}" for c in ordered)
        before, after = report.signatures.get(op_id, (None, None))
        if after:
            lines.append(f"  {'method':<{_WIDTH}}  {after}")
        if before:
            lines.append(f"  {'was':<{_WIDTH}}  {before}")
        lines.append("")
    if report.global_changes:
        lines.append("Whole file:")
        lines.extend(f"  {c.severity:<{_WIDTH}}  {c.text}" for c in report.global_changes)
        lines.append("")
    counts = ", ".join(f"{report.count(s)} {s.lower()}" for s in SEVERITIES)
    if not report.all_changes():
        lines.append("No changes for callers.")
    lines.append(f"Summary: {counts}.")
    lines.append(
        "Breaking changes: callers must change code (exit 1)."
        if report.breaking
        else "No breaking changes."
    )
    return "\n".join(lines)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own status for bad arguments is 2 too; say so in one line.
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(description="Report what changed for callers between two spec files.")
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    try:
        text, status = _run(args.old, args.new)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # exit 1 must only ever mean "breaking": anything else is 2
        print(f"error: could not compare the files ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 2
    print(text)
    return status


def _run(old: Path, new: Path) -> tuple[str, int]:
    report = compare(old, new)
    return render(report, old, new), exit_status(report)


if __name__ == "__main__":
    sys.exit(main())
