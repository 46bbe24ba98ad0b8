"""Quotes of articles from the command line (the `quotes-extract` command).

    quotes-extract article.txt [more.txt ...]   one line per file: {"file", "quotes"}
    quotes-extract < articles.jsonl             one line per input line: {"id", "quotes"}

Standard input (no file arguments, or `-`) holds JSON Lines, each {"id": ..., "text": ...};
blank lines are skipped. Answers come one JSON line per input, in input order. An input
that cannot be read (a missing file, invalid UTF-8, a line that is not a JSON object
with a string `text`, a text over the pipeline's max_length) gets {"id" or "file",
"error"} in its place and the rest go on; the exit code is 1 if any input failed.

Texts are parsed with nlp.pipe in batches (service/batch.py, shared with POST
/v1/quotes/batch); each batch's parse lives inside nlp.memory_zone() and only plain
records leave it, so a long run does not grow.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from itertools import islice
from typing import IO, Iterable, Iterator

from spacy.language import Language

from service.batch import BATCH_SIZE, pipe_quotes
from service.quotes import DETAILS, detail_names

# A progress line on a terminal only when the run is long enough to want one.
PROGRESS_ITEMS = 20
PROGRESS_BYTES = 1_000_000


@dataclass
class Item:
    """One input: its key ("file" or "id") and value, and its text or why it has none."""

    key: str
    value: object
    text: str | None = None
    error: str | None = None


def file_items(paths: Iterable[str]) -> Iterator[Item]:
    """Each path as an Item holding the file's UTF-8 text."""
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                yield Item("file", path, text=handle.read())
        except (OSError, UnicodeDecodeError) as exc:
            yield Item("file", path, error=f"cannot read {path}: {exc}")


def jsonl_items(stream: IO) -> Iterator[Item]:
    """Each non-blank line of a JSON Lines stream as an Item (bytes or text stream)."""
    for number, line in enumerate(stream, start=1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Item("id", None, error=f"line {number}: not UTF-8 ({exc})")
                continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Item("id", None, error=f"line {number}: not JSON ({exc})")
            continue
        if not isinstance(record, dict):
            yield Item("id", None, error=f"line {number}: not a JSON object")
            continue
        ident, text = record.get("id"), record.get("text")
        if not isinstance(text, str):
            yield Item("id", ident, error=f"line {number}: no string `text`")
            continue
        yield Item("id", ident, text=text)


def _stdin() -> IO:
    """Standard input as bytes when possible, so one bad line cannot stop the run."""
    return getattr(sys.stdin, "buffer", sys.stdin)


def items(paths: list[str]) -> Iterator[Item]:
    """The inputs in order: files, with `-` (or no paths at all) meaning JSON Lines on stdin."""
    for path in paths or ["-"]:
        if path == "-":
            yield from jsonl_items(_stdin())
        else:
            yield from file_items([path])


def answer_batch(nlp: Language, batch: list[Item], batch_size: int = BATCH_SIZE,
                 include: tuple[str, ...] = ()) -> list[dict]:
    """The answer of each item of a batch, parsed with nlp.pipe inside one memory zone;
    quotes carry the optional fields (DETAILS) named in `include`."""
    for item in batch:
        if item.text is not None and len(item.text) > nlp.max_length:
            item.error = f"text of {len(item.text)} characters is over max_length {nlp.max_length}"
            item.text = None
    todo = [item for item in batch if item.text is not None]
    quotes: dict[int, list[dict]] = {}
    texts = [item.text for item in todo]
    for found, item in zip(pipe_quotes(nlp, texts, batch_size, include), todo):
        if isinstance(found, Exception):
            item.error = f"{type(found).__name__}: {found}"
        else:
            quotes[id(item)] = found
    return [{item.key: item.value, "quotes": quotes[id(item)]} if id(item) in quotes
            else {item.key: item.value, "error": item.error} for item in batch]


class Progress:
    """`quotes-extract: N processed` on stderr, on a terminal, once the input is large."""

    def __init__(self, stream: IO, large: bool) -> None:
        self.stream = stream
        self.on = _isatty(stream)
        self.large = large
        self.shown = False

    def update(self, count: int) -> None:
        """Show the count when wanted."""
        if self.on and (self.large or count > PROGRESS_ITEMS):
            self.stream.write(f"\rquotes-extract: {count} processed")
            self.stream.flush()
            self.shown = True

    def close(self) -> None:
        """End the progress line."""
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def _isatty(stream: IO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _large_input(paths: list[str]) -> bool:
    """More than PROGRESS_ITEMS files, or a file (stdin too, when it is one) over PROGRESS_BYTES."""
    files = [p for p in paths if p != "-"]
    if len(files) > PROGRESS_ITEMS:
        return True
    sizes = []
    for path in files:
        try:
            sizes.append(os.path.getsize(path))
        except OSError:
            pass
    if not paths or "-" in paths:
        try:
            sizes.append(os.fstat(sys.stdin.fileno()).st_size)
        except (AttributeError, OSError, ValueError):
            pass
    return any(size > PROGRESS_BYTES for size in sizes)


def main(argv: list[str] | None = None, nlp: Language | None = None) -> int:
    """Entry point: quotes-extract [FILE ...] [--model NAME] [--batch-size N]."""
    parser = argparse.ArgumentParser(prog="quotes-extract", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="plain-text articles; none or '-': JSON Lines {id, text} on stdin")
    parser.add_argument("--model", help="spaCy pipeline to load (default: QUOTES_MODEL or the embedded model)")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="texts per nlp.pipe batch")
    parser.add_argument("--include", default="", metavar="FIELDS",
                        help="optional quote fields to add, comma-separated: kind, rule")
    args = parser.parse_args(argv)
    if args.batch_size < 1:
        parser.error("--batch-size must be at least 1")
    include, unknown = detail_names([",".join(name.strip() for name in args.include.split(","))])  # ('kind, rule')
    if unknown:
        parser.error(f"--include takes {', '.join(DETAILS)}")

    if nlp is None:
        from service.pipeline import load_pipeline

        nlp = load_pipeline(args.model)
    progress = Progress(sys.stderr, _large_input(args.files))
    failed = done = 0
    inputs = items(args.files)
    try:
        while batch := list(islice(inputs, args.batch_size)):
            for answer in answer_batch(nlp, batch, args.batch_size, include):
                sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
                failed += "error" in answer
            sys.stdout.flush()
            done += len(batch)
            progress.update(done)
    finally:
        progress.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
