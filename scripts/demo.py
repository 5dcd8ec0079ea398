"""`make demo`: the sandbox in a subprocess and a short session against it, like a user's.

No credentials, no internet: the sandbox prints its own demo key and secret, and this
script reads them, with the URL, from its output. Exit status 0 means every step behaved
as shown; any surprise stops the sandbox and exits 1.
"""

from __future__ import annotations

import re
import shlex
import signal
import subprocess
import sys
import threading
from decimal import Decimal
from typing import IO

from whitebit_main import WhiteBIT, errors
from whitebit_sandbox import USDT_FLEX_PLAN

STARTUP_SECONDS = 20.0
# The banner's `export WHITEBIT_...=` line is what `WhiteBIT.from_env()` reads; so does this.
_EXPORT = re.compile(r"^export\s+(.*)$")
_WANTED = ("WHITEBIT_API_KEY", "WHITEBIT_API_SECRET", "WHITEBIT_BASE_URL")


def _banner_lines(stream: IO[str], found: dict[str, str]) -> None:
    for line in stream:
        match = _EXPORT.match(line.strip())
        if match:
            for word in shlex.split(match.group(1)):
                name, _, value = word.partition("=")
                found[name] = value
            return


def read_banner(stream: IO[str]) -> dict[str, str]:
    """WHITEBIT_API_KEY, WHITEBIT_API_SECRET and WHITEBIT_BASE_URL from the sandbox's
    banner, within STARTUP_SECONDS (a reader thread: a silent sandbox cannot hang this)."""
    found: dict[str, str] = {}
    reader = threading.Thread(target=_banner_lines, args=(stream, found), daemon=True)
    reader.start()
    reader.join(STARTUP_SECONDS)
    if reader.is_alive() or any(name not in found for name in _WANTED):
        raise RuntimeError("the sandbox did not start (no export line with URL and key)")
    return found


def usdt_balance(wb: WhiteBIT) -> Decimal:
    return wb.get_main_balance(ticker="USDT")["USDT"].main_balance


def session(url: str, api_key: str, api_secret: str) -> None:
    """What a user would do first: look, invest, take some out, overreach, look again."""
    with WhiteBIT(api_key, api_secret, base_url=url) as wb:
        print(f"USDT main balance:  {usdt_balance(wb)}")
        invested = wb.create_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal("1000"))
        print(f"invested 1000 USDT in the USDT Flex plan: {invested.data.transaction_id}")
        taken = wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal("250.5"))
        print(f"withdrew 250.5 USDT: transaction {taken.data.transaction_id}")
        try:
            wb.withdraw_from_flex_investment(plan=USDT_FLEX_PLAN, amount=Decimal("5000"))
        except errors.InnerValidationError as exc:
            print(f"withdrawing 5000 USDT is refused, as it should be:\n  {exc}")
        else:
            raise RuntimeError("withdrawing more than invested was accepted")
        positions = wb.get_user_flex_investments(plan=USDT_FLEX_PLAN, investment_status=1).data
        left = sum((p.invested for p in positions), Decimal(0))
        print(f"USDT main balance:  {usdt_balance(wb)} ({left} USDT still invested)")


def main() -> int:
    command = [sys.executable, "-m", "whitebit_sandbox", "--port", "0"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        banner = read_banner(server.stdout)
        url = banner["WHITEBIT_BASE_URL"]
        print(f"sandbox running at {url} (demo key, no real money)")
        session(url, banner["WHITEBIT_API_KEY"], banner["WHITEBIT_API_SECRET"])
    except (RuntimeError, errors.WhiteBITError) as exc:
        print(f"demo failed: {exc}", file=sys.stderr)
        return 1
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    if server.returncode != 0:
        print(f"the sandbox exited with status {server.returncode}", file=sys.stderr)
        return 1
    print("sandbox stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
