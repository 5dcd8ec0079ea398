from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_withdraw_request import CreateWithdrawRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CreateWithdrawRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/withdraw",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[Any] | None:
    if response.status_code == 201:
        response_201 = cast(list[Any], response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 412:
        response_412 = ApiError.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | list[Any]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWithdrawRequest,
) -> Response[ApiError | list[Any]]:
    """Withdraw funds from the main balance

     Starts a crypto or fiat withdrawal from the main balance, where amount includes the fee (the
    recipient gets amount minus fee); an empty array means the request was accepted, and its progress is
    followed by uniqueId in the deposit/withdraw history. Conditional fields: memo for memo currencies,
    provider for fiat, customerIp for USD/EUR via VISAMASTER, bankBic for bank-rail providers,
    beneficiary for USD/EUR fiat tickers, and travelRule for crypto withdrawals from EEA accounts. Fiat
    withdrawals need a KYC-verified account, and the account must have two-factor authentication
    enabled.

    Args:
        body (CreateWithdrawRequest): Withdrawal parameters, where the amount includes the fee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Any]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWithdrawRequest,
) -> ApiError | list[Any] | None:
    """Withdraw funds from the main balance

     Starts a crypto or fiat withdrawal from the main balance, where amount includes the fee (the
    recipient gets amount minus fee); an empty array means the request was accepted, and its progress is
    followed by uniqueId in the deposit/withdraw history. Conditional fields: memo for memo currencies,
    provider for fiat, customerIp for USD/EUR via VISAMASTER, bankBic for bank-rail providers,
    beneficiary for USD/EUR fiat tickers, and travelRule for crypto withdrawals from EEA accounts. Fiat
    withdrawals need a KYC-verified account, and the account must have two-factor authentication
    enabled.

    Args:
        body (CreateWithdrawRequest): Withdrawal parameters, where the amount includes the fee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Any]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWithdrawRequest,
) -> Response[ApiError | list[Any]]:
    """Withdraw funds from the main balance

     Starts a crypto or fiat withdrawal from the main balance, where amount includes the fee (the
    recipient gets amount minus fee); an empty array means the request was accepted, and its progress is
    followed by uniqueId in the deposit/withdraw history. Conditional fields: memo for memo currencies,
    provider for fiat, customerIp for USD/EUR via VISAMASTER, bankBic for bank-rail providers,
    beneficiary for USD/EUR fiat tickers, and travelRule for crypto withdrawals from EEA accounts. Fiat
    withdrawals need a KYC-verified account, and the account must have two-factor authentication
    enabled.

    Args:
        body (CreateWithdrawRequest): Withdrawal parameters, where the amount includes the fee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Any]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWithdrawRequest,
) -> ApiError | list[Any] | None:
    """Withdraw funds from the main balance

     Starts a crypto or fiat withdrawal from the main balance, where amount includes the fee (the
    recipient gets amount minus fee); an empty array means the request was accepted, and its progress is
    followed by uniqueId in the deposit/withdraw history. Conditional fields: memo for memo currencies,
    provider for fiat, customerIp for USD/EUR via VISAMASTER, bankBic for bank-rail providers,
    beneficiary for USD/EUR fiat tickers, and travelRule for crypto withdrawals from EEA accounts. Fiat
    withdrawals need a KYC-verified account, and the account must have two-factor authentication
    enabled.

    Args:
        body (CreateWithdrawRequest): Withdrawal parameters, where the amount includes the fee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Any]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
