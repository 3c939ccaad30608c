"""Reading a question in standard words (rewrite/regional.py, used by the answers before they match a question):
regional words become the standard ones word for word, a tag question and its punctuation stay, a word the reader
maps itself stays for it, and a student called 学生娃 is no birth. Every sentence is written for this test."""

from __future__ import annotations

from assistant.rewrite.regional import standard_words


def test_regional_words_are_read_in_standard_words():
    assert standard_words("食堂冇得人管，这个要得不？") == "食堂没有人管，这个是否可行？"


def test_a_tag_question_and_its_mark_stay():
    assert standard_words("校长讲的对不对？") == "校长讲的对不对？"


def test_a_word_the_reader_maps_itself_is_left_for_it():
    assert standard_words("每天只来俩钟头", ["钟头"]) == "每天只来俩钟头"
    assert "两小时" in standard_words("每天只来俩钟头")


def test_a_student_called_xueshengwa_is_a_student():
    assert standard_words("困难的学生娃也捎带上") == "困难的学生娃也捎带上"
