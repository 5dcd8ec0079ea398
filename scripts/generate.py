"""`make generate`: spec -> generated/whitebit_main_api, or `--check` that it is in sync.

Steps: prepare the spec (scripts/prepare_spec.py, with openapi/overlay.yaml merged onto
it unless `--overlay none`); let openapi-python-client parse the
generator input; retype decimal fields (scripts/decimals.py); render the whole package with
the generator's own Jinja environment and the project's templates (openapi/templates: model
and property overrides, plus the typed operations layer, the contract table and the examples
table, from scripts/operation_facts.py); fail on any generator
warning (it drops operations it cannot handle and still succeeds); format with ruff in
isolated mode; import the new package with the facade and call one operation once, in a
fresh process (scripts/smoke_generated.py); swap the result into place. Nothing under the
output folder changes unless every step passed.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import io
import json
import os
import pprint
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

import answer_fields
import enums
from decimals import use_decimals
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError, ParseError
from operation_facts import build_facts, finders
from overlay import OVERLAY, Overlay, load_overlay
from prepare_spec import prepare
from request_types import build_request_types
from spec_errors import SpecError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "openapi" / "main_api_v4.yaml"
CONFIG = ROOT / "openapi" / "generator-config.yaml"
# Our templates: overrides of the generator's (lazy model loading, Mapping models, Decimal
# fields) and the modules it does not know; tied to the pinned generator version.
TEMPLATES = ROOT / "openapi" / "templates"
# Modules the generator's Project does not write; rendered here with the same environment.
EXTRA_MODULES = {
    "operations.py": "operations.py.jinja",
    "_contract.py": "_contract.py.jinja",
    "_examples.py": "_examples.py.jinja",
    "API.md": "API.md.jinja",
    "request_types.py": "request_types.py.jinja",
    "enums.py": "enums.py.jinja",
}
# Plain modules the generated code imports, copied as they are (openapi/runtime).
RUNTIME = ROOT / "openapi" / "runtime"
RUNTIME_MODULES = ("_answers.py", "_decimal.py", "_reading.py")
PACKAGE = "whitebit_main_api"
# The generator sometimes prints an object repr where it means a value; keep messages clean.
_GENERATOR_REPR = re.compile(r"<openapi_python_client[\w.]* object at 0x[0-9a-f]+>")
RUFF_ARGS = ["--isolated", "--no-cache", "--line-length", "100", "--target-version", "py311"]


def _describe(error: GeneratorError) -> str:
    detail = (error.detail or "").strip().splitlines()
    text = f"{error.header.strip().rstrip(':')}: {detail[0] if detail else ''}".strip()
    if isinstance(error, ParseError) and error.data is not None:
        data: Any = error.data
        op_id = getattr(data, "operationId", None)
        if op_id:
            text += f" (operation {op_id})"
    text = _GENERATOR_REPR.sub("?", text)
    return f"openapi-python-client would drop part of the spec: {text}"


def _config(source: Path, output: Path) -> Config:
    return Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        source,
        "utf-8",
        overwrite=True,
        output_path=output,
    )


def _ruff(package: Path) -> None:
    steps = [
        ["check", *RUFF_ARGS, "--fix-only", "--select", "F401,I", "--exit-zero", str(package)],
        ["format", *RUFF_ARGS, str(package)],
    ]
    # The ruff binary itself: `python -m ruff` inside the package would import its types.py.
    ruff = Path(sysconfig.get_path("scripts")) / "ruff"
    for step in steps:
        done = subprocess.run(
            [str(ruff), *step],
            cwd=package.parent,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SpecError(str(package), f"ruff {step[0]} failed: {done.stderr.strip()[:300]}")


def _python_literal(value: object) -> str:
    return pprint.pformat(value, width=100, sort_dicts=False)


def build(spec_path: Path, workdir: Path, overlay: Overlay | None = None) -> Path:
    """Generate the package into `workdir` from `spec_path` with `overlay` merged onto it
    (None: the file alone); return its folder. Raises SpecError."""
    contract, generator_input = prepare(spec_path, overlay)
    source = workdir / "generator-input.json"
    source.write_text(json.dumps(generator_input, indent=1), encoding="utf-8")
    package = workdir / PACKAGE
    config = _config(source, package)
    data = GeneratorData.from_dict(generator_input, config=config)
    if isinstance(data, GeneratorError):
        raise SpecError(str(spec_path), _describe(data))
    use_decimals(data)
    try:
        facts = build_facts(contract, data)
        # Typed nested fields and named constants (issue 23): sets the arguments' types.
        models = {str(m.class_info.name) for m in data.models}
        request_types = build_request_types(contract, facts, models)
        enumerations = enums.collect(contract)
    except SpecError as exc:
        raise SpecError(str(spec_path), exc.what, exc.where) from None
    # The generator's Project renders its own files; ours go through the same environment
    # (filters, globals, template path) because Project has no hook for extra modules.
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    project.env.filters["python_literal"] = _python_literal
    project.env.globals.update(
        field_plan=answer_fields.field_plan,
        enum_names=answer_fields.enum_names,
        schema_of=answer_fields.schema_of,
        value_reader=answer_fields.value_reader,
    )
    with contextlib.redirect_stdout(io.StringIO()):
        errors = list(project.build())
    if errors:
        raise SpecError(str(spec_path), _describe(errors[0]))
    context = {
        "operations": facts,
        "result_models": sorted(
            {(f.result.module, f.result.model) for f in facts if f.result.model is not None}
            | {(f.paging.item_module, f.paging.item_type) for f in facts if f.paging is not None}
        ),
        "finders": finders(facts),
        "contract": {f.operation_id: f.contract_entry() for f in facts},
        "examples": {f.operation_id: (f.success_status, f.example) for f in facts},
        "request_types": request_types,
        "enumerations": enumerations,
    }
    for module, template in EXTRA_MODULES.items():
        text = project.env.get_template(template).render(**context)
        (package / module).write_text(text, encoding="utf-8")
    for module in RUNTIME_MODULES:
        shutil.copyfile(RUNTIME / module, package / module)
    (package / "py.typed").write_text("", encoding="utf-8")
    _ruff(package)
    return package


SMOKE = ROOT / "scripts" / "smoke_generated.py"
FACADE = ROOT / "facade"


def smoke(package: Path, spec_path: Path) -> None:
    """Import the new package with the facade and call one operation once (in another
    process: this one has the old package imported); SpecError when that fails."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(package.parent), str(FACADE)]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    done = subprocess.run(
        [sys.executable, str(SMOKE)],
        capture_output=True,
        text=True,
        env=env,
        cwd=package.parent,
        check=False,
    )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or ["no message"]
        where, _, what = lines[-1].rpartition("\t")
        raise SpecError(
            str(spec_path), f"the generated package fails its smoke call: {what}", where
        )


def _tree(folder: Path) -> set[str]:
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def differences(expected: Path, actual: Path) -> list[str]:
    want, have = _tree(expected), _tree(actual)
    changed = [
        name
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return (
        [f"missing: {n}" for n in sorted(want - have)]
        + [f"extra: {n}" for n in sorted(have - want)]
        + [f"differs: {n}" for n in changed]
    )


def install(package: Path, output: Path) -> None:
    """Swap the new package in with renames, so a failure never leaves a half-written tree."""
    output.mkdir(parents=True, exist_ok=True)
    target = output / PACKAGE
    staged = Path(tempfile.mkdtemp(prefix=".staged-", dir=output))
    shutil.copytree(package, staged / PACKAGE)
    retired = output / f".retired-{os.getpid()}"
    if target.exists():
        target.rename(retired)
    (staged / PACKAGE).rename(target)
    shutil.rmtree(staged, ignore_errors=True)
    shutil.rmtree(retired, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--output", type=Path, default=ROOT / "generated")
    parser.add_argument(
        "--check", action="store_true", help="compare with --output, change nothing"
    )
    parser.add_argument(
        "--overlay",
        default=str(OVERLAY),
        help="our additions merged onto the spec (default openapi/overlay.yaml; 'none': none)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="whitebit-generate-") as tmp:
        try:
            overlay = None if args.overlay == "none" else load_overlay(Path(args.overlay))
            package = build(args.spec, Path(tmp), overlay)
            if not args.check:
                smoke(package, args.spec)
        except SpecError as exc:
            print(f"error: {exc.line()}", file=sys.stderr)
            return 1
        if args.check:
            diff = differences(package, args.output / PACKAGE)
            if diff:
                print(f"{args.output / PACKAGE} is out of date with {args.spec}:", file=sys.stderr)
                print("\n".join(f"  {line}" for line in diff), file=sys.stderr)
                print("run `make generate` and commit the result", file=sys.stderr)
                return 1
            print(f"{args.output / PACKAGE} matches {args.spec}")
            return 0
        install(package, args.output)
    print(f"generated {args.output / PACKAGE} from {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
