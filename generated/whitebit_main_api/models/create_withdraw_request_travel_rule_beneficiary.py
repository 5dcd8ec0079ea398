from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import PartyType

if TYPE_CHECKING:
    from ..models.create_withdraw_request_travel_rule_beneficiary_address import (
        CreateWithdrawRequestTravelRuleBeneficiaryAddress,
    )


T = TypeVar("T", bound="CreateWithdrawRequestTravelRuleBeneficiary")


@_attrs_define
class CreateWithdrawRequestTravelRuleBeneficiary:
    """Person or entity receiving the crypto.

    Attributes:
        type_ (PartyType | str | None): individual for a natural person, entity for a legal entity.
        first_name (str | None): Recipient's first name; required when type is individual.
        last_name (str | None): Recipient's last name; required when type is individual.
        full_name (str | None): Registered name of the entity; required when type is entity.
        residence_country (str | None): Recipient's country of residence as a three-letter ISO 3166-1 alpha-3 code.
        address (CreateWithdrawRequestTravelRuleBeneficiaryAddress | None): Recipient's physical address.
    """

    type_: PartyType | str | None = None
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    residence_country: str | None = None
    address: CreateWithdrawRequestTravelRuleBeneficiaryAddress | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "type_", self.type_, "type", self._arrived, _r.json_out)
        _r.write(out, "first_name", self.first_name, "firstName", self._arrived)
        _r.write(out, "last_name", self.last_name, "lastName", self._arrived)
        _r.write(out, "full_name", self.full_name, "fullName", self._arrived)
        _r.write(
            out, "residence_country", self.residence_country, "residenceCountry", self._arrived
        )
        _r.write(out, "address", self.address, "address", self._arrived, _r.json_out)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.create_withdraw_request_travel_rule_beneficiary_address import (
            CreateWithdrawRequestTravelRuleBeneficiaryAddress,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            type_=_r.read(d, ("type",), _r.named(PartyType, _r.text), "type_", arrived, unfit),
            first_name=_r.read(d, ("firstName",), _r.text, "first_name", arrived, unfit),
            last_name=_r.read(d, ("lastName",), _r.text, "last_name", arrived, unfit),
            full_name=_r.read(d, ("fullName",), _r.text, "full_name", arrived, unfit),
            residence_country=_r.read(
                d, ("residenceCountry",), _r.text, "residence_country", arrived, unfit
            ),
            address=_r.read(
                d,
                ("address",),
                _r.model(CreateWithdrawRequestTravelRuleBeneficiaryAddress),
                "address",
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
