from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.delete_sub_account_api_key_request import DeleteSubAccountApiKeyRequest
from ...models.delete_sub_account_api_key_result import DeleteSubAccountApiKeyResult
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteSubAccountApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/api-key/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DeleteSubAccountApiKeyResult | None:
    if response.status_code == 200:
        response_200 = DeleteSubAccountApiKeyResult.from_dict(response.json())

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
) -> Response[ApiError | DeleteSubAccountApiKeyResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSubAccountApiKeyRequest,
) -> Response[ApiError | DeleteSubAccountApiKeyResult]:
    """Delete a sub-account API key

     Removes the given sub-account API key so it can no longer be used. Returns an empty object on
    success.

    Args:
        body (DeleteSubAccountApiKeyRequest): Identifies the sub-account API key to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DeleteSubAccountApiKeyResult]
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
    body: DeleteSubAccountApiKeyRequest,
) -> ApiError | DeleteSubAccountApiKeyResult | None:
    """Delete a sub-account API key

     Removes the given sub-account API key so it can no longer be used. Returns an empty object on
    success.

    Args:
        body (DeleteSubAccountApiKeyRequest): Identifies the sub-account API key to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DeleteSubAccountApiKeyResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSubAccountApiKeyRequest,
) -> Response[ApiError | DeleteSubAccountApiKeyResult]:
    """Delete a sub-account API key

     Removes the given sub-account API key so it can no longer be used. Returns an empty object on
    success.

    Args:
        body (DeleteSubAccountApiKeyRequest): Identifies the sub-account API key to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DeleteSubAccountApiKeyResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSubAccountApiKeyRequest,
) -> ApiError | DeleteSubAccountApiKeyResult | None:
    """Delete a sub-account API key

     Removes the given sub-account API key so it can no longer be used. Returns an empty object on
    success.

    Args:
        body (DeleteSubAccountApiKeyRequest): Identifies the sub-account API key to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DeleteSubAccountApiKeyResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
