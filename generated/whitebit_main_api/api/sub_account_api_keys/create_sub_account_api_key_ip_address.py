from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_sub_account_api_key_ip_address_request import (
    CreateSubAccountApiKeyIpAddressRequest,
)
from ...models.create_sub_account_api_key_ip_address_result import (
    CreateSubAccountApiKeyIpAddressResult,
)
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSubAccountApiKeyIpAddressRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/api-key/ip-address/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CreateSubAccountApiKeyIpAddressResult | None:
    if response.status_code == 201:
        response_201 = CreateSubAccountApiKeyIpAddressResult.from_dict(response.json())

        return response_201

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
) -> Response[ApiError | CreateSubAccountApiKeyIpAddressResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountApiKeyIpAddressRequest,
) -> Response[ApiError | CreateSubAccountApiKeyIpAddressResult]:
    """Add an IP to a sub-account key allowlist

     Puts one IP address on the allowlist of a sub-account API key and returns IP addresses in data. The
    allowlist holds at most 50 addresses, and adding an address that is already listed fails with error
    code 5.

    Args:
        body (CreateSubAccountApiKeyIpAddressRequest): IP address to put on a sub-account key
            allowlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateSubAccountApiKeyIpAddressResult]
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
    body: CreateSubAccountApiKeyIpAddressRequest,
) -> ApiError | CreateSubAccountApiKeyIpAddressResult | None:
    """Add an IP to a sub-account key allowlist

     Puts one IP address on the allowlist of a sub-account API key and returns IP addresses in data. The
    allowlist holds at most 50 addresses, and adding an address that is already listed fails with error
    code 5.

    Args:
        body (CreateSubAccountApiKeyIpAddressRequest): IP address to put on a sub-account key
            allowlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateSubAccountApiKeyIpAddressResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountApiKeyIpAddressRequest,
) -> Response[ApiError | CreateSubAccountApiKeyIpAddressResult]:
    """Add an IP to a sub-account key allowlist

     Puts one IP address on the allowlist of a sub-account API key and returns IP addresses in data. The
    allowlist holds at most 50 addresses, and adding an address that is already listed fails with error
    code 5.

    Args:
        body (CreateSubAccountApiKeyIpAddressRequest): IP address to put on a sub-account key
            allowlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateSubAccountApiKeyIpAddressResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountApiKeyIpAddressRequest,
) -> ApiError | CreateSubAccountApiKeyIpAddressResult | None:
    """Add an IP to a sub-account key allowlist

     Puts one IP address on the allowlist of a sub-account API key and returns IP addresses in data. The
    allowlist holds at most 50 addresses, and adding an address that is already listed fails with error
    code 5.

    Args:
        body (CreateSubAccountApiKeyIpAddressRequest): IP address to put on a sub-account key
            allowlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateSubAccountApiKeyIpAddressResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
