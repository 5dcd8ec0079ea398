from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_mining_watcher_link_request import CreateMiningWatcherLinkRequest
from ...models.create_mining_watcher_link_result import CreateMiningWatcherLinkResult
from ...types import Response


def _get_kwargs(
    *,
    body: CreateMiningWatcherLinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/mining/watcher-links/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CreateMiningWatcherLinkResult | None:
    if response.status_code == 201:
        response_201 = CreateMiningWatcherLinkResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CreateMiningWatcherLinkResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMiningWatcherLinkRequest,
) -> Response[ApiError | CreateMiningWatcherLinkResult]:
    """Create a mining watcher link

     Creates a shareable link that grants access to chosen sections (dashboard, rewards, workers) of one
    or more mining accounts for 1 hour, 24 hours, 7 days or without expiry. Each mining account may have
    only a few active links at once (3 by default); going over the cap fails with Limit exceeded.

    Args:
        body (CreateMiningWatcherLinkRequest): Settings for a new watcher link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateMiningWatcherLinkResult]
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
    body: CreateMiningWatcherLinkRequest,
) -> ApiError | CreateMiningWatcherLinkResult | None:
    """Create a mining watcher link

     Creates a shareable link that grants access to chosen sections (dashboard, rewards, workers) of one
    or more mining accounts for 1 hour, 24 hours, 7 days or without expiry. Each mining account may have
    only a few active links at once (3 by default); going over the cap fails with Limit exceeded.

    Args:
        body (CreateMiningWatcherLinkRequest): Settings for a new watcher link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateMiningWatcherLinkResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMiningWatcherLinkRequest,
) -> Response[ApiError | CreateMiningWatcherLinkResult]:
    """Create a mining watcher link

     Creates a shareable link that grants access to chosen sections (dashboard, rewards, workers) of one
    or more mining accounts for 1 hour, 24 hours, 7 days or without expiry. Each mining account may have
    only a few active links at once (3 by default); going over the cap fails with Limit exceeded.

    Args:
        body (CreateMiningWatcherLinkRequest): Settings for a new watcher link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateMiningWatcherLinkResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMiningWatcherLinkRequest,
) -> ApiError | CreateMiningWatcherLinkResult | None:
    """Create a mining watcher link

     Creates a shareable link that grants access to chosen sections (dashboard, rewards, workers) of one
    or more mining accounts for 1 hour, 24 hours, 7 days or without expiry. Each mining account may have
    only a few active links at once (3 by default); going over the cap fails with Limit exceeded.

    Args:
        body (CreateMiningWatcherLinkRequest): Settings for a new watcher link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateMiningWatcherLinkResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
