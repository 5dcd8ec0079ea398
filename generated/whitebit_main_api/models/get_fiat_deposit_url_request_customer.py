from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

if TYPE_CHECKING:
    from ..models.get_fiat_deposit_url_request_customer_address import (
        GetFiatDepositUrlRequestCustomerAddress,
    )


T = TypeVar("T", bound="GetFiatDepositUrlRequestCustomer")


@_attrs_define
class GetFiatDepositUrlRequestCustomer:
    """Payer details; required for USD or EUR through VISAMASTER.

    Attributes:
        first_name (str | None): Payer's billing first name; required for USD or EUR through VISAMASTER.
        last_name (str | None): Payer's billing last name; required for USD or EUR through VISAMASTER.
        email (str | None): Payer's billing email address; required for USD or EUR through VISAMASTER.
        birth_date (str | None): Payer's date of birth as YYYY-MM-DD (payer must be at least 18); required for USD or
            EUR through VISAMASTER.
        address (GetFiatDepositUrlRequestCustomerAddress | None): Payer's billing address.
    """

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    birth_date: str | None = None
    address: GetFiatDepositUrlRequestCustomerAddress | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "first_name", self.first_name, "firstName", self._arrived)
        _r.write(out, "last_name", self.last_name, "lastName", self._arrived)
        _r.write(out, "email", self.email, "email", self._arrived)
        _r.write(out, "birth_date", self.birth_date, "birthDate", self._arrived)
        _r.write(out, "address", self.address, "address", self._arrived, _r.json_out)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.get_fiat_deposit_url_request_customer_address import (
            GetFiatDepositUrlRequestCustomerAddress,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            first_name=_r.read(d, ("firstName",), _r.text, "first_name", arrived, unfit),
            last_name=_r.read(d, ("lastName",), _r.text, "last_name", arrived, unfit),
            email=_r.read(d, ("email",), _r.text, "email", arrived, unfit),
            birth_date=_r.read(d, ("birthDate",), _r.text, "birth_date", arrived, unfit),
            address=_r.read(
                d,
                ("address",),
                _r.model(GetFiatDepositUrlRequestCustomerAddress),
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
