from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_withdraw_pay_request_beneficiary import CreateWithdrawPayRequestBeneficiary
    from ..models.create_withdraw_pay_request_travel_rule import CreateWithdrawPayRequestTravelRule


T = TypeVar("T", bound="CreateWithdrawPayRequest")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if isinstance(value, Unset) or value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class CreateWithdrawPayRequest:
    """Withdrawal parameters, where the amount is what the recipient receives and the fee is added on top.

    Attributes:
        ticker (str): Ticker of the currency to withdraw; check its status with the asset status endpoint.
        amount (Decimal): Amount the recipient receives; the fee is debited from the main balance in addition.
        address (str): Destination: wallet address for crypto, or account identifier or card token for fiat.
        unique_id (str): Client-chosen id, a free-form string of at most 255 characters (no UUID format check); use a
            fresh one for every withdrawal.
        memo (str | Unset): Memo or destination tag; required for currencies that use one.
        provider (str | Unset): Fiat provider as listed for the currency by the asset status endpoint; required for fiat
            currencies.
        network (str | Unset): Network for multi-network currencies, as listed by the asset status endpoint; USDT
            defaults to ERC20.
        partial_enable (bool | Unset): Set true to allow a fiat withdrawal above the usual maximum that may be only
            partly executed; the client must handle the partially successful status.
        customer_ip (str | Unset): End customer's IP address, passed to the fiat provider for fraud screening; required
            for USD or EUR through VISAMASTER.
        bank_bic (str | Unset): BIC (SWIFT) code of the recipient's bank; required for providers SEPA,
            SEPA_CLEAR_JUNCTION, SEPA_BCB_GROUP, FINCI, ZEN and BANKING_CIRCLE.
        beneficiary (CreateWithdrawPayRequestBeneficiary | Unset): Recipient details for fiat withdrawals, structured as
            in the standard withdrawal; required for tickers USD, EUR, USD_VISAMASTER and EUR_VISAMASTER.
        travel_rule (CreateWithdrawPayRequestTravelRule | Unset): Travel Rule data about the recipient, structured as in
            the standard withdrawal; required for crypto withdrawals from EEA accounts.
    """

    ticker: str
    amount: Decimal
    address: str
    unique_id: str
    memo: str | Unset = UNSET
    provider: str | Unset = UNSET
    network: str | Unset = UNSET
    partial_enable: bool | Unset = UNSET
    customer_ip: str | Unset = UNSET
    bank_bic: str | Unset = UNSET
    beneficiary: CreateWithdrawPayRequestBeneficiary | Unset = _attrs_field(
        default=UNSET, repr=_secret_repr
    )
    travel_rule: CreateWithdrawPayRequestTravelRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        amount = format_decimal(self.amount)

        address = self.address

        unique_id = self.unique_id

        memo = self.memo

        provider = self.provider

        network = self.network

        partial_enable = self.partial_enable

        customer_ip = self.customer_ip

        bank_bic = self.bank_bic

        beneficiary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.beneficiary, Unset):
            beneficiary = self.beneficiary.to_dict()

        travel_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.travel_rule, Unset):
            travel_rule = self.travel_rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "amount": amount,
                "address": address,
                "uniqueId": unique_id,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if provider is not UNSET:
            field_dict["provider"] = provider
        if network is not UNSET:
            field_dict["network"] = network
        if partial_enable is not UNSET:
            field_dict["partialEnable"] = partial_enable
        if customer_ip is not UNSET:
            field_dict["customerIp"] = customer_ip
        if bank_bic is not UNSET:
            field_dict["bankBic"] = bank_bic
        if beneficiary is not UNSET:
            field_dict["beneficiary"] = beneficiary
        if travel_rule is not UNSET:
            field_dict["travelRule"] = travel_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_withdraw_pay_request_beneficiary import (
            CreateWithdrawPayRequestBeneficiary,  # noqa: PLC0415
        )
        from ..models.create_withdraw_pay_request_travel_rule import (
            CreateWithdrawPayRequestTravelRule,  # noqa: PLC0415
        )

        d = dict(src_dict)
        ticker = d.pop("ticker")

        amount = parse_decimal(d.pop("amount"))

        address = d.pop("address")

        unique_id = d.pop("uniqueId")

        memo = d.pop("memo", UNSET)

        provider = d.pop("provider", UNSET)

        network = d.pop("network", UNSET)

        partial_enable = d.pop("partialEnable", UNSET)

        customer_ip = d.pop("customerIp", UNSET)

        bank_bic = d.pop("bankBic", UNSET)

        _beneficiary = d.pop("beneficiary", UNSET)
        beneficiary: CreateWithdrawPayRequestBeneficiary | Unset
        if isinstance(_beneficiary, Unset):
            beneficiary = UNSET
        else:
            beneficiary = CreateWithdrawPayRequestBeneficiary.from_dict(_beneficiary)

        _travel_rule = d.pop("travelRule", UNSET)
        travel_rule: CreateWithdrawPayRequestTravelRule | Unset
        if isinstance(_travel_rule, Unset):
            travel_rule = UNSET
        else:
            travel_rule = CreateWithdrawPayRequestTravelRule.from_dict(_travel_rule)

        create_withdraw_pay_request = cls(
            ticker=ticker,
            amount=amount,
            address=address,
            unique_id=unique_id,
            memo=memo,
            provider=provider,
            network=network,
            partial_enable=partial_enable,
            customer_ip=customer_ip,
            bank_bic=bank_bic,
            beneficiary=beneficiary,
            travel_rule=travel_rule,
        )

        create_withdraw_pay_request.additional_properties = d
        return create_withdraw_pay_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
