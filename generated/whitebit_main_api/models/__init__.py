"""Contains all the data models used in inputs/outputs"""

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
from .create_sub_account_api_key_ip_address_request import CreateSubAccountApiKeyIpAddressRequest
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
from .create_withdraw_request_travel_rule_vasp_data import CreateWithdrawRequestTravelRuleVaspData
from .credit_line import CreditLine
from .delete_sub_account_api_key_ip_address_request import DeleteSubAccountApiKeyIpAddressRequest
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
from .get_fiat_deposit_url_request_customer_address import GetFiatDepositUrlRequestCustomerAddress
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
from .get_mining_hashrate_result_data_hashrate_item import GetMiningHashrateResultDataHashrateItem
from .get_mining_miner_info_request import GetMiningMinerInfoRequest
from .get_mining_miner_info_result import GetMiningMinerInfoResult
from .get_mining_miner_info_result_data import GetMiningMinerInfoResultData
from .get_mining_miner_info_result_data_stratum_item import GetMiningMinerInfoResultDataStratumItem
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
from .list_sub_account_api_key_ip_addresses_request import ListSubAccountApiKeyIpAddressesRequest
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
from .sub_account_api_key_list_access_endpoints_item import SubAccountApiKeyListAccessEndpointsItem
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
from .transfer_between_balances_request import TransferBetweenBalancesRequest
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
    "TransferBetweenBalancesRequest",
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
