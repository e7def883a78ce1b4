"""The punctuation of other scripts as the Latin script's (`retrieval/script_punctuation.py`)."""

from __future__ import annotations

from retrieval.lexicon import to_catalog_words
from retrieval.script_punctuation import latin_punctuation
from tests.tables import reads_as

test_marks_of_other_scripts_are_latin_marks = reads_as(
    latin_punctuation,
    [
        ("زيت للشعر، رخيص", "زيت للشعر, رخيص"),  # Arabic comma
        ("هل عندكم شامبو؟", "هل عندكم شامبو?"),  # Arabic question mark
        ("مجھے شیمپو چاہیے۔", "مجھے شیمپو چاہیے."),  # Urdu full stop
        ("मुझे शैम्पू चाहिए।", "मुझे शैम्पू चाहिए."),  # Devanagari danda
        ("你好，有洗面奶吗？", "你好,有洗面奶吗?"),  # full-width marks
        ("シャンプー、ください。", "シャンプー,ください."),  # ideographic comma and full stop
        ("a shampoo, please?", "a shampoo, please?"),  # the Latin script as it is
    ],
)

test_no_mark_of_another_script_is_left_as_a_word = reads_as(
    to_catalog_words,
    [
        ("أحمر شفاه، لون أحمر", "lipstick, red color"),
        ("सूखी त्वचा के लिए मॉइस्चराइज़र चाहिए।", "moisturizer for dry skin i need."),
    ],
)
