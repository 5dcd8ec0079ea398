from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="GetSubAccountBalancesResultAdditionalPropertyItem")


@_attrs_define
class GetSubAccountBalancesResultAdditionalPropertyItem:
    """
    Attributes:
        main (Decimal): Amount held on the sub-account's main balance.
        spot (Decimal): Amount held on the sub-account's spot trading balance.
        collateral (Decimal): Amount held on the sub-account's collateral balance.
    """

    main: Decimal
    spot: Decimal
    collateral: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main = format_decimal(self.main)

        spot = format_decimal(self.spot)

        collateral = format_decimal(self.collateral)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "main": main,
                "spot": spot,
                "collateral": collateral,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        main = parse_decimal(d.pop("main"))

        spot = parse_decimal(d.pop("spot"))

        collateral = parse_decimal(d.pop("collateral"))

        get_sub_account_balances_result_additional_property_item = cls(
            main=main,
            spot=spot,
            collateral=collateral,
        )

        get_sub_account_balances_result_additional_property_item.additional_properties = d
        return get_sub_account_balances_result_additional_property_item

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
