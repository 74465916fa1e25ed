"""Turn markdown into plain text, and guess a plain text's title."""

from __future__ import annotations

import re

_MAX_TITLE = 150  # a longer first line is a paragraph, not a title

# (pattern, replacement) applied in order; each one removes markup that is not text.
_MARKDOWN_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"^[ \t]*(?:```|~~~).*$", re.MULTILINE), ""),  # code fences (the code itself stays)
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE), r"\1"),
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # rules
    (re.compile(r"^[ \t]{0,3}=+[ \t]*$", re.MULTILINE), ""),  # setext heading underline
    (re.compile(r"^(?:[ \t]*>[ \t]?)+", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^([ \t]*)[-*+][ \t]+", re.MULTILINE), r"\1"),  # bullets
    (re.compile(r"^[ \t]{0,3}\[[^\]\n^]+\]:[ \t]*<?(?:https?://|www\.|/)\S*.*$", re.MULTILINE), ""),  # link defs
    (re.compile(r"\[\^(\d+)\]:?"), r"[\1]"),  # markdown footnotes become bracket markers
    (re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # [text](url), ![alt](src)
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>\n]*>"), ""),  # inline HTML tags
    (re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),  # backslash escapes
)
_ATX_TITLE = re.compile(r"\s*#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*(?:\n|$)")


def markdown_to_text(markdown: str) -> str:
    """Plain text of a markdown document: headings, emphasis, link targets and the like dropped."""
    text = markdown
    for pattern, replacement in _MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    return text


def markdown_title(markdown: str, plain: str) -> str | None:
    """The text of a leading '# Heading', else the title guessed from the plain text."""
    match = _ATX_TITLE.match(markdown)
    if match:
        return markdown_to_text(match[1]).strip() or None
    return guess_title(plain)


def guess_title(text: str) -> str | None:
    """The first line, when it is short, not a full sentence, and a blank line follows it."""
    stripped = text.lstrip()
    first, newline, rest = stripped.partition("\n")
    first = first.strip()
    if not first or not newline or len(first) > _MAX_TITLE or first.endswith((".", ",", ";")):
        return None
    if rest.split("\n", 1)[0].strip():
        return None
    return first
