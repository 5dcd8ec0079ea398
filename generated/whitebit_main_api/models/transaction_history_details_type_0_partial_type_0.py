from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

T = TypeVar("T", bound="TransactionHistoryDetailsType0PartialType0")


@_attrs_define
class TransactionHistoryDetailsType0PartialType0:
    """Amounts of a withdrawal executed in part; null otherwise.

    Attributes:
        request_amount (Decimal | None): Amount the withdrawal asked for.
        processed_amount (Decimal | None): Amount sent so far.
        processed_fee (Decimal | None): Fee charged on the amount sent.
        normalize_transaction (str | None): Reference of the transaction that completes the rest; empty while there is
            none.
    """

    request_amount: Decimal | None = None
    processed_amount: Decimal | None = None
    processed_fee: Decimal | None = None
    normalize_transaction: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(
            out, "request_amount", self.request_amount, "requestAmount", self._arrived, _r.json_out
        )
        _r.write(
            out,
            "processed_amount",
            self.processed_amount,
            "processedAmount",
            self._arrived,
            _r.json_out,
        )
        _r.write(
            out, "processed_fee", self.processed_fee, "processedFee", self._arrived, _r.json_out
        )
        _r.write(
            out,
            "normalize_transaction",
            self.normalize_transaction,
            "normalizeTransaction",
            self._arrived,
        )
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            request_amount=_r.read(
                d, ("requestAmount",), _r.decimal, "request_amount", arrived, unfit
            ),
            processed_amount=_r.read(
                d, ("processedAmount",), _r.decimal, "processed_amount", arrived, unfit
            ),
            processed_fee=_r.read(
                d, ("processedFee",), _r.decimal, "processed_fee", arrived, unfit
            ),
            normalize_transaction=_r.read(
                d, ("normalizeTransaction",), _r.text, "normalize_transaction", arrived, unfit
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
