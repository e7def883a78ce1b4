"""Turns about the picks on screen: a pick named by its brand, title words, place or price, and
what a message said beside them makes of them."""
