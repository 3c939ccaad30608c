"""jieba, imported without pkg_resources: every module of the package takes jieba from here.

jieba/_compat.py imports pkg_resources (about 0.2 s of a deprecated setuptools API, on every start) only to open its
own dictionary files, and opens them by path when that import fails — which is all we need. So pkg_resources is made
unimportable for the duration of jieba's import, and nothing else is changed: anyone importing pkg_resources later
gets it as usual.
"""

from __future__ import annotations

import sys

_BLOCK = "pkg_resources" not in sys.modules and "jieba" not in sys.modules
if _BLOCK:
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import pkg_resources` raises ImportError
try:
    import jieba  # noqa: E402
finally:
    if _BLOCK:
        sys.modules.pop("pkg_resources", None)

__all__ = ["jieba"]
