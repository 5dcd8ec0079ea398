"""Documented success answer of every operation: (status, JSON body).

Rendered by scripts/generate.py from openapi/templates/_examples.py.jinja; do not edit.
"""

from typing import Any, Final

SUCCESS_EXAMPLES: Final[dict[str, tuple[int, Any]]] = {
    "getMainBalance": (
        200,
        {
            "BSV": {"main_balance": "0"},
            "BTC": {"main_balance": "0"},
            "BTG": {"main_balance": "0"},
            "BTT": {"main_balance": "0"},
            "XLM": {"main_balance": "36.48"},
        },
    ),
    "getDepositAddress": (
        200,
        {
            "account": {
                "address": "GDTSOI56XNVAKJNJBLJGRNZIVOCIZJRBIDKTWSCYEYNFAZEMBLN75RMN",
                "memo": "48565488244493",
            },
            "required": {
                "fixedFee": "0",
                "flexFee": {"maxFee": "0", "minFee": "0", "percent": "0"},
                "maxAmount": "0",
                "minAmount": "1",
            },
        },
    ),
    "getFiatDepositUrl": (200, {"url": "https://someaddress.com"}),
    "issueJwtToken": (
        200,
        {"data": {"token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...", "expires_at": 1622551200}},
    ),
    "getWebSocketToken": (200, {"websocket_token": "your_current_token"}),
    "issueCardToken": (201, None),
    "refundDeposit": (200, {"id": "54bffeb7-7a8f-43f8-bcd8-f14ec10fee85"}),
    "createWithdraw": (201, []),
    "createWithdrawPay": (201, []),
    "createExpressWithdrawToken": (
        201,
        {
            "url": "https://whitebit.com/express-withdraw?token=8f3c0a7d4e21",
            "expireAt": "2026-07-10 12:34:56",
        },
    ),
    "transferBetweenBalances": (201, []),
    "getDepositWithdrawHistory": (
        201,
        {
            "limit": 100,
            "offset": 0,
            "records": [
                {
                    "address": "3ApEASLcrQtZpg1TsssFgYF5V5YQJAKvuE",
                    "unique_id": None,
                    "createdAt": 1593437922,
                    "currency": "Bitcoin",
                    "ticker": "BTC",
                    "method": 1,
                    "amount": "0.0006",
                    "description": "",
                    "memo": "",
                    "fee": "0",
                    "status": 15,
                    "network": None,
                    "transactionHash": "a275a514013e4e0f927fd0d1bed215e7f6f2c4c6ce762836fe135ec22529d886",
                    "transaction_id": "5e112b38-9652-11ed-a1eb-0242ac120002",
                    "details": {
                        "partial": {
                            "requestAmount": "50000",
                            "processedAmount": "39000",
                            "processedFee": "273",
                            "normalizeTransaction": "",
                        }
                    },
                    "confirmations": {"actual": 1, "required": 2},
                }
            ],
            "total": 300,
        },
    ),
    "createNewAddress": (
        201,
        {
            "account": {
                "address": "GDTSOI56XNVAKJNJBLJGRNZIVOCIZJRBIDKTWSCYEYNFAZEMBLN75RMN",
                "memo": "48565488244493",
            },
            "required": {
                "maxAmount": "0",
                "minAmount": "1",
                "fixedFee": "0",
                "flexFee": {"maxFee": "0", "minFee": "0", "percent": "0"},
            },
        },
    ),
    "createCode": (
        201,
        {
            "code": "WBe11f4fce-2a53-4edc-b195-66b693bd77e3ETH",
            "message": "Code was successfully created",
            "external_id": "be08a482-5faf-11ed-9b6a-0242ac120002",
        },
    ),
    "applyCode": (
        201,
        {
            "message": "Code was successfully applied",
            "ticker": "ETH",
            "amount": "0.002",
            "external_id": "be08a482-5faf-11ed-9b6a-0242ac120002",
        },
    ),
    "getMyCodes": (
        201,
        {
            "total": 15,
            "data": [
                {
                    "amount": "0.002",
                    "code": "WBe11f4fce-2a53-4edc-b195-66b693bd77e3ETH",
                    "date": 1598296332,
                    "status": "Activated",
                    "ticker": "ETH",
                    "external_id": "cf7c3ff8-5eb0-11ed-9b6a-0242ac120002",
                }
            ],
            "limit": 30,
            "offset": 0,
        },
    ),
    "getCodesHistory": (
        201,
        {
            "total": 29,
            "data": [
                {
                    "amount": "+0.002",
                    "code": "WBe11f4fce-2a53-4edc-b195-66b693bd77e3ETH",
                    "date": 1598296734,
                    "status": "Activated",
                    "ticker": "ETH",
                    "external_id": "cf7c3ff8-5eb0-11ed-9b6a-0242ac120002",
                },
                {
                    "amount": "-0.002",
                    "code": "WBe11f4fce-2a53-4edc-b195-66b693bd77e3ETH",
                    "date": 1598296332,
                    "status": "Activated",
                    "ticker": "ETH",
                    "external_id": "52995812-5eb1-11ed-9b6a-0242ac120002",
                },
            ],
            "limit": 100,
            "offset": 0,
        },
    ),
    "getFixedPlans": (
        200,
        [
            {
                "id": "8e667b4a-0b71-4988-8af5-9474dbfaeb51",
                "ticker": "USDT",
                "status": 1,
                "percent": "10",
                "duration": 14400,
                "interestTicker": "USDT",
                "interestRatio": "1",
                "minInvestment": "100",
                "maxInvestment": "10000",
                "maxPossibleInvestment": "3000",
            }
        ],
    ),
    "createFixedInvestment": (201, {"id": "0d7b66ff-1909-4938-ab7a-d16d9a64dcd5"}),
    "closeFixedInvestment": (200, {}),
    "getFixedInvestmentsHistory": (
        200,
        {
            "offset": 0,
            "limit": 100,
            "records": [
                {
                    "id": "0d7b66ff-1909-4938-ab7a-d16d9a64dcd5",
                    "plan": {
                        "id": "8e667b4a-0b71-4988-8af5-9474dbfaeb51",
                        "ticker": "USDT",
                        "status": 1,
                        "percent": "10",
                        "duration": 14400,
                        "interestTicker": "USDT",
                        "interestRatio": "1",
                        "minInvestment": "100",
                        "maxInvestment": "10000",
                        "maxPossibleInvestment": "3000",
                    },
                    "status": 1,
                    "created": 1646825196,
                    "updated": 1646825196,
                    "paymentTime": 1646839596,
                    "amount": "100",
                    "interestPaid": "0",
                }
            ],
        },
    ),
    "getInterestPaymentHistory": (
        200,
        {
            "offset": 0,
            "limit": 100,
            "records": [
                {
                    "planId": "8e667b4a-0b71-4988-8af5-9474dbfaeb51",
                    "investmentId": "0d7b66ff-1909-4938-ab7a-d16d9a64dcd5",
                    "amount": "10",
                    "ticker": "USDT",
                    "timestamp": 1646839596,
                }
            ],
        },
    ),
    "getFlexPlans": (
        200,
        [
            {
                "id": "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
                "ticker": "USDT",
                "minInvestment": "10.0",
                "maxInvestment": "100000.0",
                "maxRate": "0.15",
            },
            {
                "id": "7e1d8c2b-9a3b-3b1c-8d4e-5a6b7c8d9e0f",
                "ticker": "BTC",
                "minInvestment": "0.001",
                "maxInvestment": "10.0",
                "maxRate": "0.12",
            },
        ],
    ),
    "getUserFlexInvestments": (
        200,
        {
            "data": [
                {
                    "id": "inv_7e2d9c3b-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
                    "planId": "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
                    "currency": "USDT",
                    "invested": "1500.75",
                    "withAutoReinvest": True,
                    "status": 1,
                    "createdAt": 1640995200,
                    "updatedAt": 1641081600,
                }
            ],
            "limit": 100,
            "offset": 0,
        },
    ),
    "getFlexInvestmentHistory": (
        200,
        {
            "data": [
                {
                    "createdAt": 1640995200,
                    "planId": "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
                    "investmentId": "inv_7e2d9c3b-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
                    "currency": "USDT",
                    "amount": "15.75",
                    "transaction_id": "tx_9f3e0d4c-2b5c-4d3e-8f6g-7a8b9c0d1e2f",
                    "actionType": 1,
                }
            ],
            "limit": 50,
            "offset": 0,
        },
    ),
    "getFlexPaymentHistory": (
        200,
        {
            "data": [
                {
                    "createdAt": 1640995200,
                    "planId": "8f2e9d3c-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
                    "investmentId": "inv_7e2d9c3b-1a4b-4c2d-9e5f-6a7b8c9d0e1f",
                    "currency": "USDT",
                    "amount": "15.75",
                    "transaction_id": "tx_9f3e0d4c-2b5c-4d3e-8f6g-7a8b9c0d1e2f",
                    "actionType": 4,
                }
            ],
            "limit": 50,
            "offset": 0,
        },
    ),
    "createFlexInvestment": (
        201,
        {"data": {"transaction_id": "tx_9f3e0d4c-2b5c-4d3e-8f6g-7a8b9c0d1e2f"}},
    ),
    "withdrawFromFlexInvestment": (
        201,
        {"data": {"transaction_id": "tx_9f3e0d4c-2b5c-4d3e-8f6g-7a8b9c0d1e2f"}},
    ),
    "closeFlexInvestment": (
        201,
        {"data": {"transaction_id": "tx_9f3e0d4c-2b5c-4d3e-8f6g-7a8b9c0d1e2f"}},
    ),
    "updateFlexAutoReinvestment": (200, {"data": []}),
    "getFees": (
        200,
        [
            {
                "ticker": "ETH",
                "name": "Ethereum",
                "can_deposit": True,
                "can_withdraw": True,
                "deposit": {
                    "minFlex": "0",
                    "maxFlex": "0",
                    "percentFlex": "0",
                    "fixed": "0",
                    "minAmount": "0.01",
                    "maxAmount": "0",
                },
                "withdraw": {
                    "minFlex": "0",
                    "maxFlex": "0",
                    "percentFlex": "0",
                    "fixed": "0.0004",
                    "minAmount": "0.01",
                    "maxAmount": "0",
                },
            }
        ],
    ),
    "createSubAccount": (
        201,
        {
            "id": "8e667b4a-0b71-4988-8af5-9474dbfaeb51",
            "alias": "trading_bot",
            "userId": "u-12345",
            "email": "s***@example.com",
            "status": "active",
            "color": "#FF5733",
            "kyc": {"shareKyc": False, "kycStatus": "verified"},
            "permissions": {"spotEnabled": True, "collateralEnabled": False},
        },
    ),
    "deleteSubAccount": (200, {}),
    "editSubAccount": (200, {}),
    "listSubAccounts": (
        200,
        {
            "offset": 1,
            "limit": 1,
            "data": [
                {
                    "id": "8e667b4a-0b71-4988-8af5-9474dbfaeb51",
                    "alias": "trading_bot",
                    "userId": "u-12345",
                    "email": "s***@example.com",
                    "status": "active",
                    "color": "#FF5733",
                    "kyc": {"shareKyc": False, "kycStatus": "verified"},
                    "permissions": {"spotEnabled": True, "collateralEnabled": False},
                }
            ],
        },
    ),
    "subAccountTransfer": (200, {"transaction_id": "text"}),
    "blockSubAccount": (200, {}),
    "unblockSubAccount": (200, {}),
    "getSubAccountBalances": (200, {"USDC": [{"main": "42", "spot": "10", "collateral": "14"}]}),
    "getSubAccountTransferHistory": (
        200,
        {
            "offset": 1,
            "limit": 1,
            "data": [
                {
                    "transaction_id": "tx-abc123",
                    "id": "tx-abc123",
                    "direction": "main_to_sub",
                    "currency": "ETH",
                    "amount": "0.5",
                    "createdAt": 1641081600,
                }
            ],
        },
    ),
    "listUnconfirmedSubAccountWithdrawals": (
        200,
        {
            "data": [
                {
                    "id": "f47ac10b-58cc-4372-a567-0e02b2c3d479",
                    "subAccountId": "a1b2c3d4-5678-90ab-cdef-1234567890ab",
                    "currency": "BTC",
                    "amount": "12",
                    "createdAt": 1711882345,
                },
                {
                    "id": "c56a4180-65aa-42ec-a945-5fd21dec0538",
                    "subAccountId": "b2c3d4e5-6789-01ab-cdef-2345678901bc",
                    "currency": "BTC",
                    "amount": "12",
                    "createdAt": 1711882300,
                },
            ],
            "limit": 100,
            "offset": 0,
        },
    ),
    "confirmSubAccountWithdrawal": (200, {}),
    "createSubAccountApiKey": (
        201,
        {
            "subAccountId": "8e667b4a-0b71-4988-8af5-9474dbfaeb51",
            "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
            "title": "Trading Bot Key",
            "isEnabled": True,
            "apiKey": "pub-key-abc123",
            "apiSecret": "secret-xyz789",
            "type": 1,
            "lastActivity": 1641081600,
            "restrictAccess": False,
            "accessEndpoints": [{"name": "/api/v4/main-account/balance", "title": "Get Balance"}],
        },
    ),
    "editSubAccountApiKey": (200, {}),
    "deleteSubAccountApiKey": (200, {}),
    "listSubAccountApiKeys": (
        200,
        {
            "limit": 1,
            "offset": 1,
            "data": [
                {
                    "subAccountId": "8e667b4a-0b71-4988-8af5-9474dbfaeb51",
                    "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                    "title": "Trading Bot Key",
                    "isEnabled": True,
                    "apiKey": "pub-key-abc123",
                    "apiSecret": "",
                    "type": "1",
                    "lastActivity": 1641081600,
                    "restrictAccess": False,
                    "accessEndpoints": [
                        {"name": "/api/v4/main-account/balance", "title": "Get Balance"}
                    ],
                }
            ],
        },
    ),
    "resetSubAccountApiKey": (200, {}),
    "listSubAccountApiKeyIpAddresses": (200, {"data": ["text"]}),
    "createSubAccountApiKeyIpAddress": (201, {"data": ["text"]}),
    "deleteSubAccountApiKeyIpAddress": (200, {"data": ["text"]}),
    "getSubAccountKycUrl": (
        200,
        {"url": "https://kyc-provider.example.com/verify/abc123", "expiresIn": 3600},
    ),
    "getMiningRewards": (
        200,
        {
            "offset": 1,
            "limit": 1,
            "data": [
                {
                    "miningAccountName": "miner123",
                    "payoutDestination": "external_address",
                    "payoutTransactionHash": "0e3e2357e806b6cdb1f70b54c3a3a17b6714ee1f0e68bebb44a74b1efd512098",
                    "payoutAddress": "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
                    "payoutTime": 1641085200,
                    "rewardCurrency": "BTC",
                    "totalReward": "0.00125",
                    "reward": "0.001",
                    "fee": "0.00025",
                    "fppsRate": "0.000125",
                    "hashRate": "100",
                    "date": 1641081600,
                    "status": "pending",
                }
            ],
        },
    ),
    "getMiningHashrate": (
        200,
        {
            "data": {
                "account": "text",
                "hashrate": [{"timestamp": 1, "hashrate": "1.5", "rejectRate": 1.5}],
            }
        },
    ),
    "getMiningPayoutDestination": (
        200,
        {"payoutDestination": "main_balance", "externalAddress": None},
    ),
    "setMiningPayoutDestination": (
        200,
        {
            "payoutDestination": "external_address",
            "externalAddress": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        },
    ),
    "getMiningMinerInfo": (
        200,
        {
            "data": {
                "fee": "2.5",
                "workers": {"online": 1, "offline": 2, "low": 3},
                "stratum": [
                    {"url": "stratum+tcp://pool.whitebit.com:3333", "workersCount": 5},
                    {"url": "stratum+tcp://pool.whitebit.com:3334", "workersCount": 3},
                ],
            }
        },
    ),
    "getMiningWorkerNames": (
        200,
        {"data": {"workers": ["worker_001", "worker_002", "worker_003"]}, "limit": 50, "offset": 0},
    ),
    "getMiningWorkerHashrate": (
        200,
        {
            "data": {
                "hashrates": [
                    {"time": 1709290000, "hashrate": "42.1"},
                    {"time": 1709293600, "hashrate": "43.5"},
                ]
            }
        },
    ),
    "createMiningWatcherLink": (
        201,
        {
            "data": {
                "id": "abc123-external-id",
                "link": "https://whitebit.com/mining-pool/watcher-link/abc123-external-id",
                "liveUntil": 1709944800,
                "createdAt": 1709340000,
            }
        },
    ),
    "listMiningWatcherLinks": (
        200,
        {
            "data": [
                {
                    "id": "abc123-external-id",
                    "accounts": ["my_miner_01"],
                    "name": "monitoring_link",
                    "link": "https://whitebit.com/mining-pool/watcher-link/abc123-external-id",
                    "permissions": ["dashboard", "workers"],
                    "liveUntil": 1709944800,
                    "createdAt": 1709340000,
                }
            ]
        },
    ),
    "createMiningAccount": (200, {"data": {"name": "my_miner_01", "createdAt": 1709340000}}),
    "getMiningAccounts": (
        200,
        {
            "data": [
                {"name": "my_miner_01", "createdAt": 1709340000},
                {"name": "my_miner_02", "createdAt": 1709350000},
            ],
            "limit": 30,
            "offset": 0,
        },
    ),
    "getCreditLineInfo": (
        200,
        {
            "asset": "BTC",
            "amount": "1.5",
            "totalFunding": "0.5",
            "currentLtv": "25",
            "initialLtv": "60",
            "marginCallLtv": "75",
            "liquidationLtv": "85",
            "createdAt": 1715339355,
        },
    ),
    "getTravelRuleVasps": (
        200,
        {
            "data": {
                "vasps": [
                    {"vaspId": "vasp-001", "name": "Binance"},
                    {"vaspId": "vasp-002", "name": "Coinbase"},
                    {"vaspId": "vasp-003", "name": "Kraken"},
                ]
            }
        },
    ),
    "submitTravelRuleDepositVerification": (
        200,
        {"data": {"uniqueId": "550e8400-e29b-41d4-a716-446655440000", "status": "submitted"}},
    ),
}
