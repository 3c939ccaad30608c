"""Which article leads a statute answer when the gate's words and the everyday questions' meaning disagree.

The gate ranks every article and digest point by how much of the question's words it holds; the everyday questions
written for each article (knowledge/glosses) say which article a question means. When the gate's lead is not among
the articles the everyday questions point to, and the closest of those is ranked close behind it, that article leads:
words alone may draw an article that only shares the question's words (裁员 and 招聘 drawing an article on hiring
minors). A lead the everyday questions also support stays, and so does a lead from the special law before the general
law's parallel article (knowledge/questions.yaml `special_laws`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.conversation.answer_gate import Verdict
from assistant.conversation.answer_quotes import Unit, units_of
from assistant.conversation.answer_routes import QuestionBank
from assistant.domain.passages import KIND_DIGEST, KIND_LAW, Hit, Passage

# The pointed article leads when the gate ranks one of its units among the first AGREED_RANKS covering this share of
# what the gate's lead covers. Measured on the development rounds' statute and procedure items (session 34, 464
# items): 6 ranks gain 7 and lose none, 20 gain 10 and lose 1 (a unit without the asked figure); a ratio of 0.8 gains
# 4, 0.6 and 0.5 the same 7. Keeping a lead the everyday questions also support, and the special law's lead, leaves
# 5 gains and no loss (of the 10 and 1 at 20 ranks) and keeps the specific regulation ahead of 劳动法's parallel
# articles (three tests where it rightly leads).
AGREED_RANKS = 20
LIST_TAIL = 12  # the end of an item that finds the list it belongs to
# The catch-all item that closes a statute's list (（三）法律、行政法规规定的其他情形: 兜底条款) says nothing of its own:
# shown alone it answers no question, so the list is shown whole (fifty-fifth session: an emergency repair answered
# with 《劳动法》第四十二条's third item only).
_CATCH_ALL = re.compile(r"(?:其他|其它)(?:情形|情况|事项|事由)[。；;]?$")
AGREED_RATIO = 0.6


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


def catch_all(unit: Unit) -> bool:
    """True when the unit is an item of a statute's list that only names "other cases" (above)."""
    return not unit.whole and unit.passage.kind in (KIND_LAW, KIND_DIGEST) and bool(_CATCH_ALL.search(unit.text.strip()))


def whole_list(unit: Unit) -> Unit:
    """For a question asking for a whole list: an item of an article's list widened to the list it belongs to (lead
    line and every item), when the article's units hold one; the unit itself otherwise."""
    if unit.whole or unit.passage.kind not in (KIND_LAW, KIND_DIGEST):
        return unit
    tail = unit.text[-LIST_TAIL:]
    wider = [u for u in units_of(Hit(unit.passage, 1.0), unit.rank) if u.whole and tail in u.text]
    return min(wider, key=lambda u: len(u.text)) if wider else unit
