"""The one place that calls questionary: a Prompter for a person at a terminal.

Everything is laid out for the terminal's size, down to 80x24: prompts and choices wrap at word
boundaries (prompt_toolkit would cut words at the edge), guidance is shortened to leave the
question and its choices on screen, and long lists scroll inside a window that fits.
"""

from __future__ import annotations

import shutil
import signal
import sys
import textwrap
from collections.abc import Callable, Sequence
from types import FrameType, TracebackType
from typing import Any

import questionary
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
from prompt_toolkit.layout.dimension import Dimension
from questionary.prompts.common import InquirerControl

from soc2cli.interview import Choice, InterruptedInput, Validator

KEY_NAMES = {"escape": "Esc", "?": "?"}
NOTES_HINT = "Enter saves · Alt-Enter new line · Ctrl-X Ctrl-E editor"


def _adapt(validate: Validator | None) -> Callable[[str], bool | str]:
    def check(value: str) -> bool | str:
        problem = None if validate is None else validate(value)
        return True if problem is None else problem

    return check


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Lines of ``text`` at most ``width`` long, broken between words; blank lines kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(
            textwrap.wrap(
                paragraph,
                width,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [""]
        )
    return lines


def layout(message: str, hint: str, width: int) -> tuple[str, str]:
    """A prompt's message and hint, wrapped for ``width`` columns after questionary's "? ".

    The hint stays on the message's last line when it fits there, else it gets lines of its own.
    """
    room = width - 3
    lines = wrap(message, room)
    text = "\n  ".join(lines)
    if not hint or len(lines[-1]) + len(hint) + 2 <= room:
        return text, hint
    return text, "\n  " + "\n  ".join(wrap(hint, room))


def fit(text: str, width: int, max_lines: int) -> str:
    """``text`` wrapped, and shortened at word boundaries to ``max_lines``: the longest
    paragraphs lose lines first, and a shortened paragraph ends in "…"."""
    paragraphs = [wrap(p, width, "  ") for p in text.split("\n")]
    while sum(len(p) for p in paragraphs) > max_lines:
        longest = max(paragraphs, key=len)
        if len(longest) == 1:
            paragraphs.pop(-2 if len(paragraphs) > 1 else -1)  # keep the last line (a pointer)
            if not paragraphs:
                return ""
            continue
        longest.pop()
        last = longest[-1]
        while len(last) + 2 > width and " " in last.strip():
            last = last.rsplit(" ", 1)[0]
        longest[-1] = last.rstrip(" ,;:") + " …"
    return "\n".join(line for p in paragraphs for line in p)


def _choice_title(title: str, width: int, indent: int) -> str:
    """A choice's title, its further lines indented under its first: never cut mid-word."""
    lines = wrap(title, width - indent - 1)
    return ("\n" + " " * indent).join(lines)


def _keys_hint(choices: Sequence[Choice], numbered: bool, filtered: bool) -> str:
    keyed = [c for c in choices if c.listed and c.key]
    if numbered and keyed:
        parts = [f"press {keyed[0].key}-{keyed[-1].key}" if len(keyed) > 1 else "press 1"]
    else:
        parts = ["↑↓ and Enter" + (", or type to filter" if filtered else "")]
    parts += [f"{KEY_NAMES.get(c.key, c.key)} {c.title}" for c in choices if not c.listed and c.key]
    return " · ".join(parts)


def _interrupt_on_ctrl_d() -> KeyBindings:
    """Ctrl-D does what Ctrl-C does: stop, so the flow saves and says how to resume."""
    bindings = KeyBindings()

    @bindings.add("c-d", eager=True)
    def _(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    return bindings


def _text_bindings(multiline: bool) -> KeyBindings:
    """Ctrl-C and Ctrl-D keep what was typed; with ``multiline``, Enter saves and Alt-Enter
    starts a new line."""
    bindings = KeyBindings()

    @bindings.add("c-c", eager=True)
    @bindings.add("c-d", eager=True)
    def _(event: KeyPressEvent) -> None:
        event.app.exit(
            exception=InterruptedInput(event.current_buffer.text), style="class:aborting"
        )

    if multiline:

        @bindings.add("enter", eager=True)
        def _accept(event: KeyPressEvent) -> None:
            event.current_buffer.validate_and_handle()

        @bindings.add("escape", "enter", eager=True)
        def _newline(event: KeyPressEvent) -> None:
            event.current_buffer.insert_text("\n")

    return bindings


def _choose_by_key(
    control: InquirerControl, choices: Sequence[Choice], echo: Callable[[str], str]
) -> KeyBindings:
    """A choice's key chooses it at once; a key of an unlisted choice also clears the prompt.

    The answer shown after the question is ``echo(value)``: the title, wrapped to fit there.
    """
    bindings = KeyBindings()
    listed = [c for c in choices if c.listed]

    def answer(event: KeyPressEvent, index: int) -> None:
        control.pointed_at = index
        chosen = control.get_pointed_at()
        chosen.title = echo(str(chosen.value))
        control.is_answered = True
        event.app.exit(result=chosen.value)

    @bindings.add("enter", eager=True)
    def _enter(event: KeyPressEvent) -> None:
        if control.filtered_choices:
            answer(event, control.pointed_at)

    for choice in choices:
        if not choice.key:
            continue

        def choose(event: KeyPressEvent, choice: Choice = choice) -> None:
            if choice.listed:
                answer(event, listed.index(choice))
                return
            event.app.erase_when_done = True
            event.app.exit(result=choice.value)

        bindings.add(choice.key, eager=True)(choose)
    return bindings


class TerminalPrompter:
    """Asks with questionary; Ctrl-C raises KeyboardInterrupt so the caller can save and exit.

    Use it as a context manager: between questions the terminal turns Ctrl-C into SIGINT, and
    Python drops the KeyboardInterrupt if it lands while the garbage collector runs a callback.
    The handler also remembers it, and the next question raises it instead of asking.
    """

    def __init__(self) -> None:
        self._interrupted = False
        self._previous: Any = None

    def __enter__(self) -> TerminalPrompter:
        self._previous = signal.signal(signal.SIGINT, self._on_interrupt)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        signal.signal(signal.SIGINT, self._previous)

    def _on_interrupt(self, signum: int, frame: FrameType | None) -> None:
        self._interrupted = True
        raise KeyboardInterrupt

    def _check(self) -> None:
        if self._interrupted:
            raise KeyboardInterrupt

    @staticmethod
    def _size() -> tuple[int, int]:
        size = shutil.get_terminal_size((80, 24))
        return max(40, size.columns), max(12, size.lines)

    @staticmethod
    def _ask(question: questionary.Question, extra: KeyBindings | None = None) -> Any:
        app = question.application
        bindings = [app.key_bindings] if app.key_bindings else []
        # Ctrl-D first, so a prompt's own binding for it (text keeps what was typed) wins.
        app.key_bindings = merge_key_bindings(
            [_interrupt_on_ctrl_d(), *bindings, *([extra] if extra else [])]
        )
        try:
            return question.unsafe_ask()
        except EOFError:
            raise KeyboardInterrupt from None

    def text(
        self,
        message: str,
        *,
        default: str = "",
        validate: Validator | None = None,
        multiline: bool = False,
    ) -> str:
        self._check()
        width = self._size()[0]
        shown, hint = layout(message, NOTES_HINT if multiline else "", width)
        last = (shown + hint).rsplit("\n", 1)[-1]
        if multiline or len(last) + len(default) > width - 8:
            # The answer gets a line of its own: typed text would otherwise wrap mid-word
            # in the little room the prompt leaves.
            hint += "\n"
        question = questionary.text(
            shown,
            default=default,  # pre-filled and editable; Enter keeps it
            validate=_adapt(validate),
            instruction=hint or None,
            multiline=multiline,
            key_bindings=_text_bindings(multiline),
            enable_open_in_editor=multiline,
        )
        answer: str = self._ask(question)
        return answer

    def select(
        self,
        message: str,
        choices: Sequence[Choice],
        *,
        default: str | None = None,
        details: str = "",
    ) -> str:
        self._check()
        width, rows = self._size()
        listed = [c for c in choices if c.listed]
        numbered = len(listed) <= 9
        if numbered:
            keys = iter("123456789")
            choices = [
                c if c.key or not c.listed else Choice(c.value, c.title, next(keys))
                for c in choices
            ]
            listed = [c for c in choices if c.listed]
        filtered = len(listed) > 9
        shown, hint = layout(message, _keys_hint(choices, numbered, filtered), width)
        titles = [_choice_title(c.title, width, 6 if numbered else 3) for c in listed]
        prompt_rows = shown.count("\n") + hint.count("\n") + 1
        list_rows = sum(t.count("\n") + 1 for t in titles)
        window = max(3, min(list_rows, rows - prompt_rows - (3 if filtered else 1)))
        if details:
            room = rows - prompt_rows - window - 3  # and the progress line above the guidance
            sys.stdout.write(fit(details, width - 1, max(3, room)) + "\n")
            sys.stdout.flush()
        question = questionary.select(
            shown,
            choices=[
                questionary.Choice(title=t, value=c.value, shortcut_key=c.key or False)
                for t, c in zip(titles, listed, strict=True)
            ],
            default=default if default in {c.value for c in listed} else None,
            instruction=hint,
            use_shortcuts=numbered,
            use_indicator=False,
            use_jk_keys=False,
            use_search_filter=filtered,
        )
        control = _inquirer(question)
        for found in question.application.layout.find_all_windows():
            if found.content is control:
                found.height = Dimension(max=window)
        titles_by_value = {c.value: c.title for c in listed}
        last_line = shown.rsplit("\n", 1)[-1].strip()

        def echo(value: str) -> str:
            return layout(last_line, titles_by_value[value], width)[1]

        answer: str = self._ask(question, _choose_by_key(control, choices, echo))
        return answer

    def checkbox(
        self, message: str, choices: Sequence[Choice], *, checked: Sequence[str] = ()
    ) -> list[str]:
        self._check()
        width, _ = self._size()
        shown, hint = layout(message, "space ticks · a all · i invert · Enter done", width)
        options = [
            questionary.Choice(
                title=_choice_title(c.title, width, 5), value=c.value, checked=c.value in checked
            )
            for c in choices
        ]
        question = questionary.checkbox(shown, choices=options, instruction=hint)
        answer: list[str] = self._ask(question)
        return answer

    def confirm(self, message: str, *, default: bool = True) -> bool:
        self._check()
        shown, hint = layout(message, "(Y/n)" if default else "(y/N)", self._size()[0])
        question = questionary.confirm(shown, default=default, instruction=hint + " ")
        answer: bool = self._ask(question)
        return answer

    def say(self, message: str) -> None:
        self._check()
        width = min(self._size()[0], 100) - 1
        sys.stdout.write("\n".join(wrap(message, width)) + "\n")
        sys.stdout.flush()


def _inquirer(question: questionary.Question) -> InquirerControl:
    """The list control inside a questionary select."""
    for window in question.application.layout.find_all_windows():
        if isinstance(window.content, InquirerControl):
            return window.content
    raise AssertionError("a select without its list")
