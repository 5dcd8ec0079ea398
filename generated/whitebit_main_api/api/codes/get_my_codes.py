from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_my_codes_request import GetMyCodesRequest
from ...models.get_my_codes_result import GetMyCodesResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetMyCodesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/codes/my",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | GetMyCodesResult | None:
    if response.status_code == 201:
        response_201 = GetMyCodesResult.from_dict(response.json())

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
) -> Response[ApiError | GetMyCodesResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMyCodesRequest,
) -> Response[ApiError | GetMyCodesResult]:
    """List codes created by the account

     Returns one page of the WhiteBIT codes this account has created, newest first, with the total count.
    Paging cannot go past the 10000th record (offset plus limit at most 10000).

    Args:
        body (GetMyCodesRequest): Paging for the list of codes the account created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetMyCodesResult]
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
    body: GetMyCodesRequest,
) -> ApiError | GetMyCodesResult | None:
    """List codes created by the account

     Returns one page of the WhiteBIT codes this account has created, newest first, with the total count.
    Paging cannot go past the 10000th record (offset plus limit at most 10000).

    Args:
        body (GetMyCodesRequest): Paging for the list of codes the account created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetMyCodesResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetMyCodesRequest,
) -> Response[ApiError | GetMyCodesResult]:
    """List codes created by the account

     Returns one page of the WhiteBIT codes this account has created, newest first, with the total count.
    Paging cannot go past the 10000th record (offset plus limit at most 10000).

    Args:
        body (GetMyCodesRequest): Paging for the list of codes the account created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetMyCodesResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetMyCodesRequest,
) -> ApiError | GetMyCodesResult | None:
    """List codes created by the account

     Returns one page of the WhiteBIT codes this account has created, newest first, with the total count.
    Paging cannot go past the 10000th record (offset plus limit at most 10000).

    Args:
        body (GetMyCodesRequest): Paging for the list of codes the account created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetMyCodesResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
