from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_flex_investment_request import CreateFlexInvestmentRequest
from ...models.create_flex_investment_result import CreateFlexInvestmentResult
from ...types import Response


def _get_kwargs(
    *,
    body: CreateFlexInvestmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart-flex/investments/invest",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CreateFlexInvestmentResult | None:
    if response.status_code == 201:
        response_201 = CreateFlexInvestmentResult.from_dict(response.json())

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
) -> Response[ApiError | CreateFlexInvestmentResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlexInvestmentRequest,
) -> Response[ApiError | CreateFlexInvestmentResult]:
    """Invest in a Flex plan

     Places the given amount of the plan's currency into the chosen Flex plan and returns the id of the
    resulting transaction. The plan must be active, not paused and open to the account; the amount must
    be positive, lie between the plan's minimum and maximum, fit under any cumulative investment cap and
    be covered by the available balance. Set withReinvest to true to have earnings reinvested
    automatically.

    Args:
        body (CreateFlexInvestmentRequest): Parameters for putting funds into a Flex plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateFlexInvestmentResult]
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
    body: CreateFlexInvestmentRequest,
) -> ApiError | CreateFlexInvestmentResult | None:
    """Invest in a Flex plan

     Places the given amount of the plan's currency into the chosen Flex plan and returns the id of the
    resulting transaction. The plan must be active, not paused and open to the account; the amount must
    be positive, lie between the plan's minimum and maximum, fit under any cumulative investment cap and
    be covered by the available balance. Set withReinvest to true to have earnings reinvested
    automatically.

    Args:
        body (CreateFlexInvestmentRequest): Parameters for putting funds into a Flex plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateFlexInvestmentResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlexInvestmentRequest,
) -> Response[ApiError | CreateFlexInvestmentResult]:
    """Invest in a Flex plan

     Places the given amount of the plan's currency into the chosen Flex plan and returns the id of the
    resulting transaction. The plan must be active, not paused and open to the account; the amount must
    be positive, lie between the plan's minimum and maximum, fit under any cumulative investment cap and
    be covered by the available balance. Set withReinvest to true to have earnings reinvested
    automatically.

    Args:
        body (CreateFlexInvestmentRequest): Parameters for putting funds into a Flex plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateFlexInvestmentResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlexInvestmentRequest,
) -> ApiError | CreateFlexInvestmentResult | None:
    """Invest in a Flex plan

     Places the given amount of the plan's currency into the chosen Flex plan and returns the id of the
    resulting transaction. The plan must be active, not paused and open to the account; the amount must
    be positive, lie between the plan's minimum and maximum, fit under any cumulative investment cap and
    be covered by the available balance. Set withReinvest to true to have earnings reinvested
    automatically.

    Args:
        body (CreateFlexInvestmentRequest): Parameters for putting funds into a Flex plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateFlexInvestmentResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
