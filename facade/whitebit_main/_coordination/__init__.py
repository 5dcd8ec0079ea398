"""Coordination of one key's calls: client-side rate limits, and the Redis backend that
shares nonces and limits between processes."""
