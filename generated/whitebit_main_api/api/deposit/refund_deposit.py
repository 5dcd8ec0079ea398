from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.refund_deposit_request import RefundDepositRequest
from ...models.refund_deposit_result import RefundDepositResult
from ...types import Response


def _get_kwargs(
    *,
    body: RefundDepositRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/refund-deposit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | RefundDepositResult | None:
    if response.status_code == 200:
        response_200 = RefundDepositResult.from_dict(response.json())

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
) -> Response[ApiError | RefundDepositResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefundDepositRequest,
) -> Response[ApiError | RefundDepositResult]:
    """Refund a canceled deposit

     Asks for a canceled deposit to be sent back to an external address and echoes the deposit id on
    acceptance. Only deposits in canceled status qualify, and the target address must use the deposit's
    network and asset and may not belong to WhiteBIT. Refunds complete asynchronously; the
    refund.successful and refund.failed webhooks report the result.

    Args:
        body (RefundDepositRequest): Refund request for a canceled deposit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RefundDepositResult]
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
    body: RefundDepositRequest,
) -> ApiError | RefundDepositResult | None:
    """Refund a canceled deposit

     Asks for a canceled deposit to be sent back to an external address and echoes the deposit id on
    acceptance. Only deposits in canceled status qualify, and the target address must use the deposit's
    network and asset and may not belong to WhiteBIT. Refunds complete asynchronously; the
    refund.successful and refund.failed webhooks report the result.

    Args:
        body (RefundDepositRequest): Refund request for a canceled deposit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RefundDepositResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefundDepositRequest,
) -> Response[ApiError | RefundDepositResult]:
    """Refund a canceled deposit

     Asks for a canceled deposit to be sent back to an external address and echoes the deposit id on
    acceptance. Only deposits in canceled status qualify, and the target address must use the deposit's
    network and asset and may not belong to WhiteBIT. Refunds complete asynchronously; the
    refund.successful and refund.failed webhooks report the result.

    Args:
        body (RefundDepositRequest): Refund request for a canceled deposit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | RefundDepositResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RefundDepositRequest,
) -> ApiError | RefundDepositResult | None:
    """Refund a canceled deposit

     Asks for a canceled deposit to be sent back to an external address and echoes the deposit id on
    acceptance. Only deposits in canceled status qualify, and the target address must use the deposit's
    network and asset and may not belong to WhiteBIT. Refunds complete asynchronously; the
    refund.successful and refund.failed webhooks report the result.

    Args:
        body (RefundDepositRequest): Refund request for a canceled deposit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | RefundDepositResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
