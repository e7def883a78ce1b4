"""What a message asks for and says beside it: the need in catalog words, the brands it names, what
to avoid, the shopper's stated needs and traits."""
