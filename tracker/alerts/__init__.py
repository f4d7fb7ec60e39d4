"""Alert targets (Apprise URLs) and what each of them hears about a run. Sending and the
outbox are tracker.run.deliver's."""
