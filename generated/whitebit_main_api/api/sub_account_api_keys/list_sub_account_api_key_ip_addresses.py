from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.list_sub_account_api_key_ip_addresses_request import (
    ListSubAccountApiKeyIpAddressesRequest,
)
from ...models.list_sub_account_api_key_ip_addresses_result import (
    ListSubAccountApiKeyIpAddressesResult,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ListSubAccountApiKeyIpAddressesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/api-key/ip-address/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ListSubAccountApiKeyIpAddressesResult | None:
    if response.status_code == 200:
        response_200 = ListSubAccountApiKeyIpAddressesResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ListSubAccountApiKeyIpAddressesResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListSubAccountApiKeyIpAddressesRequest,
) -> Response[ApiError | ListSubAccountApiKeyIpAddressesResult]:
    """List allowed IPs of a sub-account key

     Returns the IP addresses currently on the allowlist of the given sub-account API key.

    Args:
        body (ListSubAccountApiKeyIpAddressesRequest): Identifies the key whose IP allowlist is
            read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ListSubAccountApiKeyIpAddressesResult]
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
    body: ListSubAccountApiKeyIpAddressesRequest,
) -> ApiError | ListSubAccountApiKeyIpAddressesResult | None:
    """List allowed IPs of a sub-account key

     Returns the IP addresses currently on the allowlist of the given sub-account API key.

    Args:
        body (ListSubAccountApiKeyIpAddressesRequest): Identifies the key whose IP allowlist is
            read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ListSubAccountApiKeyIpAddressesResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListSubAccountApiKeyIpAddressesRequest,
) -> Response[ApiError | ListSubAccountApiKeyIpAddressesResult]:
    """List allowed IPs of a sub-account key

     Returns the IP addresses currently on the allowlist of the given sub-account API key.

    Args:
        body (ListSubAccountApiKeyIpAddressesRequest): Identifies the key whose IP allowlist is
            read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ListSubAccountApiKeyIpAddressesResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListSubAccountApiKeyIpAddressesRequest,
) -> ApiError | ListSubAccountApiKeyIpAddressesResult | None:
    """List allowed IPs of a sub-account key

     Returns the IP addresses currently on the allowlist of the given sub-account API key.

    Args:
        body (ListSubAccountApiKeyIpAddressesRequest): Identifies the key whose IP allowlist is
            read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ListSubAccountApiKeyIpAddressesResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
