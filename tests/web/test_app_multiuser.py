"""The app in multi-user mode (ASSISTANT_MULTI_USER=true): sign-in first, and schools never see each other's work."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.web.test_app import APP, _plain, chat_texts, run, submit_profile

PASSWORD = "Plum-blossom-27"
MARKER = "星空科技节"  # only in school A's upload and draft


@pytest.fixture(scope="module")
def multi_data_dir(shared_settings, tmp_path_factory):
    """A copy of the shared index (uploads change it), so the slow first ingest is not repeated."""
    data_dir = tmp_path_factory.mktemp("app-multi") / "data"
    shutil.copytree(shared_settings.data_dir, data_dir)
    return data_dir


@pytest.fixture
def new_browser(multi_data_dir, monkeypatch):
    """Opens a fresh browser session of the app in multi-user mode (optionally at a URL with ?draft=)."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(multi_data_dir))
    monkeypatch.setenv("ASSISTANT_MULTI_USER", "true")

    def open_app(draft: str | None = None):
        at = AppTest.from_file(APP, default_timeout=60)
        if draft:
            at.query_params["draft"] = draft
        return run(at)

    return open_app


def click(at, label: str):
    next(b for b in [*at.button, *at.sidebar.button] if b.label == label).click()
    return run(at)


def register(at, username: str, school: str, password: str = PASSWORD, confirm: str | None = None):
    at.text_input(key="reg_username").set_value(username)
    at.text_input(key="reg_school").set_value(school)
    at.text_input(key="reg_password").set_value(password)
    at.text_input(key="reg_confirm").set_value(password if confirm is None else confirm)
    return click(at, "注册")


def sign_in(at, username: str, password: str = PASSWORD):
    at.text_input(key="login_username").set_value(username)
    at.text_input(key="login_password").set_value(password)
    return click(at, "登录")


def signed_in_as(at) -> str:
    return " ".join(_plain(c.value) for c in at.sidebar.caption if "当前账户" in _plain(c.value))


def on_sign_in_screen(at) -> bool:
    return any(b.label == "登录" for b in at.button) and not at.chat_message and not at.sidebar.button


def page_text(at) -> str:
    """Everything the page shows as text, and what its text boxes hold."""
    shown = [_plain(m.value) for m in at.markdown]
    boxes = [str(t.value or "") for t in [*at.text_area, *at.text_input] if t.key != "kb_query"]
    return "\n".join(shown + boxes)


def search_knowledge(at, query: str):
    at.session_state["main_tab"] = "知识库"
    run(at)
    at.text_input(key="kb_query").set_value(query)
    return run(at)


def test_sign_in_comes_first_and_wrong_passwords_are_refused_alike(new_browser):
    at = new_browser()
    assert on_sign_in_screen(at)
    assert {"用户名", "密码", "学校名称", "确认密码"} <= {t.label for t in at.text_input}

    register(at, "teacher_c", "江城市第三中学", confirm="Plum-blossom-28")
    assert [e.value for e in at.error] == ["两次输入的密码不一致。"] and on_sign_in_screen(at)
    register(at, "teacher_c", "江城市第三中学", password="12345678")
    assert "过于简单" in at.error[0].value and on_sign_in_screen(at)
    register(at, "teacher_c", "江城市第三中学")
    assert "teacher_c" in signed_in_as(at) and "江城市第三中学" in signed_in_as(at)
    click(at, "退出登录")
    assert on_sign_in_screen(at)

    sign_in(at, "teacher_c", "Plum-blossom-27?")
    assert [e.value for e in at.error] == ["用户名或密码错误"]
    assert at.text_input(key="login_password").value == ""  # the wrong password is not kept
    sign_in(at, "nobody_here", PASSWORD)
    assert [e.value for e in at.error] == ["用户名或密码错误"]  # same words: no hint which part was wrong
    assert on_sign_in_screen(at)
    sign_in(at, "TEACHER_C", PASSWORD)
    assert "teacher_c" in signed_in_as(at) and not at.error
    assert "起草助手" in chat_texts(at)[0]

    other = new_browser()
    register(other, "teacher_c", "江城市第四中学")
    assert "已被注册" in other.error[0].value and on_sign_in_screen(other)


def test_schools_never_see_each_others_uploads_or_drafts(new_browser):
    # School A: uploads a document and starts a draft.
    a = new_browser()
    register(a, "school_a", "甲校实验中学")
    assert "甲校实验中学" in signed_in_as(a)
    a.session_state["main_tab"] = "知识库"
    run(a)
    text = f"组织教职工参加{MARKER}，每年十月举办，由工会和教务处共同负责。\n"
    a.file_uploader(key="kb_files").set_value(("甲校活动.txt", text.encode("utf-8"), "text/plain"))
    click(a, "加入知识库")
    assert [s.value for s in a.success] == ["甲校活动\\.txt：已加入知识库：1 段。"]
    assert a.metric[3].value == "1"
    search_knowledge(a, MARKER)
    assert f"**{MARKER}**" in "\n".join(m.value for m in a.markdown)  # A finds its own upload, highlighted

    a.session_state["main_tab"] = "起草"
    run(a)
    submit_profile(a, school="甲校实验中学", highlights=f"10月举办{MARKER}")
    a.button(key="act_accept").click()
    run(a)
    draft_id = a.query_params["draft"]
    assert draft_id and any("甲校实验中学" in o for o in a.selectbox(key="draft_pick").options)
    click(a, "退出登录")
    assert on_sign_in_screen(a) and "draft" not in a.query_params
    assert MARKER not in page_text(a)

    # School B, in the same browser: nothing of A's is listed or shown.
    register(a, "school_b", "乙校第一小学")
    assert "乙校第一小学" in signed_in_as(a)
    assert not [s for s in a.sidebar.selectbox if s.key == "draft_pick"]
    assert "还没有保存的草稿" in " ".join(c.value for c in a.sidebar.caption)
    assert MARKER not in page_text(a) and "甲校" not in page_text(a)

    # B follows a link to A's draft: refused, nothing of it shown.
    b = new_browser(draft=draft_id)
    assert on_sign_in_screen(b)
    sign_in(b, "school_b")
    assert [_plain(w.value) for w in b.warning] == ["无法打开草稿：找不到该草稿"]
    assert "draft" not in b.query_params
    assert MARKER not in page_text(b) and "甲校" not in page_text(b)
    assert b.text_input(key="f_school").value == ""  # a fresh form, not A's profile
    assert not [s for s in b.sidebar.selectbox if s.key == "draft_pick"]

    # B's knowledge base: A's upload is neither counted nor found; the shared knowledge is.
    search_knowledge(b, MARKER)
    assert b.metric[3].value == "0"
    assert MARKER not in page_text(b)
    b.text_input(key="kb_query").set_value("女职工委员会")
    run(b)
    assert "**女职工委员会**" in "\n".join(m.value for m in b.markdown)

    # A, signed in again, still has everything.
    again = new_browser(draft=draft_id)
    sign_in(again, "school_a")
    assert not [w for w in again.warning if "无法打开" in w.value] and again.query_params["draft"] == draft_id
    again.session_state["plan_tab"] = "学校信息"
    run(again)
    assert MARKER in page_text(again)


def test_only_administrators_see_settings_and_versions_name_who_saved_them(new_browser):
    admin = new_browser()
    register(admin, "chair_d", "丁校实验小学")
    assert [t.label for t in admin.tabs][:4] == ["起草", "知识库", "设置", "账户管理"]
    admin.session_state["main_tab"] = "账户管理"
    run(admin)
    click(admin, "生成邀请码（本校成员，只显示一次）")
    code = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", _plain(admin.success[0].value)).group(0)

    member = new_browser()
    member.text_input(key="reg_invite").set_value(code)
    register(member, "teacher_d", "")
    assert "teacher_d" in signed_in_as(member)
    assert [t.label for t in member.tabs][:2] == ["起草", "知识库"]
    assert "设置" not in [t.label for t in member.tabs] and "账户管理" not in [t.label for t in member.tabs]
    submit_profile(member, school="丁校实验小学")
    member.button(key="act_accept").click()
    run(member)
    member.session_state["plan_tab"] = "版本"
    run(member)
    listing = next(_plain(m.value) for m in member.markdown if "第 1 版" in _plain(m.value))
    assert re.search(r"第 2 版 · 今天 \d\d:\d\d · teacher_d · 采用“指导思想”", listing), listing
