from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import ApiKeyType

if TYPE_CHECKING:
    from ..models.sub_account_api_key_access_endpoints_item import (
        SubAccountApiKeyAccessEndpointsItem,
    )


T = TypeVar("T", bound="SubAccountApiKey")


def _secret_repr(value: object) -> str:
    """repr of an `x-secret` field: whether it holds anything, never what."""
    if value is None or value in ("", [], {}):
        return repr(value)
    return "'***'"


@_attrs_define
class SubAccountApiKey:
    """Sub-account API key as returned on creation, including its secret.

    Attributes:
        sub_account_id (str): ID of the sub-account that owns the key.
        id (str): ID of the API key; pass it as apiKeyId to the other key endpoints.
        title (str): Human-readable label of the key.
        is_enabled (bool): True while the key is active.
        api_key (str): Public key that identifies requests made with this key.
        api_secret (str): Secret for signing requests with this key; it is not shown again in listings.
        type_ (ApiKeyType | int): Key type: 1 allows info and trading, 2 also allows deposits and withdrawals.
        restrict_access (bool): Indicates that access restrictions apply to the key.
        access_endpoints (list[SubAccountApiKeyAccessEndpointsItem]): Endpoints the key is allowed to call.
        last_activity (int | None): Time the key was last used, Unix time, seconds.
    """

    sub_account_id: str
    id: str
    title: str
    is_enabled: bool
    api_key: str
    api_secret: str = _attrs_field(repr=_secret_repr)
    type_: ApiKeyType | int
    restrict_access: bool
    access_endpoints: list[SubAccountApiKeyAccessEndpointsItem]
    last_activity: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(out, "sub_account_id", self.sub_account_id, "subAccountId", self._arrived)
        _r.write(out, "id", self.id, "id", self._arrived)
        _r.write(out, "title", self.title, "title", self._arrived)
        _r.write(out, "is_enabled", self.is_enabled, "isEnabled", self._arrived)
        _r.write(out, "api_key", self.api_key, "apiKey", self._arrived)
        _r.write(out, "api_secret", self.api_secret, "apiSecret", self._arrived)
        _r.write(out, "type_", self.type_, "type", self._arrived, _r.json_out)
        _r.write(out, "restrict_access", self.restrict_access, "restrictAccess", self._arrived)
        _r.write(
            out,
            "access_endpoints",
            self.access_endpoints,
            "accessEndpoints",
            self._arrived,
            _r.json_out,
        )
        _r.write(out, "last_activity", self.last_activity, "lastActivity", self._arrived)
        return out

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; never fails on a field (see `_reading`), only on a value
        that is not an object at all."""
        from ..models.sub_account_api_key_access_endpoints_item import (
            SubAccountApiKeyAccessEndpointsItem,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        arrived: dict[str, str] = {}
        unfit: dict[str, Any] = {}
        obj = cls(
            sub_account_id=_r.read(d, ("subAccountId",), _r.text, "sub_account_id", arrived, unfit),
            id=_r.read(d, ("id",), _r.text, "id", arrived, unfit),
            title=_r.read(d, ("title",), _r.text, "title", arrived, unfit),
            is_enabled=_r.read(d, ("isEnabled",), _r.boolean, "is_enabled", arrived, unfit),
            api_key=_r.read(d, ("apiKey",), _r.text, "api_key", arrived, unfit),
            api_secret=_r.read(d, ("apiSecret",), _r.text, "api_secret", arrived, unfit),
            type_=_r.read(d, ("type",), _r.named(ApiKeyType, _r.integer), "type_", arrived, unfit),
            restrict_access=_r.read(
                d, ("restrictAccess",), _r.boolean, "restrict_access", arrived, unfit
            ),
            access_endpoints=_r.read(
                d,
                ("accessEndpoints",),
                _r.each(_r.model(SubAccountApiKeyAccessEndpointsItem)),
                "access_endpoints",
                arrived,
                unfit,
            ),
            last_activity=_r.read(
                d, ("lastActivity",), _r.integer, "last_activity", arrived, unfit
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
