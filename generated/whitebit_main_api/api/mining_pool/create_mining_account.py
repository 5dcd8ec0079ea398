from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_mining_account_request import CreateMiningAccountRequest
from ...models.create_mining_account_result import CreateMiningAccountResult
from ...types import Response


def _get_kwargs(
    *,
    body: CreateMiningAccountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/mining/accounts/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CreateMiningAccountResult | None:
    if response.status_code == 200:
        response_200 = CreateMiningAccountResult.from_dict(response.json())

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
) -> Response[ApiError | CreateMiningAccountResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMiningAccountRequest,
) -> Response[ApiError | CreateMiningAccountResult]:
    """Create a mining account

     Opens a new mining pool account with the given name for the caller, optionally applying a referral
    code. The name must not already be used by another of the caller's accounts, and the server caps how
    many accounts one user may have.

    Args:
        body (CreateMiningAccountRequest): Parameters for a new mining account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateMiningAccountResult]
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
    body: CreateMiningAccountRequest,
) -> ApiError | CreateMiningAccountResult | None:
    """Create a mining account

     Opens a new mining pool account with the given name for the caller, optionally applying a referral
    code. The name must not already be used by another of the caller's accounts, and the server caps how
    many accounts one user may have.

    Args:
        body (CreateMiningAccountRequest): Parameters for a new mining account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateMiningAccountResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMiningAccountRequest,
) -> Response[ApiError | CreateMiningAccountResult]:
    """Create a mining account

     Opens a new mining pool account with the given name for the caller, optionally applying a referral
    code. The name must not already be used by another of the caller's accounts, and the server caps how
    many accounts one user may have.

    Args:
        body (CreateMiningAccountRequest): Parameters for a new mining account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateMiningAccountResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMiningAccountRequest,
) -> ApiError | CreateMiningAccountResult | None:
    """Create a mining account

     Opens a new mining pool account with the given name for the caller, optionally applying a referral
    code. The name must not already be used by another of the caller's accounts, and the server caps how
    many accounts one user may have.

    Args:
        body (CreateMiningAccountRequest): Parameters for a new mining account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateMiningAccountResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
