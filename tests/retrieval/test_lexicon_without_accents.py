"""Keys with accents read as shoppers type them without (`retrieval/lexicon/`,
`_written_plain`): only in a message that holds another word of the key's language."""

from __future__ import annotations

from retrieval.lexicon import to_catalog_words, without_accents
from tests.tables import reads_as

test_a_key_typed_without_its_accents_is_read_in_its_language = reads_as(
    to_catalog_words,
    [
        ("vreau un ruj pentru sotia mea", "i want a lipstick for my wife"),  # soția mea
        ("creme pour peau seche", "cream for dry skin"),  # sèche: not the brand Seche Vite
        ("crema pentru fata", "cream for face"),  # față
        # the phrase takes the place of the words read inside it ("meu": my)
        ("caut un parfum pentru sotul meu", "looking for a perfume for my husband"),
        ("crema de fata pentru ten uscat", "face cream for dry skin"),  # not "crema": cream
        ("peau sèche", "dry skin"),  # as written, still
    ],
)

test_an_english_word_stays_english = reads_as(
    to_catalog_words,
    [
        ("cheers mate", "cheers mate"),  # no Slovak "máte" in an English message
        ("a rose perfume", "a rose perfume"),  # "rosé": the lexicon reads words into "rose"
        ("vitamin e serum", "vitamin e serum"),  # "é" has too few letters
    ],
)


def test_without_accents_leaves_off_the_latin_marks_only() -> None:
    assert without_accents("soția sèche złoty") == "sotia seche zloty"
    assert without_accents("йогурт") == "йогурт"  # a Cyrillic letter keeps its mark
