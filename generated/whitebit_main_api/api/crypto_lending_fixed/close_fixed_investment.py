from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.close_fixed_investment_request import CloseFixedInvestmentRequest
from ...models.close_fixed_investment_result import CloseFixedInvestmentResult
from ...types import Response


def _get_kwargs(
    *,
    body: CloseFixedInvestmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart/investment/close",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CloseFixedInvestmentResult | None:
    if response.status_code == 200:
        response_200 = CloseFixedInvestmentResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CloseFixedInvestmentResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CloseFixedInvestmentRequest,
) -> Response[ApiError | CloseFixedInvestmentResult]:
    """Close a Fixed investment

     Ends an active Fixed investment; closing before the term is allowed and is not penalised. Returns an
    empty object on success. Only accounts granted lending API access may call it.

    Args:
        body (CloseFixedInvestmentRequest): Names the investment to close.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CloseFixedInvestmentResult]
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
    body: CloseFixedInvestmentRequest,
) -> ApiError | CloseFixedInvestmentResult | None:
    """Close a Fixed investment

     Ends an active Fixed investment; closing before the term is allowed and is not penalised. Returns an
    empty object on success. Only accounts granted lending API access may call it.

    Args:
        body (CloseFixedInvestmentRequest): Names the investment to close.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CloseFixedInvestmentResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CloseFixedInvestmentRequest,
) -> Response[ApiError | CloseFixedInvestmentResult]:
    """Close a Fixed investment

     Ends an active Fixed investment; closing before the term is allowed and is not penalised. Returns an
    empty object on success. Only accounts granted lending API access may call it.

    Args:
        body (CloseFixedInvestmentRequest): Names the investment to close.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CloseFixedInvestmentResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CloseFixedInvestmentRequest,
) -> ApiError | CloseFixedInvestmentResult | None:
    """Close a Fixed investment

     Ends an active Fixed investment; closing before the term is allowed and is not penalised. Returns an
    empty object on success. Only accounts granted lending API access may call it.

    Args:
        body (CloseFixedInvestmentRequest): Names the investment to close.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CloseFixedInvestmentResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
