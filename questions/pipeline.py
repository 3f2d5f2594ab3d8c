"""The generator: read → segment → extract → stem → distractors → lint → rank, per document."""

from __future__ import annotations

import hashlib
import itertools
import random
from collections.abc import Callable, Sequence
from dataclasses import replace

from . import distract, docmodel
from .extract import extract
from .identity import Asked
from .kinds import BY_NAME, Kind
from .lint import Checked, hard_flaws, soft_flaws
from .model import Bank, Document, Fact, Item, Option, Source, Stem
from .rank import prior, select
from .read import read
from .segment import segment
from .stem import make_stem

Progress = Callable[[int, int], None]
"""Called with (facts done, facts in all) as items are written: for a progress bar."""
DEFAULT_GENERATED_AT = "1970-01-01T00:00:00Z"


def question_id(doc: Document, fact: Fact) -> str:
    """Stable id: the same fact of the same document gives the same id on every run."""
    raw = f"{doc.sha256}:{fact.kind}:{fact.start}:{fact.end}".encode()
    return "q-" + hashlib.sha256(raw).hexdigest()[:16]


def document_id(doc: Document) -> str:
    """Stable document id from the text's SHA-256."""
    return "doc-" + doc.sha256[:16]


# Items written for one fact the article states several times (`identity.same_fact`): the bank
# asks it once, and ranking chooses between the two best statements of it.
WRITTEN_PER_FACT = 2


def items_for(doc: Document, seed: int = 0, progress: Progress | None = None) -> list[Item]:
    """The items that pass the hard rules, before ranking: for a fact stated several times,
    those of its best statements (`WRITTEN_PER_FACT`)."""
    rng = random.Random(f"{seed}:{doc.sha256}")  # nosec B311 - reproducible distractors
    sentences = segment(doc)
    facts = extract(doc, sentences)
    docmodel.model(doc, sentences)  # once per document, before the stems consult it
    by_kind: dict[str, list[Fact]] = {}
    for f in facts:
        by_kind.setdefault(f.kind, []).append(f)
    aliases = distract.Aliases(doc.text, doc.title)
    pools = {kind: distract.Pool(group, (), aliases) for kind, group in by_kind.items()}
    items: list[Item] = []
    step = max(1, len(facts) // 50)
    written = Asked()  # the statements given items so far
    # best first, so that a fact the article states many times gets its items from the
    # statements that matter most and no work is spent on the rest (the bank asks it once)
    ranked = _best_first(facts, doc)
    for n, fact in enumerate(ranked, start=1):
        if progress is not None and (n % step == 0 or n == len(facts)):
            progress(n, len(facts))
        if written.count(fact) >= WRITTEN_PER_FACT:
            continue
        kind = BY_NAME.get(fact.kind)
        if kind is None:
            continue
        extracted = fact
        fact, stem = _stem_for(doc, kind, fact)
        if stem is None:
            continue
        result = kind.distract(fact, pools[fact.kind], stem.text, rng)
        if result is None:
            continue
        options, difficulty = result
        checked = Checked(
            fact.kind, stem.style, stem.text, tuple((o.text, o.correct) for o in options)
        )
        if hard_flaws(checked):
            continue
        soft = tuple(soft_flaws(checked))
        qid = question_id(doc, extracted)  # the fact as extracted, which `fresh_options` finds
        fact, options = _as_keyed(doc, fact, options)
        items.append(Item(qid, doc, fact, stem, options, difficulty, 0.0, soft))
        written.add(fact)
    return sorted(items, key=lambda i: (i.fact.start, i.fact.kind))


def _stem_for(doc: Document, kind: Kind, fact: Fact) -> tuple[Fact, Stem | None]:
    """The fact as asked and its stem: a cloze keeps a figure's hedge ("more than _____"), a
    question cannot; a fact whose options cannot be written gets no stem (it would be wasted)."""
    asked = kind.asked(fact)
    if asked is not fact and kind.askable(asked):
        stem = make_stem(doc, asked)
        if stem is not None and stem.style == "cloze":
            return asked, stem
    return fact, make_stem(doc, fact) if kind.askable(fact) else None


def _as_keyed(
    doc: Document, fact: Fact, options: tuple[Option, ...]
) -> tuple[Fact, tuple[Option, ...]]:
    """The fact as its key is written, when the key took the article before it ("the
    Netherlands", `place_words.article_in_options`), and the key written as the article has it;
    every option's "the" as the key's ("The UK" opening the sentence: "The Netherlands")."""
    key = next(o for o in options if o.correct)
    extra = len(key.text) - len(fact.text)
    before = doc.text[max(0, fact.start - extra) : fact.start]
    if extra <= 0 or key.text.casefold() != (before + fact.text).casefold():
        return fact, options
    wide = replace(fact, start=fact.start - extra, text=before + fact.text)
    the = wide.text[:4]
    return wide, tuple(
        replace(o, text=wide.text if o is key else _with_article(o.text, the)) for o in options
    )


def _with_article(text: str, the: str) -> str:
    """An option's leading "the" written as the key's ("The" or "the")."""
    articles = ("the ", "The ")
    return the + text[4:] if the in articles and text[:4] in articles else text


def _is_key(text: str, fact: Fact) -> bool:
    """True for the key's option, with the article it may have taken."""
    return text.casefold() in (fact.text.casefold(), "the " + fact.text.casefold())


def _best_first(facts: Sequence[Fact], doc: Document) -> list[Fact]:
    """The facts with each repeated one's statements best first (by the rank's prior); a fact
    stated once keeps its place, and its prior is never computed."""
    groups: dict[tuple[str, str], list[Fact]] = {}
    for f in facts:
        groups.setdefault((f.kind, f.value), []).append(f)
    out: list[Fact] = []
    for group in groups.values():
        if len(group) > 1:
            group.sort(key=lambda f: (-prior(f, doc), f.start, f.kind))
        out.extend(group)
    return out


def generate(
    sources: Sequence[Source],
    *,
    seed: int = 0,
    max_per_document: int | None = None,
    generated_at: str = DEFAULT_GENERATED_AT,
    progress: Progress | None = None,
) -> Bank:
    """Generate a question bank from articles; same input and seed give the same bank."""
    docs: list[Document] = []
    items: list[Item] = []
    for source in sources:
        doc = read(source.text, source.name)
        docs.append(doc)
        items.extend(select(items_for(doc, seed, progress), max_per_document))
    return Bank(tuple(docs), tuple(items), generated_at, seed)


def fresh_options(doc: Document, qid: str, current: Sequence[str]) -> tuple[Option, ...] | None:
    """New options for item `qid`: the same key, distractors other than `current`; or None.

    The distractors are chosen by the generator's own rules with the current ones barred: all of
    them if the article offers three more, else as many as it can (at least one new one).
    """
    facts = extract(doc, segment(doc))
    fact = next((f for f in facts if question_id(doc, f) == qid), None)
    kind = BY_NAME.get(fact.kind) if fact else None
    if fact is None or kind is None:
        return None
    fact, stem = _stem_for(doc, kind, fact)
    if stem is None:
        return None
    same_kind = [f for f in facts if f.kind == fact.kind]
    aliases = distract.Aliases(doc.text, doc.title)
    wrong = [c for c in current if not _is_key(c, fact)]
    for size in range(len(wrong), 0, -1):
        for barred in itertools.combinations(wrong, size):
            pool = distract.Pool(same_kind, barred, aliases)
            result = kind.distract(fact, pool, stem.text, random.Random(qid))  # nosec B311
            if result is None:
                continue
            checked = Checked(
                fact.kind, stem.style, stem.text, tuple((o.text, o.correct) for o in result[0])
            )
            if not hard_flaws(checked):
                return result[0]
    return None
