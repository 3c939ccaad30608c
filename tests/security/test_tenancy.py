"""Finding 1 (critical): anyone could join any school by registering its name.

As found: the tenant key was the school name (`owner = account.school`) and registration never checked whether the
school already had an account, so a second account with the same name — or the name with extra spaces — listed,
opened, renamed, deleted and restored the first school's drafts and found its uploads in search.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from assistant.drafts.accounts import AWAITING_APPROVAL, AccountError, AccountStore
from assistant.drafts.migration import move_legacy_data
from assistant.drafts.store import NOT_FOUND, DraftStore
from assistant.errors import StoreError
from assistant.services import build_services
from assistant.settings import load_settings
from tests.reliability.conftest import PLAN_BODY
from tests.security.conftest import FAST, PASSWORD

SCHOOL = "江城市实验中学"
# The same school as a stranger might type it: extra spaces, 全角 space, Traditional characters, a zero-width space,
# a trailing bidi mark, NFKC-foldable forms.
VARIANTS = [SCHOOL, f" {SCHOOL}  ", "江城市 实验中学", "江城市\u3000实验中学", "江城市實驗中學", "江城市实验\u200b中学",
            f"{SCHOOL}\u200f", "江城市实验中学．"]
MARKER = "甲校独有的星空科技节方案"


def _every_draft_operation(store: DraftStore, draft_id: str, owner: str):
    return [
        lambda: store.get(draft_id, owner=owner),
        lambda: store.versions(draft_id, owner=owner),
        lambda: store.rename(draft_id, "改名", owner=owner),
        lambda: store.save(draft_id, {"plan": None}, owner=owner),
        lambda: store.restore(draft_id, 1, owner=owner),
        lambda: store.delete(draft_id, owner=owner),
    ]


@pytest.mark.parametrize("variant", VARIANTS)
def test_registering_a_taken_school_name_only_asks_to_join(accounts, settings, variant):
    # The attack: register the victim school's name (or a variant) and act as that school.
    first = accounts.register("victim_admin", PASSWORD, SCHOOL)
    store = DraftStore(settings)
    draft = store.create("甲校计划", {"plan": None, "secret": MARKER}, owner=first.owner)

    stranger = accounts.register("stranger", PASSWORD + "x", variant)

    assert not stranger.active and stranger.school == SCHOOL  # a request to join, shown under the school's own name
    assert accounts.sign_in("stranger", PASSWORD + "x").message == AWAITING_APPROVAL
    assert accounts.authenticate("stranger", PASSWORD + "x") is None  # so no session, no owner, no data
    assert [d.id for d in store.list(owner=first.owner)] == [draft.id]
    assert store.get(draft.id, owner=first.owner).content["secret"] == MARKER  # untouched


def test_a_new_school_gets_its_own_id_and_sees_nothing_of_another(accounts, settings):
    first = accounts.register("victim_admin", PASSWORD, SCHOOL)
    other = accounts.register("other_admin", PASSWORD, "江城市第二中学")
    assert other.active and other.owner != first.owner and SCHOOL not in other.owner
    store = DraftStore(settings)
    draft = store.create("甲校计划", {"plan": None}, owner=first.owner)
    assert store.list(owner=other.owner) == []
    for attempt in _every_draft_operation(store, draft.id, other.owner):
        with pytest.raises(StoreError) as caught:
            attempt()
        assert caught.value.message == NOT_FOUND
    assert store.get(draft.id, owner=first.owner).version == 1  # nothing was renamed, saved, restored or deleted


def test_only_the_schools_administrator_lets_a_request_in(accounts):
    admin = accounts.register("victim_admin", PASSWORD, SCHOOL)
    accounts.register("colleague", PASSWORD + "c", SCHOOL)
    outsider_admin = accounts.register("other_admin", PASSWORD, "江城市第二中学")
    for who in (outsider_admin,):
        with pytest.raises(AccountError):
            accounts.approve(who, "colleague")
    assert accounts.authenticate("colleague", PASSWORD + "c") is None
    approved = accounts.approve(admin, "colleague")
    assert approved.owner == admin.owner
    member = accounts.authenticate("colleague", PASSWORD + "c")
    assert member is not None and member.owner == admin.owner and not member.is_school_admin
    with pytest.raises(AccountError):  # a member cannot let others in
        accounts.register("third", PASSWORD + "t", SCHOOL)
        accounts.approve(member, "third")


def test_invitations_are_single_use_expire_and_name_their_school(accounts, clock):
    admin = accounts.register("victim_admin", PASSWORD, SCHOOL)
    code = accounts.invite(admin)
    joined = accounts.register("invited", PASSWORD + "i", "随便写的学校", invite=code.lower())  # the code decides
    assert joined.active and joined.owner == admin.owner
    with pytest.raises(AccountError, match="邀请码"):
        accounts.register("second_use", PASSWORD + "s", "", invite=code)
    late = accounts.invite(admin)
    clock.advance(8 * 86400)  # past ASSISTANT_INVITE_DAYS (7)
    with pytest.raises(AccountError, match="邀请码"):
        accounts.register("too_late", PASSWORD + "l", "", invite=late)
    with pytest.raises(AccountError, match="邀请码"):
        accounts.register("guesser", PASSWORD + "g", "", invite="AAAA-BBBB-CCCC")


def test_a_removed_member_is_signed_out_at_the_next_click(accounts):
    admin = accounts.register("victim_admin", PASSWORD, SCHOOL)
    accounts.register("colleague", PASSWORD + "c", SCHOOL)
    member = accounts.approve(admin, "colleague")
    assert accounts.refresh(member) == member
    accounts.remove(admin, "colleague")
    assert accounts.refresh(member) is None  # the app signs the browser session out on its next run


def test_with_self_registration_off_only_the_district_opens_schools(tmp_path, clock):
    settings = load_settings(data_dir=tmp_path / "data", multi_user=True, school_registration=False)
    accounts = AccountStore(settings, hasher=FAST, clock=clock)
    with pytest.raises(AccountError, match="区县管理员"):
        accounts.register("squatter", PASSWORD, SCHOOL)
    chief = accounts.bootstrap_district_admin("chief", PASSWORD + "d")
    school = accounts.create_school(chief, SCHOOL)
    code = accounts.invite(chief, school.id, role="school_admin")
    head = accounts.register("head", PASSWORD + "h", "", invite=code)
    assert head.is_school_admin and head.owner == school.id


# ---- existing data moves from school names to school ids ------------------------------------------------------------


def _old_accounts_file(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE users (username TEXT PRIMARY KEY, school TEXT NOT NULL, password_hash TEXT NOT NULL)")
        connection.executemany("INSERT INTO users VALUES (?, ?, ?)", rows)


def test_old_accounts_drafts_and_uploads_move_to_school_ids_and_nothing_is_lost(draft_settings, small_kb, clock):
    # Before: two accounts shared "江城市实验中学" (the second possibly a stranger), one had "乙校".
    settings = load_settings(**{**draft_settings.model_dump(by_alias=False), "knowledge_dir": small_kb})
    old_hash = FAST.hash(PASSWORD)
    _old_accounts_file(settings.data_dir / "accounts.sqlite3",
                       [("first", SCHOOL, old_hash), ("second", f" {SCHOOL} ", old_hash), ("yi", "乙校", old_hash)])
    assistant = build_services(settings, model=None)
    store = assistant.store
    kept = {owner: [store.create(f"{owner}计划{n}", {"plan": None, "n": n}, owner=owner) for n in range(3)]
            for owner in (SCHOOL, "乙校")}
    store.save(kept[SCHOOL][0].id, {"plan": None, "n": 99}, owner=SCHOOL)  # a second version that must survive
    upload = (PLAN_BODY + f"（三）{MARKER}\n举办{MARKER}，组织教职工参加。\n").encode("utf-8")
    assert assistant.add_upload(upload, "甲校计划.txt", owner=SCHOOL).added > 0

    accounts = AccountStore(settings, hasher=FAST, clock=clock)  # the move of the accounts happens on opening
    moved = move_legacy_data(accounts, store, assistant.index)
    again = move_legacy_data(accounts, store, assistant.index)

    first = accounts.authenticate("first", PASSWORD)
    yi = accounts.authenticate("yi", PASSWORD)
    assert first.is_school_admin and yi.is_school_admin and first.owner != yi.owner
    assert accounts.sign_in("second", PASSWORD).message == AWAITING_APPROVAL  # the later one must be approved
    assert (moved.drafts, moved.uploads, again.drafts, again.uploads) == (6, 1, 0, 0)
    for account, owner in ((first, SCHOOL), (yi, "乙校")):
        listed = {d.id for d in store.list(owner=account.owner)}
        assert listed == {d.id for d in kept[owner]}  # nothing lost
        assert store.list(owner=owner) == []  # and nothing left under the name
    assert [v.version for v in store.versions(kept[SCHOOL][0].id, owner=first.owner)] == [2, 1]
    assert any(MARKER in h.passage.text for h in assistant.search(MARKER, owner=first.owner))
    assert not any(MARKER in h.passage.text for h in assistant.search(MARKER, k=20, owner=yi.owner))
    # Nothing stays under the old name: not in the index, its manifest or the stored upload records.
    assert not [p for p in assistant.index.passages() if p.owner in (SCHOOL, "乙校")]
    assert assistant.index.upload_usage(SCHOOL).files == 0 and assistant.index.upload_usage(first.owner).files == 1
    records = [json.loads(p.read_text(encoding="utf-8")) for p in settings.uploads_dir.glob("*.json")]
    assert [r["owner"] for r in records] == [first.owner]
    assert all(account.owner.startswith("sch_") for account in (first, yi))
    with sqlite3.connect(settings.data_dir / "accounts.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM users_v1").fetchone()[0] == 3  # the old table is kept
