"""`make demo`: the sandbox in a subprocess and a short session against it, like a user's.

No credentials, no internet: the sandbox prints its own demo key and secret, and this
script reads them, with the URL, from its output. Exit status 0 means every step behaved
as shown; any surprise stops the sandbox and exits 1.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from decimal import Decimal
from typing import IO

from whitebit_main import WhiteBIT, errors
from whitebit_sandbox import USDT_FLEX_PLAN

STARTUP_SECONDS = 20.0
_LINE = re.compile(r"(listening on|api key:|api secret:)\s*(\S+)")


def read_banner(stream: IO[str]) -> dict[str, str]:
    """URL, key and secret from the sandbox's first lines of output."""
    found: dict[str, str] = {}
    deadline = time.monotonic() + STARTUP_SECONDS
    while len(found) < 3 and time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        match = _LINE.search(line)
        if match:
            found[match.group(1)] = match.group(2)
    if len(found) < 3:
        raise RuntimeError("the sandbox did not start (no URL and key in its output)")
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
        url = banner["listening on"]
        print(f"sandbox running at {url} (demo key, no real money)")
        session(url, banner["api key:"], banner["api secret:"])
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
