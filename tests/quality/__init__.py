"""Quality harness: scores the pipeline against a gold-labelled bulletin set (run on demand)."""
