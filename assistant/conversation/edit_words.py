"""The words of chat edits and the phrasing of added measures, loaded from knowledge/edits.yaml."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.domain.data import read_yaml_mapping
from assistant.errors import LoadError

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "edits.yaml"


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal words, longest first so 删掉 wins over 删.

    >>> alternation(["删", "删掉"])
    '(?:删掉|删)'
    """
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class SectionPhrasing:
    """How an added measure reads in one section: who takes part, what it is for, how a festival opens it."""

    who: str
    purpose: str
    festival: str = "{festival}期间"
    heading: str = ""  # a heading sentence template ("强化{topic}保障") for sections whose items open with one
    default_heading: str = ""
    lead: str = ""  # who is responsible (table rows)
    statement: bool = False  # items state results (工作目标), not activities to organise


@dataclass(frozen=True)
class EditWords:
    """Everything knowledge/edits.yaml holds, ready for matching."""

    typos: dict[str, str]
    verbs: dict[str, tuple[str, ...]]
    accept_words: tuple[str, ...]
    accept_fillers: tuple[str, ...]
    places: dict[str, tuple[str, ...]]
    items: dict[str, tuple[str, ...]]
    moves: dict[str, tuple[str, ...]]
    upload_words: tuple[str, ...]
    question_words: tuple[str, ...]
    phrasing: tuple[tuple[re.Pattern, str], ...]
    reduplicated: dict[str, str]
    drop_clauses: tuple[re.Pattern, ...]
    background: tuple[re.Pattern, ...]  # clauses that tell why (the story), dropped when a clause says what to do
    effects: tuple[re.Pattern, ...]  # clauses after the action on how the people will fare (the user's reason)
    generic_objects: tuple[str, ...]  # objects that do not say what an action is about (培训, 制度, 渠道)
    partners: tuple[str, ...]  # endings of the offices and bodies the union works with (教务处, 服务中心)
    work_places: tuple[str, ...]  # rooms where staff work (实训室): no partner, though they end in 室
    partner_verbs: tuple[str, ...]  # verbs of taking a matter up with them (联系, 协调, 对接)
    ba_verbs: tuple[str, ...]
    times: tuple[tuple[re.Pattern, str], ...]
    lead_verbs: tuple[str, ...]
    people: tuple[str, ...]
    purpose_cues: tuple[str, ...]
    measures: dict[str, SectionPhrasing]
    colloquial: tuple[str, ...]
    noun_frames: tuple[tuple[tuple[str, ...], str], ...] = ()  # (endings, frame with {who} and {text})
    default_frame: str = "组织{who}开展{text}活动"
    placement_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    notice_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 女职工 → women: a notice for a group
    served_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 退休教职工 → retirees: all done for them
    notice_asks: tuple[dict, ...] = ()  # a kind of fact a user asks a notice summary to hold (条件, 材料…)
    duty: tuple[re.Pattern, ...] = ()  # a clause saying what should be done (工会得出面…, 以后学校要…)
    demand: tuple[re.Pattern, ...] = ()  # a clause asking, with no actor, that it be done (补贴得给落实)
    proposal: tuple[re.Pattern, ...] = ()  # a clause proposing something be set up (弄个微信群, 想组织一次…)
    topic_skip: tuple[str, ...] = ()  # words of a situation that do not say what it is about
    intensify: dict[str, str] = field(default_factory=dict)
    polite: tuple[str, ...] = ()
    modal: tuple[str, ...] = ()
    steps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unsupported: tuple[str, ...] = ()  # formatting requests the plan's text cannot carry (标红, 加粗…)
    typo_guard: tuple[str, ...] = ()  # a slip followed by one of these is a real word (这快乐)
    typo_patterns: tuple[tuple[re.Pattern, str], ...] = ()  # slips told by their neighbours (弟三条 → 第三条)
    real_words: tuple[str, ...] = ()  # words jieba's dictionary lacks that are no pinyin slips (新进)
    paper_words: tuple[str, ...] = ()  # the union's paperwork (签到表): a same-sounding slip is corrected to them
    verb_guards: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 去了 after 上 is a direction (传上去了)
    nicknames: dict[str, tuple[str, ...]] = field(default_factory=dict)  # section key → what people call it (钱那节)
    figures: dict[str, Any] = field(default_factory=dict)  # correcting a headcount: cues, groups, the plan's forms
    sort: dict[str, tuple[str, ...]] = field(default_factory=dict)  # asking items in order of time (按月份排)
    measure_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a message told as a measure (times, actors…)

    def verb(self, kind: str) -> str:
        """The alternation of one kind of edit verb (delete, add, move, swap, replace, undo, not_applicable)."""
        return alternation(self.verbs[kind])

    def fix_typos(self, text: str) -> str:
        guard = f"(?![{re.escape(''.join(self.typo_guard))}])" if self.typo_guard else ""
        for wrong, right in sorted(self.typos.items(), key=lambda kv: -len(kv[0])):
            text = re.sub(re.escape(wrong) + guard, lambda _, r=right: r, text)
        for pattern, right in self.typo_patterns:
            text = pattern.sub(right, text)
        return text

    def phrasing_for(self, key: str) -> SectionPhrasing:
        return self.measures.get(key) or SectionPhrasing(who="教职工", purpose="")


def _strings(value: Any) -> tuple[str, ...]:
    """A list of words; an entry {combine: [[…], […], …]} stands for every word made of one part from each list in
    turn (a negator, an adverb, a verb, a particle: a grammar written once instead of its words one by one)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    out: list[str] = []
    for entry in value:
        if isinstance(entry, dict) and "combine" in entry:
            made = [""]
            for part in entry["combine"]:
                made = [m + ("" if p is None else str(p)) for m in made for p in part]
            out += [m for m in made if m]
        else:
            out.append(str(entry))
    return tuple(dict.fromkeys(out))


def _rules(raw: Any, what: str) -> tuple[tuple[re.Pattern, str], ...]:
    out = []
    for entry in raw or []:
        try:
            pattern, replacement = entry
            out.append((re.compile(str(pattern)), str(replacement or "")))
        except (TypeError, ValueError, re.error) as exc:
            raise LoadError(f"edits.yaml 中的{what}规则有误：{entry!r}（{exc}）") from exc
    return tuple(out)


def parse_edit_words(data: dict) -> EditWords:
    """Build EditWords from the parsed YAML mapping; LoadError when a part is missing or malformed."""
    try:
        accept = data["accept"]
        measures = {
            str(key): SectionPhrasing(
                who=str(spec.get("who", "教职工")), purpose=str(spec.get("purpose", "") or ""),
                festival=str(spec.get("festival", "{festival}期间")), heading=str(spec.get("heading", "") or ""),
                default_heading=str(spec.get("default_heading", "") or ""), lead=str(spec.get("lead", "") or ""),
                statement=bool(spec.get("statement", False)),
            )
            for key, spec in (data.get("measures") or {}).items()
        }
        return EditWords(
            typos={str(k): str(v) for k, v in (data.get("typos") or {}).items()},
            verbs={str(k): _strings(v) for k, v in data["verbs"].items()},
            accept_words=_strings(accept["words"]),
            accept_fillers=_strings(accept.get("fillers")),
            places={str(k): _strings(v) for k, v in data["places"].items()},
            items={str(k): _strings(v) for k, v in data["items"].items()},
            moves={str(k): _strings(v) for k, v in data["moves"].items()},
            upload_words=_strings(data.get("upload_words")),
            question_words=_strings(data.get("question_words")),
            phrasing=_rules(data.get("phrasing"), "措辞"),
            reduplicated={str(k): str(v) for k, v in (data.get("reduplicated") or {}).items()},
            drop_clauses=tuple(re.compile(p) for p in _strings(data.get("drop_clauses"))),
            background=tuple(re.compile(p) for p in _strings(data.get("background"))),
            effects=tuple(re.compile(p) for p in _strings(data.get("effects"))),
            generic_objects=_strings(data.get("generic_objects")),
            partners=_strings(data.get("partners")),
            work_places=_strings(data.get("work_places")),
            partner_verbs=_strings(data.get("partner_verbs")),
            duty=tuple(re.compile(p) for p in _strings(data.get("duty"))),
            demand=tuple(re.compile(p) for p in _strings(data.get("demand"))),
            proposal=tuple(re.compile(p) for p in _strings(data.get("proposal"))),
            topic_skip=_strings(data.get("topic_skip")),
            ba_verbs=_strings(data.get("ba_verbs")),
            times=_rules(data.get("times"), "时间"),
            lead_verbs=_strings(data.get("lead_verbs")),
            people=tuple(sorted(_strings(data.get("people")), key=len, reverse=True)),
            purpose_cues=_strings(data.get("purpose_cues")),
            measures=measures,
            colloquial=_strings(data.get("colloquial")),
            noun_frames=tuple(
                (tuple(sorted(_strings(f["ends"]), key=len, reverse=True)), str(f["frame"]))
                for f in data.get("noun_frames") or []
            ),
            default_frame=str(data.get("default_frame") or "组织{who}开展{text}活动"),
            placement_cues={str(k): _strings(v) for k, v in (data.get("placement_cues") or {}).items()},
            notice_groups={str(k): _strings(v) for k, v in (data.get("notice_groups") or {}).items()},
            served_groups={str(k): _strings(v) for k, v in (data.get("served_groups") or {}).items()},
            notice_asks=tuple({str(k): (v if k == "list" else str(v) if k == "label" else _strings(v))
                               for k, v in ask.items()}
                              for ask in data.get("notice_asks") or ()),
            intensify={str(k): str(v) for k, v in (data.get("intensify") or {}).items()},
            polite=_strings(data.get("polite")),
            modal=_strings(data.get("modal")),
            steps={str(k): _strings(v) for k, v in (data.get("steps") or {}).items()},
            unsupported=_strings(data.get("unsupported")),
            typo_guard=_strings(data.get("typo_guard")),
            typo_patterns=_rules(data.get("typo_patterns"), "错字") + _rules(data.get("spoken_ordinals"), "序数"),
            real_words=_strings(data.get("real_words")),
            paper_words=_strings(data.get("paper_words")),
            verb_guards={str(k): _strings(v) for k, v in (data.get("verb_guards") or {}).items()},
            nicknames={str(k): _strings(v) for k, v in (data.get("nicknames") or {}).items()},
            figures={str(k): ({str(g): _strings(w) for g, w in v.items()} if isinstance(v, dict) else _strings(v))
                     for k, v in (data.get("figures") or {}).items()},
            sort={str(k): _strings(v) for k, v in (data.get("sort") or {}).items()},
            measure_cues={str(k): _strings(v) for k, v in (data.get("measure_cues") or {}).items()},
        )
    except (KeyError, TypeError, AttributeError, re.error) as exc:
        raise LoadError(f"修改用语文件 edits.yaml 格式有误：{exc}") from exc


def load_edit_words(path: Path | str | None = None) -> EditWords:
    """The edit words of knowledge/edits.yaml (or another file); read once per path."""
    return _load(str(Path(path) if path else DEFAULT_PATH))


@functools.lru_cache(maxsize=4)
def _load(path: str) -> EditWords:
    data = read_yaml_mapping(path, "修改用语文件")
    return parse_edit_words(data)
