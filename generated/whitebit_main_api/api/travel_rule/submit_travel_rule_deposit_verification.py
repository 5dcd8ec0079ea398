from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.submit_travel_rule_deposit_verification_request import (
    SubmitTravelRuleDepositVerificationRequest,
)
from ...models.submit_travel_rule_deposit_verification_result import (
    SubmitTravelRuleDepositVerificationResult,
)
from ...types import Response


def _get_kwargs(
    *,
    body: SubmitTravelRuleDepositVerificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/travel-rule/deposit/verification",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SubmitTravelRuleDepositVerificationResult | None:
    if response.status_code == 200:
        response_200 = SubmitTravelRuleDepositVerificationResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | SubmitTravelRuleDepositVerificationResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitTravelRuleDepositVerificationRequest,
) -> Response[ApiError | SubmitTravelRuleDepositVerificationResult]:
    """Submit Travel Rule data for a deposit

     Sends the originator details of an incoming deposit that is waiting for Travel Rule verification and
    returns the resulting review status. For a hosted wallet, vaspData with vaspId or vaspName is
    required; an individual originator needs firstName and lastName, an entity needs fullName.

    Args:
        body (SubmitTravelRuleDepositVerificationRequest): Originator data for a deposit held for
            Travel Rule verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SubmitTravelRuleDepositVerificationResult]
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
    body: SubmitTravelRuleDepositVerificationRequest,
) -> ApiError | SubmitTravelRuleDepositVerificationResult | None:
    """Submit Travel Rule data for a deposit

     Sends the originator details of an incoming deposit that is waiting for Travel Rule verification and
    returns the resulting review status. For a hosted wallet, vaspData with vaspId or vaspName is
    required; an individual originator needs firstName and lastName, an entity needs fullName.

    Args:
        body (SubmitTravelRuleDepositVerificationRequest): Originator data for a deposit held for
            Travel Rule verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SubmitTravelRuleDepositVerificationResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitTravelRuleDepositVerificationRequest,
) -> Response[ApiError | SubmitTravelRuleDepositVerificationResult]:
    """Submit Travel Rule data for a deposit

     Sends the originator details of an incoming deposit that is waiting for Travel Rule verification and
    returns the resulting review status. For a hosted wallet, vaspData with vaspId or vaspName is
    required; an individual originator needs firstName and lastName, an entity needs fullName.

    Args:
        body (SubmitTravelRuleDepositVerificationRequest): Originator data for a deposit held for
            Travel Rule verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SubmitTravelRuleDepositVerificationResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitTravelRuleDepositVerificationRequest,
) -> ApiError | SubmitTravelRuleDepositVerificationResult | None:
    """Submit Travel Rule data for a deposit

     Sends the originator details of an incoming deposit that is waiting for Travel Rule verification and
    returns the resulting review status. For a hosted wallet, vaspData with vaspId or vaspName is
    required; an individual originator needs firstName and lastName, an entity needs fullName.

    Args:
        body (SubmitTravelRuleDepositVerificationRequest): Originator data for a deposit held for
            Travel Rule verification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SubmitTravelRuleDepositVerificationResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
