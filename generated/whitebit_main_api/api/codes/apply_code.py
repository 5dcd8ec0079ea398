from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.apply_code_request import ApplyCodeRequest
from ...models.apply_code_result import ApplyCodeResult
from ...types import Response


def _get_kwargs(
    *,
    body: ApplyCodeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/codes/apply",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApplyCodeResult | None:
    if response.status_code == 201:
        response_201 = ApplyCodeResult.from_dict(response.json())

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
) -> Response[ApiError | ApplyCodeResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyCodeRequest,
) -> Response[ApiError | ApplyCodeResult]:
    """Redeem a WhiteBIT code

     Credits the funds held in a WhiteBIT code to the main balance and returns the currency and amount
    received; the passphrase is needed only if the code was created with one. An unknown, expired or
    malformed code and a wrong passphrase share one generic error on the code field, while a code
    redeemed before or a code created by the same account get their own messages.

    Args:
        body (ApplyCodeRequest): Parameters for redeeming a WhiteBIT code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApplyCodeResult]
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
    body: ApplyCodeRequest,
) -> ApiError | ApplyCodeResult | None:
    """Redeem a WhiteBIT code

     Credits the funds held in a WhiteBIT code to the main balance and returns the currency and amount
    received; the passphrase is needed only if the code was created with one. An unknown, expired or
    malformed code and a wrong passphrase share one generic error on the code field, while a code
    redeemed before or a code created by the same account get their own messages.

    Args:
        body (ApplyCodeRequest): Parameters for redeeming a WhiteBIT code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApplyCodeResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyCodeRequest,
) -> Response[ApiError | ApplyCodeResult]:
    """Redeem a WhiteBIT code

     Credits the funds held in a WhiteBIT code to the main balance and returns the currency and amount
    received; the passphrase is needed only if the code was created with one. An unknown, expired or
    malformed code and a wrong passphrase share one generic error on the code field, while a code
    redeemed before or a code created by the same account get their own messages.

    Args:
        body (ApplyCodeRequest): Parameters for redeeming a WhiteBIT code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApplyCodeResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApplyCodeRequest,
) -> ApiError | ApplyCodeResult | None:
    """Redeem a WhiteBIT code

     Credits the funds held in a WhiteBIT code to the main balance and returns the currency and amount
    received; the passphrase is needed only if the code was created with one. An unknown, expired or
    malformed code and a wrong passphrase share one generic error on the code field, while a code
    redeemed before or a code created by the same account get their own messages.

    Args:
        body (ApplyCodeRequest): Parameters for redeeming a WhiteBIT code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApplyCodeResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
