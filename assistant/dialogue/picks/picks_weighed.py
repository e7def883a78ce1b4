"""Two or more picks on screen named in one question that sets them against each other ("is the
wella one better than the john frieda?", "how is the revlon compared to the nyx palette", "is
kenra worth it over aussie"): a comparison of them (`Intent.COMPARE`), not a question about
each (`Intent.ASK`), which they were read as once their names became the turn's references.
"""

from __future__ import annotations

import re

from assistant.dialogue.phrases.questions import PICKS_WEIGHED
from assistant.dialogue.request import Intent, Request


def picks_weighed(request: Request, message: str) -> Request:
    """``request`` as a comparison when it asks about two or more picks (its references) in
    words that weigh them against each other (`PICKS_WEIGHED`: a comparative then "than",
    "over" or "or"; "compared to"; "worth ... over"; "vs"); otherwise as it was."""
    if request.intent != Intent.ASK or len(set(request.references)) < 2:
        return request
    if re.search(PICKS_WEIGHED, " ".join(message.lower().split())) is None:
        return request
    request.intent = Intent.COMPARE
    return request
