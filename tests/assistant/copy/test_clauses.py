"""Cuts of a copy at whole clauses, and the copywriter using them before the template: a
completion cut off mid-price or past the channel's length keeps its grounded clauses; an
email that stopped after its subject gets its body from a second generation."""

from __future__ import annotations

from assistant.copy import Copywriter, GroundingChecker
from assistant.copy.clauses import clause_cuts, looks_cut_off
from tests.assistant.copy.products import POLISH
from tests.assistant.copy.scripted_llm import ScriptedLLM

CHECKER = GroundingChecker(["essie", "OPI"], [])


class TunedLLM(ScriptedLLM):
    tuned_for = "copy"


def test_cuts_end_at_whole_clauses_longest_first():
    text = "Coastal Scents Go Makeup Palette, Beijing, $12.95, 0.2"
    assert clause_cuts(text, 70, sentence_end=False) == [
        "Coastal Scents Go Makeup Palette, Beijing, $12.95",
        "Coastal Scents Go Makeup Palette",  # not a last clause of one bare word ("Beijing")
    ]
    assert clause_cuts("A shower caddy for $17.99: Pocket Caddy, $1", 70, sentence_end=True)[0] == (
        "A shower caddy for $17.99: Pocket Caddy."
    )


def test_cuts_keep_within_the_length_and_skip_half_phrases():
    text = "Suave Shine Gift Set: a chic, easy-to-wear gift set for yourself, or for"
    assert clause_cuts(text, 30, sentence_end=False) == ["Suave Shine Gift Set"]  # not ": a chic"
    assert clause_cuts(text, 200, sentence_end=True)[0] == (
        "Suave Shine Gift Set: a chic, easy-to-wear gift set for yourself."
    )
    assert clause_cuts("Soft pink, essie", 70, sentence_end=False) == []  # too few words
    assert clause_cuts("A rich, smooth, and clean lather", 70, sentence_end=False) == []


def test_a_cut_must_say_more_than_the_products_name():
    name = "Suave Shine Gift Set Beauty"
    text = "Suave Shine Gift Set: a chic, easy-to-wear gift set for yourself, or for"
    assert clause_cuts(text, 200, sentence_end=True, name=name) == [
        "Suave Shine Gift Set: a chic, easy-to-wear gift set for yourself."
    ]


def test_a_banner_cut_mid_price_ends_at_its_last_whole_clause():
    # "$1" (cut from "$1x.xx") repaired to "$8.00" is 73 characters: past the banner's 70
    llm = ScriptedLLM([" Soft pink nails for every day: essie Nail Polish in Ballet Slippers, $1"])
    [banner] = Copywriter(llm, checker=CHECKER).write(POLISH, channel="banner")
    assert banner.text == "Soft pink nails for every day: essie Nail Polish in Ballet Slippers"
    assert banner.source == "repaired" and banner.grounded and not banner.report.fallback
    assert banner.report.removed[0] == "$1"
    assert any(not c.supported for c in banner.report.raw_claims)  # what the model wrote


def test_an_sms_past_160_characters_keeps_its_first_clauses_as_a_sentence():
    long = (
        " essie Nail Polish in Ballet Slippers: soft pink for every day, a sheer pink for the "
        "office, a light pink for the weekend, a pale pink for a wedding, a pink for you, $8.00"
    )
    [sms] = Copywriter(ScriptedLLM([long]), checker=CHECKER).write(POLISH, channel="sms")
    assert sms.source == "repaired" and len(sms.text) <= 160 and sms.text.endswith("wedding.")


def test_an_unsupported_claim_before_the_cut_still_falls_back():
    llm = ScriptedLLM([" OPI Nail Lacquer, 50% off, in Ballet Slippers, soft pink for you, $8"])
    [banner] = Copywriter(llm, checker=CHECKER).write(POLISH, channel="banner")
    assert banner.source == "template" and banner.grounded and "OPI" not in banner.text


def test_an_email_without_a_body_gets_one_from_a_second_generation():
    llm = TunedLLM([" Soft pink for your nails\n", " essie Nail Polish in Ballet Slippers, $8.00."])
    [email] = Copywriter(llm, checker=CHECKER).write(POLISH, channel="email")
    assert len(llm.prompts) == 2
    assert llm.prompts[1] == llm.prompts[0] + " Soft pink for your nails\nBody:"
    assert email.subject == "Soft pink for your nails"
    assert email.text == "essie Nail Polish in Ballet Slippers, $8.00." and email.source == "llm"


def test_an_email_with_a_body_is_generated_once():
    llm = TunedLLM([" Soft pink\nBody: essie Nail Polish in Ballet Slippers, $8.00."])
    Copywriter(llm, checker=CHECKER).write(POLISH, channel="email")
    assert len(llm.prompts) == 1


def test_an_ungrounded_second_body_falls_back_to_the_template():
    llm = TunedLLM([" Soft pink for your nails\n", " OPI is the best polish, now 50% off."])
    [email] = Copywriter(llm, checker=CHECKER).write(POLISH, channel="email")
    assert email.source == "template" and email.grounded and "50%" not in email.text


def test_an_email_subject_past_78_characters_ends_at_a_whole_clause():
    subject = (
        "Soft pink for every day, for the office and for the weekend: essie Nail Polish, "
        "Ballet Slippers, 50% off"
    )
    llm = TunedLLM([f" {subject}\nBody: essie Nail Polish in Ballet Slippers, $8.00."])
    [email] = Copywriter(llm, checker=CHECKER).write(POLISH, channel="email")
    assert email.subject == (
        "Soft pink for every day, for the office and for the weekend: essie Nail Polish"
    )  # 78 characters at most, the unsupported "50% off" cut away
    assert not email.subject.startswith("Picked for you") and email.grounded


def test_a_banner_the_budget_cut_after_a_currency_sign_or_a_preposition_is_cut_or_replaced():
    assert looks_cut_off("Bold red at 16oz: Snail Intensive Treatment, $")
    assert looks_cut_off("Ready for work: a full face mask, 10 pcs for")
    assert not looks_cut_off("Everyday care: Almay Eye Makeup Remover Pads, $5.69")
    llm = ScriptedLLM([" Soft pink nails: essie Nail Polish in Ballet Slippers, $"])
    [banner] = Copywriter(llm, checker=CHECKER).write(POLISH, channel="banner")
    assert banner.text == "Soft pink nails: essie Nail Polish in Ballet Slippers"
    llm = ScriptedLLM([" essie Nail Polish, Ballet Slippers, for"])  # nothing beyond the name
    [banner] = Copywriter(llm, checker=CHECKER).write(POLISH, channel="banner")
    assert banner.source == "template"
