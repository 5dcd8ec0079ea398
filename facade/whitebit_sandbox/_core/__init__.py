"""The sandbox core: the request pipeline (app, server, verifier, schema check, rate limits,
replies, faults) and the plumbing every domain shares (fields, amounts, clock, seed reading,
defaults, the state and its ledger, and the registry of every operation's handler).

Domain rules live in the sibling folders; this package only routes to them.
"""
