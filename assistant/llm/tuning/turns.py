"""The turn makers of the request parser's training data: one method of `Gen` per situation a
shopper's message comes in (a search, an answer to our question, a turn beside picks, a fixed
reply), each drawing a message, the request it parses to and its situation from the store's
facts (`CatalogFacts`) and phrasings (`phrases`). `generator` mixes them into examples.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

from assistant.dialogue.model.model_request import ModelRequest, PickLine, Traits, TurnSituation
from assistant.llm.tuning.catalog_facts import CatalogFacts, Category
from assistant.llm.tuning.phrases import Phrasebook
from retrieval.filters import loose_brand_key


def _price(x: float) -> int | float:
    """A price as a shopper types it: whole dollars above 10, else one decimal."""
    if x >= 10 or x == int(x):
        return round(x)
    return round(x, 1)


Drawn = tuple[str, ModelRequest, TurnSituation, str]
"""One drawn turn: the shopper's message, the request it parses to, the situation, its kind."""


def _drawn(message: str, situation: TurnSituation, kind: str, **request: Any) -> Drawn:
    """A drawn turn whose expected `ModelRequest` has the fields ``request``."""
    return message, ModelRequest(**request), situation, kind


class Gen:
    """One generation run (a seeded random source over one store's facts)."""

    def __init__(self, facts: CatalogFacts, rng: random.Random, phrases: Phrasebook) -> None:
        self.facts = facts
        self.rng = rng
        self.phrases = phrases
        self.cats = facts.categories
        self.weights = [c.count**0.5 for c in self.cats]
        self.brands = [b for b, n in facts.brands if n >= 3 and len(b) > 1]
        self.brand_keys = facts.brand_keys

    # -- small helpers ------------------------------------------------------------------------

    def choice(self, seq):  # type: ignore[no-untyped-def]
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def category(self) -> Category:
        return self.rng.choices(self.cats, self.weights)[0]

    def attr(self, key: str, default: str) -> str:
        return self.choice(self.facts.attributes.get(key) or (default,))

    def price_value(self, cat: Category, where: str = "mid") -> int | float:
        low, mid, high = cat.prices
        base = {"low": low, "mid": mid, "high": high}[where]
        value = base * self.rng.uniform(0.8, 1.5)
        return _price(max(2.0, round(value / 5) * 5 if value > 20 else value))

    def picks(self, cat: Category, n: int | None = None) -> tuple[PickLine, ...]:
        n = n or self.rng.randint(2, 4)
        return tuple(self.rng.sample(list(cat.picks), min(n, len(cat.picks))))

    def so_far(self, cat: Category) -> str:
        parts = [f"need={cat.need}", f"category={cat.path}"]
        if self.chance(0.4):
            parts.append(f"price_max={self.price_value(cat)}")
        return "; ".join(parts)

    def noisy(self, text: str) -> str:
        """Typos, slang, case and fillers, at random (the labels stay as they were)."""
        words = text.split(" ")
        if self.chance(0.25):
            words = [self.phrases.slang.get(w, w) if self.chance(0.7) else w for w in words]
        if self.chance(0.3):
            candidates = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
            if candidates:
                i = self.choice(candidates)
                w, j = words[i], self.rng.randrange(1, len(words[i]) - 1)
                kind = self.rng.randrange(3)
                if kind == 0:
                    w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                elif kind == 1:
                    w = w[:j] + w[j + 1 :]
                else:
                    w = w[:j] + w[j] + w[j:]
                words[i] = w
        out = " ".join(words)
        if self.chance(0.15):
            out = f"{out} {self.choice(self.phrases.fillers)}"
        if self.chance(0.2):
            out = out.capitalize()
        elif self.chance(0.05):
            out = out.upper()
        return out

    def not_a_brand(self, word: str) -> bool:
        return loose_brand_key(word) not in self.brand_keys

    # -- searches -----------------------------------------------------------------------------

    def search(self) -> Drawn:
        cat = self.category()
        text = self.choice(self.phrases.ask_need).format(need=cat.need)
        fields: dict = {"intent": "search", "need": cat.need, "category": cat.path}
        kind = "search"
        roll = self.rng.random()
        if roll < 0.35:  # a price
            kind = "price"
            which = self.rng.randrange(4)
            if which == 0:
                x = self.price_value(cat)
                text += " " + self.choice(self.phrases.price_max).format(x=x)
                fields["price_max"] = x
            elif which == 1:
                x = self.price_value(cat, "low")
                text += " " + self.choice(self.phrases.price_min).format(x=x)
                fields["price_min"] = x
            elif which == 2:
                x = self.price_value(cat, "low")
                y = _price(x + max(5, round(cat.prices[1] * self.rng.uniform(0.3, 1.0))))
                text += " " + self.choice(self.phrases.price_range).format(x=x, y=y)
                fields.update(price_min=x, price_max=y)
            else:
                x = self.price_value(cat)
                text += " " + self.choice(self.phrases.price_around).format(x=x)
                fields["price_around"] = x
        elif roll < 0.5:  # an attribute of the product
            kind = "attribute"
            key = self.choice(list(self.phrases.attribute_templates))
            v = self.attr(key, "dry")
            text = self.choice(self.phrases.attribute_templates[key]).format(need=cat.need, v=v)
            fields["attributes"] = Traits(**{key: v})
        elif roll < 0.6:  # a price band in words
            kind = "band"
            low = self.chance(0.6)
            word = self.choice(self.phrases.price_low if low else self.phrases.price_high)
            text = f"{word} {cat.need}" if self.chance(0.5) else f"a {word} {cat.need} please"
            fields["attributes"] = Traits(price_band="low" if low else "high")
        if self.chance(0.2) and "attributes" not in fields:  # two facts in one message
            key = self.choice(["skin_type", "hair_type", "scent", "finish"])
            v = self.attr(key, "dry")
            word = {"skin_type": "skin", "hair_type": "hair"}.get(key)
            text += f", for {v} {word}" if word else f", {v} please"
            fields["attributes"] = Traits(**{key: v})
        return text, ModelRequest(**fields), TurnSituation(), kind

    def brand(self) -> Drawn:
        cat = self.category()
        brand = self.choice(cat.brands) if cat.brands else self.choice(self.brands)
        typed = brand
        if self.chance(0.3):
            typed = brand.lower()
        if self.chance(0.15) and len(brand) > 5:
            j = self.rng.randrange(1, len(brand) - 2)
            typed = brand[:j] + brand[j + 1] + brand[j] + brand[j + 2 :]
        fields: dict = {"intent": "search", "need": cat.need, "category": cat.path}
        roll = self.rng.random()
        if roll < 0.5:
            text = self.choice(self.phrases.brand_want).format(need=cat.need, brand=typed)
            fields["brands"] = [brand]
            kind = "brand"
        elif roll < 0.8:
            text = self.choice(self.phrases.brand_exclude).format(need=cat.need, brand=typed)
            fields["exclude_brands"] = [brand]
            kind = "exclude_brand"
        else:
            text = self.choice(self.phrases.dupe).format(need=cat.need, brand=typed)
            fields["exclude_brands"] = [brand]
            fields["attributes"] = Traits(price_band="low")
            kind = "dupe"
        if self.chance(0.25):
            x = self.price_value(cat)
            text += " " + self.choice(self.phrases.price_max).format(x=x)
            fields["price_max"] = x
        return text, ModelRequest(**fields), TurnSituation(), kind

    def plain_word(self) -> Drawn:
        """Ordinary words that are (or look like) brands, meant as words: no brand."""
        cat = self.category()
        meaning, word = self.choice(self.phrases.plain_words)
        text = self.choice(self.phrases.plain_templates).format(word=word, need=cat.need)
        fields: dict = {"intent": "search", "need": cat.need, "category": cat.path}
        if self.chance(0.3):
            color = self.attr("color", "coral")
            text = f"{color} {cat.need} for summer"
            fields["attributes"] = Traits(color=color)
            fields["occasion"] = "summer"
        if self.chance(0.2):
            text = f"the {meaning}est {cat.need} you have" if meaning == "good" else text
        return text, ModelRequest(**fields), TurnSituation(), "plain_word"

    def avoid(self) -> Drawn:
        cat = self.category()
        fields: dict = {"intent": "search", "need": cat.need, "category": cat.path}
        if self.chance(0.4):
            family = self.choice(list(self.phrases.avoid_families))
            text = self.choice(self.phrases.avoid_family_templates).format(
                family=family, need=cat.need
            )
            fields["avoid"] = list(self.phrases.avoid_families[family])
        else:
            items = self.rng.sample(self.phrases.avoid_words, 2 if self.chance(0.2) else 1)
            x = " or ".join(items) if len(items) == 2 else items[0]
            text = self.choice(self.phrases.avoid_templates).format(need=cat.need, x=x)
            fields["avoid"] = items
        return text, ModelRequest(**fields), TurnSituation(), "avoid"

    def gift(self) -> Drawn:
        cat = self.category()
        said, who, pron = self.choice(self.phrases.recipients)
        occ_said, occasion = self.choice(self.phrases.occasions)
        fields: dict = {"intent": "search", "need": cat.need, "category": cat.path,
                        "recipient": who}  # fmt: skip
        template = self.choice(self.phrases.gift_templates)
        text = template.format(need=cat.need, who=said, occasion=occ_said)
        if "{occasion}" in template:
            fields["occasion"] = occasion
        elif self.chance(0.3):
            text += f" for {occ_said}"
            fields["occasion"] = occasion
        traits: dict = {}
        if self.chance(0.5):
            key = self.choice(list(self.phrases.trait_sentences))
            v = self.attr(key, "dry")
            poss = {"she": "her", "he": "his", "they": "their"}[pron]
            sentence = self.choice(self.phrases.trait_sentences[key]).format(
                pron=pron, poss=poss, v=v
            )
            text += f", {sentence.replace('they has', 'they have')}"
            traits[key] = v
        if traits:
            fields["attributes"] = Traits(**traits)
        if self.chance(0.25):
            key = self.choice(list(self.phrases.self_trait))
            v = self.attr(key, "oily")
            text = f"{self.choice(self.phrases.self_trait[key]).format(v=v)} {text}"
            fields["self_attributes"] = Traits(**{key: v})
        if self.chance(0.3):
            x = self.price_value(cat)
            around = self.chance(0.5)
            text += " " + self.choice(
                self.phrases.price_around if around else self.phrases.price_max
            ).format(x=x)
            fields["price_around" if around else "price_max"] = x
        return text, ModelRequest(**fields), TurnSituation(), "gift"

    def foreign(self) -> Drawn:
        options = [c for c in self.cats if c.need in self.phrases.translations]
        cat = self.choice(options) if options else self.category()
        lang = self.choice(list(self.phrases.lang_search))
        word = self.phrases.translations.get(cat.need, {}).get(lang, cat.need)
        fields: dict = {"intent": "search", "need": cat.need, "category": cat.path}
        roll = self.rng.random()
        if roll < 0.25:
            text = self.phrases.lang_for_mum[lang].format(w=word)
            fields["recipient"] = "mother"
        elif roll < 0.45 and "hair" in cat.path.lower():
            template, values = self.phrases.lang_hair[lang]
            key = self.choice(list(values))
            start = self.choice(self.phrases.lang_search[lang][:2]).format(w=word)
            text = f"{start} {template.format(v=values[key])}"
            fields["attributes"] = Traits(hair_type=key)
        else:
            template = self.choice(self.phrases.lang_search[lang])
            x = self.price_value(cat)
            text = template.format(w=word, x=x)
            if "{x}" in template:
                fields["price_max"] = x
        return text, ModelRequest(**fields), TurnSituation(), f"lang_{lang}"

    # -- dialogue -----------------------------------------------------------------------------

    def question(self) -> tuple[Category, str, tuple[str, ...]]:
        """A pending question with options: sibling categories, or an attribute's values."""
        cat = self.category()
        parent = cat.path.rsplit(" > ", 1)[0]
        siblings = [c.path.rsplit(" > ", 1)[1] for c in self.cats
                    if c.path.rsplit(" > ", 1)[0] == parent and c.path != cat.path]  # fmt: skip
        if siblings and self.chance(0.5):
            opts = [cat.path.rsplit(" > ", 1)[1], *self.rng.sample(siblings, min(2, len(siblings)))]
            return cat, "Which kind are you after?", tuple(opts)
        key = self.choice(["skin_type", "hair_type", "finish", "scent", "formula"])
        values = list(self.facts.attributes.get(key, ("dry", "oily", "normal")))
        opts = self.rng.sample(values, min(len(values), self.rng.randint(2, 3)))
        label = key.replace("_", " ")
        return (
            cat,
            f"What {label} should it suit?" if "type" in key else f"Any {label}?",
            tuple(opts),
        )

    def answer(self) -> Drawn:
        cat, question, options = self.question()
        situation = TurnSituation(question=question, options=options, so_far=self.so_far(cat))
        roll = self.rng.random()
        if roll < 0.35:
            return _drawn(
                self.choice(self.phrases.answer_any),
                situation,
                "answer_any",
                intent="answer",
                answer=["any"],
            )
        if roll < 0.55:
            name, index = self.choice([o for o in self.phrases.ordinals if o[1] < len(options)])
            text = self.choice(self.phrases.answer_ordinal).format(o=name)
            return _drawn(
                text, situation, "answer_ordinal", intent="answer", answer=[options[index]]
            )
        if roll < 0.85:
            opt = self.choice(options)
            text = self.choice(self.phrases.answer_word).format(
                opt=opt.lower() if self.chance(0.6) else opt
            )
            return _drawn(text, situation, "answer_word", intent="answer", answer=[opt])
        if roll < 0.93 and len(options) >= 2:
            if self.chance(0.5):
                return (
                    "both",
                    ModelRequest(
                        intent="answer",
                        answer=list(options[:2]) if len(options) == 2 else list(options),
                    ),
                    situation,
                    "answer_both",
                )
            skip = self.choice(options)
            rest = [o for o in options if o != skip]
            return _drawn(
                f"not {skip.lower()}", situation, "answer_not", intent="answer", answer=rest
            )
        x = self.price_value(cat)
        text = f"whatever, just under {x}"
        return _drawn(text, situation, "answer_free", intent="answer", answer=["any"], price_max=x)

    def with_picks(self) -> tuple[Category, tuple[PickLine, ...], TurnSituation]:
        cat = self.category()
        picks = self.picks(cat)
        return cat, picks, TurnSituation(picks=picks, so_far=self.so_far(cat))

    def ordinal(self, picks: tuple[PickLine, ...]) -> tuple[str, int]:
        name, index = self.choice([o for o in self.phrases.ordinals if o[1] < len(picks)])
        return name, index if index >= 0 else len(picks) - 1

    def refine(self) -> Drawn:
        cat, picks, situation = self.with_picks()
        roll = self.rng.random()
        if roll < 0.6:
            relative = self.choice(list(self.phrases.refine))
            brand = next((p.brand for p in picks if p.brand), "")
            templates = self.phrases.refine[relative]
            if not brand:
                templates = tuple(t for t in templates if "{brand}" not in t) or ("other brands?",)
            text = self.choice(templates).format(brand=brand)
            fields: dict = {"intent": "refine", "relative": relative}
            if relative == "not_that_brand":
                shown = sorted({p.brand for p in picks if p.brand})
                fields["exclude_brands"] = (
                    [brand] if "{brand}" in text or brand.lower() in text.lower() else shown[:6]
                )
            return _drawn(text, situation, f"refine_{relative}", **fields)
        if roll < 0.8:
            x = self.price_value(cat, "low")
            text = self.choice(self.phrases.refine_price).format(x=x)
            return _drawn(text, situation, "refine_price", intent="refine", price_max=x)
        dropped = self.choice(list(self.phrases.drop))
        return _drawn(
            self.choice(self.phrases.drop[dropped]),
            situation,
            "refine_drop",
            intent="refine",
            drop=[dropped],
        )

    def about_picks(self) -> Drawn:
        _, picks, situation = self.with_picks()
        name, index = self.ordinal(picks)
        roll = self.rng.random()
        if roll < 0.25:
            template, what = self.choice(self.phrases.ask_about)
            fields: dict = {"intent": "ask", "references": [index]}
            if what.endswith("?"):
                fields["attributes"] = Traits(**{what[:-1]: "?"})
                text = template.format(o=name)
            elif "=" in what:
                key, value = what.split("=")
                fields["attributes"] = Traits(**{key: value})
                text = template.format(o=name)
            else:
                v = self.attr(what, "sensitive")
                fields["attributes"] = Traits(**{what: v})
                text = template.format(o=name, v=v)
            return _drawn(text, situation, "ask", **fields)
        if roll < 0.32:
            branded = [(i, p.brand) for i, p in enumerate(picks) if p.brand]
            brands = Counter(b for _, b in branded)
            unique = [(i, b) for i, b in branded if brands[b] == 1]
            if unique:
                i, b = self.choice(unique)
                text = self.choice(self.phrases.ask_brand).format(brand=b)
                return _drawn(text, situation, "ask_brand", intent="ask", references=[i])
        if roll < 0.45 and len(picks) >= 2:
            i, j = sorted(self.rng.sample(range(len(picks)), 2))
            names = {v: k for k, v in reversed(self.phrases.ordinals) if v >= 0}
            if self.chance(0.35):
                template = self.choice(self.phrases.compare_for)
                key = "hair_type" if "hair" in template else "skin_type"
                v = self.attr(key, "dry")
                text = template.format(o1=names[i], o2=names[j], v=v)
                return (
                    text,
                    ModelRequest(
                        intent="compare", references=[i, j], attributes=Traits(**{key: v})
                    ),
                    situation,
                    "compare",
                )
            template = self.choice(self.phrases.compare)
            if "first two" in template:
                return _drawn(template, situation, "compare", intent="compare", references=[0, 1])
            if "{o1}" not in template:
                return _drawn(
                    template,
                    situation,
                    "compare",
                    intent="compare",
                    references=list(range(len(picks))),
                )
            text = template.format(o1=names[i], o2=names[j])
            return _drawn(text, situation, "compare", intent="compare", references=[i, j])
        if roll < 0.55:
            template = self.choice(self.phrases.why)
            refs = [index] if "{o}" in template else []
            return _drawn(template.format(o=name), situation, "why", intent="why", references=refs)
        if roll < 0.65:
            text = self.choice(self.phrases.bundle).format(o=name)
            return _drawn(text, situation, "bundle", intent="bundle", references=[index])
        if roll < 0.75:
            text = self.choice(self.phrases.more_like).format(o=name)
            return _drawn(text, situation, "more_like", intent="more_like", references=[index])
        if roll < 0.83:
            prices = [p.price for p in picks if p.price is not None]
            if prices:
                cheapest = min(range(len(picks)), key=lambda k: picks[k].price or 1e9)
                text = self.choice(("add the cheapest one to my cart", "i'll take the cheapest"))
                return _drawn(
                    text,
                    situation,
                    "feedback_cart",
                    intent="feedback",
                    references=[cheapest],
                    reaction="cart",
                )
        which = self.rng.random()
        if which < 0.65:  # a reaction to one pick: like (35%) or add to cart (30%)
            reaction, templates = (
                ("like", self.phrases.feedback_like)
                if which < 0.35
                else ("cart", self.phrases.feedback_cart)
            )
            text = self.choice(templates).format(o=name)
            request = {"intent": "feedback", "references": [index], "reaction": reaction}
            return _drawn(text, situation, f"feedback_{reaction}", **request)
        if which < 0.85:
            text = self.choice(self.phrases.feedback_dislike)
            return _drawn(
                text, situation, "feedback_dislike", intent="feedback", reaction="dislike"
            )
        return _drawn(
            self.choice(self.phrases.feedback_plain), situation, "feedback", intent="feedback"
        )

    def foreign_refine(self) -> Drawn:
        _, _, situation = self.with_picks()
        lang = self.choice(list(self.phrases.lang_cheaper))
        text = self.choice(self.phrases.lang_cheaper[lang])
        return _drawn(text, situation, f"lang_{lang}", intent="refine", relative="cheaper")

    def new_search_mid_dialogue(self) -> Drawn:
        _, _, situation = self.with_picks()
        text, request, _, kind = self.search()
        if self.chance(0.4):
            text = f"actually, {text}"
        return text, request, situation, f"dialogue_{kind}"

    # -- the rest -----------------------------------------------------------------------------

    def fixed(self) -> Drawn:
        roll = self.rng.random()
        situation = TurnSituation()
        if self.chance(0.3):
            _, _, situation = self.with_picks()
        if roll < 0.25:
            return _drawn(
                self.choice(self.phrases.greetings), situation, "greeting", intent="greeting"
            )
        if roll < 0.5:
            return _drawn(
                self.choice(self.phrases.off_topic), situation, "off_topic", intent="off_topic"
            )
        if roll < 0.8:
            if self.chance(0.3):
                cat = self.category()
                x = self.price_value(cat)
                text = self.choice(self.phrases.unsafe_mixed).format(need=cat.need, x=x)
                return _drawn(text, situation, "unsafe_mixed", intent="unsafe")
            return _drawn(self.choice(self.phrases.unsafe), situation, "unsafe", intent="unsafe")
        return _drawn(self.choice(self.phrases.clear), situation, "clear", intent="clear")
