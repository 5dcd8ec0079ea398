from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r

if TYPE_CHECKING:
    from ..models.create_withdraw_request_beneficiary_address import (
        CreateWithdrawRequestBeneficiaryAddress,
    )
    from ..models.create_withdraw_request_beneficiary_bank import (
        CreateWithdrawRequestBeneficiaryBank,
    )
    from ..models.create_withdraw_request_beneficiary_card import (
        CreateWithdrawRequestBeneficiaryCard,
    )


T = TypeVar("T", bound="CreateWithdrawRequestBeneficiary")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class CreateWithdrawRequestBeneficiary:
    """Recipient details for fiat withdrawals; required for tickers USD, EUR, USD_VISAMASTER and EUR_VISAMASTER, with per-
    field rules depending on currency and provider.

        Attributes:
            first_name (str | None): Recipient's first name, Latin letters, at most 40 characters; required for USD, EUR and
                USD_VISAMASTER.
            last_name (str | None): Recipient's last name, Latin letters, at most 40 characters; required for USD, EUR and
                USD_VISAMASTER.
            phone (str | None): Recipient's phone number; required for USD_VISAMASTER and EUR_VISAMASTER.
            email (str | None): Recipient's email address; required for USD_VISAMASTER and EUR_VISAMASTER.
            birth_date (str | None): Recipient's date of birth as YYYY-MM-DD; required for USD_VISAMASTER, EUR_VISAMASTER
                and payouts through Mercuryo.
            code (str | None): One-time code from an earlier verification step, for card flows that demand one.
            card_token (str | None): Card token to pay out to instead of a raw card number, for card rails (see
                issueCardToken).
            card_token_save (bool | None): Set true to ask the card provider to keep the token for later withdrawals to this
                recipient.
            fingerprint_session (str | None): Device-fingerprint session id collected on the partner's checkout page and
                forwarded to the card provider; needed by some VISAMASTER setups.
            card (CreateWithdrawRequestBeneficiaryCard | None): Raw card details, only for a card that has no token yet;
                prefer cardToken when one exists.
            address (CreateWithdrawRequestBeneficiaryAddress | None): Recipient's postal address; some VISAMASTER and SEPA
                setups require it.
            bank (CreateWithdrawRequestBeneficiaryBank | None): Recipient's bank, for bank-rail payouts that target an
                account number instead of an IBAN.
    """

    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    email: str | None = None
    birth_date: str | None = None
    code: str | None = _attrs_field(default=None, repr=_secret_repr)
    card_token: str | None = _attrs_field(default=None, repr=_secret_repr)
    card_token_save: bool | None = None
    fingerprint_session: str | None = None
    card: CreateWithdrawRequestBeneficiaryCard | None = None
    address: CreateWithdrawRequestBeneficiaryAddress | None = None
    bank: CreateWithdrawRequestBeneficiaryBank | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "first_name", self.first_name, "firstName", self._arrived)
        _r.write(out, "last_name", self.last_name, "lastName", self._arrived)
        _r.write(out, "phone", self.phone, "phone", self._arrived)
        _r.write(out, "email", self.email, "email", self._arrived)
        _r.write(out, "birth_date", self.birth_date, "birthDate", self._arrived)
        _r.write(out, "code", self.code, "code", self._arrived)
        _r.write(out, "card_token", self.card_token, "cardToken", self._arrived)
        _r.write(out, "card_token_save", self.card_token_save, "cardTokenSave", self._arrived)
        _r.write(
            out,
            "fingerprint_session",
            self.fingerprint_session,
            "fingerprintSession",
            self._arrived,
        )
        _r.write(out, "card", self.card, "card", self._arrived, _r.json_out)
        _r.write(out, "address", self.address, "address", self._arrived, _r.json_out)
        _r.write(out, "bank", self.bank, "bank", self._arrived, _r.json_out)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.create_withdraw_request_beneficiary_address import (
            CreateWithdrawRequestBeneficiaryAddress,  # noqa: PLC0415
        )
        from ..models.create_withdraw_request_beneficiary_bank import (
            CreateWithdrawRequestBeneficiaryBank,  # noqa: PLC0415
        )
        from ..models.create_withdraw_request_beneficiary_card import (
            CreateWithdrawRequestBeneficiaryCard,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            first_name=_r.read(d, ("firstName",), _r.text, "first_name", arrived, unfit),
            last_name=_r.read(d, ("lastName",), _r.text, "last_name", arrived, unfit),
            phone=_r.read(d, ("phone",), _r.text, "phone", arrived, unfit),
            email=_r.read(d, ("email",), _r.text, "email", arrived, unfit),
            birth_date=_r.read(d, ("birthDate",), _r.text, "birth_date", arrived, unfit),
            code=_r.read(d, ("code",), _r.text, "code", arrived, unfit),
            card_token=_r.read(d, ("cardToken",), _r.text, "card_token", arrived, unfit),
            card_token_save=_r.read(
                d, ("cardTokenSave",), _r.boolean, "card_token_save", arrived, unfit
            ),
            fingerprint_session=_r.read(
                d, ("fingerprintSession",), _r.text, "fingerprint_session", arrived, unfit
            ),
            card=_r.read(
                d, ("card",), _r.model(CreateWithdrawRequestBeneficiaryCard), "card", arrived, unfit
            ),
            address=_r.read(
                d,
                ("address",),
                _r.model(CreateWithdrawRequestBeneficiaryAddress),
                "address",
                arrived,
                unfit,
            ),
            bank=_r.read(
                d, ("bank",), _r.model(CreateWithdrawRequestBeneficiaryBank), "bank", arrived, unfit
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
