from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import FlexStatus

T = TypeVar("T", bound="FlexInvestment")


@_attrs_define
class FlexInvestment:
    """One of the account's positions in a Flex plan.

    Attributes:
        id (str): Investment identifier.
        plan_id (str): Identifier of the plan the investment belongs to.
        currency (str): Currency of the investment.
        invested (Decimal): Sum currently held in the investment.
        with_auto_reinvest (bool): Whether earnings are reinvested automatically.
        status (FlexStatus | int): Investment state: 1 active, 0 closed.
        created_at (int): When the investment was opened, Unix time, seconds.
        updated_at (int): When the investment last changed, Unix time, seconds.
    """

    id: str
    plan_id: str
    currency: str
    invested: Decimal
    with_auto_reinvest: bool
    status: FlexStatus | int
    created_at: int
    updated_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "id", self.id, "id", self._arrived)
        _r.write(out, "plan_id", self.plan_id, "planId", self._arrived)
        _r.write(out, "currency", self.currency, "currency", self._arrived)
        _r.write(out, "invested", self.invested, "invested", self._arrived, _r.json_out)
        _r.write(
            out, "with_auto_reinvest", self.with_auto_reinvest, "withAutoReinvest", self._arrived
        )
        _r.write(out, "status", self.status, "status", self._arrived, _r.json_out)
        _r.write(out, "created_at", self.created_at, "createdAt", self._arrived)
        _r.write(out, "updated_at", self.updated_at, "updatedAt", self._arrived)
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
            id=_r.read(d, ("id",), _r.text, "id", arrived, unfit),
            plan_id=_r.read(d, ("planId",), _r.text, "plan_id", arrived, unfit),
            currency=_r.read(d, ("currency",), _r.text, "currency", arrived, unfit),
            invested=_r.read(d, ("invested",), _r.decimal, "invested", arrived, unfit),
            with_auto_reinvest=_r.read(
                d, ("withAutoReinvest",), _r.boolean, "with_auto_reinvest", arrived, unfit
            ),
            status=_r.read(
                d, ("status",), _r.named(FlexStatus, _r.integer), "status", arrived, unfit
            ),
            created_at=_r.read(d, ("createdAt",), _r.integer, "created_at", arrived, unfit),
            updated_at=_r.read(d, ("updatedAt",), _r.integer, "updated_at", arrived, unfit),
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
