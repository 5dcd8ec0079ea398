from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDepositWithdrawHistoryRequest")


@_attrs_define
class GetDepositWithdrawHistoryRequest:
    """Filters and paging for the deposit/withdraw history.

    Attributes:
        transaction_method (int | Unset): 1 for deposits only, 2 for withdrawals only; omit to get both.
        ticker (str | Unset): Return only transactions in this currency.
        address (str | Unset): Return only transactions with this address.
        memo (str | Unset): Return only transactions with this memo or destination tag.
        addresses (list[str] | Unset): Return only transactions with any of these addresses (at most 20).
        unique_id (str | Unset): Return only the transaction with this client-side unique id.
        limit (int | Unset): Page size, 1 to 500 (50 when omitted); pages above 100 produce large responses.
        offset (int | Unset): Number of records to skip, 0 to 10000; offset plus limit may not exceed 10000.
        status (list[int] | Unset): Return only these status codes; they must be valid for the chosen transactionMethod.
    """

    transaction_method: int | Unset = UNSET
    ticker: str | Unset = UNSET
    address: str | Unset = UNSET
    memo: str | Unset = UNSET
    addresses: list[str] | Unset = UNSET
    unique_id: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    status: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_method = self.transaction_method

        ticker = self.ticker

        address = self.address

        memo = self.memo

        addresses: list[str] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses

        unique_id = self.unique_id

        limit = self.limit

        offset = self.offset

        status: list[int] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_method is not UNSET:
            field_dict["transactionMethod"] = transaction_method
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if address is not UNSET:
            field_dict["address"] = address
        if memo is not UNSET:
            field_dict["memo"] = memo
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_method = d.pop("transactionMethod", UNSET)

        ticker = d.pop("ticker", UNSET)

        address = d.pop("address", UNSET)

        memo = d.pop("memo", UNSET)

        addresses = cast(list[str], d.pop("addresses", UNSET))

        unique_id = d.pop("unique_id", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        status = cast(list[int], d.pop("status", UNSET))

        get_deposit_withdraw_history_request = cls(
            transaction_method=transaction_method,
            ticker=ticker,
            address=address,
            memo=memo,
            addresses=addresses,
            unique_id=unique_id,
            limit=limit,
            offset=offset,
            status=status,
        )

        get_deposit_withdraw_history_request.additional_properties = d
        return get_deposit_withdraw_history_request

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
