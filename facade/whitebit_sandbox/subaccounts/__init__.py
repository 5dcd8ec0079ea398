"""Sub-accounts: creating and managing them, transfers to and from them, and their API
keys, IP lists, KYC links and withdrawals; rules, state and handlers.
"""
