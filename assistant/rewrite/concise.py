"""The concise tone: after the formal rewrite, shorter phrases, no preamble, no clause that only repeats what the
paragraph says elsewhere, and — while the text is still longer than the target — no purpose or evaluation clause
that carries no fact. A clause with a protected span (a number, name, title, term) is never dropped."""

from __future__ import annotations

import re

from assistant.rewrite.apply import Notes, apply_group
from assistant.rewrite.clauses import Clause, join, split
from assistant.rewrite.facts import facts
from assistant.rewrite.last_resort import drop_factless, drop_lead_up, says_new
from assistant.rewrite.lead_up import background as background_of
from assistant.rewrite.lead_up import drop_old_way, drop_reason_inside, is_topic, keep_topic, plan_index
from assistant.rewrite.lexicon import CLASS_CONTENTS, Lexicon
from assistant.rewrite.masking import Masked
from assistant.rewrite.pos import tokens
from assistant.rewrite.punctuation import cleanup
from assistant.rewrite.said_twice import counted_again, same_month_range
from assistant.rewrite.squeeze import squeeze

TARGET_RATIO = 0.7  # the issue asks for about 70% of the length or less
REASON = "删除冗余表述"
_P = CLASS_CONTENTS["P"]
_SENTENCE_END = "。；！？\n"
_GENERAL = frozenset(  # words too general to show that a clause says something of its own
    "工作 开展 进行 组织 活动 工会 我们 学校 我校 教职工 教师 全体 参加 参与 安排 落实 做好 加强 积极 进一步 相关 "
    "有关 方面 情况 时间 形式 内容 主要 一定 重要 需要 要求 通过 实现 提供 每年 今年 本学期 问题 日益 越来越".split()
)
_FUNCTION_WORDS = "该这此那都也是的就均"
# A clause that opens with one of these gives a purpose or an evaluation, not an action.
_ADJUNCT = re.compile(r"^(?:为了|以便?|旨在|从而|通过|丰富|体现|营造|促进|增强|提升|提高|使|让|进一步|切实|努力|确保|充分|避免|以免|免得)")
# One of something (可带一名家属, 每人一张), or some who came (新来了多位教师, not 多名教师向我反映): facts of the plan.
_COUNT = re.compile(r"(?<![第统唯同单])[一两二三四五六七八九十][名位人张份件套次]|(?:新来|调来|新进|新招|新增)了?(?:多|几|好几|若干)[名位]")
_TIME_WORDS = re.compile(r"上午|下午|晚上|中午|早上|[上中下]旬|月[底初]|年[底初末]|学期[初末]|期[末中]|周[一二三四五六日]|星期")
# A clause that forbids or warns (不要自己去拆, 千万别烫着, 切勿带入): what the reader must not do is a rule of the notice.
_FORBIDS = re.compile(r"不要|切勿|严禁|禁止|(?<![舍怪巴恨免记顾晓由说动怨少要见])不得(?!了)|不准|不许"
                      r"|(?<![特分区个告识类级派性差鉴辨])别(?=[\u4e00-\u9fff])(?![的人处样])")
# A sentence left with only its topic once the rest was dropped (体检方面。).
_BARE_TOPIC = re.compile(r"^[^，。；]{0,12}(?:方面|期间|的事情|问题|这件事|的安排|的管理|工作|情况)$")


def _content_words(text: str) -> set[str]:
    return {
        t.word for t in tokens(text)
        if len(t.word) >= 2 and t.flag[:1] in ("n", "v", "a") and t.word not in _GENERAL
    }


def _has_fact(clause: Clause, show) -> bool:
    """True when the clause holds a fact (a protected span, a weekday or clock time) or a time (下午, 中旬); a word of
    a rule (自愿, 退出: RULE_WORDS) only when no other clause says it (这个是自愿的 after 自愿捐出 may go)."""
    shown = show(clause.text)
    if re.search(f"[{_P}]", clause.text) or _TIME_WORDS.search(shown) or _COUNT.search(shown) or _FORBIDS.search(shown):
        return True
    rule_words, said_once = getattr(show, "rule_words", ()), getattr(show, "said_once", ())
    return any(f.text not in rule_words or f.text in said_once for f in facts(shown))


class _Show:
    """masked.show, knowing which words of a rule the paragraph says only once (their clause keeps them)."""

    def __init__(self, masked: Masked, text: str, lexicon: Lexicon) -> None:
        self._show = masked.show
        shown = masked.show(text)
        self.rule_words = frozenset(lexicon.sets.get("RULE_WORDS", ()))
        self.said_once = {w for w in self.rule_words if shown.count(w) == 1}

    def __call__(self, text: str) -> str:
        return self._show(text)


def _drop(clauses: list[Clause], i: int, notes: Notes, show) -> None:
    """Drop clause i; a sentence-ending mark it carried passes to the clause before it."""
    clause = clauses.pop(i)
    notes.add(REASON, show(clause.text), "")
    if clause.mark and clause.mark in _SENTENCE_END and i > 0 and clauses[i - 1].mark not in _SENTENCE_END:
        clauses[i - 1].mark = clause.mark


def _length(clauses: list[Clause], show) -> int:
    return len(re.sub(r"\s", "", show(join(clauses))))


def shorten(text: str, masked: Masked, lexicon: Lexicon, notes: Notes, original_length: int) -> str:
    """The formal text made concise (placeholders untouched). Two orders are tried: the clause-level steps first
    and words inside the clauses after (squeeze), or the words first, which may spare a whole clause; the result
    that reaches the target keeping the most wins (neither reaches it: the shorter)."""
    target = TARGET_RATIO * original_length
    results = []
    for words_first in (False, True):
        trial = Notes(show=notes.show)
        out = _shorten(text, masked, lexicon, trial, original_length, words_first)
        results.append((_shown_length(out, masked.show), out, trial))
    reached = [r for r in results if r[0] <= target]
    length, out, trial = max(reached, key=lambda r: r[0]) if reached else min(results, key=lambda r: r[0])
    notes.items.extend(n for n in trial.items if n not in notes.items)
    return out


def _shown_length(text: str, show) -> int:
    return len(re.sub(r"\s", "", show(text)))


def _shorten(text: str, masked: Masked, lexicon: Lexicon, notes: Notes, original_length: int, words_first: bool) -> str:
    show = _Show(masked, text, lexicon)
    text = apply_group(text, lexicon.concise, notes)
    text = same_month_range(text, masked, notes, REASON)
    clauses = [c for c in split(text) if c.core or c.mark in _SENTENCE_END]
    for i in range(len(clauses) - 1, -1, -1):
        core = re.sub(r"[，。；：、\s]", "", clauses[i].text)
        if not _has_fact(clauses[i], show) and any(p.fullmatch(core) for p in lexicon.concise_drop):
            _drop(clauses, i, notes, show)
    # A clause the next one repeats and extends (5月份，5月份中下旬): the first goes.
    for i in range(len(clauses) - 2, -1, -1):
        core, following = show(clauses[i].core), show(clauses[i + 1].core)
        if core and core != following and core in following and clauses[i].mark not in _SENTENCE_END:
            _drop(clauses, i, notes, show)
    _drop_bare_topics(clauses, notes, show)
    target = TARGET_RATIO * original_length
    too_long = lambda t: _shown_length(t, show) > target  # noqa: E731
    if words_first and _length(clauses, show) > target:
        clauses = split(squeeze(join(clauses), lexicon, notes, too_long, show))
    if _length(clauses, show) > target:
        # The old way's own times (以前都是中午前登记) go with it; its protected spans (names, terms) never do.
        drop_old_way(clauses, notes, show, target, lambda c: bool(re.search(f"[{_P}]", c.text)), _length, _drop)
    if _length(clauses, show) > target:
        _drop_redundant(clauses, notes, show, target)
    if _length(clauses, show) > target:
        text = _noun_de_noun(join(clauses), notes, lexicon.sets.get("PEOPLE", ()))
        text = counted_again(text, notes, lexicon.alternation("PEOPLE"), REASON)
        clauses = split(text)
    if _length(clauses, show) > target:
        _drop_adjuncts(clauses, notes, show, target)
    if _length(clauses, show) > target:
        _drop_optional(clauses, notes, show, target, lexicon.concise_optional)
    if _length(clauses, show) > target:
        _drop_background(clauses, notes, show, target, lexicon.alternation("PEOPLE"))
    if _length(clauses, show) > target:
        _drop_elaboration(clauses, notes, show, target)
    if _length(clauses, show) > target:
        _drop_background_detail(clauses, notes, show, target)
    if _length(clauses, show) > target:
        _drop_reasons(clauses, notes, show, target)
    if _length(clauses, show) > target:
        drop_reason_inside(clauses, notes, show, target, lambda c: _has_fact(c, show) or _plans(show(c.core)), _length, _drop)
    if _length(clauses, show) > target:
        _drop_background_sentences(clauses, notes, show, target)
    if _length(clauses, show) > target:
        clauses = split(squeeze(join(clauses), lexicon, notes, too_long, show))
    if _length(clauses, show) > target:
        fact = lambda cs, i: _has_fact(cs[i], show) or _in_list(cs, i)  # noqa: E731
        lead = lambda cs: background_of(cs, show)  # noqa: E731
        drop_lead_up(clauses, notes, show, target, lead, lambda cs, i: _has_fact(cs[i], show),
                     lambda cs, i: _names_new(cs, i, show), _length, _drop)
        # The clause stating the plan and an arrangement's clause with a word of its own stay (facts before length).
        keep = lambda cs, i: fact(cs, i) or _names_new(cs, i, show) or i == plan_index(cs, show) or (  # noqa: E731
            i not in lead(cs) and says_new(cs, i, show, _GENERAL))
        drop_factless(clauses, notes, show, target, keep, fact, _length, _drop)
    return cleanup(join(clauses))


# A cause said before the plan (因为长期伏案…，还有…，所以…) and its continuation; the plan itself follows.
_CAUSE = re.compile(r"^(?:因为|由于|因(?![此而]))")
_CAUSE_MORE = re.compile(r"^(?:还有|以及|加上|再加上|而且|并且|又)")
_THEREFORE = re.compile(r"^(?:因此|所以|因而|故|于是)[，,]?")
# 即 names what the clauses before it said in general (仍与往年一样，即每人一份粽子礼盒): those go only when they say
# nothing the rest does not (not 工会统一换成了净水器，即接自来水的: the clause before says what was done).
_NAMELY = re.compile(r"^即[，,]?")
# A clause stating what will or must be done (要, 须, 拟 …) or who is invited to come and do what (请了传承人来教掐丝珐琅:
# 请 "邀请", 现代汉语词典 请 ②) is part of the plan, never background.
_PLAN = frozenset("要 须 需 需要 应 应当 应该 必须 拟 将 准备 计划 打算 组织 开展 举办 邀请 安排 负责 发放 评选".split())
_INVITED = re.compile(r"请(?:了|到)?[^，。；]{1,24}?来(?:教|讲|指导|授课|上课|培训|辅导|表演|演示|示范|义诊|体检)")
_NOUN_FLAGS = ("n", "t", "s", "vn", "j", "l", "i", "x", "eng")


def _plans(text: str) -> bool:
    """True when a clause says what will or must be done (a word of _PLAN, not 应 inside 供应, or an invitation)."""
    return any(t.word in _PLAN for t in tokens(text)) or bool(_INVITED.search(text))


def _names_something(text: str, people: str) -> bool:
    """True when a clause names a thing or a group of people of its own (女教师, 劳动合同, 圈子), not only
    general words (工作, 教职工) and predicates (不知道该做什么)."""
    if any(m.group(0) not in _GENERAL for m in re.finditer(people, text)):
        return True
    return any(len(t.word) >= 2 and t.flag.startswith(_NOUN_FLAGS) and t.word not in _GENERAL for t in tokens(text))


def _drop_background(clauses: list[Clause], notes: Notes, show, target: float, people: str) -> None:
    """Background before the plan that holds no fact, while the text is too long: a cause with its continuation
    (因为…，还有…，所以 → the 所以 goes too), and a clause that names nothing, only a state (不知道该做什么)."""
    for i in reversed(background_of(clauses, show)):
        if _length(clauses, show) <= target or i >= len(clauses):
            return
        if not _CAUSE.match(clauses[i].core):
            continue
        end = i + 1
        while end < len(clauses) and _CAUSE_MORE.match(clauses[end].core) and clauses[end - 1].mark not in _SENTENCE_END:
            end += 1
        run = range(i, end)
        if any(_has_fact(clauses[k], show) or _in_list(clauses, k) or _plans(show(clauses[k].core)) for k in run):
            continue
        for _ in run:
            _drop(clauses, i, notes, show)
        if i < len(clauses):
            clauses[i].text = _THEREFORE.sub("", clauses[i].text, count=1)
    for i in reversed(background_of(clauses, show)):
        if _length(clauses, show) <= target:
            return
        clause = clauses[i]
        if _has_fact(clause, show) or _in_list(clauses, i) or _plans(show(clause.core)) or len(clauses) < 2:
            continue
        if not _names_something(show(clause.core), people):
            _drop(clauses, i, notes, show)
    _orphan_therefore(clauses)


# Who raised the problem (每年都有教师提, 不少教职工反映): hearsay before the plan, no fact of its own.
_HEARSAY = re.compile(
    r"^[^，。；]{0,10}?(?:每年|一直|经常|多次|常|也|都|总)*(?:有|不少|很多|许多|部分|好些)[^，。；]{0,6}?"
    r"(?:提|提出|反映|反应|说起|说|问|抱怨|吐槽|诉苦|叫苦|念叨|发牢骚)(?:过|到|起)?(?:这个|此|该)?(?:问题|事|情况)?$"
)
# An opening that only says the next clause explains (即, 就是说, 也就是) after the clause before it went.
_FEELING = re.compile(r"(?:特别|很|非常|十分|比较|较为?)?(?:被动|狼狈|手忙脚乱|措手不及)$|不放心|放心不下|担心|着急|发愁|头疼|头痛|为难|心里没底|没底|不踏实|怕[^，。；]{0,4}不|不知道[^，。；]{0,6}(?:干|做|办)")
_EXPLAINS = re.compile(r"^(?:即|就是说?|也就是说?)[，,]?")


def _drop_elaboration(clauses: list[Clause], notes: Notes, show, target: float) -> None:
    """A long background (the sentences before the plan, 拟/将/计划 …) keeps its problem and its facts: who raised
    it (每年都有教师提) and a short clause that only says how people feel about it (心里没底) go, last
    first, while too long. A clause naming a thing of its own (编外人员, 劳动合同) is a fact of the problem: kept."""
    background = background_of(clauses, show)
    for i in reversed(background):
        if i < len(clauses) and _HEARSAY.match(show(clauses[i].core)) and not _has_fact(clauses[i], show):
            _drop(clauses, i, notes, show)
            if i < len(clauses):
                clauses[i].text = _EXPLAINS.sub("", clauses[i].text, count=1)
    background = background_of(clauses, show)
    starts = {i for i in background if i == 0 or clauses[i - 1].mark in _SENTENCE_END}
    for i in reversed(background):
        if _length(clauses, show) <= target:
            return
        clause = clauses[i]
        if i in starts or _has_fact(clause, show) or _in_list(clauses, i) or _plans(show(clause.core)):
            continue
        if len(clause.core) <= 12 and _FEELING.search(show(clause.core)):
            _drop(clauses, i, notes, show)


def _drop_background_detail(clauses: list[Clause], notes: Notes, show, target: float) -> None:
    """Still too long: each background sentence (before the plan, 拟/将/决定 …) keeps its first clause (the problem:
    办公室较单调), its facts, its lists and every clause naming a thing the paragraph does not name elsewhere
    (编外人员, 老组长); the clauses that only go on about it (很多教师都提过, 压力很大) go, last first."""
    background = background_of(clauses, show)
    starts = {i for i in background if i == 0 or clauses[i - 1].mark in _SENTENCE_END}
    for i in reversed(background):
        if _length(clauses, show) <= target:
            return
        if i in starts or i >= len(clauses) or _has_fact(clauses[i], show) or _in_list(clauses, i):
            continue
        if _plans(show(clauses[i].core)) or _names_new(clauses, i, show):
            continue
        _drop(clauses, i, notes, show)
    _orphan_therefore(clauses)


_REASON_OPENS = re.compile(r"^(工会|我们|学校)?(?:因为|由于|因(?![此而])|考虑到|鉴于)")


def _drop_reasons(clauses: list[Clause], notes: Notes, show, target: float) -> None:
    """Still too long: the reason given inside a sentence for what it then says (…天冷、路远，因此工会… ; 考虑到…，
    因此决定…) goes when it holds no fact, and its 因此 with it; the decision stays (公文 concision: a plan states
    what is done, 《党政机关公文处理工作条例》 精炼)."""
    i = 0
    while i < len(clauses):
        if _length(clauses, show) <= target:
            return
        begin = i
        while begin > 0 and clauses[begin - 1].mark not in _SENTENCE_END:
            begin -= 1
        last = clauses[i].mark in _SENTENCE_END
        if i > begin and last and _REASON_OPENS.match(clauses[i].core) and not clauses[i].core.startswith(("工会", "我们", "学校")):
            if not _has_fact(clauses[i], show) and not _in_list(clauses, i):
                _drop(clauses, i, notes, show)  # …，因为…。: the reason said after what it explains
                continue
        namely = i > begin and _NAMELY.match(clauses[i].core) and not any(
            _content_words(show(clauses[k].text)) - _content_words(show(join(clauses[i:]))) for k in range(begin, i))
        if i > begin and (_THEREFORE.match(clauses[i].core) or namely) or _REASON_OPENS.match(clauses[i].core) and i == begin:
            end = i if _THEREFORE.match(clauses[i].core) or namely else _therefore_after(clauses, i)
            run = range(begin, end) if end is not None else range(0)
            if run and not any(_has_fact(clauses[k], show) or _plans(show(clauses[k].core)) for k in run):
                subject = _REASON_OPENS.match(clauses[begin].core)  # 工会考虑到…，因此决定 → 工会决定
                for _ in run:
                    _drop(clauses, begin, notes, show)
                clauses[begin].text = _NAMELY.sub("", _THEREFORE.sub("", clauses[begin].text, count=1), count=1)
                if subject and subject.group(1) and not clauses[begin].text.startswith(subject.group(1)):
                    clauses[begin].text = subject.group(1) + clauses[begin].text.lstrip()
                i = begin
        i += 1


def _therefore_after(clauses: list[Clause], i: int) -> int | None:
    """The clause saying 因此/所以 later in clause i's sentence, if any."""
    for k in range(i + 1, len(clauses)):
        if _THEREFORE.match(clauses[k].core):
            return k
        if clauses[k].mark in _SENTENCE_END:
            return None
    return None


def _drop_background_sentences(clauses: list[Clause], notes: Notes, show, target: float) -> None:
    """Still too long: a whole sentence before the plan (the lead-up: a complaint, a reason, how people feel) goes
    when none of its clauses holds a fact or says what will be done, last first; a plan states the arrangement
    (《党政机关公文处理工作条例》: 精炼), and the check keeps every fact."""
    background = background_of(clauses, show)
    sentences: list[list[int]] = []
    for i in background:
        if not sentences or clauses[i - 1].mark in _SENTENCE_END:
            sentences.append([])
        sentences[-1].append(i)
    for sentence in reversed(sentences):
        if _length(clauses, show) <= target or len(sentence) >= len(clauses):
            return
        first = clauses[sentence[0]]  # 近来会议室那台投影仪，…: the topic, what the rules are about
        topic = is_topic(show(first.core)) and (_names_new(clauses, sentence[0], show) or _has_fact(first, show))
        if any(_has_fact(clauses[k], show) or _plans(show(clauses[k].core)) for k in sentence[1 if topic else 0 :]):
            continue
        if clauses[sentence[-1]].mark not in _SENTENCE_END or topic and len(sentence) < 2:
            continue  # the sentence runs on into the plan: its clauses are the plan's own
        for _ in sentence[1:] if topic else sentence:
            _drop(clauses, sentence[0] + (1 if topic else 0), notes, show)
        if topic:
            keep_topic(clauses[sentence[0]])
    _orphan_therefore(clauses)


def _names_new(clauses: list[Clause], i: int, show) -> bool:
    """True when clause i names a thing (a noun not in _GENERAL, or a one-character noun such as 女) that the rest
    of the paragraph does not name."""
    rest = show(join(clauses[:i] + clauses[i + 1 :]))
    nouns = [t.word for t in tokens(show(clauses[i].core)) if t.flag.startswith(_NOUN_FLAGS) and t.word not in _GENERAL]
    return any(word not in rest for word in nouns)


def _orphan_therefore(clauses: list[Clause]) -> None:
    """因此/所以 whose reason was dropped goes too (the sentence before no longer gives one)."""
    for i, clause in enumerate(clauses):
        if _THEREFORE.match(clause.text) and (i == 0 or clauses[i - 1].mark in _SENTENCE_END and _has_no_reason(clauses, i)):
            clause.text = _THEREFORE.sub("", clause.text, count=1)


def _has_no_reason(clauses: list[Clause], i: int) -> bool:
    begin = i - 1
    while begin > 0 and clauses[begin - 1].mark not in _SENTENCE_END:
        begin -= 1
    return i - begin <= 1 and len(clauses[begin].core) <= 12


def _in_list(clauses: list[Clause], i: int) -> bool:
    """True for an item of an enumeration (颈椎、腰椎): dropping one would lose a thing the list names."""
    return clauses[i].mark == "、" or (i > 0 and clauses[i - 1].mark == "、")


def _drop_bare_topics(clauses: list[Clause], notes: Notes, show) -> None:
    """A sentence left with only its topic (体检方面。, or 体检。 when the paragraph goes on about 体检) goes."""
    for i in range(len(clauses) - 1, -1, -1):
        alone = clauses[i].mark in _SENTENCE_END and (i == 0 or clauses[i - 1].mark in _SENTENCE_END)
        core = clauses[i].core
        named_later = len(core) <= 4 and core in show(join(clauses[i + 1 :]))
        if alone and not _has_fact(clauses[i], show) and (_BARE_TOPIC.match(core) or named_later) and len(clauses) > 1:
            _drop(clauses, i, notes, show)


def _drop_redundant(clauses: list[Clause], notes: Notes, show, target: float) -> None:
    """Clauses whose every content word the rest of the paragraph already has, last first."""
    for i in range(len(clauses) - 1, -1, -1):
        if _length(clauses, show) <= target:
            return
        clause = clauses[i]
        if _has_fact(clause, show) or len(clauses) < 2 or _in_list(clauses, i) or i == plan_index(clauses, show):
            continue
        words = _content_words(show(clause.text))
        rest = show(join(clauses[:i] + clauses[i + 1 :]))
        # A clause of function words around a word said elsewhere (该自愿 after 自愿捐出) says it again too.
        bare = re.sub(f"[{_FUNCTION_WORDS}]", "", show(clause.core))
        if words and all(w in rest for w in words) or not words and len(bare) >= 2 and bare in rest:
            _drop(clauses, i, notes, show)


def _drop_optional(clauses: list[Clause], notes: Notes, show, target: float, patterns) -> None:
    """Clauses that only evaluate, reassure or colour (此项工作很重要, 热得要命; knowledge/formal_lexicon.yaml
    concise.optional_clauses), without a fact, last first, while the text is too long."""
    for i in range(len(clauses) - 1, -1, -1):
        if _length(clauses, show) <= target:
            return
        if i >= len(clauses) or len(clauses) < 2 or _has_fact(clauses[i], show) or _in_list(clauses, i):
            continue
        core = re.sub(r"[，。；：、\s]", "", show(clauses[i].text))
        if any(p.fullmatch(core) for p in patterns):
            _drop(clauses, i, notes, show)


def _drop_adjuncts(clauses: list[Clause], notes: Notes, show, target: float) -> None:
    """Purpose and evaluation clauses (为了…, 丰富…, 体现…) without facts, while the text is too long."""
    for i in range(len(clauses) - 1, -1, -1):
        if _length(clauses, show) <= target:
            return
        clause = clauses[i]
        sentence_has_more = (i > 0 and clauses[i - 1].mark not in _SENTENCE_END) or clause.mark not in _SENTENCE_END
        if (
            not _has_fact(clause, show) and _ADJUNCT.match(clause.core) and sentence_has_more and len(clauses) > 1
            and not _in_list(clauses, i)
        ):
            _drop(clauses, i, notes, show)


_NOUNISH = ("n", "vn", "nz", "nt", "ns")


def _noun_de_noun(text: str, notes: Notes, people: tuple[str, ...] = ()) -> str:
    """X的Y loses its 的 when Y is a noun (or a post, 组长, 会计) and X a noun, a place (郊区), a position (以下) or a
    two-character verb (学校的报告厅 → 学校报告厅, 获奖的教师 → 获奖教师, 35周岁以下的教师 → 35周岁以下教师)."""
    toks, cut = tokens(text), set()
    for k, (before, de, after) in enumerate(zip(toks, toks[1:], toks[2:])):
        if (k and toks[k - 1].word in ("有", "没有")) or (len(before.word) > 2 and before.word.startswith("有")):
            continue  # 有需要的教职工, 有经验的教师: 有 + its object describe the people; without 的 it reads broken
        noun_after = len(after.word) >= 2 and (after.flag.startswith(_NOUNISH) or after.word in people)
        noun_before = len(before.word) >= 2 and before.flag.startswith((*_NOUNISH, "s", "f"))
        verb_before = len(before.word) == 2 and before.flag == "v"
        if de.word == "的" and noun_after and (noun_before or verb_before):
            cut.add(de.start)
    if cut:
        notes.add(REASON, "的", "")
    return "".join(ch for i, ch in enumerate(text) if i not in cut)
