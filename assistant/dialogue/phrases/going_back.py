"""Going back: to the start ("start over"), one step ("undo that"), or to an earlier
need ("back to the lipsticks").
"""

from __future__ import annotations

CLEAR = (
    r"\b(start over|start again|clear (the )?(chat|conversation|everything)|reset|new search|"
    r"forget (what i (said|told you)|everything|all (of )?that|my (preferences|profile|history))|"
    r"clear my (preferences|profile|history))\b"
    r"|^clear(?: (?:it|all|that))?\W*$"
)
"""Starting over ("start over", "reset", "clear my preferences", a bare "clear"; beside picks
whose titles say "clear" that is a trait of them: `reader._a_trait_not_a_reset`)."""


BACK_TO = (
    r"(?:\b(?:go(?:ing)?|switch|come|get) back|^(?:(?:ok|okay|and|so|hmm+|now|then|um+|actually|"
    r"please|pls|no|nah|wait),?\s+)*(?:back|return)) to (?:the |my |those |that )?"
    r"(?:(?P<place>first|previous|last|earlier|original|other|old|1st)"
    r"(?: (?:search|one|ones|need|thing|results?|picks|request|idea|list))?"
    r"|(?P<words>[a-z][a-z' -]*?))\s*(?:again|please|pls|then|instead)?\W*$"
)
"""Going back to an earlier need: by place ("go back to the first search", "back to the previous
one") or by its words ("ok back to the lipsticks"); "back to" only opening the message (not "a
lip gloss for back to school")."""


UNDO = (
    r"^(?:(?:ok|okay|hmm+|no|nah|nope|actually|wait|ugh|oh),? )*"
    r"(?:(?:can we |can you |let'?s )?(?:go back|undo(?: that| it| this)?|take (?:that|it) back|"
    r"go back to (?:before|how it was|what it was|the (?:previous|earlier|last) (?:results|picks))|"
    r"back to (?:before|how it was)|as (?:it was )?before|"
    r"(?:show me )?the (?:previous|earlier) (?:results|picks))|back)"
    r"(?:,? (?:please|pls|plz|then|again))*\W*$"
)
"""Going back one step, to what was on screen before the last change ("go back", "undo that",
"back to before"): before the last refinement of the need, else the previous need."""
