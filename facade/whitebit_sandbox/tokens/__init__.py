"""Tokens: JWTs, websocket tokens and card tokens issued to the caller; rules, state and
handlers.
"""
