from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_user_flex_investments_request import GetUserFlexInvestmentsRequest
from ...models.get_user_flex_investments_result import GetUserFlexInvestmentsResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetUserFlexInvestmentsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart-flex/investments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetUserFlexInvestmentsResult | None:
    if response.status_code == 200:
        response_200 = GetUserFlexInvestmentsResult.from_dict(response.json())

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
) -> Response[ApiError | GetUserFlexInvestmentsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetUserFlexInvestmentsRequest,
) -> Response[ApiError | GetUserFlexInvestmentsResult]:
    """List your Flex investments

     Returns the account's Flex investments, optionally narrowed by currency, plan, investment id or
    state (1 active, 0 closed). The items come in data together with the limit and offset that were
    applied.

    Args:
        body (GetUserFlexInvestmentsRequest): Filters and paging for listing the account's Flex
            investments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetUserFlexInvestmentsResult]
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
    body: GetUserFlexInvestmentsRequest,
) -> ApiError | GetUserFlexInvestmentsResult | None:
    """List your Flex investments

     Returns the account's Flex investments, optionally narrowed by currency, plan, investment id or
    state (1 active, 0 closed). The items come in data together with the limit and offset that were
    applied.

    Args:
        body (GetUserFlexInvestmentsRequest): Filters and paging for listing the account's Flex
            investments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetUserFlexInvestmentsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetUserFlexInvestmentsRequest,
) -> Response[ApiError | GetUserFlexInvestmentsResult]:
    """List your Flex investments

     Returns the account's Flex investments, optionally narrowed by currency, plan, investment id or
    state (1 active, 0 closed). The items come in data together with the limit and offset that were
    applied.

    Args:
        body (GetUserFlexInvestmentsRequest): Filters and paging for listing the account's Flex
            investments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetUserFlexInvestmentsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetUserFlexInvestmentsRequest,
) -> ApiError | GetUserFlexInvestmentsResult | None:
    """List your Flex investments

     Returns the account's Flex investments, optionally narrowed by currency, plan, investment id or
    state (1 active, 0 closed). The items come in data together with the limit and offset that were
    applied.

    Args:
        body (GetUserFlexInvestmentsRequest): Filters and paging for listing the account's Flex
            investments.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetUserFlexInvestmentsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
