"""The colloquial → formal lexicon (knowledge/formal_lexicon.yaml), compiled once per process."""

from __future__ import annotations

import contextlib
import functools
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assistant.domain.data import read_yaml
from assistant.errors import LoadError

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "formal_lexicon.yaml"
# Regional words → standard words, applied before the formal groups (knowledge/rewrite_dialect.yaml).
DIALECT_PATH = DEFAULT_PATH.with_name("rewrite_dialect.yaml")
DIALECT_REASON = "方言词语改为规范用语"

# Placeholders standing for protected spans (see assistant.rewrite.masking): numbers in one private-use range,
# everything else (names, titles, quotes, fixed terms) in the next, so a pattern can tell them apart.
NUMBER_FIRST, NUMBER_LAST = 0xE000, 0xE7FF
OTHER_FIRST, OTHER_LAST = 0xE800, 0xF7FF
CLASS_CONTENTS = {
    "H": "\u4e00-\u9fff",
    "N": f"{chr(NUMBER_FIRST)}-{chr(NUMBER_LAST)}",
    "P": f"{chr(NUMBER_FIRST)}-{chr(OTHER_LAST)}",
}
CLAUSE_END = r"(?=\s*(?:[，。；：！？、,.;:!?\n]|$))"
_MACRO = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True)
class Entry:
    """One replacement: a compiled pattern, its replacement template and the key as written in the file."""

    pattern: re.Pattern
    replacement: str
    key: str


@dataclass(frozen=True)
class Group:
    """Replacements applied together, leftmost-longest, with the reason the user is told."""

    name: str
    reason: str
    entries: tuple[Entry, ...]
    finder: re.Pattern  # any entry, to find the next position where one may match
    whole_words: bool = False  # a match may not cut a word in two (其实 in 其实际, 的话 in 话语权)


@dataclass(frozen=True)
class VerbRule:
    """A colloquial verb whose formal verb depends on its object (搞比赛 → 举办比赛, 搞活动 → 开展活动)."""

    verb: re.Pattern
    objects: tuple[tuple[str, re.Pattern], ...]
    context: tuple[tuple[str, re.Pattern], ...]
    default: str | None
    template: str
    reason: str
    window: int = 14
    # When the verb ends its clause (no object) and neither object nor sentence decides: the paragraph's topic
    # (也可以来看看 in a paragraph about a match → 观看).
    paragraph: tuple[tuple[str, re.Pattern], ...] = ()


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per file, cached
class Lexicon:
    sets: dict[str, tuple[str, ...]]
    surnames: str
    particles: str
    particle_words: tuple[str, ...]
    single_verbs: dict[str, dict[str, str]]
    doubled_objects: dict[str, str]
    doubling_verbs: tuple[str, ...]  # verbs doubled before their object (打打球 → 打球)
    units: dict[str, tuple[str, tuple[str, ...]]]  # class → (formal, spoken forms)
    approx_before: tuple[str, ...]
    approx_after: tuple[str, ...]
    approx_inside: dict[str, str]
    approx_vague: dict[str, str]
    groups: tuple[Group, ...]
    verbs: tuple[VerbRule, ...]
    concise_drop: tuple[re.Pattern, ...]
    concise: Group
    leads: dict[str, str]
    participants: dict[str, str]
    section_words: dict[str, tuple[str, ...]]
    named_groups: tuple[str, ...] = ()  # specific: groups a paragraph may name as who takes part
    activity: dict = field(default_factory=dict)  # specific: an activity's details (when, and each detail's has/add)
    framing: Group | None = None  # concise: spoken framing dropped before the formal rules
    concise_optional: tuple[re.Pattern, ...] = ()  # concise: clauses dropped while too long
    a_names: str = ""  # given names' characters called after 阿 (阿芳 → 芳老师)

    def expand(self, pattern: str) -> str:
        """A pattern with its {MACROS} written out."""
        return expand(pattern, self.sets)

    def alternation(self, name: str) -> str:
        """The words of a set as a regular expression, longest first."""
        return _alternation(self.sets[name])


def _alternation(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def expand(pattern: str, sets: dict[str, tuple[str, ...]]) -> str:
    """Write out {H} {N} {P} (character classes), {E} (end of a clause) and {SET} (a word of a set).

    >>> expand("[{H}]{N}", {})[:2]
    '[\\u4e00'
    """
    out, i, depth = [], 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        m = _MACRO.match(pattern, i)
        if m:
            name = m.group(1)
            if name in CLASS_CONTENTS:
                out.append(CLASS_CONTENTS[name] if depth else f"[{CLASS_CONTENTS[name]}]")
            elif name == "E":
                out.append(CLAUSE_END)
            elif name in sets:
                out.append(_alternation(sets[name]))
            else:
                raise LoadError(f"formal_lexicon.yaml: unknown macro {{{name}}} in {pattern!r}")
            i = m.end()
            continue
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        out.append(ch)
        i += 1
    return "".join(out)


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key written twice in one mapping (the second would silently win)."""


def _no_duplicates(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise LoadError(f"formal_lexicon.yaml: “{key}” is written twice (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def check_unique_keys(path: str | Path | None = None) -> None:
    """Raise LoadError when the lexicon writes a key twice in one mapping (the second would silently win).

    Slow (pure-Python YAML): run by the tests and by anyone editing the lexicon, not at every start.
    """
    yaml.load(Path(path or DEFAULT_PATH).read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506


_SHARING = threading.Lock()


@contextlib.contextmanager
def _classes_optimised_once() -> Iterator[None]:
    """While the lexicon compiles, `re` optimises each distinct character class once instead of once per use.

    `re` builds a 64K map for every class holding a character past U+00FF ([{H}], [{P}]; about 0.2 ms each) and the
    lexicon writes thousands of such classes, mostly the same few. The optimisation (re._compiler._optimize_charset)
    is a pure function of the class when case is not ignored, so its result is shared: the compiled patterns are the
    very same (tests/rewrite compares their code). Without that private function (another Python) nothing is shared.
    """
    compiler = getattr(re, "_compiler", None)
    original = getattr(compiler, "_optimize_charset", None)
    if original is None:
        yield
        return
    done: dict[tuple, tuple[list, bool]] = {}

    def optimise(charset, iscased=None, fixup=None, fixes=None):
        if fixup is not None:  # case ignored: depends on more than the class
            return original(charset, iscased, fixup, fixes)
        key = tuple(charset)
        if key not in done:
            done[key] = original(charset, iscased, fixup, fixes)
        out, hascased = done[key]
        return list(out), hascased

    with _SHARING:
        compiler._optimize_charset = optimise
        try:
            yield
        finally:
            compiler._optimize_charset = original


def _compile(pattern: str, sets: dict[str, tuple[str, ...]]) -> re.Pattern:
    try:
        return re.compile(expand(pattern, sets))
    except re.error as exc:
        raise LoadError(f"formal_lexicon.yaml: bad pattern {pattern!r}: {exc}") from None


def _group(
    name: str, reason: str, entries: dict, sets: dict[str, tuple[str, ...]], whole_words: bool = False
) -> Group:
    compiled = tuple(Entry(_compile(str(k), sets), "" if v is None else str(v), str(k)) for k, v in entries.items())
    finder = re.compile("|".join(f"(?:{e.pattern.pattern})" for e in compiled) or "(?!)")
    return Group(name, reason, compiled, finder, whole_words)


def _choices(raw: dict | None, sets: dict[str, tuple[str, ...]]) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((str(formal), _compile(str(p), sets)) for formal, p in (raw or {}).items())


def _dialect_group(sets: dict[str, tuple[str, ...]]) -> Group:
    """The regional words of every region as one group named "dialect"."""
    try:
        data = read_yaml(DIALECT_PATH)
    except (OSError, yaml.YAMLError) as exc:
        raise LoadError(f"无法读取方言词表 {DIALECT_PATH.name}：{exc}") from None
    entries: dict = {}
    for region in data["regions"]:
        for key, value in region["entries"].items():
            if key in entries:
                raise LoadError(f"{DIALECT_PATH.name}: “{key}” is written twice")
            entries[key] = value
    return _group("dialect", DIALECT_REASON, entries, sets, whole_words=bool(data.get("whole_words")))


@functools.lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The lexicon (knowledge/formal_lexicon.yaml by default), read and compiled once per process."""
    with _classes_optimised_once():
        return _load(path)


def _load(path: str | None) -> Lexicon:
    source = Path(path or DEFAULT_PATH)
    try:
        data = read_yaml(source)  # duplicate keys are refused by a test (tests/rewrite), not at every start
    except (OSError, yaml.YAMLError) as exc:
        raise LoadError(f"无法读取公文用语词表 {source.name}：{exc}") from None
    sets = {name: tuple(str(w) for w in words) for name, words in data["sets"].items()}
    groups = (_dialect_group(sets),) + tuple(
        _group(g["name"], g["reason"], g["entries"], sets, bool(g.get("whole_words"))) for g in data["groups"]
    )
    verbs = tuple(
        VerbRule(
            verb=_compile(v["verb"], sets),
            objects=_choices(v.get("objects"), sets),
            context=_choices(v.get("context"), sets),
            default=v.get("default"),
            template=str(v.get("template") or "{V}"),
            reason=str(v["reason"]),
            paragraph=_choices(v.get("paragraph"), sets),
        )
        for v in data["verbs"]
    )
    concise = data["concise"]
    return Lexicon(
        sets=sets,
        surnames=str(data["surnames"]),
        a_names=str(data.get("a_names") or ""),
        particles="".join(data["particles"]),
        particle_words=tuple(data["particle_words"]),
        single_verbs={k: dict(v) for k, v in data["single_verbs"].items()},
        doubled_objects={str(k): str(v) for k, v in data["doubled_objects"].items()},
        doubling_verbs=tuple(str(v) for v in data["doubling_verbs"]),
        units={k: (str(v["formal"]), tuple(v["spoken"])) for k, v in data["units"].items()},
        approx_before=tuple(data["approx_before"]),
        approx_after=tuple(data["approx_after"]),
        approx_inside={str(k): str(v) for k, v in data["approx_inside"].items()},
        approx_vague={str(k): str(v) for k, v in data["approx_vague"].items()},
        groups=groups,
        verbs=verbs,
        concise_drop=tuple(_compile(f"(?:{p})", sets) for p in concise["drop_clauses"]),
        concise=_group("concise", "删除冗余表述", concise["phrases"], sets),
        leads=dict(data["specific"]["leads"]),
        participants=dict(data["specific"]["participants"]),
        section_words={k: tuple(v) for k, v in data["specific"]["section_words"].items()},
        named_groups=tuple(data["specific"].get("groups") or ()),
        activity=dict(data["specific"].get("activity") or {}),
        framing=_group("framing", "删除冗余表述", concise.get("framing") or {}, sets),
        concise_optional=tuple(_compile(f"(?:{p})", sets) for p in concise.get("optional_clauses") or ()),
    )
