"""A saved plan of our own (tests/conversation/data/sample_plan.md) opened in a conversation, and ways to read it."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.conversation.engine import Conversation, last_reply
from assistant.conversation.session import Reply, Session
from assistant.domain.plan import Plan, group_items
from assistant.domain.profile import Profile
from assistant.export.importing import plan_from_markdown
from assistant.index.knowledge_index import KnowledgeIndex
from assistant.services import Services, build_services
from assistant.settings import load_settings

SAMPLE = Path(__file__).parent / "data" / "sample_plan.md"
ROOT_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
PROFILE = dict(school="江城市第三小学", year=2027, staff=70, female_staff=50, retirees=12, upper_union="江城市教育工会",
               sign_on="2027-01-06")


def sample_plan(structure) -> Plan:
    return plan_from_markdown(SAMPLE.read_text(encoding="utf-8"), Profile(**PROFILE), structure)


def services_with_upload(data_dir: Path, text: str, name: str, owner: str) -> Services:
    """Offline services over the shipped knowledge plus one school's uploaded file (a notice, usually)."""
    settings = load_settings(data_dir=data_dir, knowledge_dir=ROOT_KNOWLEDGE)
    index = KnowledgeIndex(settings)
    index.ensure_built()
    services = build_services(settings, model=None, index=index)
    assert services.add_upload(text.encode(), name, owner=owner).added
    return services


def open_plan(services, current: str | None = None, owner: str = "") -> Conversation:
    """A conversation on the sample plan, with `current` (a section key) on screen."""
    session = Session(owner=owner, plan=sample_plan(services.structure), current=current)
    return Conversation(services, session)


def send(conversation: Conversation, message: str) -> Reply:
    return last_reply(conversation.send(message))


def items(plan: Plan, key: str) -> list[str]:
    return [" ".join(i) for i in group_items(plan.sections[key].paragraphs, plan.sections[key].numbered)]


def added_item(before: Plan, conversation: Conversation, key: str, reply: Reply) -> str:
    """The one item an edit added at the end of a section (fails, showing the reply, unless exactly one was added)."""
    after = items(conversation.plan, key)
    assert len(after) == len(items(before, key)) + 1, reply.text
    return after[-1]


def others_unchanged(before: Plan, after: Plan, *keys: str) -> bool:
    """Every section but `keys` (and the table unless "schedule" is among them) is as it was."""
    same = all(before.sections[k].to_dict() == after.sections[k].to_dict() for k in before.sections if k not in keys)
    return same and ("schedule" in keys or before.schedule == after.schedule) and before.profile == after.profile


def numbering(markdown: str, title: str) -> list[int]:
    """The item numbers shown under a section heading of the exported Markdown."""
    block = re.split(rf"^#+ \S*{re.escape(title)}$", markdown, flags=re.M)[1].split("\n#", 1)[0]
    return [int(n) for n in re.findall(r"^(\d+)\. ", block, flags=re.M)]
