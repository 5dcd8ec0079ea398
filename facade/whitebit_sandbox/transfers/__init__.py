"""Transfers between one account's own balances (main, spot, collateral): the directions
WhiteBIT accepts and the handler; the booking itself is the ledger's `transfer`.
"""
