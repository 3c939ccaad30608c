"""Focus areas on concerns nobody tuned for (thirteenth session): a topic found by likeness alone must stand clear
of the next one, a noun that says which teachers is not the concern, and a complaint about chances to study finds
the topic for it (knowledge/focus_topics.yaml training_chances). Complaints written for these tests."""

from __future__ import annotations

from assistant.compose.concern import candidates
from assistant.compose.focus import FocusMatcher, FocusTopic


class _Fixed:
    """A likeness that scores each exemplar as told: the test decides how alike the topics look."""

    name = "e5"

    def __init__(self, scores: dict[str, float]):
        self.scores = scores

    def similarities(self, text, texts):
        return [self.scores.get(t, 0.5) for t in texts]


def _topic(key: str, exemplar: str) -> FocusTopic:
    return FocusTopic(key=key, name=f"{key}专题", section="welfare", kinds=(), keywords=(f"{key}词",),
                      exemplars=(exemplar,), measures=("工会委员会每学期走访一次。",))


def test_a_topic_found_by_likeness_alone_needs_a_clear_lead():
    topics = (_topic("甲", "甲的说法"), _topic("乙", "乙的说法"))
    close = FocusMatcher(topics, _Fixed({"甲的说法": 0.95, "乙的说法": 0.94}))
    assert close.match("说不清是哪一样的一段长长的抱怨话") is None
    clear = FocusMatcher(topics, _Fixed({"甲的说法": 0.97, "乙的说法": 0.90}))
    found = clear.match("说不清是哪一样的一段长长的抱怨话")
    assert found is not None and found.topic.key == "甲"


def test_the_words_that_say_which_teachers_are_not_the_concern():
    found = candidates("音乐老师的琴房冬天太冷，手都冻僵了", frozenset())
    assert "音乐" not in found and "琴房" in found
    assert "体育" not in candidates("体育老师的器材室漏雨", frozenset())


def test_a_complaint_about_chances_to_study_finds_its_topic(composer):
    found = composer.focus_matcher.match("我们这里的老师好几年都轮不到一次外出学习，进修名额总给城里学校", "小学")
    assert found is not None and found.topic.key == "training_chances"
