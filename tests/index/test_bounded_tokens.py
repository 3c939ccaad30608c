"""Tokenising in bounded pieces: jieba never gets a long text whole, and the tokens are those of the whole text."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.index.features import TOKENIZE_CHARS, tokens_of
from assistant.index.lexicon import load_lexicon
from assistant.loading.cleaning import normalize

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "knowledge" / "examples").glob("*.txt")) + sorted((ROOT / "knowledge" / "policy").glob("*.md"))


@pytest.fixture(scope="module")
def tokenizer():
    return load_lexicon().tokenizer()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_whole_documents_tokenise_the_same_in_pieces(tokenizer, path):
    text = normalize(path.read_text(encoding="utf-8"))
    assert len(text) > TOKENIZE_CHARS  # long enough to be cut
    assert tokens_of(tokenizer, text) == tokenizer.tokens(text)


def test_an_unbroken_run_reaches_jieba_in_bounded_pieces(tokenizer, monkeypatch):
    seen: list[int] = []
    real = tokenizer.tokens
    monkeypatch.setattr(tokenizer, "tokens", lambda t: seen.append(len(t)) or real(t))
    run = "工会教职工民主管理校务公开" * 2000  # 26,000 characters, no break jieba would cut at
    tokens = tokens_of(tokenizer, run)
    assert max(seen) <= TOKENIZE_CHARS and len(seen) == -(-len(run) // TOKENIZE_CHARS)
    assert tokens.count("校务公开") >= 1900  # words cut at a piece's edge are the only ones lost
