"""Part-of-speech segmentation on jieba's default dictionary, loaded once per process and shared by the rewriting
engine and the composer's name filter (the dictionary itself comes from `lexicon.base_tokenizer`).

Importing jieba.posseg reads all 350,000 lines of jieba's dictionary into a tag table (about a second on this
machine), every process, every time. The table is cached here as a marshal file keyed by the dictionary file, the
way jieba caches its own prefix dictionary, so a process after the first loads it in a tenth of the time.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import marshal
import os
import tempfile
import threading
from pathlib import Path

from assistant.index.jieba_import import jieba
from assistant.index.lexicon import base_tokenizer

log = logging.getLogger(__name__)
_LOCK = threading.Lock()


class _NoDictionary:
    """Stands in for jieba's default tokenizer while jieba.posseg imports: its module-level tagger reads nothing."""

    def get_dict_file(self):
        return io.BytesIO(b"")


def _import_posseg():
    """jieba.posseg without the tag-table read its import does (the table is filled from the cache afterwards)."""
    import sys  # noqa: PLC0415 - only to tell whether jieba.posseg was imported before us

    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    default = jieba.dt
    jieba.dt = _NoDictionary()
    try:
        import jieba.posseg as posseg  # noqa: PLC0415 - deferred on purpose: only POS users pay for it
    finally:
        jieba.dt = default
    posseg.dt.tokenizer = default
    posseg.dt.word_tag_tab = _tag_table(default)  # jieba.posseg.cut keeps working for anyone who uses it
    return posseg


def _tag_table(tokenizer) -> dict[str, str]:
    """word → POS tag from jieba's dictionary, through a marshal cache in the temp dir."""
    path = Path(tokenizer.get_dict_file().name)
    stat = path.stat()
    key = hashlib.sha1(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"gonghui-jieba-tags.{key}.marshal"
    try:
        return marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError):
        pass
    table = {}
    with open(path, "rb") as fh:
        for line in fh:
            parts = line.strip().decode("utf-8").split(" ")
            if len(parts) == 3:
                table[parts[0]] = parts[2]
    try:
        fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=cache.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(marshal.dumps(table))
        os.replace(tmp, cache)
    except OSError as exc:  # a read-only temp dir only costs the next process a second
        log.info("could not cache jieba's tag table: %s", exc)
    return table


@functools.lru_cache(maxsize=1)
def _pos_tokenizer():
    posseg = _import_posseg()
    jieba.setLogLevel(logging.WARNING)
    tokenizer = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
    tokenizer.tokenizer = base_tokenizer()  # the pristine default dictionary: never add words to it
    tokenizer.word_tag_tab = posseg.dt.word_tag_tab  # read-only here, so shared rather than copied
    return tokenizer


def posseg_module():
    """jieba.posseg, imported the fast way (its tag table from the cache), for code that builds its own tagger."""
    with _LOCK:
        return _import_posseg()


def pos_tokenizer():
    """A jieba POS tokenizer over the shared default dictionary (segmentation identical to jieba.posseg's)."""
    with _LOCK:  # two threads asking at once build it once
        return _pos_tokenizer()
