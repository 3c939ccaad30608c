"""How an offline answer reads: the article that answers, quoted, then where it goes in the plan; a section's key
points, rules and example sentences; a plain decline that names where to look. Pure formatting."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.compose.concern import concern_stop
from assistant.domain.passages import KIND_DIGEST, KIND_LAW, Citation
from assistant.index.segmentation import base_tokenizer, pos_tokenizer

DIGEST_NOTE = "注：《学校教职工代表大会规定》相关内容来自要点摘编，并非官方原文，正式引用请以教育部令第32号原文为准。"


@dataclass(frozen=True)
class PlanHint:
    """Where a fact goes in the plan: the section, the key point it serves, and an example sentence if one fits."""

    section: str  # the section's title
    need: str = ""  # the key point of the section it belongs to
    example: Citation | None = None


def origin(c: Citation) -> str:
    """How the answer names a source in its text.

    >>> origin(Citation(1, "", "中华人民共和国工会法", "", "", kind="law", law="工会法", article="第三条"))
    '《工会法》第三条'
    """
    if c.kind == KIND_LAW and c.article:
        return f"《{c.law or c.title}》{c.article}"
    if c.kind == KIND_DIGEST:
        return f"《{c.title}》要点摘编（非官方原文）"
    return c.label or c.title


def quoted(c: Citation) -> str:
    """A statute quoted in quotation marks; the digest, our own summary, never quoted as if it were the regulation."""
    return c.quote if c.kind == KIND_DIGEST else f"“{c.quote}”"


def fact_text(leads: list[Citation], hint: PlanHint | None) -> str:
    """The article (or digest point) that answers, quoted with its source, a second one if it adds to it, then how
    to write it into the plan.

    >>> law = Citation(1, "", "女职工劳动保护特别规定", "", "女职工生育享受98天产假。", kind="law",
    ...                law="女职工劳动保护特别规定", article="第七条", label="《女职工劳动保护特别规定》第七条")
    >>> print(fact_text([law], PlanHint("女职工工作", "关爱孕期哺乳期女职工")))
    根据《女职工劳动保护特别规定》第七条[1]：“女职工生育享受98天产假。”
    <BLANKLINE>
    写进计划：可在“女职工工作”部分的“关爱孕期哺乳期女职工”一项写明依法落实这一规定的措施，并注明依据《女职工劳动保护特别规定》第七条。
    """
    first = leads[0]
    rule = first.kind in (KIND_LAW, KIND_DIGEST)  # a plan or an upload is an example to follow, not a rule
    lines = [f"根据{origin(first)}[{first.n}]：{quoted(first)}" if rule
             else f"{origin(first)}中写道[{first.n}]：{quoted(first)}"]
    for c in leads[1:]:
        lines.append(f"另据{origin(c)}[{c.n}]：{quoted(c)}")
    if hint is not None:
        where = f"“{hint.section}”部分" + (f"的“{hint.need}”一项" if hint.need else "")
        basis = f"，并注明依据{origin(first)}" if first.kind == KIND_LAW else ""
        todo = f"写明依法落实这一规定的措施{basis}" if rule else "结合本校实际写明具体安排"
        lines += ["", f"写进计划：可在{where}{todo}。"]
        if hint.example is not None:
            lines.append(f"参考写法：{hint.example.quote}[{hint.example.n}]（{origin(hint.example)}）")
    if any(c.kind == KIND_DIGEST for c in leads):
        lines += ["", DIGEST_NOTE]
    return "\n".join(lines)


def section_text(title: str, points: list[str], extra: list[str], rules: list[tuple[str, Citation | None]],
                 examples: list[Citation]) -> str:
    """A section's key points, what the school's kind adds, the rules that apply and clean example sentences.

    >>> print(section_text("落款", ["工会委员会全称", "成文日期"], [], [], []))
    “落款”部分一般应包括以下要点：
    1. 工会委员会全称
    2. 成文日期
    """
    lines = [f"“{title}”部分一般应包括以下要点："]
    lines += [f"{k}. {point}" for k, point in enumerate(points, start=1)]
    if extra:
        lines += ["", *extra]
    if rules:
        lines += ["", "相关规定："]
        for description, c in rules:
            lines.append(f"- {description}" + (f"（{origin(c)}[{c.n}]）" if c is not None else ""))
    if examples:
        lines += ["", "知识库中的参考写法："]
        lines += [f"- {c.quote}[{c.n}]（{origin(c)}）" for c in examples]
    cited = [c for _, c in rules if c is not None] + examples
    if any(c.kind == KIND_DIGEST for c in cited):
        lines += ["", DIGEST_NOTE]
    return "\n".join(lines)


# jieba tags of a phrase's last word (its head) when the phrase can name what a question asks about (nouns, nouns of
# action, abbreviations, fixed phrases such as 劳动模范): a decline names such phrases ("知识库中没有关于“陪考假”的规定"),
# never a single character or a function word (乡, 只能).
_NAMING_TAGS = ("n", "vn", "j", "an", "l")
# ... nor the kind of school the question comes from (小学, 中心校, 村小): it says who asks, not what is asked; nor a
# noun of every question (东西, 事情: knowledge/focus_topics.yaml `concern_stop`).
_UNIT = re.compile(r"(?:学校|小学|中学|中心校|村小|完小|教学点|幼儿园|学院|学堂|[校园乡镇村县区市省])$")


def named_gaps(missing: tuple[str, ...]) -> str:
    """The question's missing concepts as a decline names them, or 这一问题 when none names a thing.

    >>> named_gaps(("乡", "只能"))
    '这一问题'
    """
    known = base_tokenizer()
    known.check_initialized()

    def nameable(word: str) -> bool:
        pairs = pos_tokenizer().lcut(word)
        return (len(word) >= 2 and bool(pairs) and pairs[-1].flag.startswith(_NAMING_TAGS)
                and word not in concern_stop() and not _UNIT.search(word)
                and all(known.FREQ.get(p.word) for p in pairs))  # 管发: a run segmentation made up, not a word

    words = [w for w in missing if nameable(w)]
    return "“" + "”“".join(words) + "”" if words else "这一问题"


def decline_text(what: str, look: str, scope: str, off_topic: bool = False) -> str:
    """A plain decline: what the base does not hold, where to look instead, and what the assistant can answer.

    >>> print(decline_text("会员会费的缴纳标准", "请咨询上级工会。", "我能回答……"))
    知识库中没有关于会员会费的缴纳标准的规定。请咨询上级工会。
    <BLANKLINE>
    我能回答……
    """
    if off_topic:
        head = "抱歉，这个问题与学校工会工作无关，知识库中没有找到相关内容。"
    else:
        head = f"知识库中没有关于{what}的规定。" + (look if look else "")
    return f"{head}\n\n{scope}" if scope else head
