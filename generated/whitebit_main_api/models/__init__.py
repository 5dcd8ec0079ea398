"""Contains all the data models used in inputs/outputs.

Models load on first use: importing one model (as every generated parser does) must not
import all of them. Overrides openapi-python-client's models_init.py.jinja (see
scripts/generate.py).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error import ApiError
    from .api_error_errors import ApiErrorErrors
    from .apply_code_request import ApplyCodeRequest
    from .apply_code_result import ApplyCodeResult
    from .block_sub_account_request import BlockSubAccountRequest
    from .block_sub_account_result import BlockSubAccountResult
    from .close_fixed_investment_request import CloseFixedInvestmentRequest
    from .close_fixed_investment_result import CloseFixedInvestmentResult
    from .close_flex_investment_request import CloseFlexInvestmentRequest
    from .close_flex_investment_result import CloseFlexInvestmentResult
    from .close_flex_investment_result_data import CloseFlexInvestmentResultData
    from .code_history import CodeHistory
    from .code_info import CodeInfo
    from .confirm_sub_account_withdrawal_request import ConfirmSubAccountWithdrawalRequest
    from .confirm_sub_account_withdrawal_result import ConfirmSubAccountWithdrawalResult
    from .create_code_request import CreateCodeRequest
    from .create_code_result import CreateCodeResult
    from .create_express_withdraw_token_request import CreateExpressWithdrawTokenRequest
    from .create_express_withdraw_token_result import CreateExpressWithdrawTokenResult
    from .create_fixed_investment_request import CreateFixedInvestmentRequest
    from .create_fixed_investment_result import CreateFixedInvestmentResult
    from .create_flex_investment_request import CreateFlexInvestmentRequest
    from .create_flex_investment_result import CreateFlexInvestmentResult
    from .create_flex_investment_result_data import CreateFlexInvestmentResultData
    from .create_mining_account_request import CreateMiningAccountRequest
    from .create_mining_account_result import CreateMiningAccountResult
    from .create_mining_account_result_data import CreateMiningAccountResultData
    from .create_mining_watcher_link_request import CreateMiningWatcherLinkRequest
    from .create_mining_watcher_link_result import CreateMiningWatcherLinkResult
    from .create_mining_watcher_link_result_data import CreateMiningWatcherLinkResultData
    from .create_new_address_request import CreateNewAddressRequest
    from .create_new_address_result import CreateNewAddressResult
    from .create_new_address_result_account import CreateNewAddressResultAccount
    from .create_new_address_result_required import CreateNewAddressResultRequired
    from .create_new_address_result_required_flex_fee import CreateNewAddressResultRequiredFlexFee
    from .create_sub_account_api_key_ip_address_request import (
        CreateSubAccountApiKeyIpAddressRequest,
    )
    from .create_sub_account_api_key_ip_address_result import CreateSubAccountApiKeyIpAddressResult
    from .create_sub_account_api_key_request import CreateSubAccountApiKeyRequest
    from .create_sub_account_request import CreateSubAccountRequest
    from .create_sub_account_request_permissions import CreateSubAccountRequestPermissions
    from .create_withdraw_pay_request import CreateWithdrawPayRequest
    from .create_withdraw_pay_request_beneficiary import CreateWithdrawPayRequestBeneficiary
    from .create_withdraw_pay_request_travel_rule import CreateWithdrawPayRequestTravelRule
    from .create_withdraw_request import CreateWithdrawRequest
    from .create_withdraw_request_beneficiary import CreateWithdrawRequestBeneficiary
    from .create_withdraw_request_beneficiary_address import CreateWithdrawRequestBeneficiaryAddress
    from .create_withdraw_request_beneficiary_bank import CreateWithdrawRequestBeneficiaryBank
    from .create_withdraw_request_beneficiary_card import CreateWithdrawRequestBeneficiaryCard
    from .create_withdraw_request_travel_rule import CreateWithdrawRequestTravelRule
    from .create_withdraw_request_travel_rule_beneficiary import (
        CreateWithdrawRequestTravelRuleBeneficiary,
    )
    from .create_withdraw_request_travel_rule_beneficiary_address import (
        CreateWithdrawRequestTravelRuleBeneficiaryAddress,
    )
    from .create_withdraw_request_travel_rule_vasp_data import (
        CreateWithdrawRequestTravelRuleVaspData,
    )
    from .credit_line import CreditLine
    from .delete_sub_account_api_key_ip_address_request import (
        DeleteSubAccountApiKeyIpAddressRequest,
    )
    from .delete_sub_account_api_key_ip_address_result import DeleteSubAccountApiKeyIpAddressResult
    from .delete_sub_account_api_key_request import DeleteSubAccountApiKeyRequest
    from .delete_sub_account_api_key_result import DeleteSubAccountApiKeyResult
    from .delete_sub_account_request import DeleteSubAccountRequest
    from .delete_sub_account_result import DeleteSubAccountResult
    from .edit_sub_account_api_key_request import EditSubAccountApiKeyRequest
    from .edit_sub_account_api_key_request_urls_item import EditSubAccountApiKeyRequestUrlsItem
    from .edit_sub_account_api_key_result import EditSubAccountApiKeyResult
    from .edit_sub_account_request import EditSubAccountRequest
    from .edit_sub_account_request_permissions import EditSubAccountRequestPermissions
    from .edit_sub_account_result import EditSubAccountResult
    from .fee_info import FeeInfo
    from .fee_info_deposit import FeeInfoDeposit
    from .fee_info_withdraw import FeeInfoWithdraw
    from .fixed_plan import FixedPlan
    from .flex_investment import FlexInvestment
    from .flex_investment_history import FlexInvestmentHistory
    from .flex_plan import FlexPlan
    from .get_codes_history_request import GetCodesHistoryRequest
    from .get_codes_history_result import GetCodesHistoryResult
    from .get_credit_line_info_request import GetCreditLineInfoRequest
    from .get_deposit_address_request import GetDepositAddressRequest
    from .get_deposit_address_result import GetDepositAddressResult
    from .get_deposit_address_result_account import GetDepositAddressResultAccount
    from .get_deposit_address_result_required import GetDepositAddressResultRequired
    from .get_deposit_address_result_required_flex_fee import GetDepositAddressResultRequiredFlexFee
    from .get_deposit_withdraw_history_request import GetDepositWithdrawHistoryRequest
    from .get_deposit_withdraw_history_result import GetDepositWithdrawHistoryResult
    from .get_fees_request import GetFeesRequest
    from .get_fiat_deposit_url_request import GetFiatDepositUrlRequest
    from .get_fiat_deposit_url_request_customer import GetFiatDepositUrlRequestCustomer
    from .get_fiat_deposit_url_request_customer_address import (
        GetFiatDepositUrlRequestCustomerAddress,
    )
    from .get_fiat_deposit_url_result import GetFiatDepositUrlResult
    from .get_fixed_investments_history_request import GetFixedInvestmentsHistoryRequest
    from .get_fixed_investments_history_result import GetFixedInvestmentsHistoryResult
    from .get_fixed_plans_request import GetFixedPlansRequest
    from .get_flex_investment_history_request import GetFlexInvestmentHistoryRequest
    from .get_flex_investment_history_result import GetFlexInvestmentHistoryResult
    from .get_flex_payment_history_request import GetFlexPaymentHistoryRequest
    from .get_flex_payment_history_result import GetFlexPaymentHistoryResult
    from .get_flex_plans_request import GetFlexPlansRequest
    from .get_interest_payment_history_request import GetInterestPaymentHistoryRequest
    from .get_interest_payment_history_result import GetInterestPaymentHistoryResult
    from .get_main_balance_request import GetMainBalanceRequest
    from .get_main_balance_result import GetMainBalanceResult
    from .get_main_balance_result_additional_property import GetMainBalanceResultAdditionalProperty
    from .get_mining_accounts_request import GetMiningAccountsRequest
    from .get_mining_accounts_result import GetMiningAccountsResult
    from .get_mining_accounts_result_data_item import GetMiningAccountsResultDataItem
    from .get_mining_hashrate_request import GetMiningHashrateRequest
    from .get_mining_hashrate_result import GetMiningHashrateResult
    from .get_mining_hashrate_result_data import GetMiningHashrateResultData
    from .get_mining_hashrate_result_data_hashrate_item import (
        GetMiningHashrateResultDataHashrateItem,
    )
    from .get_mining_miner_info_request import GetMiningMinerInfoRequest
    from .get_mining_miner_info_result import GetMiningMinerInfoResult
    from .get_mining_miner_info_result_data import GetMiningMinerInfoResultData
    from .get_mining_miner_info_result_data_stratum_item import (
        GetMiningMinerInfoResultDataStratumItem,
    )
    from .get_mining_miner_info_result_data_workers import GetMiningMinerInfoResultDataWorkers
    from .get_mining_payout_destination_request import GetMiningPayoutDestinationRequest
    from .get_mining_payout_destination_result import GetMiningPayoutDestinationResult
    from .get_mining_rewards_request import GetMiningRewardsRequest
    from .get_mining_rewards_result import GetMiningRewardsResult
    from .get_mining_worker_hashrate_request import GetMiningWorkerHashrateRequest
    from .get_mining_worker_hashrate_result import GetMiningWorkerHashrateResult
    from .get_mining_worker_hashrate_result_data import GetMiningWorkerHashrateResultData
    from .get_mining_worker_hashrate_result_data_hashrates_item import (
        GetMiningWorkerHashrateResultDataHashratesItem,
    )
    from .get_mining_worker_names_request import GetMiningWorkerNamesRequest
    from .get_mining_worker_names_result import GetMiningWorkerNamesResult
    from .get_mining_worker_names_result_data import GetMiningWorkerNamesResultData
    from .get_my_codes_request import GetMyCodesRequest
    from .get_my_codes_result import GetMyCodesResult
    from .get_sub_account_balances_request import GetSubAccountBalancesRequest
    from .get_sub_account_balances_result import GetSubAccountBalancesResult
    from .get_sub_account_balances_result_additional_property_item import (
        GetSubAccountBalancesResultAdditionalPropertyItem,
    )
    from .get_sub_account_kyc_url_request import GetSubAccountKycUrlRequest
    from .get_sub_account_kyc_url_result import GetSubAccountKycUrlResult
    from .get_sub_account_transfer_history_request import GetSubAccountTransferHistoryRequest
    from .get_sub_account_transfer_history_result import GetSubAccountTransferHistoryResult
    from .get_travel_rule_vasps_request import GetTravelRuleVaspsRequest
    from .get_travel_rule_vasps_result import GetTravelRuleVaspsResult
    from .get_travel_rule_vasps_result_data import GetTravelRuleVaspsResultData
    from .get_travel_rule_vasps_result_data_vasps_item import GetTravelRuleVaspsResultDataVaspsItem
    from .get_user_flex_investments_request import GetUserFlexInvestmentsRequest
    from .get_user_flex_investments_result import GetUserFlexInvestmentsResult
    from .get_web_socket_token_request import GetWebSocketTokenRequest
    from .get_web_socket_token_result import GetWebSocketTokenResult
    from .interest_payment import InterestPayment
    from .investment import Investment
    from .issue_card_token_request import IssueCardTokenRequest
    from .issue_jwt_token_request import IssueJwtTokenRequest
    from .issue_jwt_token_result import IssueJwtTokenResult
    from .issue_jwt_token_result_data import IssueJwtTokenResultData
    from .list_mining_watcher_links_request import ListMiningWatcherLinksRequest
    from .list_mining_watcher_links_result import ListMiningWatcherLinksResult
    from .list_mining_watcher_links_result_data_item import ListMiningWatcherLinksResultDataItem
    from .list_sub_account_api_key_ip_addresses_request import (
        ListSubAccountApiKeyIpAddressesRequest,
    )
    from .list_sub_account_api_key_ip_addresses_result import ListSubAccountApiKeyIpAddressesResult
    from .list_sub_account_api_keys_request import ListSubAccountApiKeysRequest
    from .list_sub_account_api_keys_result import ListSubAccountApiKeysResult
    from .list_sub_accounts_request import ListSubAccountsRequest
    from .list_sub_accounts_result import ListSubAccountsResult
    from .list_unconfirmed_sub_account_withdrawals_request import (
        ListUnconfirmedSubAccountWithdrawalsRequest,
    )
    from .list_unconfirmed_sub_account_withdrawals_result import (
        ListUnconfirmedSubAccountWithdrawalsResult,
    )
    from .list_unconfirmed_sub_account_withdrawals_result_data_item import (
        ListUnconfirmedSubAccountWithdrawalsResultDataItem,
    )
    from .mining_reward import MiningReward
    from .refund_deposit_request import RefundDepositRequest
    from .refund_deposit_result import RefundDepositResult
    from .reset_sub_account_api_key_request import ResetSubAccountApiKeyRequest
    from .reset_sub_account_api_key_result import ResetSubAccountApiKeyResult
    from .set_mining_payout_destination_request import SetMiningPayoutDestinationRequest
    from .set_mining_payout_destination_result import SetMiningPayoutDestinationResult
    from .sub_account import SubAccount
    from .sub_account_api_key import SubAccountApiKey
    from .sub_account_api_key_access_endpoints_item import SubAccountApiKeyAccessEndpointsItem
    from .sub_account_api_key_list import SubAccountApiKeyList
    from .sub_account_api_key_list_access_endpoints_item import (
        SubAccountApiKeyListAccessEndpointsItem,
    )
    from .sub_account_kyc import SubAccountKyc
    from .sub_account_permissions import SubAccountPermissions
    from .sub_account_transfer import SubAccountTransfer
    from .sub_account_transfer_request import SubAccountTransferRequest
    from .sub_account_transfer_result import SubAccountTransferResult
    from .submit_travel_rule_deposit_verification_request import (
        SubmitTravelRuleDepositVerificationRequest,
    )
    from .submit_travel_rule_deposit_verification_result import (
        SubmitTravelRuleDepositVerificationResult,
    )
    from .submit_travel_rule_deposit_verification_result_data import (
        SubmitTravelRuleDepositVerificationResultData,
    )
    from .transaction_history import TransactionHistory
    from .transaction_history_confirmations_type_0 import TransactionHistoryConfirmationsType0
    from .transaction_history_details_type_0 import TransactionHistoryDetailsType0
    from .transaction_history_details_type_0_partial_type_0 import (
        TransactionHistoryDetailsType0PartialType0,
    )
    from .transfer_between_balances_request import TransferBetweenBalancesRequest
    from .transfer_between_balances_result_type_1 import TransferBetweenBalancesResultType1
    from .travel_rule_address import TravelRuleAddress
    from .travel_rule_originator import TravelRuleOriginator
    from .travel_rule_vasp import TravelRuleVasp
    from .unblock_sub_account_request import UnblockSubAccountRequest
    from .unblock_sub_account_result import UnblockSubAccountResult
    from .update_flex_auto_reinvestment_request import UpdateFlexAutoReinvestmentRequest
    from .update_flex_auto_reinvestment_result import UpdateFlexAutoReinvestmentResult
    from .withdraw_from_flex_investment_request import WithdrawFromFlexInvestmentRequest
    from .withdraw_from_flex_investment_result import WithdrawFromFlexInvestmentResult
    from .withdraw_from_flex_investment_result_data import WithdrawFromFlexInvestmentResultData

_MODULES = {
    "ApiError": ".api_error",
    "ApiErrorErrors": ".api_error_errors",
    "ApplyCodeRequest": ".apply_code_request",
    "ApplyCodeResult": ".apply_code_result",
    "BlockSubAccountRequest": ".block_sub_account_request",
    "BlockSubAccountResult": ".block_sub_account_result",
    "CloseFixedInvestmentRequest": ".close_fixed_investment_request",
    "CloseFixedInvestmentResult": ".close_fixed_investment_result",
    "CloseFlexInvestmentRequest": ".close_flex_investment_request",
    "CloseFlexInvestmentResult": ".close_flex_investment_result",
    "CloseFlexInvestmentResultData": ".close_flex_investment_result_data",
    "CodeHistory": ".code_history",
    "CodeInfo": ".code_info",
    "ConfirmSubAccountWithdrawalRequest": ".confirm_sub_account_withdrawal_request",
    "ConfirmSubAccountWithdrawalResult": ".confirm_sub_account_withdrawal_result",
    "CreateCodeRequest": ".create_code_request",
    "CreateCodeResult": ".create_code_result",
    "CreateExpressWithdrawTokenRequest": ".create_express_withdraw_token_request",
    "CreateExpressWithdrawTokenResult": ".create_express_withdraw_token_result",
    "CreateFixedInvestmentRequest": ".create_fixed_investment_request",
    "CreateFixedInvestmentResult": ".create_fixed_investment_result",
    "CreateFlexInvestmentRequest": ".create_flex_investment_request",
    "CreateFlexInvestmentResult": ".create_flex_investment_result",
    "CreateFlexInvestmentResultData": ".create_flex_investment_result_data",
    "CreateMiningAccountRequest": ".create_mining_account_request",
    "CreateMiningAccountResult": ".create_mining_account_result",
    "CreateMiningAccountResultData": ".create_mining_account_result_data",
    "CreateMiningWatcherLinkRequest": ".create_mining_watcher_link_request",
    "CreateMiningWatcherLinkResult": ".create_mining_watcher_link_result",
    "CreateMiningWatcherLinkResultData": ".create_mining_watcher_link_result_data",
    "CreateNewAddressRequest": ".create_new_address_request",
    "CreateNewAddressResult": ".create_new_address_result",
    "CreateNewAddressResultAccount": ".create_new_address_result_account",
    "CreateNewAddressResultRequired": ".create_new_address_result_required",
    "CreateNewAddressResultRequiredFlexFee": ".create_new_address_result_required_flex_fee",
    "CreateSubAccountApiKeyIpAddressRequest": ".create_sub_account_api_key_ip_address_request",
    "CreateSubAccountApiKeyIpAddressResult": ".create_sub_account_api_key_ip_address_result",
    "CreateSubAccountApiKeyRequest": ".create_sub_account_api_key_request",
    "CreateSubAccountRequest": ".create_sub_account_request",
    "CreateSubAccountRequestPermissions": ".create_sub_account_request_permissions",
    "CreateWithdrawPayRequest": ".create_withdraw_pay_request",
    "CreateWithdrawPayRequestBeneficiary": ".create_withdraw_pay_request_beneficiary",
    "CreateWithdrawPayRequestTravelRule": ".create_withdraw_pay_request_travel_rule",
    "CreateWithdrawRequest": ".create_withdraw_request",
    "CreateWithdrawRequestBeneficiary": ".create_withdraw_request_beneficiary",
    "CreateWithdrawRequestBeneficiaryAddress": ".create_withdraw_request_beneficiary_address",
    "CreateWithdrawRequestBeneficiaryBank": ".create_withdraw_request_beneficiary_bank",
    "CreateWithdrawRequestBeneficiaryCard": ".create_withdraw_request_beneficiary_card",
    "CreateWithdrawRequestTravelRule": ".create_withdraw_request_travel_rule",
    "CreateWithdrawRequestTravelRuleBeneficiary": ".create_withdraw_request_travel_rule_beneficiary",
    "CreateWithdrawRequestTravelRuleBeneficiaryAddress": ".create_withdraw_request_travel_rule_beneficiary_address",
    "CreateWithdrawRequestTravelRuleVaspData": ".create_withdraw_request_travel_rule_vasp_data",
    "CreditLine": ".credit_line",
    "DeleteSubAccountApiKeyIpAddressRequest": ".delete_sub_account_api_key_ip_address_request",
    "DeleteSubAccountApiKeyIpAddressResult": ".delete_sub_account_api_key_ip_address_result",
    "DeleteSubAccountApiKeyRequest": ".delete_sub_account_api_key_request",
    "DeleteSubAccountApiKeyResult": ".delete_sub_account_api_key_result",
    "DeleteSubAccountRequest": ".delete_sub_account_request",
    "DeleteSubAccountResult": ".delete_sub_account_result",
    "EditSubAccountApiKeyRequest": ".edit_sub_account_api_key_request",
    "EditSubAccountApiKeyRequestUrlsItem": ".edit_sub_account_api_key_request_urls_item",
    "EditSubAccountApiKeyResult": ".edit_sub_account_api_key_result",
    "EditSubAccountRequest": ".edit_sub_account_request",
    "EditSubAccountRequestPermissions": ".edit_sub_account_request_permissions",
    "EditSubAccountResult": ".edit_sub_account_result",
    "FeeInfo": ".fee_info",
    "FeeInfoDeposit": ".fee_info_deposit",
    "FeeInfoWithdraw": ".fee_info_withdraw",
    "FixedPlan": ".fixed_plan",
    "FlexInvestment": ".flex_investment",
    "FlexInvestmentHistory": ".flex_investment_history",
    "FlexPlan": ".flex_plan",
    "GetCodesHistoryRequest": ".get_codes_history_request",
    "GetCodesHistoryResult": ".get_codes_history_result",
    "GetCreditLineInfoRequest": ".get_credit_line_info_request",
    "GetDepositAddressRequest": ".get_deposit_address_request",
    "GetDepositAddressResult": ".get_deposit_address_result",
    "GetDepositAddressResultAccount": ".get_deposit_address_result_account",
    "GetDepositAddressResultRequired": ".get_deposit_address_result_required",
    "GetDepositAddressResultRequiredFlexFee": ".get_deposit_address_result_required_flex_fee",
    "GetDepositWithdrawHistoryRequest": ".get_deposit_withdraw_history_request",
    "GetDepositWithdrawHistoryResult": ".get_deposit_withdraw_history_result",
    "GetFeesRequest": ".get_fees_request",
    "GetFiatDepositUrlRequest": ".get_fiat_deposit_url_request",
    "GetFiatDepositUrlRequestCustomer": ".get_fiat_deposit_url_request_customer",
    "GetFiatDepositUrlRequestCustomerAddress": ".get_fiat_deposit_url_request_customer_address",
    "GetFiatDepositUrlResult": ".get_fiat_deposit_url_result",
    "GetFixedInvestmentsHistoryRequest": ".get_fixed_investments_history_request",
    "GetFixedInvestmentsHistoryResult": ".get_fixed_investments_history_result",
    "GetFixedPlansRequest": ".get_fixed_plans_request",
    "GetFlexInvestmentHistoryRequest": ".get_flex_investment_history_request",
    "GetFlexInvestmentHistoryResult": ".get_flex_investment_history_result",
    "GetFlexPaymentHistoryRequest": ".get_flex_payment_history_request",
    "GetFlexPaymentHistoryResult": ".get_flex_payment_history_result",
    "GetFlexPlansRequest": ".get_flex_plans_request",
    "GetInterestPaymentHistoryRequest": ".get_interest_payment_history_request",
    "GetInterestPaymentHistoryResult": ".get_interest_payment_history_result",
    "GetMainBalanceRequest": ".get_main_balance_request",
    "GetMainBalanceResult": ".get_main_balance_result",
    "GetMainBalanceResultAdditionalProperty": ".get_main_balance_result_additional_property",
    "GetMiningAccountsRequest": ".get_mining_accounts_request",
    "GetMiningAccountsResult": ".get_mining_accounts_result",
    "GetMiningAccountsResultDataItem": ".get_mining_accounts_result_data_item",
    "GetMiningHashrateRequest": ".get_mining_hashrate_request",
    "GetMiningHashrateResult": ".get_mining_hashrate_result",
    "GetMiningHashrateResultData": ".get_mining_hashrate_result_data",
    "GetMiningHashrateResultDataHashrateItem": ".get_mining_hashrate_result_data_hashrate_item",
    "GetMiningMinerInfoRequest": ".get_mining_miner_info_request",
    "GetMiningMinerInfoResult": ".get_mining_miner_info_result",
    "GetMiningMinerInfoResultData": ".get_mining_miner_info_result_data",
    "GetMiningMinerInfoResultDataStratumItem": ".get_mining_miner_info_result_data_stratum_item",
    "GetMiningMinerInfoResultDataWorkers": ".get_mining_miner_info_result_data_workers",
    "GetMiningPayoutDestinationRequest": ".get_mining_payout_destination_request",
    "GetMiningPayoutDestinationResult": ".get_mining_payout_destination_result",
    "GetMiningRewardsRequest": ".get_mining_rewards_request",
    "GetMiningRewardsResult": ".get_mining_rewards_result",
    "GetMiningWorkerHashrateRequest": ".get_mining_worker_hashrate_request",
    "GetMiningWorkerHashrateResult": ".get_mining_worker_hashrate_result",
    "GetMiningWorkerHashrateResultData": ".get_mining_worker_hashrate_result_data",
    "GetMiningWorkerHashrateResultDataHashratesItem": ".get_mining_worker_hashrate_result_data_hashrates_item",
    "GetMiningWorkerNamesRequest": ".get_mining_worker_names_request",
    "GetMiningWorkerNamesResult": ".get_mining_worker_names_result",
    "GetMiningWorkerNamesResultData": ".get_mining_worker_names_result_data",
    "GetMyCodesRequest": ".get_my_codes_request",
    "GetMyCodesResult": ".get_my_codes_result",
    "GetSubAccountBalancesRequest": ".get_sub_account_balances_request",
    "GetSubAccountBalancesResult": ".get_sub_account_balances_result",
    "GetSubAccountBalancesResultAdditionalPropertyItem": ".get_sub_account_balances_result_additional_property_item",
    "GetSubAccountKycUrlRequest": ".get_sub_account_kyc_url_request",
    "GetSubAccountKycUrlResult": ".get_sub_account_kyc_url_result",
    "GetSubAccountTransferHistoryRequest": ".get_sub_account_transfer_history_request",
    "GetSubAccountTransferHistoryResult": ".get_sub_account_transfer_history_result",
    "GetTravelRuleVaspsRequest": ".get_travel_rule_vasps_request",
    "GetTravelRuleVaspsResult": ".get_travel_rule_vasps_result",
    "GetTravelRuleVaspsResultData": ".get_travel_rule_vasps_result_data",
    "GetTravelRuleVaspsResultDataVaspsItem": ".get_travel_rule_vasps_result_data_vasps_item",
    "GetUserFlexInvestmentsRequest": ".get_user_flex_investments_request",
    "GetUserFlexInvestmentsResult": ".get_user_flex_investments_result",
    "GetWebSocketTokenRequest": ".get_web_socket_token_request",
    "GetWebSocketTokenResult": ".get_web_socket_token_result",
    "InterestPayment": ".interest_payment",
    "Investment": ".investment",
    "IssueCardTokenRequest": ".issue_card_token_request",
    "IssueJwtTokenRequest": ".issue_jwt_token_request",
    "IssueJwtTokenResult": ".issue_jwt_token_result",
    "IssueJwtTokenResultData": ".issue_jwt_token_result_data",
    "ListMiningWatcherLinksRequest": ".list_mining_watcher_links_request",
    "ListMiningWatcherLinksResult": ".list_mining_watcher_links_result",
    "ListMiningWatcherLinksResultDataItem": ".list_mining_watcher_links_result_data_item",
    "ListSubAccountApiKeyIpAddressesRequest": ".list_sub_account_api_key_ip_addresses_request",
    "ListSubAccountApiKeyIpAddressesResult": ".list_sub_account_api_key_ip_addresses_result",
    "ListSubAccountApiKeysRequest": ".list_sub_account_api_keys_request",
    "ListSubAccountApiKeysResult": ".list_sub_account_api_keys_result",
    "ListSubAccountsRequest": ".list_sub_accounts_request",
    "ListSubAccountsResult": ".list_sub_accounts_result",
    "ListUnconfirmedSubAccountWithdrawalsRequest": ".list_unconfirmed_sub_account_withdrawals_request",
    "ListUnconfirmedSubAccountWithdrawalsResult": ".list_unconfirmed_sub_account_withdrawals_result",
    "ListUnconfirmedSubAccountWithdrawalsResultDataItem": ".list_unconfirmed_sub_account_withdrawals_result_data_item",
    "MiningReward": ".mining_reward",
    "RefundDepositRequest": ".refund_deposit_request",
    "RefundDepositResult": ".refund_deposit_result",
    "ResetSubAccountApiKeyRequest": ".reset_sub_account_api_key_request",
    "ResetSubAccountApiKeyResult": ".reset_sub_account_api_key_result",
    "SetMiningPayoutDestinationRequest": ".set_mining_payout_destination_request",
    "SetMiningPayoutDestinationResult": ".set_mining_payout_destination_result",
    "SubAccount": ".sub_account",
    "SubAccountApiKey": ".sub_account_api_key",
    "SubAccountApiKeyAccessEndpointsItem": ".sub_account_api_key_access_endpoints_item",
    "SubAccountApiKeyList": ".sub_account_api_key_list",
    "SubAccountApiKeyListAccessEndpointsItem": ".sub_account_api_key_list_access_endpoints_item",
    "SubAccountKyc": ".sub_account_kyc",
    "SubAccountPermissions": ".sub_account_permissions",
    "SubAccountTransfer": ".sub_account_transfer",
    "SubAccountTransferRequest": ".sub_account_transfer_request",
    "SubAccountTransferResult": ".sub_account_transfer_result",
    "SubmitTravelRuleDepositVerificationRequest": ".submit_travel_rule_deposit_verification_request",
    "SubmitTravelRuleDepositVerificationResult": ".submit_travel_rule_deposit_verification_result",
    "SubmitTravelRuleDepositVerificationResultData": ".submit_travel_rule_deposit_verification_result_data",
    "TransactionHistory": ".transaction_history",
    "TransactionHistoryConfirmationsType0": ".transaction_history_confirmations_type_0",
    "TransactionHistoryDetailsType0": ".transaction_history_details_type_0",
    "TransactionHistoryDetailsType0PartialType0": ".transaction_history_details_type_0_partial_type_0",
    "TransferBetweenBalancesRequest": ".transfer_between_balances_request",
    "TransferBetweenBalancesResultType1": ".transfer_between_balances_result_type_1",
    "TravelRuleAddress": ".travel_rule_address",
    "TravelRuleOriginator": ".travel_rule_originator",
    "TravelRuleVasp": ".travel_rule_vasp",
    "UnblockSubAccountRequest": ".unblock_sub_account_request",
    "UnblockSubAccountResult": ".unblock_sub_account_result",
    "UpdateFlexAutoReinvestmentRequest": ".update_flex_auto_reinvestment_request",
    "UpdateFlexAutoReinvestmentResult": ".update_flex_auto_reinvestment_result",
    "WithdrawFromFlexInvestmentRequest": ".withdraw_from_flex_investment_request",
    "WithdrawFromFlexInvestmentResult": ".withdraw_from_flex_investment_result",
    "WithdrawFromFlexInvestmentResultData": ".withdraw_from_flex_investment_result_data",
}

__all__ = (
    "ApiError",
    "ApiErrorErrors",
    "ApplyCodeRequest",
    "ApplyCodeResult",
    "BlockSubAccountRequest",
    "BlockSubAccountResult",
    "CloseFixedInvestmentRequest",
    "CloseFixedInvestmentResult",
    "CloseFlexInvestmentRequest",
    "CloseFlexInvestmentResult",
    "CloseFlexInvestmentResultData",
    "CodeHistory",
    "CodeInfo",
    "ConfirmSubAccountWithdrawalRequest",
    "ConfirmSubAccountWithdrawalResult",
    "CreateCodeRequest",
    "CreateCodeResult",
    "CreateExpressWithdrawTokenRequest",
    "CreateExpressWithdrawTokenResult",
    "CreateFixedInvestmentRequest",
    "CreateFixedInvestmentResult",
    "CreateFlexInvestmentRequest",
    "CreateFlexInvestmentResult",
    "CreateFlexInvestmentResultData",
    "CreateMiningAccountRequest",
    "CreateMiningAccountResult",
    "CreateMiningAccountResultData",
    "CreateMiningWatcherLinkRequest",
    "CreateMiningWatcherLinkResult",
    "CreateMiningWatcherLinkResultData",
    "CreateNewAddressRequest",
    "CreateNewAddressResult",
    "CreateNewAddressResultAccount",
    "CreateNewAddressResultRequired",
    "CreateNewAddressResultRequiredFlexFee",
    "CreateSubAccountApiKeyIpAddressRequest",
    "CreateSubAccountApiKeyIpAddressResult",
    "CreateSubAccountApiKeyRequest",
    "CreateSubAccountRequest",
    "CreateSubAccountRequestPermissions",
    "CreateWithdrawPayRequest",
    "CreateWithdrawPayRequestBeneficiary",
    "CreateWithdrawPayRequestTravelRule",
    "CreateWithdrawRequest",
    "CreateWithdrawRequestBeneficiary",
    "CreateWithdrawRequestBeneficiaryAddress",
    "CreateWithdrawRequestBeneficiaryBank",
    "CreateWithdrawRequestBeneficiaryCard",
    "CreateWithdrawRequestTravelRule",
    "CreateWithdrawRequestTravelRuleBeneficiary",
    "CreateWithdrawRequestTravelRuleBeneficiaryAddress",
    "CreateWithdrawRequestTravelRuleVaspData",
    "CreditLine",
    "DeleteSubAccountApiKeyIpAddressRequest",
    "DeleteSubAccountApiKeyIpAddressResult",
    "DeleteSubAccountApiKeyRequest",
    "DeleteSubAccountApiKeyResult",
    "DeleteSubAccountRequest",
    "DeleteSubAccountResult",
    "EditSubAccountApiKeyRequest",
    "EditSubAccountApiKeyRequestUrlsItem",
    "EditSubAccountApiKeyResult",
    "EditSubAccountRequest",
    "EditSubAccountRequestPermissions",
    "EditSubAccountResult",
    "FeeInfo",
    "FeeInfoDeposit",
    "FeeInfoWithdraw",
    "FixedPlan",
    "FlexInvestment",
    "FlexInvestmentHistory",
    "FlexPlan",
    "GetCodesHistoryRequest",
    "GetCodesHistoryResult",
    "GetCreditLineInfoRequest",
    "GetDepositAddressRequest",
    "GetDepositAddressResult",
    "GetDepositAddressResultAccount",
    "GetDepositAddressResultRequired",
    "GetDepositAddressResultRequiredFlexFee",
    "GetDepositWithdrawHistoryRequest",
    "GetDepositWithdrawHistoryResult",
    "GetFeesRequest",
    "GetFiatDepositUrlRequest",
    "GetFiatDepositUrlRequestCustomer",
    "GetFiatDepositUrlRequestCustomerAddress",
    "GetFiatDepositUrlResult",
    "GetFixedInvestmentsHistoryRequest",
    "GetFixedInvestmentsHistoryResult",
    "GetFixedPlansRequest",
    "GetFlexInvestmentHistoryRequest",
    "GetFlexInvestmentHistoryResult",
    "GetFlexPaymentHistoryRequest",
    "GetFlexPaymentHistoryResult",
    "GetFlexPlansRequest",
    "GetInterestPaymentHistoryRequest",
    "GetInterestPaymentHistoryResult",
    "GetMainBalanceRequest",
    "GetMainBalanceResult",
    "GetMainBalanceResultAdditionalProperty",
    "GetMiningAccountsRequest",
    "GetMiningAccountsResult",
    "GetMiningAccountsResultDataItem",
    "GetMiningHashrateRequest",
    "GetMiningHashrateResult",
    "GetMiningHashrateResultData",
    "GetMiningHashrateResultDataHashrateItem",
    "GetMiningMinerInfoRequest",
    "GetMiningMinerInfoResult",
    "GetMiningMinerInfoResultData",
    "GetMiningMinerInfoResultDataStratumItem",
    "GetMiningMinerInfoResultDataWorkers",
    "GetMiningPayoutDestinationRequest",
    "GetMiningPayoutDestinationResult",
    "GetMiningRewardsRequest",
    "GetMiningRewardsResult",
    "GetMiningWorkerHashrateRequest",
    "GetMiningWorkerHashrateResult",
    "GetMiningWorkerHashrateResultData",
    "GetMiningWorkerHashrateResultDataHashratesItem",
    "GetMiningWorkerNamesRequest",
    "GetMiningWorkerNamesResult",
    "GetMiningWorkerNamesResultData",
    "GetMyCodesRequest",
    "GetMyCodesResult",
    "GetSubAccountBalancesRequest",
    "GetSubAccountBalancesResult",
    "GetSubAccountBalancesResultAdditionalPropertyItem",
    "GetSubAccountKycUrlRequest",
    "GetSubAccountKycUrlResult",
    "GetSubAccountTransferHistoryRequest",
    "GetSubAccountTransferHistoryResult",
    "GetTravelRuleVaspsRequest",
    "GetTravelRuleVaspsResult",
    "GetTravelRuleVaspsResultData",
    "GetTravelRuleVaspsResultDataVaspsItem",
    "GetUserFlexInvestmentsRequest",
    "GetUserFlexInvestmentsResult",
    "GetWebSocketTokenRequest",
    "GetWebSocketTokenResult",
    "InterestPayment",
    "Investment",
    "IssueCardTokenRequest",
    "IssueJwtTokenRequest",
    "IssueJwtTokenResult",
    "IssueJwtTokenResultData",
    "ListMiningWatcherLinksRequest",
    "ListMiningWatcherLinksResult",
    "ListMiningWatcherLinksResultDataItem",
    "ListSubAccountApiKeyIpAddressesRequest",
    "ListSubAccountApiKeyIpAddressesResult",
    "ListSubAccountApiKeysRequest",
    "ListSubAccountApiKeysResult",
    "ListSubAccountsRequest",
    "ListSubAccountsResult",
    "ListUnconfirmedSubAccountWithdrawalsRequest",
    "ListUnconfirmedSubAccountWithdrawalsResult",
    "ListUnconfirmedSubAccountWithdrawalsResultDataItem",
    "MiningReward",
    "RefundDepositRequest",
    "RefundDepositResult",
    "ResetSubAccountApiKeyRequest",
    "ResetSubAccountApiKeyResult",
    "SetMiningPayoutDestinationRequest",
    "SetMiningPayoutDestinationResult",
    "SubAccount",
    "SubAccountApiKey",
    "SubAccountApiKeyAccessEndpointsItem",
    "SubAccountApiKeyList",
    "SubAccountApiKeyListAccessEndpointsItem",
    "SubAccountKyc",
    "SubAccountPermissions",
    "SubAccountTransfer",
    "SubAccountTransferRequest",
    "SubAccountTransferResult",
    "SubmitTravelRuleDepositVerificationRequest",
    "SubmitTravelRuleDepositVerificationResult",
    "SubmitTravelRuleDepositVerificationResultData",
    "TransactionHistory",
    "TransactionHistoryConfirmationsType0",
    "TransactionHistoryDetailsType0",
    "TransactionHistoryDetailsType0PartialType0",
    "TransferBetweenBalancesRequest",
    "TransferBetweenBalancesResultType1",
    "TravelRuleAddress",
    "TravelRuleOriginator",
    "TravelRuleVasp",
    "UnblockSubAccountRequest",
    "UnblockSubAccountResult",
    "UpdateFlexAutoReinvestmentRequest",
    "UpdateFlexAutoReinvestmentResult",
    "WithdrawFromFlexInvestmentRequest",
    "WithdrawFromFlexInvestmentResult",
    "WithdrawFromFlexInvestmentResultData",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
