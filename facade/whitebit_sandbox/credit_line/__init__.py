"""Credit lines: limits, borrowing and repaying; rules, state and handlers."""
