from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_new_address_request import CreateNewAddressRequest
from ...models.create_new_address_result import CreateNewAddressResult
from ...types import Response


def _get_kwargs(
    *,
    body: CreateNewAddressRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/create-new-address",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CreateNewAddressResult | None:
    if response.status_code == 201:
        response_201 = CreateNewAddressResult.from_dict(response.json())

        return response_201

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
) -> Response[ApiError | CreateNewAddressResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNewAddressRequest,
) -> Response[ApiError | CreateNewAddressResult]:
    """Generate a new deposit address

     Creates an additional deposit address for a cryptocurrency even when the previous one is unused, and
    returns it with the deposit fee and amount limits. WhiteBIT support must enable the endpoint for the
    account, and sub-accounts additionally need crypto deposits enabled. For BTC and LTC, type chooses
    between p2sh-segwit and bech32, bech32 being used when it is omitted.

    Args:
        body (CreateNewAddressRequest): Parameters for generating a new deposit address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateNewAddressResult]
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
    body: CreateNewAddressRequest,
) -> ApiError | CreateNewAddressResult | None:
    """Generate a new deposit address

     Creates an additional deposit address for a cryptocurrency even when the previous one is unused, and
    returns it with the deposit fee and amount limits. WhiteBIT support must enable the endpoint for the
    account, and sub-accounts additionally need crypto deposits enabled. For BTC and LTC, type chooses
    between p2sh-segwit and bech32, bech32 being used when it is omitted.

    Args:
        body (CreateNewAddressRequest): Parameters for generating a new deposit address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateNewAddressResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNewAddressRequest,
) -> Response[ApiError | CreateNewAddressResult]:
    """Generate a new deposit address

     Creates an additional deposit address for a cryptocurrency even when the previous one is unused, and
    returns it with the deposit fee and amount limits. WhiteBIT support must enable the endpoint for the
    account, and sub-accounts additionally need crypto deposits enabled. For BTC and LTC, type chooses
    between p2sh-segwit and bech32, bech32 being used when it is omitted.

    Args:
        body (CreateNewAddressRequest): Parameters for generating a new deposit address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateNewAddressResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateNewAddressRequest,
) -> ApiError | CreateNewAddressResult | None:
    """Generate a new deposit address

     Creates an additional deposit address for a cryptocurrency even when the previous one is unused, and
    returns it with the deposit fee and amount limits. WhiteBIT support must enable the endpoint for the
    account, and sub-accounts additionally need crypto deposits enabled. For BTC and LTC, type chooses
    between p2sh-segwit and bech32, bech32 being used when it is omitted.

    Args:
        body (CreateNewAddressRequest): Parameters for generating a new deposit address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateNewAddressResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
