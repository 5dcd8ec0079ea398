from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.credit_line import CreditLine
from ...models.get_credit_line_info_request import GetCreditLineInfoRequest
from ...types import Response


def _get_kwargs(
    *,
    body: GetCreditLineInfoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/credit-line/loans/info",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CreditLine | None:
    if response.status_code == 200:
        response_200 = CreditLine.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CreditLine]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCreditLineInfoRequest,
) -> Response[ApiError | CreditLine]:
    """Get the active credit line

     Returns the account's current loan: its asset, amount, funding and loan-to-value levels. Access is
    enabled on request through WhiteBIT support; without an active loan the call answers 400, and 404
    means credit lines are not available to the account.

    Args:
        body (GetCreditLineInfoRequest): Body of the credit line request; only the signed-request
            fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreditLine]
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
    body: GetCreditLineInfoRequest,
) -> ApiError | CreditLine | None:
    """Get the active credit line

     Returns the account's current loan: its asset, amount, funding and loan-to-value levels. Access is
    enabled on request through WhiteBIT support; without an active loan the call answers 400, and 404
    means credit lines are not available to the account.

    Args:
        body (GetCreditLineInfoRequest): Body of the credit line request; only the signed-request
            fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreditLine
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCreditLineInfoRequest,
) -> Response[ApiError | CreditLine]:
    """Get the active credit line

     Returns the account's current loan: its asset, amount, funding and loan-to-value levels. Access is
    enabled on request through WhiteBIT support; without an active loan the call answers 400, and 404
    means credit lines are not available to the account.

    Args:
        body (GetCreditLineInfoRequest): Body of the credit line request; only the signed-request
            fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreditLine]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetCreditLineInfoRequest,
) -> ApiError | CreditLine | None:
    """Get the active credit line

     Returns the account's current loan: its asset, amount, funding and loan-to-value levels. Access is
    enabled on request through WhiteBIT support; without an active loan the call answers 400, and 404
    means credit lines are not available to the account.

    Args:
        body (GetCreditLineInfoRequest): Body of the credit line request; only the signed-request
            fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreditLine
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
