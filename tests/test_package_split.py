"""The client and the sandbox are separate import packages: using the client never loads
the sandbox (nor its pytest plugin), and the sandbox reaches the client only through it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import importlib, json, pkgutil, sys
import whitebit_main
for info in pkgutil.walk_packages(whitebit_main.__path__, "whitebit_main."):
    importlib.import_module(info.name)
print(json.dumps(sorted(name for name in sys.modules if name.startswith("whitebit_sandbox"))))
"""


def test_importing_every_client_module_loads_no_sandbox_module() -> None:
    # -p no:... is irrelevant here: a plain interpreter, as a user's program runs.
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert json.loads(result.stdout) == []


def test_no_client_module_names_the_sandbox_package() -> None:
    offenders = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "facade" / "whitebit_main").rglob("*.py")
        if "whitebit_sandbox" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
