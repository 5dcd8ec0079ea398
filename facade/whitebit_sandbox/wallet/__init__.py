"""The wallet: balances, currencies and their fees, deposits (addresses, refunds, history)
and withdrawals (rules, pending and settled), each with its rules, state and handlers.
"""
