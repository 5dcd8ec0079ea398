from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

T = TypeVar("T", bound="CreateWithdrawRequestBeneficiaryCard")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


def _card_repr(value: object) -> str:
    """repr of a card number (`x-secret: card`): its last four digits only."""
    digits = "".join(c for c in str(value) if c.isdigit())
    if value is None or len(digits) < 12:
        return _secret_repr(value)
    return repr("*" * (len(digits) - 4) + digits[-4:])


@_attrs_define
class CreateWithdrawRequestBeneficiaryCard:
    """Raw card details, only for a card that has no token yet; prefer cardToken when one exists.

    Attributes:
        save (bool | None): Set true to keep the card for later withdrawals.
        name (str | None): Cardholder name as printed on the card.
        first_name (str | None): Cardholder's first name.
        last_name (str | None): Cardholder's last name.
        number (str | None): Full card number; handle it as sensitive PCI data.
        month (str | None): Expiry month as two digits, 01 to 12.
        year (str | None): Expiry year as four digits.
    """

    save: bool | None = None
    name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    number: str | None = _attrs_field(default=None, repr=_card_repr)
    month: str | None = None
    year: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "save", self.save, "save", self._arrived)
        _r.write(out, "name", self.name, "name", self._arrived)
        _r.write(out, "first_name", self.first_name, "firstName", self._arrived)
        _r.write(out, "last_name", self.last_name, "lastName", self._arrived)
        _r.write(out, "number", self.number, "number", self._arrived)
        _r.write(out, "month", self.month, "month", self._arrived)
        _r.write(out, "year", self.year, "year", self._arrived)
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
            save=_r.read(d, ("save",), _r.boolean, "save", arrived, unfit),
            name=_r.read(d, ("name",), _r.text, "name", arrived, unfit),
            first_name=_r.read(d, ("firstName",), _r.text, "first_name", arrived, unfit),
            last_name=_r.read(d, ("lastName",), _r.text, "last_name", arrived, unfit),
            number=_r.read(d, ("number",), _r.text, "number", arrived, unfit),
            month=_r.read(d, ("month",), _r.text, "month", arrived, unfit),
            year=_r.read(d, ("year",), _r.text, "year", arrived, unfit),
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
