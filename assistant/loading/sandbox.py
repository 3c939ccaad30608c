"""Reading an upload in a separate process with time and memory limits, before anything of it is stored.

Parsing, cleaning and splitting a document is the heavy part of an upload, and its cost is set by whoever wrote the
file. The parent sends the bytes to a fresh `python -m assistant.loading.sandbox`, which first lowers its own limits
(address space, CPU time, no core file) and then reads the file into passages; the parent waits at most the
allowed time and kills it after that. A file that exceeds a limit is refused with a Chinese reason, and since
nothing was written yet, it leaves no trace. Protocol: one JSON header line, then the file's bytes, on stdin; one
JSON object on stdout: {"passages": [[text, *fields], …]} or {"error": reason}.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

from assistant.domain.passages import Passage
from assistant.errors import LoadError
from assistant.loading import knowledge
from assistant.loading.names import (
    UploadLimits,
    needed_too_much_memory,
    reading_failed,
    took_too_long,
    upload_name,
)

MODULE = "assistant.loading.sandbox"
FIELDS = tuple(f.name for f in dataclasses.fields(Passage) if f.name != "extra")
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # the directory holding the `assistant` package
_TIME_SIGNALS = (signal.SIGKILL, signal.SIGXCPU)


def read_upload(data: bytes, filename: str, owner: str, limits: UploadLimits) -> list[Passage]:
    """Passages of an upload read in a child process within `limits`; raises LoadError with the Chinese reason."""
    name = upload_name(filename)
    header = json.dumps({"filename": name, "owner": owner, "limits": dataclasses.asdict(limits)}, ensure_ascii=False)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH", "")) if p)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    process = subprocess.Popen(
        [sys.executable, "-m", MODULE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, close_fds=True, start_new_session=True,  # its own group: a Ctrl-C meant for us does not reach it
    )
    try:
        out, err = process.communicate(header.encode("utf-8") + b"\n" + data, timeout=limits.seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise LoadError(took_too_long(name, limits.seconds)) from None
    return _passages(name, process.returncode, out, err, limits)


def _passages(name: str, code: int, out: bytes, err: bytes, limits: UploadLimits) -> list[Passage]:
    if code == 0:
        try:
            payload = json.loads(out)
        except ValueError:
            raise LoadError(reading_failed(name)) from None
        if "error" in payload:
            raise LoadError(str(payload["error"]))
        return [Passage(**dict(zip(FIELDS, row))) for row in payload["passages"]]
    if code < 0 and -code in _TIME_SIGNALS:
        raise LoadError(took_too_long(name, limits.seconds))
    if b"MemoryError" in err or (code < 0 and -code in (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS)):
        # C code (lxml, the decoders) that cannot allocate aborts or crashes rather than raising MemoryError.
        raise LoadError(needed_too_much_memory(name, limits.memory_mb))
    raise LoadError(reading_failed(name))


# ---------------------------------------------------------------------------------------------------- child side


def _limit_self(limits: UploadLimits) -> None:
    """Lower this process's own limits (it can never raise them again)."""
    memory = limits.memory_mb * 1024 * 1024
    seconds = max(1, math.ceil(limits.seconds))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def main() -> int:
    header = json.loads(sys.stdin.buffer.readline())
    limits = UploadLimits(**header["limits"])
    _limit_self(limits)
    data = sys.stdin.buffer.read()
    name = header["filename"]
    try:
        passages = knowledge.load_upload(data, name, owner=header["owner"], limits=limits)
        payload: dict = {"passages": [[getattr(p, f) for f in FIELDS] for p in passages]}
    except LoadError as exc:
        payload = {"error": exc.message}
    except MemoryError:
        del data  # room for the message
        payload = {"error": needed_too_much_memory(name, limits.memory_mb)}
    sys.stdout.buffer.write(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
