from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

T = TypeVar("T", bound="FlexInvestmentHistory")


@_attrs_define
class FlexInvestmentHistory:
    """One recorded operation on a Flex investment.

    Attributes:
        created_at (int): When the operation happened, Unix time, seconds.
        plan_id (str): Identifier of the plan the operation relates to.
        investment_id (str): Identifier of the investment the operation relates to.
        currency (str): Currency of the amount.
        amount (Decimal): Sum moved or earned by the operation.
        transaction_id (str): Identifier of the transaction behind the operation.
        action_type (int): Operation kind: 1 invest, 2 reinvest, 3 withdrawal, 4 daily earning, 5 close, 6 open.
    """

    created_at: int
    plan_id: str
    investment_id: str
    currency: str
    amount: Decimal
    transaction_id: str
    action_type: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "created_at", self.created_at, "createdAt", self._arrived)
        _r.write(out, "plan_id", self.plan_id, "planId", self._arrived)
        _r.write(out, "investment_id", self.investment_id, "investmentId", self._arrived)
        _r.write(out, "currency", self.currency, "currency", self._arrived)
        _r.write(out, "amount", self.amount, "amount", self._arrived, _r.json_out)
        _r.write(out, "transaction_id", self.transaction_id, "transaction_id", self._arrived)
        _r.write(out, "action_type", self.action_type, "actionType", self._arrived)
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
            created_at=_r.read(d, ("createdAt",), _r.integer, "created_at", arrived, unfit),
            plan_id=_r.read(d, ("planId",), _r.text, "plan_id", arrived, unfit),
            investment_id=_r.read(d, ("investmentId",), _r.text, "investment_id", arrived, unfit),
            currency=_r.read(d, ("currency",), _r.text, "currency", arrived, unfit),
            amount=_r.read(d, ("amount",), _r.decimal, "amount", arrived, unfit),
            transaction_id=_r.read(
                d, ("transaction_id", "transactionId"), _r.text, "transaction_id", arrived, unfit
            ),
            action_type=_r.read(d, ("actionType",), _r.integer, "action_type", arrived, unfit),
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
