"""Prices said in other languages and currencies, as the turn reader reads them: a currency
whose unit is far from the store's is converted at the table's rate (`retrieval.currency`),
amounts said with a word for a thousand are whole ("3만원", "200k", "150 nghìn"), and a
currency near the store's counts at face value, as the label contract says."""

from __future__ import annotations

from assistant.dialogue.handlers.talk import with_money_read
from assistant.dialogue.model.model_reading import to_request
from assistant.dialogue.model.model_request import ModelRequest, TurnSituation
from assistant.dialogue.model.validation import RequestValidator
from assistant.dialogue.turn import Turn
from assistant.dialogue.vocabulary import CatalogVocabulary
from retrieval.query import ParsedQuery
from tests.assistant.dialogue.readers import reader_over
from tests.tables import reads_as

VOCAB = CatalogVocabulary(
    brands=["Nivea"],
    categories=["Beauty > Hair Care > Shampoos", "Beauty > Makeup > Eyes > Mascara"],
    words=frozenset({"shampoo", "mascara", "sunscreen", "lipstick", "hair", "dry"}),
)


def _read(message: str) -> ParsedQuery:
    reader = reader_over(VOCAB)
    return reader.read(message, TurnSituation()).parsed


def _highest(message: str) -> float | None:
    return _read(message).max_price


def _around(message: str) -> float | None:
    return _read(message).around_price


test_a_price_in_a_far_currency_is_converted = reads_as(
    _highest,
    [
        ("шампунь для сухих волос до 1000 рублей", 11.0),  # ru
        ("тушь до 500 руб", 5.5),
        ("선크림 3만원 이하로 추천해주세요", 21.6),  # ko
        ("kem chống nắng dưới 200k", 7.6),  # vi
        ("日焼け止め 2000円以下", 13.4),  # ja
        ("マスカラ 2万円以下", 134.0),
        ("face wash under 500 rupees", 6.0),  # en, India
        ("champú por menos de 300 pesos", 16.5),  # es, Mexico
        ("schampo under 150 kr", 14.25),  # sv
        ("şampuan 300 TL altında", 7.5),  # tr
        ("ครีมกันแดด ไม่เกิน 500 บาท", 14.5),  # th
        ("bedak di bawah 100rb", 6.0),  # id
        ("ищу тушь водостойкую до 700р", 7.7),
        ("cari sunscreen dibawah 150rb", 9.0),
    ],
)
test_a_price_to_aim_at_in_a_far_currency_is_converted = reads_as(
    _around,
    [
        ("립스틱 2만원 정도", 14.4),
        ("son môi khoảng 150 nghìn", 5.7),
        ("口红 300块左右", 42.0),
        ("un parfum pour mon copain, genre 50 balles", 50),
    ],
)
test_a_price_near_the_store_currency_stays_at_face_value = reads_as(
    _highest,
    [
        ("Quiero un champú de menos de 20 euros", 20),
        ("ein Shampoo unter 15 Euro", 15),
        ("busco un serum que no cueste más de 25 euros", 25),
        ("un serum, q no cueste mas de 25 euros", 25),
        ("algo pa mi suegra, no más de 40 dolares", 40),
        ("a mascara under £15", 15),
        ("um shampoo até 40 reais", 40),
        ("szampon do 50 zł", 50),
        ("a shampoo under 25", 25),
        ("a dryer under 200k", 200),  # no money said: as before
    ],
)


def test_money_is_never_read_as_a_misspelt_word() -> None:
    """CONVO32 probe: in the Beauty catalog "ไม่เกิน 500 บาท" ('no more than 500 baht') was
    read 'under $500' with 'bath' in the need: the typo reader made the money a bath."""
    vocab = CatalogVocabulary(
        brands=[],
        categories=["Beauty > Makeup > Lips > Lipstick", "Beauty > Bath & Body > Bath"],
        words=frozenset({"lipstick", "bath", "red", "own", "one", "dine"}),
    )
    reader = reader_over(vocab)
    for message, highest in [("อยากได้ลิปสติกสีแดง ไม่เกิน 500 บาท", 14.5), ("립스틱 3만원 이하", 21.6)]:
        request = reader.read(message, TurnSituation())
        assert request.parsed.max_price == highest, message
        assert "bath" not in request.text and "own" not in request.text, message


def test_a_thousands_word_leaves_no_number_in_the_need() -> None:
    parsed = _read("선크림 3만원 이하로 추천해주세요")
    assert parsed.max_price == 21.6 and not any(ch.isdigit() for ch in parsed.text)


def test_the_reply_says_what_a_converted_price_came_to() -> None:
    reader = reader_over(VOCAB)
    turn = Turn(reply="Here are 4 picks for 'shampoo', under $11.00.", intent="search")
    request = reader.read("шампунь до 1000 рублей", TurnSituation())
    assert request.parsed.converted == ["1,000 rubles is about $11.00"]
    assert with_money_read(turn, request).reply == (
        "Here are 4 picks for 'shampoo', under $11.00. "
        "(1,000 rubles is about $11.00 at this shop's rate.)"
    )
    at_face_value = reader.read("a shampoo under 20 euros", TurnSituation())
    assert with_money_read(turn, at_face_value) == turn


def test_no_more_than_in_spanish_avoids_no_word() -> None:
    """CONVO32 probe: "no más de 40 dolares" avoided 'más' and 'de'."""
    reader = reader_over(VOCAB)
    request = reader.read("quiero algo pa mi suegra, no más de 40 dolares", TurnSituation())
    assert request.parsed.max_price == 40 and request.avoid == []


def test_a_model_reading_keeps_the_rules_converted_price() -> None:
    """A model told to give prices as typed reads "до 1000 рублей" as 1000: the rules' price
    (converted) wins, and the reply still says what it came to."""
    message = "шампунь до 1000 рублей"
    rules = reader_over(VOCAB).read(message, TurnSituation())
    model = ModelRequest(intent="search", need="shampoo", price_max=1000)
    request = to_request(RequestValidator(VOCAB).check(model, message, TurnSituation()), rules)
    assert request.parsed.max_price == 11.0
    assert request.parsed.converted == ["1,000 rubles is about $11.00"]


test_a_price_said_in_number_words_of_another_language = reads_as(
    _highest,
    [
        ("un champú para pelo seco por menos de veinte euros", 20.0),  # es
        ("un labial que cueste menos de trescientos pesos", 16.5),  # es, converted
        ("base hasta cuarenta y cinco euros", 45.0),
        ("shampooing pour cheveux gras a moins de douze euros", 12.0),  # fr
        ("un sèche-cheveux à moins de quatre-vingts euros", 80.0),
        ("Foundation bis fünfunddreißig Euro", 35.0),  # de
        ("mascara sotto i quindici euro", 15.0),  # it
        ("batom vermelho menos de quarenta reais", 40.0),  # pt
        ("lippenstift onder de twaalf euro", 12.0),  # nl
        ("podkład do stu złotych", 100.0),  # pl
        ("шампунь до пятисот рублей", 5.5),  # ru, converted
        ("fondöten üç yüz liraya kadar", 7.5),  # tr, converted
        ("أحمر شفاه بأقل من ثلاثين دولار", 30.0),  # ar
        ("二千円以内のマスカラ", 13.4),  # ja
        ("两百元以内的口红", 28.0),  # zh
        ("need un shampoo sin sulfatos under veinte bucks", 20.0),  # mixed with English
    ],
)


test_number_words_saying_no_money_stay_words = reads_as(
    _highest,
    [
        ("un champú y dos acondicionadores", None),  # counts, no money
        ("yüz kremi", None),  # a face cream, not a hundred
        ("one shampoo and once a week a mask", None),  # English: no price
        ("elf mascara", None),
    ],
)


test_not_pricier_than_or_cheaper_than_in_another_language_is_a_highest_price = reads_as(
    _highest,
    [
        ("mascara niet duurder dan vijftien euro", 15.0),  # nl
        ("Lippenstift nicht teurer als 12 Euro", 12.0),  # de
        ("rossetto non più caro di dieci euro", 10.0),  # it
        ("pas plus cher que vingt euros", 20.0),  # fr
        ("un champú no más caro que 10 euros", 10.0),  # es
        ("тушь дешевле тысячи рублей", 11.0),  # ru: "than" said by a case
        ("champú más barato que 10 euros", 10.0),
        ("not more expensive than 20 dollars", 20.0),  # en, as before
    ],
)


test_cheaper_before_a_number_that_is_no_money_is_no_price = reads_as(
    _highest,
    [
        ("a cheaper 2 pack of sponges", None),
        ("something cheaper than the 30 one", None),
    ],
)
