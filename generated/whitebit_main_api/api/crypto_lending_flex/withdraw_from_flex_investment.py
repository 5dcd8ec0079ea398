from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.withdraw_from_flex_investment_request import WithdrawFromFlexInvestmentRequest
from ...models.withdraw_from_flex_investment_result import WithdrawFromFlexInvestmentResult
from ...types import Response


def _get_kwargs(
    *,
    body: WithdrawFromFlexInvestmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart-flex/investments/withdraw",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | WithdrawFromFlexInvestmentResult | None:
    if response.status_code == 201:
        response_201 = WithdrawFromFlexInvestmentResult.from_dict(response.json())

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
) -> Response[ApiError | WithdrawFromFlexInvestmentResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawFromFlexInvestmentRequest,
) -> Response[ApiError | WithdrawFromFlexInvestmentResult]:
    """Withdraw from a Flex investment

     Takes the given amount out of the account's active investment in the chosen Flex plan and returns
    the id of the withdrawal transaction. Only active plans the account may use are accepted. The amount
    must be positive, not below the smallest allowed withdrawal and not above the sum invested, and what
    stays invested must not drop under the plan's minimum investment.

    Args:
        body (WithdrawFromFlexInvestmentRequest): Parameters for a partial withdrawal from a Flex
            investment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WithdrawFromFlexInvestmentResult]
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
    body: WithdrawFromFlexInvestmentRequest,
) -> ApiError | WithdrawFromFlexInvestmentResult | None:
    """Withdraw from a Flex investment

     Takes the given amount out of the account's active investment in the chosen Flex plan and returns
    the id of the withdrawal transaction. Only active plans the account may use are accepted. The amount
    must be positive, not below the smallest allowed withdrawal and not above the sum invested, and what
    stays invested must not drop under the plan's minimum investment.

    Args:
        body (WithdrawFromFlexInvestmentRequest): Parameters for a partial withdrawal from a Flex
            investment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WithdrawFromFlexInvestmentResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawFromFlexInvestmentRequest,
) -> Response[ApiError | WithdrawFromFlexInvestmentResult]:
    """Withdraw from a Flex investment

     Takes the given amount out of the account's active investment in the chosen Flex plan and returns
    the id of the withdrawal transaction. Only active plans the account may use are accepted. The amount
    must be positive, not below the smallest allowed withdrawal and not above the sum invested, and what
    stays invested must not drop under the plan's minimum investment.

    Args:
        body (WithdrawFromFlexInvestmentRequest): Parameters for a partial withdrawal from a Flex
            investment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | WithdrawFromFlexInvestmentResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WithdrawFromFlexInvestmentRequest,
) -> ApiError | WithdrawFromFlexInvestmentResult | None:
    """Withdraw from a Flex investment

     Takes the given amount out of the account's active investment in the chosen Flex plan and returns
    the id of the withdrawal transaction. Only active plans the account may use are accepted. The amount
    must be positive, not below the smallest allowed withdrawal and not above the sum invested, and what
    stays invested must not drop under the plan's minimum investment.

    Args:
        body (WithdrawFromFlexInvestmentRequest): Parameters for a partial withdrawal from a Flex
            investment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | WithdrawFromFlexInvestmentResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
