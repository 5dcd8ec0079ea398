from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

if TYPE_CHECKING:
    from ..models.create_withdraw_request_beneficiary import CreateWithdrawRequestBeneficiary
    from ..models.create_withdraw_request_travel_rule import CreateWithdrawRequestTravelRule


T = TypeVar("T", bound="CreateWithdrawRequest")


@_attrs_define
class CreateWithdrawRequest:
    """Withdrawal parameters, where the amount includes the fee.

    Attributes:
        ticker (str): Ticker of the currency to withdraw; check its status with the asset status endpoint.
        amount (Decimal): Amount debited from the main balance, fee included; the recipient gets this minus the fee.
        address (str): Destination: wallet address for crypto, or account identifier or card token for fiat.
        unique_id (str): Client-chosen id, a free-form string of at most 255 characters (no UUID format check); use a
            fresh one for every withdrawal.
        memo (str | None): Memo or destination tag; required for currencies that use one.
        provider (str | None): Fiat provider as listed for the currency by the asset status endpoint; required for fiat
            currencies.
        network (str | None): Network for multi-network currencies, as listed by the asset status endpoint; USDT
            defaults to ERC20.
        partial_enable (bool | None): Set true to allow a fiat withdrawal above the usual maximum that may be only
            partly executed; the client must handle the partially successful status.
        customer_ip (str | None): End customer's IP address, passed to the fiat provider for fraud screening; required
            for USD or EUR through VISAMASTER.
        bank_bic (str | None): BIC (SWIFT) code of the recipient's bank; required for providers SEPA,
            SEPA_CLEAR_JUNCTION, SEPA_BCB_GROUP, FINCI, ZEN and BANKING_CIRCLE.
        beneficiary (CreateWithdrawRequestBeneficiary | None): Recipient details for fiat withdrawals; required for
            tickers USD, EUR, USD_VISAMASTER and EUR_VISAMASTER, with per-field rules depending on currency and provider.
        travel_rule (CreateWithdrawRequestTravelRule | None): Travel Rule data about the recipient; required for crypto
            withdrawals from EEA accounts. The older flat form (type, vasp, name, address) is still accepted but does not
            pass verification.
        payment_description (str | None): Purpose of the withdrawal; required for crypto withdrawals made through
            whitebit-tr.com.
    """

    ticker: str
    amount: Decimal
    address: str
    unique_id: str
    memo: str | None = None
    provider: str | None = None
    network: str | None = None
    partial_enable: bool | None = None
    customer_ip: str | None = None
    bank_bic: str | None = None
    beneficiary: CreateWithdrawRequestBeneficiary | None = None
    travel_rule: CreateWithdrawRequestTravelRule | None = None
    payment_description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "ticker", self.ticker, "ticker", self._arrived)
        _r.write(out, "amount", self.amount, "amount", self._arrived, _r.json_out)
        _r.write(out, "address", self.address, "address", self._arrived)
        _r.write(out, "unique_id", self.unique_id, "uniqueId", self._arrived)
        _r.write(out, "memo", self.memo, "memo", self._arrived)
        _r.write(out, "provider", self.provider, "provider", self._arrived)
        _r.write(out, "network", self.network, "network", self._arrived)
        _r.write(out, "partial_enable", self.partial_enable, "partialEnable", self._arrived)
        _r.write(out, "customer_ip", self.customer_ip, "customerIp", self._arrived)
        _r.write(out, "bank_bic", self.bank_bic, "bankBic", self._arrived)
        _r.write(out, "beneficiary", self.beneficiary, "beneficiary", self._arrived, _r.json_out)
        _r.write(out, "travel_rule", self.travel_rule, "travelRule", self._arrived, _r.json_out)
        _r.write(
            out,
            "payment_description",
            self.payment_description,
            "paymentDescription",
            self._arrived,
        )
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.create_withdraw_request_beneficiary import CreateWithdrawRequestBeneficiary  # noqa: PLC0415
        from ..models.create_withdraw_request_travel_rule import CreateWithdrawRequestTravelRule  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            ticker=_r.read(d, ("ticker",), _r.text, "ticker", arrived, unfit),
            amount=_r.read(d, ("amount",), _r.decimal, "amount", arrived, unfit),
            address=_r.read(d, ("address",), _r.text, "address", arrived, unfit),
            unique_id=_r.read(d, ("uniqueId",), _r.text, "unique_id", arrived, unfit),
            memo=_r.read(d, ("memo",), _r.text, "memo", arrived, unfit),
            provider=_r.read(d, ("provider",), _r.text, "provider", arrived, unfit),
            network=_r.read(d, ("network",), _r.text, "network", arrived, unfit),
            partial_enable=_r.read(
                d, ("partialEnable",), _r.boolean, "partial_enable", arrived, unfit
            ),
            customer_ip=_r.read(d, ("customerIp",), _r.text, "customer_ip", arrived, unfit),
            bank_bic=_r.read(d, ("bankBic",), _r.text, "bank_bic", arrived, unfit),
            beneficiary=_r.read(
                d,
                ("beneficiary",),
                _r.model(CreateWithdrawRequestBeneficiary),
                "beneficiary",
                arrived,
                unfit,
            ),
            travel_rule=_r.read(
                d,
                ("travelRule",),
                _r.model(CreateWithdrawRequestTravelRule),
                "travel_rule",
                arrived,
                unfit,
            ),
            payment_description=_r.read(
                d, ("paymentDescription",), _r.text, "payment_description", arrived, unfit
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
