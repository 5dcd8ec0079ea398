from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fee_info import FeeInfo
from ...models.get_fees_request import GetFeesRequest
from ...types import Response


def _get_kwargs(
    *,
    body: GetFeesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/fee",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[FeeInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FeeInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[FeeInfo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFeesRequest,
) -> Response[list[FeeInfo]]:
    """Get deposit and withdrawal fees

     Returns, for every currency, whether deposits and withdrawals are possible and the fees and amount
    limits that apply to each. A zero in a fee or limit field means that setting is switched off. The
    body carries only the standard signed-request fields.

    Args:
        body (GetFeesRequest): Body of the fee request; only the signed-request fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[FeeInfo]]
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
    body: GetFeesRequest,
) -> list[FeeInfo] | None:
    """Get deposit and withdrawal fees

     Returns, for every currency, whether deposits and withdrawals are possible and the fees and amount
    limits that apply to each. A zero in a fee or limit field means that setting is switched off. The
    body carries only the standard signed-request fields.

    Args:
        body (GetFeesRequest): Body of the fee request; only the signed-request fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[FeeInfo]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFeesRequest,
) -> Response[list[FeeInfo]]:
    """Get deposit and withdrawal fees

     Returns, for every currency, whether deposits and withdrawals are possible and the fees and amount
    limits that apply to each. A zero in a fee or limit field means that setting is switched off. The
    body carries only the standard signed-request fields.

    Args:
        body (GetFeesRequest): Body of the fee request; only the signed-request fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[FeeInfo]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFeesRequest,
) -> list[FeeInfo] | None:
    """Get deposit and withdrawal fees

     Returns, for every currency, whether deposits and withdrawals are possible and the fees and amount
    limits that apply to each. A zero in a fee or limit field means that setting is switched off. The
    body carries only the standard signed-request fields.

    Args:
        body (GetFeesRequest): Body of the fee request; only the signed-request fields are sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[FeeInfo]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
