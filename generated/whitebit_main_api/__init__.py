"""A client library for accessing WhiteBIT Main Account API V4"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
