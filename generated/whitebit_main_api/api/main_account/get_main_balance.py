from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_main_balance_request import GetMainBalanceRequest
from ...models.get_main_balance_result import GetMainBalanceResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetMainBalanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/balance",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetMainBalanceResult | None:
    if response.status_code == 200:
        response_200 = GetMainBalanceResult.from_dict(response.json())

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
) -> Response[ApiError | GetMainBalanceResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMainBalanceRequest,
) -> Response[ApiError | GetMainBalanceResult]:
    """Retrieve main account balances

     Returns the main-account balance of one currency, or of every currency when ticker is omitted. The
    result maps each ticker to an object holding its balance; an unknown ticker yields a zero balance
    rather than an error.

    Args:
        body (GetMainBalanceRequest): Request body for reading main balances.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetMainBalanceResult]
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
    body: GetMainBalanceRequest,
) -> ApiError | GetMainBalanceResult | None:
    """Retrieve main account balances

     Returns the main-account balance of one currency, or of every currency when ticker is omitted. The
    result maps each ticker to an object holding its balance; an unknown ticker yields a zero balance
    rather than an error.

    Args:
        body (GetMainBalanceRequest): Request body for reading main balances.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetMainBalanceResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMainBalanceRequest,
) -> Response[ApiError | GetMainBalanceResult]:
    """Retrieve main account balances

     Returns the main-account balance of one currency, or of every currency when ticker is omitted. The
    result maps each ticker to an object holding its balance; an unknown ticker yields a zero balance
    rather than an error.

    Args:
        body (GetMainBalanceRequest): Request body for reading main balances.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetMainBalanceResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMainBalanceRequest,
) -> ApiError | GetMainBalanceResult | None:
    """Retrieve main account balances

     Returns the main-account balance of one currency, or of every currency when ticker is omitted. The
    result maps each ticker to an object holding its balance; an unknown ticker yields a zero balance
    rather than an error.

    Args:
        body (GetMainBalanceRequest): Request body for reading main balances.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetMainBalanceResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
