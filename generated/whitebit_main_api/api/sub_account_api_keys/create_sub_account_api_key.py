from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_sub_account_api_key_request import CreateSubAccountApiKeyRequest
from ...models.sub_account_api_key import SubAccountApiKey
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSubAccountApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/api-key/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SubAccountApiKey | None:
    if response.status_code == 201:
        response_201 = SubAccountApiKey.from_dict(response.json())

        return response_201

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
) -> Response[ApiError | SubAccountApiKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountApiKeyRequest,
) -> Response[ApiError | SubAccountApiKey]:
    """Create an API key for a sub-account

     Issues a new API key for the given sub-account and returns it together with its secret. Each sub-
    account may hold up to 50 keys, counted apart from the main account and other sub-accounts. Type 2
    keys carry deposit and withdrawal rights, but crypto deposits must additionally be switched on for
    the account by WhiteBIT.

    Args:
        body (CreateSubAccountApiKeyRequest): Parameters for a new sub-account API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SubAccountApiKey]
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
    body: CreateSubAccountApiKeyRequest,
) -> ApiError | SubAccountApiKey | None:
    """Create an API key for a sub-account

     Issues a new API key for the given sub-account and returns it together with its secret. Each sub-
    account may hold up to 50 keys, counted apart from the main account and other sub-accounts. Type 2
    keys carry deposit and withdrawal rights, but crypto deposits must additionally be switched on for
    the account by WhiteBIT.

    Args:
        body (CreateSubAccountApiKeyRequest): Parameters for a new sub-account API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SubAccountApiKey
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountApiKeyRequest,
) -> Response[ApiError | SubAccountApiKey]:
    """Create an API key for a sub-account

     Issues a new API key for the given sub-account and returns it together with its secret. Each sub-
    account may hold up to 50 keys, counted apart from the main account and other sub-accounts. Type 2
    keys carry deposit and withdrawal rights, but crypto deposits must additionally be switched on for
    the account by WhiteBIT.

    Args:
        body (CreateSubAccountApiKeyRequest): Parameters for a new sub-account API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SubAccountApiKey]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountApiKeyRequest,
) -> ApiError | SubAccountApiKey | None:
    """Create an API key for a sub-account

     Issues a new API key for the given sub-account and returns it together with its secret. Each sub-
    account may hold up to 50 keys, counted apart from the main account and other sub-accounts. Type 2
    keys carry deposit and withdrawal rights, but crypto deposits must additionally be switched on for
    the account by WhiteBIT.

    Args:
        body (CreateSubAccountApiKeyRequest): Parameters for a new sub-account API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SubAccountApiKey
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
