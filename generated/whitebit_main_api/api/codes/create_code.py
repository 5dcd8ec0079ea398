from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_code_request import CreateCodeRequest
from ...models.create_code_result import CreateCodeResult
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCodeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/codes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CreateCodeResult | None:
    if response.status_code == 201:
        response_201 = CreateCodeResult.from_dict(response.json())

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
) -> Response[ApiError | CreateCodeResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeRequest,
) -> Response[ApiError | CreateCodeResult]:
    """Create a WhiteBIT code

     Takes the given amount of a currency from the main balance and locks it in a new WhiteBIT code that
    another account can redeem. Returns the code string and its external identifier. When a passphrase
    is set, the redeemer has to supply it.

    Args:
        body (CreateCodeRequest): Parameters for creating a WhiteBIT code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateCodeResult]
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
    body: CreateCodeRequest,
) -> ApiError | CreateCodeResult | None:
    """Create a WhiteBIT code

     Takes the given amount of a currency from the main balance and locks it in a new WhiteBIT code that
    another account can redeem. Returns the code string and its external identifier. When a passphrase
    is set, the redeemer has to supply it.

    Args:
        body (CreateCodeRequest): Parameters for creating a WhiteBIT code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateCodeResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeRequest,
) -> Response[ApiError | CreateCodeResult]:
    """Create a WhiteBIT code

     Takes the given amount of a currency from the main balance and locks it in a new WhiteBIT code that
    another account can redeem. Returns the code string and its external identifier. When a passphrase
    is set, the redeemer has to supply it.

    Args:
        body (CreateCodeRequest): Parameters for creating a WhiteBIT code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CreateCodeResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeRequest,
) -> ApiError | CreateCodeResult | None:
    """Create a WhiteBIT code

     Takes the given amount of a currency from the main balance and locks it in a new WhiteBIT code that
    another account can redeem. Returns the code string and its external identifier. When a passphrase
    is set, the redeemer has to supply it.

    Args:
        body (CreateCodeRequest): Parameters for creating a WhiteBIT code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CreateCodeResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
