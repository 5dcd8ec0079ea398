"""`python -m whitebit_sandbox` and `whitebit-sandbox`: start, print the URL and the
demo key, serve, stop on SIGTERM or Ctrl-C with exit status 0, dump the state on exit."""

from __future__ import annotations

import json
import os
import queue
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from unittest import mock

import pytest
from whitebit_main import RetryPolicy, WhiteBIT
from whitebit_sandbox import DEMO_API_KEY, DEMO_API_SECRET

MODULE = [sys.executable, "-m", "whitebit_sandbox"]
CONSOLE_SCRIPT = Path(sys.executable).parent / "whitebit-sandbox"


def banner_lines(process: subprocess.Popen[str], count: int) -> list[str]:
    """The first `count` lines the process prints, waiting at most 20 s in all."""
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for _ in range(count):
            lines.put(process.stdout.readline())

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + 20
    return [lines.get(timeout=max(0.01, deadline - time.monotonic())) for _ in range(count)]


def exported(line: str) -> dict[str, str]:
    """The variables an `export A=x B=y` line sets, read as a shell reads them."""
    words = shlex.split(line)
    assert words[0] == "export"
    return dict(word.split("=", 1) for word in words[1:])


@contextmanager
def running(command: list[str]) -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    """The sandbox process and what its banner said (url, key, secret)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        banner: dict[str, str] = {}
        for line in banner_lines(process, 5):
            if line.startswith("export "):
                banner.update(exported(line))
            for name, pattern in (
                ("url", r"listening on (http://\S+)"),
                ("key", r"api key:\s+(\S+)"),
            ):
                found = re.search(pattern, line)
                if found:
                    banner[name] = found.group(1)
            banner["text"] = banner.get("text", "") + line
        yield process, banner
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def stop(process: subprocess.Popen[str], how: int = signal.SIGTERM) -> tuple[int, str]:
    process.send_signal(how)
    out, _err = process.communicate(timeout=10)
    return process.returncode, out


def test_module_prints_url_and_demo_key_and_stops_on_sigterm() -> None:
    with running([*MODULE, "--port", "0"]) as (process, banner):
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", banner["url"])
        assert banner["key"] == DEMO_API_KEY
        assert banner["WHITEBIT_API_SECRET"] == DEMO_API_SECRET
        assert banner["text"].count(DEMO_API_SECRET) == 1  # on the export line only
        assert "demo credentials of this sandbox only" in banner["text"]
        with WhiteBIT(DEMO_API_KEY, DEMO_API_SECRET, base_url=banner["url"]) as wb:
            assert wb.get_main_balance(ticker="USDT")["USDT"].main_balance == 10000
        # What a user pastes into the shell is what from_env() reads.
        env = {k: v for k, v in banner.items() if k.startswith("WHITEBIT_")}
        with mock.patch.dict(os.environ, env), WhiteBIT.from_env() as wb:
            assert wb.base_url == banner["url"]
            assert wb.get_main_balance(ticker="BTC")["BTC"].main_balance == 1
        status, rest = stop(process)
    assert status == 0
    assert "sandbox stopped" in rest


def test_console_script_stops_on_ctrl_c_and_dumps_state(tmp_path: Path) -> None:
    if not CONSOLE_SCRIPT.exists():
        pytest.skip("the whitebit-sandbox console script is not installed")
    seed = tmp_path / "accounts.json"
    seed.write_text(
        json.dumps(
            [
                {
                    "name": "me",
                    "api_key": "k1",
                    "api_secret": "my-own-secret",
                    "balances": {"main": {"USDT": "70"}},
                }
            ]
        )
    )
    dump = tmp_path / "state.json"
    command = [str(CONSOLE_SCRIPT), "--accounts", str(seed), "--dump", str(dump)]
    with running(command) as (process, banner):
        assert banner["key"] == "k1"
        assert "my-own-secret" not in banner["text"]  # only the demo secret is printed
        assert "WHITEBIT_API_SECRET" not in banner and banner["WHITEBIT_API_KEY"] == "k1"
        assert banner["WHITEBIT_BASE_URL"] == banner["url"]
        settings = {"retry": RetryPolicy.none(), "rate_limit": False}
        with WhiteBIT("k1", "my-own-secret", base_url=banner["url"], **settings) as wb:
            wb.transfer_between_balances(ticker="USDT", amount="20", method="deposit")
        status, _out = stop(process, signal.SIGINT)
    assert status == 0
    state = json.loads(dump.read_text())
    assert state["accounts"][0]["balances"]["spot"] == {"USDT": "20"}
    assert Decimal(state["accounts"][0]["balances"]["main"]["USDT"]) == 50


def test_bad_accounts_file_is_a_clear_error(tmp_path: Path) -> None:
    seed = tmp_path / "bad.json"
    seed.write_text('{"accounts": [{"name": "x"}]}')
    done = subprocess.run(
        [*MODULE, "--accounts", str(seed)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 2
    assert "accounts[0]: missing field(s) api_key, api_secret" in done.stderr
    assert done.stdout == ""
