from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import WalletType

if TYPE_CHECKING:
    from ..models.create_withdraw_request_travel_rule_beneficiary import (
        CreateWithdrawRequestTravelRuleBeneficiary,
    )
    from ..models.create_withdraw_request_travel_rule_vasp_data import (
        CreateWithdrawRequestTravelRuleVaspData,
    )


T = TypeVar("T", bound="CreateWithdrawRequestTravelRule")


@_attrs_define
class CreateWithdrawRequestTravelRule:
    """Travel Rule data about the recipient; required for crypto withdrawals from EEA accounts. The older flat form (type,
    vasp, name, address) is still accepted but does not pass verification.

        Attributes:
            wallet_type (WalletType | str | None): hosted for a wallet kept at a VASP (vaspData then required), unhosted for
                a self-custody wallet.
            beneficiary (CreateWithdrawRequestTravelRuleBeneficiary | None): Person or entity receiving the crypto.
            vasp_data (CreateWithdrawRequestTravelRuleVaspData | None): Receiving VASP; required when walletType is hosted.
                Send vaspId for a listed VASP, otherwise vaspName.
    """

    wallet_type: WalletType | str | None = None
    beneficiary: CreateWithdrawRequestTravelRuleBeneficiary | None = None
    vasp_data: CreateWithdrawRequestTravelRuleVaspData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "wallet_type", self.wallet_type, "walletType", self._arrived, _r.json_out)
        _r.write(out, "beneficiary", self.beneficiary, "beneficiary", self._arrived, _r.json_out)
        _r.write(out, "vasp_data", self.vasp_data, "vaspData", self._arrived, _r.json_out)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.create_withdraw_request_travel_rule_beneficiary import (
            CreateWithdrawRequestTravelRuleBeneficiary,  # noqa: PLC0415
        )
        from ..models.create_withdraw_request_travel_rule_vasp_data import (
            CreateWithdrawRequestTravelRuleVaspData,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            wallet_type=_r.read(
                d, ("walletType",), _r.named(WalletType, _r.text), "wallet_type", arrived, unfit
            ),
            beneficiary=_r.read(
                d,
                ("beneficiary",),
                _r.model(CreateWithdrawRequestTravelRuleBeneficiary),
                "beneficiary",
                arrived,
                unfit,
            ),
            vasp_data=_r.read(
                d,
                ("vaspData",),
                _r.model(CreateWithdrawRequestTravelRuleVaspData),
                "vasp_data",
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
