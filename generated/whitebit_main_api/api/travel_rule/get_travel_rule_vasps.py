from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_travel_rule_vasps_request import GetTravelRuleVaspsRequest
from ...models.get_travel_rule_vasps_result import GetTravelRuleVaspsResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetTravelRuleVaspsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/travel-rule/vasps",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetTravelRuleVaspsResult | None:
    if response.status_code == 200:
        response_200 = GetTravelRuleVaspsResult.from_dict(response.json())

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
) -> Response[ApiError | GetTravelRuleVaspsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTravelRuleVaspsRequest,
) -> Response[ApiError | GetTravelRuleVaspsResult]:
    """List Travel Rule VASPs

     Returns the virtual asset service providers that can be referenced when supplying Travel Rule
    information for incoming or outgoing transfers. Send a returned vaspId when the counterparty is
    listed, otherwise send vaspName; the endpoint is disabled in some regions.

    Args:
        body (GetTravelRuleVaspsRequest): Empty body; only the authentication fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTravelRuleVaspsResult]
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
    body: GetTravelRuleVaspsRequest,
) -> ApiError | GetTravelRuleVaspsResult | None:
    """List Travel Rule VASPs

     Returns the virtual asset service providers that can be referenced when supplying Travel Rule
    information for incoming or outgoing transfers. Send a returned vaspId when the counterparty is
    listed, otherwise send vaspName; the endpoint is disabled in some regions.

    Args:
        body (GetTravelRuleVaspsRequest): Empty body; only the authentication fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTravelRuleVaspsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTravelRuleVaspsRequest,
) -> Response[ApiError | GetTravelRuleVaspsResult]:
    """List Travel Rule VASPs

     Returns the virtual asset service providers that can be referenced when supplying Travel Rule
    information for incoming or outgoing transfers. Send a returned vaspId when the counterparty is
    listed, otherwise send vaspName; the endpoint is disabled in some regions.

    Args:
        body (GetTravelRuleVaspsRequest): Empty body; only the authentication fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTravelRuleVaspsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetTravelRuleVaspsRequest,
) -> ApiError | GetTravelRuleVaspsResult | None:
    """List Travel Rule VASPs

     Returns the virtual asset service providers that can be referenced when supplying Travel Rule
    information for incoming or outgoing transfers. Send a returned vaspId when the counterparty is
    listed, otherwise send vaspName; the endpoint is disabled in some regions.

    Args:
        body (GetTravelRuleVaspsRequest): Empty body; only the authentication fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTravelRuleVaspsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
