from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_fiat_deposit_url_request_customer import GetFiatDepositUrlRequestCustomer


T = TypeVar("T", bound="GetFiatDepositUrlRequest")


@_attrs_define
class GetFiatDepositUrlRequest:
    """Request body for creating a fiat deposit invoice.

    Attributes:
        ticker (str): Fiat currency ticker; deposits must be enabled for it.
        provider (str): Fiat payment provider, as listed for the currency by the asset status endpoint.
        amount (Decimal): Amount to deposit.
        unique_id (str): Client-chosen id of the deposit, a free-form string of at most 255 characters (no UUID format
            check).
        customer (GetFiatDepositUrlRequestCustomer | Unset): Payer details; required for USD or EUR through VISAMASTER.
        success_link (str | Unset): HTTPS URL on an approved domain where the provider sends the payer after a
            successful payment; must be enabled by support.
        failure_link (str | Unset): HTTPS URL on an approved domain where the provider sends the payer after a failed or
            rejected payment; must be enabled by support.
        return_link (str | Unset): URL behind the back option on the payment result page; the option is not shown when
            omitted.
    """

    ticker: str
    provider: str
    amount: Decimal
    unique_id: str
    customer: GetFiatDepositUrlRequestCustomer | Unset = UNSET
    success_link: str | Unset = UNSET
    failure_link: str | Unset = UNSET
    return_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        provider = self.provider

        amount = format_decimal(self.amount)

        unique_id = self.unique_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        success_link = self.success_link

        failure_link = self.failure_link

        return_link = self.return_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "provider": provider,
                "amount": amount,
                "uniqueId": unique_id,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer
        if success_link is not UNSET:
            field_dict["successLink"] = success_link
        if failure_link is not UNSET:
            field_dict["failureLink"] = failure_link
        if return_link is not UNSET:
            field_dict["returnLink"] = return_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_fiat_deposit_url_request_customer import GetFiatDepositUrlRequestCustomer  # noqa: PLC0415

        d = dict(src_dict)
        ticker = d.pop("ticker")

        provider = d.pop("provider")

        amount = parse_decimal(d.pop("amount"))

        unique_id = d.pop("uniqueId")

        _customer = d.pop("customer", UNSET)
        customer: GetFiatDepositUrlRequestCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = GetFiatDepositUrlRequestCustomer.from_dict(_customer)

        success_link = d.pop("successLink", UNSET)

        failure_link = d.pop("failureLink", UNSET)

        return_link = d.pop("returnLink", UNSET)

        get_fiat_deposit_url_request = cls(
            ticker=ticker,
            provider=provider,
            amount=amount,
            unique_id=unique_id,
            customer=customer,
            success_link=success_link,
            failure_link=failure_link,
            return_link=return_link,
        )

        get_fiat_deposit_url_request.additional_properties = d
        return get_fiat_deposit_url_request

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
