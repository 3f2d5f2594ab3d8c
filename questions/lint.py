"""Stage 6a, lint: the hard rules every item must pass, and the soft rules that rank it down.

Works on plain values (stem, options, kind) so that the same checks run on generated items
and on a bank read back from JSON (`python -m questions lint BANK.json`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .big_towns import big_town_gives
from .counts_given import given_by_the_stem
from .dangling import ANAPHOR, dangling_outside
from .extract.figure_words import ONES
from .grammar import has_finite_verb
from .kinds import BY_NAME
from .place_words import CLASS_WORDS
from .segment import split
from .stem import BLANK
from .text import bare_name, fold, same_name


@dataclass(frozen=True, slots=True)
class Checked:
    """What lint needs to know about one item."""

    kind: str
    style: str
    stem: str
    options: tuple[tuple[str, bool], ...]


def _named(kind: str) -> bool:
    """Options of this kind are names: spelling variants are the same option."""
    row = BY_NAME.get(kind)  # a bank read back from JSON may carry a kind we do not write
    return row is not None and row.named


def _option_key(kind: str, text: str) -> str:
    return fold(text)


def hard_flaws(item: Checked) -> list[str]:
    """Violations of the zero-tolerance rules; an empty list means the item may be used."""
    flaws: list[str] = []
    opts = item.options
    if len(opts) != 4:
        flaws.append(f"has {len(opts)} options, not 4")
    correct = [t for t, c in opts if c]
    if len(correct) != 1:
        flaws.append(f"has {len(correct)} correct options, not exactly one")
    if any(not t.strip() for t, _ in opts) or not item.stem.strip():
        flaws.append("has empty text")
    texts = [t for t, _ in opts]
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            if fold(a) == fold(b) or (_named(item.kind) and same_name(a, b)):
                flaws.append(f"options '{a}' and '{b}' are the same after normalising")
    if correct:
        flaws.extend(_stem_flaws(item, correct[0]))
    return flaws


# A full stop after a word, then a lower-case word: the article's typo joined two sentences
# ("was aged 65 years or older. around two percent higher"); not an abbreviation ("etc. and").
_RUN_ON = re.compile(
    r"\b(?!(?:etc|approx|incl|esp|resp|viz|vs|ca|cf|al|ed|eds|no|op)\.)[a-z]{2,}\. [a-z]"
    r"|(?:\b\d{3,4}|_____)\. [a-z]"  # "In 1958. the Richard Byrd library …"
    # a caption run into the next sentence: "issued _____ The Oregon Railroad's steamship …"
    r"|_____ (?:The|A|An|In|On|It|He|She|They|This) [A-Z]"
)


# A list whose members were asides or formulas: "protected under cultural criteria,, and.",
# "the product of the two Gaussian primes and."
_EMPTY_MEMBER = re.compile(r",\s*,|(?:,|\s)\s*(?:and|or)\s*[.;:!?]")


def _stem_flaws(item: Checked, answer: str) -> list[str]:
    flaws = []
    stem = item.stem
    if item.style == "cloze" and stem.count(BLANK) != 1:
        flaws.append("cloze stem must have exactly one blank")
    if item.style == "wh" and not stem.endswith("?"):
        flaws.append("wh stem must end with a question mark")
    if contains(stem, answer, item.kind):
        flaws.append(f"stem contains the answer '{answer}'")
    # a number every option states gives nothing away: "The 1973 oil crisis began in _____"
    # among September, October, November and December 1973
    shared = set.intersection(*(_numbers(text) for text, _ in item.options))
    if (_numbers(answer) - shared) & set(NUMBER.findall(stem)):
        flaws.append("stem repeats a number of the answer")  # "ten balconies … the 10th sultan"
    anaphor = (
        _dangling(_first_sentence(stem), item.kind)
        or _LATER_THAN.search(stem)
        or (_SPAN_FROM.search(stem) if item.kind == "figure" else None)
    )
    if anaphor:
        flaws.append(f"stem leans on an unnamed referent '{anaphor.group(0)}'")
    if stem.count("(") != stem.count(")") or stem.count('"') % 2:
        flaws.append("stem has unbalanced brackets or quotes")
    if (". " in stem or BLANK + " " in stem) and _RUN_ON.search(stem):  # holds one or the other
        flaws.append("stem runs a sentence on after its full stop")  # "… or older. around two"
    if _EMPTY_MEMBER.search(stem):
        flaws.append("stem has an empty list member")  # "criteria (i), (ii), and (iv)." less asides
    if item.style == "cloze" and ";" in stem and _verbless_blank(stem, answer):
        flaws.append("the blank stands in a clause without a verb")  # "The Fight in _____; …"
    if answer[:1].islower() and _OPENS_SENTENCE.search(stem):
        flaws.append("a lower-case answer would open a sentence")  # ". _____ prior to this"
    if _NAME_AND_APPOSITION.match(stem):  # "The … Project, a joint mission in _____."
        flaws.append("stem is a name and its apposition, no sentence")
    if item.kind == "place" and BLANK + ", D.C." in stem:
        flaws.append("the blank is part of a name that goes on")  # "in _____, D.C.": Washington
    if item.kind == "place" and big_town_gives(stem, answer):
        flaws.append("a big town in the stem names its state or country")  # "Denver, _____"
    flaws.extend(given_by_the_stem(stem, answer))
    slip = (
        (_SLIP.search(stem) if _may_slip(stem) else None)
        or _DOUBLED.search(stem)
        or _MISSING_WORD.search(stem.replace(BLANK, answer))
    )
    if slip:  # the article's own slip, copied into the stem ("between 1350 to 1490", "ofHeisei")
        flaws.append(f"stem repeats a slip of the article's English '{slip.group(0)}'")
    return flaws


# "Just _____ later, France and Germany signed …": a span later (or earlier) than what?
# (a span after the clause's own event, "died _____ later", is later than that)
_LATER_THAN = re.compile(
    r"(?:^|: |\. )(?:(?:Just|Only|About|Some|Barely|Almost|Nearly|Exactly) )?"
    + BLANK
    + r" (?:later|earlier|afterwards?)\b(?! than\b)"
)


def _dangling(stem: str, kind: str) -> re.Match[str] | None:
    """The stem's first dangling referent, its blank taken out (`dangling_outside`)."""
    at = stem.find(BLANK)
    return ANAPHOR.search(stem) if at < 0 else dangling_outside(stem, at, at + len(BLANK), kind)


def _first_sentence(stem: str) -> str:
    """The stem's first sentence: a stem of two quotes the sentence before its own, which says
    what the second's "this" or "it" means ("Mussolini learned that … France. This realization
    led …"); the generator borrows it only when it does (`previous.with_previous`)."""
    spans = split(stem.replace(BLANK, "Xxxxx"), 0, len(stem))  # "… Africa. _____ lost …" splits
    return stem[: spans[0][1]] if len(spans) > 1 else stem


# "In _____, trade worth … has passed through the crossing": a span that opens the sentence
# counts from a time the sentence does not say
_SPAN_FROM = re.compile(r"(?:^|: |\. )(?:In|Within|After|For) " + BLANK + ",")


# The blank at a sentence's start (after a topic's colon the options are written to fit it)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+)_____")
# "The Apollo–Soyuz Test Project, a joint Earth orbit mission with the Soviet Union in _____.":
# a list's last member cut from its sentence, a name and what it is, with no verb of its own
_NAME_AND_APPOSITION = re.compile(
    r"(?:[^:]{1,80}: )?(?!(?:In|On|At|By|From|During|After|Before|Since|Until|For|With|Under|"
    r"Through|Throughout|Following|As|When|While|Although|Though|Despite|Near|Around|Between|"
    r"Among|Within|Without|Upon|Once|Later|Then)\b)(?:The )?[A-Z][\w'’–-]*"
    r"(?: (?:of |the |and )?[A-Z][\w'’–-]*)*, (?:an?|the) "
    r"(?:(?!\b(?:is|was|are|were|has|had|have|will|would|can|could|did|does)\b)[^,;:])*\.$"
)


def _verbless_blank(stem: str, answer: str) -> bool:
    """True when the clause of the blank, between semicolons, has no finite verb: a caption
    joined to a sentence ("The Leonard–Cushing Fight in June 1894; each of the six rounds …")."""
    clause = next(c for c in stem.split(";") if BLANK in c)
    return not has_finite_verb(clause.replace(BLANK, answer))


_SLIP = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|Each|Every|One|No) )[A-Z][a-z]+ "
    r"(?:county|river|province|street|mountains)\b(?! of)|\b[Bb]etween (?:(?!\band\b)[^,;.()])*?\bto\b|\b(?:of|in|on|at|the|and|to|for|by|with|from)[A-Z][a-z]"
    r"|, (?:In|On) (?:_____|\d)"  # "… collaborate with the university, In 2013, the …"
    r"|(?:^|: )(?:In|On|At|By|From|During), "  # "In, 1925, Pickett graduated …"
)


# What each alternative of _SLIP holds: a class word after a space, "etween ", a function
# word's last letter glued to a capital ("ofHeisei"), a sentence's capital after a comma, or an
# opening preposition before one.
# A stem with none is not searched.
_SLIP_WORDS = (
    " county",
    " river",
    " province",
    " street",
    " mountains",
    "etween ",
    ", In ",
    ", On ",
    "In, ",
    "On, ",
    "At, ",
    "By, ",
    "From, ",
    "During, ",
)
_GLUED = re.compile(r"[fntedorhym][A-Z]")


def _may_slip(stem: str) -> bool:
    """False when _SLIP cannot match in the stem (a necessary condition)."""
    return any(w in stem for w in _SLIP_WORDS) or _GLUED.search(stem) is not None


# A word the article left out: "At the end of 18th century" (the), "Gandhi visited Firozabad
# 1929 followed by …" (in)
_MISSING_WORD = re.compile(
    r"\b(?:of|in|during|by|from|until|before|after|since|to) \d{1,2}(?:st|nd|rd|th)[ -]century\b"
    r"|\b[a-z]+ed [A-Z][a-z]+ (?:1\d{3}|20\d{2}) (?!BC\b|AD\b|BCE\b|CE\b)[a-z]"
    # a past year with a present tense: "the industry in 2014 has around $960 billion"
    r"|\bin (?:1\d{3}|20\d{2}) (?:has|have) (?!been\b|had\b)"
    # a clause with no subject: "in Molise has a negative connotation"
    r"|(?:^|: |, )(?:[Ii]n|[Aa]t|[Oo]n) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* (?:has|have)\b"
    r"|\bin past[.,;]"  # "gained influence through military coup d'état in past."
    # "According to Russian census of 1897": the census's article left out
    r"|\b[Aa]ccording to (?-i:[A-Z])[a-z]+ (?:census|survey|report|estimates?|data)\b"
    # "was partially successful, however it went on": a comma splice on "however"
    r"|, however (?-i:[a-z])(?!much\b|many\b|long\b|far\b)"
    # "from the aid of People's Republic of China": the republic's article left out
    r"|\b(?:of|from|in|to|by) People's Republic\b"
    # "3,555 square Kilometers": a unit written with a capital
    r"|\bsquare (?-i:[A-Z])[a-z]+"
    # "was formally a royal garden" (formerly); "301,1 %" (a decimal comma)
    r"|\b(?:was|were) formally (?:a|an|the)\b|\b\d+,\d{1,2} ?%"
    # "Since 2011 Warsaw Gallery Weekend is held …": a present after "since" (has been held)
    r"|(?:^|: )Since (?:_____|1\d{3}|20\d{2}),? (?:[^,.;]+ )?(?:is|are) (?!been\b|being\b)"
    # "has been a full professor since 1987 and retired in 2005": the tenses clash
    r"|\bha(?:s|ve) been\b[^.;]* since\b[^.;]* and (?:retired|died|left|resigned)\b"
    # "Dating back to 1936 Warsaw Historical Museum contains": the phrase's comma left out
    r"|(?:^|: )(?:(?:Dating|Stretching|Going|Reaching) back to|(?:Starting|Beginning) (?:in|from))"
    r" (?:_____|[^,;]*?\d) (?-i:[A-Z])"
    # "graduated B.A, in 1595, M.A. in 1600": an abbreviation's last full stop written as a comma
    r"|\b(?-i:[A-Z])\.(?-i:[A-Z]),"
    # "affected all aspects of architecture, the most notable are …": a comma splice
    r"|, the (?:most|best|largest|main) [a-z]+ (?:are|is|were|was)\b"
    # a subordinate clause with no main clause: "While the Institute … it is one of …"
    r"|^(?:[^:]{1,60}: )?(?:While|Although|Though|Whereas) [^,;:–—]+$"
    # a country that takes "the" written without it: "angioplasty in United Kingdom" (not as a
    # noun's modifier: "from United States foreign policy")
    r"|\b(?:in|to|from|at|into|across|throughout) (?:United (?:Kingdom|States)|Netherlands|"
    r"Philippines|(?:Czech |Dominican )?Republic)\b(?! (?!(?:and|or|as|of|in|on|at|by|for|from|to|"
    r"with|since|until|was|were|is|are|had|has)\b)[a-z])"
)


# A word or two written twice: "based on based on", "the the" (not "had had", "that that")
_DOUBLED = re.compile(r"\b([a-z]+ [a-z]+) \1\b|\b(?!had\b|that\b)([a-z]+) \2\b")


# A whole number as written: "1,000", "48.8", a time "20:17:40" (whose 20 is no day's 20)
NUMBER = re.compile(r"\d+(?:[,.:]\d+)*")


def _numbers(answer: str) -> set[str]:
    """The numbers an answer states, in digits: "1,000" → 1,000; "ten" → 10."""
    found = set(NUMBER.findall(answer))
    found.update(str(ONES[w]) for w in fold(answer).split() if w in ONES)
    return found


def contains(stem: str, answer: str, kind: str) -> bool:
    """True when the stem states the answer (as words, or as a spelling variant of a place;
    "LeBoeuf Creek" is stated by "Fort Le Boeuf")."""
    fs, fa = f" {fold(stem)} ", f" {fold(answer)} "
    if fa.strip() and fa in fs:
        return True
    words_of_name = [w for w in bare_name(answer).split() if w not in CLASS_WORDS]
    core = "".join(words_of_name)
    if _named(kind) and len(core) >= 6 and f" {' '.join(words_of_name)} " not in fs:
        words = fs.split()  # whole words run together: "le boeuf" is "leboeuf", "victorian" is not
        joined = {"".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words))}
        if core in joined:
            return True
    distinct = [w for w in words_of_name if w not in _JOINING]
    if _named(kind) and len(distinct) == 1 and len(distinct[0]) >= 4 and f" {distinct[0]} " in fs:
        return True  # "City of Richmond" where the stem names "Richmond International Airport"
    if _named(kind):
        words = [w.strip(".,;:()?!\"'") for w in stem.split()]
        n = len(answer.split())
        for i in range(len(words)):
            if words[i][:1].isupper() and same_name(" ".join(words[i : i + n]), answer):
                return True
    return False


_JOINING = frozenset("of the and de la le".split())


# Wordings that give an option away: "all of the above", and an absolute word ("always",
# "never") in a distractor, which test-wise learners know to be rarely true.
ABOVE = re.compile(r"\b(?:all|none|both|neither) of the (?:above|these)\b", re.I)
ABSOLUTE = re.compile(r"\b(?:always|never|all|none|only|every|entirely|completely)\b", re.I)


def soft_flaws(item: Checked) -> list[str]:
    """Style problems that rank an item down but do not drop it."""
    flaws = []
    lengths: list[int] = [len(t) for t, _ in item.options]
    shortest = min(lengths, default=0)
    if shortest and max(lengths) / shortest > 2.5:
        flaws.append("options differ much in length")
    if any(ABOVE.search(t) for t, _ in item.options):
        flaws.append("uses all/none of the above")
    if any(ABSOLUTE.search(t) for t, c in item.options if not c):
        flaws.append("a distractor uses an absolute word")
    return flaws


def cross_flaws(items: Sequence[tuple[str, Checked]]) -> list[tuple[str, str]]:
    """(item id, flaw) for answers stated in another item's stem of the same set."""
    out = []
    answers = [
        (qid, next(t for t, c in it.options if c), it.kind)
        for qid, it in items
        if sum(c for _, c in it.options) == 1
    ]
    for qid, it in items:
        for other_id, answer, kind in answers:
            if other_id != qid and contains(it.stem, answer, kind):
                out.append((qid, f"stem states the answer of {other_id} ('{answer}')"))
    return out


def lint_bank(questions: Iterable[dict[str, object]], quiz: bool = False) -> list[str]:
    """One line per hard flaw in a bank's questions (as read from JSON).

    With `quiz`, the questions of each document are also checked as one quiz: no answer may be
    stated in another question's stem.
    """
    lines: list[str] = []
    by_doc: dict[str, list[tuple[str, Checked]]] = {}
    for i, q in enumerate(questions):
        qid = str(q.get("id", f"#{i}"))
        raw_opts = q.get("options")
        opts = (
            tuple(
                (str(o.get("text", "")), bool(o.get("correct")))
                for o in raw_opts
                if isinstance(o, dict)
            )
            if isinstance(raw_opts, list)
            else ()
        )
        item = Checked(
            str(q.get("kind", "")), str(q.get("style", "")), str(q.get("stem", "")), opts
        )
        for flaw in hard_flaws(item):
            lines.append(f"questions[{i}] {qid}: {flaw}")
        by_doc.setdefault(str(q.get("document_id", "")), []).append((qid, item))
    seen: dict[str, str] = {}
    for group in by_doc.values():
        for qid, item in group:
            key = fold(item.stem)
            if key in seen:
                lines.append(f"{qid}: same stem as {seen[key]}")
            seen.setdefault(key, qid)
        if quiz:
            lines.extend(f"{qid}: {flaw}" for qid, flaw in cross_flaws(group))
    return lines
