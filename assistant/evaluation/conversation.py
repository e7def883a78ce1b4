"""Run simulated conversations against an assistant and report Hit@5 per turn."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tqdm import tqdm

from assistant.conversation import Conversation
from assistant.evaluation.simulator import SimulatedShopper


@dataclass
class ConversationReport:
    """Hit@k after each turn (cumulative) and the mean turns to success.

    ``shoppers`` keeps each conversation's user and the turn its target showed up (None: not
    within the turns), in the order run, so two runs on the same shoppers can be paired.
    """

    label: str
    conversations: int = 0
    hits_by_turn: list[int] = field(default_factory=list)
    turns_to_success: list[int] = field(default_factory=list)
    questions: int = 0
    shoppers: list[tuple[str, int | None]] = field(default_factory=list)

    def hit_rate(self, turn: int) -> float:
        """Share of conversations whose target was among the picks by ``turn`` (1-based)."""
        return self.hits_by_turn[turn - 1] / self.conversations if self.conversations else 0.0

    @property
    def mean_turns_to_success(self) -> float | None:
        """Mean number of shopper turns until the target showed up (successes only)."""
        if not self.turns_to_success:
            return None
        return sum(self.turns_to_success) / len(self.turns_to_success)

    def row(self) -> dict[str, float | int | str | None]:
        """A JSON-friendly table row."""
        row: dict[str, float | int | str | None] = {"setting": self.label, "n": self.conversations}
        for turn in range(1, len(self.hits_by_turn) + 1):
            row[f"hit@5_turn{turn}"] = round(self.hit_rate(turn), 4)
        mean = self.mean_turns_to_success
        row["mean_turns_to_success"] = round(mean, 2) if mean is not None else None
        row["clarifying_questions"] = self.questions
        return row


def run_conversations(
    assistant: Conversation,
    cases: Sequence[tuple[str, SimulatedShopper]],
    *,
    label: str,
    turns: int = 3,
    progress: bool = True,
) -> ConversationReport:
    """Talk to the assistant as each (user_id, shopper) for up to ``turns`` shopper turns.

    A clarifying question is answered within the same shopper turn (the answer is part of
    stating the need), so every counted turn ends with picks on screen. Each shopper starts
    with no dialogue profile (`Conversation.forget_profile`: their orders stay), so neither a
    rerun in the same store nor the other setting starts from what an earlier one taught.
    """
    report = ConversationReport(label=label, hits_by_turn=[0] * turns)
    for user_id, shopper in tqdm(cases, desc=f"conversations ({label})", disable=not progress):
        report.conversations += 1
        assistant.forget_profile(user_id)
        session = assistant.new_session()
        message = shopper.opening()
        found_at: int | None = None
        for turn_number in range(1, turns + 1):
            turn = assistant.respond(session, user_id, message)
            if turn.question and not turn.picks:
                report.questions += 1
                state = assistant.sessions.load(session)
                options = state[1].get("pending_options", []) if state else []
                turn = assistant.respond(session, user_id, shopper.answer(turn, options))
            if shopper.target.id in {p.id for p in turn.picks[:5]}:
                found_at = turn_number
                break
            for item in shopper.disliked(turn):
                assistant.feedback(session, user_id, item, "dislike")
            message = shopper.react(turn_number)
        report.shoppers.append((user_id, found_at))
        if found_at is not None:
            report.turns_to_success.append(found_at)
            for t in range(found_at, turns + 1):
                report.hits_by_turn[t - 1] += 1
    return report
