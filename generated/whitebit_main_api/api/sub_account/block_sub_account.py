from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.block_sub_account_request import BlockSubAccountRequest
from ...models.block_sub_account_result import BlockSubAccountResult
from ...types import Response


def _get_kwargs(
    *,
    body: BlockSubAccountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/block",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | BlockSubAccountResult | None:
    if response.status_code == 200:
        response_200 = BlockSubAccountResult.from_dict(response.json())

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
) -> Response[ApiError | BlockSubAccountResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BlockSubAccountRequest,
) -> Response[ApiError | BlockSubAccountResult]:
    """Block a sub-account

     Puts the given sub-account into the blocked state. Returns an empty object on success.

    Args:
        body (BlockSubAccountRequest): Identifies the sub-account to block.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BlockSubAccountResult]
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
    body: BlockSubAccountRequest,
) -> ApiError | BlockSubAccountResult | None:
    """Block a sub-account

     Puts the given sub-account into the blocked state. Returns an empty object on success.

    Args:
        body (BlockSubAccountRequest): Identifies the sub-account to block.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BlockSubAccountResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BlockSubAccountRequest,
) -> Response[ApiError | BlockSubAccountResult]:
    """Block a sub-account

     Puts the given sub-account into the blocked state. Returns an empty object on success.

    Args:
        body (BlockSubAccountRequest): Identifies the sub-account to block.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BlockSubAccountResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BlockSubAccountRequest,
) -> ApiError | BlockSubAccountResult | None:
    """Block a sub-account

     Puts the given sub-account into the blocked state. Returns an empty object on success.

    Args:
        body (BlockSubAccountRequest): Identifies the sub-account to block.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BlockSubAccountResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
