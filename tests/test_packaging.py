"""`pip install .` yields one distribution holding both packages, typed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.support import ROOT


@pytest.mark.slow  # builds a wheel
def test_wheel_holds_generated_client_and_facade(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("whitebit_main-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "whitebit_main/__init__.py",
        "whitebit_main/py.typed",
        "whitebit_main_api/__init__.py",
        "whitebit_main_api/py.typed",
        "whitebit_main_api/operations.py",
        "whitebit_main_api/_contract.py",
        "whitebit_main_api/api/crypto_lending_flex/withdraw_from_flex_investment.py",
    ):
        assert required in names, required
    assert not any(n.startswith(("tests/", "scripts/")) for n in names)
    metadata = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Requires-Python: >=3.11" in text
    assert "Requires-Dist: httpx" in text and "Requires-Dist: attrs" in text
    assert "dateutil" not in text


def test_package_description_and_sdist(tmp_path: Path) -> None:
    """The index page starts with `pip install`; the sdist ships sources and the contract,
    not a test suite that could not run without the repository."""
    build = f"import setuptools.build_meta as b; b.build_sdist({str(tmp_path)!r})"
    done = subprocess.run(
        [sys.executable, "-c", build], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (sdist,) = tmp_path.glob("whitebit_main-*.tar.gz")
    import tarfile

    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        pkg_info = next(n for n in names if n.endswith("/PKG-INFO"))
        info = archive.extractfile(pkg_info).read().decode()  # type: ignore[union-attr]
    assert not any("/tests/" in n for n in names)
    assert any(n.endswith("whitebit_main_api/API.md") for n in names)
    assert any(n.endswith("openapi/main_api_v4.yaml") for n in names)
    description = info.split("\n\n", 1)[1]
    assert description.lstrip().startswith("# whitebit-main")
    assert description.index("pip install whitebit-main") < 200
    assert "Classifier: Typing :: Typed" in info
    assert "Project-URL:" in info
