"""Writing what the user asks to add as a plan measure in 公文 register, and checking any measure before it goes in.

The offline writer restates the request: colloquial words → the plan's words (knowledge/edits.yaml), a festival or
season at the front as plans write it, a verb a measure opens with, the people it is for, and what it is for. The
same checks apply to a measure the model wrote: register, length, nothing pasted from the user's message, every
number of the request kept."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.conversation.edit_words import EditWords
from assistant.conversation.measure_shapes import for_people, with_object
from assistant.domain.calendar import Calendar
from assistant.domain.vocab import Tone
from assistant.index.segmentation import pos_tokenizer
from assistant.rewrite.rules import rewrite

MIN_CHARS, MAX_CHARS = 20, 150  # a measure is one or two sentences; a pasted notice is longer
MAX_COPY = 12  # consecutive characters of the user's message a measure may repeat
_NUMBERS = re.compile(r"\d+(?:[.:：]\d+)?")


def formalise(text: str, words: EditWords) -> str:
    """The request's words in the plan's register: the plan's own words for people, places and verbs
    (knowledge/edits.yaml), 把-clauses, then the 公文 rewriting engine for everything else (its lexicon, particles,
    doubled verbs, numbers and dates, facts kept)."""
    text = _listed(text)
    for verb, formal in words.reduplicated.items():
        text = re.sub(rf"{verb}一?{verb}", formal, text)
    for pattern, replacement in words.phrasing:
        text = pattern.sub(replacement, text)
    verbs = "|".join(map(re.escape, words.ba_verbs))
    text = re.sub(rf"把([^，。把]{{2,16}}?)({verbs})(?=[，。；]|$)", r"\2\1", text)
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"([\u4e00-\u9fff]{2,6})\1", r"\1", text)  # 退休教职工教职工 after overlapping rules
    return rewrite(text.strip("，,。；; "), Tone.FORMAL).text.strip("，,。；; ")


# Things named one after another without a mark and closed by a word of "and so on" (冰箱沙发啥的, 桌子椅子什么的):
# spoken Chinese runs a short list of nouns together; written, they take 、 and end with 等 (GB/T 15834-2011 顿号).
_ETC = re.compile(r"([\u4e00-\u9fff]{4,12}?)(?:啥的|什么的|之类的|之类|等等|这些|那些)")


def _listed(text: str) -> str:
    """The text with run-together nouns before 啥的/什么的 listed with 、 and closed by 等."""
    def listed(m: re.Match) -> str:
        tokens = list(pos_tokenizer().cut(m.group(1)))
        nouns = []
        for token in reversed(tokens):  # the run of nouns that ends right before 啥的
            if not token.flag.startswith("n") or len(token.word) < 2:
                break
            nouns.insert(0, token.word)
        if len(nouns) < 2:
            return m.group(0)
        head = m.group(1)[: len(m.group(1)) - len("".join(nouns))]
        return head + "、".join(nouns) + "等"
    return _ETC.sub(listed, text)


def leading_time(text: str, words: EditWords, calendar: Calendar) -> tuple[str, str, str]:
    """(festival name, other time words, rest) of a text that opens with a festival, a season or a month."""
    festival, times = "", []
    changed = True
    while changed and text:
        changed = False
        found = calendar.festivals_in(text)
        if found and found[0][1] == 0 and not festival:
            fest, _, end = found[0]
            when = re.match(r"(?:节)?(前夕|前后|前|后|期间|当天|那天|时)?(?:的)?[，,]?", text[end:])
            # 春节前 → 春节前夕: the day before matters; otherwise the section's own framing applies.
            festival = fest.name + {"前": "前夕", "前夕": "前夕", "后": "后", "前后": "前后"}.get(when.group(1) or "", "")
            text = text[end + when.end() :]
            changed = True
            continue
        for pattern, replacement in words.times:
            m = pattern.match(text)
            if m:
                times.append(m.expand(replacement))
                text = re.sub(r"^(?:的)?[，,]?", "", text[m.end() :])
                changed = True
                break
    return festival, "".join(times), text


def _frame(text: str, who: str, words: EditWords, statement: bool = False) -> str:
    """A measure's main clause: the text as it is when it opens like a measure, else framed by what it names.
    `statement`: the section states results (工作目标), so a clause with a verb is kept as the user put it."""
    text = re.sub(r"^(?:的|在于|前去|去|到|要|须|需要|应该|应|得|还要|也要)", "", text)
    if not text:
        return ""
    if any(text.startswith(v) for v in words.lead_verbs) or _ACTOR.match(text):
        return text
    actor = re.match(r"^(?:工会|女职工委员会|学校|幼儿园|我校|我园)(?:须|要|应|得)?", text)
    after = list(pos_tokenizer().cut(text[actor.end() :])) if actor else []
    if actor and after and (any(text[actor.end() :].startswith(v) for v in words.lead_verbs)
                            or after[0].flag == "v" and len(after[0].word) >= 2):
        return text  # "工会邀请社区民警…", "工会联系总务处…": the actor and what it does, already a measure
    if re.match(r"^(?:把|将)[^，。]{2,}", text):
        # "把各人的课时数列清楚": a 把-clause is already an action on its object; framing it as an activity
        # ("组织…开展把…活动") makes nonsense, so it is kept, in the written 将.
        return "将" + text[1:]
    if statement and any(t.flag.startswith("v") for t in pos_tokenizer().cut(text)):
        return text  # 教职工满意度达到95%以上
    if any(m in text[1:] for m in words.modal):
        return text  # a whole statement of duty: 活动经费须专款专用
    tokens = list(pos_tokenizer().cut(text))
    framed = next((frame for endings, frame in words.noun_frames if text.endswith(endings)), None)
    if any(text.startswith(p) for p in words.people):
        # The people are named already: 组织 them to do what follows, or hold the event they are part of.
        if any(t.flag == "v" for t in tokens[1:]):
            return "组织" + text
        if framed:
            return re.sub(r"\s+", "", framed.format(who="", text=text))
        return "组织" + text
    if framed:
        return framed.format(who=who, text=text)
    if any(t.flag == "v" and len(t.word) >= 2 for t in tokens):
        return text  # a verb phrase or a statement already (征集教职工提案, 经费每年审计一次)
    if not any(t.flag[0] in "nvaejx" or t.flag == "eng" for t in tokens):
        return ""  # only time words, adverbs or pointers ("现在", "马上"): nothing to write a measure about
    return words.default_frame.format(who=who, text=text)


_DUTY_OPENING = re.compile(r"^(?:以后|今后|往后|从今以后|下一步|今年起)?(?:由|请|让|麻烦|希望|盼着|建议)?"
                           r"(工会|女工委|女职工委员会|工会小组|分工会)?"
                           r"(?:须|得|要|应当|应|需要|需|必须|想|希望|打算|能不能|可不可以|能否|可否|是不是可以|看能不能|看能否)?")
# An actor taking charge opens a measure as plans write it (工会出面协调…, 学校负责…): kept, not framed as an activity.
# So does the union taking it up with others (工会联系总务处…, 工会与社区对接…).
_ACTOR = re.compile(r"^(?:(?:工会|学校|幼儿园|我校|我园)(?:须|要)?(?:去|来)?(?:出面|主动|积极|负责|牵头|统一|联系|协调|对接|沟通"
                    r"|配合|联合|会同)|工会(?:去|来)?(?:与|跟|和|同))")


def requested(clauses: list[str], words: EditWords) -> tuple[list[str], str]:
    """A request told as a situation and then what should be done ("热水器老坏，宽带也不好，工会得出面找总务处检修"):
    (the clauses from the first that says what should be done, the things the situation names); the clauses as
    they are and "" when no clause after the first says what to do."""
    wish = _WISH.match(clauses[0]) if clauses else None
    if wish:  # "想每月安排…": the wish is the measure, said without 想
        return [clauses[0][wish.end() :], *clauses[1:]], ""
    asked = (*words.duty, *words.demand)
    at = next((i for i, c in enumerate(clauses) if i and any(p.search(c) for p in asked)), None)
    if at is None:
        return clauses, ""
    situation, wanted = clauses[:at], list(clauses[at:])
    if any(_THRESHOLD.search(c) for c in situation):
        return clauses, ""  # "单笔超过两千元的，须集体研究": a condition of the rule, not a situation to remedy
    opening = _DUTY_OPENING.match(wanted[0])
    rest = re.sub(r"^给(?=[^，。]{1,8}(?:成立|建立|设立|安排|配备|办))", "为", wanted[0][opening.end() :])
    actor = {"女工委": "女职工委员会"}.get(opening.group(1) or "", opening.group(1) or "")  # the body's full name
    wanted[0] = actor + rest
    return [c for c in wanted if c], situation_topic(situation, words)


# A threshold a rule applies from (超过五千元, 三天以上, 满十人): a comparison with an amount, said before what is to be
# done, makes the clause a condition of the measure (GB/T 9704 公文 rules: "凡…超过…的，须…").
_THRESHOLD = re.compile(r"(?:超过|超出|高于|低于|不足|满|达到|以上|以下)\s*[0-9一二两三四五六七八九十百千万]+"
                        r"|[0-9一二两三四五六七八九十百千万]+\s*(?:块|元|万元|千元|人|天|次)?\s*(?:以上|以下|及以上)")

# A request opened with a wish or a plan (想每周…, 打算…, 准备…): what follows is the measure itself, not a situation.
_WISH = re.compile(r"^(?:我们|咱们|我|咱|学校|工会)?(?:想|想要|打算|准备|希望)(?!办法|方设法|着|到|起|法)(?=[\u4e00-\u9fff]{2})")

# A time word of the school day made of a noun and a word of place (课后, 课间, 课前, 饭后, 午间): it qualifies the noun
# after it (课后服务) and is part of the thing's name, unlike a date (去年, 年底).
_AT_TIME = re.compile(r"[课饭餐午]" + r"[后前间余]")
_SIMILE = re.compile(r"(?:跟|像|和|与|如同|好像|好比)[^，。；]{1,10}?(?:一样|一般|似的)")


def situation_topic(clauses: list[str], words: EditWords) -> str:
    """The things a told situation is about, as the measure names them ("学校公寓、热水器、宽带"): runs of nouns
    (and of the words sections are known by: 会计, 出纳), without people, the school and words that name no thing
    (knowledge/edits.yaml `topic_skip`); from a clause that only tells the story (反映过, 去年…), the known words
    only; at most three."""
    found: list[str] = []
    breaks = {*words.topic_skip, *words.people}
    known = {w for cues in words.placement_cues.values() for w in cues}
    for clause in clauses:
        # a simile ("写得跟鸡爪扒的一样", "像蜗牛似的") compares; what it names is not what the situation is about
        clause = _SIMILE.sub("", clause)
        story = any(p.search(clause) for p in words.background)
        run, named, timed = "", False, False
        for token in [*pos_tokenizer().cut(clause), None]:
            if token is not None and _AT_TIME.fullmatch(token.word) and token.flag == "t":
                # 课后服务, 课间操: a time of the school day before a noun or a verbal noun names a thing
                run, named, timed = run + token.word, False, True
                continue
            cue = token is not None and any(k in token.word for k in known if len(k) >= 2)  # 学校公寓 holds 公寓
            # a three-character set phrase (老花眼, 颈椎病) names a thing too; four-character ones are idioms
            thing = token is not None and token.word not in breaks and (
                cue or not story and (token.flag in ("n", "nz", "ng", "nt", "ns", "vn", "j")
                                      or token.flag == "l" and len(token.word) == 3))
            if thing:
                # a run that ends on a noun (or an abbreviation, jieba's j: 医保, 社保) names a thing
                run, named = run + token.word, token.flag != "vn" or cue or timed
                continue
            if len(run) >= 2 and named:
                found.append(run)
            run, named, timed = "", False, False
    kept = [n for n in dict.fromkeys(found) if not any(n != o and n in o for o in found)]
    return "、".join(kept[:3])


def _concern_left(concern: str, wanted: list[str], words: EditWords) -> str:
    """The things a situation names that what is to be done does not name already (车位 told in both is said once),
    without the bodies the union works with (医院, 服务中心: with whom, not about what)."""
    said = "".join(wanted)
    return "、".join(c for c in concern.split("、")
                    if c and c not in said and (not c.endswith(words.partners) or c.endswith(words.work_places))
                    and c not in words.generic_objects
                    and not any(c in p for p in words.people))  # 退休 of 退休教职工: whom it is for


def wanted_part(text: str, words: EditWords) -> str:
    """Of a formal request told as a situation and then what to do, the part that says what to do (empty when it
    tells no situation): the measure is placed by what it does, not by the story of why."""
    clauses = [c for c in re.split(r"[，,；;。！!？?]", text) if c]
    wanted, concern = requested(clauses, words)
    return "，".join(wanted) if concern or len(wanted) < len(clauses) else ""


def without_partners(text: str, words: EditWords) -> str:
    """The text without the offices the union takes the matter up with ("工会联系总务处，划定车位" → "工会，划定车位"):
    with whom says nothing of which section a measure belongs to."""
    verbs = "|".join(map(re.escape, sorted(words.partner_verbs, key=len, reverse=True)))
    ends = "|".join(map(re.escape, sorted(words.partners, key=len, reverse=True)))
    if not verbs or not ends:
        return text
    # only right after the union as actor ("工会跟总务处…"); the union's own units (工会小组) are no partners
    return re.sub(rf"(?<=工会)(?:{verbs})(?!一个|每个|各)[\u4e00-\u9fff]{{0,10}}(?<!工)(?:{ends})"
                  rf"(?![\u4e00-\u9fff]{{0,2}}(?:工作|活动|小组))", "", text)


def _whose(concern: str, formal: str, wanted: list[str], who: str, words: EditWords) -> str:
    """The concern with the group of people the situation is about in front ("新入职教师粉笔字、板书"), when the
    situation names a group that what is to be done does not name and that is not the section's own members (教职工 go
    without saying)."""
    said = "".join(wanted)
    # (not a part of the section's own members' name: 教职工 inside 女教职工)
    whom = next((p for p in words.people if p in formal and p not in (who, "全体" + who) and p not in who), "")
    if not concern or not whom or whom in concern or any(p in said for p in words.people if who not in p):
        return concern
    return whom + concern


def _for_people(clauses: list[str], content: str, words: EditWords) -> list[str]:
    """"给其/给他们统一签约…": the pronoun stands for the people the request is about, as plans name them (为退休教职工…)."""
    named = next((p for p in sorted(words.people, key=len, reverse=True) if p in content), "")
    if not named:
        return clauses
    return [re.sub(r"(?:给|为|帮|替)(?:其|他们|她们|大家)(?=[\u4e00-\u9fff])", f"为{named}", c) for c in clauses]


def compose_measure(content: str, key: str, words: EditWords, calendar: Calendar) -> str:
    """The request's content as one measure of section `key` (empty when nothing is left to write about)."""
    phrasing = words.phrasing_for(key)
    formal = formalise(content, words)
    # Sentences as well as clauses: "……跑医院不方便。工会跟社区对接……" tells the situation in a sentence of its own.
    clauses = [c for c in re.split(r"[，,；;。！!？?]", formal) if c]
    clauses = [c for c in clauses if not any(p.search(c) for p in words.drop_clauses)]
    told_first = clauses
    clauses, concern = requested(clauses, words)
    if concern:  # "……去接种疫苗，工会牵头组织": the union's bare verb takes the situation's action as its object
        clauses, filled = with_object(clauses, told_first[: len(told_first) - len(clauses)], words.people)
        concern = "" if filled else concern
    clauses = for_people(clauses, calendar)  # "……的老教师，教师节颁发证书": 为 the people
    # after what the union is to do, a clause on how the people will fare ("教职工就不用请假跑银行了") is the
    # user's reason, not part of the measure (knowledge/edits.yaml `effects`)
    clauses = clauses[:1] + [c for c in clauses[1:] if not any(p.search(c) for p in words.effects)]
    if concern:
        clauses = _for_people(clauses, formal, words)
        concern = _concern_left(concern, clauses, words)
        concern = _whose(concern, formal, clauses, phrasing.who, words)
    told = [c for c in clauses if not any(p.search(c) for p in words.background)]
    if told and len(told) < len(clauses):
        clauses = told  # the story of why goes; what to do stays
    topic = ""
    if clauses and (m := re.fullmatch(r"(?:关于|有关)(.{1,8}?)(?:方面|工作)?的?", clauses[0])):
        topic, clauses = m.group(1), clauses[1:]
    festival, times, rest = leading_time("，".join(clauses), words, calendar)
    if festival and re.fullmatch(r"\d{1,2}月", times):
        festival, times = times + festival, ""  # "5月母亲节": one time phrase, not "以母亲节为契机，5月，"
    parts_of_rest = re.split(r"，", rest)
    # The clause that says what is done: the first that is not a condition ("教职工家中有……时").
    main_at = next((i for i, c in enumerate(parts_of_rest) if not c.endswith(("时", "后", "前"))), 0)
    main = "，".join(filter(None, (_frame(c, phrasing.who, words, phrasing.statement) if i == main_at else c
                                   for i, c in enumerate(parts_of_rest))))
    if not main and not (festival or topic):
        return ""
    if not main:
        main = _frame(topic or festival, phrasing.who, words)
    framed = festival if festival.endswith(("前夕", "后", "前后")) else phrasing.festival.format(festival=festival)
    lead = "，".join(filter(None, (framed if festival else "", times)))
    parts = [lead, f"针对{concern}等方面存在的问题" if concern else "", main]
    if phrasing.purpose and not any(cue in main for cue in words.purpose_cues):
        parts.append(phrasing.purpose)
    sentence = "，".join(p for p in parts if p) + "。"
    if phrasing.heading:
        heading = phrasing.heading.format(topic=topic) if topic else phrasing.default_heading
        sentence = f"{heading}。{sentence}"
    return tidy(sentence)


def row_activity(text: str, words: EditWords) -> str:
    """The 工作内容 cell of a table row the user dictates: their words in the plan's register, opening with a verb."""
    text = formalise(text, words)
    if text and not any(text.startswith(v) for v in words.lead_verbs):
        text = "开展" + text
    return text


def restate(measure: str, message: str, words: EditWords) -> str:
    """A measure that repeats a long run of the user's (already formal) words, restated until no run of MAX_COPY
    characters is left, as far as it can be: a verb inside the run gets the adverb plans use with it (参加 → 积极参加),
    or a clause break inside it gets 并. Words typed formally may otherwise stay."""
    source = re.sub(r"\s+", "", message)
    for _ in range(4):
        start, end = copied_run(measure, source)
        if end - start < MAX_COPY:
            break
        run = measure[start:end]
        inside = [(run.find(v, 1), v) for v in words.intensify if run.find(v, 1) > 0]
        inside = [(at, v) for at, v in inside if words.intensify[v][:2] not in measure]
        if inside:
            at, verb = min(inside)
            measure = measure[: start + at] + words.intensify[verb] + measure[start + at + len(verb) :]
            continue
        comma = run.find("，", 1)
        if 0 < comma < len(run) - 1 and run[comma + 1] != "并":
            measure = measure[: start + comma + 1] + "并" + measure[start + comma + 1 :]
            continue
        break
    return measure


def tidy(text: str) -> str:
    """Punctuation of a finished measure: no doubled marks, one full stop at the end."""
    text = re.sub(r"[，,]{2,}", "，", text)
    text = re.sub(r"的的", "的", text)
    text = re.sub(r"[，,；;、]+。", "。", text)
    text = re.sub(r"。{2,}", "。", text).strip()
    return text if text.endswith("。") else text.rstrip("，,；;") + "。"


@dataclass(frozen=True)
class Problem:
    """Why a measure may not go into the plan, in words for the user."""

    text: str


def copied_run(text: str, source: str) -> tuple[int, int]:
    """(start, end) in `text` of the longest run of characters it shares with `source` (whitespace in neither)."""
    best, at, previous = 0, 0, [0] * (len(source) + 1)
    for i, ch in enumerate(text):
        row = [0] * (len(source) + 1)
        for j, other in enumerate(source, start=1):
            if ch == other:
                row[j] = previous[j - 1] + 1
                if row[j] > best:
                    best, at = row[j], i + 1
        previous = row
    return at - best, at


def longest_copy(text: str, source: str) -> int:
    """Length of the longest run of characters `text` shares with `source` (whitespace ignored)."""
    start, end = copied_run(re.sub(r"\s+", "", text), re.sub(r"\s+", "", source))
    return end - start


def _spoken_in(marker: str, text: str) -> bool:
    """True when a colloquial marker stands in the text as words of its own, not straddling a word boundary
    (加上 in 参加上级工会 is the end of 参加 and the start of 上级)."""
    if marker not in text:
        return False
    spans, at = [], 0
    for token in pos_tokenizer().cut(text):
        spans.append((at, at + len(token.word)))
        at += len(token.word)
    for m in re.finditer(re.escape(marker), text):
        end = m.start() + len(marker)
        if not any(a < m.start() < b < end for a, b in spans):
            return True
    return False


def problems(measure: str, words: EditWords, message: str = "", facts: tuple[str, ...] = ()) -> list[Problem]:
    """What is wrong with a measure before it may be added (empty when it is fit to go in)."""
    found = []
    if not measure.endswith("。"):
        found.append(Problem("没有以句号结尾"))
    if not MIN_CHARS <= len(measure) <= MAX_CHARS:
        found.append(Problem(f"长度{len(measure)}字，应在{MIN_CHARS}—{MAX_CHARS}字之间"))
    spoken = [w for w in words.colloquial if _spoken_in(w, measure)]
    if spoken:
        found.append(Problem("含有口语：" + "、".join(spoken)))
    if message and longest_copy(measure, message) >= MAX_COPY:
        found.append(Problem("照抄了原话"))
    lost = [f for f in facts if f not in measure]
    if lost:
        found.append(Problem("遗漏了事实：" + "、".join(lost)))
    return found


def numbers_in(text: str) -> tuple[str, ...]:
    """Numbers a request states (dates, counts), which the measure must keep."""
    return tuple(dict.fromkeys(_NUMBERS.findall(text)))
