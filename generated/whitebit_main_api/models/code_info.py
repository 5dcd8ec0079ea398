from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

T = TypeVar("T", bound="CodeInfo")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class CodeInfo:
    """A WhiteBIT code created by the account.

    Attributes:
        amount (Decimal): Amount of currency held in the code.
        code (str): Code string that a recipient redeems.
        date (int): When the code was created; Unix time, seconds.
        status (str): Current state of the code.
        ticker (str): Ticker of the code's currency.
        external_id (str): External identifier of the code.
    """

    amount: Decimal
    code: str = _attrs_field(repr=_secret_repr)
    date: int
    status: str
    ticker: str
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "amount", self.amount, "amount", self._arrived, _r.json_out)
        _r.write(out, "code", self.code, "code", self._arrived)
        _r.write(out, "date", self.date, "date", self._arrived)
        _r.write(out, "status", self.status, "status", self._arrived)
        _r.write(out, "ticker", self.ticker, "ticker", self._arrived)
        _r.write(out, "external_id", self.external_id, "external_id", self._arrived)
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
            amount=_r.read(d, ("amount",), _r.decimal, "amount", arrived, unfit),
            code=_r.read(d, ("code",), _r.text, "code", arrived, unfit),
            date=_r.read(d, ("date",), _r.integer, "date", arrived, unfit),
            status=_r.read(d, ("status",), _r.text, "status", arrived, unfit),
            ticker=_r.read(d, ("ticker",), _r.text, "ticker", arrived, unfit),
            external_id=_r.read(d, ("external_id",), _r.text, "external_id", arrived, unfit),
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
