"""`python -m whitebit_sandbox` / `whitebit-sandbox`: run the sandbox until stopped.

Prints the URL and `export WHITEBIT_...=` lines for `WhiteBIT.from_env()` (with the demo
secret: the sandbox's own, never a real key), serves
until Ctrl-C or SIGTERM, then stops cleanly, optionally writes the final state with
`--dump`, and exits 0. Loopback only unless `--host` says otherwise.
"""

from __future__ import annotations

import argparse
import json
import shlex
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from whitebit_main._config import ENV_BASE_URL, ENV_KEY, ENV_SECRET

from . import DEMO_API_SECRET, Sandbox


def export_lines(sandbox: Sandbox, accounts: Path | None) -> list[str]:
    """Shell lines that point `WhiteBIT.from_env()` at this sandbox. The secret is printed
    here and nowhere else, and only the demo one: it is this sandbox's own credential (no
    real key, no real money); a secret from an accounts file stays unprinted."""
    pairs = [(ENV_KEY, sandbox.api_key)]
    demo = sandbox.api_secret == DEMO_API_SECRET
    if demo:
        pairs.append((ENV_SECRET, sandbox.api_secret))
    pairs.append((ENV_BASE_URL, sandbox.url))
    note = (
        "  # demo credentials of this sandbox only; no real money. For WhiteBIT.from_env():"
        if demo
        else f"  # set {ENV_SECRET} to the secret in {accounts} (not shown). For from_env():"
    )
    export = "export " + " ".join(f"{name}={shlex.quote(value)}" for name, value in pairs)
    return [note, export, "  Ctrl-C stops."]


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="whitebit-sandbox",
        description="A local WhiteBIT Main Account API for trying the client offline.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: a free one)")
    parser.add_argument("--accounts", type=Path, metavar="FILE", help="seed state (JSON)")
    parser.add_argument("--dump", type=Path, metavar="FILE", help="write the state here on exit")
    parser.add_argument(
        "--no-rate-limits", action="store_true", help="turn off per-operation rate limits"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    try:
        sandbox = Sandbox(
            args.accounts, host=args.host, port=args.port, rate_limits=not args.no_rate_limits
        ).start()
    except (OSError, ValueError) as exc:
        print(f"whitebit-sandbox: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    print(f"WhiteBIT sandbox listening on {sandbox.url}", flush=True)
    print(f"  api key:    {sandbox.api_key}", flush=True)
    for line in export_lines(sandbox, args.accounts):
        print(line, flush=True)
    if args.host not in ("127.0.0.1", "::1", "localhost"):
        print(f"  warning: listening on {args.host}, reachable beyond this machine", flush=True)
    try:
        while not stop.wait(0.2):
            pass
    finally:
        sandbox.stop()
        if args.dump is not None:
            args.dump.write_text(json.dumps(sandbox.ledger.dump(), indent=2) + "\n")
    print("sandbox stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
