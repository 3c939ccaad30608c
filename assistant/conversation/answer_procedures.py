"""The steps of a union or 教代会 procedure (knowledge/procedure_steps.yaml): who does what, and when.

A question of the procedure route ("提案收上去以后谁跟进") is compared with each card's typical questions by meaning —
the shipped e5-small embedder where installed, character n-grams otherwise, as the question router does. The card
that fits adds its steps to the answer the statutes' passages give; when those passages alone would decline, the
card answers with its steps and where the rule comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant.conversation.question_similarity import BlendedSimilarity, default_embedder
from assistant.domain.data import read_yaml

DEFAULT_STEPS = Path(__file__).resolve().parents[2] / "knowledge" / "procedure_steps.yaml"
# Similarity (0..1, the router's scale: the mean of a card's best two questions) a card needs to add its steps, and
# to answer alone instead of a decline. Tuned on the development rounds' procedure items (eval/answers): at 0.50 a
# question the base cannot answer (the details of an election, which only local rules fix) got the election card
# instead of a decline; a card that fits the subject but not what is asked must not hide the decline, so a decline
# gives way only to a card that fits very closely. A question close to a gap of the base keeps its decline too.
ADD_FLOOR = 0.45
ANSWER_FLOOR = 0.60
NEIGHBOURS = 2
E5_WEIGHT = 0.6
E5_FLOOR = 0.78


@dataclass(frozen=True)
class Card:
    key: str
    title: str
    asks: tuple[str, ...]
    steps: tuple[str, ...]
    basis: str

    def text(self) -> str:
        """The card as lines of an answer.

        >>> print(Card("k", "提案办理", (), ("会前征集。", "会后反馈。"), "某规定").text())
        提案办理的程序：
        1. 会前征集。
        2. 会后反馈。
        （依据：某规定）
        """
        lines = [f"{self.title}的程序：", *(f"{n}. {s}" for n, s in enumerate(self.steps, start=1))]
        if self.basis:
            lines.append(f"（依据：{self.basis}）")
        return "\n".join(lines)


def load_cards(path: Path | None = None) -> tuple[Card, ...]:
    path = path or DEFAULT_STEPS
    if not path.exists():
        return ()
    data = read_yaml(path) or {}
    return tuple(Card(str(c["key"]), str(c["title"]), tuple(str(a) for a in c.get("asks") or ()),
                      tuple(str(s) for s in c.get("steps") or ()), str(c.get("basis") or ""))
                 for c in data.get("cards") or ())


class CardMatcher:
    """The cards' typical questions with their n-gram and (when available) e5 vectors; built once per process."""

    def __init__(self, cards: tuple[Card, ...], embedder: Any | None = None, cache_dir: Path | None = None):
        self.cards = cards
        self._owners = [i for i, c in enumerate(cards) for _ in c.asks]
        texts = [a for c in cards for a in c.asks]
        self._similarity = BlendedSimilarity(texts, embedder, cache_dir, E5_WEIGHT, E5_FLOOR)

    def best(self, question: str) -> tuple[Card | None, float]:
        """The card closest to the question and its similarity (None, 0 without cards)."""
        if not self._owners:
            return None, 0.0
        sims = self._similarity.scores(question)
        per: dict[int, list[float]] = {}
        for owner, sim in zip(self._owners, sims, strict=True):
            per.setdefault(owner, []).append(float(sim))
        scores = {i: float(np.mean(sorted(v, reverse=True)[:NEIGHBOURS])) for i, v in per.items()}
        i = max(scores, key=lambda k: scores[k])
        return self.cards[i], scores[i]


def card_matcher(services: Any) -> CardMatcher:
    """The matcher of the services' knowledge directory's procedure cards, built once per services and kept by them."""
    knowledge = Path(services.settings.knowledge_dir)
    cache_dir = Path(services.settings.data_dir) / "cache"
    return services.memo("procedure_cards", str(knowledge),
                         lambda: CardMatcher(load_cards(knowledge / "procedure_steps.yaml"), default_embedder(), cache_dir))


def with_steps(services: Any, question: str, answer: Any, near_gap: bool = False) -> Any:
    """The answer with the steps of the procedure asked about; the steps alone instead of a decline when the card
    fits closely and no gap of the base is near (`near_gap`). The answer unchanged when no card fits."""
    card, sim = card_matcher(services).best(question)
    if card is None or sim < ADD_FLOOR:
        return answer
    if answer.found:
        return replace(answer, text=f"{answer.text}\n\n{card.text()}")
    if sim < ANSWER_FLOOR or near_gap:
        return answer
    return replace(answer, text=card.text(), found=True, route="procedure")
