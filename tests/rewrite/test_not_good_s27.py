"""不怎么样 / 不咋地 judge a thing as not good (knowledge/formal_lexicon.yaml): the formal rewrite says 欠佳, never the
question word's 如何 ("味道还不如何" was written before). Sentences written for this test (none is an eval case)."""

from __future__ import annotations

import pytest

from assistant.rewrite.rules import rewrite


@pytest.mark.parametrize("text", ["食堂换了承包商，饭菜味道还不咋地。", "新买的打印机效果不怎么样，老师们意见很大。"])
def test_not_good_is_written_as_wanting(text):
    out = rewrite(text, "formal").text
    assert "欠佳" in out and "不如何" not in out, out


def test_how_is_it_still_asks_how():
    assert "如何" in rewrite("这次活动效果怎么样？", "formal").text
