"""What every layer shares without touching the data layer: the error tree and the settings."""
