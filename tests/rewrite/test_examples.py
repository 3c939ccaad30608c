"""Every sentence of the shipped example plans, rewritten formally, is no worse than before: judged by checks that
share nothing with the engine (digits, titles, quotes, fixed terms and doubled words from assistant.domain.policy,
list numbers, length)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.domain.policy import doubled_spans, garbled_spans, protected_terms
from assistant.loading.knowledge import iter_knowledge_files, load_plans
from assistant.rewrite.rules import rewrite

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"


def _sentences() -> list[str]:
    out = []
    for path in iter_knowledge_files(KNOWLEDGE / "examples"):
        for plan in load_plans(path, KNOWLEDGE):
            for line in plan.text.split("\n"):
                out += [s.strip() for s in re.split(r"(?<=[。！？；])", line) if s.strip()]
    return out


SENTENCES = _sentences()


def test_the_examples_have_sentences_to_rewrite():
    assert len(SENTENCES) > 300


def _worse(before: str, after: str) -> list[str]:
    """Why `after` is worse than `before`, by checks independent of the rewriting engine."""
    problems = []
    if sorted(re.findall(r"\d+", before)) != sorted(re.findall(r"\d+", after)):
        problems.append("digits changed")
    for span in re.findall(r"《[^《》]*》|“[^“”]*”", before):
        if span not in after:
            problems.append(f"lost {span}")
    if len(garbled_spans(after)) > len(garbled_spans(before)):
        problems.append("fixed term garbled")
    for term in protected_terms():
        if term != "帮着" and after.count(term) < before.count(term):
            problems.append(f"fixed term {term} lost")
    new_doubles = [after[s.start : s.end] for s in doubled_spans(after) if after[s.start : s.end] not in before]
    new_doubles += [m.group(0) for m in re.finditer(r"([\u4e00-\u9fff]{1,4})\1", after) if m.group(0) not in before]
    if new_doubles:
        problems.append(f"doubled {new_doubles}")
    number = re.match(r"^\s*(\d{1,2}[.、．]|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）)", before)
    if number and not after.startswith(number.group(0).strip()):
        problems.append("list number broken")
    if len(after) < 0.85 * len(before):
        problems.append("text dropped")
    if re.sub(r"\W", "", before) and not re.sub(r"\W", "", after):
        problems.append("emptied")
    return problems


@pytest.mark.parametrize("chunk", range(4))
def test_no_example_sentence_is_changed_for_the_worse(chunk):
    part = SENTENCES[chunk::4]
    worse = {s: (out, why) for s in part if (why := _worse(s, out := rewrite(s, "formal").text))}
    assert not worse, "\n".join(f"{s}\n  → {out}  ({why})" for s, (out, why) in list(worse.items())[:10])


def test_sentences_without_spoken_wording_change_little():
    # Most of the examples are already written formally: most sentences come back unchanged.
    unchanged = sum(rewrite(s, "formal").text == s for s in SENTENCES[::3])
    assert unchanged >= 0.6 * len(SENTENCES[::3])
