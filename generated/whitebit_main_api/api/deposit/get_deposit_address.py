from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_deposit_address_request import GetDepositAddressRequest
from ...models.get_deposit_address_result import GetDepositAddressResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetDepositAddressRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/address",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | GetDepositAddressResult | None:
    if response.status_code == 200:
        response_200 = GetDepositAddressResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | GetDepositAddressResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositAddressRequest,
) -> Response[Any | ApiError | GetDepositAddressResult]:
    """Fetch a crypto deposit address

     Returns the current deposit address of a cryptocurrency (with a memo where the currency uses one)
    together with the deposit fee and amount limits. The ticker must be a depositable non-fiat currency,
    and network must be given for currencies offered on several networks. A sub-account can call it with
    its own key only after WhiteBIT has enabled crypto deposits for that sub-account.

    Args:
        body (GetDepositAddressRequest): Request body for fetching a deposit address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | GetDepositAddressResult]
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
    body: GetDepositAddressRequest,
) -> Any | ApiError | GetDepositAddressResult | None:
    """Fetch a crypto deposit address

     Returns the current deposit address of a cryptocurrency (with a memo where the currency uses one)
    together with the deposit fee and amount limits. The ticker must be a depositable non-fiat currency,
    and network must be given for currencies offered on several networks. A sub-account can call it with
    its own key only after WhiteBIT has enabled crypto deposits for that sub-account.

    Args:
        body (GetDepositAddressRequest): Request body for fetching a deposit address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | GetDepositAddressResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositAddressRequest,
) -> Response[Any | ApiError | GetDepositAddressResult]:
    """Fetch a crypto deposit address

     Returns the current deposit address of a cryptocurrency (with a memo where the currency uses one)
    together with the deposit fee and amount limits. The ticker must be a depositable non-fiat currency,
    and network must be given for currencies offered on several networks. A sub-account can call it with
    its own key only after WhiteBIT has enabled crypto deposits for that sub-account.

    Args:
        body (GetDepositAddressRequest): Request body for fetching a deposit address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | GetDepositAddressResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetDepositAddressRequest,
) -> Any | ApiError | GetDepositAddressResult | None:
    """Fetch a crypto deposit address

     Returns the current deposit address of a cryptocurrency (with a memo where the currency uses one)
    together with the deposit fee and amount limits. The ticker must be a depositable non-fiat currency,
    and network must be given for currencies offered on several networks. A sub-account can call it with
    its own key only after WhiteBIT has enabled crypto deposits for that sub-account.

    Args:
        body (GetDepositAddressRequest): Request body for fetching a deposit address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | GetDepositAddressResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
