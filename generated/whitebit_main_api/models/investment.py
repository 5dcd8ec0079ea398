from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

if TYPE_CHECKING:
    from ..models.fixed_plan import FixedPlan


T = TypeVar("T", bound="Investment")


@_attrs_define
class Investment:
    """A Fixed investment held by the account.

    Attributes:
        id (str): Identifier of the investment.
        plan (FixedPlan): A Fixed crypto lending plan.
        status (int): Investment state: 1 active, 2 closed.
        created (int): When the investment was opened; Unix time, seconds.
        updated (int): When the investment last changed; Unix time, seconds.
        payment_time (int): When interest is paid out; Unix time, seconds.
        amount (Decimal): Amount invested, in the source currency.
        interest_paid (Decimal): Interest paid out on the investment so far.
    """

    id: str
    plan: FixedPlan
    status: int
    created: int
    updated: int
    payment_time: int
    amount: Decimal
    interest_paid: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        plan = self.plan.to_dict()

        status = self.status

        created = self.created

        updated = self.updated

        payment_time = self.payment_time

        amount = format_decimal(self.amount)

        interest_paid = format_decimal(self.interest_paid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "plan": plan,
                "status": status,
                "created": created,
                "updated": updated,
                "paymentTime": payment_time,
                "amount": amount,
                "interestPaid": interest_paid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fixed_plan import FixedPlan  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        plan = FixedPlan.from_dict(d.pop("plan"))

        status = d.pop("status")

        created = d.pop("created")

        updated = d.pop("updated")

        payment_time = d.pop("paymentTime")

        amount = parse_decimal(d.pop("amount"))

        interest_paid = parse_decimal(d.pop("interestPaid"))

        investment = cls(
            id=id,
            plan=plan,
            status=status,
            created=created,
            updated=updated,
            payment_time=payment_time,
            amount=amount,
            interest_paid=interest_paid,
        )

        investment.additional_properties = d
        return investment

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
