from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_mining_hashrate_request import GetMiningHashrateRequest
from ...models.get_mining_hashrate_result import GetMiningHashrateResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetMiningHashrateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/mining/hashrate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetMiningHashrateResult | None:
    if response.status_code == 200:
        response_200 = GetMiningHashrateResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | GetMiningHashrateResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMiningHashrateRequest,
) -> Response[ApiError | GetMiningHashrateResult]:
    """Get hashrate history of a mining account

     Returns hashrate samples and share reject rates for one mining pool account over a time window, at
    5-minute, hourly or daily granularity. An account with mining switched off gets an empty result
    instead of an error.

    Args:
        body (GetMiningHashrateRequest): Mining account and time window for the hashrate history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetMiningHashrateResult]
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
    body: GetMiningHashrateRequest,
) -> ApiError | GetMiningHashrateResult | None:
    """Get hashrate history of a mining account

     Returns hashrate samples and share reject rates for one mining pool account over a time window, at
    5-minute, hourly or daily granularity. An account with mining switched off gets an empty result
    instead of an error.

    Args:
        body (GetMiningHashrateRequest): Mining account and time window for the hashrate history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetMiningHashrateResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMiningHashrateRequest,
) -> Response[ApiError | GetMiningHashrateResult]:
    """Get hashrate history of a mining account

     Returns hashrate samples and share reject rates for one mining pool account over a time window, at
    5-minute, hourly or daily granularity. An account with mining switched off gets an empty result
    instead of an error.

    Args:
        body (GetMiningHashrateRequest): Mining account and time window for the hashrate history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetMiningHashrateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMiningHashrateRequest,
) -> ApiError | GetMiningHashrateResult | None:
    """Get hashrate history of a mining account

     Returns hashrate samples and share reject rates for one mining pool account over a time window, at
    5-minute, hourly or daily granularity. An account with mining switched off gets an empty result
    instead of an error.

    Args:
        body (GetMiningHashrateRequest): Mining account and time window for the hashrate history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetMiningHashrateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
