from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.transfer_between_balances_request import TransferBetweenBalancesRequest
from ...models.transfer_between_balances_result_type_1 import TransferBetweenBalancesResultType1
from ...types import Response


def _get_kwargs(
    *,
    body: TransferBetweenBalancesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/main-account/transfer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[Any] | TransferBetweenBalancesResultType1 | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> list[Any] | TransferBetweenBalancesResultType1:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_transfer_between_balances_result_type_0 = cast(list[Any], data)

                return componentsschemas_transfer_between_balances_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_transfer_between_balances_result_type_1 = (
                TransferBetweenBalancesResultType1.from_dict(data)
            )

            return componentsschemas_transfer_between_balances_result_type_1

        response_201 = _parse_response_201(response.json())

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
) -> Response[ApiError | list[Any] | TransferBetweenBalancesResultType1]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBetweenBalancesRequest,
) -> Response[ApiError | list[Any] | TransferBetweenBalancesResultType1]:
    """Move funds between account balances

     Moves an amount of one currency between the main, spot (trade) and collateral balances and returns
    an empty array on success. Specify the direction either with from and to (preferred) or with the
    older method field, which is planned for removal. Transfers of fiat currencies require a KYC-
    verified account.

    Args:
        body (TransferBetweenBalancesRequest): Parameters of a transfer between the caller's own
            balances.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Any] | TransferBetweenBalancesResultType1]
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
    body: TransferBetweenBalancesRequest,
) -> ApiError | list[Any] | TransferBetweenBalancesResultType1 | None:
    """Move funds between account balances

     Moves an amount of one currency between the main, spot (trade) and collateral balances and returns
    an empty array on success. Specify the direction either with from and to (preferred) or with the
    older method field, which is planned for removal. Transfers of fiat currencies require a KYC-
    verified account.

    Args:
        body (TransferBetweenBalancesRequest): Parameters of a transfer between the caller's own
            balances.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Any] | TransferBetweenBalancesResultType1
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBetweenBalancesRequest,
) -> Response[ApiError | list[Any] | TransferBetweenBalancesResultType1]:
    """Move funds between account balances

     Moves an amount of one currency between the main, spot (trade) and collateral balances and returns
    an empty array on success. Specify the direction either with from and to (preferred) or with the
    older method field, which is planned for removal. Transfers of fiat currencies require a KYC-
    verified account.

    Args:
        body (TransferBetweenBalancesRequest): Parameters of a transfer between the caller's own
            balances.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Any] | TransferBetweenBalancesResultType1]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferBetweenBalancesRequest,
) -> ApiError | list[Any] | TransferBetweenBalancesResultType1 | None:
    """Move funds between account balances

     Moves an amount of one currency between the main, spot (trade) and collateral balances and returns
    an empty array on success. Specify the direction either with from and to (preferred) or with the
    older method field, which is planned for removal. Transfers of fiat currencies require a KYC-
    verified account.

    Args:
        body (TransferBetweenBalancesRequest): Parameters of a transfer between the caller's own
            balances.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Any] | TransferBetweenBalancesResultType1
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
