"""The turn makers of a search: a need with a category, brand, plain word, something to avoid,
a gift, or in another language (`SearchTurns`)."""

from __future__ import annotations

from assistant.dialogue.model.model_request import ModelRequest, Traits, TurnSituation
from assistant.llm.tuning.turn_drawing import Drawn, TurnDrawer, shopper_price


class SearchTurns(TurnDrawer):
    """The turn makers of a search."""

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
                y = shopper_price(x + max(5, round(cat.prices[1] * self.rng.uniform(0.3, 1.0))))
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
