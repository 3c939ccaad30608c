"""Kill-test helper: open the drafts store and save large, self-checking versions in a loop until killed."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.drafts.store import DraftStore  # noqa: E402
from assistant.settings import load_settings  # noqa: E402

OWNER = "kill-test"
PAYLOAD_CHARS = 60_000  # about 180 KB of UTF-8 per version: several pages, so a kill often lands mid-write


def make_content(n: int) -> dict:
    """The deterministic content of write number n; the test recomputes it to verify what it reads back."""
    payload = f"{n}:" + "字" * (PAYLOAD_CHARS + n % 997)
    return {"n": n, "payload": payload, "check": hashlib.sha256(f"{payload}{n}".encode()).hexdigest()}


def main() -> None:
    data_dir, start = sys.argv[1], int(sys.argv[2])
    store = DraftStore(load_settings(data_dir=data_dir))
    drafts = store.list(owner=OWNER)
    print("ready", flush=True)
    n = start
    while True:
        if not drafts or n % 7 == 0:
            drafts = [store.create(f"草稿{n}", make_content(n), owner=OWNER)]
        else:
            latest = drafts[0]
            drafts = [store.save(latest.id, make_content(n), expected_version=latest.current_version, owner=OWNER)]
        print(n, flush=True)  # acknowledged: save() has returned, so the version is committed
        n += 1


if __name__ == "__main__":
    main()
