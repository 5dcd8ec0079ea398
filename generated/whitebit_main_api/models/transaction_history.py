from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_history_confirmations_type_0 import (
        TransactionHistoryConfirmationsType0,
    )
    from ..models.transaction_history_details_type_0 import TransactionHistoryDetailsType0


T = TypeVar("T", bound="TransactionHistory")


@_attrs_define
class TransactionHistory:
    """One deposit or withdrawal record.

    Attributes:
        address (str | Unset): Address the funds were deposited to or withdrawn to.
        unique_id (None | str | Unset): Client-side unique id of the transaction, unique per user; null when none was
            given.
        created_at (int | Unset): Creation time, Unix time, seconds.
        currency (str | Unset): Full name of the currency.
        ticker (str | Unset): Ticker of the currency.
        method (int | Unset): Direction: 1 for a deposit, 2 for a withdrawal.
        amount (Decimal | Unset): Transaction amount.
        description (str | Unset): Free-text description of the transaction.
        memo (str | Unset): Memo or destination tag; empty when not used.
        fee (Decimal | Unset): Fee charged for the transaction.
        status (int | Unset): Numeric status; the codes are listed in the history endpoint description.
        network (None | str | Unset): Network used, for multi-network currencies; null otherwise.
        transaction_hash (str | Unset): Blockchain transaction hash; several records may share one hash, so use
            transaction_id to tell them apart.
        transaction_id (str | Unset): Transaction UUID, unique across the system and never reused.
        details (None | TransactionHistoryDetailsType0 | Unset): Extra data about the transaction, such as the amounts
            of a partially executed withdrawal; may be null.
        confirmations (None | TransactionHistoryConfirmationsType0 | Unset): Blockchain confirmation progress of a
            crypto transaction; may be null.
    """

    address: str | Unset = UNSET
    unique_id: None | str | Unset = UNSET
    created_at: int | Unset = UNSET
    currency: str | Unset = UNSET
    ticker: str | Unset = UNSET
    method: int | Unset = UNSET
    amount: Decimal | Unset = UNSET
    description: str | Unset = UNSET
    memo: str | Unset = UNSET
    fee: Decimal | Unset = UNSET
    status: int | Unset = UNSET
    network: None | str | Unset = UNSET
    transaction_hash: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    details: None | TransactionHistoryDetailsType0 | Unset = UNSET
    confirmations: None | TransactionHistoryConfirmationsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.transaction_history_confirmations_type_0 import (
            TransactionHistoryConfirmationsType0,  # noqa: PLC0415
        )
        from ..models.transaction_history_details_type_0 import TransactionHistoryDetailsType0  # noqa: PLC0415

        address = self.address

        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        created_at = self.created_at

        currency = self.currency

        ticker = self.ticker

        method = self.method

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = format_decimal(self.amount)

        description = self.description

        memo = self.memo

        fee: str | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = format_decimal(self.fee)

        status = self.status

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        transaction_hash = self.transaction_hash

        transaction_id = self.transaction_id

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, TransactionHistoryDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        confirmations: dict[str, Any] | None | Unset
        if isinstance(self.confirmations, Unset):
            confirmations = UNSET
        elif isinstance(self.confirmations, TransactionHistoryConfirmationsType0):
            confirmations = self.confirmations.to_dict()
        else:
            confirmations = self.confirmations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if method is not UNSET:
            field_dict["method"] = method
        if amount is not UNSET:
            field_dict["amount"] = amount
        if description is not UNSET:
            field_dict["description"] = description
        if memo is not UNSET:
            field_dict["memo"] = memo
        if fee is not UNSET:
            field_dict["fee"] = fee
        if status is not UNSET:
            field_dict["status"] = status
        if network is not UNSET:
            field_dict["network"] = network
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if details is not UNSET:
            field_dict["details"] = details
        if confirmations is not UNSET:
            field_dict["confirmations"] = confirmations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_history_confirmations_type_0 import (
            TransactionHistoryConfirmationsType0,  # noqa: PLC0415
        )
        from ..models.transaction_history_details_type_0 import TransactionHistoryDetailsType0  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address", UNSET)

        def _parse_unique_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_id = _parse_unique_id(d.pop("unique_id", UNSET))

        created_at = d.pop("createdAt", UNSET)

        currency = d.pop("currency", UNSET)

        ticker = d.pop("ticker", UNSET)

        method = d.pop("method", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = parse_decimal(_amount)

        description = d.pop("description", UNSET)

        memo = d.pop("memo", UNSET)

        _fee = d.pop("fee", UNSET)
        fee: Decimal | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = parse_decimal(_fee)

        status = d.pop("status", UNSET)

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        transaction_hash = d.pop("transactionHash", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        def _parse_details(data: object) -> None | TransactionHistoryDetailsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = TransactionHistoryDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransactionHistoryDetailsType0 | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_confirmations(
            data: object,
        ) -> None | TransactionHistoryConfirmationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                confirmations_type_0 = TransactionHistoryConfirmationsType0.from_dict(data)

                return confirmations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransactionHistoryConfirmationsType0 | Unset, data)

        confirmations = _parse_confirmations(d.pop("confirmations", UNSET))

        transaction_history = cls(
            address=address,
            unique_id=unique_id,
            created_at=created_at,
            currency=currency,
            ticker=ticker,
            method=method,
            amount=amount,
            description=description,
            memo=memo,
            fee=fee,
            status=status,
            network=network,
            transaction_hash=transaction_hash,
            transaction_id=transaction_id,
            details=details,
            confirmations=confirmations,
        )

        transaction_history.additional_properties = d
        return transaction_history

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
