"""The pytest plugin users get with the package: small user test files, run by an inner
pytest (in this process unless a fresh interpreter is the point), and their outcomes."""

from __future__ import annotations

import gc
import warnings

import pytest

pytest_plugins = ["pytester"]

# Plugins of this venv that the user files below do not need; hypothesis's alone costs
# seconds per inner run. pytest-asyncio and anyio stay off unless a test is about them.
LEAN = ("-p", "no:hypothesispytest", "-p", "no:pytest_httpx", "-p", "no:cacheprovider")
NO_ASYNC = ("-p", "no:asyncio", "-p", "no:anyio")


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess(*LEAN, *args)


def test_fixtures_give_a_fresh_sandbox_and_clients_and_clean_up(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import asyncio
        from decimal import Decimal

        import pytest

        SEEN = []

        def test_transfer(whitebit_sandbox, whitebit_client, whitebit_async_client):
            assert whitebit_sandbox.url.startswith("http://127.0.0.1:")
            whitebit_client.transfer_between_balances(
                from_="main", to="spot", ticker="USDT", amount="5"
            )
            spot = whitebit_sandbox.ledger.balance(whitebit_sandbox.account, "USDT", "spot")
            assert spot == Decimal(505)
            SEEN.extend([whitebit_sandbox, whitebit_client, whitebit_async_client])

        def test_next_test_starts_afresh(whitebit_client):
            assert whitebit_client.get_main_balance(ticker="USDT")["USDT"].main_balance == 10000

        def test_the_first_tests_things_were_stopped_and_closed():
            sandbox, client, async_client = SEEN
            with pytest.raises(RuntimeError, match="not running"):
                sandbox.url
            assert client._http.is_closed and async_client._http.is_closed
        """
    )
    run(pytester, *NO_ASYNC).assert_outcomes(passed=3)


def test_async_client_under_pytest_asyncio_and_anyio(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.asyncio
        async def test_with_pytest_asyncio(whitebit_async_client):
            async with whitebit_async_client as wb:
                assert (await wb.get_main_balance(ticker="BTC"))["BTC"].main_balance == 1

        @pytest.mark.anyio
        async def test_with_anyio(whitebit_async_client):
            async with whitebit_async_client as wb:
                assert (await wb.get_main_balance(ticker="ETH"))["ETH"].main_balance == 5
        """
    )
    result = run(pytester, "-o", "asyncio_default_fixture_loop_scope=function")
    result.assert_outcomes(passed=2)


def test_async_client_needs_no_async_plugin(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import asyncio

        def test_plain(whitebit_async_client):
            async def balance():
                async with whitebit_async_client as wb:
                    return (await wb.get_main_balance(ticker="USDT"))["USDT"].main_balance

            assert asyncio.run(balance()) == 10000
        """
    )
    run(pytester, *NO_ASYNC).assert_outcomes(passed=1)


def test_async_client_left_open_fails_its_teardown_saying_why(pytester: pytest.Pytester) -> None:
    # httpx's own transport: its connections belong to the test's event loop, gone by teardown
    pytester.makeconftest(
        """
        import pytest
        from whitebit_main._http import _async_transport as _transport

        @pytest.fixture(autouse=True)
        def httpx_transport(monkeypatch):
            monkeypatch.setattr(_transport, "default_async_transport", lambda: None)
        """
    )
    pytester.makepyfile(
        """
        import asyncio

        def test_left_open(whitebit_async_client):
            asyncio.run(whitebit_async_client.get_main_balance())

        def test_never_used(whitebit_async_client):
            pass
        """
    )
    # The connection test_left_open leaves open is a leak on purpose: whenever the garbage
    # collector finds it (maybe during the next test's setup) it is no failure of that test.
    quiet = (
        "-W",
        "ignore::ResourceWarning",
        "-W",
        "ignore::pytest.PytestUnraisableExceptionWarning",
    )
    result = run(pytester, *NO_ASYNC, *quiet)
    # The connection that test leaves open on purpose is collected here, quietly, and not
    # in whichever test the garbage collector happens to run next (ResourceWarning is an
    # error in this suite).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(
        ["*ERROR at teardown of test_left_open*", "*use `async with whitebit_async_client as wb:`*"]
    )


def test_balances_marker_seeds_exactly_the_given_balances(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from decimal import Decimal

        import pytest

        @pytest.mark.whitebit_balances({"USDT": "500", "BTC": "0.1"}, spot={"ETH": 2})
        def test_seeded(whitebit_sandbox, whitebit_client):
            main = whitebit_client.get_main_balance()
            assert main["USDT"].main_balance == 500
            assert main["BTC"].main_balance == Decimal("0.1")
            assert whitebit_sandbox.ledger.balance(whitebit_sandbox.account, "ETH") == 0
            assert whitebit_sandbox.ledger.balance(whitebit_sandbox.account, "USDT", "spot") == 0
            assert whitebit_sandbox.ledger.balance(whitebit_sandbox.account, "ETH", "spot") == 2

        @pytest.mark.whitebit_balances(main={"USDT": "1"}, spot=None)
        class TestOnAClass:
            def test_inherits_it(self, whitebit_client):
                assert whitebit_client.get_main_balance(ticker="USDT")["USDT"].main_balance == 1

        def test_unmarked_keeps_the_default(whitebit_client):
            assert whitebit_client.get_main_balance(ticker="USDT")["USDT"].main_balance == 10000
        """
    )
    run(pytester, *NO_ASYNC, "--strict-markers").assert_outcomes(passed=3)


def test_state_fixture_override_and_the_marker_on_top(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest

        @pytest.fixture
        def whitebit_state():
            return [
                {"name": "alice", "api_key": "alice-key", "api_secret": "alice-secret",
                 "balances": {"main": {"USDT": "42"}}},
                {"name": "bob", "api_key": "bob-key", "api_secret": "bob-secret",
                 "balances": {"main": {"USDT": "7"}}},
            ]
        """
    )
    pytester.makepyfile(
        """
        import pytest

        def test_alice(whitebit_sandbox, whitebit_client):
            assert whitebit_sandbox.api_key == "alice-key"
            assert whitebit_client.get_main_balance(ticker="USDT")["USDT"].main_balance == 42

        @pytest.mark.whitebit_balances({"USDT": "3"})
        def test_marker_reseeds_the_first_account_only(whitebit_sandbox, whitebit_client):
            assert whitebit_sandbox.api_key == "alice-key"
            assert whitebit_client.get_main_balance(ticker="USDT")["USDT"].main_balance == 3
            assert whitebit_sandbox.ledger.balance("bob", "USDT") == 7
        """
    )
    run(pytester, *NO_ASYNC).assert_outcomes(passed=2)


def test_fault_injection_through_the_sandbox_fixture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        from whitebit_main import errors

        def test_transfer_booked_once_answer_lost(whitebit_sandbox, whitebit_client):
            ledger, me = whitebit_sandbox.ledger, whitebit_sandbox.account
            whitebit_sandbox.inject_fault("transferBetweenBalances", "drop")
            with pytest.raises(errors.OutcomeUnknownError):
                whitebit_client.transfer_between_balances(
                    from_="main", to="spot", ticker="USDT", amount="7"
                )
            assert ledger.balance(me, "USDT") == 10000 - 7
            assert ledger.balance(me, "USDT", "spot") == 500 + 7
        """
    )
    run(pytester, *NO_ASYNC).assert_outcomes(passed=1)


def test_mistakes_in_the_marker_fail_setup_naming_them(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.whitebit_balances({"USDT": "5OO"})
        def test_letter_o(whitebit_client):
            pass

        @pytest.mark.whitebit_balances({"USDT": "5"}, sopt={"USDT": "1"})
        def test_kind(whitebit_sandbox):
            pass

        @pytest.mark.whitebit_balances(["USDT", "5"])
        def test_not_a_dict(whitebit_sandbox):
            pass

        @pytest.mark.whitebit_balances({"BTC": 0.1})
        def test_float(whitebit_sandbox):
            pass
        """
    )
    result = run(pytester, *NO_ASYNC)
    result.assert_outcomes(errors=4)
    out = result.stdout.str()
    for expected in (
        "whitebit_sandbox state: accounts[0].balances.main.USDT: '5OO' is not a decimal amount",
        "@pytest.mark.whitebit_balances: unknown balance kind(s) sopt; use main, spot, collateral",
        "@pytest.mark.whitebit_balances: main: expected a dict of ticker -> amount",
        "accounts[0].balances.main.BTC: 0.1 is not a decimal amount",
    ):
        assert expected in out, expected
    assert "Traceback" not in out


def test_loaded_by_entry_point_without_loading_the_sandbox(pytester: pytest.Pytester) -> None:
    # a fresh interpreter: this process has long imported the sandbox
    pytester.makepyfile(
        """
        import sys

        def test_lazy(pytestconfig):
            assert pytestconfig.pluginmanager.has_plugin("whitebit_sandbox")
            loaded = {name for name in sys.modules if name.startswith("whitebit")}
            assert loaded == {"whitebit_sandbox", "whitebit_sandbox.pytest_plugin"}
        """
    )
    pytester.runpytest_subprocess(*LEAN, *NO_ASYNC).assert_outcomes(passed=1)
    result = run(pytester, *NO_ASYNC, "--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.whitebit_balances(main, *"])
