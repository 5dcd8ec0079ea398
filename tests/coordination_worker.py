"""One worker process of the many-processes tests: a WhiteBIT client on the sandbox's key,
coordinated through Redis (window nonces, or strict with "window": false), calling
getMainBalance from a few threads.

    python -m tests.coordination_worker '<json spec>'

It prints "ready" once built, starts on a line from stdin (so that every worker bursts at
once), and prints one JSON line: how each call ended ("ok", "nonce" refusals, "429" rate
limit refusals, "coordination" errors, or another error's class name).
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from whitebit_main import RedisCoordination, RetryPolicy, WhiteBIT, errors


def outcome(client: WhiteBIT) -> str:
    try:
        client.get_main_balance(ticker="USDT")
    except errors.NonceError:
        return "nonce"
    except errors.RateLimitError:
        return "429"
    except errors.CoordinationError:
        return "coordination"
    except errors.WhiteBITError as exc:
        return type(exc).__name__
    return "ok"


def run(spec: dict[str, Any]) -> Counter[str]:
    limits = {name: (int(n), float(s)) for name, (n, s) in spec.get("limits", {}).items()}
    counts: Counter[str] = Counter()
    lock = threading.Lock()
    with (
        RedisCoordination(spec["redis"], limits=limits, socket_timeout=1.0) as coordination,
        WhiteBIT(
            spec["api_key"],
            spec["api_secret"],
            base_url=spec["url"],
            nonce_window=bool(spec.get("window", True)),
            coordination=coordination,
            retry=RetryPolicy.none(),  # a refusal must show, not be retried away
            deadline=float(spec.get("deadline", 60)),
        ) as client,
    ):
        print("ready", flush=True)
        sys.stdin.readline()
        calls = int(spec.get("calls", 0))
        until = time.monotonic() + float(spec.get("seconds", 0))
        pause = float(spec.get("pause", 0))

        def worker() -> None:
            nonlocal calls
            while True:
                with lock:
                    if spec.get("seconds"):
                        if time.monotonic() >= until:
                            return
                    elif calls <= 0:
                        return
                    calls -= 1
                result = outcome(client)
                with lock:
                    counts[result] += 1
                if pause:
                    time.sleep(pause)

        threads = int(spec.get("threads", 1))
        with ThreadPoolExecutor(threads) as pool:
            for future in [pool.submit(worker) for _ in range(threads)]:
                future.result()
    return counts


if __name__ == "__main__":
    print(json.dumps(run(json.loads(sys.argv[1]))), flush=True)
