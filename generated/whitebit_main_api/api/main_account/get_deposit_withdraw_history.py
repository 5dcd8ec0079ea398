from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_deposit_withdraw_history_request import GetDepositWithdrawHistoryRequest
from ...models.get_deposit_withdraw_history_result import GetDepositWithdrawHistoryResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetDepositWithdrawHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/history",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetDepositWithdrawHistoryResult | None:
    if response.status_code == 201:
        response_201 = GetDepositWithdrawHistoryResult.from_dict(response.json())

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
) -> Response[ApiError | GetDepositWithdrawHistoryResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositWithdrawHistoryRequest,
) -> Response[ApiError | GetDepositWithdrawHistoryResult]:
    """List deposit and withdrawal history

     Returns a page of the account's deposits and/or withdrawals, newest first, filterable by direction,
    ticker, address, memo, unique id and status; there is no date filter and offset plus limit may not
    exceed 10000. Deposit statuses: 3/7 successful, 4/9 canceled, 5 unconfirmed by user, 15 pending, 21
    AML frozen, 22 uncredited, 27 awaiting Travel Rule data, 28 Travel Rule data under review.
    Withdrawal statuses: 1, 2, 6 and 10-17 pending, 3/7 successful, 4 canceled, 5 unconfirmed by user,
    18 partially successful, 21 AML frozen.

    Args:
        body (GetDepositWithdrawHistoryRequest): Filters and paging for the deposit/withdraw
            history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetDepositWithdrawHistoryResult]
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
    body: GetDepositWithdrawHistoryRequest,
) -> ApiError | GetDepositWithdrawHistoryResult | None:
    """List deposit and withdrawal history

     Returns a page of the account's deposits and/or withdrawals, newest first, filterable by direction,
    ticker, address, memo, unique id and status; there is no date filter and offset plus limit may not
    exceed 10000. Deposit statuses: 3/7 successful, 4/9 canceled, 5 unconfirmed by user, 15 pending, 21
    AML frozen, 22 uncredited, 27 awaiting Travel Rule data, 28 Travel Rule data under review.
    Withdrawal statuses: 1, 2, 6 and 10-17 pending, 3/7 successful, 4 canceled, 5 unconfirmed by user,
    18 partially successful, 21 AML frozen.

    Args:
        body (GetDepositWithdrawHistoryRequest): Filters and paging for the deposit/withdraw
            history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetDepositWithdrawHistoryResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositWithdrawHistoryRequest,
) -> Response[ApiError | GetDepositWithdrawHistoryResult]:
    """List deposit and withdrawal history

     Returns a page of the account's deposits and/or withdrawals, newest first, filterable by direction,
    ticker, address, memo, unique id and status; there is no date filter and offset plus limit may not
    exceed 10000. Deposit statuses: 3/7 successful, 4/9 canceled, 5 unconfirmed by user, 15 pending, 21
    AML frozen, 22 uncredited, 27 awaiting Travel Rule data, 28 Travel Rule data under review.
    Withdrawal statuses: 1, 2, 6 and 10-17 pending, 3/7 successful, 4 canceled, 5 unconfirmed by user,
    18 partially successful, 21 AML frozen.

    Args:
        body (GetDepositWithdrawHistoryRequest): Filters and paging for the deposit/withdraw
            history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetDepositWithdrawHistoryResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositWithdrawHistoryRequest,
) -> ApiError | GetDepositWithdrawHistoryResult | None:
    """List deposit and withdrawal history

     Returns a page of the account's deposits and/or withdrawals, newest first, filterable by direction,
    ticker, address, memo, unique id and status; there is no date filter and offset plus limit may not
    exceed 10000. Deposit statuses: 3/7 successful, 4/9 canceled, 5 unconfirmed by user, 15 pending, 21
    AML frozen, 22 uncredited, 27 awaiting Travel Rule data, 28 Travel Rule data under review.
    Withdrawal statuses: 1, 2, 6 and 10-17 pending, 3/7 successful, 4 canceled, 5 unconfirmed by user,
    18 partially successful, 21 AML frozen.

    Args:
        body (GetDepositWithdrawHistoryRequest): Filters and paging for the deposit/withdraw
            history.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetDepositWithdrawHistoryResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
