from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import TransactionMethod

T = TypeVar("T", bound="GetDepositWithdrawHistoryRequest")


@_attrs_define
class GetDepositWithdrawHistoryRequest:
    """Filters and paging for the deposit/withdraw history.

    Attributes:
        transaction_method (TransactionMethod | int | None): 1 for deposits only, 2 for withdrawals only; omit to get
            both.
        ticker (str | None): Return only transactions in this currency.
        address (str | None): Return only transactions with this address.
        memo (str | None): Return only transactions with this memo or destination tag.
        addresses (list[str] | None): Return only transactions with any of these addresses (at most 20).
        unique_id (str | None): Return only the transaction with this client-side unique id.
        limit (int | None): Page size, 1 to 500 (50 when omitted); pages above 100 produce large responses.
        offset (int | None): Number of records to skip, 0 to 10000; offset plus limit may not exceed 10000.
        status (list[int] | None): Return only these status codes; they must be valid for the chosen transactionMethod.
    """

    transaction_method: TransactionMethod | int | None = None
    ticker: str | None = None
    address: str | None = None
    memo: str | None = None
    addresses: list[str] | None = None
    unique_id: str | None = None
    limit: int | None = None
    offset: int | None = None
    status: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(
            out,
            "transaction_method",
            self.transaction_method,
            "transactionMethod",
            self._arrived,
            _r.json_out,
        )
        _r.write(out, "ticker", self.ticker, "ticker", self._arrived)
        _r.write(out, "address", self.address, "address", self._arrived)
        _r.write(out, "memo", self.memo, "memo", self._arrived)
        _r.write(out, "addresses", self.addresses, "addresses", self._arrived, _r.json_out)
        _r.write(out, "unique_id", self.unique_id, "unique_id", self._arrived)
        _r.write(out, "limit", self.limit, "limit", self._arrived)
        _r.write(out, "offset", self.offset, "offset", self._arrived)
        _r.write(out, "status", self.status, "status", self._arrived, _r.json_out)
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
            transaction_method=_r.read(
                d,
                ("transactionMethod",),
                _r.named(TransactionMethod, _r.integer),
                "transaction_method",
                arrived,
                unfit,
            ),
            ticker=_r.read(d, ("ticker",), _r.text, "ticker", arrived, unfit),
            address=_r.read(d, ("address",), _r.text, "address", arrived, unfit),
            memo=_r.read(d, ("memo",), _r.text, "memo", arrived, unfit),
            addresses=_r.read(d, ("addresses",), _r.each(_r.text), "addresses", arrived, unfit),
            unique_id=_r.read(d, ("unique_id", "uniqueId"), _r.text, "unique_id", arrived, unfit),
            limit=_r.read(d, ("limit",), _r.integer, "limit", arrived, unfit),
            offset=_r.read(d, ("offset",), _r.integer, "offset", arrived, unfit),
            status=_r.read(d, ("status",), _r.each(_r.integer), "status", arrived, unfit),
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
