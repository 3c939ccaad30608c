"""The real app in a real browser: `streamlit run` in a subprocess, driven by Playwright in headless Chromium, walked
as a union chair would — at desktop and at phone size — from the school profile through every section, a question,
uploads and the downloads. Every screen is checked for English a user could see and photographed into
tests/artifacts/ (kept by CI, ignored by git)."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.processes import stop_process

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

SCHOOL = "江城市实验中学"
ARTIFACTS = ROOT / "tests" / "artifacts"
SIZES = {"desktop": (1400, 900), "phone": (390, 844)}
ALLOWED_LATIN = {"word", "markdown", "pdf", "docx", "txt", "md"}  # names of file kinds a Chinese user knows
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]

# Every piece of text a user can see: text nodes with a box on the page (not hidden, not clipped away, not an icon
# glyph, not scrolled off sideways), and the placeholders of empty fields.
VISIBLE_TEXT = """() => {
  const out = [];
  const hidden = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      if (e.matches("[data-testid='stIconMaterial'], svg, style, script, noscript")) return true;
      if (e.tagName === "DETAILS" && !e.open && !el.closest("summary")?.parentElement?.isSameNode(e)) return true;
      const s = getComputedStyle(e);
      if (s.display === "none" || s.visibility === "hidden" || s.visibility === "collapse" || +s.opacity === 0) return true;
      if (s.contentVisibility === "hidden") return true;
      if (s.clip === "rect(0px, 0px, 0px, 0px)" || s.clipPath === "inset(50%)") return true;
      if (s.overflow !== "visible") { const r = e.getBoundingClientRect(); if (r.width <= 1 || r.height <= 1) return true; }
    }
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue.trim() || hidden(node.parentElement)) continue;
    const range = document.createRange(); range.selectNodeContents(node);
    const boxes = [...range.getClientRects()].filter(r => r.width > 0.5 && r.height > 0.5 && r.right > 0
                                                           && r.left < window.innerWidth);
    if (boxes.length) out.push(node.nodeValue);
  }
  for (const field of document.querySelectorAll("input[placeholder], textarea[placeholder]")) {
    if (!field.value && field.placeholder && !hidden(field) && field.getClientRects().length) out.push(field.placeholder);
  }
  return out.join("\\n");
}"""

# Placeholders wider than the field they sit in (cut off on a phone): [placeholder, text width, room].
CUT_PLACEHOLDERS = """() => {
  const canvas = document.createElement("canvas").getContext("2d");
  const cut = [];
  for (const field of document.querySelectorAll("input[placeholder], textarea[placeholder]")) {
    if (field.value || !field.placeholder || !field.getClientRects().length) continue;
    if (field.tagName === "TEXTAREA" && field.rows > 1 && field.closest("[data-testid='stChatInput']") === null) continue;
    const s = getComputedStyle(field);
    canvas.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    const room = field.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    const width = canvas.measureText(field.placeholder).width;
    if (room > 0 && width > room + 1) cut.push([field.placeholder, Math.round(width), Math.round(room)]);
  }
  return cut;
}"""

IN_VIEW = """el => {
  const r = el.getBoundingClientRect();
  if (r.bottom <= 60 || r.top >= window.innerHeight - 20) return false;
  for (let box = el.parentElement; box; box = box.parentElement) {
    const s = getComputedStyle(box);
    if (!/(auto|scroll)/.test(s.overflowY)) continue;
    const b = box.getBoundingClientRect();
    if (r.bottom <= b.top + 20 || r.top >= b.bottom - 20) return false;
  }
  return true;
}"""
SELECTED = "[...document.querySelectorAll('[role=tab][aria-selected=true]')].map(t => t.innerText.trim())"
SETTLED = """() => document.querySelector("[data-testid='stApp']")?.getAttribute("data-test-script-state") === "notRunning"
                  && !document.querySelector("[data-stale='true']")"""


def chromium_path() -> str | None:
    """Debian's chromium (Playwright's own browser download is not available here)."""
    return shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"streamlit exited early with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("streamlit did not become healthy in time")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`streamlit run app.py` on a free loopback port with a fresh data dir, offline."""
    tmp_path = tmp_path_factory.mktemp("e2e")
    port = free_port()
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data"), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": "",
           "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    log = open(tmp_path / "streamlit.log", "wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url
    finally:
        stop_process(process)
        log.close()


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()
    if executable is None:
        pytest.skip("no chromium binary found (install Debian's chromium and fonts-wqy-microhei)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Walk:
    """One user at one screen size: actions that wait for the app to settle, checks and screenshots."""

    def __init__(self, page, size: str, user_words: list[str]):
        self.page = page
        self.size = size
        self.user_words = user_words  # what the user typed or named (file names): not the app's words
        self.shots: list[str] = []

    # ---- waiting

    def settle(self, until: str | None = None, timeout: float = 60_000) -> None:
        """Wait for the script run to finish (and for `until`, a JS condition, when given)."""
        condition = f"() => ({SETTLED})() && ({until or '() => true'})()"
        self.page.wait_for_function(condition, timeout=timeout)

    def messages(self) -> int:
        return self.page.locator("[data-testid='stChatMessage']").count()

    def last_message(self) -> str:
        return self.page.locator("[data-testid='stChatMessage']").last.inner_text()

    def act(self, do, expect_messages: int | None = None, until: str | None = None) -> None:
        """Do something (a click, a keypress) and wait until the app has answered."""
        before = self.messages()
        do()
        conditions = [until] if until else []
        if expect_messages is not None:
            conditions.append(f"() => document.querySelectorAll(\"[data-testid='stChatMessage']\").length >= "
                              f"{before + expect_messages}")
        joined = " && ".join(f"({c})()" for c in conditions) or "true"
        self.page.wait_for_timeout(150)
        self.settle(f"() => {joined}")

    def click(self, name: str, *, messages: int | None = None, until: str | None = None, exact: bool = True) -> None:
        button = self.page.get_by_role("button", name=name, exact=exact).first
        button.scroll_into_view_if_needed()
        self.act(button.click, messages, until)

    def tab(self, name: str) -> None:
        tab = self.page.get_by_role("tab", name=re.compile(f"^{re.escape(name)}"))
        tab.first.scroll_into_view_if_needed()
        self.act(tab.first.click, until=f"() => {SELECTED}.some(t => t.startsWith('{name}'))")

    def say(self, text: str) -> None:
        box = self.page.locator("[data-testid='stChatInput'] textarea")
        box.fill(text)
        self.user_words.append(text)
        self.act(lambda: box.press("Enter"), expect_messages=2)

    # ---- checks

    def latin(self) -> list[str]:
        """Latin words on the screen that are not names of file kinds, each with the words around it."""
        text = self.page.evaluate(VISIBLE_TEXT)
        for words in sorted(self.user_words, key=len, reverse=True):
            text = text.replace(words, " ")
        return [f"{m.group(0)}: …{text[max(0, m.start() - 30):m.end() + 30]}…"
                for m in re.finditer(r"[A-Za-z]+", text) if m.group(0).lower() not in ALLOWED_LATIN]

    def check(self, shot: str) -> None:
        """No English on the screen, no placeholder cut off; then a screenshot under tests/artifacts/."""
        found = self.latin()
        assert found == [], (shot, found)
        assert self.page.evaluate(CUT_PLACEHOLDERS) == [], shot
        path = ARTIFACTS / f"{self.size}-{len(self.shots) + 1:02d}-{shot}.png"
        self.page.screenshot(path=str(path), full_page=False)
        self.shots.append(path.name)

    def in_view(self, locator, wait: float = 3000) -> bool:
        """Whether an element comes (at least partly) on the screen within `wait` ms, inside every scrolling box it
        sits in (the app brings things into view just after a run ends)."""
        try:
            locator.element_handle().wait_for_element_state("stable")
            self.page.wait_for_function(IN_VIEW, arg=locator.element_handle(), timeout=wait)
        except Exception:  # noqa: BLE001 - Playwright's timeout: not in view
            return False
        return True


PROPOSAL = "() => document.querySelector('.st-key-act_accept') !== null"


def walk(page, size: str, tmp_path: Path) -> Walk:
    from playwright.sync_api import expect

    w = Walk(page, size, [SCHOOL])
    phone = size == "phone"
    w.settle("() => document.querySelector('input[aria-label=学校名称]') !== null", timeout=120_000)
    # The phone shows the school form first, under a compact header.
    form_top = page.get_by_label("学校名称").bounding_box()["y"]
    greeting_top = page.locator("[data-testid='stChatMessage']").first.bounding_box()["y"]
    assert (form_top < greeting_top) if phone else (form_top < 400)
    assert page.locator(".st-key-header").bounding_box()["height"] < (40 if phone else 80)
    w.check("start")

    # ---- profile
    page.get_by_label("学校名称").fill(SCHOOL)
    page.get_by_label("教职工人数", exact=True).fill("126")
    page.get_by_label("女教职工人数").fill("78")
    page.get_by_label("本年度重点事项（每行一项）").fill("10月建校60周年校庆")
    w.user_words.append("10月建校60周年校庆")
    w.click("开始起草", messages=1, until=PROPOSAL)
    assert "【指导思想】" in w.last_message()
    assert w.in_view(page.locator("[data-testid='stChatMessage']").last)
    w.check("first-proposal")

    # ---- every section: another version, more formal, a chat edit, skip, accept
    plan = {0: ["换一版", "采用"], 1: ["改得更正式", "采用"], 2: ["edit", "采用"], 3: ["跳过"]}
    done = 0
    for step in range(20):
        if page.locator(".st-key-act_accept").count() == 0:
            break
        for action in plan.get(step, ["采用"]):
            if action == "edit":
                w.say("删去第1条")
                assert "删除第1条" in w.last_message(), w.last_message()
                w.check("chat-edit")
            elif action in ("换一版", "改得更正式"):
                w.click(action, messages=2, until=PROPOSAL)
                if step == 0:
                    w.check("another-version")
            else:
                w.click(action, messages=2)
        if "月度工作安排" in w.last_message() and page.get_by_text("逐行修改表格").count():
            schedule_rows(w)
        done += 1
    else:
        pytest.fail("the guided flow did not come to an end")
    assert done >= 12 - 1, done
    end = w.last_message()
    assert "尚未完成" in end and "师德与队伍建设" in end  # the skipped section is named, not forgotten
    assert end.count("全部部分") <= 1
    expect(page.get_by_text(re.compile(r"进度：11/12"))).to_be_visible()
    w.check("all-sections")

    # ---- a question: sources by title, the quote on demand; the next answer comes into view
    w.say("女工部分应该写什么？")
    answer = page.locator("[data-testid='stChatMessage']").last
    sources = answer.locator("[data-testid='stExpander']").first
    assert re.search(r"来源（\d+）$", sources.locator("summary").first.inner_text().strip())
    open_expander(sources)
    open_expander(sources.locator("[data-testid='stExpander']").first)
    shown = answer.inner_text()
    assert "“" in shown and not re.search(r"examples/|policy/|\.txt|\.md\b", shown), shown
    w.check("question-sources")
    w.say("教代会一般什么时候开？")
    assert w.in_view(page.locator("[data-testid='stChatMessage']").last), "the new answer is out of sight"
    w.check("next-answer-in-view")

    # ---- findings lead to their section; saving keeps the user where they are
    sections_tab(w)

    # ---- uploads: GBK, empty, a program
    w.tab("知识库")
    gbk = tmp_path / f"{size}女工活动.txt"
    gbk.write_bytes(f"组织女教职工开展“书香巾帼”读书沙龙（{size}），每月一次，由女工委员负责。\n".encode("gbk"))
    empty = tmp_path / "空白.txt"
    empty.write_bytes(b"")
    program = tmp_path / "安装程序.exe"
    program.write_bytes(b"MZ\x90\x00" * 256)
    w.user_words += [gbk.name, empty.name, program.name]
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files([str(gbk), str(empty), str(program)])
    w.check("upload-chosen")
    w.click("加入知识库", until="() => document.querySelectorAll('[data-testid=stAlert]').length >= 3")
    results = page.locator("[data-testid='stAlert']").all_inner_texts()
    assert any(gbk.name in r and "已加入知识库" in r for r in results), results
    assert any("空白.txt" in r and "文件是空的" in r for r in results), results
    assert any("安装程序.exe" in r and "不能读取这种文件" in r for r in results), results
    w.check("upload-results")

    # ---- downloads
    w.tab("起草")
    downloads(w, tmp_path)
    w.check("downloads")
    if phone:
        sidebar_closes_after_opening(w)
    return w


def open_expander(expander) -> None:
    """Open an expander (a click can land while the chat is still scrolling: try again until it is open)."""
    for _ in range(5):
        if expander.locator("details").first.get_attribute("open") is not None:
            return
        summary = expander.locator("summary").first
        summary.scroll_into_view_if_needed()
        summary.click()
        expander.page.wait_for_timeout(400)
    assert expander.locator("details").first.get_attribute("open") is not None, "the expander did not open"


def choose(page, picker, option) -> None:
    """Pick an option of a select box (again if the list closed as the page moved under the click)."""
    for _ in range(4):
        picker.scroll_into_view_if_needed()
        picker.click()
        choice = page.get_by_role("option", name=option).first
        try:
            choice.wait_for(timeout=2000)
            choice.click(timeout=3000)  # the list can be redrawn under the click while the page settles
        except Exception:  # noqa: BLE001 - Playwright's timeout: the list did not open, or closed again
            page.keyboard.press("Escape")
            page.wait_for_timeout(300)
            continue
        return
    pytest.fail(f"could not choose {option}")


def schedule_rows(w: Walk) -> None:
    """The proposed schedule is its table; one row is changed through the row editor."""
    page = w.page
    table = page.locator("[data-testid='stMarkdown'] table").filter(has_text="工作内容").first
    assert "负责" in table.inner_text() and "参与" in table.inner_text()
    open_expander(page.locator(".st-key-chat_sched_open"))
    w.settle()
    choose(page, page.get_by_label("要修改的行").first, re.compile("^第1行"))
    w.settle()
    # The row's cells are filled by the run the choice starts; a user edits them once they show (an edit typed into
    # the empty new-row form before then was saved as a new row without content: 工作内容不能为空).
    activity = page.get_by_label("工作内容").first
    page.wait_for_function("(el) => el.value.trim().length > 0", arg=activity.element_handle(), timeout=30_000)
    w.settle()
    lead = page.get_by_label("负责").first
    # a value the row does not hold yet (some versions of the draft already name 工会主席 in the first row)
    new_lead = "工会副主席" if lead.input_value() == "工会主席" else "工会主席"
    lead.fill(new_lead)
    w.click("保存这一行", until="() => document.body.innerText.includes('已保存：编辑“月度工作安排”第1行')")
    assert new_lead in table.locator("tbody tr").first.inner_text()
    w.check("schedule-table")


def sections_tab(w: Walk) -> None:
    page = w.page
    w.tab("检查结果")
    w.check("findings")
    link = page.get_by_role("button", name="在逐节修改中打开")
    if link.count():
        w.act(link.first.click, until=f"() => {SELECTED}.includes('逐节修改')")
        opened = page.locator("[class*='st-key-sec_'] details[open]").first
        page.wait_for_timeout(800)
        assert w.in_view(opened), "the section a finding opens is out of sight"
        w.check("finding-opens-section")
    w.tab("逐节修改")
    editor = page.locator(".st-key-sec_goals")
    open_expander(editor)
    w.settle()
    area = editor.locator("textarea")
    area.fill("建设让教职工满意的“职工之家”。\n教职工对工会工作的满意度保持在九成以上。")
    w.user_words += ["建设让教职工满意的“职工之家”。", "教职工对工会工作的满意度保持在九成以上。"]
    w.act(editor.get_by_role("button", name="保存", exact=True).click,
          until="() => document.body.innerText.includes('已保存修改。')")
    selected = page.locator("[role=tab][aria-selected=true]").all_inner_texts()
    assert "逐节修改" in selected, selected  # no jump back to the preview
    w.check("section-saved")

    w.tab("学校信息")
    page.get_by_label("女教职工人数").last.fill("999")
    w.click("保存学校信息", until="() => document.body.innerText.includes('女教职工人数不能超过教职工总数')")
    error = page.get_by_text("女教职工人数不能超过教职工总数")
    assert "学校信息" in page.locator("[role=tab][aria-selected=true]").all_inner_texts()
    error.scroll_into_view_if_needed()
    assert w.in_view(error)
    w.check("profile-error-stays")
    page.get_by_label("女教职工人数").last.fill("80")
    w.click("保存学校信息", until="() => document.body.innerText.includes('学校信息已更新并保存。')")

    w.tab("版本")
    history = page.locator(".st-key-version_list").inner_text()
    assert "采用“指导思想”" in history and "换一版“指导思想”" in history and "跳过“师德与队伍建设”" in history
    assert "编辑“工作目标”" in history and "修改学校信息" in history
    w.check("versions")


def downloads(w: Walk, tmp_path: Path) -> None:
    from docx import Document

    from assistant.domain.blocks import Signature
    from assistant.export.markdown import parse

    page = w.page
    with page.expect_download() as info:
        button = page.get_by_role("button", name="下载 Word 文档")
        button.scroll_into_view_if_needed()
        button.click()
    download = info.value
    assert download.suggested_filename.endswith(".docx") and SCHOOL in download.suggested_filename
    path = tmp_path / f"{w.size}.docx"
    download.save_as(path)
    shutil.copy(path, ARTIFACTS / f"{w.size}-plan.docx")
    document = Document(str(path))
    assert SCHOOL in document.paragraphs[0].text and document.tables
    with page.expect_download() as info:
        page.get_by_role("button", name="下载 Markdown").click()
    markdown = Path(info.value.path()).read_text(encoding="utf-8")
    assert "<!--" not in markdown and markdown.startswith(f"# {SCHOOL}")
    assert isinstance(parse(markdown)[-1], Signature)  # the 落款 is found without any marker


def sidebar_closes_after_opening(w: Walk) -> None:
    page = w.page
    page.locator("[data-testid='stExpandSidebarButton']").click()
    page.wait_for_timeout(500)
    open_button = page.locator("[data-testid='stSidebar']").get_by_role("button", name="打开", exact=True)
    assert open_button.bounding_box()["x"] >= 0
    w.act(open_button.click, until="() => document.body.innerText.includes('已打开草稿')")
    page.wait_for_timeout(600)
    box = page.locator("[data-testid='stSidebarUserContent']").bounding_box()
    assert box is None or box["x"] + box["width"] <= 1, box  # the sidebar is closed again
    w.check("draft-opened")


@pytest.mark.parametrize("size", list(SIZES))
def test_a_union_chair_walks_the_whole_app(server, browser, size, tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True, locale="zh-CN",
                                  is_mobile=size == "phone", has_touch=size == "phone")
    page = context.new_page()
    page.set_default_timeout(60_000)
    started = time.monotonic()
    try:
        page.goto(server)
        done = walk(page, size, tmp_path)
    except BaseException:
        page.screenshot(path=str(ARTIFACTS / f"{size}-failed.png"), full_page=True)  # what the screen showed
        raise
    finally:
        context.close()
    seconds = time.monotonic() - started
    with (ARTIFACTS / "walk-times.txt").open("a", encoding="utf-8") as log:
        log.write(f"{size}: {seconds:.1f} s, {len(done.shots)} screenshots: {', '.join(done.shots)}\n")
    assert len(done.shots) >= 12
