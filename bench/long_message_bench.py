"""Reading a long or hostile message: the rules reader's time per message, by kind of text.

Usage:
    SHOPASSIST_DATA_DIR=DIR .venv/bin/python bench/long_message_bench.py [--runs N] [--chars N]

DIR holds an imported catalog (the reader's brands and categories come from it). Each kind of
text is cut to ``--chars`` (default: the conversation's own limit, `MAX_MESSAGE_CHARS`), read
``--runs`` times by the conversation's `TurnReader` (rules, no category guess), and the table
gives the median next to the raw baseline measured in the same run: the same text split into
the catalog's words (`retrieval.tokenize.words`), which any reading must do at least once.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import time


def texts(chars: int, brands: list[str], seed: int = 1) -> dict[str, str]:
    """Messages of each kind, ``chars`` long: an ordinary request and hostile fillers."""
    rng = random.Random(seed)

    def repeat(pick: list[str]) -> str:
        out: list[str] = []
        while sum(len(w) + 1 for w in out) < chars:
            out.append(rng.choice(pick))
        return " ".join(out)[:chars]

    letters = "".join(rng.choice(string.ascii_letters + " ") for _ in range(chars))
    return {
        "ordinary request (48 chars)": "a moisturiser for dry skin under $20 but not Olay",
        "random letters": letters,
        "Capitalised random words": " ".join(w.capitalize() for w in letters.split()),
        "digits and price signs": "".join(
            rng.choice(string.digits + " -$.,") for _ in range(chars)
        ),
        "price words and numbers": repeat(
            ["under", "$5", "twenty", "to", "-", "10", "and", "between", "around", "bucks", "5-10"]
        ),
        "numbers in words": repeat(["twenty", "five", "hundred", "thirty", "one", "and"]),
        "catalog brand names": repeat(brands),
    }


def median_ms(call: object, text: str, runs: int) -> float:
    """Median wall time of ``call(text)`` in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call(text)  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def main() -> None:
    from assistant.adapters import catalog_vocabulary, query_parser
    from assistant.conversation import MAX_MESSAGE_CHARS
    from assistant.dialogue.model.model_request import TurnSituation
    from assistant.dialogue.reader import TurnReader
    from core.settings import Settings
    from retrieval.tokenize import words
    from ui.compose import open_store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="Readings of each text (median).")
    parser.add_argument("--chars", type=int, default=MAX_MESSAGE_CHARS, help="Length of a text.")
    args = parser.parse_args()

    store = open_store(Settings())
    vocabulary = catalog_vocabulary(store)
    reader = TurnReader(parse=query_parser(vocabulary), vocabulary=vocabulary, mode="rules")
    situation = TurnSituation()

    def read(text: str) -> None:
        reader.read(text, situation, [])

    read("warm up: a cream under $10")  # builds the brand and category matchers once
    print(
        f"| text ({args.chars} chars unless said) | reader median ms | words() median ms | ratio |"
    )
    print("|---|---:|---:|---:|")
    for name, text in texts(args.chars, list(vocabulary.brands)).items():
        ours = median_ms(read, text, args.runs)
        raw = median_ms(words, text, args.runs)
        print(f"| {name} | {ours:.1f} | {raw:.2f} | {ours / raw:.0f} |")


if __name__ == "__main__":
    main()
