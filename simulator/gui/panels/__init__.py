"""One panel per model; each renders snapshots and forwards intent to its engine."""
