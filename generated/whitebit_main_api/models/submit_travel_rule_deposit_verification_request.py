from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import WalletType

if TYPE_CHECKING:
    from ..models.travel_rule_originator import TravelRuleOriginator
    from ..models.travel_rule_vasp import TravelRuleVasp


T = TypeVar("T", bound="SubmitTravelRuleDepositVerificationRequest")


@_attrs_define
class SubmitTravelRuleDepositVerificationRequest:
    """Originator data for a deposit held for Travel Rule verification.

    Attributes:
        unique_id (str): External id of the deposit, as shown in the deposit/withdraw history.
        wallet_type (WalletType | str): hosted if sent from a wallet kept at a VASP (vaspData then required), unhosted
            for a self-custody wallet.
        originator (TravelRuleOriginator): Sender of a deposit, described as the Travel Rule requires.
        vasp_data (TravelRuleVasp | None): Counterparty VASP; needed for hosted wallets and identified by either vaspId
            or vaspName.
    """

    unique_id: str
    wallet_type: WalletType | str
    originator: TravelRuleOriginator
    vasp_data: TravelRuleVasp | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "unique_id", self.unique_id, "uniqueId", self._arrived)
        _r.write(out, "wallet_type", self.wallet_type, "walletType", self._arrived, _r.json_out)
        _r.write(out, "originator", self.originator, "originator", self._arrived, _r.json_out)
        _r.write(out, "vasp_data", self.vasp_data, "vaspData", self._arrived, _r.json_out)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.travel_rule_originator import TravelRuleOriginator  # noqa: PLC0415
        from ..models.travel_rule_vasp import TravelRuleVasp  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            unique_id=_r.read(d, ("uniqueId",), _r.text, "unique_id", arrived, unfit),
            wallet_type=_r.read(
                d, ("walletType",), _r.named(WalletType, _r.text), "wallet_type", arrived, unfit
            ),
            originator=_r.read(
                d, ("originator",), _r.model(TravelRuleOriginator), "originator", arrived, unfit
            ),
            vasp_data=_r.read(
                d, ("vaspData",), _r.model(TravelRuleVasp), "vasp_data", arrived, unfit
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
