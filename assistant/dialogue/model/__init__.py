"""The language model's part in a turn: the typed request it fills, the parsers, when it reads a
turn, query rewriting, reply writing, and the catalog check of what it wrote."""
