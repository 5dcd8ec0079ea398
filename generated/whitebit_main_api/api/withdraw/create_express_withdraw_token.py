from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_express_withdraw_token_request import CreateExpressWithdrawTokenRequest
from ...models.create_express_withdraw_token_result import CreateExpressWithdrawTokenResult
from ...types import Response


def _get_kwargs(
    *,
    body: CreateExpressWithdrawTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/express-withdraw/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | CreateExpressWithdrawTokenResult | None:
    if response.status_code == 201:
        response_201 = CreateExpressWithdrawTokenResult.from_dict(response.json())

        return response_201

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | CreateExpressWithdrawTokenResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExpressWithdrawTokenRequest,
) -> Response[Any | ApiError | CreateExpressWithdrawTokenResult]:
    """Create an Express Withdraw payment link

     Creates a single-use token with which another WhiteBIT user pays the given crypto amount into the
    caller's main balance as an instant, fee-free internal transfer, and returns the confirmation URL
    carrying it plus its expiry. The token is valid for 90 seconds; payments worth more than 10,000
    USDT, fiat tickers and paying oneself are refused, and the account needs the Express Withdraw
    permission. Sending a still-pending externalId again with an unchanged ticker and amount yields the
    existing token rather than a second charge.

    Args:
        body (CreateExpressWithdrawTokenRequest): Parameters of an Express Withdraw payment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | CreateExpressWithdrawTokenResult]
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
    body: CreateExpressWithdrawTokenRequest,
) -> Any | ApiError | CreateExpressWithdrawTokenResult | None:
    """Create an Express Withdraw payment link

     Creates a single-use token with which another WhiteBIT user pays the given crypto amount into the
    caller's main balance as an instant, fee-free internal transfer, and returns the confirmation URL
    carrying it plus its expiry. The token is valid for 90 seconds; payments worth more than 10,000
    USDT, fiat tickers and paying oneself are refused, and the account needs the Express Withdraw
    permission. Sending a still-pending externalId again with an unchanged ticker and amount yields the
    existing token rather than a second charge.

    Args:
        body (CreateExpressWithdrawTokenRequest): Parameters of an Express Withdraw payment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | CreateExpressWithdrawTokenResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExpressWithdrawTokenRequest,
) -> Response[Any | ApiError | CreateExpressWithdrawTokenResult]:
    """Create an Express Withdraw payment link

     Creates a single-use token with which another WhiteBIT user pays the given crypto amount into the
    caller's main balance as an instant, fee-free internal transfer, and returns the confirmation URL
    carrying it plus its expiry. The token is valid for 90 seconds; payments worth more than 10,000
    USDT, fiat tickers and paying oneself are refused, and the account needs the Express Withdraw
    permission. Sending a still-pending externalId again with an unchanged ticker and amount yields the
    existing token rather than a second charge.

    Args:
        body (CreateExpressWithdrawTokenRequest): Parameters of an Express Withdraw payment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | CreateExpressWithdrawTokenResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExpressWithdrawTokenRequest,
) -> Any | ApiError | CreateExpressWithdrawTokenResult | None:
    """Create an Express Withdraw payment link

     Creates a single-use token with which another WhiteBIT user pays the given crypto amount into the
    caller's main balance as an instant, fee-free internal transfer, and returns the confirmation URL
    carrying it plus its expiry. The token is valid for 90 seconds; payments worth more than 10,000
    USDT, fiat tickers and paying oneself are refused, and the account needs the Express Withdraw
    permission. Sending a still-pending externalId again with an unchanged ticker and amount yields the
    existing token rather than a second charge.

    Args:
        body (CreateExpressWithdrawTokenRequest): Parameters of an Express Withdraw payment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | CreateExpressWithdrawTokenResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
