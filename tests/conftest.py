from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from whitebit_main import AsyncWhiteBIT, RetryPolicy, WhiteBIT

from tests.support import API_KEY, API_SECRET


@pytest.fixture
def client() -> Iterator[WhiteBIT]:
    """A client that surfaces every answer as it is (retries are tested on their own)."""
    with WhiteBIT(API_KEY, API_SECRET, retry=RetryPolicy.none()) as wb:
        yield wb


@pytest.fixture
async def async_client() -> AsyncIterator[AsyncWhiteBIT]:
    async with AsyncWhiteBIT(API_KEY, API_SECRET, retry=RetryPolicy.none()) as wb:
        yield wb
