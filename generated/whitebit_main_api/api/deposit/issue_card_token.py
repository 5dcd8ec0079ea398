from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.issue_card_token_request import IssueCardTokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: IssueCardTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/card-token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IssueCardTokenRequest,
) -> Response[Any | ApiError]:
    """Tokenise a payment card number

     Exchanges a card number for a card token that fiat withdrawals can use in place of the raw number.
    Unlike the other endpoints, it is served by the Fiat Gateway host https://fgw.whitebit.com and
    authorised by a JWT, obtained from /api/v4/jwt (field data.token), sent in the Authorization header,
    not by the HMAC-signed X-TXC headers.

    Args:
        body (IssueCardTokenRequest): Card number to turn into a card token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
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
    client: AuthenticatedClient,
    body: IssueCardTokenRequest,
) -> Any | ApiError | None:
    """Tokenise a payment card number

     Exchanges a card number for a card token that fiat withdrawals can use in place of the raw number.
    Unlike the other endpoints, it is served by the Fiat Gateway host https://fgw.whitebit.com and
    authorised by a JWT, obtained from /api/v4/jwt (field data.token), sent in the Authorization header,
    not by the HMAC-signed X-TXC headers.

    Args:
        body (IssueCardTokenRequest): Card number to turn into a card token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IssueCardTokenRequest,
) -> Response[Any | ApiError]:
    """Tokenise a payment card number

     Exchanges a card number for a card token that fiat withdrawals can use in place of the raw number.
    Unlike the other endpoints, it is served by the Fiat Gateway host https://fgw.whitebit.com and
    authorised by a JWT, obtained from /api/v4/jwt (field data.token), sent in the Authorization header,
    not by the HMAC-signed X-TXC headers.

    Args:
        body (IssueCardTokenRequest): Card number to turn into a card token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IssueCardTokenRequest,
) -> Any | ApiError | None:
    """Tokenise a payment card number

     Exchanges a card number for a card token that fiat withdrawals can use in place of the raw number.
    Unlike the other endpoints, it is served by the Fiat Gateway host https://fgw.whitebit.com and
    authorised by a JWT, obtained from /api/v4/jwt (field data.token), sent in the Authorization header,
    not by the HMAC-signed X-TXC headers.

    Args:
        body (IssueCardTokenRequest): Card number to turn into a card token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
