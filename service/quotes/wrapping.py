"""Text hard-wrapped at a fixed width (plain-text mail, wire feeds, pasted PDFs), its
paragraphs' lines joined again, so that a quote or a reporting clause broken over two
lines reads as one.
"""

from __future__ import annotations

import re

# A line break inside a paragraph (a line with words on it after), with the last visible
# character of the line before it.
_BREAK_IN_PARAGRAPH = re.compile(r"(\S)([^\S\n]*\n)(?=[^\S\n]*\S)")
# How a line ends that ends a paragraph or a sentence.
_CLOSING = frozenset(".!?:;\"”’'")
# Wrapped text has no line longer than this, and at least this many breaks inside paragraphs.
_WRAP_WIDTH = 100
_MIN_BREAKS = 3


def is_hard_wrapped(text: str) -> bool:
    """Whether the text breaks its paragraphs into lines at a width: no line longer than
    _WRAP_WIDTH, and at least _MIN_BREAKS line breaks inside paragraphs, half of them or
    more after a line with no closing punctuation ('... Fed Chair Jerome Powell told
    reporters after the'). Text written a paragraph to a line ends nearly every line with
    closing punctuation."""
    if max(map(len, text.split("\n"))) > _WRAP_WIDTH:
        return False
    ends = [m.group(1) for m in _BREAK_IN_PARAGRAPH.finditer(text)]
    return len(ends) >= _MIN_BREAKS and 2 * sum(end not in _CLOSING for end in ends) >= len(ends)


def unwrap(text: str) -> str:
    """`text` with each line break inside a paragraph made a space if it is hard-wrapped,
    else `text` itself. One character for one, so every offset holds."""
    if "\n" not in text or not is_hard_wrapped(text):
        return text
    return _BREAK_IN_PARAGRAPH.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
