from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decimal import format_decimal, parse_decimal

T = TypeVar("T", bound="MiningReward")


@_attrs_define
class MiningReward:
    """One mining pool reward with its payout details.

    Attributes:
        mining_account_name (str): Mining account that earned the reward.
        payout_destination (str): Where the reward is paid: main_balance or external_address.
        payout_transaction_hash (None | str): Blockchain transaction hash of an external payout; null for main_balance
            payouts.
        payout_address (None | str): External wallet address that receives the payout; null for main_balance payouts.
        payout_time (int | None): Completion time of the external payout transaction, Unix time, seconds; null for
            main_balance payouts.
        reward_currency (str): Ticker of the currency the reward is paid in.
        total_reward (Decimal): Gross reward, equal to reward plus fee, in rewardCurrency.
        reward (Decimal): Net reward after the pool fee, in rewardCurrency.
        fee (Decimal): Pool fee deducted from the reward, in rewardCurrency.
        fpps_rate (Decimal): FPPS (full pay per share) rate used to compute the reward.
        hash_rate (Decimal): Hashrate credited for the reward, in H/s.
        date (int): Reward date, Unix time, seconds.
        status (str): Reward state: pending until finalized or paid out on chain, successful once credited or confirmed,
            or canceled.
    """

    mining_account_name: str
    payout_destination: str
    payout_transaction_hash: None | str
    payout_address: None | str
    payout_time: int | None
    reward_currency: str
    total_reward: Decimal
    reward: Decimal
    fee: Decimal
    fpps_rate: Decimal
    hash_rate: Decimal
    date: int
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mining_account_name = self.mining_account_name

        payout_destination = self.payout_destination

        payout_transaction_hash: None | str
        payout_transaction_hash = self.payout_transaction_hash

        payout_address: None | str
        payout_address = self.payout_address

        payout_time: int | None
        payout_time = self.payout_time

        reward_currency = self.reward_currency

        total_reward = format_decimal(self.total_reward)

        reward = format_decimal(self.reward)

        fee = format_decimal(self.fee)

        fpps_rate = format_decimal(self.fpps_rate)

        hash_rate = format_decimal(self.hash_rate)

        date = self.date

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "miningAccountName": mining_account_name,
                "payoutDestination": payout_destination,
                "payoutTransactionHash": payout_transaction_hash,
                "payoutAddress": payout_address,
                "payoutTime": payout_time,
                "rewardCurrency": reward_currency,
                "totalReward": total_reward,
                "reward": reward,
                "fee": fee,
                "fppsRate": fpps_rate,
                "hashRate": hash_rate,
                "date": date,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mining_account_name = d.pop("miningAccountName")

        payout_destination = d.pop("payoutDestination")

        def _parse_payout_transaction_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payout_transaction_hash = _parse_payout_transaction_hash(d.pop("payoutTransactionHash"))

        def _parse_payout_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payout_address = _parse_payout_address(d.pop("payoutAddress"))

        def _parse_payout_time(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        payout_time = _parse_payout_time(d.pop("payoutTime"))

        reward_currency = d.pop("rewardCurrency")

        total_reward = parse_decimal(d.pop("totalReward"))

        reward = parse_decimal(d.pop("reward"))

        fee = parse_decimal(d.pop("fee"))

        fpps_rate = parse_decimal(d.pop("fppsRate"))

        hash_rate = parse_decimal(d.pop("hashRate"))

        date = d.pop("date")

        status = d.pop("status")

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
