"""A small PDF typesetter for detente's examples and test fixtures (needs reportlab, a dev-only tool).

It sets what a report PDF has and the reader must undo: a running head and a page number on every
page, paragraphs with first-line indents, headings, words broken at line ends with a hyphen,
footnote markers set small and raised, the footnotes themselves at the foot of the page that
cites them (in smaller type, under a short rule), and pages set in two columns.

Text comes in as blocks: ("title", text), ("heading", text), ("para", text). A paragraph cites a
note with "[^n]" glued to the word before it; the notes are a dict {n: text}.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

BODY, BODY_SIZE, LEADING = "Times-Roman", 10.5, 13.5
HEAD_FONT, HEAD_SIZE = "Times-Bold", 12.5
TITLE_SIZE = 17
NOTE_SIZE, NOTE_LEADING = 8, 10
MARK_SIZE, MARK_RISE = 6.5, 3.8
RUN_FONT, RUN_SIZE = "Helvetica", 8
MARGIN, GUTTER, INDENT = 72, 22, 14
_MARK = re.compile(r"\[\^(\d+)\]")


@dataclass
class Word:
    text: str
    marks: list[int] = field(default_factory=list)  # notes cited right after the word

    def width(self, font: str = BODY, size: float = BODY_SIZE) -> float:
        marks = ",".join(str(n) for n in self.marks)
        return stringWidth(self.text, font, size) + (stringWidth(marks, BODY, MARK_SIZE) if marks else 0)


@dataclass
class Line:
    words: list[Word]
    kind: str  # para, first (a paragraph's first line), heading, title, gap
    hyphen: bool = False


def words_of(text: str) -> list[Word]:
    found = []
    for token in text.split():
        marks = [int(n) for n in _MARK.findall(token)]
        found.append(Word(_MARK.sub("", token), marks))
    return found


def _split(word: Word, room: float) -> tuple[Word, Word] | None:
    """A long word cut where its first part (with a hyphen) fits in `room`: after a vowel followed by
    a consonant, at least three letters on each side."""
    text = word.text
    for cut in range(len(text) - 3, 2, -1):
        if text[cut - 1] in "aeiou" and text[cut] not in "aeiou" and text[:cut].isalpha():
            head = Word(text[:cut] + "-")
            if head.width() <= room:
                return head, Word(text[cut:], word.marks)
    return None


def wrap(words: list[Word], width: float, kind: str) -> list[Line]:
    """Lines of a block at a column width, breaking long words with a hyphen when that fills a line."""
    lines: list[Line] = []
    current: list[Word] = []
    room = width - (INDENT if kind == "para" else 0)
    font, size = _font(kind)
    queue = list(words)
    while queue:
        word = queue.pop(0)
        space = stringWidth(" ", font, size) if current else 0
        if word.width(font, size) + space <= room:
            current.append(word)
            room -= word.width(font, size) + space
            continue
        parts = _split(word, room - space) if kind in ("para", "cont") and len(word.text) >= 8 else None
        if parts:
            current.append(parts[0])
            queue.insert(0, parts[1])
        else:
            queue.insert(0, word)
        lines.append(Line(current, _line_kind(kind, lines), hyphen=parts is not None))
        current, room = [], width
    if current:
        lines.append(Line(current, _line_kind(kind, lines)))
    return lines


def _line_kind(kind: str, lines: list[Line]) -> str:
    if kind == "cont":
        return "para"
    return "first" if kind == "para" and not lines else kind


def _rewrap_remainder(queue: list) -> list:
    """The lines of a paragraph the last page cut, made a block again ("cont": no indent), so the
    next page sets them at its own column width."""
    count = 0
    while count < len(queue) and not isinstance(queue[count], tuple):
        count += 1
    if not count or queue[0].kind not in ("para", "first"):
        return queue
    words: list[Word] = []
    for line in queue[:count]:
        for word in line.words:
            if words and words[-1].text.endswith("-") and getattr(words[-1], "cut", False):
                words[-1] = Word(words[-1].text[:-1] + word.text, word.marks)
            else:
                words.append(word)
        if line.hyphen and words:
            words[-1].cut = True  # type: ignore[attr-defined]
    return [("cont", words), *queue[count:]]


def _font(kind: str) -> tuple[str, float]:
    if kind == "title":
        return HEAD_FONT, TITLE_SIZE
    if kind == "heading":
        return HEAD_FONT, HEAD_SIZE
    return BODY, BODY_SIZE


def _height(line: Line) -> float:
    return {"title": 21, "heading": 16, "gap": 10}.get(line.kind, LEADING)


class Document:
    """Blocks set into pages: `columns` maps a page number to its number of columns (default 1)."""

    def __init__(self, blocks: list[tuple[str, str]], notes: dict[int, str], head: str,
                 columns: dict[int, int] | None = None, title: str = "", date: str = "",
                 created: str = "20000101", pagesize: tuple[float, float] = A4) -> None:
        self.blocks, self.notes, self.head = blocks, notes, head
        self.columns = columns or {}
        self.title, self.date, self.created = title, date, created
        self.width, self.height = pagesize

    def write(self, path: str, password: str | None = None) -> None:
        canvas = _canvas(path, password)
        canvas.setTitle(self.title)
        canvas.setDateFormatter(lambda *_: f"D:{self.created}000000Z")  # the same bytes on every run
        canvas.setPageSize((self.width, self.height))
        queue = self._queue()
        page = 1
        while queue:
            taken, notes, queue = self._fit_page(queue, page)
            self._draw_page(canvas, page, taken, notes)
            canvas.showPage()
            page += 1
        canvas.save()

    def _queue(self) -> list[tuple[str, list[Word]]]:
        """Blocks as (kind, words), wrapped later at the width of the column they land in."""
        return [(kind, words_of(text)) for kind, text in self.blocks]

    def _frame_width(self, page: int) -> float:
        n = self.columns.get(page, 1)
        return (self.width - 2 * MARGIN - (n - 1) * GUTTER) / n

    def _fit_page(self, queue: list, page: int) -> tuple[list[list[Line]], list[int], list]:
        """The lines each column of the page takes (re-setting until the notes they cite fit), and
        what is left for the next pages."""
        queue = _rewrap_remainder(queue)
        reserve = 0.0
        for _ in range(6):
            taken, cited, rest = self._fill(list(queue), page, reserve)
            need = self._notes_height(cited)
            if need <= reserve:
                break
            reserve = need
        return taken, cited, rest

    def _fill(self, queue: list, page: int, reserve: float) -> tuple[list[list[Line]], list[int], list]:
        """Lines per column, given the room the notes take at the foot, and the rest of the queue; a
        block is wrapped at the width of the column it starts in."""
        width = self._frame_width(page)
        top, bottom = self.height - MARGIN - 10, MARGIN + 20 + reserve
        columns: list[list[Line]] = []
        index = 0
        for _ in range(self.columns.get(page, 1)):
            column: list[Line] = []
            y = top
            while index < len(queue):
                item = queue[index]
                if isinstance(item, tuple):  # a block not yet wrapped to this width
                    kind, words = item
                    wrapped = wrap(words, width, kind)
                    if kind in ("heading", "title"):
                        wrapped = [Line([], "gap"), *wrapped]
                    queue[index:index + 1] = wrapped
                    continue
                if y - _height(item) < bottom:
                    break
                column.append(item)
                y -= _height(item)
                index += 1
            columns.append(column)
        cited = [n for column in columns for line in column for word in line.words for n in word.marks]
        return columns, cited, queue[index:]

    def _notes_height(self, cited: list[int]) -> float:
        if not cited:
            return 0.0
        lines = sum(len(wrap(words_of(f"{n} {self.notes[n]}"), self.width - 2 * MARGIN, "note")) for n in cited)
        return 22 + lines * NOTE_LEADING

    def _draw_page(self, canvas: Canvas, page: int, columns: list[list[Line]], cited: list[int]) -> None:
        canvas.setFont(RUN_FONT, RUN_SIZE)
        canvas.drawString(MARGIN, self.height - MARGIN + 14, self.head)
        canvas.drawRightString(self.width - MARGIN, self.height - MARGIN + 14, self.date)
        canvas.drawCentredString(self.width / 2, MARGIN - 24, str(page))
        width = self._frame_width(page)
        for number, column in enumerate(columns):
            x = MARGIN + number * (width + GUTTER)
            y = self.height - MARGIN - 10
            for line in column:
                y -= _height(line)
                _draw_line(canvas, line, x, y)
        self._draw_notes(canvas, cited)

    def _draw_notes(self, canvas: Canvas, cited: list[int]) -> None:
        if not cited:
            return
        y = MARGIN + 20 + self._notes_height(cited) - 6
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y, MARGIN + 120, y)
        y -= 4
        for n in cited:
            lines = wrap(words_of(self.notes[n]), self.width - 2 * MARGIN - 10, "note")
            for index, line in enumerate(lines):
                y -= NOTE_LEADING
                if index == 0:
                    canvas.setFont(BODY, MARK_SIZE)
                    canvas.drawString(MARGIN, y + MARK_RISE * 0.8, str(n))
                canvas.setFont(BODY, NOTE_SIZE)
                canvas.drawString(MARGIN + 6, y, " ".join(word.text for word in line.words))


def _draw_line(canvas: Canvas, line: Line, x: float, y: float) -> None:
    if line.kind == "gap":
        return
    font, size = _font(line.kind)
    if line.kind == "first":
        x += INDENT
    for word in line.words:
        canvas.setFont(font, size)
        canvas.drawString(x, y, word.text)
        x += stringWidth(word.text, font, size)
        if word.marks:
            marks = ",".join(str(n) for n in word.marks)
            canvas.setFont(BODY, MARK_SIZE)
            canvas.drawString(x, y + MARK_RISE, marks)
            x += stringWidth(marks, BODY, MARK_SIZE)
        x += stringWidth(" ", font, size)


def _canvas(path: str, password: str | None) -> Canvas:
    if password is None:
        return Canvas(path, pagesize=A4, invariant=1)
    from reportlab.lib.pdfencrypt import StandardEncryption

    return Canvas(path, pagesize=A4, invariant=1, encrypt=StandardEncryption(password, canPrint=0))
