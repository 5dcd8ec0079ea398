"""WhiteBIT codes: creating one holds its amount, applying it credits another account once;
the rules (`_rules`), the records and their seed form (`_state`) and the handlers.
"""
