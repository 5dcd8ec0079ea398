from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_fiat_deposit_url_request import GetFiatDepositUrlRequest
from ...models.get_fiat_deposit_url_result import GetFiatDepositUrlResult
from ...types import Response


def _get_kwargs(
    *,
    body: GetFiatDepositUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/fiat-deposit-url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | GetFiatDepositUrlResult | None:
    if response.status_code == 200:
        response_200 = GetFiatDepositUrlResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | GetFiatDepositUrlResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFiatDepositUrlRequest,
) -> Response[Any | ApiError | GetFiatDepositUrlResult]:
    """Create a fiat deposit payment link

     Creates a fiat deposit invoice with the chosen provider and returns the URL of the page where the
    payer completes it; WhiteBIT support enables this endpoint per API key on request. The customer
    fields are required for USD or EUR through VISAMASTER. With VISAMASTER the link must be opened with
    a Referer header, otherwise the browser lands on the WhiteBIT home page.

    Args:
        body (GetFiatDepositUrlRequest): Request body for creating a fiat deposit invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | GetFiatDepositUrlResult]
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
    body: GetFiatDepositUrlRequest,
) -> Any | ApiError | GetFiatDepositUrlResult | None:
    """Create a fiat deposit payment link

     Creates a fiat deposit invoice with the chosen provider and returns the URL of the page where the
    payer completes it; WhiteBIT support enables this endpoint per API key on request. The customer
    fields are required for USD or EUR through VISAMASTER. With VISAMASTER the link must be opened with
    a Referer header, otherwise the browser lands on the WhiteBIT home page.

    Args:
        body (GetFiatDepositUrlRequest): Request body for creating a fiat deposit invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | GetFiatDepositUrlResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFiatDepositUrlRequest,
) -> Response[Any | ApiError | GetFiatDepositUrlResult]:
    """Create a fiat deposit payment link

     Creates a fiat deposit invoice with the chosen provider and returns the URL of the page where the
    payer completes it; WhiteBIT support enables this endpoint per API key on request. The customer
    fields are required for USD or EUR through VISAMASTER. With VISAMASTER the link must be opened with
    a Referer header, otherwise the browser lands on the WhiteBIT home page.

    Args:
        body (GetFiatDepositUrlRequest): Request body for creating a fiat deposit invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | GetFiatDepositUrlResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFiatDepositUrlRequest,
) -> Any | ApiError | GetFiatDepositUrlResult | None:
    """Create a fiat deposit payment link

     Creates a fiat deposit invoice with the chosen provider and returns the URL of the page where the
    payer completes it; WhiteBIT support enables this endpoint per API key on request. The customer
    fields are required for USD or EUR through VISAMASTER. With VISAMASTER the link must be opened with
    a Referer header, otherwise the browser lands on the WhiteBIT home page.

    Args:
        body (GetFiatDepositUrlRequest): Request body for creating a fiat deposit invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | GetFiatDepositUrlResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
