"""Questions about the shop rather than its products: its services (delivery, returns, orders,
codes: `SHOP_SERVICE`), a treatment booked (`TREATMENT_BOOKED`), the shop itself or a person to
talk to (`THE_SHOP_ITSELF`), whether it sells a name (`ASKS_FOR_A_NAME`) and what the
assistant keeps of the shopper (`THEIR_PROFILE`). `handlers.talk` answers them, with no
search."""

from __future__ import annotations

WORN_FOR = (
    r"(?:last|stay|hold|wear|keep|dry|set|work|absorb|linger|smell|take to (?:dry|set|work|"
    r"absorb|sink|show|see))\b"
)
"""What a product does for a while ("how long does it last", "how fast does it dry", "how long
will it take to work"): a question about a pick, not about delivery (`SHOP_SERVICE`)."""


SHOP_SERVICE = (
    r"\b(?:shipping|shipment|(?:do|can|will|would) you (?:ship|deliver)|"
    r"(?:discount|coupon|promo|voucher) codes?|"
    r"ship (?:it|them|to|internationally|overseas|abroad)|"
    r"deliver(?:ed)? (?:it|them|to|by|before|on)|"
    r"delivery (?:time|date|fees?|costs?|charges?|options?|takes?|address)|"
    rf"how (?:long|fast|soon) (?:does|will|would|is) (?:it(?! {WORN_FOR})|delivery|shipping|"
    r"the order|my order)|"
    r"when will (?:it|my order|they|my package) (?:arrive|come|get here)|"
    r"(?:can|could|may) i (?:return|exchange|send back) (?:it|them|this|these)|"
    r"returns? (?:policy|process|window)|free returns|refunds?|"
    r"(?:return|send back|cancel) (?:an?|my|the|this|that|our) (?:\w+ )?(?:order|item|purchase|"
    r"parcel|package)s?\b|"
    r"gift[- ]?wrap(?:ped|ping)?|wrap (?:it|them|this|these)(?: up)?(?= as a gift| for me|\W*$)|"
    r"track(?:ing)? (?:my |the )?(?:order|package|parcel)|tracking number|"
    r"where(?:'s|’s| is) my (?:order|package|parcel)|order status|cancel my order|"
    r"send (?:it|them|this|these|something|stuff|an? (?:item|order)|my order) back|"
    r"exchange (?:it|them|this|these|an? \w+|my \w+) for (?:an? )?(?:another|different|new|other)|"
    r"(?:parcel|package|order|box) (?:arrived|came|was|is) (?:damaged|broken|late|missing)|"
    r"wrong (?:item|order)|"
    r"(?:physical |real |actual |local )?(?:stores?|shops?|branch(?:es)?|boutiques?) "
    r"(?:in|near|nearby|close to|around) (?!(?:my|your|the|a) )|"
    r"store (?:hours|locations?|address)|opening (?:hours|times)|"
    r"price[- ]?match(?:es|ing)?|match (?:an? |the |their )?(?:lower|cheaper|better) price|"
    r"(?:log|sign)[- ]?(?:in|into|on)\b|(?:reset|forgot|forgotten|change) (?:my )?password|"
    r"password reset|(?:delete|close|create|make|open) (?:my |an )?account|"
    r"(?:loyalty|rewards?) (?:program(?:me)?|scheme|card|points)|"
    r"when (?:does|do|is|will) (?:the |your )?(?:\w+ )?sales? (?:end|start|finish|begin)|"
    r"is there a sale(?: on)?(?=\W*$)|"
    r"(?:can|could|may|do) (?:i|we) (?:return|exchange|send back)\b(?! to\b)|"
    r"(?:free|next[- ]day|same[- ]day|express|standard|international|tracked) "
    r"(?:delivery|shipping|postage)|minimum (?:order|spend)|"
    r"(?:free|complimentary) samples?|samples? (?:with|in) (?:my|the|an?|your) "
    r"(?:order|parcel|package|purchase|box)|(?:do|will|can|would) you (?:give|include|send|"
    r"add|throw in|offer|hand out|give out)(?: out| me| in| any)? samples?|"
    r"(?:use|redeem|apply|spend) (?:my |a |an |the |this )?(?:gift ?card|e-?gift card|voucher|"
    r"coupon|promo code|discount code|store credit)|gift ?card balance|"
    r"back in stock|restock\w*|(?:get|getting) (?:more|it|them|any) (?:in|back in)(?=\W*$)|"
    r"(?:arrived|came|come|got here|turned up) (?:damaged|broken|late|leaking|leaked|smashed|"
    r"open(?:ed)?|crushed|spilt|spilled)|"
    r"(?:are|is) (?:all )?(?:your|ur) (?:\w+ )?(?:products?|items?|stuff|brands?|goods|"
    r"perfumes?|fragrances?|makeup) (?:all |100% )?(?:authentic|genuine|legit|real|original|"
    r"fake|counterfeit)|"
    r"(?:pick (?:it |them |my order )?up|collect(?: it| them| my order)?) (?:in|from) "
    r"(?:the |a |your )?(?:store|shop)|in[- ]store (?:pick ?up|collection)|"
    r"click (?:and|&|n) collect|"
    r"(?:are|is) (?:you|(?:the|your) (?:shop|store)) open\b|(?:when|what time) (?:do|does) "
    r"(?:you|(?:the|your) (?:shop|store)) (?:open|close)|"
    r"(?:change|amend|edit|modify|update) (?:my |an |the )?(?:order|delivery address|"
    r"shipping address))\b"
)
"""A question about the shop's services, not its products: delivery, returns and exchanges,
orders, gift wrapping, codes, samples, gift cards used, stock coming back, a parcel arrived
damaged, whether its products are genuine, collecting in a store, the shop's stores and hours,
price matching, the shopper's account and rewards, when a sale ends ("how long does shipping
take?", "can i return it?", "wrap it as a gift?", "where is my order", "any discount codes?",
"do you include samples?", "when will it be back in stock", "is there a shop near me", "do you
price match"): the assistant helps choose products and says so, with no search ("wrap" found
processing caps in Caps, Foils & Wraps, "price match" Makeup > Face). A gift card is a kind of
product the catalog may not sell: `kinds.unsold_kinds` says so."""


_TREATMENTS = (
    r"(?:hair ?cuts?|trims?|blow[- ]?(?:dry|drys|dries|outs?)|manicures?|pedicures?|"
    r"mani[- ]?pedis?|"
    r"facials?|massages?|waxing|(?:brow|eyebrow|leg|bikini|lip) wax(?:ing)?|"
    r"(?:lash|eyelash) (?:extensions?|lifts?|tints?)|(?:brow|eyebrow) (?:tints?|lamination|"
    r"threading)|threading|spray tans?|makeovers?|highlights|balayage|perms?|keratin treatments?)"
)


TREATMENT_BOOKED = (
    rf"\b(?:(?:book|schedule|reserve|make|get) (?:me |us )?(?:in )?(?:an? |for an? |for )?"
    rf"(?:appointments?|slots?|sessions?|consultations?)|"
    rf"(?:book|schedule|reserve) (?:me |us )?(?:in )?(?:for )?(?:an? |some )?(?:\w+ )?"
    rf"{_TREATMENTS}|"
    rf"appointments? (?:for|with|at|on|tomorrow|today|next)|"
    rf"(?:do|does|can) (?:you|u|your (?:shop|store|salon)) (?:do|offer|provide) "
    rf"(?:\w+ )?{_TREATMENTS}(?=\W*$|\?| (?:here|there|in (?:store|the shop)))|"
    rf"how much (?:is|are|for|does|do) (?:an? |the )?(?:\w+ )?{_TREATMENTS}"
    rf"(?= cost| costs?\b|\W*$|\?| (?:here|there|in (?:store|the shop)))|"
    rf"(?:can|could) (?:someone|somebody|you|u|one of your staff) (?:do|cut|style|dye|colou?r|"
    rf"shape|thread|wax|paint) my (?:makeup|make-up|hair|nails|brows|eyebrows|lashes)|"
    rf"(?:get|have) my (?:nails|hair|brows|eyebrows|lashes|makeup|make-up) (?:done|cut|did) "
    rf"(?:here|there|in (?:store|the shop)|by (?:you|someone|somebody))|"
    rf"(?:walk[- ]?ins?|a stylist|a beautician|a therapist) (?:available|today|tomorrow|free))\b"
)
"""A treatment done for the shopper rather than a product to buy (booking a haircut, a facial or
lashes, an appointment, "do you do facials?", "how much is a manicure", "can someone do my
makeup for my wedding"): off the shop's topic, said so, with no search ("book me a haircut"
found a hair clipper by the brand Haircut). A product for doing it at home ("a manicure
set", "a facial cleanser") is not one: the treatment must be booked, offered or priced."""


THE_SHOP_ITSELF = (
    r"\b(?:(?:talk|speak|chat) (?:to|with) (?:a |an |the |some )?(?:human|person|real person|"
    r"someone|somebody|agent|representative|rep|manager|real people)|"
    r"(?:a |the )?(?:human|real person) (?:please|pls)|customer (?:service|support|care)|"
    r"(?:is|are) (?:this|you|your) (?:store|site|shop|website|company) "
    r"(?:legit|legitimate|real|safe|trustworthy|a scam|reliable))\b"
)
"""A request for a person or a question about the shop itself ("can i talk to a human?", "is
this store legit?"), not its products: said so, with no search (they asked which department,
from what a search for "human" or "legit" found). Whether we are a bot is a question about
the assistant, a greeting (`small_talk.GREETING`, `intents.talk.asks_about_us`)."""


ASKS_FOR_A_NAME = (
    r"^(?:(?:hi|hey|hello|ok|so),?\s+)?(?:(?:do|does|can) (?:you|u|ya|y'?all|this (?:store|shop))"
    r"(?: guys)? (?:have|sell|carry|stock|get|got)|have you got|you got|got|is there|are there)"
    r"\s+(?:any(?:thing)?\s+)?(?:(?:from|by)\s+)?(?P<name>[^\W\d_][\w' &.-]{1,40}?)\W*$"
)
"""A question whether the shop sells something by name ("do you sell olaplex?", "do you have
the ordinary?"): when nothing in the catalog answers to it, the name is said to be missing,
not the shopper told to shop."""


THEIR_PROFILE = (
    r"\b(?:(?:do|did|can|could) you (?:remember|know|recall|tell me)|what(?:'s|’s| is| are)|"
    r"remind me(?: of)?)\s+(?:what\s+)?my\s+(?:skin(?: type)?|hair(?: type)?|profile)\b"
    r"|\bwhat do you (?:know|remember) about me\b|\bwhat(?:'s|’s| is) in my profile\b"
    r"|\bwhat have i told you\b"
)
"""A question about what the assistant keeps of the shopper ("do you remember what my skin
type is?", "what do you know about me"): their profile is the answer, not a search for
'remember skin type'."""
