"""The rules' readers of a shopper message, in the order `understanding.understand` tries them.

Each intent reader takes the one `Message` of the turn and returns its `Request` when the
message says an intent of its group, else None, changing nothing. The first that returns a
request wins: the order IS behaviour (a message that several would claim, "why the third one",
gets the intent of the first: WHY, not a question about the third pick). A message none of
them claims stays a search. Then each detail reader, in its order, reads
what the message says beside its intent (a price word, a brand of theirs, their history, the
need's catalog words).

To read a new intent: a function in the module of its group (or a new module), placed in
`INTENT_READERS` where its precedence is; the test of a message it reads can fail.
"""

from __future__ import annotations

from assistant.dialogue.intents import (
    brands,
    bundles,
    by_phrase,
    comparisons,
    feedback,
    for_whom,
    going_back,
    new_need,
    prices,
    questions,
    refinements,
    talk,
    their_history,
)
from assistant.dialogue.intents.message import Detail, IntentReader, Message

INTENT_READERS: tuple[IntentReader, ...] = (
    by_phrase.told_by_a_phrase,  # unsafe, off topic, greeting, start over, why, compare
    talk.thanked_and_gone,  # "That's very helpful, thank you. Goodbye!": a goodbye
    questions.surprised_by_a_pick,  # "the second one is a body lotion?? why"
    going_back.back_to_a_need,  # "go back to the first search"
    going_back.undo,  # "go back"
    talk.about_the_world,  # "what's the weather"
    talk.only_small_talk,  # "good afternoon, i hope you're having a lovely day": a greeting
    talk.asks_about_us,  # "who made you?", "what kind of shop is this": a greeting
    bundles.bundle,  # "what goes with the second one?", "a routine under $50"
    bundles.set_in_total,  # "under 60 total" beside picks
    comparisons.weighs_for_a_need,  # "which would suit dark skin best"
    comparisons.asks_the_difference,  # "is there a difference?" beside picks
    comparisons.sets_picks_against,  # "the first or the last?", "2nd or 3rd, which lasts"
    feedback.more_like,  # "more like the second one"
    questions.the_others,  # "and the other ones?"
    questions.a_place_alone,  # "the second one"
    feedback.chosen,  # "I'll take the first one"
    questions.asked_beside_praise,  # "looks nice, what's in it?"
    questions.praise_asked,  # "the first one is good?"
    feedback.loves_one_of_theirs,  # "i love this lipstick" with none on screen
    feedback.used_a_pick,  # "the last one broke me out last year"
    feedback.loves_a_brand,  # "I love Simple products, a moisturiser please": a search
    feedback.liked_or_carted,  # "love it", "not for me", "add it to my cart"
    feedback.lukewarm,  # "meh", "nah", "not that one" beside picks
    for_whom.for_someone_else,  # "what about for my dad"
    for_whom.for_a_sex,  # "for men" beside moisturisers
    for_whom.their_own_state,  # "my skin is oily" beside picks
    for_whom.for_a_state,  # "for colored hair" beside shampoos
    refinements.in_a_colour,  # "do you have it in pink?"
    refinements.wished_for,  # "spf would be nice too"
    refinements.adds_a_detail,  # "also waterproof"
    refinements.spf_only,  # "spf 50" beside sunscreens
    comparisons.weighs_by_price,  # "the first two, which is cheaper?"
    refinements.price_brand_or_other,  # "cheaper", "not that brand", "something else"
    refinements.one_of_that_type,  # "one that heats up fast"
    refinements.more_of_a_trait,  # "make it matte"
    comparisons.weighs_two_named,  # "which is best for dry skin, the first or the third?"
    questions.about_named_picks,  # "is the second one oil free?"
    comparisons.pick_superlative,  # "the cheapest one?"
    comparisons.weighs_the_picks,  # "which is best for thick hair"
    comparisons.compares_two_named,  # "is the revlon or the conair quieter?"
    questions.about_the_picks,  # "is it good for sensitive skin?"
    talk.closes_the_talk,  # "cheers, that's me sorted" beside picks: a goodbye
    talk.shops_for_nothing,  # no shopping word: off topic ("too loud" beside picks: refine)
)
"""The intent readers, in order of precedence: the first that returns a request wins."""

DETAIL_READERS: tuple[Detail, ...] = (
    refinements.milder,  # "nothing too bright": its milder word
    questions.asked_not_avoided,  # "is the second one oil free?": asked, not ruled out
    prices.not_too_dear,  # "nothing crazy expensive"
    prices.cheaper_or_pricier,  # "cheaper", "pricier"
    refinements.other_picks,  # "something else", "not that brand"
    brands.brand_of_theirs,  # "that brand's conditioner", "the brand i usually get"
    prices.the_pick_by_price,  # "add the cheapest to my cart"
    new_need.a_state_as_need,  # "i sweat a lot", "my hands are cracking"
    new_need.after_a_reset,  # "forget it, show me sleep masks": the last need's price dropped
    their_history.for_themselves,  # "just browsing"
    new_need.a_scent,  # "something that smells like the beach"
    their_history.not_their_usual,  # "not the one i always buy"
    their_history.bought_what,  # "what did i buy last time?"
    their_history.again_or_in_order,  # "reorder my usual lashes", "best selling"
    new_need.in_catalog_words,  # the need's words, as the catalog says them
    new_need.liked_name,  # "she loves chanel"
)
"""The detail readers, every one in this order once the intent is read."""

__all__ = ["DETAIL_READERS", "INTENT_READERS", "Message"]
