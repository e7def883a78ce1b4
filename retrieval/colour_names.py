"""Colours by name: the words a shopper says a shade with and titles write one with."""

COLOURS = frozenset(
    {"red", "pink", "nude", "coral", "black", "brown", "blue", "purple", "gold", "silver",
     "plum", "white", "green", "burgundy", "orange", "beige", "grey", "gray", "yellow", "teal",
     "mauve", "navy", "bronze", "copper", "taupe", "khaki", "turquoise", "violet", "lilac"}
)  # fmt: skip
"""Colours by name, as titles write a shade ("Ebony Black", "Brown 955"); not words that also
name a scent or a fruit (cherry, peach, rose, berry)."""
