from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_fixed_investment_request import CreateFixedInvestmentRequest
from ...models.create_fixed_investment_result import CreateFixedInvestmentResult
from ...types import Response


def _get_kwargs(
    *,
    body: CreateFixedInvestmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart/investment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CreateFixedInvestmentResult | None:
    if response.status_code == 201:
        response_201 = CreateFixedInvestmentResult.from_dict(response.json())

        return response_201

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
) -> Response[ApiError | CreateFixedInvestmentResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFixedInvestmentRequest,
) -> Response[ApiError | CreateFixedInvestmentResult]:
    """Invest in a Fixed plan

     Opens a new investment of the given amount in a Fixed lending plan, funded from the main balance,
    and returns its identifier. The amount must fit between the plan minimum and maximum and within what
    the plan can still accept. Only accounts granted lending API access may call it.

    Args:
        body (CreateFixedInvestmentRequest): Parameters for investing in a Fixed plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateFixedInvestmentResult]
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
    body: CreateFixedInvestmentRequest,
) -> ApiError | CreateFixedInvestmentResult | None:
    """Invest in a Fixed plan

     Opens a new investment of the given amount in a Fixed lending plan, funded from the main balance,
    and returns its identifier. The amount must fit between the plan minimum and maximum and within what
    the plan can still accept. Only accounts granted lending API access may call it.

    Args:
        body (CreateFixedInvestmentRequest): Parameters for investing in a Fixed plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateFixedInvestmentResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFixedInvestmentRequest,
) -> Response[ApiError | CreateFixedInvestmentResult]:
    """Invest in a Fixed plan

     Opens a new investment of the given amount in a Fixed lending plan, funded from the main balance,
    and returns its identifier. The amount must fit between the plan minimum and maximum and within what
    the plan can still accept. Only accounts granted lending API access may call it.

    Args:
        body (CreateFixedInvestmentRequest): Parameters for investing in a Fixed plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateFixedInvestmentResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFixedInvestmentRequest,
) -> ApiError | CreateFixedInvestmentResult | None:
    """Invest in a Fixed plan

     Opens a new investment of the given amount in a Fixed lending plan, funded from the main balance,
    and returns its identifier. The amount must fit between the plan minimum and maximum and within what
    the plan can still accept. Only accounts granted lending API access may call it.

    Args:
        body (CreateFixedInvestmentRequest): Parameters for investing in a Fixed plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateFixedInvestmentResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
