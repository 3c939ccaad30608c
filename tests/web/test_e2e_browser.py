"""The real app in a real browser: `streamlit run` in a subprocess, driven by Playwright in headless Chromium."""

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
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def chromium_path() -> str | None:
    """Debian's chromium (Playwright's own browser download is not available here)."""
    found = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    return found


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


@pytest.fixture
def server(tmp_path):
    """`streamlit run app.py` on a free loopback port with a fresh data dir, offline."""
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


@pytest.fixture
def page(server):
    executable = chromium_path()
    if executable is None:
        pytest.skip("no chromium binary found (install Debian's chromium and fonts-wqy-microhei)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True,
                                      locale="zh-CN")
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(server)
        yield page
        context.close()
        browser.close()


def test_draft_accept_and_download_docx(page, tmp_path):
    from docx import Document
    from playwright.sync_api import expect

    expect.set_options(timeout=60_000)  # the first action waits for the index to be built
    expect(page.get_by_text("学校信息", exact=True)).to_be_visible()
    expect(page.get_by_text("离线模式", exact=False).first).to_be_visible()
    page.get_by_label("学校名称").fill(SCHOOL)
    page.get_by_label("教职工人数", exact=True).fill("126")
    page.get_by_label("女教职工人数").fill("78")
    page.get_by_label("本年度重点事项（每行一项）").fill("10月建校60周年校庆")
    page.get_by_role("button", name="开始起草").click()

    messages = page.locator('[data-testid="stChatMessage"]')
    proposal = messages.filter(has_text="【指导思想】").last
    expect(proposal).to_contain_text("请选择：采用")
    first = re.search(r"^1\. (.+)$", proposal.inner_text(), flags=re.M).group(1).strip()

    page.get_by_role("button", name="采用", exact=True).click()
    expect(messages.filter(has_text="已采用“指导思想”").last).to_be_visible()
    expect(page.get_by_text("进度：1/", exact=False)).to_be_visible()
    assert "draft=" in page.url

    with page.expect_download() as info:
        page.get_by_role("button", name="下载 Word 文档").click()
    download = info.value
    assert download.suggested_filename.endswith(".docx") and SCHOOL in download.suggested_filename
    path = tmp_path / "plan.docx"
    download.save_as(path)
    paragraphs = [p.text for p in Document(str(path)).paragraphs]
    assert SCHOOL in paragraphs[0] or any(SCHOOL in p and "工作计划" in p for p in paragraphs[:3])
    assert any(first[:40] in p for p in paragraphs), (first, paragraphs)

    page.screenshot(path=str(tmp_path / "app.png"), full_page=False)
    assert (tmp_path / "app.png").stat().st_size > 10_000

    # A reload reopens the same draft from the store (the draft id is in the URL).
    page.reload()
    expect(page.locator('[data-testid="stChatMessage"]').filter(has_text="已打开草稿").first).to_be_visible()
    expect(page.get_by_text("进度：1/", exact=False)).to_be_visible()
