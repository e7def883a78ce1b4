"""Where a new need belongs in the catalog's category tree: its words read again, search's guess,
the type it names, its purpose, several types, what the catalog has no home for."""
