"""Types of the nested request fields, and their renaming to the wire.

Rendered by scripts/generate.py from openapi/templates/request_types.py.jinja (facts from
scripts/request_types.py); do not edit. Each object a request field takes is a TypedDict
with snake_case keys (`{"spot_enabled": True}`) and, where the wire spells a key otherwise,
a `...Wire` twin with the wire names (`{"spotEnabled": True}`); an argument takes either.
`to_wire()` renames snake_case keys to the wire names before the body is checked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal, Required, TypedDict
from uuid import UUID

from .enums import *  # noqa: F403

__all__ = [
    "FiatCustomerAddress",
    "FiatCustomerAddressWire",
    "FiatCustomer",
    "FiatCustomerWire",
    "BeneficiaryCard",
    "BeneficiaryCardWire",
    "BeneficiaryAddress",
    "BeneficiaryBank",
    "BeneficiaryBankWire",
    "WithdrawBeneficiary",
    "WithdrawBeneficiaryWire",
    "TravelRuleBeneficiaryAddress",
    "TravelRuleBeneficiaryAddressWire",
    "TravelRuleBeneficiary",
    "TravelRuleBeneficiaryWire",
    "WithdrawTravelRuleVasp",
    "WithdrawTravelRuleVaspWire",
    "TravelRule",
    "TravelRuleWire",
    "SubAccountPermissionsInput",
    "SubAccountPermissionsInputWire",
    "ApiKeyUrl",
    "TravelRuleAddressInput",
    "TravelRuleAddressInputWire",
    "TravelRuleOriginatorInput",
    "TravelRuleOriginatorInputWire",
    "TravelRuleVaspInput",
    "TravelRuleVaspInputWire",
    "to_wire",
]

# Payer's billing address.
FiatCustomerAddress = TypedDict(
    "FiatCustomerAddress",
    {
        "line1": str,
        "line2": str,
        "city": str,
        "zip_code": str,
        "country_code": str,
    },
    total=False,
)

# FiatCustomerAddress with the keys as the wire spells them.
FiatCustomerAddressWire = TypedDict(
    "FiatCustomerAddressWire",
    {
        "line1": str,
        "line2": str,
        "city": str,
        "zipCode": str,
        "countryCode": str,
    },
    total=False,
)

# Payer details; required for USD or EUR through VISAMASTER.
FiatCustomer = TypedDict(
    "FiatCustomer",
    {
        "first_name": str,
        "last_name": str,
        "email": str,
        "birth_date": str | date,
        "address": FiatCustomerAddress | FiatCustomerAddressWire,
    },
    total=False,
)

# FiatCustomer with the keys as the wire spells them.
FiatCustomerWire = TypedDict(
    "FiatCustomerWire",
    {
        "firstName": str,
        "lastName": str,
        "email": str,
        "birthDate": str | date,
        "address": FiatCustomerAddress | FiatCustomerAddressWire,
    },
    total=False,
)

# Raw card details, only for a card that has no token yet; prefer cardToken when one
# exists.
BeneficiaryCard = TypedDict(
    "BeneficiaryCard",
    {
        "save": bool,
        "name": str,
        "first_name": str,
        "last_name": str,
        "number": str,
        "month": str,
        "year": str,
    },
    total=False,
)

# BeneficiaryCard with the keys as the wire spells them.
BeneficiaryCardWire = TypedDict(
    "BeneficiaryCardWire",
    {
        "save": bool,
        "name": str,
        "firstName": str,
        "lastName": str,
        "number": str,
        "month": str,
        "year": str,
    },
    total=False,
)

# Recipient's postal address; some VISAMASTER and SEPA setups require it.
BeneficiaryAddress = TypedDict(
    "BeneficiaryAddress",
    {
        "line1": str,
        "line2": str,
        "city": str,
        "zip": str,
        "country": str,
    },
    total=False,
)

# Recipient's bank, for bank-rail payouts that target an account number instead of an
# IBAN.
BeneficiaryBank = TypedDict(
    "BeneficiaryBank",
    {
        "routing_number": str,
        "name": str,
        "address": str,
        "country": str,
    },
    total=False,
)

# BeneficiaryBank with the keys as the wire spells them.
BeneficiaryBankWire = TypedDict(
    "BeneficiaryBankWire",
    {
        "routingNumber": str,
        "name": str,
        "address": str,
        "country": str,
    },
    total=False,
)

# Recipient details for fiat withdrawals; required for tickers USD, EUR, USD_VISAMASTER
# and EUR_VISAMASTER, with per-field rules depending on currency and provider.
WithdrawBeneficiary = TypedDict(
    "WithdrawBeneficiary",
    {
        "first_name": str,
        "last_name": str,
        "phone": str,
        "email": str,
        "birth_date": str | date,
        "code": str,
        "card_token": str,
        "card_token_save": bool,
        "fingerprint_session": str,
        "card": BeneficiaryCard | BeneficiaryCardWire,
        "address": BeneficiaryAddress,
        "bank": BeneficiaryBank | BeneficiaryBankWire,
    },
    total=False,
)

# WithdrawBeneficiary with the keys as the wire spells them.
WithdrawBeneficiaryWire = TypedDict(
    "WithdrawBeneficiaryWire",
    {
        "firstName": str,
        "lastName": str,
        "phone": str,
        "email": str,
        "birthDate": str | date,
        "code": str,
        "cardToken": str,
        "cardTokenSave": bool,
        "fingerprintSession": str,
        "card": BeneficiaryCard | BeneficiaryCardWire,
        "address": BeneficiaryAddress,
        "bank": BeneficiaryBank | BeneficiaryBankWire,
    },
    total=False,
)

# Recipient's physical address.
TravelRuleBeneficiaryAddress = TypedDict(
    "TravelRuleBeneficiaryAddress",
    {
        "country": str,
        "city": str,
        "post_code": str,
        "address_line_1": str,
    },
    total=False,
)

# TravelRuleBeneficiaryAddress with the keys as the wire spells them.
TravelRuleBeneficiaryAddressWire = TypedDict(
    "TravelRuleBeneficiaryAddressWire",
    {
        "country": str,
        "city": str,
        "postCode": str,
        "addressLine1": str,
    },
    total=False,
)

# Person or entity receiving the crypto.
TravelRuleBeneficiary = TypedDict(
    "TravelRuleBeneficiary",
    {
        "type": Literal["individual", "entity"] | PartyType,
        "first_name": str,
        "last_name": str,
        "full_name": str,
        "residence_country": str,
        "address": TravelRuleBeneficiaryAddress | TravelRuleBeneficiaryAddressWire,
    },
    total=False,
)

# TravelRuleBeneficiary with the keys as the wire spells them.
TravelRuleBeneficiaryWire = TypedDict(
    "TravelRuleBeneficiaryWire",
    {
        "type": Literal["individual", "entity"] | PartyType,
        "firstName": str,
        "lastName": str,
        "fullName": str,
        "residenceCountry": str,
        "address": TravelRuleBeneficiaryAddress | TravelRuleBeneficiaryAddressWire,
    },
    total=False,
)

# Receiving VASP; required when walletType is hosted. Send vaspId for a listed VASP,
# otherwise vaspName.
WithdrawTravelRuleVasp = TypedDict(
    "WithdrawTravelRuleVasp",
    {
        "vasp_id": str,
        "vasp_name": str,
    },
    total=False,
)

# WithdrawTravelRuleVasp with the keys as the wire spells them.
WithdrawTravelRuleVaspWire = TypedDict(
    "WithdrawTravelRuleVaspWire",
    {
        "vaspId": str,
        "vaspName": str,
    },
    total=False,
)

# Travel Rule data about the recipient; required for crypto withdrawals from EEA
# accounts. The older flat form (type, vasp, name, address) is still accepted but does
# not pass verification.
TravelRule = TypedDict(
    "TravelRule",
    {
        "wallet_type": Literal["hosted", "unhosted"] | WalletType,
        "beneficiary": TravelRuleBeneficiary | TravelRuleBeneficiaryWire,
        "vasp_data": WithdrawTravelRuleVasp | WithdrawTravelRuleVaspWire,
    },
    total=False,
)

# TravelRule with the keys as the wire spells them.
TravelRuleWire = TypedDict(
    "TravelRuleWire",
    {
        "walletType": Literal["hosted", "unhosted"] | WalletType,
        "beneficiary": TravelRuleBeneficiary | TravelRuleBeneficiaryWire,
        "vaspData": WithdrawTravelRuleVasp | WithdrawTravelRuleVaspWire,
    },
    total=False,
)

# Balances the new sub-account is allowed to use.
SubAccountPermissionsInput = TypedDict(
    "SubAccountPermissionsInput",
    {
        "spot_enabled": Required[bool],
        "collateral_enabled": Required[bool],
    },
    total=False,
)

# SubAccountPermissionsInput with the keys as the wire spells them.
SubAccountPermissionsInputWire = TypedDict(
    "SubAccountPermissionsInputWire",
    {
        "spotEnabled": Required[bool],
        "collateralEnabled": Required[bool],
    },
    total=False,
)

# ApiKeyUrl
ApiKeyUrl = TypedDict(
    "ApiKeyUrl",
    {
        "url": str,
        "enable": bool,
    },
    total=False,
)

# Physical address used in Travel Rule data.
TravelRuleAddressInput = TypedDict(
    "TravelRuleAddressInput",
    {
        "country": Required[str],
        "city": Required[str],
        "post_code": str,
        "address_line_1": Required[str],
    },
    total=False,
)

# TravelRuleAddressInput with the keys as the wire spells them.
TravelRuleAddressInputWire = TypedDict(
    "TravelRuleAddressInputWire",
    {
        "country": Required[str],
        "city": Required[str],
        "postCode": str,
        "addressLine1": Required[str],
    },
    total=False,
)

# Sender of a deposit, described as the Travel Rule requires.
TravelRuleOriginatorInput = TypedDict(
    "TravelRuleOriginatorInput",
    {
        "type": Required[Literal["individual", "entity"] | PartyType],
        "first_name": str,
        "last_name": str,
        "full_name": str,
        "residence_country": Required[str],
        "wallet_address": Required[str],
        "address": Required[TravelRuleAddressInput | TravelRuleAddressInputWire],
    },
    total=False,
)

# TravelRuleOriginatorInput with the keys as the wire spells them.
TravelRuleOriginatorInputWire = TypedDict(
    "TravelRuleOriginatorInputWire",
    {
        "type": Required[Literal["individual", "entity"] | PartyType],
        "firstName": str,
        "lastName": str,
        "fullName": str,
        "residenceCountry": Required[str],
        "walletAddress": Required[str],
        "address": Required[TravelRuleAddressInput | TravelRuleAddressInputWire],
    },
    total=False,
)

# Counterparty VASP; needed for hosted wallets and identified by either vaspId or
# vaspName.
TravelRuleVaspInput = TypedDict(
    "TravelRuleVaspInput",
    {
        "vasp_id": str,
        "vasp_name": str,
    },
    total=False,
)

# TravelRuleVaspInput with the keys as the wire spells them.
TravelRuleVaspInputWire = TypedDict(
    "TravelRuleVaspInputWire",
    {
        "vaspId": str,
        "vaspName": str,
    },
    total=False,
)

# operation id -> body field -> rename tree: "keys" (snake_case -> wire name), "fields" (the
# tree of each nested object, by wire name), "items" (the tree of a list's items).
WIRE_NAMES: dict[str, dict[str, Any]] = {
    "getFiatDepositUrl": {
        "customer": {
            "keys": {"first_name": "firstName", "last_name": "lastName", "birth_date": "birthDate"},
            "fields": {"address": {"keys": {"zip_code": "zipCode", "country_code": "countryCode"}}},
        }
    },
    "createWithdraw": {
        "beneficiary": {
            "keys": {
                "first_name": "firstName",
                "last_name": "lastName",
                "birth_date": "birthDate",
                "card_token": "cardToken",
                "card_token_save": "cardTokenSave",
                "fingerprint_session": "fingerprintSession",
            },
            "fields": {
                "card": {"keys": {"first_name": "firstName", "last_name": "lastName"}},
                "bank": {"keys": {"routing_number": "routingNumber"}},
            },
        },
        "travelRule": {
            "keys": {"wallet_type": "walletType", "vasp_data": "vaspData"},
            "fields": {
                "beneficiary": {
                    "keys": {
                        "first_name": "firstName",
                        "last_name": "lastName",
                        "full_name": "fullName",
                        "residence_country": "residenceCountry",
                    },
                    "fields": {
                        "address": {
                            "keys": {"post_code": "postCode", "address_line_1": "addressLine1"}
                        }
                    },
                },
                "vaspData": {"keys": {"vasp_id": "vaspId", "vasp_name": "vaspName"}},
            },
        },
    },
    "createWithdrawPay": {
        "beneficiary": {
            "keys": {
                "first_name": "firstName",
                "last_name": "lastName",
                "birth_date": "birthDate",
                "card_token": "cardToken",
                "card_token_save": "cardTokenSave",
                "fingerprint_session": "fingerprintSession",
            },
            "fields": {
                "card": {"keys": {"first_name": "firstName", "last_name": "lastName"}},
                "bank": {"keys": {"routing_number": "routingNumber"}},
            },
        },
        "travelRule": {
            "keys": {"wallet_type": "walletType", "vasp_data": "vaspData"},
            "fields": {
                "beneficiary": {
                    "keys": {
                        "first_name": "firstName",
                        "last_name": "lastName",
                        "full_name": "fullName",
                        "residence_country": "residenceCountry",
                    },
                    "fields": {
                        "address": {
                            "keys": {"post_code": "postCode", "address_line_1": "addressLine1"}
                        }
                    },
                },
                "vaspData": {"keys": {"vasp_id": "vaspId", "vasp_name": "vaspName"}},
            },
        },
    },
    "createSubAccount": {
        "permissions": {
            "keys": {"spot_enabled": "spotEnabled", "collateral_enabled": "collateralEnabled"}
        }
    },
    "editSubAccount": {
        "permissions": {
            "keys": {"spot_enabled": "spotEnabled", "collateral_enabled": "collateralEnabled"}
        }
    },
    "submitTravelRuleDepositVerification": {
        "originator": {
            "keys": {
                "first_name": "firstName",
                "last_name": "lastName",
                "full_name": "fullName",
                "residence_country": "residenceCountry",
                "wallet_address": "walletAddress",
            },
            "fields": {
                "address": {"keys": {"post_code": "postCode", "address_line_1": "addressLine1"}}
            },
        },
        "vaspData": {"keys": {"vasp_id": "vaspId", "vasp_name": "vaspName"}},
    },
}


def _renamed(where: str, tree: Mapping[str, Any], value: Any) -> Any:
    items = tree.get("items")
    if items is not None:
        if isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray):
            return [_renamed(f"{where}[{i}]", items, item) for i, item in enumerate(value)]
        return value
    if not isinstance(value, Mapping):
        return value  # not an object: the body check says what is wrong with it
    keys: Mapping[str, str] = tree.get("keys") or {}
    fields: Mapping[str, Any] = tree.get("fields") or {}
    out: dict[Any, Any] = {}
    given: dict[Any, Any] = {}  # wire name -> the key it came under
    for key, item in value.items():
        wire = keys.get(key, key) if isinstance(key, str) else key
        if wire in given:
            raise ValueError(f"{where} gives {wire!r} twice: as {given[wire]!r} and {key!r}")
        given[wire] = key
        sub = fields.get(wire)
        out[wire] = _renamed(f"{where}.{wire}", sub, item) if sub else item
    return out


def to_wire(operation_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The operation's fields with every nested snake_case key under its wire name; the
    wire names pass as they are. Giving one key in both spellings is a ValueError."""
    plan = WIRE_NAMES.get(operation_id)
    if not plan:
        return fields
    out = dict(fields)
    for name, tree in plan.items():
        if out.get(name) is not None:
            out[name] = _renamed(f"{operation_id}: {name}", tree, out[name])
    return out


# Names some specs never use in a type; kept referenced so ruff does not drop them.
_ANNOTATION_TYPES = (Sequence, date, datetime, Decimal, Literal, UUID, Required)
