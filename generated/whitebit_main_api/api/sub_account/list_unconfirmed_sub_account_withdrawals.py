from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.list_unconfirmed_sub_account_withdrawals_request import (
    ListUnconfirmedSubAccountWithdrawalsRequest,
)
from ...models.list_unconfirmed_sub_account_withdrawals_result import (
    ListUnconfirmedSubAccountWithdrawalsResult,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ListUnconfirmedSubAccountWithdrawalsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/withdraw/unconfirmed-list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | ListUnconfirmedSubAccountWithdrawalsResult | None:
    if response.status_code == 200:
        response_200 = ListUnconfirmedSubAccountWithdrawalsResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | ListUnconfirmedSubAccountWithdrawalsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListUnconfirmedSubAccountWithdrawalsRequest,
) -> Response[Any | ApiError | ListUnconfirmedSubAccountWithdrawalsResult]:
    """List withdrawals awaiting main-account approval

     Returns a page of sub-account withdrawals that are in unconfirmed_by_main_account status and wait
    for the main account to approve them, newest first. Filter by subAccountId to see one sub-account
    only. The feature is off by default and must be enabled on request; while it is off the endpoint
    answers 404.

    Args:
        body (ListUnconfirmedSubAccountWithdrawalsRequest): Paging and filter options for pending
            sub-account withdrawals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | ListUnconfirmedSubAccountWithdrawalsResult]
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
    body: ListUnconfirmedSubAccountWithdrawalsRequest,
) -> Any | ApiError | ListUnconfirmedSubAccountWithdrawalsResult | None:
    """List withdrawals awaiting main-account approval

     Returns a page of sub-account withdrawals that are in unconfirmed_by_main_account status and wait
    for the main account to approve them, newest first. Filter by subAccountId to see one sub-account
    only. The feature is off by default and must be enabled on request; while it is off the endpoint
    answers 404.

    Args:
        body (ListUnconfirmedSubAccountWithdrawalsRequest): Paging and filter options for pending
            sub-account withdrawals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | ListUnconfirmedSubAccountWithdrawalsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListUnconfirmedSubAccountWithdrawalsRequest,
) -> Response[Any | ApiError | ListUnconfirmedSubAccountWithdrawalsResult]:
    """List withdrawals awaiting main-account approval

     Returns a page of sub-account withdrawals that are in unconfirmed_by_main_account status and wait
    for the main account to approve them, newest first. Filter by subAccountId to see one sub-account
    only. The feature is off by default and must be enabled on request; while it is off the endpoint
    answers 404.

    Args:
        body (ListUnconfirmedSubAccountWithdrawalsRequest): Paging and filter options for pending
            sub-account withdrawals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | ListUnconfirmedSubAccountWithdrawalsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListUnconfirmedSubAccountWithdrawalsRequest,
) -> Any | ApiError | ListUnconfirmedSubAccountWithdrawalsResult | None:
    """List withdrawals awaiting main-account approval

     Returns a page of sub-account withdrawals that are in unconfirmed_by_main_account status and wait
    for the main account to approve them, newest first. Filter by subAccountId to see one sub-account
    only. The feature is off by default and must be enabled on request; while it is off the endpoint
    answers 404.

    Args:
        body (ListUnconfirmedSubAccountWithdrawalsRequest): Paging and filter options for pending
            sub-account withdrawals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | ListUnconfirmedSubAccountWithdrawalsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
