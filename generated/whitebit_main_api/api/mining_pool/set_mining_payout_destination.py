from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.set_mining_payout_destination_request import SetMiningPayoutDestinationRequest
from ...models.set_mining_payout_destination_result import SetMiningPayoutDestinationResult
from ...types import Response


def _get_kwargs(
    *,
    body: SetMiningPayoutDestinationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/mining/payout-destination/edit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SetMiningPayoutDestinationResult | None:
    if response.status_code == 200:
        response_200 = SetMiningPayoutDestinationResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | SetMiningPayoutDestinationResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetMiningPayoutDestinationRequest,
) -> Response[ApiError | SetMiningPayoutDestinationResult]:
    """Set payout destination of a mining account

     Chooses whether rewards of one of the caller's mining accounts go to the main balance or to an
    external BTC address, and returns the saved setting. address is required when destination is
    external_address and must be a legacy (1..., 3...) or bech32 (bc1...) Bitcoin address.

    Args:
        body (SetMiningPayoutDestinationRequest): New payout destination for a mining account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SetMiningPayoutDestinationResult]
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
    body: SetMiningPayoutDestinationRequest,
) -> ApiError | SetMiningPayoutDestinationResult | None:
    """Set payout destination of a mining account

     Chooses whether rewards of one of the caller's mining accounts go to the main balance or to an
    external BTC address, and returns the saved setting. address is required when destination is
    external_address and must be a legacy (1..., 3...) or bech32 (bc1...) Bitcoin address.

    Args:
        body (SetMiningPayoutDestinationRequest): New payout destination for a mining account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SetMiningPayoutDestinationResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetMiningPayoutDestinationRequest,
) -> Response[ApiError | SetMiningPayoutDestinationResult]:
    """Set payout destination of a mining account

     Chooses whether rewards of one of the caller's mining accounts go to the main balance or to an
    external BTC address, and returns the saved setting. address is required when destination is
    external_address and must be a legacy (1..., 3...) or bech32 (bc1...) Bitcoin address.

    Args:
        body (SetMiningPayoutDestinationRequest): New payout destination for a mining account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SetMiningPayoutDestinationResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SetMiningPayoutDestinationRequest,
) -> ApiError | SetMiningPayoutDestinationResult | None:
    """Set payout destination of a mining account

     Chooses whether rewards of one of the caller's mining accounts go to the main balance or to an
    external BTC address, and returns the saved setting. address is required when destination is
    external_address and must be a legacy (1..., 3...) or bech32 (bc1...) Bitcoin address.

    Args:
        body (SetMiningPayoutDestinationRequest): New payout destination for a mining account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SetMiningPayoutDestinationResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
