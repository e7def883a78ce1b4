"""The turn makers of a dialogue under way: an answer to our question, a refinement beside
picks, a turn about the picks (`DialogueTurns`)."""

from __future__ import annotations

from collections import Counter

from assistant.dialogue.model.model_request import ModelRequest, PickLine, Traits, TurnSituation
from assistant.llm.tuning.catalog_facts import Category
from assistant.llm.tuning.turn_drawing import Drawn, TurnDrawer, drawn


class DialogueTurns(TurnDrawer):
    """The turn makers of a dialogue under way."""

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
            return drawn(
                self.choice(self.phrases.answer_any),
                situation,
                "answer_any",
                intent="answer",
                answer=["any"],
            )
        if roll < 0.55:
            name, index = self.choice([o for o in self.phrases.ordinals if o[1] < len(options)])
            text = self.choice(self.phrases.answer_ordinal).format(o=name)
            return drawn(
                text, situation, "answer_ordinal", intent="answer", answer=[options[index]]
            )
        if roll < 0.85:
            opt = self.choice(options)
            text = self.choice(self.phrases.answer_word).format(
                opt=opt.lower() if self.chance(0.6) else opt
            )
            return drawn(text, situation, "answer_word", intent="answer", answer=[opt])
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
            return drawn(
                f"not {skip.lower()}", situation, "answer_not", intent="answer", answer=rest
            )
        x = self.price_value(cat)
        text = f"whatever, just under {x}"
        return drawn(text, situation, "answer_free", intent="answer", answer=["any"], price_max=x)

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
            return drawn(text, situation, f"refine_{relative}", **fields)
        if roll < 0.8:
            x = self.price_value(cat, "low")
            text = self.choice(self.phrases.refine_price).format(x=x)
            return drawn(text, situation, "refine_price", intent="refine", price_max=x)
        dropped = self.choice(list(self.phrases.drop))
        return drawn(
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
            return drawn(text, situation, "ask", **fields)
        if roll < 0.32:
            branded = [(i, p.brand) for i, p in enumerate(picks) if p.brand]
            brands = Counter(b for _, b in branded)
            unique = [(i, b) for i, b in branded if brands[b] == 1]
            if unique:
                i, b = self.choice(unique)
                text = self.choice(self.phrases.ask_brand).format(brand=b)
                return drawn(text, situation, "ask_brand", intent="ask", references=[i])
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
                return drawn(template, situation, "compare", intent="compare", references=[0, 1])
            if "{o1}" not in template:
                return drawn(
                    template,
                    situation,
                    "compare",
                    intent="compare",
                    references=list(range(len(picks))),
                )
            text = template.format(o1=names[i], o2=names[j])
            return drawn(text, situation, "compare", intent="compare", references=[i, j])
        if roll < 0.55:
            template = self.choice(self.phrases.why)
            refs = [index] if "{o}" in template else []
            return drawn(template.format(o=name), situation, "why", intent="why", references=refs)
        if roll < 0.65:
            text = self.choice(self.phrases.bundle).format(o=name)
            return drawn(text, situation, "bundle", intent="bundle", references=[index])
        if roll < 0.75:
            text = self.choice(self.phrases.more_like).format(o=name)
            return drawn(text, situation, "more_like", intent="more_like", references=[index])
        if roll < 0.83:
            prices = [p.price for p in picks if p.price is not None]
            if prices:
                cheapest = min(range(len(picks)), key=lambda k: picks[k].price or 1e9)
                text = self.choice(("add the cheapest one to my cart", "i'll take the cheapest"))
                return drawn(
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
            return drawn(text, situation, f"feedback_{reaction}", **request)
        if which < 0.85:
            text = self.choice(self.phrases.feedback_dislike)
            return drawn(text, situation, "feedback_dislike", intent="feedback", reaction="dislike")
        return drawn(
            self.choice(self.phrases.feedback_plain), situation, "feedback", intent="feedback"
        )

    def foreign_refine(self) -> Drawn:
        _, _, situation = self.with_picks()
        lang = self.choice(list(self.phrases.lang_cheaper))
        text = self.choice(self.phrases.lang_cheaper[lang])
        return drawn(text, situation, f"lang_{lang}", intent="refine", relative="cheaper")
