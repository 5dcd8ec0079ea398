"""Lending: Flex plans and investments (rules in `_flex`, records in `_flex_state`, daily
earnings in `_flex_earnings`) and Fixed plans and investments (`_fixed`, `_fixed_state`) with
their interest payments (`_interest`, `_interest_state`); each part with its handlers.
"""
