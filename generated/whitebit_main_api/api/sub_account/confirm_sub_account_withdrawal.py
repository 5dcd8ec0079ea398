from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.confirm_sub_account_withdrawal_request import ConfirmSubAccountWithdrawalRequest
from ...models.confirm_sub_account_withdrawal_result import ConfirmSubAccountWithdrawalResult
from ...types import Response


def _get_kwargs(
    *,
    body: ConfirmSubAccountWithdrawalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/withdraw/confirm",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | ConfirmSubAccountWithdrawalResult | None:
    if response.status_code == 200:
        response_200 = ConfirmSubAccountWithdrawalResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | ConfirmSubAccountWithdrawalResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmSubAccountWithdrawalRequest,
) -> Response[Any | ApiError | ConfirmSubAccountWithdrawalResult]:
    """Approve a pending sub-account withdrawal

     Approves one sub-account withdrawal held in unconfirmed_by_main_account status so that it proceeds
    to processing; take its id from the unconfirmed-withdrawals list. Withdrawals that are never
    approved expire after a retention period. Returns an empty object on success; the feature must be
    enabled on request, otherwise the endpoint answers 404.

    Args:
        body (ConfirmSubAccountWithdrawalRequest): Identifies the pending withdrawal to approve.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | ConfirmSubAccountWithdrawalResult]
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
    body: ConfirmSubAccountWithdrawalRequest,
) -> Any | ApiError | ConfirmSubAccountWithdrawalResult | None:
    """Approve a pending sub-account withdrawal

     Approves one sub-account withdrawal held in unconfirmed_by_main_account status so that it proceeds
    to processing; take its id from the unconfirmed-withdrawals list. Withdrawals that are never
    approved expire after a retention period. Returns an empty object on success; the feature must be
    enabled on request, otherwise the endpoint answers 404.

    Args:
        body (ConfirmSubAccountWithdrawalRequest): Identifies the pending withdrawal to approve.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | ConfirmSubAccountWithdrawalResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmSubAccountWithdrawalRequest,
) -> Response[Any | ApiError | ConfirmSubAccountWithdrawalResult]:
    """Approve a pending sub-account withdrawal

     Approves one sub-account withdrawal held in unconfirmed_by_main_account status so that it proceeds
    to processing; take its id from the unconfirmed-withdrawals list. Withdrawals that are never
    approved expire after a retention period. Returns an empty object on success; the feature must be
    enabled on request, otherwise the endpoint answers 404.

    Args:
        body (ConfirmSubAccountWithdrawalRequest): Identifies the pending withdrawal to approve.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | ConfirmSubAccountWithdrawalResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmSubAccountWithdrawalRequest,
) -> Any | ApiError | ConfirmSubAccountWithdrawalResult | None:
    """Approve a pending sub-account withdrawal

     Approves one sub-account withdrawal held in unconfirmed_by_main_account status so that it proceeds
    to processing; take its id from the unconfirmed-withdrawals list. Withdrawals that are never
    approved expire after a retention period. Returns an empty object on success; the feature must be
    enabled on request, otherwise the endpoint answers 404.

    Args:
        body (ConfirmSubAccountWithdrawalRequest): Identifies the pending withdrawal to approve.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | ConfirmSubAccountWithdrawalResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
