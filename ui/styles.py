"""The page's look: a compact header, a phone layout (the school form first, a chat box that grows with its
content, no wasted space), and Chinese in place of the few English words Streamlit's own widgets carry."""

from __future__ import annotations

import streamlit as st

PHONE = "640px"  # Streamlit stacks columns below this width

CSS = """
<style>
/* A compact header: the page starts near the top. */
[data-testid="stMainBlockContainer"] { padding-top: 2.25rem; padding-bottom: 2rem; }
.st-key-header p { margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.st-key-header strong { font-size: 1.45rem; line-height: 1.4; }

/* Streamlit's own English: hidden, or replaced by Chinese. */
[data-testid="InputInstructions"] { display: none !important; }
[data-testid="stStatusWidget"] { display: none !important; }
[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"] [data-testid="stMarkdownContainer"] p {
  font-size: 0 !important;
}
[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"] [data-testid="stMarkdownContainer"] p::after {
  content: "选择文件"; font-size: 0.875rem;
}
[data-testid="stFileUploaderDropzoneInstructions"] span { font-size: 0 !important; }
[data-testid="stFileUploaderDropzoneInstructions"] span::after { content: "或把文件拖到这里"; font-size: 0.875rem; }
[data-testid="stFileChipName"] + div { display: none !important; }  /* the file's size, in English units */

/* The queued-script holder: scripts run, nothing shows. */
.st-key-scripts { display: none !important; }

@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] { padding: 4rem 0.75rem 1.5rem; }
  .st-key-header strong { font-size: 1.1rem; }
  .st-key-header p span { display: none; }  /* the subtitle: on a phone the title alone */
  /* Before a plan exists the school form comes first, the greeting after it. */
  .st-key-start > [data-testid="stLayoutWrapper"] > [data-testid="stHorizontalBlock"] { flex-direction: column-reverse !important; }
  .st-key-start > [data-testid="stLayoutWrapper"] > [data-testid="stHorizontalBlock"] > [data-testid="stColumn"] {
    width: 100% !important; flex: 1 1 100% !important;
  }
  /* The chat grows with its content up to most of the screen, instead of a fixed tall box. */
  .st-key-chatbox, [data-testid="stLayoutWrapper"]:has(> .st-key-chatbox) {
    height: auto !important; max-height: 66vh !important;
  }
}
</style>
"""


def apply() -> None:
    """Put the page's style in place (once per run; it draws nothing)."""
    st.html(CSS)
