from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_sub_account_request import CreateSubAccountRequest
from ...models.sub_account import SubAccount
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSubAccountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SubAccount | None:
    if response.status_code == 201:
        response_201 = SubAccount.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | SubAccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountRequest,
) -> Response[ApiError | SubAccount]:
    """Create a sub-account

     Creates a new sub-account under the authenticated main account and returns its record. The email
    field is mandatory unless shareKyc is true, in which case it may be omitted. Crypto deposits for
    sub-accounts stay off until the exchange enables them for the account; this cannot be switched on
    through the API.

    Args:
        body (CreateSubAccountRequest): Parameters for creating a sub-account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SubAccount]
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
    body: CreateSubAccountRequest,
) -> ApiError | SubAccount | None:
    """Create a sub-account

     Creates a new sub-account under the authenticated main account and returns its record. The email
    field is mandatory unless shareKyc is true, in which case it may be omitted. Crypto deposits for
    sub-accounts stay off until the exchange enables them for the account; this cannot be switched on
    through the API.

    Args:
        body (CreateSubAccountRequest): Parameters for creating a sub-account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SubAccount
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountRequest,
) -> Response[ApiError | SubAccount]:
    """Create a sub-account

     Creates a new sub-account under the authenticated main account and returns its record. The email
    field is mandatory unless shareKyc is true, in which case it may be omitted. Crypto deposits for
    sub-accounts stay off until the exchange enables them for the account; this cannot be switched on
    through the API.

    Args:
        body (CreateSubAccountRequest): Parameters for creating a sub-account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SubAccount]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubAccountRequest,
) -> ApiError | SubAccount | None:
    """Create a sub-account

     Creates a new sub-account under the authenticated main account and returns its record. The email
    field is mandatory unless shareKyc is true, in which case it may be omitted. Crypto deposits for
    sub-accounts stay off until the exchange enables them for the account; this cannot be switched on
    through the API.

    Args:
        body (CreateSubAccountRequest): Parameters for creating a sub-account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SubAccount
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
