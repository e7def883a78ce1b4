"""Our clarifying question: when to ask it and which, and reading the shopper's reply to it."""
