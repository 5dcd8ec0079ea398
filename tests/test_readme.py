"""Every Python example in the README and in PACKAGE.md (the package index's page)
type-checks under `mypy --strict` and runs, against a sandbox on loopback (the examples read
WHITEBIT_* from the environment)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from whitebit_sandbox import Sandbox

from tests.support import ROOT, run_mypy

BLOCK = re.compile(r"```python\n(.*?)```", re.S)
EXAMPLES = [
    *BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8")),
    *BLOCK.findall((ROOT / "PACKAGE.md").read_text(encoding="utf-8")),
]


def test_the_readme_has_python_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.slow  # mypy in a subprocess
@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_example_type_checks(tmp_path: Path, index: int) -> None:
    done = run_mypy(tmp_path, EXAMPLES[index])
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_example_runs(tmp_path: Path, sandbox: Sandbox, index: int) -> None:
    if "redis-server" in EXAMPLES[index] and shutil.which("redis-server") is None:
        pytest.skip("the example starts a redis-server, which is not installed (make redis)")
    script = tmp_path / "example.py"
    script.write_text(EXAMPLES[index], encoding="utf-8")
    env = {
        **os.environ,
        "WHITEBIT_API_KEY": sandbox.api_key,
        "WHITEBIT_API_SECRET": sandbox.api_secret,
        "WHITEBIT_BASE_URL": sandbox.url,
    }
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert sandbox.api_secret not in done.stdout + done.stderr
