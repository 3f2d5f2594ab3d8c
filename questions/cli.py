"""Command line: generate, facts, lint (docs/generator.md, "Command line"). Bad input never gives a traceback."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from .bank import bank_to_dict, dumps, validation_errors
from .convert import convert_file
from .extract import extract
from .inputs import InputError
from .lint import lint_bank
from .model import Bank, Source
from .pipeline import DEFAULT_GENERATED_AT, generate
from .read import read
from .segment import segment

MAX_BYTES = 10 * 1024 * 1024  # an article is a few hundred kilobytes; 10 MB is surely not one


def load_source(path: str) -> Source:
    """Read one article (UTF-8 text, or a PDF, Word, HTML or Special:Export file turned into
    article text by `questions.convert`), or raise InputError saying why not."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file")
    if p.is_dir():
        raise InputError("is a directory, not a file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})") from None
    return Source(p.name, convert_file(p.name, data).text)


def _load_all(paths: Sequence[str]) -> tuple[list[tuple[str, Source]], int]:
    sources, errors = [], 0
    for path in paths:
        try:
            sources.append((path, load_source(path)))
        except InputError as exc:
            print(f"error: {path}: {exc}", file=sys.stderr)
            errors += 1
    return sources, errors


def _generated_at() -> str:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else a fixed time: output stays identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return DEFAULT_GENERATED_AT


def _print_text(bank: Bank) -> None:
    for item in bank.items:
        print(f"[{item.fact.kind}/{item.stem.style}] {item.stem.text}")
        for letter, opt in zip("ABCD", item.options, strict=False):
            print(f"  {letter}) {opt.text}{'  *' if opt.correct else ''}")
        print(f"  source: {item.fact.sentence.text[:160]}")
        print()


def cmd_generate(args: argparse.Namespace) -> int:
    """Print a question bank for the given articles."""
    loaded, errors = _load_all(args.paths)
    sources = [s for _, s in loaded]
    bank = generate(
        sources,
        seed=args.seed,
        max_per_document=args.max_per_document,
        generated_at=_generated_at(),
    )
    data = bank_to_dict(bank)
    if args.format == "json":
        sys.stdout.write(dumps(data))
    elif args.format == "jsonl":
        for q in data["questions"]:
            sys.stdout.write(json.dumps(q, ensure_ascii=False) + "\n")
    else:
        _print_text(bank)
    return 2 if errors else 0


def cmd_facts(args: argparse.Namespace) -> int:
    """Print the extracted facts with their offsets."""
    loaded, errors = _load_all(args.paths)
    docs: list[tuple[str, list[dict[str, object]]]] = []
    for path, source in loaded:
        doc = read(source.text, source.name)
        facts = [
            {
                "kind": f.kind,
                "text": f.text,
                "value": f.value,
                "start": f.start,
                "end": f.end,
                "sentence_start": f.sentence.start,
                "sentence_end": f.sentence.end,
            }
            for f in extract(doc, segment(doc))
        ]
        docs.append((path, facts))
    if args.format == "json":
        listed = [{"path": path, "facts": facts} for path, facts in docs]
        sys.stdout.write(json.dumps({"documents": listed}, ensure_ascii=False, indent=2) + "\n")
    else:
        for path, facts in docs:
            for f in facts:
                print(f"{path}:{f['start']}-{f['end']}\t{f['kind']}\t{f['text']}\t{f['value']}")
    return 2 if errors else 0


def cmd_lint(args: argparse.Namespace) -> int:
    """Re-check a bank: one line per flaw, exit 1 if any."""
    try:
        data = json.loads(load_source(args.bank).text)
    except InputError as exc:
        print(f"error: {args.bank}: {exc}", file=sys.stderr)
        return 2
    except json.JSONDecodeError as exc:
        print(f"error: {args.bank}: not JSON ({exc.msg} at line {exc.lineno})", file=sys.stderr)
        return 2
    except RecursionError:
        print(f"error: {args.bank}: nested too deeply", file=sys.stderr)
        return 2
    lines = validation_errors(data)
    if not lines:
        lines = lint_bank(data["questions"], quiz=args.quiz)
    for line in lines:
        print(line)
    return 1 if lines else 0


def parser() -> argparse.ArgumentParser:
    """The argument parser for `python -m questions`."""
    p = argparse.ArgumentParser(prog="python -m questions", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate", help="write a question bank for articles")
    g.add_argument("paths", nargs="+", metavar="PATH")
    g.add_argument("--format", choices=("json", "jsonl", "text"), default="json")
    g.add_argument("--seed", type=int, default=0)
    g.add_argument("--max-per-document", type=int, default=None, metavar="N")
    g.set_defaults(func=cmd_generate)
    f = sub.add_parser("facts", help="print the facts extracted from articles")
    f.add_argument("paths", nargs="+", metavar="PATH")
    f.add_argument("--format", choices=("json", "text"), default="json")
    f.set_defaults(func=cmd_facts)
    lint = sub.add_parser("lint", help="re-check a question bank")
    lint.add_argument("bank", metavar="BANK.json")
    lint.add_argument(
        "--quiz",
        action="store_true",
        help="also treat each document's questions as one quiz (no answer leaks)",
    )
    lint.set_defaults(func=cmd_lint)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = parser().parse_args(argv)
    if getattr(args, "max_per_document", None) is not None and args.max_per_document < 1:
        print("error: --max-per-document must be at least 1", file=sys.stderr)
        return 2
    code: int = args.func(args)
    return code
