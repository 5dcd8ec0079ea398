"""The Travel Rule: the VASP directory and the originator data of deposits waiting for it;
rules and handlers (the deposits themselves are the wallet's).
"""
