"""Credit lines: the loan WhiteBIT support opens for an account (`Sandbox.open_credit_line`),
its terms as `getCreditLineInfo` reports them; rules, state and handlers.
"""
