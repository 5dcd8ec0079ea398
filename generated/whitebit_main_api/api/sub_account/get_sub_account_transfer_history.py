from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_sub_account_transfer_history_request import GetSubAccountTransferHistoryRequest
from ...models.get_sub_account_transfer_history_result import GetSubAccountTransferHistoryResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetSubAccountTransferHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/transfer/history",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetSubAccountTransferHistoryResult | None:
    if response.status_code == 200:
        response_200 = GetSubAccountTransferHistoryResult.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetSubAccountTransferHistoryResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubAccountTransferHistoryRequest,
) -> Response[Any | GetSubAccountTransferHistoryResult]:
    """List transfers for a sub-account

     Returns transfers made between the main account and one sub-account, newest first, optionally
    filtered by direction. There is no date filter and no total count; a page shorter than limit is the
    last one, and offset plus limit may not exceed 10000.

    Args:
        body (GetSubAccountTransferHistoryRequest): Selects the sub-account, direction and page of
            transfers to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSubAccountTransferHistoryResult]
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
    body: GetSubAccountTransferHistoryRequest,
) -> Any | GetSubAccountTransferHistoryResult | None:
    """List transfers for a sub-account

     Returns transfers made between the main account and one sub-account, newest first, optionally
    filtered by direction. There is no date filter and no total count; a page shorter than limit is the
    last one, and offset plus limit may not exceed 10000.

    Args:
        body (GetSubAccountTransferHistoryRequest): Selects the sub-account, direction and page of
            transfers to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSubAccountTransferHistoryResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubAccountTransferHistoryRequest,
) -> Response[Any | GetSubAccountTransferHistoryResult]:
    """List transfers for a sub-account

     Returns transfers made between the main account and one sub-account, newest first, optionally
    filtered by direction. There is no date filter and no total count; a page shorter than limit is the
    last one, and offset plus limit may not exceed 10000.

    Args:
        body (GetSubAccountTransferHistoryRequest): Selects the sub-account, direction and page of
            transfers to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetSubAccountTransferHistoryResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubAccountTransferHistoryRequest,
) -> Any | GetSubAccountTransferHistoryResult | None:
    """List transfers for a sub-account

     Returns transfers made between the main account and one sub-account, newest first, optionally
    filtered by direction. There is no date filter and no total count; a page shorter than limit is the
    last one, and offset plus limit may not exceed 10000.

    Args:
        body (GetSubAccountTransferHistoryRequest): Selects the sub-account, direction and page of
            transfers to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetSubAccountTransferHistoryResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
