from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import FixedPlanStatus

T = TypeVar("T", bound="FixedPlan")


@_attrs_define
class FixedPlan:
    """A Fixed crypto lending plan.

    Attributes:
        id (str): Identifier of the plan.
        ticker (str): Ticker of the source currency that is invested.
        status (FixedPlanStatus | int): Plan state: 1 active, 2 no capacity left, 3 inactive, 4 paused.
        percent (Decimal): Interest rate of the plan, in percent.
        duration (int): Length of the investment term, in minutes.
        interest_ticker (str): Ticker of the currency in which interest is paid.
        interest_ratio (Decimal): Rate of the interest currency against the source currency; source-currency interest
            divided by it gives the payout, and it is 1 when both currencies match.
        min_investment (Decimal): Smallest amount accepted for one investment.
        max_investment (Decimal): Largest amount accepted for one investment.
        max_possible_investment (Decimal): Largest amount the plan can accept right now, given its remaining capacity.
    """

    id: str
    ticker: str
    status: FixedPlanStatus | int
    percent: Decimal
    duration: int
    interest_ticker: str
    interest_ratio: Decimal
    min_investment: Decimal
    max_investment: Decimal
    max_possible_investment: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "id", self.id, "id", self._arrived)
        _r.write(out, "ticker", self.ticker, "ticker", self._arrived)
        _r.write(out, "status", self.status, "status", self._arrived, _r.json_out)
        _r.write(out, "percent", self.percent, "percent", self._arrived, _r.json_out)
        _r.write(out, "duration", self.duration, "duration", self._arrived)
        _r.write(out, "interest_ticker", self.interest_ticker, "interestTicker", self._arrived)
        _r.write(
            out, "interest_ratio", self.interest_ratio, "interestRatio", self._arrived, _r.json_out
        )
        _r.write(
            out, "min_investment", self.min_investment, "minInvestment", self._arrived, _r.json_out
        )
        _r.write(
            out, "max_investment", self.max_investment, "maxInvestment", self._arrived, _r.json_out
        )
        _r.write(
            out,
            "max_possible_investment",
            self.max_possible_investment,
            "maxPossibleInvestment",
            self._arrived,
            _r.json_out,
        )
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
            ticker=_r.read(d, ("ticker",), _r.text, "ticker", arrived, unfit),
            status=_r.read(
                d, ("status",), _r.named(FixedPlanStatus, _r.integer), "status", arrived, unfit
            ),
            percent=_r.read(d, ("percent",), _r.decimal, "percent", arrived, unfit),
            duration=_r.read(d, ("duration",), _r.integer, "duration", arrived, unfit),
            interest_ticker=_r.read(
                d, ("interestTicker",), _r.text, "interest_ticker", arrived, unfit
            ),
            interest_ratio=_r.read(
                d, ("interestRatio",), _r.decimal, "interest_ratio", arrived, unfit
            ),
            min_investment=_r.read(
                d, ("minInvestment",), _r.decimal, "min_investment", arrived, unfit
            ),
            max_investment=_r.read(
                d, ("maxInvestment",), _r.decimal, "max_investment", arrived, unfit
            ),
            max_possible_investment=_r.read(
                d, ("maxPossibleInvestment",), _r.decimal, "max_possible_investment", arrived, unfit
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
