from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_flex_payment_history_request import GetFlexPaymentHistoryRequest
from ...models.get_flex_payment_history_result import GetFlexPaymentHistoryResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetFlexPaymentHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart-flex/investments/payment-history",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetFlexPaymentHistoryResult | None:
    if response.status_code == 200:
        response_200 = GetFlexPaymentHistoryResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | GetFlexPaymentHistoryResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlexPaymentHistoryRequest,
) -> Response[ApiError | GetFlexPaymentHistoryResult]:
    """Get Flex daily earning payouts

     Returns only the daily earning records (operation kind 4) credited to the account's Flex
    investments. Plan, investment, transaction and time range filters behave as in the operation history
    call.

    Args:
        body (GetFlexPaymentHistoryRequest): Filters and paging for Flex daily earning payouts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetFlexPaymentHistoryResult]
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
    body: GetFlexPaymentHistoryRequest,
) -> ApiError | GetFlexPaymentHistoryResult | None:
    """Get Flex daily earning payouts

     Returns only the daily earning records (operation kind 4) credited to the account's Flex
    investments. Plan, investment, transaction and time range filters behave as in the operation history
    call.

    Args:
        body (GetFlexPaymentHistoryRequest): Filters and paging for Flex daily earning payouts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetFlexPaymentHistoryResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlexPaymentHistoryRequest,
) -> Response[ApiError | GetFlexPaymentHistoryResult]:
    """Get Flex daily earning payouts

     Returns only the daily earning records (operation kind 4) credited to the account's Flex
    investments. Plan, investment, transaction and time range filters behave as in the operation history
    call.

    Args:
        body (GetFlexPaymentHistoryRequest): Filters and paging for Flex daily earning payouts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetFlexPaymentHistoryResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlexPaymentHistoryRequest,
) -> ApiError | GetFlexPaymentHistoryResult | None:
    """Get Flex daily earning payouts

     Returns only the daily earning records (operation kind 4) credited to the account's Flex
    investments. Plan, investment, transaction and time range filters behave as in the operation history
    call.

    Args:
        body (GetFlexPaymentHistoryRequest): Filters and paging for Flex daily earning payouts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetFlexPaymentHistoryResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
