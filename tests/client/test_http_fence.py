"""The httpx and httpcore names the client relies on beyond their documented API: all in
`whitebit_main._http`, all still there. An httpx upgrade that moves one fails here."""

from __future__ import annotations

import ast
import importlib
import sys
import tomllib
from pathlib import Path

import httpx
import pytest
from whitebit_main import WhiteBIT
from whitebit_main._http import RELIED_ON, RELIED_ON_PRIVATE

ROOT = Path(__file__).resolve().parents[2]
FACADE = ROOT / "facade" / "whitebit_main"


def resolve(dotted: str) -> object:
    module_name, *attributes = dotted.split(".")
    found: object = importlib.import_module(module_name)
    for attribute in attributes:
        found = getattr(found, attribute)
    return found


@pytest.mark.parametrize("dotted", RELIED_ON)
def test_every_public_name_relied_on_exists(dotted: str) -> None:
    assert resolve(dotted) is not None


def test_the_transport_still_sends_through_the_pool_it_is_given() -> None:
    # DeadlineTransport sets HTTPTransport's private `_pool` instead of calling its
    # __init__: httpx's own transport must still keep its pool there.
    (dotted,) = RELIED_ON_PRIVATE
    assert dotted == "httpx.HTTPTransport._pool"
    assert isinstance(httpx.HTTPTransport()._pool, resolve("httpcore.ConnectionPool"))  # type: ignore[arg-type]
    with WhiteBIT("k", "s") as wb:
        assert isinstance(wb._direct, httpx.HTTPTransport)
        assert isinstance(wb._direct._pool, resolve("httpcore.ConnectionPool"))  # type: ignore[arg-type]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_httpcore_is_imported_only_inside_the_fence() -> None:
    outside = [
        path.relative_to(FACADE).as_posix()
        for path in FACADE.rglob("*.py")
        if "httpcore" in imported_modules(path) and "_http" not in path.parts
    ]
    assert outside == []


def test_every_third_party_import_of_the_package_is_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        requirement.split(";")[0]
        .split("[")[0]
        .split("=")[0]
        .split(">")[0]
        .split("<")[0]
        .strip()
        .replace("-", "_")
        for requirement in project["dependencies"]
    }
    optional = {
        requirement.split("=")[0].split("[")[0].strip().replace("-", "_")
        for extra in project["optional-dependencies"].values()
        for requirement in extra
    }
    ours = {"whitebit_main", "whitebit_main_api"}
    used: set[str] = set()
    for path in FACADE.rglob("*.py"):
        used |= imported_modules(path)
    third_party = {
        name for name in used if name not in sys.stdlib_module_names and name not in ours
    }
    assert third_party - declared - optional == set()
    # httpcore is imported at run time by the default blocking client: a hard dependency.
    assert "httpcore" in declared
