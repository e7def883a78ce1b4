"""One chat turn: understanding the message, the dialogue state, and the turn's policy."""
