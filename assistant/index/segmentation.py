"""Part-of-speech segmentation on jieba's default dictionary, loaded once per process and shared by the rewriting
engine and the composer's name filter (the dictionary itself comes from `lexicon.base_tokenizer`)."""

from __future__ import annotations

import functools
import logging
import threading

from assistant.index.lexicon import base_tokenizer

_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def _pos_tokenizer():
    # Deferred on purpose: importing jieba.posseg reads its tag table (about a second); most commands never need it.
    import jieba.posseg  # noqa: PLC0415

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tokenizer.tokenizer = base_tokenizer()  # the pristine default dictionary: never add words to it
    tokenizer.word_tag_tab = jieba.posseg.dt.word_tag_tab  # read-only here, so shared rather than copied
    return tokenizer


def pos_tokenizer():
    """A jieba POS tokenizer over the shared default dictionary (segmentation identical to jieba.posseg's)."""
    with _LOCK:  # two threads asking at once build it once
        return _pos_tokenizer()
