from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_sub_account_kyc_url_request import GetSubAccountKycUrlRequest
from ...models.get_sub_account_kyc_url_result import GetSubAccountKycUrlResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetSubAccountKycUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/sub-account/kyc-url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetSubAccountKycUrlResult | None:
    if response.status_code == 200:
        response_200 = GetSubAccountKycUrlResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | GetSubAccountKycUrlResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubAccountKycUrlRequest,
) -> Response[ApiError | GetSubAccountKycUrlResult]:
    """Get a KYC link for a sub-account

     Creates a short-lived identity-verification link for a sub-account and returns it with its lifetime
    in seconds. The sub-account must be activated, must not be locked or blocked, and must not use
    shared KYC with the main account.

    Args:
        body (GetSubAccountKycUrlRequest): Identifies the sub-account that needs a verification
            link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetSubAccountKycUrlResult]
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
    body: GetSubAccountKycUrlRequest,
) -> ApiError | GetSubAccountKycUrlResult | None:
    """Get a KYC link for a sub-account

     Creates a short-lived identity-verification link for a sub-account and returns it with its lifetime
    in seconds. The sub-account must be activated, must not be locked or blocked, and must not use
    shared KYC with the main account.

    Args:
        body (GetSubAccountKycUrlRequest): Identifies the sub-account that needs a verification
            link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetSubAccountKycUrlResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubAccountKycUrlRequest,
) -> Response[ApiError | GetSubAccountKycUrlResult]:
    """Get a KYC link for a sub-account

     Creates a short-lived identity-verification link for a sub-account and returns it with its lifetime
    in seconds. The sub-account must be activated, must not be locked or blocked, and must not use
    shared KYC with the main account.

    Args:
        body (GetSubAccountKycUrlRequest): Identifies the sub-account that needs a verification
            link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetSubAccountKycUrlResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubAccountKycUrlRequest,
) -> ApiError | GetSubAccountKycUrlResult | None:
    """Get a KYC link for a sub-account

     Creates a short-lived identity-verification link for a sub-account and returns it with its lifetime
    in seconds. The sub-account must be activated, must not be locked or blocked, and must not use
    shared KYC with the main account.

    Args:
        body (GetSubAccountKycUrlRequest): Identifies the sub-account that needs a verification
            link.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetSubAccountKycUrlResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
