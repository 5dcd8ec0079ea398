from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import ApiKeyType

T = TypeVar("T", bound="CreateSubAccountApiKeyRequest")


@_attrs_define
class CreateSubAccountApiKeyRequest:
    """Parameters for a new sub-account API key.

    Attributes:
        type_ (ApiKeyType | int): Key type: 1 for info and trading, 2 adds deposits and withdrawals.
        sub_account_id (str): ID of the sub-account that will own the key.
        title (str): Label for the new key.
    """

    type_: ApiKeyType | int
    sub_account_id: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "type_", self.type_, "type", self._arrived, _r.json_out)
        _r.write(out, "sub_account_id", self.sub_account_id, "subAccountId", self._arrived)
        _r.write(out, "title", self.title, "title", self._arrived)
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
            type_=_r.read(d, ("type",), _r.named(ApiKeyType, _r.integer), "type_", arrived, unfit),
            sub_account_id=_r.read(d, ("subAccountId",), _r.text, "sub_account_id", arrived, unfit),
            title=_r.read(d, ("title",), _r.text, "title", arrived, unfit),
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
