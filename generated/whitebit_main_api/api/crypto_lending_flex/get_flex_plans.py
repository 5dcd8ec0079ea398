from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.flex_plan import FlexPlan
from ...models.get_flex_plans_request import GetFlexPlansRequest
from ...types import Response


def _get_kwargs(
    *,
    body: GetFlexPlansRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart-flex/plans",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[FlexPlan] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FlexPlan.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ApiError | list[FlexPlan]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlexPlansRequest,
) -> Response[ApiError | list[FlexPlan]]:
    """List available Flex plans

     Lists active Flex lending plans open to this account: public plans plus any private plans granted to
    it, restricted to what the account's region allows. Each item gives the plan id, currency,
    investment bounds and maximum rate; filter by ticker and page with limit and offset.

    Args:
        body (GetFlexPlansRequest): Filters and paging for listing Flex plans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[FlexPlan]]
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
    body: GetFlexPlansRequest,
) -> ApiError | list[FlexPlan] | None:
    """List available Flex plans

     Lists active Flex lending plans open to this account: public plans plus any private plans granted to
    it, restricted to what the account's region allows. Each item gives the plan id, currency,
    investment bounds and maximum rate; filter by ticker and page with limit and offset.

    Args:
        body (GetFlexPlansRequest): Filters and paging for listing Flex plans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[FlexPlan]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlexPlansRequest,
) -> Response[ApiError | list[FlexPlan]]:
    """List available Flex plans

     Lists active Flex lending plans open to this account: public plans plus any private plans granted to
    it, restricted to what the account's region allows. Each item gives the plan id, currency,
    investment bounds and maximum rate; filter by ticker and page with limit and offset.

    Args:
        body (GetFlexPlansRequest): Filters and paging for listing Flex plans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[FlexPlan]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlexPlansRequest,
) -> ApiError | list[FlexPlan] | None:
    """List available Flex plans

     Lists active Flex lending plans open to this account: public plans plus any private plans granted to
    it, restricted to what the account's region allows. Each item gives the plan id, currency,
    investment bounds and maximum rate; filter by ticker and page with limit and offset.

    Args:
        body (GetFlexPlansRequest): Filters and paging for listing Flex plans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[FlexPlan]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
