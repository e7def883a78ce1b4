"""A language written in Latin letters written back in its script (`retrieval/transliteration.py`)
and read by its lexicon section (`retrieval.lexicon.in_own_script_where_read`)."""

from __future__ import annotations

from retrieval.lexicon import in_own_script_where_read, to_catalog_words
from retrieval.transliteration import in_own_script, transliterated_languages
from tests.tables import reads_as


def test_russian_is_a_transliterated_language() -> None:
    assert "ru" in transliterated_languages()


test_latin_letters_are_written_in_cyrillic = reads_as(
    lambda word: in_own_script(word, "ru"),
    [
        ("ishchu", "ищу"),  # the longest letters first: shch, not s + h + ch
        ("dlya", "для"),
        ("dlia", "для"),
        ("resnits", "ресниц"),
        ("nuzhen", "нужен"),
        ("rublei", "рублей"),  # an "i" after a vowel is the consonant
        ("krasnyy", "красный"),
        ("tush'", "тушь"),  # the apostrophe is the soft sign
        ("Perhoti", "перхоти"),
    ],
)

test_russian_in_latin_letters_is_read = reads_as(
    to_catalog_words,
    [
        ("ishchu tush dlya resnits nedorogo", "looking for mascara for lashes cheap"),
        ("nuzhen shampun ot perhoti", "i need shampoo anti dandruff"),
        ("khochu pomadu krasnuyu", "i want lipstick red"),
        (
            "podskazhite tush dlya resnits ne dorozhe 800 rublei",
            "recommend mascara for lashes no more than 800 rubles",
        ),
    ],
)

test_a_message_few_of_whose_words_read_so_is_unchanged = reads_as(
    in_own_script_where_read,
    [
        ("a brow gel to keep my brows in place", "a brow gel to keep my brows in place"),
        ("brown eyebrow pencil, my brows are sparse", "brown eyebrow pencil, my brows are sparse"),
        ("krem do twarzy", "krem do twarzy"),  # Polish, read as written
        ("a red lipstick for my mom", "a red lipstick for my mom"),
        ("шампунь для волос", "шампунь для волос"),  # in its script already
    ],
)


def test_only_the_words_read_are_written_in_the_script() -> None:
    assert in_own_script_where_read("ishchu krem dlya litsa Nivea") == "ищу крем для лица Nivea"


def test_an_english_message_compiles_only_the_latin_keys(monkeypatch) -> None:
    """Tried as Russian, an English message is matched against the Russian section's keys,
    never the pattern over every spaced key (compiling that one cost a fresh worker's first
    answer 2.8 s)."""
    from retrieval import lexicon
    from retrieval.lexicon import languages, own_script, tables

    compiled: list[str] = []
    original = languages._compiled
    for module in (lexicon, languages, own_script):  # each module that compiles a pattern
        monkeypatch.setattr(
            module, "_compiled", lambda pattern: compiled.append(pattern) or original(pattern)
        )
    assert to_catalog_words("waterproof mascara for my sister") == (
        "waterproof mascara for my sister"
    )
    assert tables._lexicon().spaced not in compiled
    assert tables._lexicon().own_script["ru"] in compiled


def test_ukrainian_and_bulgarian_are_transliterated_languages() -> None:
    assert {"uk", "bg"} <= set(transliterated_languages())


test_ukrainian_letters = reads_as(
    lambda word: in_own_script(word, "uk"),
    [
        ("potriben", "потрібен"),  # "i" is і, "y" is и
        ("oblychchya", "обличчя"),
        ("sukhoho", "сухого"),  # "h" is г, "kh" is х
    ],
)

test_bulgarian_letters = reads_as(
    lambda word: in_own_script(word, "bg"),
    [
        ("tyrsya", "търся"),  # "y" is ъ
        ("moy", "мой"),  # after a vowel, й
        ("shtipka", "щипка"),
    ],
)

test_a_language_in_latin_letters_is_read = reads_as(
    to_catalog_words,
    [
        ("tyrsya parfyum za myzha mi", "looking for perfume for my husband"),  # bg
        ("shukayu tush dlya vij", "looking for mascara"),  # uk: туш для вій
    ],
)


test_one_word_alone_stays_as_written = reads_as(
    in_own_script_where_read,
    [
        ("pomade", "pomade"),  # English, though "помаде" is a Russian key's
        ("zhirnye", "zhirnye"),  # an answer in Russian: too little to tell (left for later)
    ],
)
