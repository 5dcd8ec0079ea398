"""`make demo`, the main job of the README's first screen: the sandbox in a subprocess and
a short session against it, with no credentials and no internet."""

from __future__ import annotations

import io
import subprocess
import sys

import demo
import pytest

from tests.support import ROOT


def test_the_demo_runs_its_session_and_stops_the_sandbox() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("sandbox running at http://127.0.0.1:")
    assert "USDT main balance:  10000" in lines
    assert any("is refused, as it should be" in line for line in lines)
    assert lines[-1] == "sandbox stopped"
    assert "secret" not in done.stdout.lower()  # the demo never prints the secret


def test_the_banner_is_read_from_the_export_line_from_env_reads() -> None:
    banner = io.StringIO(
        "WhiteBIT sandbox listening on http://127.0.0.1:9\n"
        "export WHITEBIT_API_KEY=k WHITEBIT_API_SECRET='s 1' WHITEBIT_BASE_URL=http://127.0.0.1:9\n"
    )
    assert demo.read_banner(banner) == {
        "WHITEBIT_API_KEY": "k",
        "WHITEBIT_API_SECRET": "s 1",
        "WHITEBIT_BASE_URL": "http://127.0.0.1:9",
    }


def test_a_banner_without_the_export_line_is_a_clear_failure() -> None:
    with pytest.raises(RuntimeError, match="no export line"):
        demo.read_banner(io.StringIO("WhiteBIT sandbox listening on http://127.0.0.1:9\n"))
