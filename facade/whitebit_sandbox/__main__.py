"""`python -m whitebit_sandbox` / `whitebit-sandbox`: run the sandbox until stopped.

Prints the URL and the demo credentials (the sandbox's own, never a real key), serves
until Ctrl-C or SIGTERM, then stops cleanly, optionally writes the final state with
`--dump`, and exits 0. Loopback only unless `--host` says otherwise.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from . import DEMO_API_SECRET, Sandbox


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
    secret = (
        sandbox.api_secret
        if sandbox.api_secret == DEMO_API_SECRET
        else f"(from {args.accounts}, not shown)"
    )
    print(f"WhiteBIT sandbox listening on {sandbox.url}", flush=True)
    print(f"  api key:    {sandbox.api_key}", flush=True)
    print(f"  api secret: {secret}", flush=True)
    print("  demo credentials of this sandbox only; no real money. Ctrl-C stops.", flush=True)
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
