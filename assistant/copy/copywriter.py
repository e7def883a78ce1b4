"""The copywriter: grounded marketing copy for products, per audience, channel, tone and length.

Each copy goes: facts -> packaged few-shot prompt (prompts/copy_<channel>.yaml) -> the language
model (through a LangChain chain: `JinjaPrompt | ShopLLM | CopyParser`) -> the grounding checker,
which repairs or removes unsupported sentences and falls back to a template built from the facts.
Every `Copy` carries its `GroundingReport`. With ``candidates`` > 1, a copy that fails the
copywriter's own gates (`passes_gates`) draws more completions in one further batch and the first
that passes is delivered.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from typing import Any, TypedDict, Unpack

from assistant.copy.audience import CustomerFacts
from assistant.copy.claims import GroundingReport
from assistant.copy.clauses import clause_cuts, looks_cut_off
from assistant.copy.completion import ParsedCopy, cleaned, parse_completion
from assistant.copy.delivered import Copy
from assistant.copy.errors import CopyError
from assistant.copy.gates import acceptable, passes_gates
from assistant.copy.grounding import GroundingChecker
from assistant.copy.prompt_values import COPY_TASK, TUNED_PROMPT, prompt_values, tuned_values
from assistant.copy.sentences import SENTENCE_BOUNDARY as _BOUNDARY
from assistant.copy.sentences import split_sentences
from assistant.copy.templates import CHANNELS, LENGTHS, TONES, template_copy
from assistant.llm.base import LLM
from catalog.schema import Product

logger = logging.getLogger(__name__)

LENGTH_TOKENS = {"short": 1.0, "medium": 1.5, "long": 2.0}

CANDIDATES = 4
"""Completions a copy may draw (`Copywriter.candidates`, as `build_copywriter` sets it): the
first, and for a copy that fails the copywriter's own gates (`passes_gates`) the rest, in one
more batch."""
RETRY_SEED = 7_919
"""Added to the seed of the extra candidates' batch (another draw than the first one's)."""


def _choice(pool: Sequence[Copy], product: Product) -> Copy:
    """The first candidate that passes the gates, else the first `acceptable` one, else the
    first (the template, as without candidates)."""
    return max(pool, key=lambda c: (passes_gates(c, product), acceptable(c)))


class WriteOptions(TypedDict, total=False):
    """The keyword options of `Copywriter.write_many`, which `Copywriter.write` passes on."""

    audience: CustomerFacts | None
    channel: str
    tone: str
    length: str
    variants: int


class Copywriter:
    """Writes grounded copy with a language model."""

    def __init__(
        self,
        llm: LLM,
        *,
        checker: GroundingChecker | None = None,
        seed: int = 0,
        temperature: float | None = None,
        candidates: int = 1,
    ) -> None:
        """Set up the chains.

        Args:
            llm: any backend of the `LLM` protocol (see `assistant.llm.make_llm`).
            checker: the grounding checker; pass one built with the catalog's brands and
                categories (`GroundingChecker(store brands, store categories)`).
            seed: base seed of sampling (variant k of a call uses ``seed + k``-free batches).
            temperature: overrides the prompts' own temperature.
            candidates: completions a copy may draw: a copy that fails the gates
                (`passes_gates`) gets ``candidates - 1`` more in one further batch and the first
                that passes is delivered (`CANDIDATES` from `build_copywriter`; 1: the first
                completion, as it is delivered).
        """
        self.llm = llm
        self.checker = checker or GroundingChecker()
        self.seed = seed
        self.temperature = temperature
        self.candidates = max(1, candidates)
        self._cards = threading.Lock()  # one chat turn's card copy on the model at a time

    @property
    def tuned(self) -> bool:
        """Whether the model was tuned for copy (it reads `TUNED_PROMPT`, no worked examples)."""
        return getattr(self.llm, "tuned_for", None) == COPY_TASK

    def render(self, channel: str, values: dict[str, Any]) -> str:
        """The prompt text for one copy of ``channel`` (few-shot, or the tuned prompt)."""
        import prompts

        if self.tuned:
            return prompts.load(TUNED_PROMPT).render(**tuned_values(values, channel))
        return prompts.load(CHANNELS[channel].prompt).render(**values)

    # -- validation ---------------------------------------------------------------------------

    @staticmethod
    def _validate(channel: str, tone: str, length: str, variants: int) -> None:
        if channel not in CHANNELS:
            raise CopyError(f"channel: expected one of {', '.join(CHANNELS)}, got {channel!r}")
        if tone not in TONES:
            raise CopyError(f"tone: expected one of {', '.join(TONES)}, got {tone!r}")
        if length not in LENGTHS:
            raise CopyError(f"length: expected one of {', '.join(LENGTHS)}, got {length!r}")
        if not 1 <= variants <= 10:
            raise CopyError(f"variants: expected 1 to 10, got {variants}")

    def _chain(self, channel: str, length: str, seed: int) -> Any:
        import prompts
        from assistant.llm.chain import JinjaPrompt, ShopLLM

        spec = prompts.load(CHANNELS[channel].prompt)
        model = ShopLLM(
            llm=self.llm,
            max_new_tokens=round(spec.max_new_tokens * LENGTH_TOKENS[length]),
            temperature=spec.temperature if self.temperature is None else self.temperature,
            seed=seed,
        ).bind(stop=list(spec.stop))
        from assistant.copy.parser import CopyParser

        name = TUNED_PROMPT if self.tuned else spec.name
        return JinjaPrompt.named(name) | model | CopyParser(channel=channel)

    # -- writing ------------------------------------------------------------------------------

    def write(self, product: Product, **options: Unpack[WriteOptions]) -> list[Copy]:
        """``variants`` grounded copies of one product for one audience and channel (the
        options and their defaults are `write_many`'s)."""
        return self.write_many([product], **options)

    def write_many(
        self,
        products: Sequence[Product],
        *,
        audience: CustomerFacts | None = None,
        channel: str = "email",
        tone: str = "friendly",
        length: str = "short",
        variants: int = 1,
    ) -> list[Copy]:
        """Copies for several products in one batched generation, product by product, each
        product's variants together."""
        self._validate(channel, tone, length, variants)
        jobs = [(p, tone, k) for p in products for k in range(variants)]
        return self.write_jobs(jobs, audience=audience, channel=channel, length=length)

    def write_jobs(
        self,
        jobs: Sequence[tuple[Product, str, int]],
        *,
        audience: CustomerFacts | None = None,
        channel: str = "email",
        length: str = "short",
    ) -> list[Copy]:
        """Copies for ``(product, tone, variant)`` jobs of one channel, in one batched generation
        (tones may differ between jobs)."""
        for _, tone, _ in jobs:
            self._validate(channel, tone, length, 1)
        if not jobs:
            return []
        values = [prompt_values(p, audience, tone, length) for p, tone, _ in jobs]
        if self.tuned:
            values = [tuned_values(v, channel) for v in values]
        copies = self._write_round(jobs, values, audience, channel, length, self.seed)
        more = self.candidates - 1
        todo = [i for i, c in enumerate(copies) if more and not passes_gates(c, jobs[i][0])]
        if not todo:
            return copies
        extra = self._write_round(
            [jobs[i] for i in todo for _ in range(more)],
            [values[i] for i in todo for _ in range(more)],
            audience, channel, length, self.seed + RETRY_SEED,
        )  # fmt: skip
        for n, i in enumerate(todo):
            copies[i] = _choice([copies[i], *extra[n * more : (n + 1) * more]], jobs[i][0])
        return copies

    def _write_round(
        self, jobs: Sequence[tuple[Product, str, int]], values: Sequence[dict[str, Any]],
        audience: CustomerFacts | None, channel: str, length: str, seed: int,
    ) -> list[Copy]:  # fmt: skip
        """One completion per job, in one batched generation, delivered (`finish`)."""
        parsed: list[ParsedCopy] = self._chain(channel, length, seed).batch(list(values))
        if channel == "email":
            parsed = self._write_missing_bodies(values, parsed, length, seed)
        return [
            self.finish(p, out, audience=audience, channel=channel, tone=tone, variant=k)
            for (p, tone, k), out in zip(jobs, parsed, strict=True)
        ]

    def _write_missing_bodies(
        self, values: Sequence[dict[str, Any]], parsed: list[ParsedCopy], length: str, seed: int
    ) -> list[ParsedCopy]:
        """Emails whose completion ended after the subject line (no ``Body:``) get their body
        from a second, short generation: the same prompt, the subject the model wrote, then
        ``Body:`` (one batch for all of them)."""
        import prompts

        todo = [i for i, p in enumerate(parsed) if p.subject and not p.body]
        if not todo:
            return parsed
        spec = prompts.load(CHANNELS["email"].prompt)
        texts = [f"{self.render('email', values[i])} {parsed[i].subject}\nBody:" for i in todo]
        bodies = self.llm.batch(
            texts,
            max_new_tokens=round(spec.max_new_tokens * LENGTH_TOKENS[length]),
            temperature=spec.temperature if self.temperature is None else self.temperature,
            stop=[*spec.stop, "\n"],
            seed=seed,
        )
        out = list(parsed)
        for i, body in zip(todo, bodies, strict=True):
            out[i] = ParsedCopy(parsed[i].subject, cleaned(body, complete=True))
        return out

    def _repair(
        self, text: str, product: Product, audience: CustomerFacts | None, *, fallback: str,
        max_chars: int, sentence_end: bool, require_identity: bool = True,
    ) -> tuple[str, GroundingReport]:  # fmt: skip
        """The delivered version of ``text``: the checker's repair, or, where that leaves nothing
        and falls back to the template or ends mid-phrase (`looks_cut_off`), the longest cut of
        ``text`` at a whole clause that the checker delivers as it is (a banner cut off
        mid-price, an SMS past 160 characters); a text cut off with no such clause gets the
        template."""
        options: dict[str, Any] = {"max_chars": max_chars, "require_identity": require_identity}
        delivered, report = self.checker.repair(
            text, product, audience, fallback=fallback, **options
        )
        if not text or not (report.fallback or looks_cut_off(delivered)):
            return delivered, report
        name = " ".join([product.title, product.brand or "", *product.categories])
        for cut in clause_cuts(text, max_chars, sentence_end=sentence_end, name=name):
            cut_text, cut_report = self.checker.repair(
                cut, product, audience, fallback=fallback, **options
            )
            if not cut_report.fallback:
                cut_report.raw_claims = report.raw_claims  # what the model wrote
                cut_report.injection_suspected = report.injection_suspected
                cut_report.removed.insert(0, text[len(cut.rstrip(".")) :].strip(" .,;:-–—"))
                return cut_text, cut_report
        if not report.fallback:  # cut off mid-phrase and no whole clause to end at
            return self.checker.repair("", product, audience, fallback=fallback, **options)
        return delivered, report

    def finish(
        self,
        product: Product,
        parsed: ParsedCopy,
        *,
        audience: CustomerFacts | None,
        channel: str,
        tone: str,
        variant: int = 0,
    ) -> Copy:
        """Check, repair and package one parsed completion."""
        spec = CHANNELS[channel]
        fallback_subject, fallback_text = template_copy(
            product, channel=channel, tone=tone, facts=audience, variant=variant
        )
        text, report = self._repair(
            parsed.body, product, audience, fallback=fallback_text, max_chars=spec.max_chars,
            sentence_end=channel != "banner",
        )  # fmt: skip
        subject, template_subject = "", False
        if channel == "email":
            subject, subject_report = self._repair(
                parsed.subject, product, audience, fallback=fallback_subject,
                max_chars=spec.subject_chars, sentence_end=False, require_identity=False,
            )  # fmt: skip
            report.claims.extend(subject_report.claims)
            report.raw_claims.extend(subject_report.raw_claims)
            report.removed.extend(subject_report.removed)
            report.repaired.extend(subject_report.repaired)
            template_subject = subject_report.fallback
        source = (
            "template"
            if report.fallback
            else ("repaired" if report.removed or report.repaired else "llm")
        )
        raw = f"{parsed.subject}\n{parsed.body}" if channel == "email" else parsed.body
        return Copy(
            item_id=product.id,
            channel=channel,
            text=text,
            subject=subject,
            grounded=report.grounded,
            report=report,
            tone=tone,
            variant=variant,
            source=source,
            raw=raw,
            template_subject=template_subject,
        )

    def stream(
        self,
        product: Product,
        *,
        audience: CustomerFacts | None = None,
        channel: str = "sms",
        tone: str = "friendly",
        length: str = "short",
    ) -> Iterator[str]:
        """Stream one copy sentence by sentence; only sentences that pass the checker are
        yielded (the template's, when none does). Emails stream their body only."""
        import prompts

        self._validate(channel, tone, length, 1)
        spec = prompts.load(CHANNELS[channel].prompt)
        prompt = self.render(channel, prompt_values(product, audience, tone, length))
        if channel == "email":
            prompt += " " + template_copy(product, channel=channel, tone=tone)[0] + "\nBody:"
        pieces = self.llm.stream(
            prompt,
            max_new_tokens=round(spec.max_new_tokens * LENGTH_TOKENS[length]),
            temperature=spec.temperature if self.temperature is None else self.temperature,
            stop=list(spec.stop),
            seed=self.seed,
        )
        buffer, sent, used = "", 0, 0
        limit = CHANNELS[channel].max_chars
        for piece in pieces:
            buffer += piece
            boundaries = list(_BOUNDARY.finditer(buffer))
            if not boundaries:
                continue
            done, buffer = buffer[: boundaries[-1].start()], buffer[boundaries[-1].end() :]
            for sentence in split_sentences(done):
                if used + len(sentence) + 1 > limit:
                    break
                if self.checker.check(sentence, product, audience).grounded:
                    yield ("" if not sent else " ") + sentence
                    sent += 1
                    used += len(sentence) + 1
        tail = cleaned(buffer, complete=False)
        if tail and tail[-1] in ".!?" and used + len(tail) <= limit:
            report = self.checker.check(tail, product, audience)
            if report.grounded:
                yield ("" if not sent else " ") + tail
                sent += 1
        if not sent:
            yield template_copy(product, channel=channel, tone=tone, facts=audience)[1]

    # -- the dialogue's CopySource port -----------------------------------------------------

    def card_copy(
        self, products: Sequence[Product], needs: dict[str, str]
    ) -> Iterator[tuple[int, Any]]:
        """One grounded line per product card, yielded as ``(index, copy)`` as each is ready,
        in any order (the dialogue's `CopySource` port): the model writes the lines in one
        batch and a card's line goes out as soon as its row ends."""
        # A chat turn never queues for the model: when another turn's cards or another request
        # (a marketing batch) hold it, its cards get the deterministic template copy (built from
        # the facts, grounded by design). The lock closes the gap between checking and taking.
        if not self._cards.acquire(blocking=False):
            yield from _template_cards(products)
            return
        try:
            busy = getattr(self.llm, "busy", None)
            if busy is not None and busy():
                yield from _template_cards(products)
            else:
                yield from self._model_card_copy(products)
        finally:
            self._cards.release()

    def _model_card_copy(self, products: Sequence[Product]) -> Iterator[tuple[int, Any]]:
        import prompts
        from assistant.dialogue.ports import WrittenCopy

        spec = prompts.load(CHANNELS["push"].prompt)
        texts = [self.render("push", prompt_values(p, None, "friendly", "short")) for p in products]
        completions = self.llm.batch_as_completed(
            texts,
            max_new_tokens=spec.max_new_tokens,
            temperature=spec.temperature if self.temperature is None else self.temperature,
            stop=list(spec.stop),
            seed=self.seed,
        )
        for index, completion in completions:
            copy = self.finish(
                products[index],
                parse_completion(completion, "push"),
                audience=None,
                channel="push",
                tone="friendly",
            )
            yield index, WrittenCopy(text=copy.text, grounded=copy.grounded)


def _template_cards(products: Sequence[Product]) -> Iterator[tuple[int, Any]]:
    """The template copy of each card, in order."""
    from assistant.dialogue.ports import WrittenCopy

    for index, product in enumerate(products):
        text = template_copy(product, channel="push", tone="friendly")[1]
        yield index, WrittenCopy(text=text, grounded=True)
