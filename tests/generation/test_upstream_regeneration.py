"""`make generate SPEC=<upstream file>` on every published revision, unedited: the generator
keeps every operation, the facade calls each one sync and async, and names stay stable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import ROOT, UPSTREAM_DIR, spec_operations, upstream_files

SMOKE = ROOT / "tests" / "upstream_smoke.py"
# every revision regenerated and called in subprocesses: minutes
pytestmark = pytest.mark.slow


def regenerate_and_call(spec: Path, workdir: Path) -> dict[str, Any]:
    out = workdir / spec.stem
    generated = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--spec",
            str(spec),
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if generated.returncode != 0:
        return {"error": f"generate failed: {generated.stderr.strip()}"}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(out), str(ROOT / "facade")])}
    called = subprocess.run(
        [sys.executable, str(SMOKE)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=workdir,
    )
    if called.returncode != 0:
        return {"error": f"calls failed: {called.stderr.strip()[-2000:]}"}
    return {"annotations": json.loads(called.stdout)}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    files = upstream_files()
    workdir = tmp_path_factory.mktemp("upstream")
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        done = pool.map(lambda f: (f.name, regenerate_and_call(f, workdir)), files)
        return dict(done)


def test_every_revision_generates_and_every_operation_is_callable(
    results: dict[str, dict[str, Any]],
) -> None:
    # none silently skipped: a result for every spec file in the folder
    assert set(results) == {p.name for p in UPSTREAM_DIR.iterdir() if p.suffix == ".yaml"}
    failures = {name: r["error"] for name, r in results.items() if "error" in r}
    assert not failures, json.dumps(failures, indent=1)
    for spec in upstream_files():
        operations = spec_operations(yaml.safe_load(spec.read_text(encoding="utf-8")))
        assert set(results[spec.name]["annotations"]) == set(operations), spec.name


def test_return_types_keep_their_names_across_revisions(
    results: dict[str, dict[str, Any]],
) -> None:
    """Each operation returns the same class name in every revision and in our contract."""
    ours = subprocess.run(
        [sys.executable, str(SMOKE)],
        capture_output=True,
        text=True,
        check=True,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "facade")]),
        },
    )
    names: dict[str, str] = json.loads(ours.stdout)
    moved = [
        f"{revision}: {op_id} returns {name}, ours {names[op_id]}"
        for revision, result in results.items()
        for op_id, name in result.get("annotations", {}).items()
        if names.get(op_id, name) != name
    ]
    assert not moved, "\n".join(moved)
