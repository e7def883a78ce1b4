"""The turn makers of the request parser's training data: one method of `Gen` per situation a
shopper's message comes in (a search, `search_turns`; an answer to our question or a turn beside
picks, `dialogue_turns`; a new search mid-dialogue and a fixed reply, here), each drawing a
message, the request it parses to and its situation from the store's facts (`CatalogFacts`) and
phrasings (`phrases`). `generator` mixes them into examples.
"""

from __future__ import annotations

from assistant.dialogue.model.model_request import TurnSituation
from assistant.llm.tuning.dialogue_turns import DialogueTurns
from assistant.llm.tuning.search_turns import SearchTurns
from assistant.llm.tuning.turn_drawing import Drawn, drawn


class Gen(SearchTurns, DialogueTurns):
    """One generation run: every turn maker, over one store's facts."""

    def new_search_mid_dialogue(self) -> Drawn:
        _, _, situation = self.with_picks()
        text, request, _, kind = self.search()
        if self.chance(0.4):
            text = f"actually, {text}"
        return text, request, situation, f"dialogue_{kind}"

    def fixed(self) -> Drawn:
        roll = self.rng.random()
        situation = TurnSituation()
        if self.chance(0.3):
            _, _, situation = self.with_picks()
        if roll < 0.25:
            return drawn(
                self.choice(self.phrases.greetings), situation, "greeting", intent="greeting"
            )
        if roll < 0.5:
            return drawn(
                self.choice(self.phrases.off_topic), situation, "off_topic", intent="off_topic"
            )
        if roll < 0.8:
            if self.chance(0.3):
                cat = self.category()
                x = self.price_value(cat)
                text = self.choice(self.phrases.unsafe_mixed).format(need=cat.need, x=x)
                return drawn(text, situation, "unsafe_mixed", intent="unsafe")
            return drawn(self.choice(self.phrases.unsafe), situation, "unsafe", intent="unsafe")
        return drawn(self.choice(self.phrases.clear), situation, "clear", intent="clear")
