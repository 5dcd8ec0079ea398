"""Typed operations: one method per API operation, sync and async.

Rendered by scripts/generate.py from openapi/templates/operations.py.jinja; do not edit.
Each method checks nothing itself: it hands the operation's fields and the generated
model's public `from_dict` to `_call`, which the facade implements once (validate, sign,
send, parse), so a new operation in the spec needs no hand-written code.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from uuid import UUID

from ._answers import (
    Accepted,
    SecretAnswer,
    accepted,
    carries_key,
    list_of,
    new_idempotency_key,
)
from ._reading import Acknowledged, one_entry
from .enums import *  # noqa: F403  (named constants an argument accepts)
from .request_types import *  # noqa: F403  (the nested fields' types)

if TYPE_CHECKING:
    from .models.apply_code_result import ApplyCodeResult
    from .models.block_sub_account_result import BlockSubAccountResult
    from .models.close_fixed_investment_result import CloseFixedInvestmentResult
    from .models.close_flex_investment_result import CloseFlexInvestmentResult
    from .models.code_history import CodeHistory
    from .models.code_info import CodeInfo
    from .models.confirm_sub_account_withdrawal_result import ConfirmSubAccountWithdrawalResult
    from .models.create_code_result import CreateCodeResult
    from .models.create_express_withdraw_token_result import CreateExpressWithdrawTokenResult
    from .models.create_fixed_investment_result import CreateFixedInvestmentResult
    from .models.create_flex_investment_result import CreateFlexInvestmentResult
    from .models.create_mining_account_result import CreateMiningAccountResult
    from .models.create_mining_watcher_link_result import CreateMiningWatcherLinkResult
    from .models.create_new_address_result import CreateNewAddressResult
    from .models.create_sub_account_api_key_ip_address_result import (
        CreateSubAccountApiKeyIpAddressResult,
    )
    from .models.credit_line import CreditLine
    from .models.delete_sub_account_api_key_ip_address_result import (
        DeleteSubAccountApiKeyIpAddressResult,
    )
    from .models.delete_sub_account_api_key_result import DeleteSubAccountApiKeyResult
    from .models.delete_sub_account_result import DeleteSubAccountResult
    from .models.edit_sub_account_api_key_result import EditSubAccountApiKeyResult
    from .models.edit_sub_account_result import EditSubAccountResult
    from .models.fee_info import FeeInfo
    from .models.fixed_plan import FixedPlan
    from .models.flex_investment import FlexInvestment
    from .models.flex_investment_history import FlexInvestmentHistory
    from .models.flex_plan import FlexPlan
    from .models.get_codes_history_result import GetCodesHistoryResult
    from .models.get_deposit_address_result import GetDepositAddressResult
    from .models.get_deposit_withdraw_history_result import GetDepositWithdrawHistoryResult
    from .models.get_fiat_deposit_url_result import GetFiatDepositUrlResult
    from .models.get_fixed_investments_history_result import GetFixedInvestmentsHistoryResult
    from .models.get_flex_investment_history_result import GetFlexInvestmentHistoryResult
    from .models.get_flex_payment_history_result import GetFlexPaymentHistoryResult
    from .models.get_interest_payment_history_result import GetInterestPaymentHistoryResult
    from .models.get_main_balance_result import GetMainBalanceResult
    from .models.get_mining_accounts_result import GetMiningAccountsResult
    from .models.get_mining_hashrate_result import GetMiningHashrateResult
    from .models.get_mining_miner_info_result import GetMiningMinerInfoResult
    from .models.get_mining_payout_destination_result import GetMiningPayoutDestinationResult
    from .models.get_mining_rewards_result import GetMiningRewardsResult
    from .models.get_mining_worker_hashrate_result import GetMiningWorkerHashrateResult
    from .models.get_mining_worker_names_result import GetMiningWorkerNamesResult
    from .models.get_my_codes_result import GetMyCodesResult
    from .models.get_sub_account_balances_result import GetSubAccountBalancesResult
    from .models.get_sub_account_kyc_url_result import GetSubAccountKycUrlResult
    from .models.get_sub_account_transfer_history_result import GetSubAccountTransferHistoryResult
    from .models.get_travel_rule_vasps_result import GetTravelRuleVaspsResult
    from .models.get_user_flex_investments_result import GetUserFlexInvestmentsResult
    from .models.get_web_socket_token_result import GetWebSocketTokenResult
    from .models.interest_payment import InterestPayment
    from .models.investment import Investment
    from .models.issue_jwt_token_result import IssueJwtTokenResult
    from .models.list_mining_watcher_links_result import ListMiningWatcherLinksResult
    from .models.list_sub_account_api_key_ip_addresses_result import (
        ListSubAccountApiKeyIpAddressesResult,
    )
    from .models.list_sub_account_api_keys_result import ListSubAccountApiKeysResult
    from .models.list_sub_accounts_result import ListSubAccountsResult
    from .models.list_unconfirmed_sub_account_withdrawals_result import (
        ListUnconfirmedSubAccountWithdrawalsResult,
    )
    from .models.list_unconfirmed_sub_account_withdrawals_result_data_item import (
        ListUnconfirmedSubAccountWithdrawalsResultDataItem,
    )
    from .models.mining_reward import MiningReward
    from .models.refund_deposit_result import RefundDepositResult
    from .models.reset_sub_account_api_key_result import ResetSubAccountApiKeyResult
    from .models.set_mining_payout_destination_result import SetMiningPayoutDestinationResult
    from .models.sub_account import SubAccount
    from .models.sub_account_api_key import SubAccountApiKey
    from .models.sub_account_api_key_list import SubAccountApiKeyList
    from .models.sub_account_transfer import SubAccountTransfer
    from .models.sub_account_transfer_result import SubAccountTransferResult
    from .models.submit_travel_rule_deposit_verification_result import (
        SubmitTravelRuleDepositVerificationResult,
    )
    from .models.transaction_history import TransactionHistory
    from .models.unblock_sub_account_result import UnblockSubAccountResult
    from .models.update_flex_auto_reinvestment_result import UpdateFlexAutoReinvestmentResult
    from .models.withdraw_from_flex_investment_result import WithdrawFromFlexInvestmentResult

__all__ = ["Accepted", "Acknowledged", "AsyncOperations", "SecretAnswer", "SyncOperations"]

T = TypeVar("T")
P = TypeVar("P")
I = TypeVar("I")  # noqa: E741


class SyncOperations(ABC):
    """Every operation of the API as a blocking method; `_call` sends it."""

    @abstractmethod
    def _call(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        jwt_token: str | None = None,
    ) -> T:
        """Validate `fields`, sign, send, and turn the answer's JSON into `parse`'s result."""

    @abstractmethod
    def _pages(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], P],
        items: Callable[[P], list[I]],
        total: Callable[[P], int | None] | None,
        page_size: int | None,
    ) -> Iterator[I]:
        """Walk the pages of a limit/offset operation, yielding the items of each."""

    def get_main_balance(self, *, ticker: str | None = None) -> GetMainBalanceResult:
        """Retrieve main account balances.

        Returns the main-account balance of one currency, or of every currency when ticker is
        omitted. The result maps each ticker to an object holding its balance; an unknown ticker
        yields a zero balance rather than an error.

        POST /api/v4/main-account/balance (getMainBalance):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            ticker: (optional) Currency to read; omit it to get every currency.

        Returns:
            GetMainBalanceResult (HTTP 200).

        Raises:
            errors.InnerValidationError: HTTP 422, Invalid request parameters
        """

        from .models.get_main_balance_result import GetMainBalanceResult

        return self._call(
            "getMainBalance", {"ticker": ticker}, one_entry(ticker, GetMainBalanceResult.from_dict)
        )

    def get_deposit_address(
        self, *, ticker: str, network: str | None = None
    ) -> GetDepositAddressResult:
        """Fetch a crypto deposit address.

        Returns the current deposit address of a cryptocurrency (with a memo where the currency
        uses one) together with the deposit fee and amount limits. The ticker must be a
        depositable non-fiat currency, and network must be given for currencies offered on
        several networks. A sub-account can call it with its own key only after WhiteBIT has
        enabled crypto deposits for that sub-account.

        POST /api/v4/main-account/address (getDepositAddress):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            ticker: Cryptocurrency ticker; must not be fiat and must have deposits enabled.
            network: (optional) Network to receive on; needed for currencies offered on several networks.

        Returns:
            GetDepositAddressResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
            errors.ServerError: HTTP 503, Service temporarily unavailable
        """

        from .models.get_deposit_address_result import GetDepositAddressResult

        return self._call(
            "getDepositAddress",
            {"ticker": ticker, "network": network},
            GetDepositAddressResult.from_dict,
        )

    def get_fiat_deposit_url(
        self,
        *,
        ticker: str,
        provider: str,
        amount: Decimal | int | str,
        unique_id: str,
        customer: FiatCustomer | FiatCustomerWire | None = None,
        success_link: str | None = None,
        failure_link: str | None = None,
        return_link: str | None = None,
    ) -> GetFiatDepositUrlResult:
        """Create a fiat deposit payment link.

        Creates a fiat deposit invoice with the chosen provider and returns the URL of the page
        where the payer completes it; WhiteBIT support enables this endpoint per API key on
        request. The customer fields are required for USD or EUR through VISAMASTER. With
        VISAMASTER the link must be opened with a Referer header, otherwise the browser lands on
        the WhiteBIT home page.

        POST /api/v4/main-account/fiat-deposit-url (getFiatDepositUrl):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_deposit_withdraw_history() before trying again.

        Args:
            ticker: Fiat currency ticker; deposits must be enabled for it.
            provider: Fiat payment provider, as listed for the currency by the asset status endpoint.
            amount: Amount to deposit.
            unique_id: Client-chosen id of the deposit, a free-form string of at most 255 characters
                (no UUID format check).
            customer: (optional) Payer details; required for USD or EUR through VISAMASTER.
            success_link: (optional) HTTPS URL on an approved domain where the provider sends the payer after a
                successful payment; must be enabled by support.
            failure_link: (optional) HTTPS URL on an approved domain where the provider sends the payer after a
                failed or rejected payment; must be enabled by support.
            return_link: (optional) URL behind the back option on the payment result page; the option is not shown
                when omitted.

        Returns:
            GetFiatDepositUrlResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
            errors.ServerError: HTTP 503, Service temporarily unavailable
        """

        from .models.get_fiat_deposit_url_result import GetFiatDepositUrlResult

        return self._call(
            "getFiatDepositUrl",
            {
                "ticker": ticker,
                "provider": provider,
                "amount": amount,
                "uniqueId": unique_id,
                "customer": customer,
                "successLink": success_link,
                "failureLink": failure_link,
                "returnLink": return_link,
            },
            GetFiatDepositUrlResult.from_dict,
        )

    def issue_jwt_token(self) -> IssueJwtTokenResult:
        """Issue a Fiat Gateway JWT.

        Creates a signed JSON Web Token that authenticates calls to the Fiat Gateway service,
        and returns it together with its expiry time. The body carries only the standard signed-
        request fields.

        POST /api/v4/jwt (issueJwtToken):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Returns:
            IssueJwtTokenResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                request: The request field is required.
                nonce: The nonce field is required.
            errors.AuthenticationError: HTTP 401, Authentication failed:
                Invalid API key, signature, or nonce
            errors.ServerError: HTTP 500, Server-side configuration error:
                Server configuration issues
        """

        from .models.issue_jwt_token_result import IssueJwtTokenResult

        return self._call("issueJwtToken", {}, IssueJwtTokenResult.from_dict)

    def get_web_socket_token(self) -> GetWebSocketTokenResult:
        """Get a WebSocket token.

        Returns the token that authorizes a connection to the private WebSocket API for the
        owner of the API key. The body carries only the standard signed-request fields.

        POST /api/v4/profile/websocket_token (getWebSocketToken):
        10 requests / 60 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Returns:
            GetWebSocketTokenResult (HTTP 200).

        Raises:
            errors.AuthenticationError: HTTP 401, Authentication failed
            errors.InnerValidationError: HTTP 422, Validation failed
        """

        from .models.get_web_socket_token_result import GetWebSocketTokenResult

        return self._call("getWebSocketToken", {}, GetWebSocketTokenResult.from_dict)

    def issue_card_token(self, *, card_number: str, jwt_token: str) -> SecretAnswer:
        """Tokenise a payment card number.

        Exchanges a card number for a card token that fiat withdrawals can use in place of the
        raw number. Unlike the other endpoints, it is served by the Fiat Gateway host
        https://fgw.whitebit.com and authorised by a JWT, obtained from /api/v4/jwt (field
        data.token), sent in the Authorization header, not by the HMAC-signed X-TXC headers.

        POST /api/card-token (issueCardToken):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_deposit_withdraw_history() before trying again.

        Args:
            card_number: Full payment card number.
            jwt_token: token from issue_jwt_token (data.token).

        Returns:
            SecretAnswer (HTTP 201).

        Raises:
            errors.AuthenticationError: HTTP 401, JWT missing or invalid
            errors.InnerValidationError: HTTP 422, Card number rejected or throttled:
                cardNumber: The cardNumber field is invalid.
                Too Many Attempts.
        """

        return self._call(
            "issueCardToken", {"cardNumber": card_number}, SecretAnswer, jwt_token=jwt_token
        )

    def refund_deposit(self, *, transaction_id: str | UUID, address: str) -> RefundDepositResult:
        """Refund a canceled deposit.

        Asks for a canceled deposit to be sent back to an external address and echoes the
        deposit id on acceptance. Only deposits in canceled status qualify, and the target
        address must use the deposit's network and asset and may not belong to WhiteBIT. Refunds
        complete asynchronously; the refund.successful and refund.failed webhooks report the
        result.

        POST /api/v4/main-account/refund-deposit (refundDeposit):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_deposit_withdraw_history() before trying again.

        Args:
            transaction_id: UUID of the canceled deposit, as delivered in uniqueId of the deposit.canceled
                webhook or shown in the account history.
            address: External address for the refund on the deposit's own network and asset; WhiteBIT
                addresses are refused, and it need not match the original sender.

        Returns:
            RefundDepositResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Invalid request or deposit not refundable
        """

        from .models.refund_deposit_result import RefundDepositResult

        return self._call(
            "refundDeposit",
            {"transactionId": transaction_id, "address": address},
            RefundDepositResult.from_dict,
        )

    def create_withdraw(
        self,
        *,
        ticker: str,
        amount: Decimal | int | str,
        address: str,
        unique_id: str | None = None,
        memo: str | None = None,
        provider: str | None = None,
        network: str | None = None,
        partial_enable: bool | None = None,
        customer_ip: str | None = None,
        bank_bic: str | None = None,
        beneficiary: WithdrawBeneficiary | WithdrawBeneficiaryWire | None = None,
        travel_rule: TravelRule | TravelRuleWire | None = None,
        payment_description: str | None = None,
    ) -> Accepted:
        """Withdraw funds from the main balance.

        Starts a crypto or fiat withdrawal from the main balance, where amount includes the fee
        (the recipient gets amount minus fee); an empty array means the request was accepted,
        and its progress is followed by uniqueId in the deposit/withdraw history. Conditional
        fields: memo for memo currencies, provider for fiat, customerIp for USD/EUR via
        VISAMASTER, bankBic for bank-rail providers, beneficiary for USD/EUR fiat tickers, and
        travelRule for crypto withdrawals from EEA accounts. Fiat withdrawals need a KYC-
        verified account, and the account must have two-factor authentication enabled.

        POST /api/v4/main-account/withdraw (createWithdraw):
        1000 requests / 10 s; changes state; settled with its idempotency key `unique_id` after a lost answer: re-sent with the same key or looked up with find_withdrawal().

        Args:
            ticker: Ticker of the currency to withdraw; check its status with the asset status
                endpoint.
            amount: Amount debited from the main balance, fee included; the recipient gets this
                minus the fee.
            address: Destination: wallet address for crypto, or account identifier or card token for
                fiat.
            unique_id: (optional) idempotency key; a new one is made up when omitted. Client-chosen id, a free-
                form string of at most 255 characters (no UUID format check); use a fresh one
                for every withdrawal.
            memo: (optional) Memo or destination tag; required for currencies that use one.
            provider: (optional) Fiat provider as listed for the currency by the asset status endpoint; required
                for fiat currencies.
            network: (optional) Network for multi-network currencies, as listed by the asset status endpoint;
                USDT defaults to ERC20.
            partial_enable: (optional) Set true to allow a fiat withdrawal above the usual maximum that may be only
                partly executed; the client must handle the partially successful status.
            customer_ip: (optional) End customer's IP address, passed to the fiat provider for fraud screening;
                required for USD or EUR through VISAMASTER.
            bank_bic: (optional) BIC (SWIFT) code of the recipient's bank; required for providers SEPA,
                SEPA_CLEAR_JUNCTION, SEPA_BCB_GROUP, FINCI, ZEN and BANKING_CIRCLE.
            beneficiary: (optional) Recipient details for fiat withdrawals; required for tickers USD, EUR,
                USD_VISAMASTER and EUR_VISAMASTER, with per-field rules depending on currency
                and provider.
            travel_rule: (optional) Travel Rule data about the recipient; required for crypto withdrawals from EEA
                accounts. The older flat form (type, vasp, name, address) is still accepted but
                does not pass verification.
            payment_description: (optional) Purpose of the withdrawal; required for crypto withdrawals made through
                whitebit-tr.com.

        Returns:
            Accepted (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Request validation failed:
                address: The address field is required.
                amount: The amount field is required.
                ticker: The ticker field is required.
                uniqueId: The unique id field is required.
                uniqueId: The unique id has already been taken.
                amount: This currency has no active pairs or it may have been delisted. Its
                    rate cannot be calculated at the moment.
                amount: Current limit exceeded
                amount: Your account must be verified
                ticker: The selected ticker is invalid.
                provider: Provider is required for fiat currency
                memo: The memo field is required.
                partialEnable: The partial enable field must be true or false.
                Too Many Attempts.
            errors.WhiteBITError: HTTP 412, Two-factor authentication not enabled:
                This action is unauthorized. Please, enable Two-Factor authentication.
            errors.InnerValidationError: HTTP 422, Withdrawal rejected by business rules (codes 1-9, or 0 for account limits):
                address: The address is invalid
                amount: Not enough money, Ethereum balance = 1
        """

        if unique_id is None:
            unique_id = new_idempotency_key()
        return self._call(
            "createWithdraw",
            {
                "ticker": ticker,
                "amount": amount,
                "address": address,
                "uniqueId": unique_id,
                "memo": memo,
                "provider": provider,
                "network": network,
                "partialEnable": partial_enable,
                "customerIp": customer_ip,
                "bankBic": bank_bic,
                "beneficiary": beneficiary,
                "travelRule": travel_rule,
                "paymentDescription": payment_description,
            },
            accepted(unique_id),
        )

    def create_withdraw_pay(
        self,
        *,
        ticker: str,
        amount: Decimal | int | str,
        address: str,
        unique_id: str | None = None,
        memo: str | None = None,
        provider: str | None = None,
        network: str | None = None,
        partial_enable: bool | None = None,
        customer_ip: str | None = None,
        bank_bic: str | None = None,
        beneficiary: WithdrawBeneficiary | WithdrawBeneficiaryWire | None = None,
        travel_rule: TravelRule | TravelRuleWire | None = None,
    ) -> Accepted:
        """Withdraw an exact net amount.

        Same as the standard withdrawal endpoint except that amount is what the recipient
        receives, with the fee debited from the main balance on top of it. Fields, conditional
        requirements and error codes match /api/v4/main-account/withdraw; an empty array means
        the request was accepted, and its progress is followed by uniqueId in the
        deposit/withdraw history.

        POST /api/v4/main-account/withdraw-pay (createWithdrawPay):
        1000 requests / 10 s; changes state; settled with its idempotency key `unique_id` after a lost answer: re-sent with the same key or looked up with find_withdrawal().

        Args:
            ticker: Ticker of the currency to withdraw; check its status with the asset status
                endpoint.
            amount: Amount the recipient receives; the fee is debited from the main balance in
                addition.
            address: Destination: wallet address for crypto, or account identifier or card token for
                fiat.
            unique_id: (optional) idempotency key; a new one is made up when omitted. Client-chosen id, a free-
                form string of at most 255 characters (no UUID format check); use a fresh one
                for every withdrawal.
            memo: (optional) Memo or destination tag; required for currencies that use one.
            provider: (optional) Fiat provider as listed for the currency by the asset status endpoint; required
                for fiat currencies.
            network: (optional) Network for multi-network currencies, as listed by the asset status endpoint;
                USDT defaults to ERC20.
            partial_enable: (optional) Set true to allow a fiat withdrawal above the usual maximum that may be only
                partly executed; the client must handle the partially successful status.
            customer_ip: (optional) End customer's IP address, passed to the fiat provider for fraud screening;
                required for USD or EUR through VISAMASTER.
            bank_bic: (optional) BIC (SWIFT) code of the recipient's bank; required for providers SEPA,
                SEPA_CLEAR_JUNCTION, SEPA_BCB_GROUP, FINCI, ZEN and BANKING_CIRCLE.
            beneficiary: (optional) Recipient details for fiat withdrawals, structured as in the standard
                withdrawal; required for tickers USD, EUR, USD_VISAMASTER and EUR_VISAMASTER.
            travel_rule: (optional) Travel Rule data about the recipient, structured as in the standard withdrawal;
                required for crypto withdrawals from EEA accounts.

        Returns:
            Accepted (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Request validation failed:
                address: The address field is required.
                amount: The amount field is required.
                ticker: The ticker field is required.
                uniqueId: The unique id field is required.
                uniqueId: The unique id has already been taken.
                amount: This currency has no active pairs or it may have been delisted. Its
                    rate cannot be calculated at the moment.
                amount: Current limit exceeded
            errors.WhiteBITError: HTTP 412, Two-factor authentication not enabled:
                This action is unauthorized. Please, enable Two-Factor authentication.
            errors.InnerValidationError: HTTP 422, Withdrawal rejected by business rules (codes 1-9, or 0 for account limits):
                address: The address is invalid
                amount: Not enough money, Ethereum balance = 1
        """

        if unique_id is None:
            unique_id = new_idempotency_key()
        return self._call(
            "createWithdrawPay",
            {
                "ticker": ticker,
                "amount": amount,
                "address": address,
                "uniqueId": unique_id,
                "memo": memo,
                "provider": provider,
                "network": network,
                "partialEnable": partial_enable,
                "customerIp": customer_ip,
                "bankBic": bank_bic,
                "beneficiary": beneficiary,
                "travelRule": travel_rule,
            },
            accepted(unique_id),
        )

    def create_express_withdraw_token(
        self, *, ticker: str, amount: Decimal | int | str, external_id: str
    ) -> CreateExpressWithdrawTokenResult:
        """Create an Express Withdraw payment link.

        Creates a single-use token with which another WhiteBIT user pays the given crypto amount
        into the caller's main balance as an instant, fee-free internal transfer, and returns
        the confirmation URL carrying it plus its expiry. The token is valid for 90 seconds;
        payments worth more than 10,000 USDT, fiat tickers and paying oneself are refused, and
        the account needs the Express Withdraw permission. Sending a still-pending externalId
        again with an unchanged ticker and amount yields the existing token rather than a second
        charge.

        POST /api/v4/main-account/express-withdraw/token (createExpressWithdrawToken):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_deposit_withdraw_history() before trying again.

        Args:
            ticker: Cryptocurrency to charge; it must allow withdrawals, and fiat tickers are
                refused.
            amount: Amount to charge; its USDT equivalent may not exceed 10,000 (error 191).
            external_id: Partner's order or invoice reference, unique per account; it makes the call
                idempotent, and an already paid one is refused with error 19.

        Returns:
            CreateExpressWithdrawTokenResult (HTTP 201).

        Raises:
            errors.PermissionDeniedError: HTTP 403, Express Withdraw permission missing
            errors.InnerValidationError: HTTP 422, Token request rejected (codes 18, 19, 191 or currency not allowed)
        """

        from .models.create_express_withdraw_token_result import CreateExpressWithdrawTokenResult

        return self._call(
            "createExpressWithdrawToken",
            {"ticker": ticker, "amount": amount, "externalId": external_id},
            CreateExpressWithdrawTokenResult.from_dict,
        )

    def transfer_between_balances(
        self,
        *,
        ticker: str,
        amount: Decimal | int | str,
        method: Literal["deposit", "withdraw", "collateral-deposit", "collateral-withdraw"]
        | TransferMethod
        | None = None,
        from_: Literal["main", "spot", "collateral"] | BalanceKind | None = None,
        to: Literal["main", "spot", "collateral"] | BalanceKind | None = None,
    ) -> Acknowledged:
        """Move funds between account balances.

        Moves an amount of one currency between the main, spot (trade) and collateral balances
        and returns an empty array on success. Specify the direction either with from and to
        (preferred) or with the older method field, which is planned for removal. Transfers of
        fiat currencies require a KYC-verified account.

        POST /api/v4/main-account/transfer (transferBetweenBalances):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_main_balance() before trying again.

        Args:
            ticker: Currency to transfer.
            amount: Amount to move; greater than zero, at most 8 decimal places, and not above the
                available balance.
            method: (optional) Legacy direction: deposit (main to spot), withdraw (spot to main), collateral-
                deposit (main to collateral) or collateral-withdraw (collateral to main); not
                needed when from and to are set.
            from_: (optional) Balance to take funds from; not needed when method is set.
            to: (optional) Balance to put funds on, different from from; not needed when method is set.

        Returns:
            Acknowledged (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Request validation failed:
                amount: The amount field is required.
                method: The method field is required.
                ticker: The ticker field is required.
                ticker: The selected ticker is invalid.
                amount: This currency has no active pairs or it may have been delisted. Its
                    rate cannot be calculated at the moment.
                amount: Current limit exceeded
                amount: Your account must be verified
                method: The selected method is invalid.
                from: The selected from is invalid.
                to: The selected to is invalid.
                to: The to and from must be different.
                amount: The amount must be at least 0.00000001.
                amount: The amount must be a number.
                amount: Invalid number
                Too Many Attempts.
            errors.InnerValidationError: HTTP 422, Transfer rejected by business rules:
                amount: You don't have such amount for transfer (available 34.68, in amount:
                    1000000)
                currency: Withdraw from this currency is disabled
                currency: Deposit to this currency is disabled
        """

        return self._call(
            "transferBetweenBalances",
            {"ticker": ticker, "amount": amount, "method": method, "from": from_, "to": to},
            Acknowledged.from_dict,
        )

    def get_deposit_withdraw_history(
        self,
        *,
        transaction_method: Literal[1, 2] | TransactionMethod | None = None,
        ticker: str | None = None,
        address: str | None = None,
        memo: str | None = None,
        addresses: Sequence[str] | None = None,
        unique_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        status: Sequence[int | HistoryStatus] | None = None,
    ) -> GetDepositWithdrawHistoryResult:
        """List deposit and withdrawal history.

        Returns a page of the account's deposits and/or withdrawals, newest first, filterable by
        direction, ticker, address, memo, unique id and status; there is no date filter and
        offset plus limit may not exceed 10000. Deposit statuses: 3/7 successful, 4/9 canceled,
        5 unconfirmed by user, 15 pending, 21 AML frozen, 22 uncredited, 27 awaiting Travel Rule
        data, 28 Travel Rule data under review. Withdrawal statuses: 1, 2, 6 and 10-17 pending,
        3/7 successful, 4 canceled, 5 unconfirmed by user, 18 partially successful, 21 AML
        frozen.

        POST /api/v4/main-account/history (getDepositWithdrawHistory):
        200 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            transaction_method: (optional) 1 for deposits only, 2 for withdrawals only; omit to get both.
            ticker: (optional) Return only transactions in this currency.
            address: (optional) Return only transactions with this address.
            memo: (optional) Return only transactions with this memo or destination tag.
            addresses: (optional) Return only transactions with any of these addresses (at most 20).
            unique_id: (optional) Return only the transaction with this client-side unique id.
            limit: (optional) Page size, 1 to 500 (50 when omitted); pages above 100 produce large responses.
            offset: (optional) Number of records to skip, 0 to 10000; offset plus limit may not exceed 10000.
            status: (optional) Return only these status codes; they must be valid for the chosen
                transactionMethod.

        Returns:
            GetDepositWithdrawHistoryResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Request validation failed:
                limit: The limit field is required.
                offset: The offset field is required.
                transactionMethod: The transaction method field is required.
                ticker: The selected ticker is invalid.
                transactionMethod: The selected transaction method is invalid.
                limit: The limit may not be greater than 500.
                offset: The offset may not be greater than 10000.
                limit: The limit must be at least 1.
                offset: The offset must be at least 0.
                limit: The limit must be an integer.
                offset: The offset must be an integer.
                status: The selected status is invalid.
            errors.InnerValidationError: HTTP 422, Request rejected
        """

        from .models.get_deposit_withdraw_history_result import GetDepositWithdrawHistoryResult

        return self._call(
            "getDepositWithdrawHistory",
            {
                "transactionMethod": transaction_method,
                "ticker": ticker,
                "address": address,
                "memo": memo,
                "addresses": addresses,
                "unique_id": unique_id,
                "limit": limit,
                "offset": offset,
                "status": status,
            },
            GetDepositWithdrawHistoryResult.from_dict,
        )

    def iter_get_deposit_withdraw_history(
        self,
        *,
        transaction_method: Literal[1, 2] | TransactionMethod | None = None,
        ticker: str | None = None,
        address: str | None = None,
        memo: str | None = None,
        addresses: Sequence[str] | None = None,
        unique_id: str | None = None,
        status: Sequence[int | HistoryStatus] | None = None,
        page_size: int | None = None,
    ) -> Iterator[TransactionHistory]:
        """Every TransactionHistory of get_deposit_withdraw_history, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows, 500); the
        walk stops at the end (by `total`) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_deposit_withdraw_history_result import GetDepositWithdrawHistoryResult

        return self._pages(
            "getDepositWithdrawHistory",
            {
                "transactionMethod": transaction_method,
                "ticker": ticker,
                "address": address,
                "memo": memo,
                "addresses": addresses,
                "unique_id": unique_id,
                "status": status,
            },
            GetDepositWithdrawHistoryResult.from_dict,
            lambda page: page.records or [],
            lambda page: page.total,
            page_size,
        )

    def create_new_address(
        self,
        *,
        ticker: str,
        network: str | None = None,
        type: Literal["p2sh-segwit", "bech32"] | AddressType | None = None,
    ) -> CreateNewAddressResult:
        """Generate a new deposit address.

        Creates an additional deposit address for a cryptocurrency even when the previous one is
        unused, and returns it with the deposit fee and amount limits. WhiteBIT support must
        enable the endpoint for the account, and sub-accounts additionally need crypto deposits
        enabled. For BTC and LTC, type chooses between p2sh-segwit and bech32, bech32 being used
        when it is omitted.

        POST /api/v4/main-account/create-new-address (createNewAddress):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_deposit_withdraw_history() before trying again.

        Args:
            ticker: Cryptocurrency to create the address for.
            network: (optional) Network for multi-network currencies, e.g. ERC20 or TRC20; USDT defaults to
                ERC20.
            type: (optional) Address format, only for BTC and LTC; bech32 when omitted.

        Returns:
            CreateNewAddressResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Request validation failed:
                ticker: The ticker field is required.
                ticker: The selected ticker is invalid.
                network: Unsupported network
                network: Cannot extract default network
                network: Cannot find currency for specified network
                network: The network must be a string.
                ticker: The ticker must be a string.
            errors.InnerValidationError: HTTP 422, Address cannot be created:
                ticker: Currency is not depositable
                ticker: Fiat currencies are unavailable for this action
                message: Currency is not available
                error: KYC required
                message: Create address in process
                message: Address limit reached
        """

        from .models.create_new_address_result import CreateNewAddressResult

        return self._call(
            "createNewAddress",
            {"ticker": ticker, "network": network, "type": type},
            CreateNewAddressResult.from_dict,
        )

    def create_code(
        self,
        *,
        ticker: str,
        amount: Decimal | int | str,
        passphrase: str | None = None,
        description: str | None = None,
    ) -> CreateCodeResult:
        """Create a WhiteBIT code.

        Takes the given amount of a currency from the main balance and locks it in a new
        WhiteBIT code that another account can redeem. Returns the code string and its external
        identifier. When a passphrase is set, the redeemer has to supply it.

        POST /api/v4/main-account/codes (createCode):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_codes_history() before trying again.

        Args:
            ticker: Ticker of the currency to put in the code.
            amount: Amount to lock in the code; above zero, at most 18 decimal places, no more than
                1e17 and no more than the main balance.
            passphrase: (optional) Optional secret the redeemer must supply; Latin letters, digits and symbols
                only, no spaces, up to 25 characters.
            description: (optional) Private note on the code, shown only to its creator, up to 280 characters.

        Returns:
            CreateCodeResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                amount: The amount field is required.
                ticker: The ticker field is required.
                amount: The amount must be a number.
                amount: Invalid number
                description: The description must be a string.
                passphrase: The passphrase must be a string.
                ticker: The selected ticker is invalid.
                amount: The amount must be at least 0.
                description: The description may not be greater than 280 characters.
                passphrase: The passphrase may not be greater than 25 characters.
            errors.InnerValidationError: HTTP 422, Code creation refused:
                amount: This currency has no active pairs or it may have been delisted. Its
                    rate cannot be calculated at the moment.
                amount: Current limit exceeded
                amount: Your account must be verified
                passphrase: The passphrase format is invalid.
                ticker: Codes are disabled for this currency
        """

        from .models.create_code_result import CreateCodeResult

        return self._call(
            "createCode",
            {
                "ticker": ticker,
                "amount": amount,
                "passphrase": passphrase,
                "description": description,
            },
            CreateCodeResult.from_dict,
        )

    def apply_code(self, *, code: str, passphrase: str | None = None) -> ApplyCodeResult:
        """Redeem a WhiteBIT code.

        Credits the funds held in a WhiteBIT code to the main balance and returns the currency
        and amount received; the passphrase is needed only if the code was created with one. An
        unknown, expired or malformed code and a wrong passphrase share one generic error on the
        code field, while a code redeemed before or a code created by the same account get their
        own messages.

        POST /api/v4/main-account/codes/apply (applyCode):
        60 requests / 1 s; changes state; never re-sent after a lost answer: check get_codes_history() before trying again.

        Args:
            code: Code string to redeem.
            passphrase: (optional) Passphrase set by the code's creator; required only when the code has one, up to
                25 characters.

        Returns:
            ApplyCodeResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                code: The code field is required.
                code: Incorrect code or passphrase
                code: Code not applied
                code: Code already applied
                code: This code was created by you
            errors.InnerValidationError: HTTP 422, Redemption refused:
                error: KYC required
                code: Codes are disabled for this currency
        """

        from .models.apply_code_result import ApplyCodeResult

        return self._call(
            "applyCode", {"code": code, "passphrase": passphrase}, ApplyCodeResult.from_dict
        )

    def get_my_codes(
        self, *, limit: int | None = None, offset: int | None = None
    ) -> GetMyCodesResult:
        """List codes created by the account.

        Returns one page of the WhiteBIT codes this account has created, newest first, with the
        total count. Paging cannot go past the 10000th record (offset plus limit at most 10000).

        POST /api/v4/main-account/codes/my (getMyCodes):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of codes to return, 1 to 100.
            offset: (optional) Number of codes to skip before the first one returned, 0 to 10000.

        Returns:
            GetMyCodesResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                limit: The limit may not be greater than 100.
                offset: The offset may not be greater than 10000.
                limit: The limit must be at least 1.
                offset: The offset must be at least 0.
                limit: The limit must be an integer.
                offset: The offset must be an integer.
            errors.InnerValidationError: HTTP 422, Request refused
        """

        from .models.get_my_codes_result import GetMyCodesResult

        return self._call(
            "getMyCodes", {"limit": limit, "offset": offset}, GetMyCodesResult.from_dict
        )

    def iter_get_my_codes(self, *, page_size: int | None = None) -> Iterator[CodeInfo]:
        """Every CodeInfo of get_my_codes, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (by `total`) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_my_codes_result import GetMyCodesResult

        return self._pages(
            "getMyCodes",
            {},
            GetMyCodesResult.from_dict,
            lambda page: page.data or [],
            lambda page: page.total,
            page_size,
        )

    def get_codes_history(
        self, *, limit: int | None = None, offset: int | None = None
    ) -> GetCodesHistoryResult:
        """Get the code history.

        Returns one page of code events for the account, covering codes it created and codes it
        redeemed, newest first. There is no date filter, and paging cannot go past the 10000th
        record (offset plus limit at most 10000).

        POST /api/v4/main-account/codes/history (getCodesHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of entries to return, 1 to 100.
            offset: (optional) Number of entries to skip before the first one returned, 0 to 10000.

        Returns:
            GetCodesHistoryResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                limit: The limit may not be greater than 100.
                offset: The offset may not be greater than 10000.
                limit: The limit must be at least 1.
                offset: The offset must be at least 0.
                limit: The limit must be an integer.
                offset: The offset must be an integer.
            errors.InnerValidationError: HTTP 422, Request refused
        """

        from .models.get_codes_history_result import GetCodesHistoryResult

        return self._call(
            "getCodesHistory", {"limit": limit, "offset": offset}, GetCodesHistoryResult.from_dict
        )

    def iter_get_codes_history(self, *, page_size: int | None = None) -> Iterator[CodeHistory]:
        """Every CodeHistory of get_codes_history, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (by `total`) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_codes_history_result import GetCodesHistoryResult

        return self._pages(
            "getCodesHistory",
            {},
            GetCodesHistoryResult.from_dict,
            lambda page: page.data or [],
            lambda page: page.total,
            page_size,
        )

    def get_fixed_plans(self, *, ticker: str | None = None) -> list[FixedPlan]:
        """List Fixed lending plans.

        Returns the active Fixed crypto lending plans that are open to API use and visible to
        this account (public plans for its region plus private plans assigned to it), optionally
        limited to one source currency. When interest is paid in another currency, the payout
        equals the source-currency interest divided by interestRatio. Only accounts granted
        lending API access may call it.

        POST /api/v4/main-account/smart/plans (getFixedPlans):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            ticker: (optional) Return only plans whose source currency has this ticker.

        Returns:
            list[FixedPlan] (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                ticker: The selected ticker is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for the account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.fixed_plan import FixedPlan

        return self._call("getFixedPlans", {"ticker": ticker}, list_of(FixedPlan.from_dict))

    def create_fixed_investment(
        self, *, plan_id: str, amount: Decimal | int | str
    ) -> CreateFixedInvestmentResult:
        """Invest in a Fixed plan.

        Opens a new investment of the given amount in a Fixed lending plan, funded from the main
        balance, and returns its identifier. The amount must fit between the plan minimum and
        maximum and within what the plan can still accept. Only accounts granted lending API
        access may call it.

        POST /api/v4/main-account/smart/investment (createFixedInvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_fixed_investments_history() before trying again.

        Args:
            plan_id: Identifier of the plan to invest in.
            amount: Amount of the plan's source currency to invest.

        Returns:
            CreateFixedInvestmentResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                planId: The selected planId is invalid.
                amount: The amount field must be a valid number
                amount: The amount must be at least 0.000001.
                amount: The amount you are trying to invest is bigger than the amount left
                    in this SMART plan. Please try investing a smaller amount.
                planId: Plan is disabled
                planId: Plan is inactive
                planId: There are no coins left in the plan
                planId: Plan is paused
                planId: Special offers are not available via API
                amount: Invalid decimal amount
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for the account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, Investment refused:
                amount: The investment in this investment plan already exists
                amount: Amount is less than min investment
                amount: Amount is more than max investment
                amount: Available 9 < 10
                amount: Not enough money to pay interest
        """

        from .models.create_fixed_investment_result import CreateFixedInvestmentResult

        return self._call(
            "createFixedInvestment",
            {"planId": plan_id, "amount": amount},
            CreateFixedInvestmentResult.from_dict,
        )

    def close_fixed_investment(self, *, id: str) -> CloseFixedInvestmentResult:
        """Close a Fixed investment.

        Ends an active Fixed investment; closing before the term is allowed and is not
        penalised. Returns an empty object on success. Only accounts granted lending API access
        may call it.

        POST /api/v4/main-account/smart/investment/close (closeFixedInvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_fixed_investments_history() before trying again.

        Args:
            id: Identifier of the investment to close.

        Returns:
            CloseFixedInvestmentResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                id: Investment not found
                id: The id field is required.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for the account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, Investment already closed:
                error: Investment is already closed
        """

        from .models.close_fixed_investment_result import CloseFixedInvestmentResult

        return self._call("closeFixedInvestment", {"id": id}, CloseFixedInvestmentResult.from_dict)

    def get_fixed_investments_history(
        self,
        *,
        id: str | None = None,
        ticker: str | None = None,
        status: Literal[1, 2] | FixedStatus | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> GetFixedInvestmentsHistoryResult:
        """List Fixed investments.

        Returns one page of the account's Fixed investments, each with its plan, state,
        timestamps and amounts, optionally filtered by investment identifier, source currency or
        state. Only accounts granted lending API access may call it.

        POST /api/v4/main-account/smart/investments (getFixedInvestmentsHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            id: (optional) Return only the investment with this identifier.
            ticker: (optional) Return only investments in plans with this source currency.
            status: (optional) Return only investments in this state: 1 active, 2 closed.
            limit: (optional) Maximum number of records to return, 1 to 100.
            offset: (optional) Number of records to skip before the first one returned, 0 to 10000.

        Returns:
            GetFixedInvestmentsHistoryResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                id: The selected id is invalid.
                ticker: The selected ticker is invalid.
                status: The selected status is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for the account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.get_fixed_investments_history_result import GetFixedInvestmentsHistoryResult

        return self._call(
            "getFixedInvestmentsHistory",
            {"id": id, "ticker": ticker, "status": status, "limit": limit, "offset": offset},
            GetFixedInvestmentsHistoryResult.from_dict,
        )

    def iter_get_fixed_investments_history(
        self,
        *,
        id: str | None = None,
        ticker: str | None = None,
        status: Literal[1, 2] | FixedStatus | None = None,
        page_size: int | None = None,
    ) -> Iterator[Investment]:
        """Every Investment of get_fixed_investments_history, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_fixed_investments_history_result import GetFixedInvestmentsHistoryResult

        return self._pages(
            "getFixedInvestmentsHistory",
            {"id": id, "ticker": ticker, "status": status},
            GetFixedInvestmentsHistoryResult.from_dict,
            lambda page: page.records or [],
            None,
            page_size,
        )

    def get_interest_payment_history(
        self,
        *,
        plan_id: str | None = None,
        ticker: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> GetInterestPaymentHistoryResult:
        """List Fixed interest payments.

        Returns one page of interest payouts made on the account's Fixed investments, optionally
        filtered by plan or by interest currency. Only accounts granted lending API access may
        call it.

        POST /api/v4/main-account/smart/interest-payment-history (getInterestPaymentHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            plan_id: (optional) Return only payments from this plan.
            ticker: (optional) Return only payments made in this interest currency.
            limit: (optional) Maximum number of records to return, 1 to 100.
            offset: (optional) Number of records to skip before the first one returned, 0 to 10000.

        Returns:
            GetInterestPaymentHistoryResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                planId: The selected planId is invalid.
                ticker: The selected ticker is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for the account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.get_interest_payment_history_result import GetInterestPaymentHistoryResult

        return self._call(
            "getInterestPaymentHistory",
            {"planId": plan_id, "ticker": ticker, "limit": limit, "offset": offset},
            GetInterestPaymentHistoryResult.from_dict,
        )

    def iter_get_interest_payment_history(
        self, *, plan_id: str | None = None, ticker: str | None = None, page_size: int | None = None
    ) -> Iterator[InterestPayment]:
        """Every InterestPayment of get_interest_payment_history, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_interest_payment_history_result import GetInterestPaymentHistoryResult

        return self._pages(
            "getInterestPaymentHistory",
            {"planId": plan_id, "ticker": ticker},
            GetInterestPaymentHistoryResult.from_dict,
            lambda page: page.records or [],
            None,
            page_size,
        )

    def get_flex_plans(
        self, *, limit: int | None = None, offset: int | None = None, ticker: str | None = None
    ) -> list[FlexPlan]:
        """List available Flex plans.

        Lists active Flex lending plans open to this account: public plans plus any private
        plans granted to it, restricted to what the account's region allows. Each item gives the
        plan id, currency, investment bounds and maximum rate; filter by ticker and page with
        limit and offset.

        POST /api/v4/main-account/smart-flex/plans (getFlexPlans):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of plans to return, at most 100.
            offset: (optional) Number of plans to skip.
            ticker: (optional) Only return plans in this currency.

        Returns:
            list[FlexPlan] (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Invalid filter or paging values:
                ticker: The selected ticker is invalid.
                limit: The limit must be an integer.
                limit: The limit may not be greater than 100.
                offset: The offset must be an integer.
                offset: The offset must be at least 0.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.flex_plan import FlexPlan

        return self._call(
            "getFlexPlans",
            {"limit": limit, "offset": offset, "ticker": ticker},
            list_of(FlexPlan.from_dict),
        )

    def get_user_flex_investments(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ticker: str | None = None,
        plan: str | UUID | None = None,
        investment: str | None = None,
        investment_status: Literal[0, 1] | FlexStatus | None = None,
    ) -> GetUserFlexInvestmentsResult:
        """List your Flex investments.

        Returns the account's Flex investments, optionally narrowed by currency, plan,
        investment id or state (1 active, 0 closed). The items come in data together with the
        limit and offset that were applied.

        POST /api/v4/main-account/smart-flex/investments (getUserFlexInvestments):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of investments to return.
            offset: (optional) Number of investments to skip.
            ticker: (optional) Only return investments in this currency.
            plan: (optional) Only return investments in this plan (UUID).
            investment: (optional) Only return the investment with this identifier.
            investment_status: (optional) Only return investments in this state: 1 active, 0 closed.

        Returns:
            GetUserFlexInvestmentsResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Invalid filter values:
                ticker: The selected ticker is invalid.
                plan: The selected plan is invalid.
                investment: The selected investment is invalid.
                investmentStatus: The selected investment status is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.get_user_flex_investments_result import GetUserFlexInvestmentsResult

        return self._call(
            "getUserFlexInvestments",
            {
                "limit": limit,
                "offset": offset,
                "ticker": ticker,
                "plan": plan,
                "investment": investment,
                "investmentStatus": investment_status,
            },
            GetUserFlexInvestmentsResult.from_dict,
        )

    def iter_get_user_flex_investments(
        self,
        *,
        ticker: str | None = None,
        plan: str | UUID | None = None,
        investment: str | None = None,
        investment_status: Literal[0, 1] | FlexStatus | None = None,
        page_size: int | None = None,
    ) -> Iterator[FlexInvestment]:
        """Every FlexInvestment of get_user_flex_investments, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        """
        from .models.get_user_flex_investments_result import GetUserFlexInvestmentsResult

        return self._pages(
            "getUserFlexInvestments",
            {
                "ticker": ticker,
                "plan": plan,
                "investment": investment,
                "investmentStatus": investment_status,
            },
            GetUserFlexInvestmentsResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    def get_flex_investment_history(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        plan: str | UUID | None = None,
        investment: str | None = None,
        transaction: str | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
        action_types: Sequence[int] | None = None,
    ) -> GetFlexInvestmentHistoryResult:
        """Get Flex investment operation history.

        Returns recorded operations on the account's Flex investments, with optional filters for
        plan, investment, transaction, time range and operation kind. actionTypes takes codes 1
        (invest), 2 (reinvest), 3 (withdrawal), 4 (daily earning), 5 (close) and 6 (open).

        POST /api/v4/main-account/smart-flex/investments/history (getFlexInvestmentHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of records to return.
            offset: (optional) Number of records to skip.
            plan: (optional) Only return operations on this plan (UUID).
            investment: (optional) Only return operations on the investment with this identifier.
            transaction: (optional) Only return the operation with this transaction identifier.
            date_from: (optional) Start of the time range, Unix time, seconds.
            date_to: (optional) End of the time range, Unix time, seconds.
            action_types: (optional) Operation kinds to include: 1 invest, 2 reinvest, 3 withdrawal, 4 daily earning,
                5 close, 6 open.

        Returns:
            GetFlexInvestmentHistoryResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Invalid filter values:
                plan: The selected plan is invalid.
                investment: The selected investment is invalid.
                transaction: The selected transaction is invalid.
                dateFrom: The date from is invalid.
                dateTo: The date to is invalid.
                actionTypes: The action types must be an array.
                actionTypes.0: The selected action type is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.get_flex_investment_history_result import GetFlexInvestmentHistoryResult

        return self._call(
            "getFlexInvestmentHistory",
            {
                "limit": limit,
                "offset": offset,
                "plan": plan,
                "investment": investment,
                "transaction": transaction,
                "dateFrom": date_from,
                "dateTo": date_to,
                "actionTypes": action_types,
            },
            GetFlexInvestmentHistoryResult.from_dict,
        )

    def iter_get_flex_investment_history(
        self,
        *,
        plan: str | UUID | None = None,
        investment: str | None = None,
        transaction: str | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
        action_types: Sequence[int] | None = None,
        page_size: int | None = None,
    ) -> Iterator[FlexInvestmentHistory]:
        """Every FlexInvestmentHistory of get_flex_investment_history, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        """
        from .models.get_flex_investment_history_result import GetFlexInvestmentHistoryResult

        return self._pages(
            "getFlexInvestmentHistory",
            {
                "plan": plan,
                "investment": investment,
                "transaction": transaction,
                "dateFrom": date_from,
                "dateTo": date_to,
                "actionTypes": action_types,
            },
            GetFlexInvestmentHistoryResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    def get_flex_payment_history(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        plan: str | UUID | None = None,
        investment: str | None = None,
        transaction: str | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
    ) -> GetFlexPaymentHistoryResult:
        """Get Flex daily earning payouts.

        Returns only the daily earning records (operation kind 4) credited to the account's Flex
        investments. Plan, investment, transaction and time range filters behave as in the
        operation history call.

        POST /api/v4/main-account/smart-flex/investments/payment-history (getFlexPaymentHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of records to return.
            offset: (optional) Number of records to skip.
            plan: (optional) Only return earnings from this plan (UUID).
            investment: (optional) Only return earnings of the investment with this identifier.
            transaction: (optional) Only return the earning with this transaction identifier.
            date_from: (optional) Start of the time range, Unix time, seconds.
            date_to: (optional) End of the time range, Unix time, seconds.

        Returns:
            GetFlexPaymentHistoryResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Invalid filter values:
                plan: The selected plan is invalid.
                investment: The selected investment is invalid.
                transaction: The selected transaction is invalid.
                dateFrom: The date from is invalid.
                dateTo: The date to is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.get_flex_payment_history_result import GetFlexPaymentHistoryResult

        return self._call(
            "getFlexPaymentHistory",
            {
                "limit": limit,
                "offset": offset,
                "plan": plan,
                "investment": investment,
                "transaction": transaction,
                "dateFrom": date_from,
                "dateTo": date_to,
            },
            GetFlexPaymentHistoryResult.from_dict,
        )

    def iter_get_flex_payment_history(
        self,
        *,
        plan: str | UUID | None = None,
        investment: str | None = None,
        transaction: str | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[FlexInvestmentHistory]:
        """Every FlexInvestmentHistory of get_flex_payment_history, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        """
        from .models.get_flex_payment_history_result import GetFlexPaymentHistoryResult

        return self._pages(
            "getFlexPaymentHistory",
            {
                "plan": plan,
                "investment": investment,
                "transaction": transaction,
                "dateFrom": date_from,
                "dateTo": date_to,
            },
            GetFlexPaymentHistoryResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    def create_flex_investment(
        self, *, plan: str | UUID, amount: Decimal | int | str, with_reinvest: bool | None = None
    ) -> CreateFlexInvestmentResult:
        """Invest in a Flex plan.

        Places the given amount of the plan's currency into the chosen Flex plan and returns the
        id of the resulting transaction. The plan must be active, not paused and open to the
        account; the amount must be positive, lie between the plan's minimum and maximum, fit
        under any cumulative investment cap and be covered by the available balance. Set
        withReinvest to true to have earnings reinvested automatically.

        POST /api/v4/main-account/smart-flex/investments/invest (createFlexInvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_flex_investment_history() before trying again.

        Args:
            plan: Identifier of the Flex plan to invest in (UUID).
            amount: Sum to invest, in the plan currency; must lie between the plan's minimum and
                maximum.
            with_reinvest: (optional) Whether earnings are reinvested automatically; false when omitted.

        Returns:
            CreateFlexInvestmentResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Malformed plan or amount:
                plan: The selected plan is invalid.
                amount: The amount field must be a valid number
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, Rejected by plan or balance rules; code 2 means below minimum, 3 above maximum, 4 insufficient balance, 0 any other rule:
                plan: Plan is unavailable
                plan: Plan is paused
                amount: Amount is less than min investment
                amount: Amount is more than max investment
                amount: Available 9 < 10
                amount: Amount is too small
                plan: Private plan not available for this user
                amount: Investment limit is exceeded
        """

        from .models.create_flex_investment_result import CreateFlexInvestmentResult

        return self._call(
            "createFlexInvestment",
            {"plan": plan, "amount": amount, "withReinvest": with_reinvest},
            CreateFlexInvestmentResult.from_dict,
        )

    def withdraw_from_flex_investment(
        self, *, plan: str | UUID, amount: Decimal | int | str
    ) -> WithdrawFromFlexInvestmentResult:
        """Withdraw from a Flex investment.

        Takes the given amount out of the account's active investment in the chosen Flex plan
        and returns the id of the withdrawal transaction. Only active plans the account may use
        are accepted. The amount must be positive, not below the smallest allowed withdrawal and
        not above the sum invested, and what stays invested must not drop under the plan's
        minimum investment.

        POST /api/v4/main-account/smart-flex/investments/withdraw (withdrawFromFlexInvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_flex_investment_history() before trying again.

        Args:
            plan: Identifier of the Flex plan whose investment is withdrawn from (UUID).
            amount: Sum to take out, in the plan currency.

        Returns:
            WithdrawFromFlexInvestmentResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Unknown plan:
                plan: The selected plan is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, Withdrawal rejected by investment rules:
                amount: Investment does not exist
                investment: Cannot withdraw from closed investment
                amount: Withdraw amount is too small
                amount: Withdraw amount exceeds total invested
                minAmountLeft: Amount left < min investment
                amount: Cannot withdraw amount < min possible
        """

        from .models.withdraw_from_flex_investment_result import WithdrawFromFlexInvestmentResult

        return self._call(
            "withdrawFromFlexInvestment",
            {"plan": plan, "amount": amount},
            WithdrawFromFlexInvestmentResult.from_dict,
        )

    def close_flex_investment(self, *, plan: str | UUID) -> CloseFlexInvestmentResult:
        """Close a Flex investment.

        Ends the account's active investment in the given Flex plan, paying out everything held
        in it, and returns the id of the closing transaction. The investment must exist and
        still be active.

        POST /api/v4/main-account/smart-flex/investments/close (closeFlexInvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_flex_investment_history() before trying again.

        Args:
            plan: Identifier of the Flex plan whose investment is closed (UUID).

        Returns:
            CloseFlexInvestmentResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Unknown plan:
                plan: The selected plan is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, Investment missing or already closed:
                amount: Investment does not exist
                investment: Cannot withdraw from closed investment
        """

        from .models.close_flex_investment_result import CloseFlexInvestmentResult

        return self._call(
            "closeFlexInvestment", {"plan": plan}, CloseFlexInvestmentResult.from_dict
        )

    def update_flex_auto_reinvestment(
        self, *, plan: str | UUID, enabled: bool | None = None
    ) -> UpdateFlexAutoReinvestmentResult:
        """Toggle Flex auto-reinvestment.

        Turns automatic reinvestment of earnings on or off for the account's investment in the
        given Flex plan. The account must already hold an investment in that plan; on success
        data is an empty array.

        POST /api/v4/main-account/smart-flex/investments/auto-invest (updateFlexAutoReinvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_flex_investment_history() before trying again.

        Args:
            plan: Identifier of the Flex plan whose investment is updated (UUID).
            enabled: (optional) true turns auto-reinvestment on, false turns it off; false when omitted.

        Returns:
            UpdateFlexAutoReinvestmentResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Missing plan or non-boolean enabled:
                plan: The plan field is required.
                enabled: The enabled field must be true or false.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, No investment in this plan:
                plan: No existing investments for this plan
        """

        from .models.update_flex_auto_reinvestment_result import UpdateFlexAutoReinvestmentResult

        return self._call(
            "updateFlexAutoReinvestment",
            {"plan": plan, "enabled": enabled},
            UpdateFlexAutoReinvestmentResult.from_dict,
        )

    def get_fees(self) -> list[FeeInfo]:
        """Get deposit and withdrawal fees.

        Returns, for every currency, whether deposits and withdrawals are possible and the fees
        and amount limits that apply to each. A zero in a fee or limit field means that setting
        is switched off. The body carries only the standard signed-request fields.

        POST /api/v4/main-account/fee (getFees):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Returns:
            list[FeeInfo] (HTTP 200).
        """

        from .models.fee_info import FeeInfo

        return self._call("getFees", {}, list_of(FeeInfo.from_dict))

    def create_sub_account(
        self,
        *,
        alias: str,
        permissions: SubAccountPermissionsInput | SubAccountPermissionsInputWire,
        email: str | None = None,
        share_kyc: bool | None = None,
    ) -> SubAccount:
        """Create a sub-account.

        Creates a new sub-account under the authenticated main account and returns its record.
        The email field is mandatory unless shareKyc is true, in which case it may be omitted.
        Crypto deposits for sub-accounts stay off until the exchange enables them for the
        account; this cannot be switched on through the API.

        POST /api/v4/sub-account/create (createSubAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            alias: Display name to give the new sub-account.
            permissions: Balances the new sub-account is allowed to use.
            email: (optional) Email for the sub-account; required unless shareKyc is true.
            share_kyc: (optional) Set to true to reuse the main account's KYC instead of separate verification.

        Returns:
            SubAccount (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                alias: Alias already exists.
                email: Email is invalid.
                email: The email field is required.
        """

        from .models.sub_account import SubAccount

        return self._call(
            "createSubAccount",
            {"alias": alias, "permissions": permissions, "email": email, "shareKyc": share_kyc},
            SubAccount.from_dict,
        )

    def delete_sub_account(self, *, id: str) -> DeleteSubAccountResult:
        """Delete a sub-account.

        Removes the given sub-account from the authenticated main account. Returns an empty
        object on success.

        POST /api/v4/sub-account/delete (deleteSubAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the sub-account to delete.

        Returns:
            DeleteSubAccountResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.delete_sub_account_result import DeleteSubAccountResult

        return self._call("deleteSubAccount", {"id": id}, DeleteSubAccountResult.from_dict)

    def edit_sub_account(
        self,
        *,
        id: str,
        alias: str,
        permissions: SubAccountPermissionsInput | SubAccountPermissionsInputWire,
    ) -> EditSubAccountResult:
        """Update a sub-account.

        Changes the alias and balance permissions of an existing sub-account. The alias and both
        permission flags must always be sent; an empty object is returned on success.

        POST /api/v4/sub-account/edit (editSubAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the sub-account to change.
            alias: New display name for the sub-account.
            permissions: Balances the sub-account is allowed to use after the change.

        Returns:
            EditSubAccountResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.edit_sub_account_result import EditSubAccountResult

        return self._call(
            "editSubAccount",
            {"id": id, "alias": alias, "permissions": permissions},
            EditSubAccountResult.from_dict,
        )

    def list_sub_accounts(
        self, *, search: str | None = None, limit: int | None = None, offset: int | None = None
    ) -> ListSubAccountsResult:
        """List sub-accounts.

        Returns a page of the sub-accounts owned by the authenticated main account. Results can
        be narrowed with a search term and paged with limit and offset.

        POST /api/v4/sub-account/list (listSubAccounts):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            search: (optional) Text to match against sub-accounts; omit to list all.
            limit: (optional) Maximum number of sub-accounts to return.
            offset: (optional) Number of sub-accounts to skip before the page starts.

        Returns:
            ListSubAccountsResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.list_sub_accounts_result import ListSubAccountsResult

        return self._call(
            "listSubAccounts",
            {"search": search, "limit": limit, "offset": offset},
            ListSubAccountsResult.from_dict,
        )

    def iter_list_sub_accounts(
        self, *, search: str | None = None, page_size: int | None = None
    ) -> Iterator[SubAccount]:
        """Every SubAccount of list_sub_accounts, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.list_sub_accounts_result import ListSubAccountsResult

        return self._pages(
            "listSubAccounts",
            {"search": search},
            ListSubAccountsResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    def sub_account_transfer(
        self,
        *,
        id: str,
        direction: Literal["main_to_sub", "sub_to_main"] | TransferDirection,
        amount: Decimal | int | str,
        ticker: str,
    ) -> SubAccountTransferResult:
        """Transfer funds to or from a sub-account.

        Moves an amount of one currency between the main account and a sub-account, in the
        direction given by the direction field. Returns the identifier of the created transfer,
        which matches transaction_id in the transfer history.

        POST /api/v4/sub-account/transfer (subAccountTransfer):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the sub-account taking part in the transfer.
            direction: main_to_sub sends funds to the sub-account; sub_to_main returns them.
            amount: Quantity to move; the smallest accepted value is 0.00000001.
            ticker: Ticker of the currency to move.

        Returns:
            SubAccountTransferResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.sub_account_transfer_result import SubAccountTransferResult

        return self._call(
            "subAccountTransfer",
            {"id": id, "direction": direction, "amount": amount, "ticker": ticker},
            SubAccountTransferResult.from_dict,
        )

    def block_sub_account(self, *, id: str) -> BlockSubAccountResult:
        """Block a sub-account.

        Puts the given sub-account into the blocked state. Returns an empty object on success.

        POST /api/v4/sub-account/block (blockSubAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the sub-account to block.

        Returns:
            BlockSubAccountResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.block_sub_account_result import BlockSubAccountResult

        return self._call("blockSubAccount", {"id": id}, BlockSubAccountResult.from_dict)

    def unblock_sub_account(self, *, id: str) -> UnblockSubAccountResult:
        """Unblock a sub-account.

        Lifts the block from a previously blocked sub-account. Returns an empty object on
        success.

        POST /api/v4/sub-account/unblock (unblockSubAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the sub-account to unblock.

        Returns:
            UnblockSubAccountResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.unblock_sub_account_result import UnblockSubAccountResult

        return self._call("unblockSubAccount", {"id": id}, UnblockSubAccountResult.from_dict)

    def get_sub_account_balances(
        self, *, id: str, ticker: str | None = None
    ) -> GetSubAccountBalancesResult:
        """Get sub-account balances.

        Returns the main, spot and collateral balances of one sub-account, keyed by currency
        ticker. Pass ticker to get a single currency; without it every currency is included.

        POST /api/v4/sub-account/balances (getSubAccountBalances):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            id: Identifier of the sub-account to query.
            ticker: (optional) Currency ticker to limit the result to; omit to get every currency.

        Returns:
            GetSubAccountBalancesResult (HTTP 200).

        Raises:
            errors.InnerValidationError: HTTP 422, Account not yet confirmed
        """

        from .models.get_sub_account_balances_result import GetSubAccountBalancesResult

        return self._call(
            "getSubAccountBalances",
            {"id": id, "ticker": ticker},
            GetSubAccountBalancesResult.from_dict,
        )

    def get_sub_account_transfer_history(
        self,
        *,
        id: str,
        direction: Literal["main_to_sub", "sub_to_main"] | TransferDirection | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> GetSubAccountTransferHistoryResult:
        """List transfers for a sub-account.

        Returns transfers made between the main account and one sub-account, newest first,
        optionally filtered by direction. There is no date filter and no total count; a page
        shorter than limit is the last one, and offset plus limit may not exceed 10000.

        POST /api/v4/sub-account/transfer/history (getSubAccountTransferHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            id: Identifier of the sub-account whose transfers are listed.
            direction: (optional) Return only transfers going this way; omit for both directions.
            limit: (optional) Maximum number of transfers to return.
            offset: (optional) Number of transfers to skip; offset plus limit may not exceed 10000.

        Returns:
            GetSubAccountTransferHistoryResult (HTTP 200).

        Raises:
            errors.InnerValidationError: HTTP 422, Account not yet confirmed
        """

        from .models.get_sub_account_transfer_history_result import (
            GetSubAccountTransferHistoryResult,
        )

        return self._call(
            "getSubAccountTransferHistory",
            {"id": id, "direction": direction, "limit": limit, "offset": offset},
            GetSubAccountTransferHistoryResult.from_dict,
        )

    def iter_get_sub_account_transfer_history(
        self,
        *,
        id: str,
        direction: Literal["main_to_sub", "sub_to_main"] | TransferDirection | None = None,
        page_size: int | None = None,
    ) -> Iterator[SubAccountTransfer]:
        """Every SubAccountTransfer of get_sub_account_transfer_history, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_sub_account_transfer_history_result import (
            GetSubAccountTransferHistoryResult,
        )

        return self._pages(
            "getSubAccountTransferHistory",
            {"id": id, "direction": direction},
            GetSubAccountTransferHistoryResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    def list_unconfirmed_sub_account_withdrawals(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        sub_account_id: str | None = None,
    ) -> ListUnconfirmedSubAccountWithdrawalsResult:
        """List withdrawals awaiting main-account approval.

        Returns a page of sub-account withdrawals that are in unconfirmed_by_main_account status
        and wait for the main account to approve them, newest first. Filter by subAccountId to
        see one sub-account only. The feature is off by default and must be enabled on request;
        while it is off the endpoint answers 404.

        POST /api/v4/sub-account/withdraw/unconfirmed-list (listUnconfirmedSubAccountWithdrawals):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of withdrawals to return.
            offset: (optional) Number of withdrawals to skip before the page starts.
            sub_account_id: (optional) Show only withdrawals of this sub-account; omit to include all sub-accounts.

        Returns:
            ListUnconfirmedSubAccountWithdrawalsResult (HTTP 200).

        Raises:
            errors.AuthenticationError: HTTP 401, API key missing or invalid
            errors.NotFoundError: HTTP 404, Feature not enabled for this account
            errors.InnerValidationError: HTTP 422, Invalid paging parameters:
                limit: The limit field must be at least 1.
                offset: The offset field must be at least 0.
        """

        from .models.list_unconfirmed_sub_account_withdrawals_result import (
            ListUnconfirmedSubAccountWithdrawalsResult,
        )

        return self._call(
            "listUnconfirmedSubAccountWithdrawals",
            {"limit": limit, "offset": offset, "subAccountId": sub_account_id},
            ListUnconfirmedSubAccountWithdrawalsResult.from_dict,
        )

    def iter_list_unconfirmed_sub_account_withdrawals(
        self, *, sub_account_id: str | None = None, page_size: int | None = None
    ) -> Iterator[ListUnconfirmedSubAccountWithdrawalsResultDataItem]:
        """Every ListUnconfirmedSubAccountWithdrawalsResultDataItem of list_unconfirmed_sub_account_withdrawals, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.list_unconfirmed_sub_account_withdrawals_result import (
            ListUnconfirmedSubAccountWithdrawalsResult,
        )

        return self._pages(
            "listUnconfirmedSubAccountWithdrawals",
            {"subAccountId": sub_account_id},
            ListUnconfirmedSubAccountWithdrawalsResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    def confirm_sub_account_withdrawal(
        self, *, id: str | UUID
    ) -> ConfirmSubAccountWithdrawalResult:
        """Approve a pending sub-account withdrawal.

        Approves one sub-account withdrawal held in unconfirmed_by_main_account status so that
        it proceeds to processing; take its id from the unconfirmed-withdrawals list.
        Withdrawals that are never approved expire after a retention period. Returns an empty
        object on success; the feature must be enabled on request, otherwise the endpoint
        answers 404.

        POST /api/v4/sub-account/withdraw/confirm (confirmSubAccountWithdrawal):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the pending withdrawal, as returned by the unconfirmed-withdrawals
                list.

        Returns:
            ConfirmSubAccountWithdrawalResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Id missing or unknown:
                id: validation.exists
            errors.AuthenticationError: HTTP 401, API key lacks permission:
                This API Key is not authorized to perform this action.
            errors.NotFoundError: HTTP 404, Feature not enabled for this account
            errors.InnerValidationError: HTTP 422, Withdrawal cannot be approved:
                Transaction doesn't exist
                Transaction has incorrect status
                amount: insufficientFunds
        """

        from .models.confirm_sub_account_withdrawal_result import ConfirmSubAccountWithdrawalResult

        return self._call(
            "confirmSubAccountWithdrawal", {"id": id}, ConfirmSubAccountWithdrawalResult.from_dict
        )

    def create_sub_account_api_key(
        self, *, type: Literal[1, 2] | ApiKeyType, sub_account_id: str, title: str
    ) -> SubAccountApiKey:
        """Create an API key for a sub-account.

        Issues a new API key for the given sub-account and returns it together with its secret.
        Each sub-account may hold up to 50 keys, counted apart from the main account and other
        sub-accounts. Type 2 keys carry deposit and withdrawal rights, but crypto deposits must
        additionally be switched on for the account by WhiteBIT.

        POST /api/v4/sub-account/api-key/create (createSubAccountApiKey):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            type: Key type: 1 for info and trading, 2 adds deposits and withdrawals.
            sub_account_id: ID of the sub-account that will own the key.
            title: Label for the new key.

        Returns:
            SubAccountApiKey (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed or business rule violated:
                type: validation.required
                subAccountId: validation.required
                title: validation.required
                Limit of API keys is reached. Maximum allowed: 50
                Type isn't allowed
            errors.NotFoundError: HTTP 404, Account lacks permission for this key type
        """

        from .models.sub_account_api_key import SubAccountApiKey

        return self._call(
            "createSubAccountApiKey",
            {"type": type, "subAccountId": sub_account_id, "title": title},
            SubAccountApiKey.from_dict,
        )

    def edit_sub_account_api_key(
        self, *, api_key_id: str, title: str, urls: Sequence[ApiKeyUrl]
    ) -> EditSubAccountApiKeyResult:
        """Update a sub-account API key.

        Changes the title of a sub-account API key and switches its access to individual
        endpoints on or off. Some endpoints can never be enabled for sub-account keys; listing
        them in urls fails with error code 5. Returns an empty object on success.

        POST /api/v4/sub-account/api-key/edit (editSubAccountApiKey):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            api_key_id: ID of the key to update.
            title: New label for the key.
            urls: Per-endpoint access switches to apply to the key.

        Returns:
            EditSubAccountApiKeyResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed or endpoint restricted:
                apiKeyId: validation.required
                title: validation.required
                urls: validation.required
                The following URLs are restricted for sub-account API keys: /api/v4/main-
                    account/address
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.edit_sub_account_api_key_result import EditSubAccountApiKeyResult

        return self._call(
            "editSubAccountApiKey",
            {"apiKeyId": api_key_id, "title": title, "urls": urls},
            EditSubAccountApiKeyResult.from_dict,
        )

    def delete_sub_account_api_key(self, *, api_key_id: str) -> DeleteSubAccountApiKeyResult:
        """Delete a sub-account API key.

        Removes the given sub-account API key so it can no longer be used. Returns an empty
        object on success.

        POST /api/v4/sub-account/api-key/delete (deleteSubAccountApiKey):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            api_key_id: ID of the key to delete.

        Returns:
            DeleteSubAccountApiKeyResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                apiKeyId: validation.required
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.delete_sub_account_api_key_result import DeleteSubAccountApiKeyResult

        return self._call(
            "deleteSubAccountApiKey",
            {"apiKeyId": api_key_id},
            DeleteSubAccountApiKeyResult.from_dict,
        )

    def list_sub_account_api_keys(
        self,
        *,
        sub_account_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> ListSubAccountApiKeysResult:
        """List sub-account API keys.

        Returns a page of API keys for the sub-account named in subAccountId, newest key first.
        The apiSecret field is always an empty string in this listing. No total count is
        returned; a page with fewer items than limit is the last one.

        POST /api/v4/sub-account/api-key/list (listSubAccountApiKeys):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            sub_account_id: (optional) ID of the sub-account whose keys are listed.
            limit: (optional) Maximum number of keys to return, 1 to 100.
            offset: (optional) Number of keys to skip, 0 to 10000.

        Returns:
            ListSubAccountApiKeysResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                limit: validation.integer
                offset: validation.integer
        """

        from .models.list_sub_account_api_keys_result import ListSubAccountApiKeysResult

        return self._call(
            "listSubAccountApiKeys",
            {"subAccountId": sub_account_id, "limit": limit, "offset": offset},
            ListSubAccountApiKeysResult.from_dict,
        )

    def iter_list_sub_account_api_keys(
        self, *, sub_account_id: str | None = None, page_size: int | None = None
    ) -> Iterator[SubAccountApiKeyList]:
        """Every SubAccountApiKeyList of list_sub_account_api_keys, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.list_sub_account_api_keys_result import ListSubAccountApiKeysResult

        return self._pages(
            "listSubAccountApiKeys",
            {"subAccountId": sub_account_id},
            ListSubAccountApiKeysResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    def reset_sub_account_api_key(self, *, api_key_id: str) -> ResetSubAccountApiKeyResult:
        """Regenerate a sub-account API key.

        Regenerates the credentials of an existing sub-account API key, replacing the current
        ones. Returns an empty object on success.

        POST /api/v4/sub-account/api-key/reset (resetSubAccountApiKey):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            api_key_id: ID of the key to regenerate.

        Returns:
            ResetSubAccountApiKeyResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                apiKeyId: validation.required
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.reset_sub_account_api_key_result import ResetSubAccountApiKeyResult

        return self._call(
            "resetSubAccountApiKey", {"apiKeyId": api_key_id}, ResetSubAccountApiKeyResult.from_dict
        )

    def list_sub_account_api_key_ip_addresses(
        self, *, api_key_id: str
    ) -> ListSubAccountApiKeyIpAddressesResult:
        """List allowed IPs of a sub-account key.

        Returns the IP addresses currently on the allowlist of the given sub-account API key.

        POST /api/v4/sub-account/api-key/ip-address/list (listSubAccountApiKeyIpAddresses):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            api_key_id: ID of the key.

        Returns:
            ListSubAccountApiKeyIpAddressesResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                apiKeyId: validation.required
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.list_sub_account_api_key_ip_addresses_result import (
            ListSubAccountApiKeyIpAddressesResult,
        )

        return self._call(
            "listSubAccountApiKeyIpAddresses",
            {"apiKeyId": api_key_id},
            ListSubAccountApiKeyIpAddressesResult.from_dict,
        )

    def create_sub_account_api_key_ip_address(
        self, *, api_key_id: str, ip: str
    ) -> CreateSubAccountApiKeyIpAddressResult:
        """Add an IP to a sub-account key allowlist.

        Puts one IP address on the allowlist of a sub-account API key and returns IP addresses
        in data. The allowlist holds at most 50 addresses, and adding an address that is already
        listed fails with error code 5.

        POST /api/v4/sub-account/api-key/ip-address/create (createSubAccountApiKeyIpAddress):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            api_key_id: ID of the key whose allowlist is extended.
            ip: IP address to allow; it must not already be on the list.

        Returns:
            CreateSubAccountApiKeyIpAddressResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed or allowlist rule violated:
                apiKeyId: validation.required
                ip: validation.required
                ip: Invalid IP address.
                This IP address is already in allowlist
                You have reached the maximum number of allowed IPs: 50
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.create_sub_account_api_key_ip_address_result import (
            CreateSubAccountApiKeyIpAddressResult,
        )

        return self._call(
            "createSubAccountApiKeyIpAddress",
            {"apiKeyId": api_key_id, "ip": ip},
            CreateSubAccountApiKeyIpAddressResult.from_dict,
        )

    def delete_sub_account_api_key_ip_address(
        self, *, api_key_id: str, ip: str
    ) -> DeleteSubAccountApiKeyIpAddressResult:
        """Remove an IP from a sub-account key allowlist.

        Takes one IP address off the allowlist of a sub-account API key. Fails with error code 5
        when the address is not on the list.

        POST /api/v4/sub-account/api-key/ip-address/delete (deleteSubAccountApiKeyIpAddress):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            api_key_id: ID of the key whose allowlist is reduced.
            ip: IP address to remove; it must currently be on the list.

        Returns:
            DeleteSubAccountApiKeyIpAddressResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed or address not allowlisted:
                apiKeyId: validation.required
                ip: validation.required
                ip: Invalid IP address.
                IP address 192.168.1.100 is not in the allowlist
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.delete_sub_account_api_key_ip_address_result import (
            DeleteSubAccountApiKeyIpAddressResult,
        )

        return self._call(
            "deleteSubAccountApiKeyIpAddress",
            {"apiKeyId": api_key_id, "ip": ip},
            DeleteSubAccountApiKeyIpAddressResult.from_dict,
        )

    def get_sub_account_kyc_url(self, *, id: str) -> GetSubAccountKycUrlResult:
        """Get a KYC link for a sub-account.

        Creates a short-lived identity-verification link for a sub-account and returns it with
        its lifetime in seconds. The sub-account must be activated, must not be locked or
        blocked, and must not use shared KYC with the main account.

        POST /api/v4/sub-account/kyc-url (getSubAccountKycUrl):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            id: Identifier of a sub-account owned by the caller.

        Returns:
            GetSubAccountKycUrlResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Sub-account not eligible or id invalid:
                id: validation.exists
                Account is not confirmed
                Sub-account is not active
                Sub-account has shared KYC
            errors.AuthenticationError: HTTP 401, Authentication failed:
                Invalid API key, signature, or nonce
            errors.NotFoundError: HTTP 404, Caller lacks the required sub-account service
        """

        from .models.get_sub_account_kyc_url_result import GetSubAccountKycUrlResult

        return self._call("getSubAccountKycUrl", {"id": id}, GetSubAccountKycUrlResult.from_dict)

    def get_mining_rewards(
        self,
        *,
        account: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> GetMiningRewardsResult:
        """List mining rewards.

        Returns a page of mining pool rewards ordered by reward date, newest first, optionally
        narrowed to one account and a time window. offset cannot exceed 10000, so page through
        older history by moving from and to; a page shorter than limit is the last one. An
        unknown or foreign account name is not rejected and simply yields an empty list.

        POST /api/v4/mining/rewards (getMiningRewards):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: (optional) Mining account name to filter by; an unknown name yields an empty list.
            from_: (optional) Start of the reward date window, Unix time, seconds.
            to: (optional) End of the reward date window, Unix time, seconds.
            limit: (optional) Maximum number of rewards to return, 1 to 100.
            offset: (optional) Number of rewards to skip, 0 to 10000.

        Returns:
            GetMiningRewardsResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Pagination parameters invalid:
                limit: validation.max.integer
                offset: validation.max
                limit: validation.integer
            errors.InnerValidationError: HTTP 422, Invalid timestamp:
                Incorrect timestamp
        """

        from .models.get_mining_rewards_result import GetMiningRewardsResult

        return self._call(
            "getMiningRewards",
            {"account": account, "from": from_, "to": to, "limit": limit, "offset": offset},
            GetMiningRewardsResult.from_dict,
        )

    def iter_get_mining_rewards(
        self,
        *,
        account: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        page_size: int | None = None,
    ) -> Iterator[MiningReward]:
        """Every MiningReward of get_mining_rewards, page by page (for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_mining_rewards_result import GetMiningRewardsResult

        return self._pages(
            "getMiningRewards",
            {"account": account, "from": from_, "to": to},
            GetMiningRewardsResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    def get_mining_hashrate(
        self,
        *,
        account: str,
        from_: int | None = None,
        to: int | None = None,
        interval: Literal["5m", "1h", "24h"] | HashrateInterval | None = None,
    ) -> GetMiningHashrateResult:
        """Get hashrate history of a mining account.

        Returns hashrate samples and share reject rates for one mining pool account over a time
        window, at 5-minute, hourly or daily granularity. An account with mining switched off
        gets an empty result instead of an error.

        POST /api/v4/mining/hashrate (getMiningHashrate):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: Name of the mining account.
            from_: (optional) Start of the window, Unix time, seconds.
            to: (optional) End of the window, Unix time, seconds.
            interval: (optional) Spacing between samples: 5m, 1h or 24h.

        Returns:
            GetMiningHashrateResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                account: Account not found
            errors.InnerValidationError: HTTP 422, Invalid timestamp:
                Incorrect timestamp
        """

        from .models.get_mining_hashrate_result import GetMiningHashrateResult

        return self._call(
            "getMiningHashrate",
            {"account": account, "from": from_, "to": to, "interval": interval},
            GetMiningHashrateResult.from_dict,
        )

    def get_mining_payout_destination(
        self, *, account_name: str
    ) -> GetMiningPayoutDestinationResult:
        """Get payout destination of a mining account.

        Returns where rewards of one of the caller's mining accounts are sent: the main balance
        or an external BTC address. externalAddress is null when rewards go to the main balance.

        POST /api/v4/mining/payout-destination (getMiningPayoutDestination):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account_name: Name of the mining account.

        Returns:
            GetMiningPayoutDestinationResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                user: Mining account not found.
        """

        from .models.get_mining_payout_destination_result import GetMiningPayoutDestinationResult

        return self._call(
            "getMiningPayoutDestination",
            {"accountName": account_name},
            GetMiningPayoutDestinationResult.from_dict,
        )

    def set_mining_payout_destination(
        self,
        *,
        account_name: str,
        destination: Literal["main_balance", "external_address"] | PayoutDestination,
        address: str | None = None,
    ) -> SetMiningPayoutDestinationResult:
        """Set payout destination of a mining account.

        Chooses whether rewards of one of the caller's mining accounts go to the main balance or
        to an external BTC address, and returns the saved setting. address is required when
        destination is external_address and must be a legacy (1..., 3...) or bech32 (bc1...)
        Bitcoin address.

        POST /api/v4/mining/payout-destination/edit (setMiningPayoutDestination):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            account_name: Name of the mining account.
            destination: Where rewards should be sent.
            address: (optional) BTC address for payouts, up to 100 characters; required only when destination is
                external_address.

        Returns:
            SetMiningPayoutDestinationResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                user: Mining account not found.
                address: miningPool.validation.payoutDestination.invalidBtcAddress
                address: miningPool.validation.payoutDestination.btcAddressRequired
                destination: miningPool.validation.payoutDestination.customCurrencyConflict
        """

        from .models.set_mining_payout_destination_result import SetMiningPayoutDestinationResult

        return self._call(
            "setMiningPayoutDestination",
            {"accountName": account_name, "destination": destination, "address": address},
            SetMiningPayoutDestinationResult.from_dict,
        )

    def get_mining_miner_info(self, *, account: str) -> GetMiningMinerInfoResult:
        """Get miner info for a mining account.

        Returns the pool fee, worker counts by status and the stratum endpoints with the number
        of workers on each, for one mining account.

        POST /api/v4/mining/miners/info (getMiningMinerInfo):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: Name of the mining account, up to 255 characters.

        Returns:
            GetMiningMinerInfoResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                user: Mining pool account 'unknown_miner' not found
        """

        from .models.get_mining_miner_info_result import GetMiningMinerInfoResult

        return self._call(
            "getMiningMinerInfo", {"account": account}, GetMiningMinerInfoResult.from_dict
        )

    def get_mining_worker_names(
        self, *, account: str, offset: int | None = None, limit: int | None = None
    ) -> GetMiningWorkerNamesResult:
        """List online worker names.

        Returns names of the online workers of a mining account in alphabetical order, paged by
        offset and limit. No total count is returned; a page with fewer names than limit is the
        last one.

        POST /api/v4/mining/workers/names (getMiningWorkerNames):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: Name of the mining account, up to 255 characters.
            offset: (optional) Number of names to skip, 0 to 10000.
            limit: (optional) Maximum number of names to return, 1 to 100.

        Returns:
            GetMiningWorkerNamesResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                user: Mining pool account 'unknown_miner' not found
        """

        from .models.get_mining_worker_names_result import GetMiningWorkerNamesResult

        return self._call(
            "getMiningWorkerNames",
            {"account": account, "offset": offset, "limit": limit},
            GetMiningWorkerNamesResult.from_dict,
        )

    def get_mining_worker_hashrate(
        self,
        *,
        account: str,
        worker: str,
        interval: Literal["5m", "1h", "24h"] | HashrateInterval | None = None,
        from_: int | None = None,
        to: int | None = None,
    ) -> GetMiningWorkerHashrateResult:
        """Get hashrate history of a worker.

        Returns hashrate samples in TH/s for one worker of a mining account, at 5-minute, hourly
        or daily granularity. from and to must not lie in the future.

        POST /api/v4/mining/workers/hashrate (getMiningWorkerHashrate):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: Name of the mining account, up to 255 characters.
            worker: Worker name within the account, up to 255 characters.
            interval: (optional) Spacing between samples: 5m, 1h or 24h.
            from_: (optional) Start of the window, Unix time, seconds; must not be in the future.
            to: (optional) End of the window, Unix time, seconds; must not be in the future.

        Returns:
            GetMiningWorkerHashrateResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                user: Mining pool account 'unknown_miner' not found
        """

        from .models.get_mining_worker_hashrate_result import GetMiningWorkerHashrateResult

        return self._call(
            "getMiningWorkerHashrate",
            {"account": account, "worker": worker, "interval": interval, "from": from_, "to": to},
            GetMiningWorkerHashrateResult.from_dict,
        )

    def create_mining_watcher_link(
        self,
        *,
        accounts: Sequence[str],
        name: str,
        permissions: Sequence[Literal["dashboard", "rewards", "workers"] | WatcherPermission],
        live_until: Literal["1h", "24h", "7d", "always"] | WatcherLinkLifetime,
    ) -> CreateMiningWatcherLinkResult:
        """Create a mining watcher link.

        Creates a shareable link that grants access to chosen sections (dashboard, rewards,
        workers) of one or more mining accounts for 1 hour, 24 hours, 7 days or without expiry.
        Each mining account may have only a few active links at once (3 by default); going over
        the cap fails with Limit exceeded.

        POST /api/v4/mining/watcher-links/create (createMiningWatcherLink):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            accounts: Mining account names the link covers; at least one.
            name: Link name of letters, digits and underscores, up to 255 characters.
            permissions: Sections the link exposes: dashboard, rewards and/or workers.
            live_until: How long the link stays valid: 1h, 24h, 7d or always.

        Returns:
            CreateMiningWatcherLinkResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed or link cap reached:
                user: Limit exceeded
        """

        from .models.create_mining_watcher_link_result import CreateMiningWatcherLinkResult

        return self._call(
            "createMiningWatcherLink",
            {
                "accounts": accounts,
                "name": name,
                "permissions": permissions,
                "liveUntil": live_until,
            },
            CreateMiningWatcherLinkResult.from_dict,
        )

    def list_mining_watcher_links(self, *, account: str) -> ListMiningWatcherLinksResult:
        """List watcher links of a mining account.

        Returns the watcher links that are still active for the given mining account, with their
        permissions and expiry.

        POST /api/v4/mining/watcher-links/list (listMiningWatcherLinks):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: Name of the mining account, up to 255 characters.

        Returns:
            ListMiningWatcherLinksResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                user: Mining pool account 'unknown_miner' not found
        """

        from .models.list_mining_watcher_links_result import ListMiningWatcherLinksResult

        return self._call(
            "listMiningWatcherLinks", {"account": account}, ListMiningWatcherLinksResult.from_dict
        )

    def create_mining_account(
        self, *, name: str, referral_code: str | None = None
    ) -> CreateMiningAccountResult:
        """Create a mining account.

        Opens a new mining pool account with the given name for the caller, optionally applying
        a referral code. The name must not already be used by another of the caller's accounts,
        and the server caps how many accounts one user may have.

        POST /api/v4/mining/accounts/create (createMiningAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            name: Account name of letters, digits and underscores, unique among the caller's
                accounts.
            referral_code: (optional) Referral code to apply at creation; optional.

        Returns:
            CreateMiningAccountResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                name: The name has already been taken.
                error: miningPool.validation.maxAccounts
        """

        from .models.create_mining_account_result import CreateMiningAccountResult

        return self._call(
            "createMiningAccount",
            {"name": name, "referralCode": referral_code},
            CreateMiningAccountResult.from_dict,
        )

    def get_mining_accounts(self, *, name: str | None = None) -> GetMiningAccountsResult:
        """List mining accounts.

        Returns the caller's mining pool accounts, newest first, optionally filtered by an exact
        account name. No total count is returned; a page shorter than limit is the last one.

        POST /api/v4/mining/accounts (getMiningAccounts):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            name: (optional) Exact account name to return; omit to list all accounts.

        Returns:
            GetMiningAccountsResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                name: Some error
        """

        from .models.get_mining_accounts_result import GetMiningAccountsResult

        return self._call("getMiningAccounts", {"name": name}, GetMiningAccountsResult.from_dict)

    def get_credit_line_info(self) -> CreditLine:
        """Get the active credit line.

        Returns the account's current loan: its asset, amount, funding and loan-to-value levels.
        Access is enabled on request through WhiteBIT support; without an active loan the call
        answers 400, and 404 means credit lines are not available to the account.

        POST /api/v4/credit-line/loans/info (getCreditLineInfo):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Returns:
            CreditLine (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, No active loan:
                No active loan at the moment
            errors.NotFoundError: HTTP 404, Credit lines not available
        """

        from .models.credit_line import CreditLine

        return self._call("getCreditLineInfo", {}, CreditLine.from_dict)

    def get_travel_rule_vasps(self) -> GetTravelRuleVaspsResult:
        """List Travel Rule VASPs.

        Returns the virtual asset service providers that can be referenced when supplying Travel
        Rule information for incoming or outgoing transfers. Send a returned vaspId when the
        counterparty is listed, otherwise send vaspName; the endpoint is disabled in some
        regions.

        POST /api/v4/travel-rule/vasps (getTravelRuleVasps):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Returns:
            GetTravelRuleVaspsResult (HTTP 200).

        Raises:
            errors.InnerValidationError: HTTP 422, Endpoint disabled for the region:
                error: This endpoint is disabled for your region
        """

        from .models.get_travel_rule_vasps_result import GetTravelRuleVaspsResult

        return self._call("getTravelRuleVasps", {}, GetTravelRuleVaspsResult.from_dict)

    def submit_travel_rule_deposit_verification(
        self,
        *,
        unique_id: str,
        wallet_type: Literal["hosted", "unhosted"] | WalletType,
        originator: TravelRuleOriginatorInput | TravelRuleOriginatorInputWire,
        vasp_data: TravelRuleVaspInput | TravelRuleVaspInputWire | None = None,
    ) -> SubmitTravelRuleDepositVerificationResult:
        """Submit Travel Rule data for a deposit.

        Sends the originator details of an incoming deposit that is waiting for Travel Rule
        verification and returns the resulting review status. For a hosted wallet, vaspData with
        vaspId or vaspName is required; an individual originator needs firstName and lastName,
        an entity needs fullName.

        POST /api/v4/travel-rule/deposit/verification (submitTravelRuleDepositVerification):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            unique_id: External id of the deposit, as shown in the deposit/withdraw history.
            wallet_type: hosted if sent from a wallet kept at a VASP (vaspData then required), unhosted
                for a self-custody wallet.
            originator:
            vasp_data: (optional)

        Returns:
            SubmitTravelRuleDepositVerificationResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                originator.firstName: The first name field is required for individual.
            errors.InnerValidationError: HTTP 422, Deposit cannot be verified:
                uniqueId: Transaction not found
                uniqueId: Transaction must be a deposit
                uniqueId: Transaction is not ready for verification
        """

        from .models.submit_travel_rule_deposit_verification_result import (
            SubmitTravelRuleDepositVerificationResult,
        )

        return self._call(
            "submitTravelRuleDepositVerification",
            {
                "uniqueId": unique_id,
                "walletType": wallet_type,
                "originator": originator,
                "vaspData": vasp_data,
            },
            SubmitTravelRuleDepositVerificationResult.from_dict,
        )

    def find_withdrawal(self, unique_id: str) -> TransactionHistory | None:
        """The TransactionHistory that a call with this idempotency key booked, or None.

        Asks get_deposit_withdraw_history for the record (under `unique_id` or its other spelling).
        """
        from .models.get_deposit_withdraw_history_result import GetDepositWithdrawHistoryResult

        fields: dict[str, Any] = {"transactionMethod": 2}
        fields["unique_id"] = unique_id
        page = self._call(
            "getDepositWithdrawHistory", fields, GetDepositWithdrawHistoryResult.from_dict
        )
        return next(
            (r for r in page.records or [] if carries_key(r.to_dict(), "unique_id", unique_id)),
            None,
        )


class AsyncOperations(ABC):
    """Every operation of the API as an async method; `_call` sends it."""

    @abstractmethod
    async def _call(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        jwt_token: str | None = None,
    ) -> T:
        """Validate `fields`, sign, send, and turn the answer's JSON into `parse`'s result."""

    @abstractmethod
    def _pages(
        self,
        operation_id: str,
        fields: dict[str, Any],
        parse: Callable[[Any], P],
        items: Callable[[P], list[I]],
        total: Callable[[P], int | None] | None,
        page_size: int | None,
    ) -> AsyncIterator[I]:
        """Walk the pages of a limit/offset operation, yielding the items of each."""

    async def get_main_balance(self, *, ticker: str | None = None) -> GetMainBalanceResult:
        """Retrieve main account balances.

        Returns the main-account balance of one currency, or of every currency when ticker is
        omitted. The result maps each ticker to an object holding its balance; an unknown ticker
        yields a zero balance rather than an error.

        POST /api/v4/main-account/balance (getMainBalance):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            ticker: (optional) Currency to read; omit it to get every currency.

        Returns:
            GetMainBalanceResult (HTTP 200).

        Raises:
            errors.InnerValidationError: HTTP 422, Invalid request parameters
        """

        from .models.get_main_balance_result import GetMainBalanceResult

        return await self._call(
            "getMainBalance", {"ticker": ticker}, one_entry(ticker, GetMainBalanceResult.from_dict)
        )

    async def get_deposit_address(
        self, *, ticker: str, network: str | None = None
    ) -> GetDepositAddressResult:
        """Fetch a crypto deposit address.

        Returns the current deposit address of a cryptocurrency (with a memo where the currency
        uses one) together with the deposit fee and amount limits. The ticker must be a
        depositable non-fiat currency, and network must be given for currencies offered on
        several networks. A sub-account can call it with its own key only after WhiteBIT has
        enabled crypto deposits for that sub-account.

        POST /api/v4/main-account/address (getDepositAddress):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            ticker: Cryptocurrency ticker; must not be fiat and must have deposits enabled.
            network: (optional) Network to receive on; needed for currencies offered on several networks.

        Returns:
            GetDepositAddressResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
            errors.ServerError: HTTP 503, Service temporarily unavailable
        """

        from .models.get_deposit_address_result import GetDepositAddressResult

        return await self._call(
            "getDepositAddress",
            {"ticker": ticker, "network": network},
            GetDepositAddressResult.from_dict,
        )

    async def get_fiat_deposit_url(
        self,
        *,
        ticker: str,
        provider: str,
        amount: Decimal | int | str,
        unique_id: str,
        customer: FiatCustomer | FiatCustomerWire | None = None,
        success_link: str | None = None,
        failure_link: str | None = None,
        return_link: str | None = None,
    ) -> GetFiatDepositUrlResult:
        """Create a fiat deposit payment link.

        Creates a fiat deposit invoice with the chosen provider and returns the URL of the page
        where the payer completes it; WhiteBIT support enables this endpoint per API key on
        request. The customer fields are required for USD or EUR through VISAMASTER. With
        VISAMASTER the link must be opened with a Referer header, otherwise the browser lands on
        the WhiteBIT home page.

        POST /api/v4/main-account/fiat-deposit-url (getFiatDepositUrl):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_deposit_withdraw_history() before trying again.

        Args:
            ticker: Fiat currency ticker; deposits must be enabled for it.
            provider: Fiat payment provider, as listed for the currency by the asset status endpoint.
            amount: Amount to deposit.
            unique_id: Client-chosen id of the deposit, a free-form string of at most 255 characters
                (no UUID format check).
            customer: (optional) Payer details; required for USD or EUR through VISAMASTER.
            success_link: (optional) HTTPS URL on an approved domain where the provider sends the payer after a
                successful payment; must be enabled by support.
            failure_link: (optional) HTTPS URL on an approved domain where the provider sends the payer after a
                failed or rejected payment; must be enabled by support.
            return_link: (optional) URL behind the back option on the payment result page; the option is not shown
                when omitted.

        Returns:
            GetFiatDepositUrlResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
            errors.ServerError: HTTP 503, Service temporarily unavailable
        """

        from .models.get_fiat_deposit_url_result import GetFiatDepositUrlResult

        return await self._call(
            "getFiatDepositUrl",
            {
                "ticker": ticker,
                "provider": provider,
                "amount": amount,
                "uniqueId": unique_id,
                "customer": customer,
                "successLink": success_link,
                "failureLink": failure_link,
                "returnLink": return_link,
            },
            GetFiatDepositUrlResult.from_dict,
        )

    async def issue_jwt_token(self) -> IssueJwtTokenResult:
        """Issue a Fiat Gateway JWT.

        Creates a signed JSON Web Token that authenticates calls to the Fiat Gateway service,
        and returns it together with its expiry time. The body carries only the standard signed-
        request fields.

        POST /api/v4/jwt (issueJwtToken):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Returns:
            IssueJwtTokenResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                request: The request field is required.
                nonce: The nonce field is required.
            errors.AuthenticationError: HTTP 401, Authentication failed:
                Invalid API key, signature, or nonce
            errors.ServerError: HTTP 500, Server-side configuration error:
                Server configuration issues
        """

        from .models.issue_jwt_token_result import IssueJwtTokenResult

        return await self._call("issueJwtToken", {}, IssueJwtTokenResult.from_dict)

    async def get_web_socket_token(self) -> GetWebSocketTokenResult:
        """Get a WebSocket token.

        Returns the token that authorizes a connection to the private WebSocket API for the
        owner of the API key. The body carries only the standard signed-request fields.

        POST /api/v4/profile/websocket_token (getWebSocketToken):
        10 requests / 60 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Returns:
            GetWebSocketTokenResult (HTTP 200).

        Raises:
            errors.AuthenticationError: HTTP 401, Authentication failed
            errors.InnerValidationError: HTTP 422, Validation failed
        """

        from .models.get_web_socket_token_result import GetWebSocketTokenResult

        return await self._call("getWebSocketToken", {}, GetWebSocketTokenResult.from_dict)

    async def issue_card_token(self, *, card_number: str, jwt_token: str) -> SecretAnswer:
        """Tokenise a payment card number.

        Exchanges a card number for a card token that fiat withdrawals can use in place of the
        raw number. Unlike the other endpoints, it is served by the Fiat Gateway host
        https://fgw.whitebit.com and authorised by a JWT, obtained from /api/v4/jwt (field
        data.token), sent in the Authorization header, not by the HMAC-signed X-TXC headers.

        POST /api/card-token (issueCardToken):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_deposit_withdraw_history() before trying again.

        Args:
            card_number: Full payment card number.
            jwt_token: token from issue_jwt_token (data.token).

        Returns:
            SecretAnswer (HTTP 201).

        Raises:
            errors.AuthenticationError: HTTP 401, JWT missing or invalid
            errors.InnerValidationError: HTTP 422, Card number rejected or throttled:
                cardNumber: The cardNumber field is invalid.
                Too Many Attempts.
        """

        return await self._call(
            "issueCardToken", {"cardNumber": card_number}, SecretAnswer, jwt_token=jwt_token
        )

    async def refund_deposit(
        self, *, transaction_id: str | UUID, address: str
    ) -> RefundDepositResult:
        """Refund a canceled deposit.

        Asks for a canceled deposit to be sent back to an external address and echoes the
        deposit id on acceptance. Only deposits in canceled status qualify, and the target
        address must use the deposit's network and asset and may not belong to WhiteBIT. Refunds
        complete asynchronously; the refund.successful and refund.failed webhooks report the
        result.

        POST /api/v4/main-account/refund-deposit (refundDeposit):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_deposit_withdraw_history() before trying again.

        Args:
            transaction_id: UUID of the canceled deposit, as delivered in uniqueId of the deposit.canceled
                webhook or shown in the account history.
            address: External address for the refund on the deposit's own network and asset; WhiteBIT
                addresses are refused, and it need not match the original sender.

        Returns:
            RefundDepositResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Invalid request or deposit not refundable
        """

        from .models.refund_deposit_result import RefundDepositResult

        return await self._call(
            "refundDeposit",
            {"transactionId": transaction_id, "address": address},
            RefundDepositResult.from_dict,
        )

    async def create_withdraw(
        self,
        *,
        ticker: str,
        amount: Decimal | int | str,
        address: str,
        unique_id: str | None = None,
        memo: str | None = None,
        provider: str | None = None,
        network: str | None = None,
        partial_enable: bool | None = None,
        customer_ip: str | None = None,
        bank_bic: str | None = None,
        beneficiary: WithdrawBeneficiary | WithdrawBeneficiaryWire | None = None,
        travel_rule: TravelRule | TravelRuleWire | None = None,
        payment_description: str | None = None,
    ) -> Accepted:
        """Withdraw funds from the main balance.

        Starts a crypto or fiat withdrawal from the main balance, where amount includes the fee
        (the recipient gets amount minus fee); an empty array means the request was accepted,
        and its progress is followed by uniqueId in the deposit/withdraw history. Conditional
        fields: memo for memo currencies, provider for fiat, customerIp for USD/EUR via
        VISAMASTER, bankBic for bank-rail providers, beneficiary for USD/EUR fiat tickers, and
        travelRule for crypto withdrawals from EEA accounts. Fiat withdrawals need a KYC-
        verified account, and the account must have two-factor authentication enabled.

        POST /api/v4/main-account/withdraw (createWithdraw):
        1000 requests / 10 s; changes state; settled with its idempotency key `unique_id` after a lost answer: re-sent with the same key or looked up with find_withdrawal().

        Args:
            ticker: Ticker of the currency to withdraw; check its status with the asset status
                endpoint.
            amount: Amount debited from the main balance, fee included; the recipient gets this
                minus the fee.
            address: Destination: wallet address for crypto, or account identifier or card token for
                fiat.
            unique_id: (optional) idempotency key; a new one is made up when omitted. Client-chosen id, a free-
                form string of at most 255 characters (no UUID format check); use a fresh one
                for every withdrawal.
            memo: (optional) Memo or destination tag; required for currencies that use one.
            provider: (optional) Fiat provider as listed for the currency by the asset status endpoint; required
                for fiat currencies.
            network: (optional) Network for multi-network currencies, as listed by the asset status endpoint;
                USDT defaults to ERC20.
            partial_enable: (optional) Set true to allow a fiat withdrawal above the usual maximum that may be only
                partly executed; the client must handle the partially successful status.
            customer_ip: (optional) End customer's IP address, passed to the fiat provider for fraud screening;
                required for USD or EUR through VISAMASTER.
            bank_bic: (optional) BIC (SWIFT) code of the recipient's bank; required for providers SEPA,
                SEPA_CLEAR_JUNCTION, SEPA_BCB_GROUP, FINCI, ZEN and BANKING_CIRCLE.
            beneficiary: (optional) Recipient details for fiat withdrawals; required for tickers USD, EUR,
                USD_VISAMASTER and EUR_VISAMASTER, with per-field rules depending on currency
                and provider.
            travel_rule: (optional) Travel Rule data about the recipient; required for crypto withdrawals from EEA
                accounts. The older flat form (type, vasp, name, address) is still accepted but
                does not pass verification.
            payment_description: (optional) Purpose of the withdrawal; required for crypto withdrawals made through
                whitebit-tr.com.

        Returns:
            Accepted (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Request validation failed:
                address: The address field is required.
                amount: The amount field is required.
                ticker: The ticker field is required.
                uniqueId: The unique id field is required.
                uniqueId: The unique id has already been taken.
                amount: This currency has no active pairs or it may have been delisted. Its
                    rate cannot be calculated at the moment.
                amount: Current limit exceeded
                amount: Your account must be verified
                ticker: The selected ticker is invalid.
                provider: Provider is required for fiat currency
                memo: The memo field is required.
                partialEnable: The partial enable field must be true or false.
                Too Many Attempts.
            errors.WhiteBITError: HTTP 412, Two-factor authentication not enabled:
                This action is unauthorized. Please, enable Two-Factor authentication.
            errors.InnerValidationError: HTTP 422, Withdrawal rejected by business rules (codes 1-9, or 0 for account limits):
                address: The address is invalid
                amount: Not enough money, Ethereum balance = 1
        """

        if unique_id is None:
            unique_id = new_idempotency_key()
        return await self._call(
            "createWithdraw",
            {
                "ticker": ticker,
                "amount": amount,
                "address": address,
                "uniqueId": unique_id,
                "memo": memo,
                "provider": provider,
                "network": network,
                "partialEnable": partial_enable,
                "customerIp": customer_ip,
                "bankBic": bank_bic,
                "beneficiary": beneficiary,
                "travelRule": travel_rule,
                "paymentDescription": payment_description,
            },
            accepted(unique_id),
        )

    async def create_withdraw_pay(
        self,
        *,
        ticker: str,
        amount: Decimal | int | str,
        address: str,
        unique_id: str | None = None,
        memo: str | None = None,
        provider: str | None = None,
        network: str | None = None,
        partial_enable: bool | None = None,
        customer_ip: str | None = None,
        bank_bic: str | None = None,
        beneficiary: WithdrawBeneficiary | WithdrawBeneficiaryWire | None = None,
        travel_rule: TravelRule | TravelRuleWire | None = None,
    ) -> Accepted:
        """Withdraw an exact net amount.

        Same as the standard withdrawal endpoint except that amount is what the recipient
        receives, with the fee debited from the main balance on top of it. Fields, conditional
        requirements and error codes match /api/v4/main-account/withdraw; an empty array means
        the request was accepted, and its progress is followed by uniqueId in the
        deposit/withdraw history.

        POST /api/v4/main-account/withdraw-pay (createWithdrawPay):
        1000 requests / 10 s; changes state; settled with its idempotency key `unique_id` after a lost answer: re-sent with the same key or looked up with find_withdrawal().

        Args:
            ticker: Ticker of the currency to withdraw; check its status with the asset status
                endpoint.
            amount: Amount the recipient receives; the fee is debited from the main balance in
                addition.
            address: Destination: wallet address for crypto, or account identifier or card token for
                fiat.
            unique_id: (optional) idempotency key; a new one is made up when omitted. Client-chosen id, a free-
                form string of at most 255 characters (no UUID format check); use a fresh one
                for every withdrawal.
            memo: (optional) Memo or destination tag; required for currencies that use one.
            provider: (optional) Fiat provider as listed for the currency by the asset status endpoint; required
                for fiat currencies.
            network: (optional) Network for multi-network currencies, as listed by the asset status endpoint;
                USDT defaults to ERC20.
            partial_enable: (optional) Set true to allow a fiat withdrawal above the usual maximum that may be only
                partly executed; the client must handle the partially successful status.
            customer_ip: (optional) End customer's IP address, passed to the fiat provider for fraud screening;
                required for USD or EUR through VISAMASTER.
            bank_bic: (optional) BIC (SWIFT) code of the recipient's bank; required for providers SEPA,
                SEPA_CLEAR_JUNCTION, SEPA_BCB_GROUP, FINCI, ZEN and BANKING_CIRCLE.
            beneficiary: (optional) Recipient details for fiat withdrawals, structured as in the standard
                withdrawal; required for tickers USD, EUR, USD_VISAMASTER and EUR_VISAMASTER.
            travel_rule: (optional) Travel Rule data about the recipient, structured as in the standard withdrawal;
                required for crypto withdrawals from EEA accounts.

        Returns:
            Accepted (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Request validation failed:
                address: The address field is required.
                amount: The amount field is required.
                ticker: The ticker field is required.
                uniqueId: The unique id field is required.
                uniqueId: The unique id has already been taken.
                amount: This currency has no active pairs or it may have been delisted. Its
                    rate cannot be calculated at the moment.
                amount: Current limit exceeded
            errors.WhiteBITError: HTTP 412, Two-factor authentication not enabled:
                This action is unauthorized. Please, enable Two-Factor authentication.
            errors.InnerValidationError: HTTP 422, Withdrawal rejected by business rules (codes 1-9, or 0 for account limits):
                address: The address is invalid
                amount: Not enough money, Ethereum balance = 1
        """

        if unique_id is None:
            unique_id = new_idempotency_key()
        return await self._call(
            "createWithdrawPay",
            {
                "ticker": ticker,
                "amount": amount,
                "address": address,
                "uniqueId": unique_id,
                "memo": memo,
                "provider": provider,
                "network": network,
                "partialEnable": partial_enable,
                "customerIp": customer_ip,
                "bankBic": bank_bic,
                "beneficiary": beneficiary,
                "travelRule": travel_rule,
            },
            accepted(unique_id),
        )

    async def create_express_withdraw_token(
        self, *, ticker: str, amount: Decimal | int | str, external_id: str
    ) -> CreateExpressWithdrawTokenResult:
        """Create an Express Withdraw payment link.

        Creates a single-use token with which another WhiteBIT user pays the given crypto amount
        into the caller's main balance as an instant, fee-free internal transfer, and returns
        the confirmation URL carrying it plus its expiry. The token is valid for 90 seconds;
        payments worth more than 10,000 USDT, fiat tickers and paying oneself are refused, and
        the account needs the Express Withdraw permission. Sending a still-pending externalId
        again with an unchanged ticker and amount yields the existing token rather than a second
        charge.

        POST /api/v4/main-account/express-withdraw/token (createExpressWithdrawToken):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_deposit_withdraw_history() before trying again.

        Args:
            ticker: Cryptocurrency to charge; it must allow withdrawals, and fiat tickers are
                refused.
            amount: Amount to charge; its USDT equivalent may not exceed 10,000 (error 191).
            external_id: Partner's order or invoice reference, unique per account; it makes the call
                idempotent, and an already paid one is refused with error 19.

        Returns:
            CreateExpressWithdrawTokenResult (HTTP 201).

        Raises:
            errors.PermissionDeniedError: HTTP 403, Express Withdraw permission missing
            errors.InnerValidationError: HTTP 422, Token request rejected (codes 18, 19, 191 or currency not allowed)
        """

        from .models.create_express_withdraw_token_result import CreateExpressWithdrawTokenResult

        return await self._call(
            "createExpressWithdrawToken",
            {"ticker": ticker, "amount": amount, "externalId": external_id},
            CreateExpressWithdrawTokenResult.from_dict,
        )

    async def transfer_between_balances(
        self,
        *,
        ticker: str,
        amount: Decimal | int | str,
        method: Literal["deposit", "withdraw", "collateral-deposit", "collateral-withdraw"]
        | TransferMethod
        | None = None,
        from_: Literal["main", "spot", "collateral"] | BalanceKind | None = None,
        to: Literal["main", "spot", "collateral"] | BalanceKind | None = None,
    ) -> Acknowledged:
        """Move funds between account balances.

        Moves an amount of one currency between the main, spot (trade) and collateral balances
        and returns an empty array on success. Specify the direction either with from and to
        (preferred) or with the older method field, which is planned for removal. Transfers of
        fiat currencies require a KYC-verified account.

        POST /api/v4/main-account/transfer (transferBetweenBalances):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_main_balance() before trying again.

        Args:
            ticker: Currency to transfer.
            amount: Amount to move; greater than zero, at most 8 decimal places, and not above the
                available balance.
            method: (optional) Legacy direction: deposit (main to spot), withdraw (spot to main), collateral-
                deposit (main to collateral) or collateral-withdraw (collateral to main); not
                needed when from and to are set.
            from_: (optional) Balance to take funds from; not needed when method is set.
            to: (optional) Balance to put funds on, different from from; not needed when method is set.

        Returns:
            Acknowledged (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Request validation failed:
                amount: The amount field is required.
                method: The method field is required.
                ticker: The ticker field is required.
                ticker: The selected ticker is invalid.
                amount: This currency has no active pairs or it may have been delisted. Its
                    rate cannot be calculated at the moment.
                amount: Current limit exceeded
                amount: Your account must be verified
                method: The selected method is invalid.
                from: The selected from is invalid.
                to: The selected to is invalid.
                to: The to and from must be different.
                amount: The amount must be at least 0.00000001.
                amount: The amount must be a number.
                amount: Invalid number
                Too Many Attempts.
            errors.InnerValidationError: HTTP 422, Transfer rejected by business rules:
                amount: You don't have such amount for transfer (available 34.68, in amount:
                    1000000)
                currency: Withdraw from this currency is disabled
                currency: Deposit to this currency is disabled
        """

        return await self._call(
            "transferBetweenBalances",
            {"ticker": ticker, "amount": amount, "method": method, "from": from_, "to": to},
            Acknowledged.from_dict,
        )

    async def get_deposit_withdraw_history(
        self,
        *,
        transaction_method: Literal[1, 2] | TransactionMethod | None = None,
        ticker: str | None = None,
        address: str | None = None,
        memo: str | None = None,
        addresses: Sequence[str] | None = None,
        unique_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        status: Sequence[int | HistoryStatus] | None = None,
    ) -> GetDepositWithdrawHistoryResult:
        """List deposit and withdrawal history.

        Returns a page of the account's deposits and/or withdrawals, newest first, filterable by
        direction, ticker, address, memo, unique id and status; there is no date filter and
        offset plus limit may not exceed 10000. Deposit statuses: 3/7 successful, 4/9 canceled,
        5 unconfirmed by user, 15 pending, 21 AML frozen, 22 uncredited, 27 awaiting Travel Rule
        data, 28 Travel Rule data under review. Withdrawal statuses: 1, 2, 6 and 10-17 pending,
        3/7 successful, 4 canceled, 5 unconfirmed by user, 18 partially successful, 21 AML
        frozen.

        POST /api/v4/main-account/history (getDepositWithdrawHistory):
        200 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            transaction_method: (optional) 1 for deposits only, 2 for withdrawals only; omit to get both.
            ticker: (optional) Return only transactions in this currency.
            address: (optional) Return only transactions with this address.
            memo: (optional) Return only transactions with this memo or destination tag.
            addresses: (optional) Return only transactions with any of these addresses (at most 20).
            unique_id: (optional) Return only the transaction with this client-side unique id.
            limit: (optional) Page size, 1 to 500 (50 when omitted); pages above 100 produce large responses.
            offset: (optional) Number of records to skip, 0 to 10000; offset plus limit may not exceed 10000.
            status: (optional) Return only these status codes; they must be valid for the chosen
                transactionMethod.

        Returns:
            GetDepositWithdrawHistoryResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Request validation failed:
                limit: The limit field is required.
                offset: The offset field is required.
                transactionMethod: The transaction method field is required.
                ticker: The selected ticker is invalid.
                transactionMethod: The selected transaction method is invalid.
                limit: The limit may not be greater than 500.
                offset: The offset may not be greater than 10000.
                limit: The limit must be at least 1.
                offset: The offset must be at least 0.
                limit: The limit must be an integer.
                offset: The offset must be an integer.
                status: The selected status is invalid.
            errors.InnerValidationError: HTTP 422, Request rejected
        """

        from .models.get_deposit_withdraw_history_result import GetDepositWithdrawHistoryResult

        return await self._call(
            "getDepositWithdrawHistory",
            {
                "transactionMethod": transaction_method,
                "ticker": ticker,
                "address": address,
                "memo": memo,
                "addresses": addresses,
                "unique_id": unique_id,
                "limit": limit,
                "offset": offset,
                "status": status,
            },
            GetDepositWithdrawHistoryResult.from_dict,
        )

    def iter_get_deposit_withdraw_history(
        self,
        *,
        transaction_method: Literal[1, 2] | TransactionMethod | None = None,
        ticker: str | None = None,
        address: str | None = None,
        memo: str | None = None,
        addresses: Sequence[str] | None = None,
        unique_id: str | None = None,
        status: Sequence[int | HistoryStatus] | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[TransactionHistory]:
        """Every TransactionHistory of get_deposit_withdraw_history, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows, 500); the
        walk stops at the end (by `total`) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_deposit_withdraw_history_result import GetDepositWithdrawHistoryResult

        return self._pages(
            "getDepositWithdrawHistory",
            {
                "transactionMethod": transaction_method,
                "ticker": ticker,
                "address": address,
                "memo": memo,
                "addresses": addresses,
                "unique_id": unique_id,
                "status": status,
            },
            GetDepositWithdrawHistoryResult.from_dict,
            lambda page: page.records or [],
            lambda page: page.total,
            page_size,
        )

    async def create_new_address(
        self,
        *,
        ticker: str,
        network: str | None = None,
        type: Literal["p2sh-segwit", "bech32"] | AddressType | None = None,
    ) -> CreateNewAddressResult:
        """Generate a new deposit address.

        Creates an additional deposit address for a cryptocurrency even when the previous one is
        unused, and returns it with the deposit fee and amount limits. WhiteBIT support must
        enable the endpoint for the account, and sub-accounts additionally need crypto deposits
        enabled. For BTC and LTC, type chooses between p2sh-segwit and bech32, bech32 being used
        when it is omitted.

        POST /api/v4/main-account/create-new-address (createNewAddress):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_deposit_withdraw_history() before trying again.

        Args:
            ticker: Cryptocurrency to create the address for.
            network: (optional) Network for multi-network currencies, e.g. ERC20 or TRC20; USDT defaults to
                ERC20.
            type: (optional) Address format, only for BTC and LTC; bech32 when omitted.

        Returns:
            CreateNewAddressResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Request validation failed:
                ticker: The ticker field is required.
                ticker: The selected ticker is invalid.
                network: Unsupported network
                network: Cannot extract default network
                network: Cannot find currency for specified network
                network: The network must be a string.
                ticker: The ticker must be a string.
            errors.InnerValidationError: HTTP 422, Address cannot be created:
                ticker: Currency is not depositable
                ticker: Fiat currencies are unavailable for this action
                message: Currency is not available
                error: KYC required
                message: Create address in process
                message: Address limit reached
        """

        from .models.create_new_address_result import CreateNewAddressResult

        return await self._call(
            "createNewAddress",
            {"ticker": ticker, "network": network, "type": type},
            CreateNewAddressResult.from_dict,
        )

    async def create_code(
        self,
        *,
        ticker: str,
        amount: Decimal | int | str,
        passphrase: str | None = None,
        description: str | None = None,
    ) -> CreateCodeResult:
        """Create a WhiteBIT code.

        Takes the given amount of a currency from the main balance and locks it in a new
        WhiteBIT code that another account can redeem. Returns the code string and its external
        identifier. When a passphrase is set, the redeemer has to supply it.

        POST /api/v4/main-account/codes (createCode):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_codes_history() before trying again.

        Args:
            ticker: Ticker of the currency to put in the code.
            amount: Amount to lock in the code; above zero, at most 18 decimal places, no more than
                1e17 and no more than the main balance.
            passphrase: (optional) Optional secret the redeemer must supply; Latin letters, digits and symbols
                only, no spaces, up to 25 characters.
            description: (optional) Private note on the code, shown only to its creator, up to 280 characters.

        Returns:
            CreateCodeResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                amount: The amount field is required.
                ticker: The ticker field is required.
                amount: The amount must be a number.
                amount: Invalid number
                description: The description must be a string.
                passphrase: The passphrase must be a string.
                ticker: The selected ticker is invalid.
                amount: The amount must be at least 0.
                description: The description may not be greater than 280 characters.
                passphrase: The passphrase may not be greater than 25 characters.
            errors.InnerValidationError: HTTP 422, Code creation refused:
                amount: This currency has no active pairs or it may have been delisted. Its
                    rate cannot be calculated at the moment.
                amount: Current limit exceeded
                amount: Your account must be verified
                passphrase: The passphrase format is invalid.
                ticker: Codes are disabled for this currency
        """

        from .models.create_code_result import CreateCodeResult

        return await self._call(
            "createCode",
            {
                "ticker": ticker,
                "amount": amount,
                "passphrase": passphrase,
                "description": description,
            },
            CreateCodeResult.from_dict,
        )

    async def apply_code(self, *, code: str, passphrase: str | None = None) -> ApplyCodeResult:
        """Redeem a WhiteBIT code.

        Credits the funds held in a WhiteBIT code to the main balance and returns the currency
        and amount received; the passphrase is needed only if the code was created with one. An
        unknown, expired or malformed code and a wrong passphrase share one generic error on the
        code field, while a code redeemed before or a code created by the same account get their
        own messages.

        POST /api/v4/main-account/codes/apply (applyCode):
        60 requests / 1 s; changes state; never re-sent after a lost answer: check get_codes_history() before trying again.

        Args:
            code: Code string to redeem.
            passphrase: (optional) Passphrase set by the code's creator; required only when the code has one, up to
                25 characters.

        Returns:
            ApplyCodeResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                code: The code field is required.
                code: Incorrect code or passphrase
                code: Code not applied
                code: Code already applied
                code: This code was created by you
            errors.InnerValidationError: HTTP 422, Redemption refused:
                error: KYC required
                code: Codes are disabled for this currency
        """

        from .models.apply_code_result import ApplyCodeResult

        return await self._call(
            "applyCode", {"code": code, "passphrase": passphrase}, ApplyCodeResult.from_dict
        )

    async def get_my_codes(
        self, *, limit: int | None = None, offset: int | None = None
    ) -> GetMyCodesResult:
        """List codes created by the account.

        Returns one page of the WhiteBIT codes this account has created, newest first, with the
        total count. Paging cannot go past the 10000th record (offset plus limit at most 10000).

        POST /api/v4/main-account/codes/my (getMyCodes):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of codes to return, 1 to 100.
            offset: (optional) Number of codes to skip before the first one returned, 0 to 10000.

        Returns:
            GetMyCodesResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                limit: The limit may not be greater than 100.
                offset: The offset may not be greater than 10000.
                limit: The limit must be at least 1.
                offset: The offset must be at least 0.
                limit: The limit must be an integer.
                offset: The offset must be an integer.
            errors.InnerValidationError: HTTP 422, Request refused
        """

        from .models.get_my_codes_result import GetMyCodesResult

        return await self._call(
            "getMyCodes", {"limit": limit, "offset": offset}, GetMyCodesResult.from_dict
        )

    def iter_get_my_codes(self, *, page_size: int | None = None) -> AsyncIterator[CodeInfo]:
        """Every CodeInfo of get_my_codes, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (by `total`) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_my_codes_result import GetMyCodesResult

        return self._pages(
            "getMyCodes",
            {},
            GetMyCodesResult.from_dict,
            lambda page: page.data or [],
            lambda page: page.total,
            page_size,
        )

    async def get_codes_history(
        self, *, limit: int | None = None, offset: int | None = None
    ) -> GetCodesHistoryResult:
        """Get the code history.

        Returns one page of code events for the account, covering codes it created and codes it
        redeemed, newest first. There is no date filter, and paging cannot go past the 10000th
        record (offset plus limit at most 10000).

        POST /api/v4/main-account/codes/history (getCodesHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of entries to return, 1 to 100.
            offset: (optional) Number of entries to skip before the first one returned, 0 to 10000.

        Returns:
            GetCodesHistoryResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                limit: The limit may not be greater than 100.
                offset: The offset may not be greater than 10000.
                limit: The limit must be at least 1.
                offset: The offset must be at least 0.
                limit: The limit must be an integer.
                offset: The offset must be an integer.
            errors.InnerValidationError: HTTP 422, Request refused
        """

        from .models.get_codes_history_result import GetCodesHistoryResult

        return await self._call(
            "getCodesHistory", {"limit": limit, "offset": offset}, GetCodesHistoryResult.from_dict
        )

    def iter_get_codes_history(self, *, page_size: int | None = None) -> AsyncIterator[CodeHistory]:
        """Every CodeHistory of get_codes_history, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (by `total`) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_codes_history_result import GetCodesHistoryResult

        return self._pages(
            "getCodesHistory",
            {},
            GetCodesHistoryResult.from_dict,
            lambda page: page.data or [],
            lambda page: page.total,
            page_size,
        )

    async def get_fixed_plans(self, *, ticker: str | None = None) -> list[FixedPlan]:
        """List Fixed lending plans.

        Returns the active Fixed crypto lending plans that are open to API use and visible to
        this account (public plans for its region plus private plans assigned to it), optionally
        limited to one source currency. When interest is paid in another currency, the payout
        equals the source-currency interest divided by interestRatio. Only accounts granted
        lending API access may call it.

        POST /api/v4/main-account/smart/plans (getFixedPlans):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            ticker: (optional) Return only plans whose source currency has this ticker.

        Returns:
            list[FixedPlan] (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                ticker: The selected ticker is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for the account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.fixed_plan import FixedPlan

        return await self._call("getFixedPlans", {"ticker": ticker}, list_of(FixedPlan.from_dict))

    async def create_fixed_investment(
        self, *, plan_id: str, amount: Decimal | int | str
    ) -> CreateFixedInvestmentResult:
        """Invest in a Fixed plan.

        Opens a new investment of the given amount in a Fixed lending plan, funded from the main
        balance, and returns its identifier. The amount must fit between the plan minimum and
        maximum and within what the plan can still accept. Only accounts granted lending API
        access may call it.

        POST /api/v4/main-account/smart/investment (createFixedInvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_fixed_investments_history() before trying again.

        Args:
            plan_id: Identifier of the plan to invest in.
            amount: Amount of the plan's source currency to invest.

        Returns:
            CreateFixedInvestmentResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                planId: The selected planId is invalid.
                amount: The amount field must be a valid number
                amount: The amount must be at least 0.000001.
                amount: The amount you are trying to invest is bigger than the amount left
                    in this SMART plan. Please try investing a smaller amount.
                planId: Plan is disabled
                planId: Plan is inactive
                planId: There are no coins left in the plan
                planId: Plan is paused
                planId: Special offers are not available via API
                amount: Invalid decimal amount
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for the account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, Investment refused:
                amount: The investment in this investment plan already exists
                amount: Amount is less than min investment
                amount: Amount is more than max investment
                amount: Available 9 < 10
                amount: Not enough money to pay interest
        """

        from .models.create_fixed_investment_result import CreateFixedInvestmentResult

        return await self._call(
            "createFixedInvestment",
            {"planId": plan_id, "amount": amount},
            CreateFixedInvestmentResult.from_dict,
        )

    async def close_fixed_investment(self, *, id: str) -> CloseFixedInvestmentResult:
        """Close a Fixed investment.

        Ends an active Fixed investment; closing before the term is allowed and is not
        penalised. Returns an empty object on success. Only accounts granted lending API access
        may call it.

        POST /api/v4/main-account/smart/investment/close (closeFixedInvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_fixed_investments_history() before trying again.

        Args:
            id: Identifier of the investment to close.

        Returns:
            CloseFixedInvestmentResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                id: Investment not found
                id: The id field is required.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for the account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, Investment already closed:
                error: Investment is already closed
        """

        from .models.close_fixed_investment_result import CloseFixedInvestmentResult

        return await self._call(
            "closeFixedInvestment", {"id": id}, CloseFixedInvestmentResult.from_dict
        )

    async def get_fixed_investments_history(
        self,
        *,
        id: str | None = None,
        ticker: str | None = None,
        status: Literal[1, 2] | FixedStatus | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> GetFixedInvestmentsHistoryResult:
        """List Fixed investments.

        Returns one page of the account's Fixed investments, each with its plan, state,
        timestamps and amounts, optionally filtered by investment identifier, source currency or
        state. Only accounts granted lending API access may call it.

        POST /api/v4/main-account/smart/investments (getFixedInvestmentsHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            id: (optional) Return only the investment with this identifier.
            ticker: (optional) Return only investments in plans with this source currency.
            status: (optional) Return only investments in this state: 1 active, 2 closed.
            limit: (optional) Maximum number of records to return, 1 to 100.
            offset: (optional) Number of records to skip before the first one returned, 0 to 10000.

        Returns:
            GetFixedInvestmentsHistoryResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                id: The selected id is invalid.
                ticker: The selected ticker is invalid.
                status: The selected status is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for the account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.get_fixed_investments_history_result import GetFixedInvestmentsHistoryResult

        return await self._call(
            "getFixedInvestmentsHistory",
            {"id": id, "ticker": ticker, "status": status, "limit": limit, "offset": offset},
            GetFixedInvestmentsHistoryResult.from_dict,
        )

    def iter_get_fixed_investments_history(
        self,
        *,
        id: str | None = None,
        ticker: str | None = None,
        status: Literal[1, 2] | FixedStatus | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[Investment]:
        """Every Investment of get_fixed_investments_history, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_fixed_investments_history_result import GetFixedInvestmentsHistoryResult

        return self._pages(
            "getFixedInvestmentsHistory",
            {"id": id, "ticker": ticker, "status": status},
            GetFixedInvestmentsHistoryResult.from_dict,
            lambda page: page.records or [],
            None,
            page_size,
        )

    async def get_interest_payment_history(
        self,
        *,
        plan_id: str | None = None,
        ticker: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> GetInterestPaymentHistoryResult:
        """List Fixed interest payments.

        Returns one page of interest payouts made on the account's Fixed investments, optionally
        filtered by plan or by interest currency. Only accounts granted lending API access may
        call it.

        POST /api/v4/main-account/smart/interest-payment-history (getInterestPaymentHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            plan_id: (optional) Return only payments from this plan.
            ticker: (optional) Return only payments made in this interest currency.
            limit: (optional) Maximum number of records to return, 1 to 100.
            offset: (optional) Number of records to skip before the first one returned, 0 to 10000.

        Returns:
            GetInterestPaymentHistoryResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                planId: The selected planId is invalid.
                ticker: The selected ticker is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for the account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.get_interest_payment_history_result import GetInterestPaymentHistoryResult

        return await self._call(
            "getInterestPaymentHistory",
            {"planId": plan_id, "ticker": ticker, "limit": limit, "offset": offset},
            GetInterestPaymentHistoryResult.from_dict,
        )

    def iter_get_interest_payment_history(
        self, *, plan_id: str | None = None, ticker: str | None = None, page_size: int | None = None
    ) -> AsyncIterator[InterestPayment]:
        """Every InterestPayment of get_interest_payment_history, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_interest_payment_history_result import GetInterestPaymentHistoryResult

        return self._pages(
            "getInterestPaymentHistory",
            {"planId": plan_id, "ticker": ticker},
            GetInterestPaymentHistoryResult.from_dict,
            lambda page: page.records or [],
            None,
            page_size,
        )

    async def get_flex_plans(
        self, *, limit: int | None = None, offset: int | None = None, ticker: str | None = None
    ) -> list[FlexPlan]:
        """List available Flex plans.

        Lists active Flex lending plans open to this account: public plans plus any private
        plans granted to it, restricted to what the account's region allows. Each item gives the
        plan id, currency, investment bounds and maximum rate; filter by ticker and page with
        limit and offset.

        POST /api/v4/main-account/smart-flex/plans (getFlexPlans):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of plans to return, at most 100.
            offset: (optional) Number of plans to skip.
            ticker: (optional) Only return plans in this currency.

        Returns:
            list[FlexPlan] (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Invalid filter or paging values:
                ticker: The selected ticker is invalid.
                limit: The limit must be an integer.
                limit: The limit may not be greater than 100.
                offset: The offset must be an integer.
                offset: The offset must be at least 0.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.flex_plan import FlexPlan

        return await self._call(
            "getFlexPlans",
            {"limit": limit, "offset": offset, "ticker": ticker},
            list_of(FlexPlan.from_dict),
        )

    async def get_user_flex_investments(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        ticker: str | None = None,
        plan: str | UUID | None = None,
        investment: str | None = None,
        investment_status: Literal[0, 1] | FlexStatus | None = None,
    ) -> GetUserFlexInvestmentsResult:
        """List your Flex investments.

        Returns the account's Flex investments, optionally narrowed by currency, plan,
        investment id or state (1 active, 0 closed). The items come in data together with the
        limit and offset that were applied.

        POST /api/v4/main-account/smart-flex/investments (getUserFlexInvestments):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of investments to return.
            offset: (optional) Number of investments to skip.
            ticker: (optional) Only return investments in this currency.
            plan: (optional) Only return investments in this plan (UUID).
            investment: (optional) Only return the investment with this identifier.
            investment_status: (optional) Only return investments in this state: 1 active, 0 closed.

        Returns:
            GetUserFlexInvestmentsResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Invalid filter values:
                ticker: The selected ticker is invalid.
                plan: The selected plan is invalid.
                investment: The selected investment is invalid.
                investmentStatus: The selected investment status is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.get_user_flex_investments_result import GetUserFlexInvestmentsResult

        return await self._call(
            "getUserFlexInvestments",
            {
                "limit": limit,
                "offset": offset,
                "ticker": ticker,
                "plan": plan,
                "investment": investment,
                "investmentStatus": investment_status,
            },
            GetUserFlexInvestmentsResult.from_dict,
        )

    def iter_get_user_flex_investments(
        self,
        *,
        ticker: str | None = None,
        plan: str | UUID | None = None,
        investment: str | None = None,
        investment_status: Literal[0, 1] | FlexStatus | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[FlexInvestment]:
        """Every FlexInvestment of get_user_flex_investments, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        """
        from .models.get_user_flex_investments_result import GetUserFlexInvestmentsResult

        return self._pages(
            "getUserFlexInvestments",
            {
                "ticker": ticker,
                "plan": plan,
                "investment": investment,
                "investmentStatus": investment_status,
            },
            GetUserFlexInvestmentsResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    async def get_flex_investment_history(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        plan: str | UUID | None = None,
        investment: str | None = None,
        transaction: str | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
        action_types: Sequence[int] | None = None,
    ) -> GetFlexInvestmentHistoryResult:
        """Get Flex investment operation history.

        Returns recorded operations on the account's Flex investments, with optional filters for
        plan, investment, transaction, time range and operation kind. actionTypes takes codes 1
        (invest), 2 (reinvest), 3 (withdrawal), 4 (daily earning), 5 (close) and 6 (open).

        POST /api/v4/main-account/smart-flex/investments/history (getFlexInvestmentHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of records to return.
            offset: (optional) Number of records to skip.
            plan: (optional) Only return operations on this plan (UUID).
            investment: (optional) Only return operations on the investment with this identifier.
            transaction: (optional) Only return the operation with this transaction identifier.
            date_from: (optional) Start of the time range, Unix time, seconds.
            date_to: (optional) End of the time range, Unix time, seconds.
            action_types: (optional) Operation kinds to include: 1 invest, 2 reinvest, 3 withdrawal, 4 daily earning,
                5 close, 6 open.

        Returns:
            GetFlexInvestmentHistoryResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Invalid filter values:
                plan: The selected plan is invalid.
                investment: The selected investment is invalid.
                transaction: The selected transaction is invalid.
                dateFrom: The date from is invalid.
                dateTo: The date to is invalid.
                actionTypes: The action types must be an array.
                actionTypes.0: The selected action type is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.get_flex_investment_history_result import GetFlexInvestmentHistoryResult

        return await self._call(
            "getFlexInvestmentHistory",
            {
                "limit": limit,
                "offset": offset,
                "plan": plan,
                "investment": investment,
                "transaction": transaction,
                "dateFrom": date_from,
                "dateTo": date_to,
                "actionTypes": action_types,
            },
            GetFlexInvestmentHistoryResult.from_dict,
        )

    def iter_get_flex_investment_history(
        self,
        *,
        plan: str | UUID | None = None,
        investment: str | None = None,
        transaction: str | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
        action_types: Sequence[int] | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[FlexInvestmentHistory]:
        """Every FlexInvestmentHistory of get_flex_investment_history, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        """
        from .models.get_flex_investment_history_result import GetFlexInvestmentHistoryResult

        return self._pages(
            "getFlexInvestmentHistory",
            {
                "plan": plan,
                "investment": investment,
                "transaction": transaction,
                "dateFrom": date_from,
                "dateTo": date_to,
                "actionTypes": action_types,
            },
            GetFlexInvestmentHistoryResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    async def get_flex_payment_history(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        plan: str | UUID | None = None,
        investment: str | None = None,
        transaction: str | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
    ) -> GetFlexPaymentHistoryResult:
        """Get Flex daily earning payouts.

        Returns only the daily earning records (operation kind 4) credited to the account's Flex
        investments. Plan, investment, transaction and time range filters behave as in the
        operation history call.

        POST /api/v4/main-account/smart-flex/investments/payment-history (getFlexPaymentHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of records to return.
            offset: (optional) Number of records to skip.
            plan: (optional) Only return earnings from this plan (UUID).
            investment: (optional) Only return earnings of the investment with this identifier.
            transaction: (optional) Only return the earning with this transaction identifier.
            date_from: (optional) Start of the time range, Unix time, seconds.
            date_to: (optional) End of the time range, Unix time, seconds.

        Returns:
            GetFlexPaymentHistoryResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Invalid filter values:
                plan: The selected plan is invalid.
                investment: The selected investment is invalid.
                transaction: The selected transaction is invalid.
                dateFrom: The date from is invalid.
                dateTo: The date to is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
        """

        from .models.get_flex_payment_history_result import GetFlexPaymentHistoryResult

        return await self._call(
            "getFlexPaymentHistory",
            {
                "limit": limit,
                "offset": offset,
                "plan": plan,
                "investment": investment,
                "transaction": transaction,
                "dateFrom": date_from,
                "dateTo": date_to,
            },
            GetFlexPaymentHistoryResult.from_dict,
        )

    def iter_get_flex_payment_history(
        self,
        *,
        plan: str | UUID | None = None,
        investment: str | None = None,
        transaction: str | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[FlexInvestmentHistory]:
        """Every FlexInvestmentHistory of get_flex_payment_history, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        """
        from .models.get_flex_payment_history_result import GetFlexPaymentHistoryResult

        return self._pages(
            "getFlexPaymentHistory",
            {
                "plan": plan,
                "investment": investment,
                "transaction": transaction,
                "dateFrom": date_from,
                "dateTo": date_to,
            },
            GetFlexPaymentHistoryResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    async def create_flex_investment(
        self, *, plan: str | UUID, amount: Decimal | int | str, with_reinvest: bool | None = None
    ) -> CreateFlexInvestmentResult:
        """Invest in a Flex plan.

        Places the given amount of the plan's currency into the chosen Flex plan and returns the
        id of the resulting transaction. The plan must be active, not paused and open to the
        account; the amount must be positive, lie between the plan's minimum and maximum, fit
        under any cumulative investment cap and be covered by the available balance. Set
        withReinvest to true to have earnings reinvested automatically.

        POST /api/v4/main-account/smart-flex/investments/invest (createFlexInvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_flex_investment_history() before trying again.

        Args:
            plan: Identifier of the Flex plan to invest in (UUID).
            amount: Sum to invest, in the plan currency; must lie between the plan's minimum and
                maximum.
            with_reinvest: (optional) Whether earnings are reinvested automatically; false when omitted.

        Returns:
            CreateFlexInvestmentResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Malformed plan or amount:
                plan: The selected plan is invalid.
                amount: The amount field must be a valid number
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, Rejected by plan or balance rules; code 2 means below minimum, 3 above maximum, 4 insufficient balance, 0 any other rule:
                plan: Plan is unavailable
                plan: Plan is paused
                amount: Amount is less than min investment
                amount: Amount is more than max investment
                amount: Available 9 < 10
                amount: Amount is too small
                plan: Private plan not available for this user
                amount: Investment limit is exceeded
        """

        from .models.create_flex_investment_result import CreateFlexInvestmentResult

        return await self._call(
            "createFlexInvestment",
            {"plan": plan, "amount": amount, "withReinvest": with_reinvest},
            CreateFlexInvestmentResult.from_dict,
        )

    async def withdraw_from_flex_investment(
        self, *, plan: str | UUID, amount: Decimal | int | str
    ) -> WithdrawFromFlexInvestmentResult:
        """Withdraw from a Flex investment.

        Takes the given amount out of the account's active investment in the chosen Flex plan
        and returns the id of the withdrawal transaction. Only active plans the account may use
        are accepted. The amount must be positive, not below the smallest allowed withdrawal and
        not above the sum invested, and what stays invested must not drop under the plan's
        minimum investment.

        POST /api/v4/main-account/smart-flex/investments/withdraw (withdrawFromFlexInvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_flex_investment_history() before trying again.

        Args:
            plan: Identifier of the Flex plan whose investment is withdrawn from (UUID).
            amount: Sum to take out, in the plan currency.

        Returns:
            WithdrawFromFlexInvestmentResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Unknown plan:
                plan: The selected plan is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, Withdrawal rejected by investment rules:
                amount: Investment does not exist
                investment: Cannot withdraw from closed investment
                amount: Withdraw amount is too small
                amount: Withdraw amount exceeds total invested
                minAmountLeft: Amount left < min investment
                amount: Cannot withdraw amount < min possible
        """

        from .models.withdraw_from_flex_investment_result import WithdrawFromFlexInvestmentResult

        return await self._call(
            "withdrawFromFlexInvestment",
            {"plan": plan, "amount": amount},
            WithdrawFromFlexInvestmentResult.from_dict,
        )

    async def close_flex_investment(self, *, plan: str | UUID) -> CloseFlexInvestmentResult:
        """Close a Flex investment.

        Ends the account's active investment in the given Flex plan, paying out everything held
        in it, and returns the id of the closing transaction. The investment must exist and
        still be active.

        POST /api/v4/main-account/smart-flex/investments/close (closeFlexInvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_flex_investment_history() before trying again.

        Args:
            plan: Identifier of the Flex plan whose investment is closed (UUID).

        Returns:
            CloseFlexInvestmentResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Unknown plan:
                plan: The selected plan is invalid.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, Investment missing or already closed:
                amount: Investment does not exist
                investment: Cannot withdraw from closed investment
        """

        from .models.close_flex_investment_result import CloseFlexInvestmentResult

        return await self._call(
            "closeFlexInvestment", {"plan": plan}, CloseFlexInvestmentResult.from_dict
        )

    async def update_flex_auto_reinvestment(
        self, *, plan: str | UUID, enabled: bool | None = None
    ) -> UpdateFlexAutoReinvestmentResult:
        """Toggle Flex auto-reinvestment.

        Turns automatic reinvestment of earnings on or off for the account's investment in the
        given Flex plan. The account must already hold an investment in that plan; on success
        data is an empty array.

        POST /api/v4/main-account/smart-flex/investments/auto-invest (updateFlexAutoReinvestment):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_flex_investment_history() before trying again.

        Args:
            plan: Identifier of the Flex plan whose investment is updated (UUID).
            enabled: (optional) true turns auto-reinvestment on, false turns it off; false when omitted.

        Returns:
            UpdateFlexAutoReinvestmentResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Missing plan or non-boolean enabled:
                plan: The plan field is required.
                enabled: The enabled field must be true or false.
            errors.PermissionDeniedError: HTTP 403, Lending API access not enabled for this account:
                You don't have permission to use this endpoint. Please contact support for
                    more details
            errors.InnerValidationError: HTTP 422, No investment in this plan:
                plan: No existing investments for this plan
        """

        from .models.update_flex_auto_reinvestment_result import UpdateFlexAutoReinvestmentResult

        return await self._call(
            "updateFlexAutoReinvestment",
            {"plan": plan, "enabled": enabled},
            UpdateFlexAutoReinvestmentResult.from_dict,
        )

    async def get_fees(self) -> list[FeeInfo]:
        """Get deposit and withdrawal fees.

        Returns, for every currency, whether deposits and withdrawals are possible and the fees
        and amount limits that apply to each. A zero in a fee or limit field means that setting
        is switched off. The body carries only the standard signed-request fields.

        POST /api/v4/main-account/fee (getFees):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Returns:
            list[FeeInfo] (HTTP 200).
        """

        from .models.fee_info import FeeInfo

        return await self._call("getFees", {}, list_of(FeeInfo.from_dict))

    async def create_sub_account(
        self,
        *,
        alias: str,
        permissions: SubAccountPermissionsInput | SubAccountPermissionsInputWire,
        email: str | None = None,
        share_kyc: bool | None = None,
    ) -> SubAccount:
        """Create a sub-account.

        Creates a new sub-account under the authenticated main account and returns its record.
        The email field is mandatory unless shareKyc is true, in which case it may be omitted.
        Crypto deposits for sub-accounts stay off until the exchange enables them for the
        account; this cannot be switched on through the API.

        POST /api/v4/sub-account/create (createSubAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            alias: Display name to give the new sub-account.
            permissions: Balances the new sub-account is allowed to use.
            email: (optional) Email for the sub-account; required unless shareKyc is true.
            share_kyc: (optional) Set to true to reuse the main account's KYC instead of separate verification.

        Returns:
            SubAccount (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                alias: Alias already exists.
                email: Email is invalid.
                email: The email field is required.
        """

        from .models.sub_account import SubAccount

        return await self._call(
            "createSubAccount",
            {"alias": alias, "permissions": permissions, "email": email, "shareKyc": share_kyc},
            SubAccount.from_dict,
        )

    async def delete_sub_account(self, *, id: str) -> DeleteSubAccountResult:
        """Delete a sub-account.

        Removes the given sub-account from the authenticated main account. Returns an empty
        object on success.

        POST /api/v4/sub-account/delete (deleteSubAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the sub-account to delete.

        Returns:
            DeleteSubAccountResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.delete_sub_account_result import DeleteSubAccountResult

        return await self._call("deleteSubAccount", {"id": id}, DeleteSubAccountResult.from_dict)

    async def edit_sub_account(
        self,
        *,
        id: str,
        alias: str,
        permissions: SubAccountPermissionsInput | SubAccountPermissionsInputWire,
    ) -> EditSubAccountResult:
        """Update a sub-account.

        Changes the alias and balance permissions of an existing sub-account. The alias and both
        permission flags must always be sent; an empty object is returned on success.

        POST /api/v4/sub-account/edit (editSubAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the sub-account to change.
            alias: New display name for the sub-account.
            permissions: Balances the sub-account is allowed to use after the change.

        Returns:
            EditSubAccountResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.edit_sub_account_result import EditSubAccountResult

        return await self._call(
            "editSubAccount",
            {"id": id, "alias": alias, "permissions": permissions},
            EditSubAccountResult.from_dict,
        )

    async def list_sub_accounts(
        self, *, search: str | None = None, limit: int | None = None, offset: int | None = None
    ) -> ListSubAccountsResult:
        """List sub-accounts.

        Returns a page of the sub-accounts owned by the authenticated main account. Results can
        be narrowed with a search term and paged with limit and offset.

        POST /api/v4/sub-account/list (listSubAccounts):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            search: (optional) Text to match against sub-accounts; omit to list all.
            limit: (optional) Maximum number of sub-accounts to return.
            offset: (optional) Number of sub-accounts to skip before the page starts.

        Returns:
            ListSubAccountsResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.list_sub_accounts_result import ListSubAccountsResult

        return await self._call(
            "listSubAccounts",
            {"search": search, "limit": limit, "offset": offset},
            ListSubAccountsResult.from_dict,
        )

    def iter_list_sub_accounts(
        self, *, search: str | None = None, page_size: int | None = None
    ) -> AsyncIterator[SubAccount]:
        """Every SubAccount of list_sub_accounts, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.list_sub_accounts_result import ListSubAccountsResult

        return self._pages(
            "listSubAccounts",
            {"search": search},
            ListSubAccountsResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    async def sub_account_transfer(
        self,
        *,
        id: str,
        direction: Literal["main_to_sub", "sub_to_main"] | TransferDirection,
        amount: Decimal | int | str,
        ticker: str,
    ) -> SubAccountTransferResult:
        """Transfer funds to or from a sub-account.

        Moves an amount of one currency between the main account and a sub-account, in the
        direction given by the direction field. Returns the identifier of the created transfer,
        which matches transaction_id in the transfer history.

        POST /api/v4/sub-account/transfer (subAccountTransfer):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the sub-account taking part in the transfer.
            direction: main_to_sub sends funds to the sub-account; sub_to_main returns them.
            amount: Quantity to move; the smallest accepted value is 0.00000001.
            ticker: Ticker of the currency to move.

        Returns:
            SubAccountTransferResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.sub_account_transfer_result import SubAccountTransferResult

        return await self._call(
            "subAccountTransfer",
            {"id": id, "direction": direction, "amount": amount, "ticker": ticker},
            SubAccountTransferResult.from_dict,
        )

    async def block_sub_account(self, *, id: str) -> BlockSubAccountResult:
        """Block a sub-account.

        Puts the given sub-account into the blocked state. Returns an empty object on success.

        POST /api/v4/sub-account/block (blockSubAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the sub-account to block.

        Returns:
            BlockSubAccountResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.block_sub_account_result import BlockSubAccountResult

        return await self._call("blockSubAccount", {"id": id}, BlockSubAccountResult.from_dict)

    async def unblock_sub_account(self, *, id: str) -> UnblockSubAccountResult:
        """Unblock a sub-account.

        Lifts the block from a previously blocked sub-account. Returns an empty object on
        success.

        POST /api/v4/sub-account/unblock (unblockSubAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the sub-account to unblock.

        Returns:
            UnblockSubAccountResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed
        """

        from .models.unblock_sub_account_result import UnblockSubAccountResult

        return await self._call("unblockSubAccount", {"id": id}, UnblockSubAccountResult.from_dict)

    async def get_sub_account_balances(
        self, *, id: str, ticker: str | None = None
    ) -> GetSubAccountBalancesResult:
        """Get sub-account balances.

        Returns the main, spot and collateral balances of one sub-account, keyed by currency
        ticker. Pass ticker to get a single currency; without it every currency is included.

        POST /api/v4/sub-account/balances (getSubAccountBalances):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            id: Identifier of the sub-account to query.
            ticker: (optional) Currency ticker to limit the result to; omit to get every currency.

        Returns:
            GetSubAccountBalancesResult (HTTP 200).

        Raises:
            errors.InnerValidationError: HTTP 422, Account not yet confirmed
        """

        from .models.get_sub_account_balances_result import GetSubAccountBalancesResult

        return await self._call(
            "getSubAccountBalances",
            {"id": id, "ticker": ticker},
            GetSubAccountBalancesResult.from_dict,
        )

    async def get_sub_account_transfer_history(
        self,
        *,
        id: str,
        direction: Literal["main_to_sub", "sub_to_main"] | TransferDirection | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> GetSubAccountTransferHistoryResult:
        """List transfers for a sub-account.

        Returns transfers made between the main account and one sub-account, newest first,
        optionally filtered by direction. There is no date filter and no total count; a page
        shorter than limit is the last one, and offset plus limit may not exceed 10000.

        POST /api/v4/sub-account/transfer/history (getSubAccountTransferHistory):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            id: Identifier of the sub-account whose transfers are listed.
            direction: (optional) Return only transfers going this way; omit for both directions.
            limit: (optional) Maximum number of transfers to return.
            offset: (optional) Number of transfers to skip; offset plus limit may not exceed 10000.

        Returns:
            GetSubAccountTransferHistoryResult (HTTP 200).

        Raises:
            errors.InnerValidationError: HTTP 422, Account not yet confirmed
        """

        from .models.get_sub_account_transfer_history_result import (
            GetSubAccountTransferHistoryResult,
        )

        return await self._call(
            "getSubAccountTransferHistory",
            {"id": id, "direction": direction, "limit": limit, "offset": offset},
            GetSubAccountTransferHistoryResult.from_dict,
        )

    def iter_get_sub_account_transfer_history(
        self,
        *,
        id: str,
        direction: Literal["main_to_sub", "sub_to_main"] | TransferDirection | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[SubAccountTransfer]:
        """Every SubAccountTransfer of get_sub_account_transfer_history, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_sub_account_transfer_history_result import (
            GetSubAccountTransferHistoryResult,
        )

        return self._pages(
            "getSubAccountTransferHistory",
            {"id": id, "direction": direction},
            GetSubAccountTransferHistoryResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    async def list_unconfirmed_sub_account_withdrawals(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        sub_account_id: str | None = None,
    ) -> ListUnconfirmedSubAccountWithdrawalsResult:
        """List withdrawals awaiting main-account approval.

        Returns a page of sub-account withdrawals that are in unconfirmed_by_main_account status
        and wait for the main account to approve them, newest first. Filter by subAccountId to
        see one sub-account only. The feature is off by default and must be enabled on request;
        while it is off the endpoint answers 404.

        POST /api/v4/sub-account/withdraw/unconfirmed-list (listUnconfirmedSubAccountWithdrawals):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            limit: (optional) Maximum number of withdrawals to return.
            offset: (optional) Number of withdrawals to skip before the page starts.
            sub_account_id: (optional) Show only withdrawals of this sub-account; omit to include all sub-accounts.

        Returns:
            ListUnconfirmedSubAccountWithdrawalsResult (HTTP 200).

        Raises:
            errors.AuthenticationError: HTTP 401, API key missing or invalid
            errors.NotFoundError: HTTP 404, Feature not enabled for this account
            errors.InnerValidationError: HTTP 422, Invalid paging parameters:
                limit: The limit field must be at least 1.
                offset: The offset field must be at least 0.
        """

        from .models.list_unconfirmed_sub_account_withdrawals_result import (
            ListUnconfirmedSubAccountWithdrawalsResult,
        )

        return await self._call(
            "listUnconfirmedSubAccountWithdrawals",
            {"limit": limit, "offset": offset, "subAccountId": sub_account_id},
            ListUnconfirmedSubAccountWithdrawalsResult.from_dict,
        )

    def iter_list_unconfirmed_sub_account_withdrawals(
        self, *, sub_account_id: str | None = None, page_size: int | None = None
    ) -> AsyncIterator[ListUnconfirmedSubAccountWithdrawalsResultDataItem]:
        """Every ListUnconfirmedSubAccountWithdrawalsResultDataItem of list_unconfirmed_sub_account_withdrawals, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.list_unconfirmed_sub_account_withdrawals_result import (
            ListUnconfirmedSubAccountWithdrawalsResult,
        )

        return self._pages(
            "listUnconfirmedSubAccountWithdrawals",
            {"subAccountId": sub_account_id},
            ListUnconfirmedSubAccountWithdrawalsResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    async def confirm_sub_account_withdrawal(
        self, *, id: str | UUID
    ) -> ConfirmSubAccountWithdrawalResult:
        """Approve a pending sub-account withdrawal.

        Approves one sub-account withdrawal held in unconfirmed_by_main_account status so that
        it proceeds to processing; take its id from the unconfirmed-withdrawals list.
        Withdrawals that are never approved expire after a retention period. Returns an empty
        object on success; the feature must be enabled on request, otherwise the endpoint
        answers 404.

        POST /api/v4/sub-account/withdraw/confirm (confirmSubAccountWithdrawal):
        1000 requests / 10 s; changes state; never re-sent after a lost answer: check get_sub_account_transfer_history() before trying again.

        Args:
            id: Identifier of the pending withdrawal, as returned by the unconfirmed-withdrawals
                list.

        Returns:
            ConfirmSubAccountWithdrawalResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Id missing or unknown:
                id: validation.exists
            errors.AuthenticationError: HTTP 401, API key lacks permission:
                This API Key is not authorized to perform this action.
            errors.NotFoundError: HTTP 404, Feature not enabled for this account
            errors.InnerValidationError: HTTP 422, Withdrawal cannot be approved:
                Transaction doesn't exist
                Transaction has incorrect status
                amount: insufficientFunds
        """

        from .models.confirm_sub_account_withdrawal_result import ConfirmSubAccountWithdrawalResult

        return await self._call(
            "confirmSubAccountWithdrawal", {"id": id}, ConfirmSubAccountWithdrawalResult.from_dict
        )

    async def create_sub_account_api_key(
        self, *, type: Literal[1, 2] | ApiKeyType, sub_account_id: str, title: str
    ) -> SubAccountApiKey:
        """Create an API key for a sub-account.

        Issues a new API key for the given sub-account and returns it together with its secret.
        Each sub-account may hold up to 50 keys, counted apart from the main account and other
        sub-accounts. Type 2 keys carry deposit and withdrawal rights, but crypto deposits must
        additionally be switched on for the account by WhiteBIT.

        POST /api/v4/sub-account/api-key/create (createSubAccountApiKey):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            type: Key type: 1 for info and trading, 2 adds deposits and withdrawals.
            sub_account_id: ID of the sub-account that will own the key.
            title: Label for the new key.

        Returns:
            SubAccountApiKey (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed or business rule violated:
                type: validation.required
                subAccountId: validation.required
                title: validation.required
                Limit of API keys is reached. Maximum allowed: 50
                Type isn't allowed
            errors.NotFoundError: HTTP 404, Account lacks permission for this key type
        """

        from .models.sub_account_api_key import SubAccountApiKey

        return await self._call(
            "createSubAccountApiKey",
            {"type": type, "subAccountId": sub_account_id, "title": title},
            SubAccountApiKey.from_dict,
        )

    async def edit_sub_account_api_key(
        self, *, api_key_id: str, title: str, urls: Sequence[ApiKeyUrl]
    ) -> EditSubAccountApiKeyResult:
        """Update a sub-account API key.

        Changes the title of a sub-account API key and switches its access to individual
        endpoints on or off. Some endpoints can never be enabled for sub-account keys; listing
        them in urls fails with error code 5. Returns an empty object on success.

        POST /api/v4/sub-account/api-key/edit (editSubAccountApiKey):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            api_key_id: ID of the key to update.
            title: New label for the key.
            urls: Per-endpoint access switches to apply to the key.

        Returns:
            EditSubAccountApiKeyResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed or endpoint restricted:
                apiKeyId: validation.required
                title: validation.required
                urls: validation.required
                The following URLs are restricted for sub-account API keys: /api/v4/main-
                    account/address
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.edit_sub_account_api_key_result import EditSubAccountApiKeyResult

        return await self._call(
            "editSubAccountApiKey",
            {"apiKeyId": api_key_id, "title": title, "urls": urls},
            EditSubAccountApiKeyResult.from_dict,
        )

    async def delete_sub_account_api_key(self, *, api_key_id: str) -> DeleteSubAccountApiKeyResult:
        """Delete a sub-account API key.

        Removes the given sub-account API key so it can no longer be used. Returns an empty
        object on success.

        POST /api/v4/sub-account/api-key/delete (deleteSubAccountApiKey):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            api_key_id: ID of the key to delete.

        Returns:
            DeleteSubAccountApiKeyResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                apiKeyId: validation.required
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.delete_sub_account_api_key_result import DeleteSubAccountApiKeyResult

        return await self._call(
            "deleteSubAccountApiKey",
            {"apiKeyId": api_key_id},
            DeleteSubAccountApiKeyResult.from_dict,
        )

    async def list_sub_account_api_keys(
        self,
        *,
        sub_account_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> ListSubAccountApiKeysResult:
        """List sub-account API keys.

        Returns a page of API keys for the sub-account named in subAccountId, newest key first.
        The apiSecret field is always an empty string in this listing. No total count is
        returned; a page with fewer items than limit is the last one.

        POST /api/v4/sub-account/api-key/list (listSubAccountApiKeys):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            sub_account_id: (optional) ID of the sub-account whose keys are listed.
            limit: (optional) Maximum number of keys to return, 1 to 100.
            offset: (optional) Number of keys to skip, 0 to 10000.

        Returns:
            ListSubAccountApiKeysResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                limit: validation.integer
                offset: validation.integer
        """

        from .models.list_sub_account_api_keys_result import ListSubAccountApiKeysResult

        return await self._call(
            "listSubAccountApiKeys",
            {"subAccountId": sub_account_id, "limit": limit, "offset": offset},
            ListSubAccountApiKeysResult.from_dict,
        )

    def iter_list_sub_account_api_keys(
        self, *, sub_account_id: str | None = None, page_size: int | None = None
    ) -> AsyncIterator[SubAccountApiKeyList]:
        """Every SubAccountApiKeyList of list_sub_account_api_keys, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.list_sub_account_api_keys_result import ListSubAccountApiKeysResult

        return self._pages(
            "listSubAccountApiKeys",
            {"subAccountId": sub_account_id},
            ListSubAccountApiKeysResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    async def reset_sub_account_api_key(self, *, api_key_id: str) -> ResetSubAccountApiKeyResult:
        """Regenerate a sub-account API key.

        Regenerates the credentials of an existing sub-account API key, replacing the current
        ones. Returns an empty object on success.

        POST /api/v4/sub-account/api-key/reset (resetSubAccountApiKey):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            api_key_id: ID of the key to regenerate.

        Returns:
            ResetSubAccountApiKeyResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                apiKeyId: validation.required
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.reset_sub_account_api_key_result import ResetSubAccountApiKeyResult

        return await self._call(
            "resetSubAccountApiKey", {"apiKeyId": api_key_id}, ResetSubAccountApiKeyResult.from_dict
        )

    async def list_sub_account_api_key_ip_addresses(
        self, *, api_key_id: str
    ) -> ListSubAccountApiKeyIpAddressesResult:
        """List allowed IPs of a sub-account key.

        Returns the IP addresses currently on the allowlist of the given sub-account API key.

        POST /api/v4/sub-account/api-key/ip-address/list (listSubAccountApiKeyIpAddresses):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            api_key_id: ID of the key.

        Returns:
            ListSubAccountApiKeyIpAddressesResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                apiKeyId: validation.required
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.list_sub_account_api_key_ip_addresses_result import (
            ListSubAccountApiKeyIpAddressesResult,
        )

        return await self._call(
            "listSubAccountApiKeyIpAddresses",
            {"apiKeyId": api_key_id},
            ListSubAccountApiKeyIpAddressesResult.from_dict,
        )

    async def create_sub_account_api_key_ip_address(
        self, *, api_key_id: str, ip: str
    ) -> CreateSubAccountApiKeyIpAddressResult:
        """Add an IP to a sub-account key allowlist.

        Puts one IP address on the allowlist of a sub-account API key and returns IP addresses
        in data. The allowlist holds at most 50 addresses, and adding an address that is already
        listed fails with error code 5.

        POST /api/v4/sub-account/api-key/ip-address/create (createSubAccountApiKeyIpAddress):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            api_key_id: ID of the key whose allowlist is extended.
            ip: IP address to allow; it must not already be on the list.

        Returns:
            CreateSubAccountApiKeyIpAddressResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed or allowlist rule violated:
                apiKeyId: validation.required
                ip: validation.required
                ip: Invalid IP address.
                This IP address is already in allowlist
                You have reached the maximum number of allowed IPs: 50
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.create_sub_account_api_key_ip_address_result import (
            CreateSubAccountApiKeyIpAddressResult,
        )

        return await self._call(
            "createSubAccountApiKeyIpAddress",
            {"apiKeyId": api_key_id, "ip": ip},
            CreateSubAccountApiKeyIpAddressResult.from_dict,
        )

    async def delete_sub_account_api_key_ip_address(
        self, *, api_key_id: str, ip: str
    ) -> DeleteSubAccountApiKeyIpAddressResult:
        """Remove an IP from a sub-account key allowlist.

        Takes one IP address off the allowlist of a sub-account API key. Fails with error code 5
        when the address is not on the list.

        POST /api/v4/sub-account/api-key/ip-address/delete (deleteSubAccountApiKeyIpAddress):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            api_key_id: ID of the key whose allowlist is reduced.
            ip: IP address to remove; it must currently be on the list.

        Returns:
            DeleteSubAccountApiKeyIpAddressResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed or address not allowlisted:
                apiKeyId: validation.required
                ip: validation.required
                ip: Invalid IP address.
                IP address 192.168.1.100 is not in the allowlist
            errors.NotFoundError: HTTP 404, No such API key:
                API key not found
        """

        from .models.delete_sub_account_api_key_ip_address_result import (
            DeleteSubAccountApiKeyIpAddressResult,
        )

        return await self._call(
            "deleteSubAccountApiKeyIpAddress",
            {"apiKeyId": api_key_id, "ip": ip},
            DeleteSubAccountApiKeyIpAddressResult.from_dict,
        )

    async def get_sub_account_kyc_url(self, *, id: str) -> GetSubAccountKycUrlResult:
        """Get a KYC link for a sub-account.

        Creates a short-lived identity-verification link for a sub-account and returns it with
        its lifetime in seconds. The sub-account must be activated, must not be locked or
        blocked, and must not use shared KYC with the main account.

        POST /api/v4/sub-account/kyc-url (getSubAccountKycUrl):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            id: Identifier of a sub-account owned by the caller.

        Returns:
            GetSubAccountKycUrlResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Sub-account not eligible or id invalid:
                id: validation.exists
                Account is not confirmed
                Sub-account is not active
                Sub-account has shared KYC
            errors.AuthenticationError: HTTP 401, Authentication failed:
                Invalid API key, signature, or nonce
            errors.NotFoundError: HTTP 404, Caller lacks the required sub-account service
        """

        from .models.get_sub_account_kyc_url_result import GetSubAccountKycUrlResult

        return await self._call(
            "getSubAccountKycUrl", {"id": id}, GetSubAccountKycUrlResult.from_dict
        )

    async def get_mining_rewards(
        self,
        *,
        account: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> GetMiningRewardsResult:
        """List mining rewards.

        Returns a page of mining pool rewards ordered by reward date, newest first, optionally
        narrowed to one account and a time window. offset cannot exceed 10000, so page through
        older history by moving from and to; a page shorter than limit is the last one. An
        unknown or foreign account name is not rejected and simply yields an empty list.

        POST /api/v4/mining/rewards (getMiningRewards):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: (optional) Mining account name to filter by; an unknown name yields an empty list.
            from_: (optional) Start of the reward date window, Unix time, seconds.
            to: (optional) End of the reward date window, Unix time, seconds.
            limit: (optional) Maximum number of rewards to return, 1 to 100.
            offset: (optional) Number of rewards to skip, 0 to 10000.

        Returns:
            GetMiningRewardsResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Pagination parameters invalid:
                limit: validation.max.integer
                offset: validation.max
                limit: validation.integer
            errors.InnerValidationError: HTTP 422, Invalid timestamp:
                Incorrect timestamp
        """

        from .models.get_mining_rewards_result import GetMiningRewardsResult

        return await self._call(
            "getMiningRewards",
            {"account": account, "from": from_, "to": to, "limit": limit, "offset": offset},
            GetMiningRewardsResult.from_dict,
        )

    def iter_get_mining_rewards(
        self,
        *,
        account: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[MiningReward]:
        """Every MiningReward of get_mining_rewards, page by page (async for).

        Pages hold `page_size` items (default: the largest the API allows, 100); the
        walk stops at the end (at the first short page) and shares the client's rate limit.
        WhiteBIT serves at most 10000 items by offset; past that the walk raises
        errors.PaginationLimitError, which names the filters that narrow the set.
        """
        from .models.get_mining_rewards_result import GetMiningRewardsResult

        return self._pages(
            "getMiningRewards",
            {"account": account, "from": from_, "to": to},
            GetMiningRewardsResult.from_dict,
            lambda page: page.data or [],
            None,
            page_size,
        )

    async def get_mining_hashrate(
        self,
        *,
        account: str,
        from_: int | None = None,
        to: int | None = None,
        interval: Literal["5m", "1h", "24h"] | HashrateInterval | None = None,
    ) -> GetMiningHashrateResult:
        """Get hashrate history of a mining account.

        Returns hashrate samples and share reject rates for one mining pool account over a time
        window, at 5-minute, hourly or daily granularity. An account with mining switched off
        gets an empty result instead of an error.

        POST /api/v4/mining/hashrate (getMiningHashrate):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: Name of the mining account.
            from_: (optional) Start of the window, Unix time, seconds.
            to: (optional) End of the window, Unix time, seconds.
            interval: (optional) Spacing between samples: 5m, 1h or 24h.

        Returns:
            GetMiningHashrateResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                account: Account not found
            errors.InnerValidationError: HTTP 422, Invalid timestamp:
                Incorrect timestamp
        """

        from .models.get_mining_hashrate_result import GetMiningHashrateResult

        return await self._call(
            "getMiningHashrate",
            {"account": account, "from": from_, "to": to, "interval": interval},
            GetMiningHashrateResult.from_dict,
        )

    async def get_mining_payout_destination(
        self, *, account_name: str
    ) -> GetMiningPayoutDestinationResult:
        """Get payout destination of a mining account.

        Returns where rewards of one of the caller's mining accounts are sent: the main balance
        or an external BTC address. externalAddress is null when rewards go to the main balance.

        POST /api/v4/mining/payout-destination (getMiningPayoutDestination):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account_name: Name of the mining account.

        Returns:
            GetMiningPayoutDestinationResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                user: Mining account not found.
        """

        from .models.get_mining_payout_destination_result import GetMiningPayoutDestinationResult

        return await self._call(
            "getMiningPayoutDestination",
            {"accountName": account_name},
            GetMiningPayoutDestinationResult.from_dict,
        )

    async def set_mining_payout_destination(
        self,
        *,
        account_name: str,
        destination: Literal["main_balance", "external_address"] | PayoutDestination,
        address: str | None = None,
    ) -> SetMiningPayoutDestinationResult:
        """Set payout destination of a mining account.

        Chooses whether rewards of one of the caller's mining accounts go to the main balance or
        to an external BTC address, and returns the saved setting. address is required when
        destination is external_address and must be a legacy (1..., 3...) or bech32 (bc1...)
        Bitcoin address.

        POST /api/v4/mining/payout-destination/edit (setMiningPayoutDestination):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            account_name: Name of the mining account.
            destination: Where rewards should be sent.
            address: (optional) BTC address for payouts, up to 100 characters; required only when destination is
                external_address.

        Returns:
            SetMiningPayoutDestinationResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                user: Mining account not found.
                address: miningPool.validation.payoutDestination.invalidBtcAddress
                address: miningPool.validation.payoutDestination.btcAddressRequired
                destination: miningPool.validation.payoutDestination.customCurrencyConflict
        """

        from .models.set_mining_payout_destination_result import SetMiningPayoutDestinationResult

        return await self._call(
            "setMiningPayoutDestination",
            {"accountName": account_name, "destination": destination, "address": address},
            SetMiningPayoutDestinationResult.from_dict,
        )

    async def get_mining_miner_info(self, *, account: str) -> GetMiningMinerInfoResult:
        """Get miner info for a mining account.

        Returns the pool fee, worker counts by status and the stratum endpoints with the number
        of workers on each, for one mining account.

        POST /api/v4/mining/miners/info (getMiningMinerInfo):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: Name of the mining account, up to 255 characters.

        Returns:
            GetMiningMinerInfoResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                user: Mining pool account 'unknown_miner' not found
        """

        from .models.get_mining_miner_info_result import GetMiningMinerInfoResult

        return await self._call(
            "getMiningMinerInfo", {"account": account}, GetMiningMinerInfoResult.from_dict
        )

    async def get_mining_worker_names(
        self, *, account: str, offset: int | None = None, limit: int | None = None
    ) -> GetMiningWorkerNamesResult:
        """List online worker names.

        Returns names of the online workers of a mining account in alphabetical order, paged by
        offset and limit. No total count is returned; a page with fewer names than limit is the
        last one.

        POST /api/v4/mining/workers/names (getMiningWorkerNames):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: Name of the mining account, up to 255 characters.
            offset: (optional) Number of names to skip, 0 to 10000.
            limit: (optional) Maximum number of names to return, 1 to 100.

        Returns:
            GetMiningWorkerNamesResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                user: Mining pool account 'unknown_miner' not found
        """

        from .models.get_mining_worker_names_result import GetMiningWorkerNamesResult

        return await self._call(
            "getMiningWorkerNames",
            {"account": account, "offset": offset, "limit": limit},
            GetMiningWorkerNamesResult.from_dict,
        )

    async def get_mining_worker_hashrate(
        self,
        *,
        account: str,
        worker: str,
        interval: Literal["5m", "1h", "24h"] | HashrateInterval | None = None,
        from_: int | None = None,
        to: int | None = None,
    ) -> GetMiningWorkerHashrateResult:
        """Get hashrate history of a worker.

        Returns hashrate samples in TH/s for one worker of a mining account, at 5-minute, hourly
        or daily granularity. from and to must not lie in the future.

        POST /api/v4/mining/workers/hashrate (getMiningWorkerHashrate):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: Name of the mining account, up to 255 characters.
            worker: Worker name within the account, up to 255 characters.
            interval: (optional) Spacing between samples: 5m, 1h or 24h.
            from_: (optional) Start of the window, Unix time, seconds; must not be in the future.
            to: (optional) End of the window, Unix time, seconds; must not be in the future.

        Returns:
            GetMiningWorkerHashrateResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                user: Mining pool account 'unknown_miner' not found
        """

        from .models.get_mining_worker_hashrate_result import GetMiningWorkerHashrateResult

        return await self._call(
            "getMiningWorkerHashrate",
            {"account": account, "worker": worker, "interval": interval, "from": from_, "to": to},
            GetMiningWorkerHashrateResult.from_dict,
        )

    async def create_mining_watcher_link(
        self,
        *,
        accounts: Sequence[str],
        name: str,
        permissions: Sequence[Literal["dashboard", "rewards", "workers"] | WatcherPermission],
        live_until: Literal["1h", "24h", "7d", "always"] | WatcherLinkLifetime,
    ) -> CreateMiningWatcherLinkResult:
        """Create a mining watcher link.

        Creates a shareable link that grants access to chosen sections (dashboard, rewards,
        workers) of one or more mining accounts for 1 hour, 24 hours, 7 days or without expiry.
        Each mining account may have only a few active links at once (3 by default); going over
        the cap fails with Limit exceeded.

        POST /api/v4/mining/watcher-links/create (createMiningWatcherLink):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            accounts: Mining account names the link covers; at least one.
            name: Link name of letters, digits and underscores, up to 255 characters.
            permissions: Sections the link exposes: dashboard, rewards and/or workers.
            live_until: How long the link stays valid: 1h, 24h, 7d or always.

        Returns:
            CreateMiningWatcherLinkResult (HTTP 201).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed or link cap reached:
                user: Limit exceeded
        """

        from .models.create_mining_watcher_link_result import CreateMiningWatcherLinkResult

        return await self._call(
            "createMiningWatcherLink",
            {
                "accounts": accounts,
                "name": name,
                "permissions": permissions,
                "liveUntil": live_until,
            },
            CreateMiningWatcherLinkResult.from_dict,
        )

    async def list_mining_watcher_links(self, *, account: str) -> ListMiningWatcherLinksResult:
        """List watcher links of a mining account.

        Returns the watcher links that are still active for the given mining account, with their
        permissions and expiry.

        POST /api/v4/mining/watcher-links/list (listMiningWatcherLinks):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            account: Name of the mining account, up to 255 characters.

        Returns:
            ListMiningWatcherLinksResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Mining account not found:
                user: Mining pool account 'unknown_miner' not found
        """

        from .models.list_mining_watcher_links_result import ListMiningWatcherLinksResult

        return await self._call(
            "listMiningWatcherLinks", {"account": account}, ListMiningWatcherLinksResult.from_dict
        )

    async def create_mining_account(
        self, *, name: str, referral_code: str | None = None
    ) -> CreateMiningAccountResult:
        """Create a mining account.

        Opens a new mining pool account with the given name for the caller, optionally applying
        a referral code. The name must not already be used by another of the caller's accounts,
        and the server caps how many accounts one user may have.

        POST /api/v4/mining/accounts/create (createMiningAccount):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            name: Account name of letters, digits and underscores, unique among the caller's
                accounts.
            referral_code: (optional) Referral code to apply at creation; optional.

        Returns:
            CreateMiningAccountResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                name: The name has already been taken.
                error: miningPool.validation.maxAccounts
        """

        from .models.create_mining_account_result import CreateMiningAccountResult

        return await self._call(
            "createMiningAccount",
            {"name": name, "referralCode": referral_code},
            CreateMiningAccountResult.from_dict,
        )

    async def get_mining_accounts(self, *, name: str | None = None) -> GetMiningAccountsResult:
        """List mining accounts.

        Returns the caller's mining pool accounts, newest first, optionally filtered by an exact
        account name. No total count is returned; a page shorter than limit is the last one.

        POST /api/v4/mining/accounts (getMiningAccounts):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Args:
            name: (optional) Exact account name to return; omit to list all accounts.

        Returns:
            GetMiningAccountsResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                name: Some error
        """

        from .models.get_mining_accounts_result import GetMiningAccountsResult

        return await self._call(
            "getMiningAccounts", {"name": name}, GetMiningAccountsResult.from_dict
        )

    async def get_credit_line_info(self) -> CreditLine:
        """Get the active credit line.

        Returns the account's current loan: its asset, amount, funding and loan-to-value levels.
        Access is enabled on request through WhiteBIT support; without an active loan the call
        answers 400, and 404 means credit lines are not available to the account.

        POST /api/v4/credit-line/loans/info (getCreditLineInfo):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Returns:
            CreditLine (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, No active loan:
                No active loan at the moment
            errors.NotFoundError: HTTP 404, Credit lines not available
        """

        from .models.credit_line import CreditLine

        return await self._call("getCreditLineInfo", {}, CreditLine.from_dict)

    async def get_travel_rule_vasps(self) -> GetTravelRuleVaspsResult:
        """List Travel Rule VASPs.

        Returns the virtual asset service providers that can be referenced when supplying Travel
        Rule information for incoming or outgoing transfers. Send a returned vaspId when the
        counterparty is listed, otherwise send vaspName; the endpoint is disabled in some
        regions.

        POST /api/v4/travel-rule/vasps (getTravelRuleVasps):
        1000 requests / 10 s; read-only: re-sent after a lost answer or a server error (safe to retry).

        Returns:
            GetTravelRuleVaspsResult (HTTP 200).

        Raises:
            errors.InnerValidationError: HTTP 422, Endpoint disabled for the region:
                error: This endpoint is disabled for your region
        """

        from .models.get_travel_rule_vasps_result import GetTravelRuleVaspsResult

        return await self._call("getTravelRuleVasps", {}, GetTravelRuleVaspsResult.from_dict)

    async def submit_travel_rule_deposit_verification(
        self,
        *,
        unique_id: str,
        wallet_type: Literal["hosted", "unhosted"] | WalletType,
        originator: TravelRuleOriginatorInput | TravelRuleOriginatorInputWire,
        vasp_data: TravelRuleVaspInput | TravelRuleVaspInputWire | None = None,
    ) -> SubmitTravelRuleDepositVerificationResult:
        """Submit Travel Rule data for a deposit.

        Sends the originator details of an incoming deposit that is waiting for Travel Rule
        verification and returns the resulting review status. For a hosted wallet, vaspData with
        vaspId or vaspName is required; an individual originator needs firstName and lastName,
        an entity needs fullName.

        POST /api/v4/travel-rule/deposit/verification (submitTravelRuleDepositVerification):
        1000 requests / 10 s; changes state; never re-sent after a lost answer.

        Args:
            unique_id: External id of the deposit, as shown in the deposit/withdraw history.
            wallet_type: hosted if sent from a wallet kept at a VASP (vaspData then required), unhosted
                for a self-custody wallet.
            originator:
            vasp_data: (optional)

        Returns:
            SubmitTravelRuleDepositVerificationResult (HTTP 200).

        Raises:
            errors.ValidationError: HTTP 400, Validation failed:
                originator.firstName: The first name field is required for individual.
            errors.InnerValidationError: HTTP 422, Deposit cannot be verified:
                uniqueId: Transaction not found
                uniqueId: Transaction must be a deposit
                uniqueId: Transaction is not ready for verification
        """

        from .models.submit_travel_rule_deposit_verification_result import (
            SubmitTravelRuleDepositVerificationResult,
        )

        return await self._call(
            "submitTravelRuleDepositVerification",
            {
                "uniqueId": unique_id,
                "walletType": wallet_type,
                "originator": originator,
                "vaspData": vasp_data,
            },
            SubmitTravelRuleDepositVerificationResult.from_dict,
        )

    async def find_withdrawal(self, unique_id: str) -> TransactionHistory | None:
        """The TransactionHistory that a call with this idempotency key booked, or None.

        Asks get_deposit_withdraw_history for the record (under `unique_id` or its other spelling).
        """
        from .models.get_deposit_withdraw_history_result import GetDepositWithdrawHistoryResult

        fields: dict[str, Any] = {"transactionMethod": 2}
        fields["unique_id"] = unique_id
        page = await self._call(
            "getDepositWithdrawHistory", fields, GetDepositWithdrawHistoryResult.from_dict
        )
        return next(
            (r for r in page.records or [] if carries_key(r.to_dict(), "unique_id", unique_id)),
            None,
        )


# Names some specs never use in a signature; kept referenced so ruff does not drop them.
_ANNOTATION_TYPES = (AsyncIterator, Iterator, Sequence, date, datetime, Decimal, Literal, UUID)
