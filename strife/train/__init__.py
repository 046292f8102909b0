"""Training the role tagger (optional extra `train`: torch, transformers, the base MiniLM wheel)."""
