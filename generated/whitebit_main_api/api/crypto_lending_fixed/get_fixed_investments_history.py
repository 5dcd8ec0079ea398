from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_fixed_investments_history_request import GetFixedInvestmentsHistoryRequest
from ...models.get_fixed_investments_history_result import GetFixedInvestmentsHistoryResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetFixedInvestmentsHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart/investments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetFixedInvestmentsHistoryResult | None:
    if response.status_code == 200:
        response_200 = GetFixedInvestmentsHistoryResult.from_dict(response.json())

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
) -> Response[ApiError | GetFixedInvestmentsHistoryResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFixedInvestmentsHistoryRequest,
) -> Response[ApiError | GetFixedInvestmentsHistoryResult]:
    """List Fixed investments

     Returns one page of the account's Fixed investments, each with its plan, state, timestamps and
    amounts, optionally filtered by investment identifier, source currency or state. Only accounts
    granted lending API access may call it.

    Args:
        body (GetFixedInvestmentsHistoryRequest): Filters and paging for the list of Fixed
            investments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetFixedInvestmentsHistoryResult]
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
    body: GetFixedInvestmentsHistoryRequest,
) -> ApiError | GetFixedInvestmentsHistoryResult | None:
    """List Fixed investments

     Returns one page of the account's Fixed investments, each with its plan, state, timestamps and
    amounts, optionally filtered by investment identifier, source currency or state. Only accounts
    granted lending API access may call it.

    Args:
        body (GetFixedInvestmentsHistoryRequest): Filters and paging for the list of Fixed
            investments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetFixedInvestmentsHistoryResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFixedInvestmentsHistoryRequest,
) -> Response[ApiError | GetFixedInvestmentsHistoryResult]:
    """List Fixed investments

     Returns one page of the account's Fixed investments, each with its plan, state, timestamps and
    amounts, optionally filtered by investment identifier, source currency or state. Only accounts
    granted lending API access may call it.

    Args:
        body (GetFixedInvestmentsHistoryRequest): Filters and paging for the list of Fixed
            investments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetFixedInvestmentsHistoryResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFixedInvestmentsHistoryRequest,
) -> ApiError | GetFixedInvestmentsHistoryResult | None:
    """List Fixed investments

     Returns one page of the account's Fixed investments, each with its plan, state, timestamps and
    amounts, optionally filtered by investment identifier, source currency or state. Only accounts
    granted lending API access may call it.

    Args:
        body (GetFixedInvestmentsHistoryRequest): Filters and paging for the list of Fixed
            investments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetFixedInvestmentsHistoryResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
