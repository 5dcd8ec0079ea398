"""Regenerating from what WhiteBIT may publish next (tests/spec_changes.py): each revision,
built from our contract and from the newest upstream file, either generates or fails with
one line naming the spot; a generated client sends the call as the spec says (method, path,
query, body, credentials) to a loopback server, and a user's script over it passes
`mypy --strict`."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from tests.spec_changes import REVISIONS, Revision, bases, load, write
from tests.support import ROOT

GENERATE = ROOT / "scripts" / "generate.py"
CALL = ROOT / "tests" / "revision_call.py"
ENVELOPE = {"request", "nonce", "nonceWindow"}

CASES = [
    pytest.param(
        base,
        revision,
        id=f"{base}-{revision.name}",
        marks=[pytest.mark.slow] if revision.error is None else [],
    )
    for base in ("contract", "upstream")
    for revision in REVISIONS
]


class Generated:
    """One regenerated package per (base, revision), shared by the tests of the module."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.done: dict[tuple[str, str], tuple[Path, Path, subprocess.CompletedProcess[str]]] = {}

    def get(
        self, base: str, revision: Revision
    ) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
        key = (base, revision.name)
        if key not in self.done:
            files = bases()
            if base not in files:
                pytest.skip("../shared/upstream-specs is not available")
            folder = self.root / f"{base}-{revision.name}"
            folder.mkdir()
            spec = write(revision.build(load(files[base])), folder / "spec.yaml")
            out = folder / "out"
            (out / "whitebit_main_api").mkdir(parents=True)
            (out / "whitebit_main_api" / "__init__.py").write_text("# previous generation\n")
            done = subprocess.run(
                [sys.executable, str(GENERATE), "--spec", str(spec), "--output", str(out)],
                capture_output=True,
                text=True,
                check=False,
            )
            self.done[key] = (spec, out, done)
        return self.done[key]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return Generated(tmp_path_factory.mktemp("revisions"))


def _env(out: Path) -> dict[str, str]:
    path = os.pathsep.join([str(out), str(ROOT / "facade"), str(ROOT)])
    return {**os.environ, "PYTHONPATH": path}


def _succeeded(generated: Generated, base: str, revision: Revision) -> Path:
    _spec, out, done = generated.get(base, revision)
    assert done.returncode == 0, done.stderr
    return out


@pytest.mark.parametrize(("base", "revision"), CASES)
def test_generation_succeeds_or_fails_with_one_line_naming_the_spot(
    generated: Generated, base: str, revision: Revision
) -> None:
    spec, out, done = generated.get(base, revision)
    if revision.error is None:
        assert done.returncode == 0, done.stderr
        assert (out / "whitebit_main_api" / "operations.py").is_file()
        return
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"error: {spec}:"), lines[0]
    assert revision.error in lines[0]
    assert revision.where is not None and revision.where in lines[0]
    # the previous generation is left as it was
    assert (out / "whitebit_main_api" / "__init__.py").read_text() == "# previous generation\n"
    assert not (out / "whitebit_main_api" / "operations.py").exists()


def _run_call(out: Path, call: dict[str, Any]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(CALL), json.dumps(call)],
        capture_output=True,
        text=True,
        env=_env(out),
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout)
    return report


CALLS = [p for p in CASES if p.values[1].call is not None]  # type: ignore[union-attr]


@pytest.mark.parametrize(("base", "revision"), CALLS)
def test_the_regenerated_client_sends_the_call_as_the_spec_says(
    generated: Generated, base: str, revision: Revision
) -> None:
    out = _succeeded(generated, base, revision)
    call = revision.call
    assert call is not None
    report = _run_call(out, {"method_name": call.method_name, "kwargs": call.kwargs})
    [request] = report["requests"]
    assert request["method"] == call.http_method
    assert request["path"] == call.path
    assert request["query"] == call.query
    headers = request["headers"]
    body = request["body"] or {}
    assert {k: v for k, v in body.items() if k not in ENVELOPE} == call.body
    if call.signed:
        assert headers["x-txc-apikey"] == "k-revision"
        assert "x-txc-signature" in headers and "authorization" not in headers
        # the signed envelope names the path the request went to, parameters filled in
        assert body["request"] == unquote(call.path)
    else:
        assert headers["authorization"] == call.token
        assert not any(name.startswith("x-txc-") for name in headers)
    assert report["floats"] == [], "money must come back as Decimal"
    if revision.name == "hostile_text":  # the text stayed text: no call of it in the code
        tree = ast.parse((out / "whitebit_main_api" / "operations.py").read_text())
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        assert not [
            c for c in calls if isinstance(c.func, ast.Attribute) and c.func.attr == "system"
        ]
    # An upstream file marks no money: `amount` is made Decimal by the overlay's words. Our
    # contract marks its own (`format: decimal`), so its new `amount` stays the text it is.
    money = base == "upstream"
    if revision.name == "map_answer":  # a map of models, read as a mapping of them
        assert report["result_type"] == "GetWithdrawLimitsResult"
        assert report["decimals"] == (["2"] if money else [])
    if revision.name == "array_and_map_answers":
        assert report["result_type"] == "list"
        assert report["decimals"] == (["0.1"] if money else [])
    if revision.name == "money_retyped":
        assert "0.0001" in report["decimals"]


@pytest.mark.slow
@pytest.mark.parametrize("base", ["contract", "upstream"])
def test_a_removed_operation_is_gone_from_the_client(generated: Generated, base: str) -> None:
    revision = next(r for r in REVISIONS if r.gone)
    out = _succeeded(generated, base, revision)
    report = _run_call(out, {"gone": revision.gone})
    assert report["gone_still_there"] is False


def _user_script(revision: Revision) -> str:
    call = revision.call
    assert call is not None
    args = ", ".join(f"{k}={v!r}" for k, v in call.kwargs.items())
    return (
        "from whitebit_main import WhiteBIT\n\n\n"
        "def run(client: WhiteBIT) -> str:\n"
        f"    result = client.{call.method_name}({args})\n"
        "    return repr(result)\n"
    )


# Every revision that generates and has a call to make: the user's script over it is held
# to mypy --strict (the types a caller writes against are the point of regenerating).
MYPY_CASES = tuple(r.name for r in REVISIONS if r.error is None and r.call is not None)


def _mypy(script: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict as the project runs it (pyproject's overrides for the generator's own
    modules), with the regenerated package in place of generated/."""
    config = script.parent / "mypy.ini"
    config.write_text(
        "[mypy]\nstrict = True\npython_version = 3.11\n"
        f"mypy_path = {out}{os.pathsep}{ROOT / 'facade'}\n"
        "[mypy-whitebit_main_api.api.*,whitebit_main_api.models.*,whitebit_main_api.client,"
        "whitebit_main_api.types,whitebit_main_api.errors]\nignore_errors = True\n",
        encoding="utf-8",
    )
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--no-incremental",
            "--config-file",
            str(config),
            str(script),
        ],
        capture_output=True,
        text=True,
        cwd=script.parent,
        check=False,
    )


@pytest.mark.slow  # mypy over a regenerated package: tens of seconds each
@pytest.mark.parametrize("name", MYPY_CASES)
def test_a_user_script_over_the_regenerated_client_passes_mypy_strict(
    generated: Generated, name: str, tmp_path: Path
) -> None:
    revision = next(r for r in REVISIONS if r.name == name)
    out = _succeeded(generated, "contract", revision)
    script = tmp_path / "user_job.py"
    script.write_text(_user_script(revision), encoding="utf-8")
    done = _mypy(script, out)
    assert done.returncode == 0, done.stdout[-3000:]
    # the signature is really typed: an argument the spec does not have is caught
    assert revision.call is not None
    method = revision.call.method_name
    script.write_text(
        _user_script(revision).replace(f"{method}(", f"{method}(no_such_argument=1, "),
        encoding="utf-8",
    )
    wrong = _mypy(script, out)
    assert wrong.returncode == 1 and "no_such_argument" in wrong.stdout, wrong.stdout
