"""Words of a language with no section of its own read through the root they share with a key
of another language or an English word other languages borrow (`retrieval.lexicon.roots._by_root`),
only in a message no language's own keys read (`retrieval.lexicon.roots._in_a_language_read`)."""

from __future__ import annotations

from retrieval.lexicon import to_catalog_words
from tests.tables import reads_as, stays_as_said

test_a_word_of_a_language_without_a_section_is_read_through_its_root = reads_as(
    to_catalog_words,
    [
        ("šampūnas nuo pleiskanų", "shampoo nuo pleiskanų"),  # Lithuanian, a case ending
        ("Meklēju šampūnu", "looking for shampoo"),  # Latvian: its own section (CONVO102)
        ("Iščem šampoon", "Iščem shampoo"),  # Slovenian
        ("შამპუნი", "shampoo"),  # Georgian
        ("პომადა", "lipstick"),  # the Russian "помад*"
        ("շամպուն", "shampoo"),  # Armenian
        ("sjampó fyrir hár", "shampoo fyrir hár"),  # Icelandic "sj" is "sh"
        ("xampù għal xagħar xott", "shampoo għal xagħar xott"),  # Maltese "x"
        ("shampo për flokë", "shampoo për flokë"),  # Albanian
    ],
)

test_an_english_message_and_short_words_stay_as_written = stays_as_said(
    to_catalog_words,
    [
        "shampoos for dry hair",
        "Pantene shampoo",
        "феномен",  # no "фен" (hair dryer) in its Russian case "феном": a key, no stem
    ],
)

test_a_word_of_a_message_in_a_language_read_is_not_read_through_a_root = reads_as(
    to_catalog_words,
    [
        ("krém na ruky", "cream for hands"),  # CONVO91: the Slovak section reads "ruky"
        ("krém na ručky", "cream for ručky"),  # fewer than five letters: near too many words
        ("un champú muy bueno", "a shampoo very bueno"),  # Spanish: no "buenas" (hi)
        ("le gustan los perfumes", "she likes perfumes"),  # the English word in its own form
        ("lipstik nude matte", "lipstick nude matte"),  # English: no Czech "máte" (do you have)
        # CONVO86: a word of one language's keys alone says the message is in a language the
        # lexicon reads: a word its keys leave (a name, a word they lack) is no other language's
        ("shampo buat rambut rontok dong", "shampo for hair loss "),  # Indonesian: "shampo" stays
        ("un regalo, unos 30 dólares", "a gift, unos 30 dólares"),  # no Russian "долларов"
    ],
)

test_an_english_word_in_a_message_a_key_reads_is_not_read_through_a_root = stays_as_said(
    to_catalog_words,
    ["nail polish, 2 or 3 dollars each is fine, I want a bunch of colors"],  # no "colorés"
)

test_a_word_is_not_read_as_a_key_of_a_root_of_four_letters = reads_as(
    to_catalog_words,
    [
        # "thata" (dry) is no Tagalog "tatay" (dad), "մաշկի" (skin) no French "masque"
        ("shampo për flokë të thata", "shampoo për flokë të thata"),
        ("շամպուն յուղոտ մաշկի", "shampoo oily skin"),  # CONVO91: Armenian's section reads it
    ],
)


def test_a_word_of_a_phrase_of_a_known_language_is_not_read_through_another_root() -> None:
    """ "moins" is a word of the French keys ("moins cher"): not the German greeting "moin"."""
    read = to_catalog_words("un sérum, pas trop cher, moins de 30 euros")
    assert "moins de 30 euros" in read
    assert "hi" not in read.split()


def test_a_word_several_languages_write_does_not_say_the_message_s_language() -> None:
    """ "za" is a key of Croatian, Russian and others: a Slovenian message holding it is in no
    language read, and its "šampoon" is read through its root."""
    assert to_catalog_words("šampoon za lase").startswith("shampoo for")
