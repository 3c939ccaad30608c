"""Keeping the user's eyes where things happen: a script that brings the newest answer, or a section the user asked
to open, into view — inside the chat box and on the page — without moving what is already visible."""

from __future__ import annotations

import json

ANSWER = "answer"
CHAT_BOX = "chatbox"  # the key of the chat's scrolling container (Streamlit gives it the class st-key-chatbox)

_SCRIPT = """<script>
(() => {
  const target = %(target)s;  // run %(nonce)d
  const find = () => {
    if (target === "answer") {
      const all = document.querySelectorAll(".st-key-%(box)s [data-testid='stChatMessage']");
      return all.length ? all[all.length - 1] : null;
    }
    return document.querySelector(".st-key-" + target);
  };
  const bring = (el) => {
    // Scrolling boxes from the inside out; the page itself (Streamlit's main area, under a fixed top bar) last.
    const page = document.querySelector("[data-testid='stMain']") || document.scrollingElement;
    for (let box = el.parentElement; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      const scrolls = /(auto|scroll)/.test(style.overflowY) && box.scrollHeight > box.clientHeight + 2;
      if (!scrolls && box !== page) continue;
      const r = el.getBoundingClientRect(), b = box.getBoundingClientRect();
      const top = box === page ? 72 : b.top, bottom = box === page ? window.innerHeight - 8 : b.bottom;
      if (r.height > bottom - top || r.top < top) box.scrollTop += r.top - top;
      else if (r.bottom > bottom) box.scrollTop += r.bottom - bottom;
      if (box === page) break;
    }
  };
  // Again a little later: the chat box follows new content to its bottom by itself (sources drawn last).
  let tries = 0, brought = 0;
  const timer = setInterval(() => {
    const el = find();
    if (el && [1, 4, 9].includes(++brought)) bring(el);
    if (brought >= 9 || ++tries > 40) clearInterval(timer);
  }, 100);
})();
</script>"""


def scroll_script(target: str, nonce: int) -> str:
    """The script for st.html: `target` is ANSWER or the key of a keyed element (e.g. "sec_women"). `nonce` makes
    each request a new element, so the browser runs it again."""
    return _SCRIPT % {"target": json.dumps(str(target)), "nonce": int(nonce), "box": CHAT_BOX}


def section_anchor(key: str) -> str:
    """The key of the 逐节修改 expander of a section, which a finding's link scrolls to."""
    return f"sec_{key}"


_CLOSE_SIDEBAR = """<script>
(() => {  // run %(nonce)d
  let tries = 0;
  const timer = setInterval(() => {
    const bar = document.querySelector("[data-testid='stSidebar']");
    const open = bar && bar.getAttribute("aria-expanded") !== "false" && bar.getBoundingClientRect().right > 1;
    const button = document.querySelector("[data-testid='stSidebarCollapseButton'] button");
    if (!open) { clearInterval(timer); return; }
    if (button) button.click();
    if (++tries > 20) clearInterval(timer);
  }, 100);
})();
</script>"""


def close_sidebar_script(nonce: int) -> str:
    """The script for st.html that closes the sidebar (after a draft was chosen: on a phone it covers the page)."""
    return _CLOSE_SIDEBAR % {"nonce": int(nonce)}
