from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.edit_sub_account_api_key_request import EditSubAccountApiKeyRequest
from ...models.edit_sub_account_api_key_result import EditSubAccountApiKeyResult
from ...types import Response


def _get_kwargs(
    *,
    body: EditSubAccountApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/api-key/edit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | EditSubAccountApiKeyResult | None:
    if response.status_code == 200:
        response_200 = EditSubAccountApiKeyResult.from_dict(response.json())

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
) -> Response[ApiError | EditSubAccountApiKeyResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EditSubAccountApiKeyRequest,
) -> Response[ApiError | EditSubAccountApiKeyResult]:
    """Update a sub-account API key

     Changes the title of a sub-account API key and switches its access to individual endpoints on or
    off. Some endpoints can never be enabled for sub-account keys; listing them in urls fails with error
    code 5. Returns an empty object on success.

    Args:
        body (EditSubAccountApiKeyRequest): New title and endpoint access settings for a sub-
            account API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | EditSubAccountApiKeyResult]
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
    body: EditSubAccountApiKeyRequest,
) -> ApiError | EditSubAccountApiKeyResult | None:
    """Update a sub-account API key

     Changes the title of a sub-account API key and switches its access to individual endpoints on or
    off. Some endpoints can never be enabled for sub-account keys; listing them in urls fails with error
    code 5. Returns an empty object on success.

    Args:
        body (EditSubAccountApiKeyRequest): New title and endpoint access settings for a sub-
            account API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | EditSubAccountApiKeyResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EditSubAccountApiKeyRequest,
) -> Response[ApiError | EditSubAccountApiKeyResult]:
    """Update a sub-account API key

     Changes the title of a sub-account API key and switches its access to individual endpoints on or
    off. Some endpoints can never be enabled for sub-account keys; listing them in urls fails with error
    code 5. Returns an empty object on success.

    Args:
        body (EditSubAccountApiKeyRequest): New title and endpoint access settings for a sub-
            account API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | EditSubAccountApiKeyResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EditSubAccountApiKeyRequest,
) -> ApiError | EditSubAccountApiKeyResult | None:
    """Update a sub-account API key

     Changes the title of a sub-account API key and switches its access to individual endpoints on or
    off. Some endpoints can never be enabled for sub-account keys; listing them in urls fails with error
    code 5. Returns an empty object on success.

    Args:
        body (EditSubAccountApiKeyRequest): New title and endpoint access settings for a sub-
            account API key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | EditSubAccountApiKeyResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
