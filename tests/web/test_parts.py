"""The pieces assistant.web gives the app: version history with what happened and the changes, the schedule's row
editor, the 设置 panel, findings by place, downloads built once, and the scroll script."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from assistant.check.findings import Finding
from assistant.check.outline import Location
from assistant.conversation.engine import Conversation
from assistant.conversation.session import Session
from assistant.domain.plan import Plan, ScheduleItem
from assistant.domain.profile import Profile
from assistant.domain.structure import load_structure
from assistant.drafts.store import DraftStore
from assistant.errors import UserError
from assistant.services import build_services
from assistant.settings import load_settings
from assistant.web import exports, model_settings, schedule, versions
from assistant.web.scroll import ANSWER, scroll_script, section_anchor
from assistant.web.sources import finding_view
from tests.fakes import ScriptedChatModel


def _plain(markdown: str) -> str:
    markdown = re.sub(r":(?:red|green)-background\[(.*?)(?<!\\)\]", r"[\1]", markdown)
    return re.sub(r"\\(.)", r"\1", markdown.replace("**", "").replace("  \n", "\n"))


@pytest.fixture
def services(shared_settings, tmp_path):
    settings = load_settings(data_dir=tmp_path / "data", knowledge_dir=shared_settings.knowledge_dir)
    return build_services(settings, model=None, store=DraftStore(settings))


def _profile(**changes) -> Profile:
    return Profile(**{"school": "江城市实验中学", "year": 2027, "staff": 126, "female_staff": 78, **changes})


# ---------------------------------------------------------------------------------------------------- versions


def test_every_version_records_when_who_and_what_happened(services):
    session = Session(author="wang.li")
    conversation = Conversation(services, session)
    list(conversation.start(_profile()))
    list(conversation.accept())
    list(conversation.regenerate())
    conversation.edit_section("goals", "提高教职工满意度。")
    list(conversation.send("删去工作目标第1条"))
    conversation.update_profile(_profile(staff=130))
    services.store.restore(session.draft_id, 2, author="wang.li")
    found = services.store.versions(session.draft_id)
    assert [(v.version, v.author, v.what) for v in found] == [
        (7, "wang.li", "恢复第 2 版"),
        (6, "wang.li", "修改学校信息"),
        (5, "wang.li", "删除“工作目标”第1条"),
        (4, "wang.li", "编辑“工作目标”"),
        (3, "wang.li", "换一版“工作目标”"),
        (2, "wang.li", "采用“指导思想”"),
        (1, "wang.li", "开始起草"),
    ]
    rows = versions.version_rows(found, show_author=False)
    assert rows[-1].label.startswith("第 1 版 · ") and rows[-1].label.endswith(" · 开始起草")
    assert "wang.li" not in rows[-1].label  # single-user mode names nobody
    assert "wang.li" in versions.version_rows(found, show_author=True)[0].label


def test_a_store_made_before_notes_existed_gains_them(tmp_path):
    import sqlite3

    settings = load_settings(data_dir=tmp_path / "data")
    store = DraftStore(settings)
    info = store.create("旧草稿", {"plan": None}, what="开始起草")
    with sqlite3.connect(settings.drafts_db) as db:
        db.execute("DROP TABLE version_notes")  # as a database from before this change
    reopened = DraftStore(settings)
    assert [(v.version, v.what) for v in reopened.versions(info.id)] == [(1, "")]
    reopened.save(info.id, {"plan": None}, what="采用“指导思想”")
    assert [(v.version, v.what) for v in reopened.versions(info.id)] == [(2, "采用“指导思想”"), (1, "")]


@pytest.mark.parametrize(
    "moment, now, shown",
    [
        (datetime(2027, 3, 2, 10, 24), datetime(2027, 3, 2, 18, 0), "今天 10:24"),
        (datetime(2027, 3, 2, 10, 24), datetime(2027, 5, 1), "3月2日 10:24"),
        (datetime(2026, 12, 30, 8, 5), datetime(2027, 1, 2), "2026年12月30日 08:05"),
    ],
)
def test_version_times_read_as_people_say_them(moment, now, shown):
    assert versions.when_text(moment, now=now) == shown


def test_the_diff_marks_words_struck_out_and_added_section_by_section(services):
    session = Session()
    conversation = Conversation(services, session)
    list(conversation.start(_profile()))
    conversation.edit_section("goals", "每学期召开一次教代会。\n建设职工之家。")
    conversation.edit_section("goals", "每学年召开两次教代会。\n建设职工之家。\n开展读书活动。")
    store = services.store
    diff = _plain(versions.version_diff(store, session.draft_id, session.version))
    assert diff == "工作目标\n～ 每学[~~期~~][年]召开[~~一~~][两]次教代会。\n＋ [开展读书活动。]"  # [~~struck~~] [added]
    first = _plain(versions.version_diff(store, session.draft_id, session.version - 1))
    assert "状态：未起草 → 已采用" in first and "＋ [每学期召开一次教代会。]" in first
    assert versions.version_diff(store, session.draft_id, 1) == versions.FIRST


def test_the_diff_names_changed_school_facts_and_a_new_proposal(services):
    session = Session()
    conversation = Conversation(services, session)
    list(conversation.start(_profile()))
    before = session.content()
    conversation.update_profile(_profile(staff=130))
    list(conversation.regenerate())
    diff = _plain(versions.diff_markdown(before, session.content()))
    assert "学校信息\n教职工人数：126 → 130" in diff
    assert "待确认的建议稿“指导思想”" in diff
    assert versions.diff_markdown(before, before) == versions.NO_CHANGE


# ---------------------------------------------------------------------------------------------------- schedule


@pytest.fixture
def plan():
    profile = _profile(period="学年")
    plan = Plan.empty(profile, load_structure())
    plan.set_schedule([ScheduleItem(9, "教师节慰问", "工会", "全体教职工"),
                       ScheduleItem(3, "三八节活动", "女工委", "全体女教职工")])
    return plan


def test_the_table_shows_its_rows_as_text(plan):
    table = schedule.table_markdown(plan).split("\n")
    assert table[0] == "| 月份 | 工作内容 | 负责 | 参与 |"
    assert table[2:] == ["| 9月 | 教师节慰问 | 工会 | 全体教职工 |", "| 3月 | 三八节活动 | 女工委 | 全体女教职工 |"]
    assert [c.label for c in schedule.row_choices(plan)] == ["第1行 · 9月 · 教师节慰问", "第2行 · 3月 · 三八节活动",
                                                            "新增一行"]


def test_a_row_is_changed_added_or_deleted_by_its_place_in_the_table(plan):
    rows, what = schedule.edited_rows(plan, 1, 3, " 三八节 健步走 ", "女工委", "")
    assert what == "编辑“月度工作安排”第2行"
    assert rows[1] == ScheduleItem(3, "三八节 健步走", "女工委", "")
    rows, what = schedule.edited_rows(plan, schedule.NEW_ROW, 12, "年终总结", "工会主席", "工会委员")
    assert what == "“月度工作安排”新增12月一行" and [r.month for r in rows] == [9, 12, 3]  # at its month
    rows, what = schedule.edited_rows(plan, 0, 4, "教师节慰问", "工会", "全体教职工")
    assert what == "编辑“月度工作安排”第1行" and [r.month for r in rows] == [3, 4]  # re-dated: moved to April
    rows, what = schedule.without_row(plan, 0)
    assert what == "删除“月度工作安排”第1行" and [r.activity for r in rows] == ["三八节活动"]


@pytest.mark.parametrize(
    "month, activity, reason",
    [(9, "  ", "工作内容不能为空。"), (9, "长" * 201, "工作内容太长（201 字），每格不超过 200 字。")],
)
def test_an_invalid_row_is_refused_in_chinese(plan, month, activity, reason):
    with pytest.raises(UserError, match=re.escape(reason)):
        schedule.edited_rows(plan, 0, month, activity, "", "")


def test_a_month_outside_a_semester_is_refused():
    plan = Plan.empty(_profile(period="第一学期"), load_structure())
    with pytest.raises(UserError, match="5月不在本计划的期间内"):
        schedule.edited_rows(plan, schedule.NEW_ROW, 5, "活动", "", "")


def test_editing_the_schedule_is_saved_and_can_be_undone(services):
    session = Session()
    conversation = Conversation(services, session)
    list(conversation.start(_profile()))
    list(conversation.propose("schedule"))
    before = list(conversation.plan.schedule)
    rows, what = schedule.edited_rows(conversation.plan, 0, conversation.plan.ordered_schedule()[0].month,
                                      "校史展览", "工会主席", "全体教职工")
    assert conversation.edit_schedule(rows, what) is None
    assert services.store.versions(session.draft_id)[0].what == "编辑“月度工作安排”第1行"
    assert conversation.plan.ordered_schedule()[0].activity == "校史展览"
    list(conversation.undo())
    assert conversation.plan.schedule == before


# ---------------------------------------------------------------------------------------------------- settings


@pytest.mark.parametrize(
    "url, name",
    [
        (None, "OpenAI"),
        ("https://api.deepseek.com/v1", "DeepSeek"),
        ("https://dashscope.aliyuncs.com/compatible-mode/v1", "通义千问（阿里云百炼）"),
        ("https://open.bigmodel.cn/api/paas/v4", "智谱 GLM"),
        ("http://127.0.0.1:11434/v1", "本机上的模型服务（端口 11434）"),
        ("https://llm.example.edu.cn/v1", "兼容接口（llm.example.edu.cn）"),
    ],
)
def test_the_service_is_named_from_its_address(url, name):
    assert model_settings.provider_name(url) == name


def test_status_never_shows_the_key(tmp_path):
    settings = load_settings(data_dir=tmp_path, openai_api_key="sk-secret-123456", openai_base_url="https://api.deepseek.com/v1",
                             model="deepseek-chat")
    status = model_settings.model_status(settings)
    assert status.connected and status.provider == "DeepSeek" and status.model == "deepseek-chat"
    assert status.key == "已设置" and status.address == "api.deepseek.com"
    assert "sk-secret" not in repr(model_settings.status_rows(status))
    offline = model_settings.model_status(load_settings(data_dir=tmp_path))
    assert not offline.connected and offline.status.startswith("离线模式")


def test_connection_test_reports_in_chinese(tmp_path):
    settings = load_settings(data_dir=tmp_path)
    clock = iter([10.0, 11.25])
    worked, message = model_settings.check_connection(ScriptedChatModel().enqueue("好"), settings,
                                                      clock=lambda: next(clock))
    assert (worked, message) == (True, "连接正常：模型在 1.2 秒内作答。")
    worked, message = model_settings.check_connection(ScriptedChatModel().enqueue("好", fail_after=0), settings)
    assert not worked and message.startswith("连接失败：") and message.endswith("助手会继续用离线引擎工作。")
    assert model_settings.check_connection(None, settings)[1].startswith("尚未配置大模型")


# ---------------------------------------------------------------------------------------------------- findings


def test_a_finding_is_placed_by_section_and_item_and_opens_that_section():
    finding = Finding("placeholder", "20xx", 145, "年份是占位符", "填写具体年份", 3,
                      Location("welfare", "（四）维权与送温暖", 3, "二、（四）第3条"), 900,
                      also=(Location("goals", "", 1, "一、第1条"),))
    view = finding_view(finding, {"welfare": "维权与送温暖", "goals": "工作目标"})
    assert view.where == "维权与送温暖 · 二、（四）第3条" and view.section == "welfare"
    text = _plain(view.markdown)
    assert text == ("占位符未替换 · 维权与送温暖 · 二、（四）第3条：年份是占位符\n原文：“20xx”\n建议：填写具体年份\n"
                    "其他位置：一、第1条")
    assert "145" not in text and "行" not in text
    title = finding_view(Finding("outdated", "十九大", 1, "过时", "改为二十大", 1, Location("title", "", 0, "标题"), 0))
    assert title.profile and title.link == "到学校信息中修改" and not title.section
    whole = finding_view(Finding("missing_section", "", 0, "缺少保障措施", "补写", 0, Location("safeguards", "", 0, "")))
    assert whole.where == "全文" and whole.section == ""  # not editable here: nothing to open


# ---------------------------------------------------------------------------------------------------- downloads


def test_the_docx_is_built_when_asked_for_and_once_per_plan(services, monkeypatch):
    import assistant.export.docx as docx

    built = []
    real = docx.docx_bytes
    monkeypatch.setattr(docx, "docx_bytes", lambda blocks, settings: built.append(1) or real(blocks, settings))
    conversation = Conversation(services, Session())
    list(conversation.start(_profile()))
    list(conversation.accept())
    cache: dict = {}
    make = exports.docx_maker(conversation, cache)
    assert built == []  # drawing the button builds nothing
    data = make()
    assert data[:2] == b"PK" and built == [1]
    assert exports.docx_maker(conversation, cache)() is data and built == [1]  # a rerun: the same bytes
    conversation.edit_section("goals", "建设职工之家。")
    assert exports.docx_maker(conversation, cache)() is not data and built == [1, 1]  # a changed plan: rebuilt


def test_export_warnings_name_what_is_left_out(services):
    conversation = Conversation(services, Session())
    list(conversation.start(_profile()))
    many = _plain(exports.export_warnings_markdown(conversation))
    assert many.startswith("还有 12 个部分尚未完成，导出的计划中不含：指导思想、工作目标、")
    for key in conversation.plan.draftable()[:-1]:
        conversation.edit_section(key, "内容。")
    list(conversation.propose("safeguards"))
    list(conversation.skip())
    assert _plain(exports.export_warnings_markdown(conversation)) == (
        "导出前请注意：“保障措施”已跳过，尚未完成，导出的计划中不含这一部分。")


# ---------------------------------------------------------------------------------------------------- scroll


def test_the_scroll_script_targets_the_newest_answer_or_a_section():
    answer = scroll_script(ANSWER, 3)
    assert '"answer"' in answer and "run 3" in answer and "stChatMessage" in answer
    section = scroll_script(section_anchor("women"), 4)
    assert '"sec_women"' in section and "run 4" in section
    assert scroll_script('"); alert(1); ("', 1).count("alert(1)") == 1  # a target is data, never code
    assert '\\"); alert(1); (\\"' in scroll_script('"); alert(1); ("', 1)


def test_times_are_local():
    moment = datetime(2027, 3, 2, 2, 24, tzinfo=UTC)
    local = moment.astimezone()
    assert versions.when_text(moment, now=local + timedelta(minutes=5)) == f"今天 {local:%H:%M}"
