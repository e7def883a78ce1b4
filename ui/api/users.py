"""``/users/{user_id}``: a shopper's profile (read, clear) and suggestions."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from assistant.profile_summary import ProfileSummariser
from assistant.profiles import clear_profile, load_profile
from assistant.shopper_profile import shopper_profile
from ui.api.deps import Caller, ServicesDep, may_see

router = APIRouter(prefix="/users/{user_id}")


@router.get("/profile")
def profile(user_id: str, services: ServicesDep, principal: Caller) -> dict[str, Any]:
    """A shopper's profile: history-derived and dialogue-derived parts, the structured profile
    (``profile``: preferences, dislikes, budget, own skin/hair type, recipients, summary) and
    its two-sentence ``summary`` (None and "" for an opted-out shopper)."""
    may_see(principal, user_id)
    if services.store.get_user(user_id) is None:
        raise HTTPException(404, f"user_id: no user {user_id!r}")
    result = load_profile(services.store, user_id)
    built = shopper_profile(services.store, result, ProfileSummariser.of(services.copywriter))
    return {
        **result.to_json(),
        "profile": built.model_dump(mode="json") if built is not None else None,
        "summary": built.summary if built is not None else "",
    }


@router.delete("/profile")
def forget_profile(user_id: str, services: ServicesDep, principal: Caller) -> dict[str, str]:
    """Clear what dialogue taught us about a shopper and the structured profile built from it."""
    may_see(principal, user_id)
    clear_profile(services.store, user_id)
    return {"status": "cleared"}


@router.get("/recommendations")
def recommendations(
    user_id: str, services: ServicesDep, principal: Caller, k: int = 10
) -> dict[str, Any]:
    """Top-k suggestions with reasons for a known user."""
    may_see(principal, user_id)
    if services.suggester is None:
        raise HTTPException(503, "recommendations need trained models: run shopassist train")
    if not 1 <= k <= 100:
        raise HTTPException(422, f"k: expected 1..100, got {k}")
    if services.store.get_user(user_id) is None:
        raise HTTPException(404, f"user_id: no user {user_id!r}")
    items = [s.to_json() for s in services.suggester.for_user(user_id, k)]
    return {"user_id": user_id, "items": items}
