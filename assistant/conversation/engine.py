"""The conversation engine: guides one user section by section, answers, rewrites, and keeps the draft saved.

`Session` is the per-user state (JSON-safe, kept by the caller, e.g. in st.session_state); `Conversation` wraps a
session with the process-wide services. Every public action returns an iterator of events: `Token`s to stream,
then one `Done` with the whole reply, its citations and any notice.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.check.findings import Finding
from assistant.check.review import check_text
from assistant.conversation.base import Part, numbered
from assistant.conversation.drafting import Drafting
from assistant.conversation.edit_requests import EditRequest
from assistant.conversation.edits import Editing
from assistant.conversation.intent import QUESTION as _QUESTION
from assistant.conversation.intent import Recognised, load_exemplars, recognise
from assistant.conversation.replies import Replies
from assistant.conversation.revising import Revising
from assistant.conversation.session import Done, Event, Reply, Session, Token
from assistant.conversation.writer import make_writer
from assistant.domain.plan import Plan, ScheduleItem
from assistant.domain.profile import Profile
from assistant.domain.text import LEADING_NUMBER, drop_control_chars
from assistant.domain.vocab import Intent, Tone
from assistant.errors import UserError
from assistant.export.docx import docx_bytes
from assistant.export.markdown import render
from assistant.services import Services

ALL_DONE = "请在“计划预览”中通读全文、看看“检查结果”，然后下载。"


def skipped_text(titles: list[str]) -> str:
    """What the guided flow says when only skipped sections are left: they are not done."""
    names = "、".join(f"“{t}”" for t in titles)
    return (f"其余部分都已处理，但{names}已跳过、尚未完成，导出的计划中不会包含。"
            f"可以说“写{titles[0]}”回来补写，或说“{titles[0]}不适用”把它标记为不适用。")


class Conversation(Part):
    """One user's conversation over the shared services."""

    def __init__(self, services: Services, session: Session):
        super().__init__(services, session, make_writer(services.chat_model, services.settings, services.lawbook))
        self._drafting = Drafting(services, session, self.writer)
        self._replies = Replies(services, session, self.writer)
        self._revising = Revising(services, session, self.writer)
        self._editing = Editing(services, session, self.writer)

    def guidance(self, key: str | None = None) -> str:
        """What the current (or given) section should contain, for the user."""
        key = key or self.session.current
        if not key:
            return ""
        spec = self.structure.section(key)
        needs = "；".join(spec.needs)
        return f"“{spec.title}”：{spec.guidance}" + (f" 要点：{needs}。" if needs else "")

    # ------------------------------------------------------------------ the guided flow

    def start(self, profile: Profile) -> Iterator[Event]:
        """Begin (or restart) a plan for a school and propose the first section."""
        self.session.plan = Plan.empty(profile, self.structure)
        self.session.proposal = None
        self.session.current = self.next_key()
        intro = (
            f"好的，我们来起草《{profile.plan_title}》。共 {self.plan.progress()[1]} 个部分，我会逐节给出建议稿，"
            "您可以“采用”“换一版”“改得更正式”或“跳过”，也可以随时提问或提出修改要求。\n\n"
        )
        notice = self.commit(intro, what="开始起草")
        yield Token(intro)
        for event in self.propose():
            if isinstance(event, Done):
                event.reply.text = intro + event.reply.text
                if notice:
                    event.reply.notice = "；".join(n for n in (event.reply.notice, notice) if n)
            yield event

    def update_profile(self, profile: Profile) -> str | None:
        """Change the school's facts without losing drafted sections; returns a notice if saving failed."""
        if self.plan is None:
            self.session.plan = Plan.empty(profile, self.structure)
            self.session.current = self.next_key()
        else:
            self.plan.profile = profile
        return self.save_notice("修改学校信息")

    def propose(self, key: str | None = None, variant: int = 0, instruction: str = "") -> Iterator[Event]:
        """Draft a proposal for a section (the current one by default) and offer it."""
        return self._drafting.propose(key, variant, instruction)

    def accept(self) -> Iterator[Event]:
        """Adopt the current proposal, autosave, and propose the next section."""
        proposal = self.session.proposal
        if not self.plan or proposal is None:
            edited = "您的修改已自动保存，无需再采用。" if self.plan and self.session.undo else ""
            text = "目前没有待采用的建议稿。" + edited + (self.progress_text() if self.plan else "请先填写学校信息。")
            yield from self.offline(text, Reply(text, Intent.ACCEPT))
            return
        self.session.remember(self._editing.snapshot_of(f"采用“{proposal.title}”", [proposal.key],
                                                         schedule=proposal.key == "schedule"))
        self.plan.set_section(proposal.key, proposal.paragraphs, status="accepted")
        self.session.proposal = None
        self.session.current = self.next_key(after=proposal.key)
        lead = f"已采用“{proposal.title}”，并已自动保存。" + self.progress_text() + "\n\n"
        notice = self.commit(lead, what=f"采用“{proposal.title}”")
        if notice:
            lead = f"已采用“{proposal.title}”，但保存失败：{notice}\n\n"
        yield from self._then_next(lead, Intent.ACCEPT, notice)

    def skip(self) -> Iterator[Event]:
        """Leave the current section out and move on."""
        key = self.session.current
        if not self.plan or key is None:
            text = self.progress_text()
            yield from self.offline(text, Reply(text, Intent.SKIP))
            return
        self.session.remember(self._editing.snapshot_of(f"跳过“{self.plan.sections[key].title}”", [key]))
        self.plan.set_status(key, "skipped")
        self.session.proposal = None
        self.session.current = self.next_key(after=key)
        lead = (f"已跳过“{self.plan.sections[key].title}”。它仍算未完成（进度和导出提示里都会列出），"
                "之后可以随时回来补写，或说“不适用”标记为不适用。\n\n")
        notice = self.commit(lead, what=f"跳过“{self.plan.sections[key].title}”")
        yield from self._then_next(lead, Intent.SKIP, notice)

    def _then_next(self, lead: str, intent: Intent, notice: str | None) -> Iterator[Event]:
        yield Token(lead)
        if self.session.current is None:
            skipped = [self.plan.sections[k].title for k in self.plan.missing()]
            end = skipped_text(skipped) if skipped else ALL_DONE
            yield Token(end)
            yield from self.finish(Reply(lead + end, intent, notice=notice), recorded=end)
            return
        for event in self.propose():
            if isinstance(event, Done):
                event.reply.text = lead + event.reply.text
                event.reply.intent = intent
                if notice:
                    event.reply.notice = notice
            yield event

    def regenerate(self) -> Iterator[Event]:
        """Another version of the current section."""
        variant = (self.session.proposal.variant + 1) if self.session.proposal else 1
        for event in self.propose(self.session.current, variant=variant):
            if isinstance(event, Done) and self.session.proposal is not None:
                # Saved, so the version history shows it and a reload offers this version, not the one before.
                failed = self.save_notice(f"换一版“{self.session.proposal.title}”")
                event.reply.notice = "；".join(n for n in (event.reply.notice, failed) if n) or None
            yield event

    def edit_section(self, key: str, text: str) -> str | None:
        """Replace a section with the user's own text (from the preview editor); returns a notice on failure."""
        if not self.plan:
            return "请先填写学校信息。"
        paragraphs = [LEADING_NUMBER.sub("", line).strip() for line in drop_control_chars(text).splitlines()]
        paragraphs = [p for p in paragraphs if p]
        self.session.remember(self._editing.snapshot_of(f"修改“{self.plan.sections[key].title}”", [key]))
        # An emptied section is not done: it goes back to the list of sections still to write.
        self.plan.set_section(key, paragraphs, status="accepted" if paragraphs else "empty")
        if self.session.proposal and self.session.proposal.key == key:
            self.session.proposal = None
        if self.session.current == key:
            self.session.current = self.next_key(after=key)
        return self.save_notice(f"编辑“{self.plan.sections[key].title}”")

    def edit_schedule(self, items: list[ScheduleItem], what: str) -> str | None:
        """Replace the monthly table with rows the user edited (the table editor); a notice when saving failed."""
        if not self.plan:
            return "请先填写学校信息。"
        self.session.remember(self._editing.snapshot_of(what, [], schedule=True))
        self.plan.set_schedule(items)
        return self.save_notice(what)

    # ------------------------------------------------------------------ questions, rewrites, revisions

    def ask(self, question: str) -> Iterator[Event]:
        """A grounded answer with citations."""
        return self._replies.ask(question)

    def rewrite(self, text: str, tone: Tone = Tone.FORMAL) -> Iterator[Event]:
        """Rewrite a passage the user gave, keeping every fact."""
        return self._replies.rewrite(text, Tone.parse(tone))

    def formalize(self, tone: Tone = Tone.FORMAL) -> Iterator[Event]:
        """Rewrite the current proposal in a given tone."""
        return self._replies.formalize(Tone.parse(tone))

    def revise(self, instruction: str, key: str | None = None) -> Iterator[Event]:
        """Change a section by the user's instruction (加上校庆的内容, 女工部分写得具体些, 删去…)."""
        if not self.plan:
            return self.ask(instruction)
        return self._revising.revise(instruction, key)

    # ------------------------------------------------------------------ free text

    def send(self, message: str) -> Iterator[Event]:
        """Handle a free-text message: recognise the intent and act on it."""
        text = (message or "").strip()
        if not text:
            reply = Reply("消息是空的：请输入问题或修改要求。", Intent.OTHER)
            yield from self.offline(reply.text, reply)
            return
        limit = self.settings.message_limit
        if len(text) > limit:
            reply = Reply(
                f"消息太长（{len(text)} 字），超过了 {limit} 字的上限。请分段发送，或把文件作为附件上传到知识库。",
                Intent.OTHER,
            )
            yield from self.offline(reply.text, reply)
            return
        self.record("user", text)
        if self._editing.cancels(text):
            yield from self._editing.cancel()
            return
        yield from self._dispatch(text, self._recognise(text))

    def undo(self) -> Iterator[Event]:
        """Put back what the last change made through the chat (an edit, 采用, 跳过, 不适用) replaced."""
        return self._editing.perform(EditRequest("undo"))

    def _dispatch(self, text: str, found: Recognised) -> Iterator[Event]:
        if found.kind == Intent.ACCEPT:
            yield from self.accept()
        elif found.kind == Intent.SKIP:
            yield from self.skip()
        elif found.kind == Intent.REGENERATE:
            yield from self.regenerate()
        elif found.kind in (Intent.PROGRESS, Intent.EXPORT):
            reply = Reply(self.progress_text() if found.kind == Intent.PROGRESS else self._export_text(), found.kind)
            yield from self.offline(reply.text, reply)
        elif found.kind == Intent.REWRITE:
            yield from (self.rewrite(found.text, found.tone) if found.text else self.formalize(found.tone))
        elif found.kind == Intent.REVISE and found.edit is not None:
            yield from self._editing.perform(found.edit)
        elif found.kind == Intent.REVISE:
            yield from self.revise(text, found.section)
        elif found.kind == Intent.DRAFT and self.plan is not None:
            yield from self.propose(found.section or self.session.current)
        else:
            yield from self.ask(text)

    def _recognise(self, text: str) -> Recognised:
        """Rules and examples, the same with or without a model (the model never routes a message).

        While an edit waits for an answer ("删掉哪一条？"), a reply that completes it ("第四条") carries it out;
        a new command replaces it.
        """
        path = self.settings.knowledge_dir / "intents.yaml"
        exemplars = load_exemplars(path if path.exists() else None)
        found = recognise(text, self.structure, self._editing.parser, exemplars, self._editing.titles())
        if self.session.pending and not found.confident and not _QUESTION.search(text):
            resumed = self._editing.resume(text)
            if resumed is not None:
                return Recognised(Intent.REVISE, resumed.section, edit=resumed)
        if self.session.pending and found.edit is None:
            self.session.pending = None
        if found.edit is None and not found.confident and self.plan is not None and not _QUESTION.search(text) \
                and self._editing.names_notice(text):
            # "那份比赛通知理一理写成一条": an uploaded notice named in a request no rule read is added, before the
            # guess of a rewrite or a question (the notice's own words tell it apart, not a list of verbs)
            edit = EditRequest("add", notice=True, hint=text, message=text)
            return Recognised(Intent.REVISE, found.section, found.tone, edit=edit)
        return found

    def export_warnings(self) -> list[str]:
        """What an export would leave out: sections not yet written (skipped ones included)."""
        if not self.plan:
            return []
        return [f"“{self.plan.sections[k].title}”" + ("已跳过，尚未完成" if self.plan.sections[k].status == "skipped"
                                                     else "尚未完成") + "，导出的计划中不含这一部分。"
                for k in self.plan.missing()]

    def _export_text(self) -> str:
        if not self.plan:
            return "请先填写学校信息并起草计划，之后可以下载 Word 文档（公文格式）和 Markdown。"
        warnings = self.export_warnings()
        caution = ("\n\n注意：" + "".join(warnings) + "可以说“写X”补写，或说“X不适用”。") if warnings else ""
        return "请使用页面上的“下载 Word 文档”或“下载 Markdown”按钮导出当前草稿。" + self.progress_text() + caution

    # ------------------------------------------------------------------ outputs

    def markdown(self) -> str:
        return render(self.plan.to_blocks()) if self.plan else ""

    def docx_bytes(self) -> bytes:
        if not self.plan:
            raise UserError("还没有可以导出的计划：请先填写学校信息并起草。")
        return docx_bytes(self.plan.to_blocks(), self.settings)

    def findings(self) -> list[Finding]:
        """The checker's findings on the draft as rendered. A skipped section is not rendered, so it is reported
        missing; one the user marked 不适用 is not. Last year's plan, when the session keeps one, is compared too."""
        if not self.plan:
            return []
        previous = getattr(self.session, "previous", None)  # last year's plan text, for sessions that keep it
        found = check_text(self.markdown(), self.plan.profile.year, self.services.lawbook,
                           profile=self.plan.profile, structure=self.structure, previous=previous or None)
        waived = {key for key, draft in self.plan.sections.items() if draft.status == "not_applicable"}
        return [f for f in found if not (f.kind == "missing_section" and f.location.section in waived)]


def ask_once(services: Services, question: str, owner: str = "") -> Reply:
    """Answer one question outside a guided session (the CLI's `ask`)."""
    if not (question or "").strip():
        raise UserError("问题不能为空。")
    return last_reply(Conversation(services, Session(owner=owner)).ask(question.strip()))


def last_reply(events: Iterator[Event]) -> Reply:
    """Run an action to its end and return its reply."""
    reply = None
    for event in events:
        if isinstance(event, Done):
            reply = event.reply
    if reply is None:
        raise RuntimeError("a conversation action ended without a reply")
    return reply


__all__ = ["Conversation", "ask_once", "last_reply", "numbered"]
