from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.issue_jwt_token_request import IssueJwtTokenRequest
from ...models.issue_jwt_token_result import IssueJwtTokenResult
from ...types import Response


def _get_kwargs(
    *,
    body: IssueJwtTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/jwt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | IssueJwtTokenResult | None:
    if response.status_code == 200:
        response_200 = IssueJwtTokenResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | IssueJwtTokenResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueJwtTokenRequest,
) -> Response[ApiError | IssueJwtTokenResult]:
    """Issue a Fiat Gateway JWT

     Creates a signed JSON Web Token that authenticates calls to the Fiat Gateway service, and returns it
    together with its expiry time. The body carries only the standard signed-request fields.

    Args:
        body (IssueJwtTokenRequest): Body of the JWT request; only the signed-request fields are
            sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | IssueJwtTokenResult]
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
    body: IssueJwtTokenRequest,
) -> ApiError | IssueJwtTokenResult | None:
    """Issue a Fiat Gateway JWT

     Creates a signed JSON Web Token that authenticates calls to the Fiat Gateway service, and returns it
    together with its expiry time. The body carries only the standard signed-request fields.

    Args:
        body (IssueJwtTokenRequest): Body of the JWT request; only the signed-request fields are
            sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | IssueJwtTokenResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IssueJwtTokenRequest,
) -> Response[ApiError | IssueJwtTokenResult]:
    """Issue a Fiat Gateway JWT

     Creates a signed JSON Web Token that authenticates calls to the Fiat Gateway service, and returns it
    together with its expiry time. The body carries only the standard signed-request fields.

    Args:
        body (IssueJwtTokenRequest): Body of the JWT request; only the signed-request fields are
            sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | IssueJwtTokenResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IssueJwtTokenRequest,
) -> ApiError | IssueJwtTokenResult | None:
    """Issue a Fiat Gateway JWT

     Creates a signed JSON Web Token that authenticates calls to the Fiat Gateway service, and returns it
    together with its expiry time. The body carries only the standard signed-request fields.

    Args:
        body (IssueJwtTokenRequest): Body of the JWT request; only the signed-request fields are
            sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | IssueJwtTokenResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
