"""The language x product type table (retrieval/data/lexicon.yaml, the `*-types` sections,
CONVO54): each language's everyday word for a catalog type no list read before (a mirror, a
wig, a nail file, false lashes, a curling iron, cotton swabs...) is read as the catalog's
words, so the query parser names its category ("une perruque blonde" searched 'une perruque
blonde' with no category; "我需要一个化妆镜" read nothing). English words and words that are
everyday English ("far", "bobs", "tiara") are no keys."""

from __future__ import annotations

from retrieval.lexicon import to_catalog_words
from tests.tables import reads_as, stays_as_said

test_a_type_named_in_another_language_is_read = reads_as(
    to_catalog_words,
    [
        ("un espejo con luz", "a mirror with luz"),  # es
        ("ich brauche eine Perücke", "i need a wig"),  # de
        ("une perruque rousse", "a wig rousse"),  # fr
        ("un pennello da trucco", "a makeup brush"),  # it
        ("cílios postiços naturais", "false eyelashes naturais"),  # pt
        ("een stijltang", "a flat iron"),  # nl
        ("szukam odżywki do włosów", "looking for conditioner"),  # pl, a case ending
        ("kirpik kıvırıcı lazım", "eyelash curler i need"),  # tr
        ("пилка для ногтей", "nail file for nails"),  # ru
        ("أريد مشط", "i want comb"),  # ar
        ("कंघी चाहिए", "comb i need"),  # hi
        ("ビューラーが欲しい", "eyelash curler"),  # ja
        ("면봉 추천", "cotton swabs recommend"),  # ko
        ("推荐一个卷发棒", "recommend curling iron"),  # zh
        ("cần máy uốn tóc", "need curling iron"),  # vi
        ("một cây son màu đỏ", "một red lipstick"),  # vi: the lipstick, not "son"
        ("cari kikir kuku", "looking for nail file"),  # id
        # and in Nordic and eastern languages: sv da nb fi ro uk el cs
        ("en hårsnodd", "a ponytail holder"),  # sv
        ("jeg skal bruge en paryk", "jeg skal bruge a wig"),  # da
        ("ny neglefil", "ny nail file"),  # nb
        ("peili ja meikkipussi", "mirror and makeup bag"),  # fi
        ("caut o oglindă", "looking for o mirror"),  # ro
        ("потрібне дзеркало", "i need mirror"),  # uk
        ("θέλω μια περούκα", "i want a wig"),  # el
        ("hledám hřeben na vlasy", "looking for comb for hair"),  # cs
    ],
)
test_words_other_readings_need_stay = stays_as_said(
    to_catalog_words,
    [
        "eau de parfum for her",  # "parfum" is no key of its own
        "how far is it",  # "far" (tr eyeshadow) is everyday English
        "a top coat",
        "a tiara for the wedding",
        "and the falsies one?",  # Maybelline Falsies: a mascara the titles name
        "4711 eau de cologne",
    ],
)

# English slang and shoppers' names of a type that read nothing (the `en-types` section)
test_slang_for_a_type_is_read_as_the_catalogs = reads_as(
    to_catalog_words,
    [
        ("a lippie in nude", "a lipstick in nude"),
        ("my fave lippy ran out", "my fave lipstick ran out"),
        ("a foundy that doesnt oxidise", "a foundation that doesnt oxidise"),
        ("blackhead strips for my nose", "pore strips for my nose"),
    ],
)

# French "a thing for my ..." (read only beside other French: "mes" is Spanish for month)
test_a_french_thing_for_my_part_is_read = reads_as(
    to_catalog_words,
    [
        ("un truc pour mes cheveux bouclés", "a thing for my curly hair"),
        ("des trucs pour mes lèvres", "some things for my lips"),
    ],
)
