from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.delete_sub_account_api_key_ip_address_request import (
    DeleteSubAccountApiKeyIpAddressRequest,
)
from ...models.delete_sub_account_api_key_ip_address_result import (
    DeleteSubAccountApiKeyIpAddressResult,
)
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteSubAccountApiKeyIpAddressRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/api-key/ip-address/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DeleteSubAccountApiKeyIpAddressResult | None:
    if response.status_code == 200:
        response_200 = DeleteSubAccountApiKeyIpAddressResult.from_dict(response.json())

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
) -> Response[ApiError | DeleteSubAccountApiKeyIpAddressResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSubAccountApiKeyIpAddressRequest,
) -> Response[ApiError | DeleteSubAccountApiKeyIpAddressResult]:
    """Remove an IP from a sub-account key allowlist

     Takes one IP address off the allowlist of a sub-account API key. Fails with error code 5 when the
    address is not on the list.

    Args:
        body (DeleteSubAccountApiKeyIpAddressRequest): IP address to take off a sub-account key
            allowlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DeleteSubAccountApiKeyIpAddressResult]
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
    body: DeleteSubAccountApiKeyIpAddressRequest,
) -> ApiError | DeleteSubAccountApiKeyIpAddressResult | None:
    """Remove an IP from a sub-account key allowlist

     Takes one IP address off the allowlist of a sub-account API key. Fails with error code 5 when the
    address is not on the list.

    Args:
        body (DeleteSubAccountApiKeyIpAddressRequest): IP address to take off a sub-account key
            allowlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DeleteSubAccountApiKeyIpAddressResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSubAccountApiKeyIpAddressRequest,
) -> Response[ApiError | DeleteSubAccountApiKeyIpAddressResult]:
    """Remove an IP from a sub-account key allowlist

     Takes one IP address off the allowlist of a sub-account API key. Fails with error code 5 when the
    address is not on the list.

    Args:
        body (DeleteSubAccountApiKeyIpAddressRequest): IP address to take off a sub-account key
            allowlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DeleteSubAccountApiKeyIpAddressResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSubAccountApiKeyIpAddressRequest,
) -> ApiError | DeleteSubAccountApiKeyIpAddressResult | None:
    """Remove an IP from a sub-account key allowlist

     Takes one IP address off the allowlist of a sub-account API key. Fails with error code 5 when the
    address is not on the list.

    Args:
        body (DeleteSubAccountApiKeyIpAddressRequest): IP address to take off a sub-account key
            allowlist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DeleteSubAccountApiKeyIpAddressResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
