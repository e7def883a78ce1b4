"""The profile summary on a real store: does the check let the template through, and how often
does it keep what a capable model writes, at what cost.

Prints two tables, over the most active shoppers of the data dir's store (every other one with
chat facts added: own dry skin and curly hair, two avoided brands, a gift for "mother"):

(a) the template: the share of summaries `check_summary` accepts (it must be all) and the build
    time of the structured profile;
(b) with ``--model NAME`` (a packaged model, e.g. smollm2-135m-instruct): the share of the
    model's summaries kept by the check, the reasons for the others, and the time per summary.

Read-only: nothing is stored (the profile is structured and summarised, not saved).

    SHOPASSIST_DATA_DIR=/tmp/und/data .venv/bin/python bench/profile_summary_bench.py \\
        [--users 500] [--model smollm2-135m-instruct --model-users 10] [--json]
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import time
from collections import Counter
from typing import Any

from assistant.profile_summary import (
    ProfileSummariser,
    check_summary,
    finished,
    template_summary,
)
from assistant.profiles import Profile, load_profile
from assistant.shopper_profile import ShopperProfile, structure
from catalog.store import CatalogStore
from core.settings import Settings
from ui.compose import open_store


def _profiles(store: CatalogStore, n: int) -> list[ShopperProfile]:
    out = []
    for i, (user, _) in enumerate(store.most_active_users(n, min_events=5)):
        profile: Profile = load_profile(store, user)
        if i % 2:
            profile.needs = {"skin": "dry", "hair": "curly"}
            profile.avoided_brands = ["Revlon", "e.l.f. Cosmetics"]
            profile.add_recipient("mother")
        out.append(structure(profile, store))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--model", default=None, help="a packaged capable model's name")
    parser.add_argument("--model-users", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    settings = Settings()
    store = open_store(settings)
    brands = [b for b, _ in store.brands()]
    categories = [c for c, _ in store.category_paths()]
    started = time.perf_counter()
    profiles = _profiles(store, args.users)
    build_ms = (time.perf_counter() - started) * 1000 / max(len(profiles), 1)
    refused = Counter(
        reason
        for p in profiles
        if (reason := check_summary(template_summary(p), p, brands, categories)) is not None
    )
    result: dict[str, Any] = {
        "template": {
            "shoppers": len(profiles),
            "accepted": len(profiles) - sum(refused.values()),
            "refused": dict(refused),
            "structure_ms_mean": round(build_ms, 1),
        }
    }
    if args.model:
        from assistant.llm import make_llm

        logging.getLogger("assistant.profile_summary").setLevel(logging.ERROR)
        llm = make_llm(
            model=args.model, device=settings.resolved_device, cache_dir=settings.cache_dir
        )
        summariser = ProfileSummariser(llm)
        times, kept, reasons = [], 0, Counter()
        for p in profiles[: args.model_users]:
            t = time.perf_counter()
            text = llm.chat(summariser.messages(p), max_new_tokens=90, temperature=0.2)
            times.append(time.perf_counter() - t)
            text = finished(text, [*p.brands, *p.avoided_brands])  # as the writer cuts it
            reason = check_summary(text, p, brands, categories)
            kept += reason is None
            reasons[(reason or "kept").split(",")[0]] += 1
        result["model"] = {
            "name": args.model,
            "capable": llm.capable,
            "shoppers": len(times),
            "kept": kept,
            "reasons": dict(reasons),
            "seconds_p50": round(statistics.median(times), 2),
            "seconds_max": round(max(times), 2),
        }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    t = result["template"]
    print("| summary | shoppers | accepted by the check | refused | time |")
    print("|---|---|---|---|---|")
    print(
        f"| template | {t['shoppers']} | {t['accepted']} | {t['refused'] or '-'} "
        f"| {t['structure_ms_mean']} ms to structure |"
    )
    if "model" in result:
        m = result["model"]
        print(
            f"| {m['name']} | {m['shoppers']} | {m['kept']} | {m['reasons']} "
            f"| p50 {m['seconds_p50']} s, max {m['seconds_max']} s |"
        )


if __name__ == "__main__":
    main()
