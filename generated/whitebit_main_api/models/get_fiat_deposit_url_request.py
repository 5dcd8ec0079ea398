from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

if TYPE_CHECKING:
    from ..models.get_fiat_deposit_url_request_customer import GetFiatDepositUrlRequestCustomer


T = TypeVar("T", bound="GetFiatDepositUrlRequest")


@_attrs_define
class GetFiatDepositUrlRequest:
    """Request body for creating a fiat deposit invoice.

    Attributes:
        ticker (str): Fiat currency ticker; deposits must be enabled for it.
        provider (str): Fiat payment provider, as listed for the currency by the asset status endpoint.
        amount (Decimal): Amount to deposit.
        unique_id (str): Client-chosen id of the deposit, a free-form string of at most 255 characters (no UUID format
            check).
        customer (GetFiatDepositUrlRequestCustomer | None): Payer details; required for USD or EUR through VISAMASTER.
        success_link (str | None): HTTPS URL on an approved domain where the provider sends the payer after a successful
            payment; must be enabled by support.
        failure_link (str | None): HTTPS URL on an approved domain where the provider sends the payer after a failed or
            rejected payment; must be enabled by support.
        return_link (str | None): URL behind the back option on the payment result page; the option is not shown when
            omitted.
    """

    ticker: str
    provider: str
    amount: Decimal
    unique_id: str
    customer: GetFiatDepositUrlRequestCustomer | None = None
    success_link: str | None = None
    failure_link: str | None = None
    return_link: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "ticker", self.ticker, "ticker", self._arrived)
        _r.write(out, "provider", self.provider, "provider", self._arrived)
        _r.write(out, "amount", self.amount, "amount", self._arrived, _r.json_out)
        _r.write(out, "unique_id", self.unique_id, "uniqueId", self._arrived)
        _r.write(out, "customer", self.customer, "customer", self._arrived, _r.json_out)
        _r.write(out, "success_link", self.success_link, "successLink", self._arrived)
        _r.write(out, "failure_link", self.failure_link, "failureLink", self._arrived)
        _r.write(out, "return_link", self.return_link, "returnLink", self._arrived)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.get_fiat_deposit_url_request_customer import GetFiatDepositUrlRequestCustomer  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            ticker=_r.read(d, ("ticker",), _r.text, "ticker", arrived, unfit),
            provider=_r.read(d, ("provider",), _r.text, "provider", arrived, unfit),
            amount=_r.read(d, ("amount",), _r.decimal, "amount", arrived, unfit),
            unique_id=_r.read(d, ("uniqueId",), _r.text, "unique_id", arrived, unfit),
            customer=_r.read(
                d,
                ("customer",),
                _r.model(GetFiatDepositUrlRequestCustomer),
                "customer",
                arrived,
                unfit,
            ),
            success_link=_r.read(d, ("successLink",), _r.text, "success_link", arrived, unfit),
            failure_link=_r.read(d, ("failureLink",), _r.text, "failure_link", arrived, unfit),
            return_link=_r.read(d, ("returnLink",), _r.text, "return_link", arrived, unfit),
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
