"""`make generate`: reproducible output, one clear line for a broken spec, nothing touched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support import ROOT

GENERATE = ROOT / "scripts" / "generate.py"

MINIMAL = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/api/v4/a": {
            "post": {
                "operationId": "opA",
                "tags": ["T"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"x": {"type": "string"}}}
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"y": {"type": "string"}},
                                }
                            }
                        },
                    }
                },
            }
        },
    },
}


def run_generate(*args: str) -> subprocess.CompletedProcess[str]:
    """generate.py; a made-up spec (not WhiteBIT's operations) without the overlay."""
    if "--spec" in args:
        args = (*args, "--overlay", "none")
    return subprocess.run(
        [sys.executable, str(GENERATE), *args], capture_output=True, text=True, check=False
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def output(tmp_path: Path) -> Path:
    """An output folder holding a previous generation, to prove failures leave it alone."""
    out = tmp_path / "out"
    (out / "whitebit_main_api").mkdir(parents=True)
    (out / "whitebit_main_api" / "__init__.py").write_text("# previous generation\n")
    return out


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def broken_cases(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    dup = yaml.safe_load(yaml.safe_dump(MINIMAL))
    dup["paths"]["/api/v4/b"] = dup["paths"]["/api/v4/a"]
    dangling = yaml.safe_load(yaml.safe_dump(MINIMAL))
    dangling["paths"]["/api/v4/a"]["post"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ] = {"$ref": "#/components/schemas/Nowhere"}
    # The success body's inline `data` object becomes class OpAResultData, which is also a
    # component's name: the generator drops that response with a warning and exits 0.
    dropped = yaml.safe_load(yaml.safe_dump(MINIMAL))
    op = dropped["paths"]["/api/v4/a"]["post"]
    op["responses"]["200"]["content"]["application/json"]["schema"] = {
        "type": "object",
        "properties": {"data": {"type": "object", "properties": {"q": {"type": "string"}}}},
    }
    dropped["components"] = {"schemas": {"OpAResultData": {"type": "object"}}}
    op["requestBody"]["content"]["application/json"]["schema"]["properties"]["y"] = {
        "$ref": "#/components/schemas/OpAResultData"
    }
    params = yaml.safe_load(yaml.safe_dump(MINIMAL))
    params["paths"]["/api/v4/a"]["post"]["parameters"] = [
        {"name": "f", "in": "header", "schema": {"type": "string"}}
    ]
    swagger = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    return {
        "yaml": (
            write(tmp_path, "bad.yaml", "openapi: 3.0.3\npaths:\n  /a: [unclosed\n"),
            "bad.yaml:4:1: not valid YAML",
        ),
        "duplicate": (
            write(tmp_path, "dup.yaml", yaml.safe_dump(dup)),
            "duplicate operationId 'opA'",
        ),
        "dangling": (
            write(tmp_path, "ref.yaml", yaml.safe_dump(dangling)),
            "$ref to nothing: #/components/schemas/Nowhere",
        ),
        "swagger": (
            write(tmp_path, "sw.yaml", yaml.safe_dump(swagger)),
            "not an OpenAPI 3 document (swagger 2.0)",
        ),
        "parameters": (
            write(tmp_path, "params.yaml", yaml.safe_dump(params)),
            "operation opA has parameter 'f' in header; only path and query parameters are "
            "supported",
        ),
        "dropped": (
            write(tmp_path, "drop.yaml", yaml.safe_dump(dropped)),
            "openapi-python-client would drop part of the spec",
        ),
    }


@pytest.mark.parametrize(
    "case", ["yaml", "duplicate", "dangling", "swagger", "parameters", "dropped"]
)
def test_broken_spec_fails_with_one_line_and_leaves_output(
    case: str, tmp_path: Path, output: Path
) -> None:
    spec, expected = broken_cases(tmp_path)[case]
    before = snapshot(output)
    done = run_generate("--spec", str(spec), "--output", str(output))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"error: {spec}"), lines[0]
    assert expected in lines[0]
    assert snapshot(output) == before


@pytest.mark.slow  # generates the package in a subprocess
def test_generation_is_byte_identical_and_matches_committed(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for out in (first, second):
        done = run_generate("--output", str(out))
        assert done.returncode == 0, done.stderr
    assert snapshot(first) == snapshot(second)
    assert snapshot(first / "whitebit_main_api") == {
        k: v
        for k, v in snapshot(ROOT / "generated" / "whitebit_main_api").items()
        if "__pycache__" not in k
    }


@pytest.mark.slow  # generates the package in a subprocess
def test_check_names_the_files_that_differ(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_generate("--output", str(out)).returncode == 0
    (out / "whitebit_main_api" / "operations.py").write_text("# edited by hand\n")
    (out / "whitebit_main_api" / "stray.py").write_text("")
    done = run_generate("--check", "--output", str(out))
    assert done.returncode == 1
    assert "differs: operations.py" in done.stderr
    assert "extra: stray.py" in done.stderr


def test_a_new_operation_appears_as_a_typed_method_without_facade_code(tmp_path: Path) -> None:
    spec = yaml.safe_load(yaml.safe_dump(MINIMAL))
    done = run_generate(
        "--spec",
        str(write(tmp_path, "s.yaml", yaml.safe_dump(spec))),
        "--output",
        str(tmp_path / "out"),
    )
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "out" / "whitebit_main_api" / "operations.py").read_text()
    assert "    def op_a(self, *, x: str | None = None) -> OpAResult:" in text
    assert "    async def op_a(self, *, x: str | None = None) -> OpAResult:" in text
    assert '        return self._call("opA", {"x": x}, OpAResult.from_dict)' in text


def test_models_load_on_first_use() -> None:
    """One generated parser imports the models it needs, not all of them."""
    probe = (
        "import sys\n"
        "import whitebit_main_api.api.crypto_lending_flex.withdraw_from_flex_investment\n"
        "loaded = [m for m in sys.modules if m.startswith('whitebit_main_api.models.')]\n"
        "from whitebit_main_api.models import FlexPlan\n"
        "print(len(loaded), FlexPlan.__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "generated"), "PATH": ""},
    )
    count, name = done.stdout.split()
    assert int(count) <= 5 and name == "FlexPlan"


def test_a_package_that_does_not_import_is_refused_before_it_replaces_the_old(
    tmp_path: Path,
) -> None:
    from generate import smoke  # scripts/ is on the test path
    from spec_errors import SpecError

    package = tmp_path / "whitebit_main_api"
    package.mkdir()
    (package / "__init__.py").write_text("EXAMPLE = nan\n")  # what a `.nan` example once wrote
    with pytest.raises(SpecError) as caught:
        smoke(package, tmp_path / "spec.yaml")
    line = caught.value.line()
    assert line.startswith(f"{tmp_path / 'spec.yaml'}: the generated package fails its smoke")
    assert "does not import: NameError: name 'nan' is not defined" in line
    assert "\n" not in line
