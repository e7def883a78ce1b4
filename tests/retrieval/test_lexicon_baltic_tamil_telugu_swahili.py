"""CONVO102: the sections of Latvian and Lithuanian (keys in the nominative, read in their
other cases by `endings`), Tamil, Telugu and Swahili; the languages read through roots too
(``rooted``); the caps said before or after an amount in Chinese, Japanese and Hindi in Latin
letters (`retrieval/data/lexicon.yaml`)."""

from __future__ import annotations

from retrieval.lexicon import to_catalog_words
from tests.tables import reads_as

test_the_shop_words_of_the_five_languages = reads_as(
    to_catalog_words,
    [
        ("vēlos nopirkt lūpu krāsu", "i want to buy lipstick"),  # lv: krāsa, the object
        ("gribu nopirkt skropstu tušu", "i want to buy mascara"),
        ("vajadzīgs matu fēns", "i need hair dryer"),
        ("meklēju šampūnu sausiem matiem", "looking for shampoo dry hair"),
        ("reikia plaukų džiovintuvo", "i need hair dryer"),  # lt: džiovintuvas, "of"
        ("noriu nusipirkti blakstienų tušą", "i want to buy mascara"),
        ("reikia rankų kremo", "i need hand cream"),
        ("kvepalai vyrui", "perfume for my husband"),
        ("எனக்கு ஷாம்பு வேண்டும்", " shampoo i need"),  # ta
        ("நாகு", "நாகு"),  # a word no key reads, as written
        ("నాకు షాంపూ కావాలి", " shampoo i need"),  # te
        ("nataka manukato kwa mke wangu", "i want perfume for my wife"),  # sw
        ("natafuta shampoo ya nywele kavu", "looking for shampoo ya dry hair"),
    ],
)

test_a_word_no_key_reads_is_read_through_its_root = reads_as(
    to_catalog_words,
    [
        ("parfīms sievietēm", "perfume for women"),  # lv, read: the Latin "parfum" root
        ("ar turite parfumo vyrams?", "do you have perfume for men?"),  # lt
        ("un champú de Lancôme", "a shampoo de Lancôme"),  # es: a name stays a name
    ],
)

test_a_cap_said_before_or_after_its_amount = reads_as(
    to_catalog_words,
    [
        ("想买一支口红，不要超过200元", "lipstick , up to 200 yuan"),
        ("5000円までの香水を探しています", "5,000 yen or less perfume"),
        ("shampoo chahiye 500 rupaye tak", "shampoo i need 500 rupaye or less"),
        ("tak, chcę szampon", "tak, i want shampoo"),  # Polish "yes", no cap
    ],
)

test_english_words_are_no_keys_of_theirs = reads_as(
    to_catalog_words,
    [
        ("show me serums", "show me serums"),
        ("para uso diario", "for uso diario"),
    ],
)
