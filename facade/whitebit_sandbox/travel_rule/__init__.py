"""The Travel Rule: confirming deposits that need originator data; rules and handlers."""
