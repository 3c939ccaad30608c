"""Domain rules: the congress form by staff size and its frequency, the women's body by their number, audit of funds,
and the procedure rules of assistant/check/procedures.py."""

from __future__ import annotations

import re

from assistant.check.empty import is_empty
from assistant.check.findings import Document, Finding, cited_quotes, inside, quoted_titles
from assistant.check.limits import limits
from assistant.check.procedures import procedures
from assistant.domain.numerals import count_of
from assistant.domain.profile import Profile, congress_staff_threshold
from assistant.domain.school_types import load_school_types

_OWN_CONGRESS = re.compile(r"教职工代表大会|教代会")
_UPPER = re.compile(r"(?:区|市|县|省|全国|上级|系统)$")
_FREQUENCY = re.compile(
    r"每(?:隔)?(?:两|二|三|四|五|2|3|4|5)(?:个)?(?:学)?年(?:召开|举行)?(?:一次)?|"
    r"(?:两|二|三|2|3)(?:个)?(?:学)?年(?:召开|举行)?一次|隔年(?:召开|举行)?(?:一次)?|每隔一年|不定期(?:召开|举行)?|每届(?:任期内)?(?:只)?(?:召开|举行)一次"
)
_CONGRESS_WORD = re.compile(r"教代会|教职工代表大会|教职工大会")
# Delegates elected (推选代表28名, 选举产生教职工代表30人): a school's own congress has them, a 教职工大会 has none.
_ELECTED = re.compile(r"(?:推选|选举|选出|选举产生|推选产生|推荐)(?:出)?(?:教职工|教代会)?代表\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:名|人|位)")
_SENT_UP = re.compile(r"[^。；，,]{0,6}(?:参加|出席|列席)[^。；]{0,4}(?:区|市|县|省|上级|全国|系统)")
_FEW_DELEGATES = 5  # one to four delegates are sent to an upper body; a school's own congress elects more
_COMMITTEE = re.compile(r"女(?:教职工|职工|教工|工)委员会|女工委(?!员)")
_NOT_HELD = re.compile(r"(?:不|无需|无须|不必|不用|没有|未)(?:单独|另行|另外|专门|再)?(?:设立?|建立?|成立|召开|开|搞|组建)?$")
# The same said after the name (教代会就不设了, 教代会也不用开): the congress is named to say there is none.
_NOT_HELD_AFTER = re.compile(r"\s*(?:就|也|便|则|暂|今年|本学期)?(?:不|无需|无须|不必|不用|没有|未|免)(?:单独|另行|另外|专门|再)?"
                             r"(?:设|建|成立|召开|开|搞|组建|了)")
_DECLINED = re.compile(r"不(?:单|另|专门|再)?(?:设立?|建立?|成立)$")  # 不单设女职工委员会
# The same said after the name (女职工委员会暂不张罗, 女工委也不单设): 张罗 is the spoken 操办 (《现代汉语词典》).
_WAIVED_AFTER = re.compile(r"\s*(?:就|也|便|则|暂|今年|本学期)?(?:不|无需|无须|不必|不用|没有|未)(?:单独|另行|另外|专门|再|单)?"
                           r"(?:设|建|成立|组建|张罗|搞|弄)")
_MEMBER = re.compile(r"女(?:教职工|职工|教工|工)委员(?!会)")
# The member set up as the women's body (设女职工委员1名, 配备一名女工委员), not a member named at work (由女工委员
# 上门看望, a 负责人 cell): only the set-up says the union has no committee (《工会法》第十一条).
_SET_UP = re.compile(
    r"(?:(?:设|设立|设置|配备|配|增设|选举|选出|选配|推选|产生|确定|明确)了?\s*(?:[0-9一两二]\s*[名位个])?|[0-9一两二]\s*[名位])$"
)
_COUNTED = re.compile(r"\s*(?:[12](?!\d)|[一两二])\s*(?:名|位|人)")  # one or two set up in its place; five are a committee
_AUDIT = ("经费审查", "经审", "审查委员会", "审查监督", "审计")


def _self_word(profile: Profile) -> str:
    """我校 / 我园 (knowledge/school_types.yaml)."""
    types = load_school_types()
    return types.kind(profile.kind).self_word if profile.kind in types.keys else "我校"


def _no_audit(doc: Document, titles: list[tuple[int, int]]) -> Finding | None:
    """The union's funds are written about but their audit is not: pointed at the 经费管理 heading, else at the first
    mention of 工会经费."""
    message = "写了工会经费，但没有经费审查（经审）的安排"
    suggestion = "按照“收好、管好、用好”的要求，写明工会经费收支接受经费审查委员会审查并定期报告"
    for heading in doc.outline.sections("finance"):
        if is_empty(doc, heading):
            return None  # a 经费管理 part with nothing under it is one problem, reported as an empty section
        at = heading.text.find(heading.title)
        start = heading.start + max(at, 0)
        return doc.finding(
            "rule", start, start + len(heading.title), f"“{heading.title}”部分没有写经费审查（经审）的安排", suggestion
        )
    if any(h.level == 2 for h in doc.outline.headings):
        return None  # a plan with sub-areas but no 经费管理 part: the missing part is the finding, not its audit
    # Without a 经费管理 part, only the union's own funds call for their audit ("场地和经费保障" is the school's money).
    money = [m for m in re.finditer(r"工会经费", doc.text) if not inside(titles, m.start())]
    if not money:
        return None
    return doc.finding("rule", money[0].start(), money[0].end(), message, suggestion)


def _elections(text: str, congress: list[re.Match]) -> tuple[list[re.Match], list[re.Match]]:
    """Delegates elected for the school's own meeting (推选代表28名), not sent to an upper body: those to report and all
    found. One finding per sentence: the congress named outside the election is that sentence's finding (召开第三届教职工
    代表大会，由各组推选代表…); named inside it (选出教代会代表…), the election is."""
    out, every = [], []
    for sentence in re.finditer(r"[^。；！？\n]+", text):
        found = [m for m in _ELECTED.finditer(text, sentence.start(), sentence.end())
                 if count_of(m.group(1)) >= _FEW_DELEGATES and not _SENT_UP.match(text, m.end())]
        outside = [c for c in congress if sentence.start() <= c.start() < sentence.end()
                   and not any(m.start() <= c.start() < m.end() for m in found)]
        out += [] if outside else found
        every += found
    return out, every


def rules(doc: Document, profile: Profile) -> list[Finding]:
    out: list[Finding] = []
    text = doc.text
    titles = quoted_titles(text) + cited_quotes(text)
    threshold = congress_staff_threshold()
    us = _self_word(profile)

    def own(m: re.Match) -> bool:
        return not inside(titles, m.start()) and not _UPPER.search(text[max(0, m.start() - 4) : m.start()])

    # 不够80人，所以不设教代会: the congress named to say the school has none is the rule followed, not broken.
    own_congress = [m for m in _OWN_CONGRESS.finditer(text)
                    if own(m) and not _NOT_HELD.search(text, max(0, m.start() - 8), m.start())
                    and not _NOT_HELD_AFTER.match(text, m.end())]
    if profile.staff < threshold:
        # under the threshold every member of staff takes part (教职工大会): none is elected to stand for others
        reported, elected = _elections(text, own_congress)
        for m in reported:
            out.append(doc.finding(
                "rule", m.start(), m.end(),
                f"{us}教职工{profile.staff}人，少于{threshold}人，应召开全体教职工参加的教职工大会，无需推选代表",
                "不再推选代表，改由全体教职工参加",
            ))
        own_congress = [c for c in own_congress if not any(m.start() <= c.start() < m.end() for m in elected)]
        for m in own_congress:
            out.append(
                doc.finding(
                    "rule",
                    m.start(),
                    m.end(),
                    f"{us}教职工{profile.staff}人，不足{threshold}人，应建立全体教职工参加的教职工大会制度",
                    "改为“教职工大会”",
                )
            )
    elif not own_congress:
        for m in re.finditer("教职工大会", text):
            if own(m):
                out.append(
                    doc.finding(
                        "rule",
                        m.start(),
                        m.end(),
                        f"{us}教职工{profile.staff}人，达到{threshold}人，应建立教职工代表大会（教代会）制度",
                        "改为“教职工代表大会（教代会）”",
                    )
                )
    for sentence in re.finditer(r"[^。；！？\n]+", text):
        if not _CONGRESS_WORD.search(sentence.group(0)):
            continue
        for m in _FREQUENCY.finditer(sentence.group(0)):
            a = sentence.start() + m.start()
            out.append(
                doc.finding(
                    "rule",
                    a,
                    a + len(m.group(0)),
                    f"{profile.congress_short}每学年至少召开一次",
                    f"改为“每学年至少召开一次{profile.congress_short}”",
                )
            )
    if profile.female_staff is not None:
        committees, declined = [], []  # 女职工委员会 named, and 不单设女职工委员会 (a committee declined)
        for m in _COMMITTEE.finditer(text):
            no = _DECLINED.search(text[max(0, m.start() - 6) : m.start()])
            if not no and _WAIVED_AFTER.match(text, m.end()):
                # 女职工委员会暂不张罗: named to say there is none; the member set up in its place (明确一名女工委员)
                # in the same sentence is where the finding goes, else the committee declined
                if not any(_one_sentence(text, min(m.start(), w.start()), max(m.end(), w.end()))
                           and _SET_UP.search(text[max(0, w.start() - 8) : w.start()]) for w in _MEMBER.finditer(text)):
                    declined.append((m.start(), m.end()))
                continue
            (declined if no else committees).append((m.start() - len(no.group(0)), m.end()) if no else m)
        if profile.women_body == "女职工委员":
            for m in committees:
                out.append(
                    doc.finding(
                        "rule",
                        m.start(),
                        m.end(),
                        f"{us}女教职工{profile.female_staff}人，人数较少，按《工会法》第十一条应在工会委员会中设女职工委员",
                        "改为“女职工委员”",
                    )
                )
        else:
            for a, b in declined:
                out.append(doc.finding(
                    "rule", a, b,
                    f"{us}女教职工{profile.female_staff}人，人数较多，按《工会法》第十一条应建立工会女职工委员会，不宜只由委员兼管",
                    "改为“建立女职工委员会”",
                ))
        if profile.women_body != "女职工委员" and not committees:
            for m in _MEMBER.finditer(text):
                if any(_one_sentence(text, min(a, m.start()), max(b, m.end())) for a, b in declined):
                    continue  # 不另设女工委，由一名女职工委员负责: the committee declined, one problem
                if not (_SET_UP.search(text[max(0, m.start() - 8) : m.start()]) or _COUNTED.match(text, m.end())):
                    continue  # a member named at some task, not the body the union sets up
                out.append(
                    doc.finding(
                        "rule",
                        m.start(),
                        m.end(),
                        f"{us}女教职工{profile.female_staff}人，人数较多，按《工会法》第十一条可建立工会女职工委员会",
                        "改为“女职工委员会”",
                    )
                )
    if not any(word in text for word in _AUDIT):
        finding = _no_audit(doc, titles)
        if finding:
            out.append(finding)
    return out + procedures(doc) + limits(doc, profile.staff)


def _one_sentence(text: str, start: int, end: int) -> bool:
    """True when text[start:end] runs within one sentence."""
    return not re.search(r"[。；;！？!?\n]", text[start:end])
