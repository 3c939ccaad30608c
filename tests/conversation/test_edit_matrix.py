"""Chat edits said every way the phrasing matrix (tests/conversation/data/edit_matrix.yaml) lists: each verb, item
reference, section reference and frame is used several times, crossed by a covering design rather than every
combination. Each message runs through a conversation on our sample plan and is judged by what the user would see:
the section and items changed, and nothing else; an unclear or impossible request changes nothing and says why."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from tests.conversation.edit_helpers import items, open_plan, others_unchanged, send, services_with_upload

MATRIX = yaml.safe_load((Path(__file__).parent / "data" / "edit_matrix.yaml").read_text(encoding="utf-8"))
SIZES: dict[str, int] = MATRIX["sizes"]
KEYS = list(MATRIX["sections"])
ASKS_OR_REFUSES = ("哪", "没有", "不存在", "无法", "无需", "只有", "请", "看懂", "超出")


@dataclass
class Case:
    kind: str
    messages: list[str]
    current: str | None
    key: str | None = None
    order: list[int] = field(default_factory=list)  # positions of the start section, in the expected order
    extra: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.current}:{'|'.join(self.messages)}"


def _other(key: str) -> str:
    """An open section that is not `key`, so that a named section has to win over the one on screen."""
    return "culture" if key != "culture" else "women"


def _positions(pick: list[int], size: int) -> list[int]:
    return sorted(p if p > 0 else size + 1 + p for p in pick)


def _fits(pick: list[int], size: int) -> bool:
    return max(abs(p) for p in pick) <= size


def _frame(i: int, message: str) -> str:
    frames = MATRIX["frames"]
    return frames[(i * 5) % len(frames)].format(m=message)


def delete_cases() -> list[Case]:
    """Each section name, item reference, verb and frame several times (strides coprime to the list lengths)."""
    cases = []
    refs, verbs = MATRIX["item_refs"], MATRIX["delete_verbs"]
    turns: dict[tuple, int] = {}
    for i in range(200):
        key = KEYS[(i + i // len(KEYS)) % len(KEYS)]
        size = SIZES[key]
        names = MATRIX["sections"][key]
        if i % 4 == 3:  # by what the item says
            about = MATRIX["about"].get(key)
            if not about:
                continue
            pick = about[(i // 4) % len(about)]
            forms = MATRIX["about_forms"]
            ref, order_pick = forms[(i // 3) % len(forms)].format(w=pick["word"]), [pick["n"]]
        else:
            # The next reference that fits the section, so each is used in turn; a long section takes the
            # references only it can hold (三到五条) every other time, so those are used as often as the rest.
            pool = [r for r in refs if _fits(r["pick"], size) and (i % 2 or not _fits(r["pick"], 3))]
            pool = pool or [r for r in refs if _fits(r["pick"], size)]
            turn = turns.setdefault(tuple(r["text"] for r in pool), 0)
            turns[tuple(r["text"] for r in pool)] = turn + 1  # round robin within the pool
            chosen = pool[turn % len(pool)]
            ref, order_pick = chosen["text"], _positions(chosen["pick"], size)
        if i % 3 == 0:  # the section on screen, said or not
            current = key
            scope = "" if i % 2 == 0 else MATRIX["here"][(i // 6) % len(MATRIX["here"])]
        else:
            current = _other(key)
            scope = names[(i // 3) % len(names)]
        verb = verbs[(i * 5) % len(verbs)]
        # "女工那块，第2条删掉" reads naturally; "删除女工那块，第2条" does not, so a verb first takes 的 or nothing.
        joint = ("", "的", "，" if verb.startswith("{x}") else "的")[i % 3] if scope else ""
        message = verb.format(x=f"{scope}{joint}{ref}")
        keep = [n for n in range(1, size + 1) if n not in order_pick]
        cases.append(Case("delete", [_frame(i, message)], current, key, keep))
    return cases


def add_cases() -> list[Case]:
    cases = []
    contents, forms = MATRIX["add_contents"], MATRIX["add_forms"]
    for i in range(40):
        content = contents[i % len(contents)]
        form = forms[(i * 3) % len(forms)]
        key = content["key"]
        names = [n for n in MATRIX["sections"][key] if "（" not in n]
        message = form.format(c=content["text"], s=names[i % len(names)])
        cases.append(Case("add", [message], _other(key), key, extra={"word": content["word"]}))
    return cases


def move_cases() -> list[Case]:
    cases = []
    for i, form in enumerate(MATRIX["move_forms"] * 2):
        key = form["key"]
        if i < len(MATRIX["move_forms"]):
            cases.append(Case("move", [form["text"]], key, key, form["order"]))
        else:
            names = MATRIX["sections"][key]
            scope = names[i % len(names)]
            cases.append(Case("move", [f"{scope}{'，' if i % 2 else '的'}{form['text']}"], _other(key), key,
                              form["order"]))
    return cases


def _moved(src: int, dest: dict, size: int) -> list[int]:
    """The order of a section after its item `src` is moved to `dest` (the user's positions before the move)."""
    rest = [n for n in range(1, size + 1) if n != src]
    at = {"first": 0, "last": len(rest), "at": dest.get("n", 1) - 1}.get(dest["kind"])
    if at is None:  # before or after another item
        at = rest.index(dest["n"]) + (dest["kind"] == "after")
    return rest[:at] + [src] + rest[at:]


def crossed_move_cases() -> list[Case]:
    cases = []
    verbs, refs, dests = MATRIX["move_verbs"], MATRIX["move_items"], MATRIX["move_dests"]
    for i in range(54):
        key = ("women", "culture", "welfare", "ethics")[i % 4]
        size = SIZES[key]
        ref, dest = refs[(i * 5) % len(refs)], dests[(i * 7) % len(dests)]
        src = ref["pick"] if ref["pick"] > 0 else size + 1 + ref["pick"]
        if dest.get("n") == src or (order := _moved(src, dest, size)) == list(range(1, size + 1)):
            continue  # already there: a refusal, covered elsewhere
        verb = verbs[i % len(verbs)]
        if verb.startswith("{x}放") and dest["kind"] in ("before", "after", "at"):
            verb = "{x}放到{d}"
        names = MATRIX["sections"][key]
        scope, current = ("", key) if i % 3 else (names[(i // 3) % len(names)] + "的", _other(key))
        message = verb.format(x=scope + ref["text"], d=dest["text"])
        cases.append(Case("move", [_frame(i, message)], current, key, order))
    for i, form in enumerate(MATRIX["move_directions"] * 2):
        key = ("women", "culture")[i % 2]
        src = 3
        order = _moved(src, {"kind": "first" if "前" in form or "上" in form else "last"}, SIZES[key])
        cases.append(Case("move", [form.format(x="第3条")], key, key, order))
    for form in MATRIX["move_across"]:
        cases.append(Case("across", [form["text"]], form["key"], form["key"], extra=form))
    return cases


def replace_cases() -> list[Case]:
    cases = []
    for i in range(21):
        form = MATRIX["replace_forms"][i % len(MATRIX["replace_forms"])]
        key = form["key"]
        names = MATRIX["sections"][key] if key else [""]
        text = form["text"].format(s=names[i % len(names)])
        cases.append(Case("replace", [text], _other(key) if key else "culture", key,
                          extra={"old": form["old"], "new": form["new"]}))
    return cases


def undo_cases() -> list[Case]:
    cases = [Case("undo", ["第2条删掉", word], "culture") for word in MATRIX["undo_words"]]
    cases += [Case("undo", ["第2条删掉", "第1条挪到最后", word], "women") for word in MATRIX["undo_two"]]
    # One step back keeps the edit before it.
    cases.append(Case("undo_one", ["第2条删掉", "第1条挪到最后", "撤回上一步"], "women", "women", [1, 3, 4, 5]))
    cases.append(Case("undo_one", ["最后一条不要了", "加一条组织女教职工开展插花沙龙", "撤销"], "women", "women",
                      [1, 2, 3, 4]))
    # An earlier edit taken back, the later one kept: in another section it stays as made; in the same section
    # the deleted item comes back where it was.
    for form in MATRIX["undo_earlier"]:
        same = "女工" not in form["then"]
        order = [3, 4, 5, 1, 2] if same else [1, 2, 3, 4, 5]
        cases.append(Case("undo_earlier", [form["first"], form["then"], form["undo"]], "culture", "culture", order,
                          extra={"same": same}))
    return cases


def status_cases() -> list[Case]:
    cases = []
    for i, key in enumerate(("retirees", "finance", "self", "culture")):
        names = [n for n in MATRIX["sections"][key] if "（" not in n]
        for j, form in enumerate(MATRIX["na_forms"]):
            if (i + j) % 2 == 0:
                cases.append(Case("not_applicable", [form.format(s=names[(i + j) % len(names)])], "women", key))
        form = MATRIX["skip_forms"][i % len(MATRIX["skip_forms"])]
        cases.append(Case("skip_written", [form.format(s=names[i % len(names)])], "women", key))
        # 不适用 and then restored by 撤销, or by saying it is wanted after all (a later edit elsewhere stays).
        cases.append(Case("restore", [f"{names[0]}不适用", "撤销"], "women", key))
        form = MATRIX["restore_forms"][i % len(MATRIX["restore_forms"])]
        cases.append(Case("restore_later", [f"{names[0]}不适用", "第1条删掉", form.format(s=names[-1])], "women", key))
    for i, form in enumerate(MATRIX["restore_deleted"]):
        key = ("culture", "women", "welfare")[i]
        cases.append(Case("undo_one", ["第2条删掉", "最后一条挪到最前面", form], key, key,
                          [SIZES[key]] + list(range(1, SIZES[key]))))
    return cases


def two_op_cases() -> list[Case]:
    return [Case("two", [c["text"]], c["key"], c["key"], c["order"]) for c in MATRIX["two_ops"]]


def more_cases() -> list[Case]:
    cases = [Case("two_sections", [c["text"]], "culture", c["first"], c["first_order"], extra=c)
             for c in MATRIX["two_sections"]]
    cases += [Case("replace", [c["text"]], c["key"], c["key"], extra=c) for c in MATRIX["replace_slang"]]
    cases += [Case("unclear" if c.get("refuse") else "delete", c["messages"], c["current"], c["key"], c["order"])
              for c in MATRIX["lookalikes"]]
    return cases


def unclear_cases() -> list[Case]:
    return [Case("unclear", [c["text"]], c["current"]) for c in MATRIX["unclear"]]


CASES = (delete_cases() + add_cases() + move_cases() + crossed_move_cases() + replace_cases() + undo_cases() + status_cases()
         + two_op_cases() + more_cases() + unclear_cases())


def test_the_matrix_covers_every_value_several_times():
    messages = " ".join(m for c in CASES for m in c.messages)
    for verb in MATRIX["delete_verbs"]:
        assert messages.count(verb.replace("{x}", "").replace("把", "")) >= 3, verb
    for ref in MATRIX["item_refs"]:
        assert messages.count(ref["text"]) >= 2, ref["text"]
    for frame in MATRIX["frames"][1:]:
        parts = [p for p in frame.split("{m}") if p]
        assert sum(all(p in m for p in parts) for c in CASES for m in c.messages) >= 3, frame
    assert len(CASES) >= 250


def _schedule_gained_at_most_one(before, after) -> bool:
    old, new = [s.to_dict() for s in before.schedule], [s.to_dict() for s in after.schedule]
    return len(new) - len(old) in (0, 1) and all(row in new for row in old)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_a_matrix_message_changes_what_it_says_and_nothing_else(offline, start, case: Case):
    conversation = open_plan(offline, case.current)
    replies = [send(conversation, m).text for m in case.messages]
    plan, said = conversation.plan, "\n".join(replies)
    if case.kind in ("delete", "move", "two", "undo_one"):
        assert items(plan, case.key) == [items(start, case.key)[n - 1] for n in case.order], said
        assert others_unchanged(start, plan, case.key), said
    elif case.kind == "add":
        before, after = items(start, case.key), items(plan, case.key)
        new = [t for t in after if t not in before]
        assert [t for t in after if t in before] == before and len(after) == len(before) + 1, said
        assert case.extra["word"] in new[0] and new[0].endswith("。"), said
        assert others_unchanged(start, plan, case.key, "schedule") and _schedule_gained_at_most_one(start, plan), said
    elif case.kind == "replace":
        old, new = case.extra["old"], case.extra["new"]
        if case.key:
            assert items(plan, case.key) == [t.replace(old, new) for t in items(start, case.key)], said
            assert others_unchanged(start, plan, case.key), said
        else:
            fresh = open_plan(offline, None)
            assert conversation.markdown() == fresh.markdown().replace(old, new), said
    elif case.kind == "two_sections":
        second, order = case.extra["second"], case.extra["second_order"]
        assert items(plan, case.key) == [items(start, case.key)[n - 1] for n in case.order], said
        assert items(plan, second) == [items(start, second)[n - 1] for n in order], said
        assert others_unchanged(start, plan, case.key, second), said
    elif case.kind == "undo_earlier":
        assert items(plan, "culture") == [items(start, "culture")[n - 1] for n in case.order], said
        women = items(start, "women")
        assert items(plan, "women") == (women if case.extra["same"] else women[1:] + women[:1]), said
        assert others_unchanged(start, plan, "culture", "women"), said
    elif case.kind == "across":
        moved = items(start, case.key)[case.extra["n"] - 1]
        assert items(plan, case.key) == [t for t in items(start, case.key) if t != moved], said
        assert items(plan, case.extra["to"]) == items(start, case.extra["to"]) + [moved], said
        assert others_unchanged(start, plan, case.key, case.extra["to"]), said
    elif case.kind == "restore_later":  # the section is back, the deletion in the open section stays
        assert items(plan, case.key) == items(start, case.key), said
        assert items(plan, "women") == items(start, "women")[1:], said
        assert others_unchanged(start, plan, case.key, "women"), said
    elif case.kind == "not_applicable":
        assert items(plan, case.key) == ["本部分不适用。"], said
        assert others_unchanged(start, plan, case.key), said
    else:  # undo, restore, a written section skipped, unclear: the plan is as it started
        assert plan.to_dict() == start.to_dict(), said
        if case.kind in ("unclear", "skip_written"):
            assert any(w in replies[-1] for w in ASKS_OR_REFUSES), said


@pytest.fixture(scope="module")
def with_health_notice(tmp_path_factory):
    text = (Path(__file__).parent / "data" / "notice_health.txt").read_text(encoding="utf-8")
    return services_with_upload(tmp_path_factory.mktemp("matrix-notice"), text, "体检通知.txt", "school-9")


@pytest.mark.parametrize("message", MATRIX["notice_forms"])
def test_a_notice_pointed_at_any_way_becomes_one_measure_in_its_section(with_health_notice, start, message):
    conversation = open_plan(with_health_notice, "culture", owner="school-9")
    said = send(conversation, message).text
    plan = conversation.plan
    before, after = items(start, "welfare"), items(plan, "welfare")
    assert [t for t in after if t in before] == before and len(after) == len(before) + 1, said
    added = [t for t in after if t not in before][0]
    assert all(fact in added for fact in MATRIX["notice_facts"]), added
    assert not any(word in conversation.markdown() for word in MATRIX["notice_banned"]), added
    assert others_unchanged(start, plan, "welfare", "schedule") and _schedule_gained_at_most_one(start, plan), said
