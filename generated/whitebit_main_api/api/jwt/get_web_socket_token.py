from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_web_socket_token_request import GetWebSocketTokenRequest
from ...models.get_web_socket_token_result import GetWebSocketTokenResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetWebSocketTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/profile/websocket_token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetWebSocketTokenResult | None:
    if response.status_code == 200:
        response_200 = GetWebSocketTokenResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetWebSocketTokenResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetWebSocketTokenRequest,
) -> Response[Any | GetWebSocketTokenResult]:
    """Get a WebSocket token

     Returns the token that authorizes a connection to the private WebSocket API for the owner of the API
    key. The body carries only the standard signed-request fields.

    Args:
        body (GetWebSocketTokenRequest): Body of the WebSocket token request; only the signed-
            request fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetWebSocketTokenResult]
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
    body: GetWebSocketTokenRequest,
) -> Any | GetWebSocketTokenResult | None:
    """Get a WebSocket token

     Returns the token that authorizes a connection to the private WebSocket API for the owner of the API
    key. The body carries only the standard signed-request fields.

    Args:
        body (GetWebSocketTokenRequest): Body of the WebSocket token request; only the signed-
            request fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetWebSocketTokenResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetWebSocketTokenRequest,
) -> Response[Any | GetWebSocketTokenResult]:
    """Get a WebSocket token

     Returns the token that authorizes a connection to the private WebSocket API for the owner of the API
    key. The body carries only the standard signed-request fields.

    Args:
        body (GetWebSocketTokenRequest): Body of the WebSocket token request; only the signed-
            request fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetWebSocketTokenResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetWebSocketTokenRequest,
) -> Any | GetWebSocketTokenResult | None:
    """Get a WebSocket token

     Returns the token that authorizes a connection to the private WebSocket API for the owner of the API
    key. The body carries only the standard signed-request fields.

    Args:
        body (GetWebSocketTokenRequest): Body of the WebSocket token request; only the signed-
            request fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetWebSocketTokenResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
