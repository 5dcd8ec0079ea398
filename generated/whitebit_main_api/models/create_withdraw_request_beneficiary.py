from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    if isinstance(value, Unset) or value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class CreateWithdrawRequestBeneficiary:
    """Recipient details for fiat withdrawals; required for tickers USD, EUR, USD_VISAMASTER and EUR_VISAMASTER, with per-
    field rules depending on currency and provider.

        Attributes:
            first_name (str | Unset): Recipient's first name, Latin letters, at most 40 characters; required for USD, EUR
                and USD_VISAMASTER.
            last_name (str | Unset): Recipient's last name, Latin letters, at most 40 characters; required for USD, EUR and
                USD_VISAMASTER.
            phone (str | Unset): Recipient's phone number; required for USD_VISAMASTER and EUR_VISAMASTER.
            email (str | Unset): Recipient's email address; required for USD_VISAMASTER and EUR_VISAMASTER.
            birth_date (str | Unset): Recipient's date of birth as YYYY-MM-DD; required for USD_VISAMASTER, EUR_VISAMASTER
                and payouts through Mercuryo.
            code (str | Unset): One-time code from an earlier verification step, for card flows that demand one.
            card_token (str | Unset): Card token to pay out to instead of a raw card number, for card rails (see
                issueCardToken).
            card_token_save (bool | Unset): Set true to ask the card provider to keep the token for later withdrawals to
                this recipient.
            fingerprint_session (str | Unset): Device-fingerprint session id collected on the partner's checkout page and
                forwarded to the card provider; needed by some VISAMASTER setups.
            card (CreateWithdrawRequestBeneficiaryCard | Unset): Raw card details, only for a card that has no token yet;
                prefer cardToken when one exists.
            address (CreateWithdrawRequestBeneficiaryAddress | Unset): Recipient's postal address; some VISAMASTER and SEPA
                setups require it.
            bank (CreateWithdrawRequestBeneficiaryBank | Unset): Recipient's bank, for bank-rail payouts that target an
                account number instead of an IBAN.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    code: str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    card_token: str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    card_token_save: bool | Unset = UNSET
    fingerprint_session: str | Unset = UNSET
    card: CreateWithdrawRequestBeneficiaryCard | Unset = UNSET
    address: CreateWithdrawRequestBeneficiaryAddress | Unset = UNSET
    bank: CreateWithdrawRequestBeneficiaryBank | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        email = self.email

        birth_date = self.birth_date

        code = self.code

        card_token = self.card_token

        card_token_save = self.card_token_save

        fingerprint_session = self.fingerprint_session

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        bank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank, Unset):
            bank = self.bank.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if code is not UNSET:
            field_dict["code"] = code
        if card_token is not UNSET:
            field_dict["cardToken"] = card_token
        if card_token_save is not UNSET:
            field_dict["cardTokenSave"] = card_token_save
        if fingerprint_session is not UNSET:
            field_dict["fingerprintSession"] = fingerprint_session
        if card is not UNSET:
            field_dict["card"] = card
        if address is not UNSET:
            field_dict["address"] = address
        if bank is not UNSET:
            field_dict["bank"] = bank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_withdraw_request_beneficiary_address import (
            CreateWithdrawRequestBeneficiaryAddress,  # noqa: PLC0415
        )
        from ..models.create_withdraw_request_beneficiary_bank import (
            CreateWithdrawRequestBeneficiaryBank,  # noqa: PLC0415
        )
        from ..models.create_withdraw_request_beneficiary_card import (
            CreateWithdrawRequestBeneficiaryCard,  # noqa: PLC0415
        )

        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        birth_date = d.pop("birthDate", UNSET)

        code = d.pop("code", UNSET)

        card_token = d.pop("cardToken", UNSET)

        card_token_save = d.pop("cardTokenSave", UNSET)

        fingerprint_session = d.pop("fingerprintSession", UNSET)

        _card = d.pop("card", UNSET)
        card: CreateWithdrawRequestBeneficiaryCard | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = CreateWithdrawRequestBeneficiaryCard.from_dict(_card)

        _address = d.pop("address", UNSET)
        address: CreateWithdrawRequestBeneficiaryAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CreateWithdrawRequestBeneficiaryAddress.from_dict(_address)

        _bank = d.pop("bank", UNSET)
        bank: CreateWithdrawRequestBeneficiaryBank | Unset
        if isinstance(_bank, Unset):
            bank = UNSET
        else:
            bank = CreateWithdrawRequestBeneficiaryBank.from_dict(_bank)

        create_withdraw_request_beneficiary = cls(
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            email=email,
            birth_date=birth_date,
            code=code,
            card_token=card_token,
            card_token_save=card_token_save,
            fingerprint_session=fingerprint_session,
            card=card,
            address=address,
            bank=bank,
        )

        create_withdraw_request_beneficiary.additional_properties = d
        return create_withdraw_request_beneficiary

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
