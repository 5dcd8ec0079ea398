from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

if TYPE_CHECKING:
    from ..models.create_new_address_result_required_flex_fee import (
        CreateNewAddressResultRequiredFlexFee,
    )


T = TypeVar("T", bound="CreateNewAddressResultRequired")


@_attrs_define
class CreateNewAddressResultRequired:
    """Fees and amount limits for deposits to this address.

    Attributes:
        max_amount (Decimal): Largest deposit accepted; larger deposits are rejected.
        min_amount (Decimal): Smallest deposit accepted; smaller deposits are rejected.
        fixed_fee (Decimal): Flat fee charged per deposit.
        flex_fee (CreateNewAddressResultRequiredFlexFee): Percentage-based deposit fee and its bounds.
    """

    max_amount: Decimal
    min_amount: Decimal
    fixed_fee: Decimal
    flex_fee: CreateNewAddressResultRequiredFlexFee
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "max_amount", self.max_amount, "maxAmount", self._arrived, _r.json_out)
        _r.write(out, "min_amount", self.min_amount, "minAmount", self._arrived, _r.json_out)
        _r.write(out, "fixed_fee", self.fixed_fee, "fixedFee", self._arrived, _r.json_out)
        _r.write(out, "flex_fee", self.flex_fee, "flexFee", self._arrived, _r.json_out)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.create_new_address_result_required_flex_fee import (
            CreateNewAddressResultRequiredFlexFee,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            max_amount=_r.read(
                d, ("maxAmount", "max_amount"), _r.decimal, "max_amount", arrived, unfit
            ),
            min_amount=_r.read(
                d, ("minAmount", "min_amount"), _r.decimal, "min_amount", arrived, unfit
            ),
            fixed_fee=_r.read(d, ("fixedFee",), _r.decimal, "fixed_fee", arrived, unfit),
            flex_fee=_r.read(
                d,
                ("flexFee",),
                _r.model(CreateNewAddressResultRequiredFlexFee),
                "flex_fee",
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
