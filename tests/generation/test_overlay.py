"""openapi/overlay.yaml: our additions to WhiteBIT's file as data, merged and validated by
prepare_spec; a mistake in it is one line naming the entry."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from overlay import OVERLAY, default_overlay, load_overlay, merge_overlay
from prepare_spec import operations, prepare
from spec_errors import SpecError

from tests.spec_changes import newest_upstream, operation
from tests.support import ROOT, SPEC_PATH

GENERATE = ROOT / "scripts" / "generate.py"


def overlay_text() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    return data


def write_overlay(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "overlay.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def spec_without_facts() -> dict[str, Any]:
    """The contract with our x- facts taken off, as WhiteBIT publishes its files."""
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    for _path, _method, op in operations(spec):
        for key in [k for k in op if k.startswith("x-")]:
            del op[key]
    for tag in spec.get("tags") or []:
        tag.pop("x-check-with", None)
    return spec


@pytest.mark.parametrize(
    ("edit", "where", "message"),
    [
        (
            lambda o: o["operations"].__setitem__("createWithdrawl", {"x-auth": "jwt"}),
            "overlay.yaml:operations.createWithdrawl",
            "the spec has no operation 'createWithdrawl'",
        ),
        (
            lambda o: o["operations"]["issueCardToken"].__setitem__("x-auht", "jwt"),
            "overlay.yaml:operations.issueCardToken",
            "unknown key 'x-auht'",
        ),
        (
            lambda o: o["operations"]["createWithdraw"]["x-idempotency"].__setitem__(
                "key", "clientOrderId"
            ),
            "overlay.yaml:operations.createWithdraw.x-idempotency.key",
            "the operation has no body field 'clientOrderId'",
        ),
        (
            lambda o: o["tags"].__setitem__("Wallets", {"x-check-with": "getMainBalance"}),
            "overlay.yaml:tags.Wallets",
            "the spec has no tag 'Wallets'",
        ),
        (
            lambda o: o["rules"].__setitem__("money_wrods", ["amount"]),
            "overlay.yaml:rules",
            "unknown key 'money_wrods'",
        ),
    ],
    ids=["operation", "key", "field", "tag", "rule"],
)
def test_a_mistake_in_the_overlay_is_one_line_naming_the_entry(
    tmp_path: Path, edit: Any, where: str, message: str
) -> None:
    data = overlay_text()
    edit(data)
    path = write_overlay(tmp_path, data)
    done = subprocess.run(
        [sys.executable, str(GENERATE), "--overlay", str(path), "--output", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"error: {tmp_path / where}"), line
    assert message in line
    assert not (tmp_path / "o").exists()


def test_the_overlay_gives_a_bare_file_our_facts_in_its_own_spelling() -> None:
    spec = spec_without_facts()
    merge_overlay(spec, default_overlay())
    facts = operation(spec, "createWithdraw")["x-idempotency"]
    assert facts["key"] == "uniqueId"
    assert facts["find"]["method"] == "find_withdrawal"
    # the contract's history spells its filter `unique_id`: followed, not the overlay's word
    assert facts["find"]["filter"] == "unique_id"
    assert operation(spec, "issueCardToken")["x-auth"] == "jwt"
    checks = {t["name"]: t.get("x-check-with") for t in spec["tags"]}
    assert checks["Transfer"] == "getMainBalance" and checks["Fees"] is None


def test_a_fact_the_file_states_wins_over_the_overlay() -> None:
    spec = spec_without_facts()
    stated = {"key": "uniqueId"}  # no finder: the file's own choice
    operation(spec, "createWithdraw")["x-idempotency"] = copy.deepcopy(stated)
    merge_overlay(spec, default_overlay())
    assert operation(spec, "createWithdraw")["x-idempotency"] == stated


def test_without_the_overlay_nothing_of_ours_is_added() -> None:
    upstream = newest_upstream()
    if upstream is None:
        pytest.skip("../shared/upstream-specs is not available")
    bare, _ = prepare(upstream)
    merged, _ = prepare(upstream, default_overlay())
    assert "x-idempotency" not in operation(bare, "createWithdraw")
    assert operation(merged, "createWithdraw")["x-idempotency"]["key"] == "uniqueId"
    assert operation(merged, "issueCardToken")["x-auth"] == "jwt"


def test_an_unreadable_overlay_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "overlay.yaml"
    path.write_text("operations: [unclosed\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_overlay(path)
    assert caught.value.line().startswith(f"{path}: not valid YAML")
