"""Words of other languages that are English words too, or mean two things, read by what is
around them (`retrieval.lexicon`'s ``in_context``, and longer keys): Italian "per", French
"ma", "mais" and "rouge" in a message in that language; Gulf Arabic "ابي" (I want) beside
"لأبي" (for my dad); Thai "ผม" (hair, or I before a verb)."""

from __future__ import annotations

from retrieval.lexicon import to_catalog_words
from tests.tables import reads_as, stays_as_said

# CONVO32 probes: "per", "ma", "mais", "rouge" and "veut" were left as written, "ابي" was "my
# dad" (a men's perfume for "ابي عطر"), "ผมเป็นผู้ชาย" searched 'hair men', "elle adore la
# vanille" filtered the brand Lavanila, "che duri tanto" the brand Duri Cosmetics, "mas nada
# muito caro" searched 'mask', "szukam czegoś na pryszcze, tanio" was off the topic.
test_a_word_read_by_its_context = reads_as(
    to_catalog_words,
    [
        ("uno shampoo per capelli ricci", "a shampoo for curly hair"),
        ("una crema per il viso per pelle secca", "a cream for the face for dry skin"),
        ("mascara ma non waterproof", "mascara but not waterproof"),
        ("ma fille veut un vernis à ongles", "my daughter wants a nail polish"),
        ("je cherche un rouge à lèvres rouge", "looking for a red lipstick"),
        ("je veux un mascara mais waterproof", "i want a mascara but waterproof"),
        ("ich suche die Creme für trockene Haut", "looking for the cream for dry skin"),
        (
            "un cadeau pour ma copine, elle adore la vanille",
            "a gift for my girlfriend, she loves the vanilla",
        ),
        ("hab trockene Haut, brauche eine Bodylotion", "i have dry skin, need a body lotion"),
        ("vorrei uno smalto rosso che duri tanto", "i want a red long lasting nail polish"),
        ("um perfume pro meu namorado", "a perfume for my boyfriend"),
        ("szukam tuszu do rzęs wodoodpornego", "looking for mascara waterproof"),
        (
            "procuro um hidratante pra pele seca, mas nada muito caro",
            "looking for a moisturizer for dry skin, but not too expensive",
        ),
        ("quiero algo mas barato", "i want something cheaper"),
        ("shampo buat rambut rontok dong", "shampo for hair loss "),
        ("szukam czegoś na pryszcze, tanio", "looking for something for acne, cheap"),
        (
            "necesito un shampoo pa el cabello maltratado, algo baratito",
            "i need a shampoo for the damaged hair, something cheap",
        ),
        ("kem dưới 200k dong", "cream under 200,000 dong"),  # Vietnamese money, not a particle
        ("ابي شامبو للشعر الجاف", "i want shampoo for dry hair"),
        ("هدية لأبي", "gift for my dad"),
        ("ابي عطر لابوي", "i want perfume for my dad"),
        ("ครีมกันแดดสำหรับผิวมัน ผมเป็นผู้ชาย", "sunscreen for oily skin i am men"),
        ("ผมแห้ง อยากได้แชมพู", "dry hair i want shampoo"),
        ("ผมร่วง", "hair loss"),
    ],
)
test_the_english_word_stays_english = stays_as_said(
    to_catalog_words,
    [
        "$5 per item is fine",
        "a rouge for my cheeks",
        "a gift for my ma",
        "a noir eyeliner, not too dark",  # no word of French read besides
        "mais flour face mask",
        "die cut nail stickers",
        "the pro version of this dryer",
        "la la land lipstick",
    ],
)
# CONVO32 probes: each showed nail-art rhinestone kits (the catalog's only titled tweezers, in
# Nail Art Equipment); a word for plucking tweezers now says so, as "eyebrow tweezers" does in
# English ("I found no eyebrow tweezers in this store's catalog").
test_tweezers_for_plucking_are_eyebrow_tweezers = reads_as(
    to_catalog_words,
    [
        ("pinzas de depilar", "eyebrow tweezers"),
        ("une pince à épiler", "an eyebrow tweezers"),  # "an" before a vowel (CONVO74)
        ("cımbız lazım", "eyebrow tweezers i need"),
        ("毛抜き", "eyebrow tweezers"),
        ("족집게", "eyebrow tweezers"),
        ("Pinzette", "tweezers"),  # tweezers of any kind, as in English
    ],
)
