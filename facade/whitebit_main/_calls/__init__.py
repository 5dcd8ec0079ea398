"""One call, from arguments to a settled outcome: the contract table, field checks,
money, answers' JSON, retries and settlement, the journal and history walks."""
