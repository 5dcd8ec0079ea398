"""Signing: the httpx auth hook, nonces, and WhiteBIT's protocol facts."""
