from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import HistoryStatus, TransactionMethod

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
        created_at (int): Creation time, Unix time, seconds.
        currency (str): Full name of the currency.
        ticker (str): Ticker of the currency.
        method (TransactionMethod | int): Direction: 1 for a deposit, 2 for a withdrawal.
        amount (Decimal): Transaction amount.
        memo (str): Memo or destination tag; empty when not used.
        fee (Decimal): Fee charged for the transaction.
        status (HistoryStatus | int): Numeric status; the codes are listed in the history endpoint description.
        details (TransactionHistoryDetailsType0 | None): Extra data about the transaction, such as the amounts of a
            partially executed withdrawal; may be null.
        address (str | None): Address the funds were deposited to or withdrawn to.
        unique_id (str | None): Client-side unique id of the transaction, unique per user; null when none was given.
            Some answers spell it uniqueId, so it is not guaranteed under this name.
        description (str | None): Free-text description of the transaction.
        network (str | None): Network used, for multi-network currencies; null otherwise.
        transaction_hash (str | None): Blockchain transaction hash; several records may share one hash, so use
            transaction_id to tell them apart.
        transaction_id (str | None): Transaction UUID, unique across the system and never reused.
        confirmations (TransactionHistoryConfirmationsType0 | None): Blockchain confirmation progress of a crypto
            transaction; may be null.
    """

    created_at: int
    currency: str
    ticker: str
    method: TransactionMethod | int
    amount: Decimal
    memo: str
    fee: Decimal
    status: HistoryStatus | int
    details: TransactionHistoryDetailsType0 | None = None
    address: str | None = None
    unique_id: str | None = None
    description: str | None = None
    network: str | None = None
    transaction_hash: str | None = None
    transaction_id: str | None = None
    confirmations: TransactionHistoryConfirmationsType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "created_at", self.created_at, "createdAt", self._arrived)
        _r.write(out, "currency", self.currency, "currency", self._arrived)
        _r.write(out, "ticker", self.ticker, "ticker", self._arrived)
        _r.write(out, "method", self.method, "method", self._arrived, _r.json_out)
        _r.write(out, "amount", self.amount, "amount", self._arrived, _r.json_out)
        _r.write(out, "memo", self.memo, "memo", self._arrived)
        _r.write(out, "fee", self.fee, "fee", self._arrived, _r.json_out)
        _r.write(out, "status", self.status, "status", self._arrived, _r.json_out)
        _r.write(out, "details", self.details, "details", self._arrived, _r.json_out)
        _r.write(out, "address", self.address, "address", self._arrived)
        _r.write(out, "unique_id", self.unique_id, "unique_id", self._arrived)
        _r.write(out, "description", self.description, "description", self._arrived)
        _r.write(out, "network", self.network, "network", self._arrived)
        _r.write(out, "transaction_hash", self.transaction_hash, "transactionHash", self._arrived)
        _r.write(out, "transaction_id", self.transaction_id, "transaction_id", self._arrived)
        _r.write(
            out, "confirmations", self.confirmations, "confirmations", self._arrived, _r.json_out
        )
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.transaction_history_confirmations_type_0 import (
            TransactionHistoryConfirmationsType0,  # noqa: PLC0415
        )
        from ..models.transaction_history_details_type_0 import TransactionHistoryDetailsType0  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            created_at=_r.read(d, ("createdAt",), _r.integer, "created_at", arrived, unfit),
            currency=_r.read(d, ("currency",), _r.text, "currency", arrived, unfit),
            ticker=_r.read(d, ("ticker",), _r.text, "ticker", arrived, unfit),
            method=_r.read(
                d, ("method",), _r.named(TransactionMethod, _r.integer), "method", arrived, unfit
            ),
            amount=_r.read(d, ("amount",), _r.decimal, "amount", arrived, unfit),
            memo=_r.read(d, ("memo",), _r.text, "memo", arrived, unfit),
            fee=_r.read(d, ("fee",), _r.decimal, "fee", arrived, unfit),
            status=_r.read(
                d, ("status",), _r.named(HistoryStatus, _r.integer), "status", arrived, unfit
            ),
            details=_r.read(
                d, ("details",), _r.model(TransactionHistoryDetailsType0), "details", arrived, unfit
            ),
            address=_r.read(d, ("address",), _r.text, "address", arrived, unfit),
            unique_id=_r.read(d, ("unique_id", "uniqueId"), _r.text, "unique_id", arrived, unfit),
            description=_r.read(d, ("description",), _r.text, "description", arrived, unfit),
            network=_r.read(d, ("network",), _r.text, "network", arrived, unfit),
            transaction_hash=_r.read(
                d, ("transactionHash",), _r.text, "transaction_hash", arrived, unfit
            ),
            transaction_id=_r.read(
                d, ("transaction_id", "transactionId"), _r.text, "transaction_id", arrived, unfit
            ),
            confirmations=_r.read(
                d,
                ("confirmations",),
                _r.model(TransactionHistoryConfirmationsType0),
                "confirmations",
                arrived,
                unfit,
            ),
        )
        obj.additional_properties = {**d, **unfit}
        obj._arrived = arrived
        return obj

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
