"""The sections of languages that had none (Croatian, Bulgarian, Catalan, Estonian, Georgian)
read with their grammar; the time of day said after a product (`retrieval.lexicon.SAID_BEFORE`),
"base" as foundation in a Portuguese or Spanish message, and a verb of buying said last
(`retrieval.lexicon.word_order._buying_said_last`)."""

from __future__ import annotations

from retrieval.lexicon import to_catalog_words
from tests.tables import reads_as, stays_as_said

test_the_time_of_day_said_after_a_product_is_said_before_it = reads_as(
    to_catalog_words,
    [
        ("une crème de nuit pour le visage", "a night cream for the face"),
        ("crème de jour", "day cream"),
        ("crema de noche", "night cream"),
        ("crema de día", "day cream"),
        ("crema da notte", "night cream"),
        ("creme de noite", "night cream"),
        ("buenas noches", "good evening"),  # a greeting, its own key
    ],
)

test_base_in_a_portuguese_or_spanish_message_is_foundation = reads_as(
    to_catalog_words,
    [
        ("base para pele seca", "foundation for dry skin"),
        ("Queria uma base líquida", "i would like a liquid foundation"),
        ("una base para piel grasa", "a foundation for oily skin"),
        ("base de uñas", "base coat"),  # its own key
        ("base coat", "base coat"),  # English: as written
    ],
)


test_a_language_that_had_no_section_is_read_with_its_grammar = reads_as(
    to_catalog_words,
    [
        # Croatian: "za" (for) before the part, a type before it as in English, "do" (up to)
        # before an amount in a Croatian message
        ("parfem za žene", "perfume for women"),
        ("šampon za suhu kosu", "shampoo for dry hair"),
        ("tražim crveni ruž za usne do 20 eura", "looking for red lipstick up to 20 euros"),
        # Bulgarian: Cyrillic, not Russian ("за", "коса"; "да" is no "yes" here)
        ("Търся шампоан за суха коса", "looking for shampoo for dry hair"),
        ("Искам да купя червило", "i want to buy lipstick"),
        # Catalan: "per a" (for), a colour after the product, "home" (men) in context
        ("pintallavis vermell", "red lipstick"),
        ("perfum per a home", "perfume for men"),
        ("crema hidratant per a la cara", "moisturizer for the face"),
        # Estonian: the cases ("-le": for, to) written as their own keys
        ("parfüüm naistele", "perfume women"),
        ("Otsin näokreemi kuivale nahale", "looking for face cream dry skin"),  # its endings
        ("ripsmetušš, veekindel", "mascara, waterproof"),
        # Georgian: a verb of wanting before the verb of buying
        ("მინდა ვიყიდო სუნამო", "i want to buy perfume"),
        ("მინდა შამპუნი", "i want shampoo"),  # its own word, no root read (CONVO86)
    ],
)

test_a_verb_of_buying_said_after_the_product_is_dropped = reads_as(
    to_catalog_words,
    [
        ("Ich möchte einen Lippenstift kaufen", "i would like a lipstick"),
        ("ich will eine Wimperntusche kaufen", "ich will a mascara"),
        ("quiero comprar un perfume", "i want to buy a perfume"),  # said before it: kept
        ("wo kann ich das kaufen", "wo kann ich das buy"),  # nothing read before it
    ],
)

test_home_is_men_only_in_a_catalan_message = stays_as_said(to_catalog_words, ["home fragrance"])
