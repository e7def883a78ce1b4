"""Going back: to the start ("start over"), one step ("undo that"), or to an earlier
need ("back to the lipsticks").
"""

from __future__ import annotations

_ABOUT_ME = (
    r"(?: (?:about|of|on|re|regarding) (?:me|myself|my (?:\w+ )?(?:skin|hair|face|nails|lips|body|"
    r"scalp|preferences|profile|budget|type|allergies|history|likes|dislikes)))?"
)
"""What a reset may be about ("forget everything i told you about my skin")."""
CLEAR = (
    r"\b((?:let'?s |can we |could we |i want to |i'?d like to )?(?:start|begin)"
    r" (?:over|again|afresh|fresh|from scratch|from the (?:top|beginning|start)|anew)"
    r"(?: from (?:scratch|the (?:top|beginning|start)))?|"
    r"(?:start|begin|open) (?:a )?new (?:chat|conversation|session|search)|"
    r"clear (the |this )?(chat|conversation|everything|history|all)|reset(?: (?:it|everything|"
    r"the chat|the conversation|all))?|new (?:search|chat|conversation)|"
    r"forget (?:(?:what|everything|all|anything) (?:(?:that )?i(?:'ve| have)? (?:said|told you|"
    rf"mentioned|wrote|typed)|you know){_ABOUT_ME}|everything{_ABOUT_ME}|all (of )?that|"
    r"(?:about )?me|my (preferences|prefs|profile|history|details|data|info)|"
    r"(?:what|everything) (?:you (?:know|have|remember|learned)|we (?:said|talked about)))|"
    r"(?:clear|wipe|erase|delete|reset|remove) (?:all )?(?:of )?my (?:saved |stored )?"
    r"(?:preferences|prefs|profile|history|details|data|info|settings)|"
    r"(?:wipe|erase|delete|clear) (?:everything |all |whatever |what )?(?:you know|you have|"
    r"you remember|you(?:'ve| have)? (?:stored|saved|kept|learned|got))"
    r" (?:about|on|of) me|(?:scratch|scrap) (?:all )?(?:of )?(?:that|this|everything)"
    r"(?: we(?:'ve)? (?:said|talked about|discussed))?|"
    r"never ?mind (?:all (?:of )?(?:that|this|it)|everything)(?: i said)?|"
    # a beginning again, in whatever words: "start all over again", "let's do this again from
    # the top", "try again from zero", "restart", "back to square one", "a clean slate"
    r"(?:start|begin) (?:(?:all|it|this|that|again|everything)\s+){0,3}over(?: again)?(?! \w)|"
    r"(?:start|begin|do (?:it|this|that|everything)|try) (?:(?:all|it|this|that|again|"
    r"everything)\s+){0,3}(?:afresh|anew|(?:again )?from (?:scratch|zero|the (?:top|"
    r"beginning|start)|square one))|restart|(?:back )?to square one|"
    r"(?:a |with a )?(?:clean|blank|fresh) slate|wipe the slate(?: clean)?|"
    r"(?:forget|ignore|disregard|drop|undo) (?:it all|all of it|everything)"
    r"(?: (?:i(?:'ve| have)? (?:said|told you|asked for)|so far|before|earlier))*|"
    # es, pt, fr, de, it, nl: start again, from zero, forget everything
    r"(?:empecemos|empezamos|empezar|comencemos|comenzar|vamos a empezar) de (?:nuevo|cero)|"
    r"(?:desde|de) cero|olvida(?:lo)? todo|olvida (?:eso|lo que (?:te )?dije)|"
    r"(?:começar|comecemos|vamos começar) de novo|recome[cç]ar|esquece tudo|"
    r"(?:on )?recommence(?:r|z|ons)?(?: (?:à|a) z[ée]ro| depuis le d[ée]but)?|"
    r"oublie(?:z)? tout|"
    r"(?:von vorne|noch ?mal von vorn)(?: anfangen| beginnen)?|neu anfangen|vergiss alles|"
    r"ricominciamo|ricominciare|da capo|dimentica tutto|opnieuw beginnen|vergeet alles)\b"
    r"|^clear(?: (?:it|all|that))?\W*$"
)
"""Starting over ("start over", "let's start fresh", "new chat", "forget everything i told you
about my skin", "wipe my preferences", "clear my prefs", "delete my saved preferences", "erase
what you know about me", "erase everything you've stored about me", "scratch all that", "scrap
everything we talked about", "start all over again", "restart", "back to square one", "a clean
slate", "ignore everything i said earlier"): and the same in other languages ("empecemos de
nuevo", "on recommence à zéro, oublie tout", "vergiss alles", "ricominciamo"): what the shopper
said so far is dropped (`by_phrase`: with a new need beside it, a search for that need alone); a
bare "clear" too (beside picks whose titles say "clear" that is a trait of them:
`beside_picks.a_trait_not_a_reset`)."""


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
