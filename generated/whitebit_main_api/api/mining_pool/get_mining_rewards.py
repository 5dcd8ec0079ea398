from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_mining_rewards_request import GetMiningRewardsRequest
from ...models.get_mining_rewards_result import GetMiningRewardsResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetMiningRewardsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/mining/rewards",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetMiningRewardsResult | None:
    if response.status_code == 200:
        response_200 = GetMiningRewardsResult.from_dict(response.json())

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
) -> Response[ApiError | GetMiningRewardsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMiningRewardsRequest,
) -> Response[ApiError | GetMiningRewardsResult]:
    """List mining rewards

     Returns a page of mining pool rewards ordered by reward date, newest first, optionally narrowed to
    one account and a time window. offset cannot exceed 10000, so page through older history by moving
    from and to; a page shorter than limit is the last one. An unknown or foreign account name is not
    rejected and simply yields an empty list.

    Args:
        body (GetMiningRewardsRequest): Filters and paging for the mining rewards list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetMiningRewardsResult]
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
    body: GetMiningRewardsRequest,
) -> ApiError | GetMiningRewardsResult | None:
    """List mining rewards

     Returns a page of mining pool rewards ordered by reward date, newest first, optionally narrowed to
    one account and a time window. offset cannot exceed 10000, so page through older history by moving
    from and to; a page shorter than limit is the last one. An unknown or foreign account name is not
    rejected and simply yields an empty list.

    Args:
        body (GetMiningRewardsRequest): Filters and paging for the mining rewards list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetMiningRewardsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMiningRewardsRequest,
) -> Response[ApiError | GetMiningRewardsResult]:
    """List mining rewards

     Returns a page of mining pool rewards ordered by reward date, newest first, optionally narrowed to
    one account and a time window. offset cannot exceed 10000, so page through older history by moving
    from and to; a page shorter than limit is the last one. An unknown or foreign account name is not
    rejected and simply yields an empty list.

    Args:
        body (GetMiningRewardsRequest): Filters and paging for the mining rewards list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetMiningRewardsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMiningRewardsRequest,
) -> ApiError | GetMiningRewardsResult | None:
    """List mining rewards

     Returns a page of mining pool rewards ordered by reward date, newest first, optionally narrowed to
    one account and a time window. offset cannot exceed 10000, so page through older history by moving
    from and to; a page shorter than limit is the last one. An unknown or foreign account name is not
    rejected and simply yields an empty list.

    Args:
        body (GetMiningRewardsRequest): Filters and paging for the mining rewards list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetMiningRewardsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
