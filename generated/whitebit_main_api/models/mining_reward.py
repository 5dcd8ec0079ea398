from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _reading as _r
from ..enums import MiningRewardStatus, PayoutDestination

T = TypeVar("T", bound="MiningReward")


@_attrs_define
class MiningReward:
    """One mining pool reward with its payout details.

    Attributes:
        mining_account_name (str): Mining account that earned the reward.
        total_reward (Decimal): Gross reward, equal to reward plus fee, in rewardCurrency.
        reward (Decimal): Net reward after the pool fee, in rewardCurrency.
        fee (Decimal): Pool fee deducted from the reward, in rewardCurrency.
        fpps_rate (Decimal): FPPS (full pay per share) rate used to compute the reward.
        hash_rate (Decimal): Hashrate credited for the reward, in H/s.
        date (int): Reward date, Unix time, seconds.
        payout_destination (PayoutDestination | str | None): Where the reward is paid: main_balance or external_address.
        payout_transaction_hash (str | None): Blockchain transaction hash of an external payout; null for main_balance
            payouts.
        payout_address (str | None): External wallet address that receives the payout; null for main_balance payouts.
        payout_time (int | None): Completion time of the external payout transaction, Unix time, seconds; null for
            main_balance payouts.
        reward_currency (str | None): Ticker of the currency the reward is paid in.
        status (MiningRewardStatus | str | None): Reward state: pending until finalized or paid out on chain, successful
            once credited or confirmed, or canceled.
    """

    mining_account_name: str
    total_reward: Decimal
    reward: Decimal
    fee: Decimal
    fpps_rate: Decimal
    hash_rate: Decimal
    date: int
    payout_destination: PayoutDestination | str | None = None
    payout_transaction_hash: str | None = None
    payout_address: str | None = None
    payout_time: int | None = None
    reward_currency: str | None = None
    status: MiningRewardStatus | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The spelling each field arrived in (null included), so that to_dict() writes it back.
    _arrived: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        _r.write(
            out, "mining_account_name", self.mining_account_name, "miningAccountName", self._arrived
        )
        _r.write(out, "total_reward", self.total_reward, "totalReward", self._arrived, _r.json_out)
        _r.write(out, "reward", self.reward, "reward", self._arrived, _r.json_out)
        _r.write(out, "fee", self.fee, "fee", self._arrived, _r.json_out)
        _r.write(out, "fpps_rate", self.fpps_rate, "fppsRate", self._arrived, _r.json_out)
        _r.write(out, "hash_rate", self.hash_rate, "hashRate", self._arrived, _r.json_out)
        _r.write(out, "date", self.date, "date", self._arrived)
        _r.write(
            out,
            "payout_destination",
            self.payout_destination,
            "payoutDestination",
            self._arrived,
            _r.json_out,
        )
        _r.write(
            out,
            "payout_transaction_hash",
            self.payout_transaction_hash,
            "payoutTransactionHash",
            self._arrived,
        )
        _r.write(out, "payout_address", self.payout_address, "payoutAddress", self._arrived)
        _r.write(out, "payout_time", self.payout_time, "payoutTime", self._arrived)
        _r.write(out, "reward_currency", self.reward_currency, "rewardCurrency", self._arrived)
        _r.write(out, "status", self.status, "status", self._arrived, _r.json_out)
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
            mining_account_name=_r.read(
                d, ("miningAccountName",), _r.text, "mining_account_name", arrived, unfit
            ),
            total_reward=_r.read(d, ("totalReward",), _r.decimal, "total_reward", arrived, unfit),
            reward=_r.read(d, ("reward",), _r.decimal, "reward", arrived, unfit),
            fee=_r.read(d, ("fee",), _r.decimal, "fee", arrived, unfit),
            fpps_rate=_r.read(d, ("fppsRate",), _r.decimal, "fpps_rate", arrived, unfit),
            hash_rate=_r.read(d, ("hashRate",), _r.decimal, "hash_rate", arrived, unfit),
            date=_r.read(d, ("date",), _r.integer, "date", arrived, unfit),
            payout_destination=_r.read(
                d,
                ("payoutDestination",),
                _r.named(PayoutDestination, _r.text),
                "payout_destination",
                arrived,
                unfit,
            ),
            payout_transaction_hash=_r.read(
                d, ("payoutTransactionHash",), _r.text, "payout_transaction_hash", arrived, unfit
            ),
            payout_address=_r.read(
                d, ("payoutAddress",), _r.text, "payout_address", arrived, unfit
            ),
            payout_time=_r.read(d, ("payoutTime",), _r.integer, "payout_time", arrived, unfit),
            reward_currency=_r.read(
                d, ("rewardCurrency",), _r.text, "reward_currency", arrived, unfit
            ),
            status=_r.read(
                d, ("status",), _r.named(MiningRewardStatus, _r.text), "status", arrived, unfit
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
