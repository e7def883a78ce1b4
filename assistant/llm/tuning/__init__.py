"""Fine-tuning the request parser: training data from the catalog, LoRA training, artifacts."""
