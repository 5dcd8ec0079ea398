from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixed_plan import FixedPlan


T = TypeVar("T", bound="Investment")


@_attrs_define
class Investment:
    """A Fixed investment held by the account.

    Attributes:
        id (str | Unset): Identifier of the investment.
        plan (FixedPlan | Unset): A Fixed crypto lending plan.
        status (int | Unset): Investment state: 1 active, 2 closed.
        created (int | Unset): When the investment was opened; Unix time, seconds.
        updated (int | Unset): When the investment last changed; Unix time, seconds.
        payment_time (int | Unset): When interest is paid out; Unix time, seconds.
        amount (Decimal | Unset): Amount invested, in the source currency.
        interest_paid (Decimal | Unset): Interest paid out on the investment so far.
    """

    id: str | Unset = UNSET
    plan: FixedPlan | Unset = UNSET
    status: int | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    payment_time: int | Unset = UNSET
    amount: Decimal | Unset = UNSET
    interest_paid: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        status = self.status

        created = self.created

        updated = self.updated

        payment_time = self.payment_time

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = format_decimal(self.amount)

        interest_paid: str | Unset = UNSET
        if not isinstance(self.interest_paid, Unset):
            interest_paid = format_decimal(self.interest_paid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if plan is not UNSET:
            field_dict["plan"] = plan
        if status is not UNSET:
            field_dict["status"] = status
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if payment_time is not UNSET:
            field_dict["paymentTime"] = payment_time
        if amount is not UNSET:
            field_dict["amount"] = amount
        if interest_paid is not UNSET:
            field_dict["interestPaid"] = interest_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fixed_plan import FixedPlan  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _plan = d.pop("plan", UNSET)
        plan: FixedPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = FixedPlan.from_dict(_plan)

        status = d.pop("status", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        payment_time = d.pop("paymentTime", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = parse_decimal(_amount)

        _interest_paid = d.pop("interestPaid", UNSET)
        interest_paid: Decimal | Unset
        if isinstance(_interest_paid, Unset):
            interest_paid = UNSET
        else:
            interest_paid = parse_decimal(_interest_paid)

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
