from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

T = TypeVar("T", bound="CreateCodeRequest")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class CreateCodeRequest:
    """Parameters for creating a WhiteBIT code.

    Attributes:
        ticker (str): Ticker of the currency to put in the code.
        amount (Decimal): Amount to lock in the code; above zero, at most 18 decimal places, no more than 1e17 and no
            more than the main balance.
        passphrase (str | None): Optional secret the redeemer must supply; Latin letters, digits and symbols only, no
            spaces, up to 25 characters.
        description (str | None): Private note on the code, shown only to its creator, up to 280 characters.
    """

    ticker: str
    amount: Decimal
    passphrase: str | None = _attrs_field(default=None, repr=_secret_repr)
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "ticker", self.ticker, "ticker", self._arrived)
        _r.write(out, "amount", self.amount, "amount", self._arrived, _r.json_out)
        _r.write(out, "passphrase", self.passphrase, "passphrase", self._arrived)
        _r.write(out, "description", self.description, "description", self._arrived)
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
            ticker=_r.read(d, ("ticker",), _r.text, "ticker", arrived, unfit),
            amount=_r.read(d, ("amount",), _r.decimal, "amount", arrived, unfit),
            passphrase=_r.read(d, ("passphrase",), _r.text, "passphrase", arrived, unfit),
            description=_r.read(d, ("description",), _r.text, "description", arrived, unfit),
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
