from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import FixedStatus

if TYPE_CHECKING:
    from ..models.fixed_plan import FixedPlan


T = TypeVar("T", bound="Investment")


@_attrs_define
class Investment:
    """A Fixed investment held by the account.

    Attributes:
        id (str): Identifier of the investment.
        plan (FixedPlan): A Fixed crypto lending plan.
        status (FixedStatus | int): Investment state: 1 active, 2 closed.
        created (int): When the investment was opened; Unix time, seconds.
        updated (int): When the investment last changed; Unix time, seconds.
        payment_time (int): When interest is paid out; Unix time, seconds.
        amount (Decimal): Amount invested, in the source currency.
        interest_paid (Decimal): Interest paid out on the investment so far.
    """

    id: str
    plan: FixedPlan
    status: FixedStatus | int
    created: int
    updated: int
    payment_time: int
    amount: Decimal
    interest_paid: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "id", self.id, "id", self._arrived)
        _r.write(out, "plan", self.plan, "plan", self._arrived, _r.json_out)
        _r.write(out, "status", self.status, "status", self._arrived, _r.json_out)
        _r.write(out, "created", self.created, "created", self._arrived)
        _r.write(out, "updated", self.updated, "updated", self._arrived)
        _r.write(out, "payment_time", self.payment_time, "paymentTime", self._arrived)
        _r.write(out, "amount", self.amount, "amount", self._arrived, _r.json_out)
        _r.write(
            out, "interest_paid", self.interest_paid, "interestPaid", self._arrived, _r.json_out
        )
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.fixed_plan import FixedPlan  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            id=_r.read(d, ("id",), _r.text, "id", arrived, unfit),
            plan=_r.read(d, ("plan",), _r.model(FixedPlan), "plan", arrived, unfit),
            status=_r.read(
                d, ("status",), _r.named(FixedStatus, _r.integer), "status", arrived, unfit
            ),
            created=_r.read(d, ("created",), _r.integer, "created", arrived, unfit),
            updated=_r.read(d, ("updated",), _r.integer, "updated", arrived, unfit),
            payment_time=_r.read(d, ("paymentTime",), _r.integer, "payment_time", arrived, unfit),
            amount=_r.read(d, ("amount",), _r.decimal, "amount", arrived, unfit),
            interest_paid=_r.read(
                d, ("interestPaid",), _r.decimal, "interest_paid", arrived, unfit
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
