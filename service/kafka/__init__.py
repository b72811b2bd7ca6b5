"""The Kafka shell around the pure pipeline: consume, publish outcomes, commit, stay healthy."""
