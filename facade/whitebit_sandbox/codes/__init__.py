"""WhiteBIT codes: creating, applying and listing them (handlers); the codes are kept in the
ledger's state (`Code`).
"""
