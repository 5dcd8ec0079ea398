from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

T = TypeVar("T", bound="GetFiatDepositUrlRequestCustomerAddress")


@_attrs_define
class GetFiatDepositUrlRequestCustomerAddress:
    """Payer's billing address.

    Attributes:
        line1 (str | None): First address line; required for USD or EUR through VISAMASTER.
        line2 (str | None): Second address line; optional.
        city (str | None): City; required for USD or EUR through VISAMASTER.
        zip_code (str | None): Postal code; required for USD or EUR through VISAMASTER.
        country_code (str | None): Two-letter country code; required for USD or EUR through VISAMASTER.
    """

    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    zip_code: str | None = None
    country_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "line1", self.line1, "line1", self._arrived)
        _r.write(out, "line2", self.line2, "line2", self._arrived)
        _r.write(out, "city", self.city, "city", self._arrived)
        _r.write(out, "zip_code", self.zip_code, "zipCode", self._arrived)
        _r.write(out, "country_code", self.country_code, "countryCode", self._arrived)
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
            line1=_r.read(d, ("line1",), _r.text, "line1", arrived, unfit),
            line2=_r.read(d, ("line2",), _r.text, "line2", arrived, unfit),
            city=_r.read(d, ("city",), _r.text, "city", arrived, unfit),
            zip_code=_r.read(d, ("zipCode",), _r.text, "zip_code", arrived, unfit),
            country_code=_r.read(d, ("countryCode",), _r.text, "country_code", arrived, unfit),
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
