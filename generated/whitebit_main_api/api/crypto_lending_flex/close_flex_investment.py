from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.close_flex_investment_request import CloseFlexInvestmentRequest
from ...models.close_flex_investment_result import CloseFlexInvestmentResult
from ...types import Response


def _get_kwargs(
    *,
    body: CloseFlexInvestmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart-flex/investments/close",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CloseFlexInvestmentResult | None:
    if response.status_code == 201:
        response_201 = CloseFlexInvestmentResult.from_dict(response.json())

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
) -> Response[ApiError | CloseFlexInvestmentResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CloseFlexInvestmentRequest,
) -> Response[ApiError | CloseFlexInvestmentResult]:
    """Close a Flex investment

     Ends the account's active investment in the given Flex plan, paying out everything held in it, and
    returns the id of the closing transaction. The investment must exist and still be active.

    Args:
        body (CloseFlexInvestmentRequest): Parameters for closing a Flex investment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CloseFlexInvestmentResult]
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
    body: CloseFlexInvestmentRequest,
) -> ApiError | CloseFlexInvestmentResult | None:
    """Close a Flex investment

     Ends the account's active investment in the given Flex plan, paying out everything held in it, and
    returns the id of the closing transaction. The investment must exist and still be active.

    Args:
        body (CloseFlexInvestmentRequest): Parameters for closing a Flex investment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CloseFlexInvestmentResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CloseFlexInvestmentRequest,
) -> Response[ApiError | CloseFlexInvestmentResult]:
    """Close a Flex investment

     Ends the account's active investment in the given Flex plan, paying out everything held in it, and
    returns the id of the closing transaction. The investment must exist and still be active.

    Args:
        body (CloseFlexInvestmentRequest): Parameters for closing a Flex investment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CloseFlexInvestmentResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CloseFlexInvestmentRequest,
) -> ApiError | CloseFlexInvestmentResult | None:
    """Close a Flex investment

     Ends the account's active investment in the given Flex plan, paying out everything held in it, and
    returns the id of the closing transaction. The investment must exist and still be active.

    Args:
        body (CloseFlexInvestmentRequest): Parameters for closing a Flex investment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CloseFlexInvestmentResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
