"""What shoppers say, as patterns: one named regular expression (or table) per kind of turn
or detail the rules read, in a module per topic (talk that shops for nothing: harm, questions
about the shop, small talk, off the shop's topic; going back, questions, references to the
picks, cart and likes, prices and orders, traits, refinements, brands, no preference,
their history, need openings, shopper states, gifts and people). `understanding` decides
with them; the reader and the handlers use the few they need. Every pattern runs on the
lower-cased message. Import from the module that owns a pattern.
"""
