from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.list_sub_account_api_keys_request import ListSubAccountApiKeysRequest
from ...models.list_sub_account_api_keys_result import ListSubAccountApiKeysResult
from ...types import Response


def _get_kwargs(
    *,
    body: ListSubAccountApiKeysRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/api-key/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ListSubAccountApiKeysResult | None:
    if response.status_code == 200:
        response_200 = ListSubAccountApiKeysResult.from_dict(response.json())

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
) -> Response[ApiError | ListSubAccountApiKeysResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListSubAccountApiKeysRequest,
) -> Response[ApiError | ListSubAccountApiKeysResult]:
    """List sub-account API keys

     Returns a page of API keys for the sub-account named in subAccountId, newest key first. The
    apiSecret field is always an empty string in this listing. No total count is returned; a page with
    fewer items than limit is the last one.

    Args:
        body (ListSubAccountApiKeysRequest): Sub-account filter and paging for the key listing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ListSubAccountApiKeysResult]
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
    body: ListSubAccountApiKeysRequest,
) -> ApiError | ListSubAccountApiKeysResult | None:
    """List sub-account API keys

     Returns a page of API keys for the sub-account named in subAccountId, newest key first. The
    apiSecret field is always an empty string in this listing. No total count is returned; a page with
    fewer items than limit is the last one.

    Args:
        body (ListSubAccountApiKeysRequest): Sub-account filter and paging for the key listing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ListSubAccountApiKeysResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListSubAccountApiKeysRequest,
) -> Response[ApiError | ListSubAccountApiKeysResult]:
    """List sub-account API keys

     Returns a page of API keys for the sub-account named in subAccountId, newest key first. The
    apiSecret field is always an empty string in this listing. No total count is returned; a page with
    fewer items than limit is the last one.

    Args:
        body (ListSubAccountApiKeysRequest): Sub-account filter and paging for the key listing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ListSubAccountApiKeysResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListSubAccountApiKeysRequest,
) -> ApiError | ListSubAccountApiKeysResult | None:
    """List sub-account API keys

     Returns a page of API keys for the sub-account named in subAccountId, newest key first. The
    apiSecret field is always an empty string in this listing. No total count is returned; a page with
    fewer items than limit is the last one.

    Args:
        body (ListSubAccountApiKeysRequest): Sub-account filter and paging for the key listing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ListSubAccountApiKeysResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
