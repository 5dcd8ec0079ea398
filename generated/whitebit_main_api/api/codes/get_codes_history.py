from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_codes_history_request import GetCodesHistoryRequest
from ...models.get_codes_history_result import GetCodesHistoryResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetCodesHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/codes/history",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetCodesHistoryResult | None:
    if response.status_code == 201:
        response_201 = GetCodesHistoryResult.from_dict(response.json())

        return response_201

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
) -> Response[ApiError | GetCodesHistoryResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCodesHistoryRequest,
) -> Response[ApiError | GetCodesHistoryResult]:
    """Get the code history

     Returns one page of code events for the account, covering codes it created and codes it redeemed,
    newest first. There is no date filter, and paging cannot go past the 10000th record (offset plus
    limit at most 10000).

    Args:
        body (GetCodesHistoryRequest): Paging for the code history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetCodesHistoryResult]
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
    body: GetCodesHistoryRequest,
) -> ApiError | GetCodesHistoryResult | None:
    """Get the code history

     Returns one page of code events for the account, covering codes it created and codes it redeemed,
    newest first. There is no date filter, and paging cannot go past the 10000th record (offset plus
    limit at most 10000).

    Args:
        body (GetCodesHistoryRequest): Paging for the code history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetCodesHistoryResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCodesHistoryRequest,
) -> Response[ApiError | GetCodesHistoryResult]:
    """Get the code history

     Returns one page of code events for the account, covering codes it created and codes it redeemed,
    newest first. There is no date filter, and paging cannot go past the 10000th record (offset plus
    limit at most 10000).

    Args:
        body (GetCodesHistoryRequest): Paging for the code history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetCodesHistoryResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetCodesHistoryRequest,
) -> ApiError | GetCodesHistoryResult | None:
    """Get the code history

     Returns one page of code events for the account, covering codes it created and codes it redeemed,
    newest first. There is no date filter, and paging cannot go past the 10000th record (offset plus
    limit at most 10000).

    Args:
        body (GetCodesHistoryRequest): Paging for the code history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetCodesHistoryResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
