from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_sub_account_balances_request import GetSubAccountBalancesRequest
from ...models.get_sub_account_balances_result import GetSubAccountBalancesResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetSubAccountBalancesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/balances",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetSubAccountBalancesResult | None:
    if response.status_code == 200:
        response_200 = GetSubAccountBalancesResult.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | GetSubAccountBalancesResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubAccountBalancesRequest,
) -> Response[ApiError | GetSubAccountBalancesResult]:
    """Get sub-account balances

     Returns the main, spot and collateral balances of one sub-account, keyed by currency ticker. Pass
    ticker to get a single currency; without it every currency is included.

    Args:
        body (GetSubAccountBalancesRequest): Selects the sub-account and, optionally, the currency
            whose balances to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetSubAccountBalancesResult]
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
    body: GetSubAccountBalancesRequest,
) -> ApiError | GetSubAccountBalancesResult | None:
    """Get sub-account balances

     Returns the main, spot and collateral balances of one sub-account, keyed by currency ticker. Pass
    ticker to get a single currency; without it every currency is included.

    Args:
        body (GetSubAccountBalancesRequest): Selects the sub-account and, optionally, the currency
            whose balances to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetSubAccountBalancesResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubAccountBalancesRequest,
) -> Response[ApiError | GetSubAccountBalancesResult]:
    """Get sub-account balances

     Returns the main, spot and collateral balances of one sub-account, keyed by currency ticker. Pass
    ticker to get a single currency; without it every currency is included.

    Args:
        body (GetSubAccountBalancesRequest): Selects the sub-account and, optionally, the currency
            whose balances to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetSubAccountBalancesResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubAccountBalancesRequest,
) -> ApiError | GetSubAccountBalancesResult | None:
    """Get sub-account balances

     Returns the main, spot and collateral balances of one sub-account, keyed by currency ticker. Pass
    ticker to get a single currency; without it every currency is included.

    Args:
        body (GetSubAccountBalancesRequest): Selects the sub-account and, optionally, the currency
            whose balances to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetSubAccountBalancesResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
