"""The conversational assistant: settings, language models, dialogue, services and the CLI."""
