from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_interest_payment_history_request import GetInterestPaymentHistoryRequest
from ...models.get_interest_payment_history_result import GetInterestPaymentHistoryResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetInterestPaymentHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart/interest-payment-history",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetInterestPaymentHistoryResult | None:
    if response.status_code == 200:
        response_200 = GetInterestPaymentHistoryResult.from_dict(response.json())

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
) -> Response[ApiError | GetInterestPaymentHistoryResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetInterestPaymentHistoryRequest,
) -> Response[ApiError | GetInterestPaymentHistoryResult]:
    """List Fixed interest payments

     Returns one page of interest payouts made on the account's Fixed investments, optionally filtered by
    plan or by interest currency. Only accounts granted lending API access may call it.

    Args:
        body (GetInterestPaymentHistoryRequest): Filters and paging for the list of interest
            payments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetInterestPaymentHistoryResult]
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
    body: GetInterestPaymentHistoryRequest,
) -> ApiError | GetInterestPaymentHistoryResult | None:
    """List Fixed interest payments

     Returns one page of interest payouts made on the account's Fixed investments, optionally filtered by
    plan or by interest currency. Only accounts granted lending API access may call it.

    Args:
        body (GetInterestPaymentHistoryRequest): Filters and paging for the list of interest
            payments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetInterestPaymentHistoryResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetInterestPaymentHistoryRequest,
) -> Response[ApiError | GetInterestPaymentHistoryResult]:
    """List Fixed interest payments

     Returns one page of interest payouts made on the account's Fixed investments, optionally filtered by
    plan or by interest currency. Only accounts granted lending API access may call it.

    Args:
        body (GetInterestPaymentHistoryRequest): Filters and paging for the list of interest
            payments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetInterestPaymentHistoryResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetInterestPaymentHistoryRequest,
) -> ApiError | GetInterestPaymentHistoryResult | None:
    """List Fixed interest payments

     Returns one page of interest payouts made on the account's Fixed investments, optionally filtered by
    plan or by interest currency. Only accounts granted lending API access may call it.

    Args:
        body (GetInterestPaymentHistoryRequest): Filters and paging for the list of interest
            payments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetInterestPaymentHistoryResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
