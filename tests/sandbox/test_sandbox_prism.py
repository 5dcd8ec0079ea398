"""An independent contract check: Prism, serving WhiteBIT's newest published spec in
validation mode, must find nothing wrong with any request the facade sends.

Prism validates each request against the upstream spec before mocking an answer and
reports problems in an `sl-violations` header; its answer body may be a 401/422 example
even so, which is why the header, not the status, is what counts. Nothing is installed
here: `make prism` puts a pinned Prism into ./node_modules, and without it (or without
Node.js, or without ../shared) the test skips.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from whitebit_main import RetryPolicy, WhiteBIT, errors
from whitebit_main_api._contract import OPERATIONS

from tests.sandbox.test_sandbox_operations import IDS, call_arguments
from tests.support import ROOT, UPSTREAM_DIR, upstream_revisions

PRISM = ROOT / "node_modules" / ".bin" / "prism"
# the newest published revision (our contract follows it: see test_upstream_facts.py)
NEWEST = upstream_revisions()[-1] if upstream_revisions() else None
SECURITY_HEADERS = ("X-TXC-APIKEY", "X-TXC-PAYLOAD", "X-TXC-SIGNATURE")
# starting Prism takes ~10 s (one server for the module, paid by the first test)
pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_listening(process: subprocess.Popen[bytes], port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Prism exited with status {process.returncode} before listening")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail("Prism did not start listening within 60 s")


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("Node.js/npm not available")
    if NEWEST is None:
        pytest.skip(f"no upstream revision in {UPSTREAM_DIR} (../shared missing)")
    if not PRISM.exists():
        pytest.skip("Prism not installed: run `make prism`")
    port = free_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(NEWEST)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "SCARF_ANALYTICS": "false"},
    )
    try:
        wait_until_listening(process, port)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Recorder:
    """Keeps Prism's verdict on the last request the client sent."""

    def __init__(self) -> None:
        self.status: int | None = None
        self.violations: str | None = None

    def before(self, request: httpx.Request) -> None:
        # issueCardToken is sent with its JWT in Authorization, as its own description in
        # the upstream spec requires; that spec still lists the global X-TXC-* schemes for
        # it, which Prism enforces before looking at the body. Placeholders satisfy that
        # check so that the body is validated too.
        for name in SECURITY_HEADERS:
            request.headers.setdefault(name, "placeholder")

    def after(self, response: httpx.Response) -> None:
        self.status = response.status_code
        self.violations = response.headers.get("sl-violations")


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.mark.parametrize("op_id", IDS)
def test_prism_finds_no_violation(prism_url: str, recorder: Recorder, op_id: str) -> None:
    hooks: dict[str, Any] = {"request": [recorder.before], "response": [recorder.after]}
    with (
        httpx.Client(event_hooks=hooks, timeout=30) as http,
        WhiteBIT(
            "prism-key",
            "prism-secret",
            base_url=prism_url,
            gateway_url=prism_url,
            http_client=http,
            retry=RetryPolicy.none(),
            rate_limit=False,
        ) as wb,
        contextlib.suppress(errors.WhiteBITError),  # Prism's mocked answer does not count
    ):
        getattr(wb, OPERATIONS[op_id]["method_name"])(**call_arguments(op_id))
    assert recorder.status is not None, "no answer from Prism"
    assert recorder.status != 404, "Prism knows no such route"
    assert recorder.violations is None, recorder.violations
