"""The mining pool: accounts, workers, watcher links and day-by-day rewards; rules, state
and handlers.
"""
