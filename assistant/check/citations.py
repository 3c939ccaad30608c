"""Statute citations: articles that exist (kind "unknown_article") and quotations that match the official wording
("misquote"). Both come from one reading of each citation, and a citation of a missing article is not also a misquote.
"""

from __future__ import annotations

import functools
import re

from assistant.check.conditions import changed_conditions
from assistant.check.findings import Document, Finding
from assistant.check.lastarticle import past_last
from assistant.domain.citations import ARTICLE_NO, EDITION, LAW_CITATION, article_tokens
from assistant.domain.numerals import cn_number, parse_cn_number
from assistant.domain.script import to_simplified
from assistant.loading.statutes import LawBook

_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)

# The verbs that introduce an article's words: 规定, 写明, 载明, 原文是 … (明确规定, 明文规定 with their adverb).
_SAYS = r"规定|指出|要求|提出|强调|写道|写明|写着|载明|明文规定|原文是|原文为|原话是|原话为|表述为"
_LEAD_IN = re.compile(rf"\s*(?:中|里)?\s*(?:明确|也|还)?\s*(?:的(?=原文|原话))?(?:{_SAYS})?\s*([：:，,]?)\s*")
_QUOTE = re.compile(r"[“\"「『]([^”\"」』\n]{2,400})[”\"」』]")
_UNQUOTED = re.compile(r"([^。\n]{4,400})")
# An article named on its own and then quoted or paraphrased (其中第六条规定：…): its law is the one named before it.
# The article may also be followed right by a colon and its quoted words (摘录里的第九条：“……”), or by the quotation
# itself (特别是第二十五条“……”).
_BARE_ARTICLE = re.compile(
    rf"(?<![》\d])({ARTICLE_NO})(?=\s*(?:中|里)?\s*(?:明确|也|还)?\s*(?:{_SAYS}|明确)|\s*[：:]?\s*[“\"「『])"
)
_BETWEEN_QUOTES = re.compile(r"\s*(?:[、，,]|以及|和|及|与)?\s*")
_ELLIPSIS = re.compile(r"……|…|\.{3,}|（略）|省略")
# A statute named again by reference (同一规定第八条, 该法第十条, 上述条例第五条, 本法第三条): its law is the last one named
# before it whose name ends with the same kind of document (法, 规定, 条例, 办法), within a few lines.
_AGAIN = re.compile(rf"(?:同一|同|该|此|上述|前述|这一?部?|本)(法|规定|条例|办法|细则)(?:的)?\s*({ARTICLE_NO})")
_AGAIN_REACH = 400  # characters back to the law named before (the same or a neighbouring item)
# An article named after a comma in the sentence that names a law without an article (查了《女职工劳动保护特别规定》，在
# 第二十条看到; 对照《工会法》，按第四十六条办): the law is the one just named. Only a few words may come between,
# and no other stop, so an article of something else later in the item (学校章程第五条) is not read as the law's.
_AFTER_COMMA_ARTICLE = re.compile(rf"[，,]\s*(?:在|按|按照|照|依照|根据|见|其|从|看|它的?|它在)?\s*({ARTICLE_NO})")
_AFTER_COMMA_REACH = 16  # characters from the law's closing title mark to the article


def _norm(text: str) -> str:
    return _PUNCT.sub("", to_simplified(text))


def _quote_matches(quote: str, sources: list[str]) -> bool:
    fragments = [_norm(f) for f in _ELLIPSIS.split(quote)]
    fragments = [f for f in fragments if f]
    for source in sources:
        body, pos, ok = _norm(source), 0, True
        for fragment in fragments:
            found = body.find(fragment, pos)
            if found < 0:
                ok = False
                break
            pos = found + len(fragment)
        if ok:
            return True
    return False


@functools.lru_cache(maxsize=4)
def _bare_law_citation(laws: tuple[str, ...]) -> re.Pattern:
    """A law of the book named without its title marks and followed by an article (工会法里头第四十六条, 按劳动法第
    三十六条办): how a plan written in haste cites, with the same groups as LAW_CITATION (law, articles)."""
    names = sorted((n for n in laws if len(n) >= 3), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names) or "(?!)"
    return re.compile(rf"(?<!《)({alternatives})(?!》)(\s*(?:里头|里面|里边|中的|里的|中|里|的|在)?\s*"
                      rf"{ARTICLE_NO}(?:\s*(?:[、，,和及与或至]|以及)\s*{ARTICLE_NO})*)")


def citations(doc: Document, lawbook: LawBook) -> list[Finding]:
    out: list[Finding] = []
    text = doc.text
    titled = list(LAW_CITATION.finditer(text))
    bare = [m for m in _bare_law_citation(tuple(lawbook.laws())).finditer(text)
            if not any(t.start() <= m.start() < t.end() for t in titled)]
    named = sorted(titled + bare, key=lambda m: m.start())
    for m in named:
        law = m.group(1).strip()
        out += _check(doc, lawbook, law, article_tokens(m.group(2) or ""), m.start(2), m.start(), m.end())
    # 其中第六条规定：“……” — an article named without its law, after the law was named earlier in the paragraph.
    for m in _BARE_ARTICLE.finditer(text):
        if any(c.start() <= m.start() < c.end() for c in named):
            continue
        before = [c for c in named if c.end() <= m.start() and "\n" not in text[c.end() : m.start()]]
        out += _check_named_before(doc, lawbook, before, m, 1)
    for m in _AFTER_COMMA_ARTICLE.finditer(text):
        if any(c.start() <= m.start(1) < c.end() for c in named):
            continue
        # the law named last before the comma, itself without an article, near and in the same sentence
        last = max((c for c in named if c.end() <= m.start()), key=lambda c: c.end(), default=None)
        if (last is not None and not last.group(2) and m.start() - last.end() <= _AFTER_COMMA_REACH
                and not re.search(r"[。；;！？!?\n]", text[last.end() : m.start()])):
            out += _check(doc, lawbook, last.group(1).strip(), article_tokens(m.group(1)), m.start(1), m.start(1),
                          m.end(1))
    for m in _AGAIN.finditer(text):
        before = [c for c in named if c.end() <= m.start() and m.start() - c.end() <= _AGAIN_REACH
                  and c.group(1).strip().endswith(m.group(1))]
        out += _check_named_before(doc, lawbook, before, m, 2)
    told = [f for f in changed_conditions(doc, lawbook, named) if not any(f.start < o.end and o.start < f.end for o in out)]
    return out + told + _chapters(doc, lawbook)


# A chapter cited by number (《教师法》第十章): a law of the book has as many chapters as its text's 第N章 headings.
_CHAPTER_CITATION = re.compile(r"《([^《》\n]{1,40})》" + EDITION + r"\s*(?:中的|里的|的|中|里)?\s*第\s*([零一二三四五六七八九十\d]{1,3})\s*章")


# A section of a chapter (《劳动合同法》第五章第四节) and an item of a law's appendix (《女职工劳动保护特别规定》附录第五条,
# …后面附录的第五项, 《…》（2012年）附录第六条 with the year in brackets): the book knows each chapter's 第N节 headings and the appendix's numbered items (一、二、三、四、).
_SECTION_CITATION = re.compile(
    r"《([^《》\n]{1,40})》\s*(?:中的|里的|的|中|里)?\s*(第\s*[零一二三四五六七八九十\d]{1,3}\s*章)\s*(?:的|中的)?\s*第\s*([零一二三四五六七八九十\d]{1,3})\s*节")
# An article cited with its chapter (《教师法》第六章第二十一条): the article must stand in that chapter.
_CHAPTER_ARTICLE = re.compile(
    r"《([^《》\n]{1,40})》\s*(?:中的|里的|的|中|里)?\s*(第\s*[零一二三四五六七八九十\d]{1,3}\s*章)\s*(?:的|中的)?\s*(第\s*[零一二三四五六七八九十百\d]{1,4}\s*条)")
_APPENDIX_CITATION = re.compile(
    r"《([^《》\n]{1,40})》\s*(?:[（(][^（）()\n]{1,12}[）)])?\s*(?:后面|后边|后附|所附|中|里)?\s*(?:的)?\s*附录\s*(?:中|里)?\s*(?:的)?\s*第\s*([零一二三四五六七八九十\d]{1,3})\s*(?:条|项|部分|款)")


def _chapters(doc: Document, lawbook: LawBook) -> list[Finding]:
    """Chapters, sections of a chapter and appendix items cited past the last of a law the book holds."""
    def chapter(m: re.Match) -> str:
        return re.sub(r"\s", "", m.group(2))

    past_last = (  # (citation, group of the cited number, how many the law has, message, suggestion)
        (_CHAPTER_CITATION, 2, lambda law, m: lawbook.chapter_count(law),
         "《{law}》共{count}章，没有第{n}章，引用的章不存在", "核对章的序号，按现行文本引用"),
        (_SECTION_CITATION, 3, lambda law, m: lawbook.section_count(law, f"第{cn_number(parse_cn_number(chapter(m)[1:-1]))}章"),
         "《{law}》{chapter}只有{count}节，没有第{n}节，引用的节不存在", "核对章节序号，按现行文本引用"),
        (_APPENDIX_CITATION, 2, lambda law, m: lawbook.appendix_count(law),
         "《{law}》的附录只有{count}项，没有第{n}项，引用的内容不存在", "核对附录的项目序号，按现行文本引用"),
    )
    out = []
    for pattern, group, count_of, message, suggestion in past_last:
        for m in pattern.finditer(doc.text):
            law = m.group(1).strip()
            known = lawbook.has_law(law) and not lawbook.is_digest(law)
            count = count_of(law, m) if known else 0
            if known and pattern is _CHAPTER_CITATION and not count:
                # a law not divided into chapters (《女职工劳动保护特别规定》: articles and an appendix) has no 第三章
                out.append(doc.finding("unknown_article", m.start(), m.end(),
                                       f"《{law}》不分章，没有第{m.group(2)}章，引用的内容不存在", "改为引用具体条文"))
            elif known and pattern is _SECTION_CITATION and not count and lawbook.chapter_count(law):
                # a chapter with no sections (《工会法》第四章: articles only) has no 第二节
                out.append(doc.finding("unknown_article", m.start(), m.end(),
                                       f"《{law}》{chapter(m)}不分节，没有第{m.group(3)}节，引用的内容不存在", "改为引用具体条文"))
            elif count and parse_cn_number(m.group(group)) > count:
                words = message.format(law=law, count=cn_number(count), n=m.group(group), chapter=chapter(m))
                out.append(doc.finding("unknown_article", m.start(), m.end(), words, suggestion))
    for m in _CHAPTER_ARTICLE.finditer(doc.text):
        law, cited = m.group(1).strip(), chapter(m)
        article = f"第{cn_number(_chapter_number(m.group(3)))}条"
        real = lawbook.chapter_of(law, article) if lawbook.has_law(law) else ""
        if real and _chapter_number(real) != _chapter_number(cited):
            out.append(doc.finding("unknown_article", m.start(), m.end(),
                                   f"《{law}》{article}在{real}，不在{cited}，引用的章与条对不上",
                                   f"改为“《{law}》{real}{article}”，或只写条文号"))
    return out


def _chapter_number(chapter: str) -> int:
    """The number of 第四章 (or of 第二十一条): 4."""
    return parse_cn_number(re.sub(r"[第章条\s]", "", chapter))


def _check_named_before(
    doc: Document, lawbook: LawBook, before: list[re.Match], m: re.Match, group: int
) -> list[Finding]:
    """Check an article named without its law (group `group` of `m`) against the last law named `before` it."""
    if not before:
        return []
    law = before[-1].group(1).strip()
    return _check(doc, lawbook, law, article_tokens(m.group(group)), m.start(group), m.start(), m.end(group))


def _check(
    doc: Document, lawbook: LawBook, law: str, articles: list[tuple[int, int, str]], base: int, start: int, end: int
) -> list[Finding]:
    """Findings of one citation: articles the law lacks, else wording quoted after it that the articles lack."""
    text = doc.text
    if not lawbook.has_law(law):
        # A law the base does not hold: only an article past its last one (article_counts) can be told wrong.
        return [doc.finding("unknown_article", start if i == 0 else base + a, base + b,
                            f"《{law}》共{count}条，没有{token}，引用的条文不存在", "核对条文号，引用现行文本中的正确条文")
                for i, (a, b, token) in enumerate(articles) if (count := past_last(law, token))]
    if lawbook.is_digest(law):
        return []  # the base holds only a digest of this one: articles and quotations cannot be checked
    out = []
    for i, (a, b, token) in enumerate(articles):
        added = _ADDED_ARTICLE.match(text, base + b)
        if added and lawbook.has_article(law, token):
            # 第二十一条之一: an article inserted by an amendment (as 《刑法》 numbers them); the book's text has none
            out.append(doc.finding(
                "unknown_article", start if i == 0 else base + a, added.end(),
                f"《{law}》中没有{token}{added.group(0)}，引用的条文不存在", "核对条文号，按现行文本引用",
            ))
            continue
        if not lawbook.has_article(law, token):
            out.append(doc.finding(
                "unknown_article", start if i == 0 else base + a, base + b,
                f"《{law}》中没有{token}，引用的条文不存在", "核对条文号；可在知识库中检索相关内容找到正确条文",
            ))
            continue
        missing = _missing_part(lawbook.article_text(law, token) or "", text[base + b : base + b + 16])
        if missing:
            length, what = missing
            out.append(doc.finding(
                "unknown_article", start if i == 0 else base + a, base + b + length,
                f"《{law}》{_ARTICLE_ONLY.match(token).group(0)}{what}，引用的款、项不存在",
                "核对款、项的序号，按现行条文引用",
            ))
    quote = _quoted_after(text, end)
    if quote is None or out:
        return out
    q_start, q_end, near = quote
    wording = text[q_start:q_end]
    if len(_norm(wording)) < 4:
        return out  # a quoted term, not a quotation
    if articles:
        sources = [lawbook.article_text(law, token) or "" for _, _, token in articles]
        where = f"《{law}》{'、'.join(t for _, _, t in articles)}"
    else:
        sources = lawbook.article_texts(law)
        where = f"《{law}》"
    if not near and not (articles and _resembles(wording, sources)):
        return out  # a quotation further on in the sentence that is not this article's wording: a name or a slogan
    if near == "stated":
        # Claimed as the article's words (写明，…): every run of the wording is the article's, in pieces of three
        # characters or more (the writer may cut a list short); a run of two or more it lacks was put in.
        if articles and _resembles(wording, sources) and (added := _put_in(wording, sources)):
            out.append(doc.finding(
                "misquote", q_start, q_end, f"说是{where}写明的内容，但“{added}”不是原文的用语",
                "按原文引用，或改为“根据……的精神”转述",
            ))
        return out
    if near == "told":
        if not (articles and _resembles(wording, sources)) or _quote_matches(wording, sources):
            return out
        changed = _force_changed(wording, sources)
        if changed:
            out.append(doc.finding(
                "misquote", q_start, q_end, f"转述{where}时改动了原文的{changed}，与法条原意不符",
                "按原文转述，保留原条文的用语和数字",
            ))
        elif _resembles(wording, sources, share=_COPIED) and (added := _put_in(wording, sources, 1, _APPLIED, moved=True)):
            # 第三条讲：… with the article's sentence nearly word for word: a recital, and a word swapped in it
            out.append(doc.finding(
                "misquote", q_start, q_end, f"复述{where}时改了原文的用语（“{added}”不是原文的说法）",
                "按原文逐字引用，或改为用自己的话概括",
            ))
        return out
    while True:
        if not _quote_matches(text[q_start:q_end], sources):
            out.append(doc.finding(
                "misquote", q_start, q_end, f"引文与{where}的原文不一致", "按原文逐字引用，或去掉引号改为转述",
            ))
        # “…”“…”, “…”、“…” or “…”，“…”: the article's sentences quoted one after another, each checked alike
        between = _BETWEEN_QUOTES.match(text, q_end + 1)
        following = _QUOTE.match(text, between.end())
        if not following or len(_norm(following.group(1))) < 4:
            return out
        if between.group(0).strip() not in ("", "、") and not _resembles(following.group(1), sources):
            return out  # “…”，“…”是…: after a comma, a quotation of the article's own words only
        q_start, q_end = following.start(1), following.end(1)


def _quoted_after(text: str, pos: int) -> tuple[int, int, bool | str] | None:
    """Span of the wording quoted after a citation and whether it follows right after it: “…”, or after 规定： up to
    the sentence end (near); else a “…” later in the same sentence, after a paraphrase (第三十九条规定，教师……，“…”)."""
    lead = _LEAD_IN.match(text, pos)
    after = lead.end() if lead else pos
    q = _QUOTE.match(text, after)
    if q:
        return q.start(1), q.end(1), True
    said = text[pos:after]
    if lead and lead.group(1) in ("：", ":") and re.search(r"规定|指出|写道|写明|写着|载明|原文", said):
        u = _UNQUOTED.match(text, after)
        if u:
            return u.start(1), u.end(1), True
    if lead and lead.group(1) in ("，", ",") and _STATED.search(said) and (u := _UNQUOTED.match(text, after)):
        return u.start(1), u.end(1), "stated"  # 第九条写明，… — the article's own words claimed, without quotation marks
    if lead and lead.group(0).strip() in ("：", ":") and (u := _UNQUOTED.match(text, after)):
        return u.start(1), u.end(1), "told"  # 第三十九条：… — the article told after a bare colon, maybe in other words
    loose = _LOOSE_LEAD.match(text, pos)
    if loose:  # 第二十条说得明白：… / 第九条讲得很清楚：“…” — the article told after the writer's own lead-in
        q = _QUOTE.match(text, loose.end())
        if q:
            return q.start(1), q.end(1), True
        if u := _UNQUOTED.match(text, loose.end()):
            return u.start(1), u.end(1), "told"
    rest = _SENTENCE_REST.match(text, after).group(0)
    rest = rest[: m.start()] if (m := re.search(ARTICLE_NO, rest)) else rest  # another article is cited first
    # The quotation opens within the rest of the sentence; it may close after a full stop of its own (“……支付。”).
    later = _QUOTE.search(text, after)
    if later and later.start() < after + len(rest):
        return later.start(1), later.end(1), False
    return None


# Verbs that claim the article's very words (写明, 载明, 原文是), as against 规定 or 指出, which may introduce a retelling.
_STATED = re.compile(r"写明|写着|载明|原文")
_PIECE = 3  # characters a run must share with the article to count as its words
_GRAMMAR_CHARS = set("的了和与及或并对在把被将之其而也都")


def _put_in(wording: str, sources: list[str], least: int = 2, skip: frozenset[str] = frozenset(), moved: bool = False) -> str:
    """The first run of `least` (two) or more characters of `wording` that no source holds, once the wording is covered
    by the longest pieces (three characters or more) the best source shares with it; '' when none. `skip`: words
    that do not count; `moved`: neither does a run the source holds elsewhere (a retelling's new word order)."""
    told = _norm(wording)
    best = ""
    for source in sources:
        body, at, gaps, run = _norm(source), 0, [], ""
        while at < len(told):
            size = 0
            while at + size < len(told) and told[at : at + size + 1] in body:
                size += 1
            if size >= _PIECE:
                if run:
                    gaps.append(run)
                run, at = "", at + size
            else:
                run, at = run + told[at], at + 1
        if run:
            gaps.append(run)
        gaps = [g for g in gaps if len(g) >= least and not set(g) <= _GRAMMAR_CHARS and g not in skip
                and not (moved and g in body)]
        if not gaps:
            return ""
        best = best or gaps[0]
    return best


# A lead-in in the writer's words, up to a colon (说得明白：, 讲得很清楚：, 开宗明义：, 的表述是：): what follows tells the
# article, quoted or retold; a break (，。；), a quotation mark or another title before the colon ends the lead-in.
# The lead-in may also be a question the quotation answers (第三条咋讲的？“…”).
_LOOSE_LEAD = re.compile(r"\s*[^\s，,。；;：:？?“”\"《》\n\d]{1,8}?(?:[：:]|[？?](?=\s*[“\"「『]))\s*")
_SENTENCE_REST = re.compile(r"[^。！？\n《]{0,160}")


_COPIED = 0.85  # share of two-character pieces that makes a retelling the article's sentence itself
# The school and its staff put for the statute's parties (学校 for 用人单位, 教师 for 劳动者): the article applied, not
# misquoted.
_APPLIED = frozenset({"学校", "我校", "本校", "学校工会", "校工会", "幼儿园", "我园", "本园", "教师", "老师", "教职工", "女教师",
                      "女教职工", "校长", "园长"})


def _resembles(wording: str, sources: list[str], share: float = 0.6) -> bool:
    """Most two-character pieces of the wording occur in one of the sources: it was meant as this article's words."""
    quoted = _norm(wording)
    pieces = {quoted[i : i + 2] for i in range(len(quoted) - 1)}
    if len(pieces) < 6:
        return False
    return any(sum(p in _norm(source) for p in pieces) >= share * len(pieces) for source in sources)


# The force of an article: what it makes a duty or forbids, and the looser words a retelling may put in their place.
_MUST = re.compile(r"必须|应当|不得|禁止|严禁")
_MAY = re.compile(r"可以|可酌情|酌情|视情况|原则上|尽量|鼓励|一般不|不必")
_FIGURE = re.compile(r"[0-9]+|[零〇一二两三四五六七八九十百千万]{2,}(?=[天日周月年人名个%％倍分])")


def _force_changed(wording: str, sources: list[str]) -> str:
    """What a retelling of an article changed that matters: its duty made optional (必须 → 可以), or a figure the
    article does not hold (九十天 → 一百二十天). Other rewording is the writer's own."""
    told = to_simplified(wording)
    for source in sources:
        if _MUST.search(source) and not _MUST.search(told) and _MAY.search(told) and not _MAY.search(source):
            return "强制性用语（“必须”“应当”“不得”改成了可选的说法）"
        figures = set(_FIGURE.findall(told))
        if figures and _FIGURE.search(source) and not figures & set(_FIGURE.findall(source)):
            return "数字"
    return ""


_ADDED_ARTICLE = re.compile(r"之[一二三四五六七八九十]")
_ARTICLE_ONLY = re.compile(r"第\s*[^条]+条")
_PART_AFTER = re.compile(r"^\s*(?:第\s*([零一二三四五六七八九十\d]+)\s*款)?\s*(?:第\s*[（(]?\s*([零一二三四五六七八九十\d]+)\s*[）)]?\s*项)?")
_ITEM_LINE = re.compile(r"^[（(][零一二三四五六七八九十]+[）)]")


def _missing_part(article: str, after: str) -> tuple[int, str] | None:
    """(characters of `after` the citation runs on, what is missing) when a citation names a paragraph (款) or an item
    (项) the article does not have: 第四十三条第一款第（六）项 of an article whose first paragraph lists five items. The
    article's paragraphs are its lines; an item line （一） belongs to the paragraph before it."""
    paragraphs: list[int] = []  # items per paragraph
    for line in article.split("\n"):
        if _ITEM_LINE.match(line.strip()) and paragraphs:
            paragraphs[-1] += 1
        elif line.strip():
            paragraphs.append(0)
    part = _PART_AFTER.match(after)  # the article token ends at 条: its 款 and 项 follow it
    paragraph = parse_cn_number(part.group(1)) if part.group(1) else 0
    length = part.end() if part.group(1) or part.group(2) else 0
    if paragraph > len(paragraphs):
        return length, f"只有{len(paragraphs)}款，没有第{cn_number(paragraph)}款"
    if part.group(2):
        number, items = parse_cn_number(part.group(2)), paragraphs[max(paragraph, 1) - 1]
        if number > items:
            where = f"第{cn_number(max(paragraph, 1))}款" if len(paragraphs) > 1 else ""
            return length, (f"{where}只列有{items}项，没有第（{cn_number(number)}）项" if items
                            else f"{where}没有分项，没有第（{cn_number(number)}）项")
    return None
