from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.fixed_plan import FixedPlan
from ...models.get_fixed_plans_request import GetFixedPlansRequest
from ...types import Response


def _get_kwargs(
    *,
    body: GetFixedPlansRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/smart/plans",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[FixedPlan] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FixedPlan.from_dict(response_200_item_data)

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
) -> Response[ApiError | list[FixedPlan]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFixedPlansRequest,
) -> Response[ApiError | list[FixedPlan]]:
    """List Fixed lending plans

     Returns the active Fixed crypto lending plans that are open to API use and visible to this account
    (public plans for its region plus private plans assigned to it), optionally limited to one source
    currency. When interest is paid in another currency, the payout equals the source-currency interest
    divided by interestRatio. Only accounts granted lending API access may call it.

    Args:
        body (GetFixedPlansRequest): Filter for the list of Fixed plans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[FixedPlan]]
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
    body: GetFixedPlansRequest,
) -> ApiError | list[FixedPlan] | None:
    """List Fixed lending plans

     Returns the active Fixed crypto lending plans that are open to API use and visible to this account
    (public plans for its region plus private plans assigned to it), optionally limited to one source
    currency. When interest is paid in another currency, the payout equals the source-currency interest
    divided by interestRatio. Only accounts granted lending API access may call it.

    Args:
        body (GetFixedPlansRequest): Filter for the list of Fixed plans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[FixedPlan]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFixedPlansRequest,
) -> Response[ApiError | list[FixedPlan]]:
    """List Fixed lending plans

     Returns the active Fixed crypto lending plans that are open to API use and visible to this account
    (public plans for its region plus private plans assigned to it), optionally limited to one source
    currency. When interest is paid in another currency, the payout equals the source-currency interest
    divided by interestRatio. Only accounts granted lending API access may call it.

    Args:
        body (GetFixedPlansRequest): Filter for the list of Fixed plans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[FixedPlan]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFixedPlansRequest,
) -> ApiError | list[FixedPlan] | None:
    """List Fixed lending plans

     Returns the active Fixed crypto lending plans that are open to API use and visible to this account
    (public plans for its region plus private plans assigned to it), optionally limited to one source
    currency. When interest is paid in another currency, the payout equals the source-currency interest
    divided by interestRatio. Only accounts granted lending API access may call it.

    Args:
        body (GetFixedPlansRequest): Filter for the list of Fixed plans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[FixedPlan]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
