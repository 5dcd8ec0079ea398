from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import FlexStatus

T = TypeVar("T", bound="GetUserFlexInvestmentsRequest")


@_attrs_define
class GetUserFlexInvestmentsRequest:
    """Filters and paging for listing the account's Flex investments.

    Attributes:
        limit (int | None): Maximum number of investments to return.
        offset (int | None): Number of investments to skip.
        ticker (str | None): Only return investments in this currency.
        plan (str | None): Only return investments in this plan (UUID).
        investment (str | None): Only return the investment with this identifier.
        investment_status (FlexStatus | int | None): Only return investments in this state: 1 active, 0 closed.
    """

    limit: int | None = None
    offset: int | None = None
    ticker: str | None = None
    plan: str | None = None
    investment: str | None = None
    investment_status: FlexStatus | int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "limit", self.limit, "limit", self._arrived)
        _r.write(out, "offset", self.offset, "offset", self._arrived)
        _r.write(out, "ticker", self.ticker, "ticker", self._arrived)
        _r.write(out, "plan", self.plan, "plan", self._arrived)
        _r.write(out, "investment", self.investment, "investment", self._arrived)
        _r.write(
            out,
            "investment_status",
            self.investment_status,
            "investmentStatus",
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
            limit=_r.read(d, ("limit",), _r.integer, "limit", arrived, unfit),
            offset=_r.read(d, ("offset",), _r.integer, "offset", arrived, unfit),
            ticker=_r.read(d, ("ticker",), _r.text, "ticker", arrived, unfit),
            plan=_r.read(d, ("plan",), _r.text, "plan", arrived, unfit),
            investment=_r.read(d, ("investment",), _r.text, "investment", arrived, unfit),
            investment_status=_r.read(
                d,
                ("investmentStatus",),
                _r.named(FlexStatus, _r.integer),
                "investment_status",
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
