from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sub_account_transfer_request import SubAccountTransferRequest
from ...models.sub_account_transfer_result import SubAccountTransferResult
from ...types import Response


def _get_kwargs(
    *,
    body: SubAccountTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/transfer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SubAccountTransferResult | None:
    if response.status_code == 200:
        response_200 = SubAccountTransferResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | SubAccountTransferResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubAccountTransferRequest,
) -> Response[ApiError | SubAccountTransferResult]:
    """Transfer funds to or from a sub-account

     Moves an amount of one currency between the main account and a sub-account, in the direction given
    by the direction field. Returns the identifier of the created transfer, which matches transaction_id
    in the transfer history.

    Args:
        body (SubAccountTransferRequest): Parameters of a transfer between the main account and a
            sub-account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SubAccountTransferResult]
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
    body: SubAccountTransferRequest,
) -> ApiError | SubAccountTransferResult | None:
    """Transfer funds to or from a sub-account

     Moves an amount of one currency between the main account and a sub-account, in the direction given
    by the direction field. Returns the identifier of the created transfer, which matches transaction_id
    in the transfer history.

    Args:
        body (SubAccountTransferRequest): Parameters of a transfer between the main account and a
            sub-account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SubAccountTransferResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubAccountTransferRequest,
) -> Response[ApiError | SubAccountTransferResult]:
    """Transfer funds to or from a sub-account

     Moves an amount of one currency between the main account and a sub-account, in the direction given
    by the direction field. Returns the identifier of the created transfer, which matches transaction_id
    in the transfer history.

    Args:
        body (SubAccountTransferRequest): Parameters of a transfer between the main account and a
            sub-account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SubAccountTransferResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubAccountTransferRequest,
) -> ApiError | SubAccountTransferResult | None:
    """Transfer funds to or from a sub-account

     Moves an amount of one currency between the main account and a sub-account, in the direction given
    by the direction field. Returns the identifier of the created transfer, which matches transaction_id
    in the transfer history.

    Args:
        body (SubAccountTransferRequest): Parameters of a transfer between the main account and a
            sub-account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SubAccountTransferResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
