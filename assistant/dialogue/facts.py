"""Answers built only from catalog records: comparison tables and product facts."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from assistant.dialogue.needs.stated_needs import whom_for
from assistant.dialogue.needs.wording import BODY_PARTS, WHO_FOR
from assistant.dialogue.phrases.references import TOP_PICK
from assistant.dialogue.product_names import short_title
from assistant.dialogue.title_sizes import ML_PER_UNIT, size_ml, size_said
from catalog.schema import Product
from retrieval.tokenize import STOP_WORDS, stem

SIZE_KEYS = ("size", "volume", "weight", "count")
QUESTION_WORDS = frozenset(
    """is it this that the one ones good great ok okay fine suitable safe for does do did have
    has contain contains containing any with work works will would could should can i use using
    my me a an of first second third fourth fifth last tell about what how and or in to be really
    also there they them on please was were are it's its made from free number whats what's
    come comes available 1st 2nd 3rd 4th 5th leave leaves cause causes make makes help helps
    feel feels without more info information detail details sounds know describe looks look
    seems nice many suit suits fit fits""".split()  # noqa: SIM905
)
"""Words of a question about a pick that name no topic ("is the second one good for ...", "does
it leave a white cast": the record may say "white cast", never "leave white cast"; "how many
watts is it": 'watts')."""
STORE_ONLY = frozenset({"sales_rank", "sales_rank_category"})
"""Catalog attributes about the store's sales, not the product: never quoted to a shopper."""
SNIPPET_CHARS = 70


def fact_rows(product: Product) -> dict[str, Any]:
    """The facts of one product that are safe to state (all from its record)."""
    row: dict[str, Any] = {
        "id": product.id,
        "title": product.title,
        "brand": product.brand or "unknown brand",
        "price": f"${product.price:.2f}" if product.price is not None else "no price listed",
        "category": " > ".join(product.categories[1:]) or "uncategorised",
        "rating": f"{product.rating:.1f}/5" if product.rating is not None else "not rated",
    }
    for key in SIZE_KEYS:
        if key in product.attributes:
            row[key] = str(product.attributes[key])
    return row


def comparison(products: Sequence[Product]) -> list[dict[str, Any]]:
    """One row per compared product, same columns for each (missing facts say so)."""
    rows = [fact_rows(p) for p in products]
    columns = list(dict.fromkeys(k for row in rows for k in row))
    return [{c: row.get(c, "-") for c in columns} for row in rows]


def comparison_text(products: Sequence[Product]) -> str:
    """A short sentence on how the compared products differ in price, rating, size (as their
    titles name it) and brand, from their records only."""
    priced = [p for p in products if p.price is not None]
    parts = []
    if len(priced) >= 2:
        cheapest = min(priced, key=lambda p: p.price or 0.0)
        dearest = max(priced, key=lambda p: p.price or 0.0)
        if cheapest.id != dearest.id:
            parts.append(
                f"{short_title(cheapest)} is ${(dearest.price or 0) - (cheapest.price or 0):.2f} "
                f"cheaper than {short_title(dearest)}"
            )
    rated = [p for p in products if p.rating is not None]
    if len(rated) >= 2:
        best = max(rated, key=lambda p: p.rating or 0.0)
        worst = min(rated, key=lambda p: p.rating or 0.0)
        if (best.rating or 0.0) > (worst.rating or 0.0):
            parts.append(
                f"{short_title(best)} is rated higher ({best.rating:.1f} against "
                f"{worst.rating:.1f} out of 5)"
            )
    sized = [(p, size) for p in products if (size := size_ml(p)) is not None]
    if len(sized) >= 2:
        biggest = max(sized, key=lambda s: s[1])
        smallest = min(sized, key=lambda s: s[1])
        if biggest[1] > smallest[1]:
            parts.append(
                f"{short_title(biggest[0])} is bigger ({size_said(biggest[0])} against "
                f"{size_said(smallest[0])})"
            )
    brands = {p.brand for p in products}
    if len(brands) == 1 and len(products) > 1 and None not in brands and "" not in brands:
        shared = "both are" if len(products) == 2 else "all are"
        parts.append(f"{shared} from {next(iter(brands))}")
    return (
        ("Here is how they compare: " + "; ".join(parts) + ".")
        if parts
        else ("Here is how they compare.")
    )


def superlative_pick(
    products: Sequence[Product], kind: str, bought: Mapping[str, int] | None = None
) -> tuple[Product | None, str]:
    """The product ``kind`` asks for (``cheapest``, ``dearest``, ``best_rated``,
    ``most_bought``: by ``bought``, the purchases on record per product id; ``biggest``,
    ``smallest``: by the size its title names, `size_ml`; ``best_value``: the least price for
    that size) among
    ``products`` and a sentence that names it with the fact that decided; (None, a sentence
    saying the catalog lacks the fact) when no product has it."""
    if kind == "most_bought":
        counts = {p.id: (bought or {}).get(p.id, 0) for p in products}
        if not any(counts.values()):
            return None, "This shop has no purchases of these on record."
        best = max(products, key=lambda p: counts[p.id])
        n = counts[best.id]
        return best, (
            f"The most bought of these here is {short_title(best)} "
            f"({n} purchase{'s' if n != 1 else ''} on record)."
        )
    if kind == "best_rated":
        rated = [p for p in products if p.rating is not None]
        if not rated:
            popular, said = superlative_pick(products, "most_bought", bought)
            if popular is None or bought is None:
                return None, "The catalog lists no ratings for these."
            return popular, "The catalog lists no ratings for these; " + said[0].lower() + said[1:]
        best = max(rated, key=lambda p: p.rating or 0.0)
        return best, f"The best rated of these is {short_title(best)} ({best.rating:.1f}/5)."
    if kind == "best_value":
        valued = [(p.price / size, p) for p in products if p.price and (size := size_ml(p))]
        if not valued:
            return None, "The titles of these name no sizes, so I can't compare their value."
        per_ml, best = min(valued, key=lambda v: v[0])
        others = " The titles of the others name no size." if len(valued) < len(products) else ""
        return best, (
            f"The best value of these is {short_title(best)}: ${per_ml * ML_PER_UNIT['oz']:.2f} "
            f"per fl oz (${best.price:.2f} for {size_said(best)}).{others}"
        )
    if kind in ("biggest", "smallest"):
        sized = [(size, p) for p in products if (size := size_ml(p)) is not None]
        if not sized:
            return None, "The titles of these name no sizes."
        best = (max if kind == "biggest" else min)(sized, key=lambda s: s[0])[1]
        others = " The titles of the others name no size." if len(sized) < len(products) else ""
        return best, f"The {kind} of these is {short_title(best)} ({size_said(best)}).{others}"
    priced = [p for p in products if p.price is not None]
    if not priced:
        return None, "The catalog lists no prices for these."
    cheapest = kind == "cheapest"
    best = (min if cheapest else max)(priced, key=lambda p: p.price or 0.0)
    word = "cheapest" if cheapest else "most expensive"
    return best, f"The {word} of these is {short_title(best)} at ${best.price:.2f}."


def _in_the_unit_asked(product: Product, said: str, question: str) -> str:
    """The title's size in the other unit when the question asks in it ("how many ml is it?"
    of a 10 fl oz bottle: " (about 296 ml)"); "" otherwise."""
    ml = size_ml(product)
    in_oz = "oz" in said or "ounce" in said
    if ml is None:
        return ""
    if in_oz and re.search(r"\b(?:ml|millilit(?:er|re)s?)\b", question):
        return f" (about {ml:.0f} ml)"
    if not in_oz and re.search(r"\b(?:oz|ounces?)\b", question):
        return f" (about {ml / ML_PER_UNIT['oz']:.1f} fl oz)"
    return ""


NOT_SEARCHABLE = frozenset(
    {"ingredients", "ingredient", "quality", "formula", "results", "performance", "reviews"}
)
"""What a question weighs the picks by that no search for products can ask for ("which one has
the best ingredients?"): no "ones for ingredients" to offer."""


def best_match_pick(
    products: Sequence[Product], words: Sequence[str], traits: Mapping[str, str] | None = None
) -> tuple[Product, str]:
    """The pick to recommend among ``products`` (in the order they were ranked for the need):
    the one whose title names most of ``words`` (what the shopper weighs them for: "thick",
    "hair"), then whose whole record does ("which is better for acne?": a description that
    mentions acne), the best ranked on a tie; and a sentence that says why from its record
    only, or that no listing mentions what was asked. ``traits`` are the words that are
    adjectives weighed by a superlative or comparative, with the comparative the search for
    them says ("light": "lighter")."""
    said = [w.lower() for w in words]

    def named(p: Product, among: Sequence[str] | None = None) -> list[str]:
        # the words weighed (or ``among``) that its title names ("heats": "Instant Heat")
        title = {stem(w) for w in re.findall(r"[a-z0-9']+", p.title.lower())}
        return [w for w in (weighed if among is None else among) if stem(w) in title]

    if len(products) > 1:  # a word every title names tells none apart ("hair" of straighteners)
        everywhere = set.intersection(*(set(named(p, said)) for p in products))
        said = [w for w in said if w not in everywhere]
    described = [w for w in said if stem(w) not in BODY_PARTS]  # "curly hair": curly
    weighed = described or said  # "curly hair": curly (a title's "All Hair Types" is no curl)

    def mentioned(p: Product) -> list[str]:
        return [w for w in weighed if topic_quote(p, w) is not None]

    scores = {p.id: (len(named(p)), len(mentioned(p))) for p in products}
    best = max(products, key=lambda p: scores[p.id])  # max keeps the first of a tie
    hits = named(best, said) if named(best) else []  # "its listing names 'thick hair'"
    price = f" (${best.price:.2f})" if best.price is not None else ""
    if hits:
        because = f"its listing names '{' '.join(hits)}'"
    elif mentions := mentioned(best):
        quote = topic_quote(best, mentions[0])
        because = f"its listing mentions {' '.join(mentions)}: \u201c{quote}\u201d"
    elif said and len(products) > 1:
        closest = f"(the closest match to what you asked for is {short_title(best)}{price})"
        if traits and all(w in traits for w in said):  # "something lighter", not "ones for light"
            more = " and ".join(dict.fromkeys(traits[w] for w in said))
            which = f"one {more[5:]}" if more.startswith("that ") else f"is {more}"  # lasts
            return best, (
                f"None of these listings says which {which}, so I can't tell {closest}. Say "
                f"\u201csomething {more}\u201d and I'll search for them."
            )
        asked = " ".join(said)
        if set(said) <= NOT_SEARCHABLE:  # "which one has the best ingredients?"
            return best, f"The catalog can't tell me which has the better {asked} {closest}."
        return best, (
            f"None of these listings mentions {asked}, so I can't say which is better for it "
            f"{closest}. Say \u201cones for {asked}\u201d and I'll search for them."
        )
    else:
        because = "it is the closest match to what you asked for"
    return best, f"I'd pick {short_title(best)}{price}: {because}."


def answer_about(product: Product, question: str) -> str:
    """A factual answer about one product, from its record only."""
    q = question.lower()
    name = short_title(product)
    if any(w in q for w in ("price", "cost", "how much", "expensive", "cheap")):
        if product.price is None:
            return f"The catalog lists no price for {name}."
        return f"{name} costs ${product.price:.2f}."
    if "brand" in q or "who makes" in q:
        return (
            f"{name} is made by {product.brand}."
            if product.brand
            else (f"The catalog lists no brand for {name}.")
        )
    if any(w in q for w in (*SIZE_KEYS, "big", "ml", "oz", "ounce")):
        for key in SIZE_KEYS:
            if key in product.attributes:
                return f"{name}: {key} {product.attributes[key]}."
        if said := size_said(product):  # "EDT SPRAY 1.35 OZ": the title's own size
            return f"{name}: {said}{_in_the_unit_asked(product, said, q)}, as its title says."
        return f"The catalog lists no size for {name}; the title says: {product.title}."
    if re.search(HOW_TO_USE, q):  # "how do i use it?", "how should i apply it"
        return _quoted(product, DIRECTION_WORDS, "no directions")
    if (who := whom_for(q)) not in (None, "self"):  # "is it good for my mom, she's 60?"
        q = re.sub(r"(?<!\w)'s\b", " ", WHO_FOR.sub(" ", q))  # "my daughter's": her, no topic
        if not asked_topic(q):  # nothing asked but whether it suits them: no record says
            return (
                f"The listing of {name} doesn't say whom it suits, so I can't tell whether your "
                f"{who} would like it. Tell me about them (skin or hair type, shades or scents "
                "they like) and I'll look for something for them."
            )
    if topic := asked_topic(q):
        return topic_answer(product, topic)
    if re.search(r"\bwhat(?:'?s| is) in\b", q):  # "what's in it?": nothing else asked
        return _quoted(product, ("ingredients",), "no ingredient list")
    if any(w in q for w in ("rating", "rated", "reviews", "good")) and not re.search(TELL_MORE, q):
        if product.rating is None:
            return f"{name} has no rating in the catalog yet."
        return f"{name} is rated {product.rating:.1f} out of 5."
    facts = fact_rows(product)
    rated = f", rated {facts['rating']}" if product.rating is not None else ""
    sized = next((f", {key} {facts[key]}" for key in SIZE_KEYS if key in facts), "")
    if not sized and (said := size_said(product)):
        sized = f", {said}"
    summary = f"{name}: {facts['brand']}, {facts['price']}{sized}, in {facts['category']}{rated}."
    if said := listing_opening(product):  # "tell me more about the third one"
        summary += f" Its listing says: \u201c{said}\u201d"
    return summary


OPENING_CHARS = 200
"""How much of a listing's description a summary of the product quotes at most."""


def listing_opening(product: Product) -> str:
    """The start of the product's catalog description (its first sentence, or its first
    ``OPENING_CHARS`` characters cut at a word, '…' where cut); '' when it has none."""
    text = " ".join(product.description.split())
    if not text:
        return ""
    sentence = re.match(r".+?[.!?](?=\s|$)", text)
    opening = sentence.group(0) if sentence else text
    if len(opening) <= OPENING_CHARS:
        return opening + ("…" if len(opening) < len(text) and not sentence else "")
    cut = opening.rfind(" ", 0, OPENING_CHARS)
    return opening[: cut if cut > 0 else OPENING_CHARS].rstrip(" ,;:") + "…"


TELL_MORE = (
    r"\b(?:tell me (?:more|about)|more (?:info|information|details?)|details?|describe|"
    r"what do you know)\b"
)
"""A request for what the catalog knows of a pick ("the third one sounds good, tell me more"):
a summary of its record, not its rating alone."""
HOW_TO_USE = (
    r"\bhow (?:do|should|would|can) (?:i|you|we) (?:use|apply|put on)\b|\bhow to (?:use|apply)\b"
)
"""A question on how to use a pick ("how do i use it?"): its listing's directions."""
DIRECTION_WORDS = ("directions", "how to use", "apply", "massage", "spray", "rinse")
"""Words where a listing says how a product is used, looked for in this order."""


def _quoted(product: Product, words: Sequence[str], missing: str) -> str:
    """The product's catalog record quoted where it says the first of ``words`` it says (its
    ingredients, its directions); else that the listing gives ``missing``."""
    name = short_title(product)
    for word in words:
        if (quote := topic_quote(product, word)) is not None:
            return f"The listing of {name} says: \u201c{quote}\u201d"
    return f"The catalog's listing of {name} gives {missing}; check the label or ask the brand."


def asked_topic(question: str) -> str:
    """What a question about a pick asks about, in its own words ("is the second one good
    for sensitive skin?" -> "sensitive skin"); '' when it names nothing beyond the pick."""
    said = re.sub(TOP_PICK, " ", question.lower())  # "your top pick" names the pick
    words = re.findall(r"[^\W_](?:[^\W_]|['-])*", said)  # "karité", not "karit"
    kept = [
        w
        for before, w, after in zip(["", *words], words, [*words[1:], ""], strict=False)
        if (w not in QUESTION_WORDS and w not in STOP_WORDS)
        or (before, w) == ("cruelty", "free")
        or (w, after) in FINE_THINGS
    ]  # "is it fragrance free?": fragrance; "cruelty free" is a claim of its own
    return " ".join(kept)


FINE_THINGS = frozenset({("fine", "hair"), ("fine", "lines"), ("fine", "line")})
"""Where "fine" is no question word ("is it fine for ...?") but the topic's own ("is it good
for fine lines?" asked about 'lines', "... for fine hair?" about 'hair')."""


def topic_answer(product: Product, topic: str) -> str:
    """Whether the product's catalog record mentions ``topic``, quoting where; it never says a
    product is right for a need (or free of something) that its record does not state."""
    name = short_title(product)
    quote = topic_quote(product, topic)
    if quote is None:
        return (
            f"The catalog's listing of {name} says nothing about {topic}, so I can't confirm "
            "it; check the label or ask the brand."
        )
    return f"The listing of {name} mentions {topic}: \u201c{quote}\u201d"


def topic_quote(product: Product, topic: str) -> str | None:
    """Where the product's catalog record (title, description, attributes) names ``topic``,
    quoted with a few words around it; None when it does not."""
    details = [
        f"{k}: {v}"
        for k, v in product.attributes.items()
        if isinstance(v, str | int) and k not in STORE_ONLY
    ]
    parts = [part for part in (product.title, product.description, *details) if part]
    text = " ".join(". ".join(parts).split())
    singular = [stem(w) for w in topic.split()]
    pattern = r"[\s-]+".join(rf"{re.escape(w)}(?:es|s)?" for w in singular)  # "Sulfate-Free"
    found = re.search(rf"(?<![a-z0-9]){pattern}(?![a-z])", text, re.I)  # "SPF15" names spf
    if found is None and (roots := _roots(singular)) != singular:  # "wattage": "1875 Watt"
        pattern = r"[\s-]+".join(rf"{w}s?" for w in roots)
        found = re.search(rf"(?<![a-z0-9]){pattern}(?![a-z])", text, re.I)
        said = [w for w in singular if w not in BODY_PARTS]  # "curly hair": "Dream Curls"
        if found is None and said and set(said) <= SAID_OF_A_ROOT and len(said) < len(singular):
            pattern = r"[\s-]+".join(rf"{w}s?" for w in _roots(said))
            found = re.search(rf"(?<![a-z0-9]){pattern}(?![a-z])", text, re.I)
    if found is None:
        return None
    start = text.rfind(" ", 0, max(0, found.start() - SNIPPET_CHARS)) + 1
    end = text.find(" ", found.end() + SNIPPET_CHARS)
    end = len(text) if end < 0 else end
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


SAID_OF_A_ROOT = frozenset(
    {"curly", "wavy", "kinky", "frizzy", "coily", "musky", "woody", "fruity", "spicy",
     "powdery", "citrusy", "smoky", "minty", "lemony", "flowery", "earthy", "sugary"}
)  # fmt: skip
"""Adjectives of a hair texture or a scent that listings say by their noun ("Dream Curls",
"White Musk", "Spice"): a topic saying one is found by its root too (`_roots`). Not every
"-y" word: "sticky" is no "Stick", "oily" no "Oil-Free"."""


def _roots(topic: list[str]) -> list[str]:
    """The words of ``topic`` as regular expressions of their roots where listings say the
    root: "wattage" (any "-age" of a root of three letters or more: "Watt"), "curly"
    (`SAID_OF_A_ROOT`: "Curl", "spicy": "Spice"); the others as said."""
    roots = []
    for word in topic:
        if word.endswith("age") and len(word) >= 6:
            roots.append(re.escape(word[:-3]))
        elif word in SAID_OF_A_ROOT:
            roots.append(rf"{re.escape(word[:-1])}e?")
        else:
            roots.append(re.escape(word))
    return roots if roots != [re.escape(w) for w in topic] else topic


def amount_of(product: Product, topic: str) -> tuple[float, str] | None:
    """The number the product's title or description says of ``topic``, a measure ("1875
    Watt" for wattage, "SPF 30" for spf), with the words that say it; None where it says none."""
    said = [stem(w) for w in topic.split()]
    if len(said) != 1:
        return None
    root = _roots(said)[0]
    text = " ".join(f"{product.title}. {product.description or ''}".split())
    number = r"(\d+(?:\.\d+)?)"
    found = re.search(
        rf"(?<![\w.]){number}\s*-?\s*{root}s?(?![a-z])|(?<![a-z]){root}s?\s*-?\s*{number}(?![\d.])",
        text,
        re.I,
    )
    if found is None:
        return None
    return float(found.group(1) or found.group(2)), found.group(0)


def amount_pick(
    products: Sequence[Product], topic: str, *, lowest: bool
) -> tuple[Product, str] | None:
    """The pick whose listing says the highest (``lowest``: the lowest) amount of ``topic``
    ("which one has the highest wattage?": the 2000 Watt dryer; "the lowest spf"), and a
    sentence that quotes it; None where no listing says one. Listings that say none are
    named in the sentence as unknown."""
    amounts = {p.id: a for p in products if (a := amount_of(p, topic)) is not None}
    if not amounts:
        return None
    measured = [p for p in products if p.id in amounts]
    best = (min if lowest else max)(measured, key=lambda p: amounts[p.id][0])
    price = f" (${best.price:.2f})" if best.price is not None else ""
    side = "lowest" if lowest else "highest"
    reply = (
        f"I'd pick {short_title(best)}{price}: its listing says \u201c{amounts[best.id][1]}\u201d, "
        f"the {side} {topic} these listings name"
    )
    unknown = len(products) - len(measured)
    if unknown:
        reply += f" ({unknown} of them name{'s' if unknown == 1 else ''} none)"
    return best, reply + "."
