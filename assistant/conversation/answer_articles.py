"""Which article leads a statute answer when the gate's words and the everyday questions' meaning disagree.

The gate ranks every article and digest point by how much of the question's words it holds; the everyday questions
written for each article (knowledge/glosses) say which article a question means. When the gate's lead is not among
the articles the everyday questions point to, and the closest of those is ranked close behind it, that article leads:
words alone may draw an article that only shares the question's words (裁员 and 招聘 drawing an article on hiring
minors). A lead the everyday questions also support stays, and so does a lead from the special law before the general
law's parallel article (knowledge/questions.yaml `special_laws`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.conversation.answer_gate import Verdict
from assistant.conversation.answer_routes import QuestionBank
from assistant.domain.passages import KIND_DIGEST, KIND_LAW, Passage

# The pointed article leads when the gate ranks one of its units among the first AGREED_RANKS covering this share of
# what the gate's lead covers. Measured on the development rounds' statute and procedure items (session 34, 464
# items): 6 ranks gain 7 and lose none, 20 gain 10 and lose 1 (a unit without the asked figure); a ratio of 0.8 gains
# 4, 0.6 and 0.5 the same 7. Keeping a lead the everyday questions also support, and the special law's lead, leaves
# 5 gains and no loss (of the 10 and 1 at 20 ranks) and keeps the specific regulation ahead of 劳动法's parallel
# articles (three tests where it rightly leads).
AGREED_RANKS = 20
AGREED_RATIO = 0.6
# A statute question the gate declines for want of coverage is answered by the article its everyday questions point
# to when the gate itself ranks that article among its first RESCUE_RANKS articles, covering at least RESCUE_COVERAGE of
# the question and holding any figure asked: words and meaning agree on it, which neither does alone. Measured on the
# development rounds' declined questions (fifty-fourth session, 298 of 56 rounds): 2 ranks and 0.15 answer 12 wrongly
# declined statute questions with their own article and 3 out-of-scope ones that should have been declined (at 3 ranks
# 13 and 5; at 0.3 coverage 9 and 2); a gap close behind the route (a local figure, a spending limit) is never rescued.
RESCUE_RANKS = 2
RESCUE_COVERAGE = 0.15


def _key(p: Passage) -> tuple[str, str]:
    return (p.law, p.article or p.section)


def gloss_agreed(pointed: Sequence[tuple[str, str]], bank: QuestionBank, verdict: Verdict) -> Verdict:
    """The verdict, led by the article the everyday questions point to when words and meaning agree on it (above).
    `pointed`: the (law, article) the everyday questions point to, best first — the articles whose questions the gate
    already read for the same verdict (Answerer._glossed)."""
    if not verdict.ranked:
        return verdict
    lead = verdict.ranked[0]
    if not pointed or _key(lead.unit.passage) in pointed:
        return verdict
    if pointed[0][0] in bank.special_laws.get(lead.unit.passage.law, ()):
        return verdict  # the special law's article stays ahead of the general law's parallel one
    for scored in verdict.ranked[1:AGREED_RANKS]:
        p = scored.unit.passage
        if p.kind in (KIND_LAW, KIND_DIGEST) and _key(p) == pointed[0]:
            if scored.coverage < AGREED_RATIO * lead.coverage or not scored.answers_number:
                return verdict
            return replace(verdict, ranked=[scored, *(s for s in verdict.ranked if s is not scored)])
    return verdict


def gloss_rescued(book: tuple | None, verdict: Verdict) -> Verdict | None:
    """The declined verdict, passed and led by the article the everyday questions point to first, when the gate ranks
    it among its first articles (above); None when words and meaning do not agree on one article. `book`: the
    Answerer's last book verdict (its key, verdict, and the pointed articles best first) or None."""
    pointed: Sequence[tuple[str, str]] = book[2] if book else ()
    if not pointed:
        return None
    seen: list[tuple[str, str]] = []  # the first articles, each counted once however many of its units rank
    for scored in verdict.ranked:
        p = scored.unit.passage
        if _key(p) not in seen:
            seen.append(_key(p))
        if len(seen) > RESCUE_RANKS:
            return None
        if p.kind in (KIND_LAW, KIND_DIGEST) and _key(p) == pointed[0]:
            if scored.coverage < RESCUE_COVERAGE or not scored.answers_number:
                return None
            return replace(verdict, passed=True, ranked=[scored, *(s for s in verdict.ranked if s is not scored)])
    return None
