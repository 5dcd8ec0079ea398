from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal
from ..types import UNSET, Unset

T = TypeVar("T", bound="MiningReward")


@_attrs_define
class MiningReward:
    """One mining pool reward with its payout details.

    Attributes:
        mining_account_name (str | Unset): Mining account that earned the reward.
        payout_destination (str | Unset): Where the reward is paid: main_balance or external_address.
        payout_transaction_hash (None | str | Unset): Blockchain transaction hash of an external payout; null for
            main_balance payouts.
        payout_address (None | str | Unset): External wallet address that receives the payout; null for main_balance
            payouts.
        payout_time (int | None | Unset): Completion time of the external payout transaction, Unix time, seconds; null
            for main_balance payouts.
        reward_currency (str | Unset): Ticker of the currency the reward is paid in.
        total_reward (Decimal | Unset): Gross reward, equal to reward plus fee, in rewardCurrency.
        reward (Decimal | Unset): Net reward after the pool fee, in rewardCurrency.
        fee (Decimal | Unset): Pool fee deducted from the reward, in rewardCurrency.
        fpps_rate (str | Unset): FPPS (full pay per share) rate used to compute the reward.
        hash_rate (str | Unset): Hashrate credited for the reward, in H/s.
        date (int | Unset): Reward date, Unix time, seconds.
        status (str | Unset): Reward state: pending until finalized or paid out on chain, successful once credited or
            confirmed, or canceled.
    """

    mining_account_name: str | Unset = UNSET
    payout_destination: str | Unset = UNSET
    payout_transaction_hash: None | str | Unset = UNSET
    payout_address: None | str | Unset = UNSET
    payout_time: int | None | Unset = UNSET
    reward_currency: str | Unset = UNSET
    total_reward: Decimal | Unset = UNSET
    reward: Decimal | Unset = UNSET
    fee: Decimal | Unset = UNSET
    fpps_rate: str | Unset = UNSET
    hash_rate: str | Unset = UNSET
    date: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mining_account_name = self.mining_account_name

        payout_destination = self.payout_destination

        payout_transaction_hash: None | str | Unset
        if isinstance(self.payout_transaction_hash, Unset):
            payout_transaction_hash = UNSET
        else:
            payout_transaction_hash = self.payout_transaction_hash

        payout_address: None | str | Unset
        if isinstance(self.payout_address, Unset):
            payout_address = UNSET
        else:
            payout_address = self.payout_address

        payout_time: int | None | Unset
        if isinstance(self.payout_time, Unset):
            payout_time = UNSET
        else:
            payout_time = self.payout_time

        reward_currency = self.reward_currency

        total_reward: str | Unset = UNSET
        if not isinstance(self.total_reward, Unset):
            total_reward = format_decimal(self.total_reward)

        reward: str | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = format_decimal(self.reward)

        fee: str | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = format_decimal(self.fee)

        fpps_rate = self.fpps_rate

        hash_rate = self.hash_rate

        date = self.date

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mining_account_name is not UNSET:
            field_dict["miningAccountName"] = mining_account_name
        if payout_destination is not UNSET:
            field_dict["payoutDestination"] = payout_destination
        if payout_transaction_hash is not UNSET:
            field_dict["payoutTransactionHash"] = payout_transaction_hash
        if payout_address is not UNSET:
            field_dict["payoutAddress"] = payout_address
        if payout_time is not UNSET:
            field_dict["payoutTime"] = payout_time
        if reward_currency is not UNSET:
            field_dict["rewardCurrency"] = reward_currency
        if total_reward is not UNSET:
            field_dict["totalReward"] = total_reward
        if reward is not UNSET:
            field_dict["reward"] = reward
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fpps_rate is not UNSET:
            field_dict["fppsRate"] = fpps_rate
        if hash_rate is not UNSET:
            field_dict["hashRate"] = hash_rate
        if date is not UNSET:
            field_dict["date"] = date
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mining_account_name = d.pop("miningAccountName", UNSET)

        payout_destination = d.pop("payoutDestination", UNSET)

        def _parse_payout_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payout_transaction_hash = _parse_payout_transaction_hash(
            d.pop("payoutTransactionHash", UNSET)
        )

        def _parse_payout_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payout_address = _parse_payout_address(d.pop("payoutAddress", UNSET))

        def _parse_payout_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payout_time = _parse_payout_time(d.pop("payoutTime", UNSET))

        reward_currency = d.pop("rewardCurrency", UNSET)

        _total_reward = d.pop("totalReward", UNSET)
        total_reward: Decimal | Unset
        if isinstance(_total_reward, Unset):
            total_reward = UNSET
        else:
            total_reward = parse_decimal(_total_reward)

        _reward = d.pop("reward", UNSET)
        reward: Decimal | Unset
        if isinstance(_reward, Unset):
            reward = UNSET
        else:
            reward = parse_decimal(_reward)

        _fee = d.pop("fee", UNSET)
        fee: Decimal | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = parse_decimal(_fee)

        fpps_rate = d.pop("fppsRate", UNSET)

        hash_rate = d.pop("hashRate", UNSET)

        date = d.pop("date", UNSET)

        status = d.pop("status", UNSET)

        mining_reward = cls(
            mining_account_name=mining_account_name,
            payout_destination=payout_destination,
            payout_transaction_hash=payout_transaction_hash,
            payout_address=payout_address,
            payout_time=payout_time,
            reward_currency=reward_currency,
            total_reward=total_reward,
            reward=reward,
            fee=fee,
            fpps_rate=fpps_rate,
            hash_rate=hash_rate,
            date=date,
            status=status,
        )

        mining_reward.additional_properties = d
        return mining_reward

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
