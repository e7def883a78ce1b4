"""Numbers written as words in other languages read as digits where they say money
(`retrieval.number_words`), and what must stay as written."""

import pytest

from retrieval.lexicon import to_catalog_words
from retrieval.number_words import folded, numbers_in_digits
from retrieval.prices import find_prices
from tests.tables import reads_as, stays_as_said

# a number said in words is written in digits where it says money: money after it, ...
test_a_number_said_in_words_for_money_is_written_in_digits = reads_as(
    numbers_in_digits,
    [
        ("menos de veinte euros", "menos de 20 euros"),
        ("treinta y cinco dolares", "35 dolares"),
        ("dos mil quinientos pesos", "2500 pesos"),
        ("labial de menos de mil pesos", "labial de menos de 1000 pesos"),
        ("cento e cinquenta reais", "150 reais"),
        ("quatre-vingt-quinze euros", "95 euros"),
        ("cent vingt euros", "120 euros"),
        ("vingt-cinq balles", "25 balles"),
        ("fünfunddreißig Euro", "35 Euro"),
        ("dreihundertfuenfzig euro", "350 euro"),
        ("vijfentwintig euro", "25 euro"),
        ("duecentocinquanta euro", "250 euro"),
        ("ventotto euro", "28 euro"),
        ("do pięćdziesięciu złotych", "do 50 złotych"),
        ("do piecdziesieciu zlotych", "do 50 zlotych"),
        ("до пятисот рублей", "до 500 рублей"),
        ("двух тысяч рублей", "2000 рублей"),
        ("iki yüz lira", "200 lira"),
        ("elli liradan ucuz", "50 liradan ucuz"),
        ("بأقل من عشرين دولار", "بأقل من 20 دولار"),
        ("خمسة عشر دولار", "15 دولار"),
        ("二千円以下", "2000円以下"),
        ("两百块以内", "200块以内"),
        ("香水,两百块以内", "香水,200块以内"),  # CONVO74: after a comma ("，" read ",")
        ("三千五百円", "3500円"),
        ("三千日元以内的香水", "3000日元以内的香水"),  # 日元: the Chinese for yen
        ("2万円以下", "2万円以下"),  # digits before: `currency.amounts_in_full` reads it
        # ... a price word before it
        ("menos de veinte", "menos de 20"),
        ("unter zwanzig", "unter 20"),
        ("sotto i dodici", "sotto i 12"),
        ("onder de tien", "onder de 10"),
        ("до пятисот", "до 500"),
        # ... or the other end of a range: both ends are read
        ("entre veinte y treinta euros", "entre 20 y 30 euros"),
        ("tra venti e trenta euro", "tra 20 e 30 euro"),
        ("zwischen zwanzig und dreißig Euro", "zwischen 20 und 30 Euro"),
    ],
)

test_what_says_no_money_stays_as_written = stays_as_said(
    numbers_in_digits,
    [
        "un champú para pelo seco",  # an article, no amount
        "dos productos para el pelo",  # a count, no money
        "très cher",  # "tres" folded is a Spanish three, but no money follows
        "yüz kremi",  # a face cream, not a hundred
        "一个口红",  # one lipstick
        "once a week, one shampoo under twenty dollars",  # English: the price reader's
        "elf mascara under 10 euros",  # a brand
        "drei Produkte de mascara",
    ],
)


def test_accents_are_folded_as_a_shopper_leaves_them_out() -> None:
    assert folded("Dreißig") == "dreissig"
    assert folded("pięćdziesiąt") == "piecdziesiat"
    assert folded("трёх") == "трех"


@pytest.mark.parametrize(
    ("message", "highest"),
    [
        ("un champú para pelo seco por menos de veinte euros", 20.0),
        ("Shampoo für trockenes Haar unter zwanzig Euro", 20.0),
        ("labial rojo de menos de mil pesos", 55.0),  # pesos converted at the table's rate
        ("szampon do trzydziestu złotych", 30.0),
        ("шампунь до тысячи рублей", 11.0),
        ("二千円以下のシャンプー", 13.4),
    ],
)
def test_the_price_reader_reads_the_amount(message: str, highest: float) -> None:
    assert find_prices(to_catalog_words(message)).max_price == pytest.approx(highest)
