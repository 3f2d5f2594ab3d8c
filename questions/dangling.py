"""Dangling referents: the first word of a stem that leans on something the stem does not name
("he" with no name before it, "this", "the town", "the largest,", "44 km away")."""

from __future__ import annotations

import re
from functools import lru_cache

from .antecedents import (
    HUMAN,
    IT_SUBJECT,
    PLURAL,
    first_antecedent,
    object_of_its_subject,
    opener_subject,
    person_before,
    plural_before,
)
from .grammar import ends_noun_phrase, is_past

# This pattern and _DEICTIC open with a lookahead over the letters their words begin with: at
# any other position (a space, a comma, a "c" or "p" word) the regex engine gives up at once
# instead of trying every word. _DEICTIC, whose every match starts a word, tests the word
# boundary before that: inside a word it gives up before the lookahead.
_PERSONAL = re.compile(
    r"(?=[hist])\b(?:he|she|it|they|him|her|them|his|hers|its|their|theirs|himself|herself|itself|"
    r"themselves)\b",
    re.I,
)
# Words that always point outside the stem ("this", "there", "the next day"); "there is" is
# existential, "such as" introduces examples and "then" inside a sentence links its own clauses.
_DEICTIC = re.compile(
    r"\b(?=[abdefhijlmnoprstuwy])(?:"
    r"\b(?:this|these|(?<!than )(?<!exceed )(?<!exceeds )(?<!exceeded )(?<!surpass )(?<!surpassed )(?<!match )(?<!matched )"
    r"(?<!unlike )(?<!like )those(?! (?:who|which|that|of)\b)|such(?! as\b)|(?:last|next) (?:year|month|week)|that (?:day|year|time|month|"
    r"week|night)|there(?! (?:is|are|was|were|has|have|had|will|would|may|might|could|can|"
    r"must|remain|remains|remained|exist|exists|existed|seems|seemed|appear|appears|"
    r"appeared|being|been)\b)|here|(?:years?|months?|days?|weeks?|decades?) (?:earlier|later)|earlier "
    r"(?:that|this|in the)|afterwards?|meanwhile|"
    r"instead(?! of\b)|in fact|indeed|(?:for|of|to|in|at|by|with|from|on|into|during|after|before) that (?!of\b)(?=[a-z]+\b)|(?<!one )another|an? similar(?! to\b)|(?<!among )(?<!and )others|respectively|aforementioned|(?:the|as) "
    r"(?:above|below)|(?:since|until|till|by|from|before|after|just) then|"
    r"^(?:at|by) the time(?! of\b| when\b| that\b| (?-i:[A-Z]))|"
    r"the (?:first|second|third|last|next|other|same|latter|former) one(?! of\b)|"
    # "In the same Census of 1901": the same as which, a name after it does not say
    r"the same (?-i:[A-Z])[a-z]*|"
    # "The two taller ones": ones of what the sentence before named
    r"the\s+(?:[\w-]+\s+){0,2}ones(?! (?:of|that|who|which|in|among)\b)|"
    # what the article listed or mentioned before: "the last two models listed"
    r"(?:already|previously|above)[- ]mentioned|mentioned (?:above|earlier|before)|"
    r"(?<=[a-z]s )(?<!\b[wh]as )(?<!\bis )(?<!\bas )(?<!\bits )(?<!\bthis )(?<!\bdoes )"
    r"listed(?! (?:as|in|on|by|among|at|under|for|with|from|of)\b))\b|"
    r"^(?:Then|Earlier|Subsequently)\b|"
    # "In 1225 both divisions returned": both of which? ("both sides of the river" says, and
    # so does a pair the sentence joined before: "between A and B, with both sides …")
    r"both [a-z]+s\b(?! (?:of|and)\b)(?!(?: \S+){0,3} and\b)|"
    # "Only two other asylums … were built": other than which? (a name before says)
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) other [a-z]+s\b(?! than\b)|"
    # "the Ministry reported": a ministry or department is always one "of" something
    r"the (?-i:Ministry|Department)\b(?! of\b)|"
    # "Carleton returned home in 1615": home from where (an embassy the sentence before told)?
    r"(?:returned|returning|returns|came|went|sailed|travelled|traveled) (?:back )?home\b(?! (?:from|to)\b)|"
    # "Even older rocks, such as …": older than those the sentence before told of
    r"(?:^|(?<=: ))Even (?:more|less|older|younger|earlier|later|larger|smaller|bigger|higher|lower|"
    r"greater|fewer|longer|shorter|better|worse|further|farther|deeper|wider|heavier|stronger|"
    r"weaker|closer|newer)\b)",
    re.I,
)
# "the group", "the town": a definite noun of a kind that needs a name. The noun is lower case
# ("the Treaty of Paris" is a name) and no "of" + name follows ("the town of Otrar").
_DEFINITE_NOUNS = frozenset(
    "group latter former same following next previous day city town village company "
    "organisation organization band team couple pair emperor king queen president ship vessel "
    "building film book album party family brothers two three jihadists rebels militants "
    "attack offensive battle war campaign siege incident event area region site move plan "
    "effort agreement treaty decision project work school institution institute university "
    "college church temple mosque castle fort monument mausoleum park station railroad "
    "railway line bridge route weekend army proceedings trial garrison expedition conference "
    "ceremony game match tournament disease illness epidemic pandemic outbreak virus "
    "infection name term variant strain species evidence discovery practice movement method "
    "theory device machine aircraft boat investigation case scheme report study survey paper "
    "exhibition series mission operation raid assault invasion revolt rebellion uprising strike "
    "protest fire flood earthquake storm disaster accident crash explosion telecast broadcast "
    "show season truck car airport harbour harbor port terminal township municipality "
    "borough hamlet settlement transaction stronghold crowd facility network campus reaction "
    "laboratory programme program plant factory festival flames blaze armada fleet flotilla "
    "squadron convoy argument claim broadcasts fee fence barrier ramp idea newspaper "
    "proposal battleship cruiser destroyer frigate submarine gunboat congregation schoolhouse "
    "arrest verdict jury execution funeral inquest hearing date cemetery graveyard "
    "findings conversion meeting data results".split()
)
# Nouns that need a name only as the subject of a clause: "The stadium opened in 2014" (which?),
# but "ranking sixth in the league" reads well without one.
_SUBJECT_NOUNS = frozenset(
    "stadium arena venue field league club committee franchise offense defense drive".split()
)
_DEFINITE_SUBJECT = re.compile(  # a clause's subject: "… whether the stadium underwent …"
    r"(?:^|[,;:]\s+|\b(?:whether|when|if|because|while|although) )"
    r"[Tt]he (?:[a-z$\d][\w$.,-]* ){0,2}(?:" + "|".join(sorted(_SUBJECT_NOUNS)) + r")\b(?!-| of )"
)
# "the decision to cancel missions 18 and 19": the infinitive says which decision
_INTENT_NOUNS = frozenset("decision plan effort move campaign agreement project mission".split())
# "the town of Otrar", "the resistance newspaper Combat", "the cruiser USS Washington" name it
_NAMED_AFTER = r"\b(?!-| of (?:the |an? )?(?:[A-Z]|_|\s)| [A-Z][A-Za-z]| [\"“])"
_DEFINITE = re.compile(  # the "t" first: the engine skips to it
    r"(?=[Tt])\b(?:[Tt]he|[Tt]hat) (?:(?!(?:the|an?|to|of|and|or|in|on|at|by|for|with|he|she|it|we|"
    r"they|you)\b)[a-z$\d][\w$.,-]* ){0,2}"
    r"(?:(?:"
    + "|".join(sorted(_DEFINITE_NOUNS - _INTENT_NOUNS))
    + ")|(?:"
    + "|".join(sorted(_INTENT_NOUNS))
    + r")(?! to [a-z]+\b))"
    + _NAMED_AFTER
)


# A title that is one person's: "Azambuja told the chief of the great advantages" (which
# chief?), unless a name follows ("the local chief, Kwamin Ansah") or it is another noun's
# ("the chief assessment officer")
_ROLE = re.compile(
    r"(?=[Tt])\b[Tt]he (?:[a-z]+ )?(?:chief|chieftain|commander|bishop|sultan|emir)\b"
    r"(?!-|,? [A-Z]| of (?:the )?[A-Z])"
)
_ROLE_WORDS = frozenset("chief chieftain commander bishop sultan emir".split())


class Dangling:
    """Finds the first word of a stem that leans on a referent the stem does not name.

    A personal pronoun is fine when a name stands before it in the same stem ("Edison sold his
    patent"): it points back inside its own sentence. Behaves like a compiled pattern's search.
    """

    def search(self, text: str) -> re.Match[str] | None:
        """The first dangling referent in `text`, or None."""
        return _first_dangling(text)


@lru_cache(maxsize=65536)  # a stem is tested when written and again by lint
def _first_dangling(text: str) -> re.Match[str] | None:
    """`Dangling.search`: the first dangling referent in `text`, or None."""
    words = _lower_words(text)
    found = []
    if words & _DEICTIC_WORDS:
        found.append(next((m for m in _DEICTIC.finditer(text) if not _anchored(text, m)), None))
    if words & _DEFINITE_NOUNS:
        found.append(next((m for m in _DEFINITE.finditer(text) if not _restricted(text, m)), None))
    if words & _SUBJECT_NOUNS:
        found.append(_DEFINITE_SUBJECT.search(text))
    if words & _ROLE_WORDS:
        found.append(
            next((m for m in _ROLE.finditer(text) if ends_noun_phrase(text[m.end() :])), None)
        )
    if words & _ORDINAL_WORDS:
        found.append(_headless_ordinal(text))
    if "it" in words:  # "before it continued into Russia": a clause's subject, no object
        found.append(
            next(
                (m for m in _OBJECT_IT.finditer(text) if not IT_SUBJECT.match(text, m.end())), None
            )
        )
    if "away" in words:
        found.append(_AWAY.search(text))
    if words & _PERSONAL_WORDS:
        # only the first can dangle (a name before it); "It is said that …" points nowhere
        pronoun = next(
            (m for m in _PERSONAL.finditer(text) if not _EXPLETIVE.match(text, m.start())), None
        )
        if pronoun and (
            first_antecedent(text[: pronoun.start()]) >= pronoun.start()
            or opener_subject(text, pronoun)
            or (pronoun.group(0).lower() in HUMAN and not person_before(text, pronoun.start()))
            or (pronoun.group(0).lower() in PLURAL and not plural_before(text, pronoun.start()))
            or object_of_its_subject(text, pronoun)
        ):
            found.append(pronoun)  # covers every later one too
    if words & _QUANTIFIERS:
        found.append(_QUANTIFIER_SUBJECT.search(text))  # "Some were sent to colonize …"
    hits = [m for m in found if m]
    return min(hits, key=lambda m: m.start()) if hits else None


ANAPHOR = Dangling()
# A place's blank holds a name: an "it" or "its" after it may mean that name ("_____
# nonetheless faced an oil crisis of its own"), where "he" or "they" may not.
_NAME_IN_BLANK = " Placename "
_NEUTER = frozenset({"it", "its", "itself"})


def dangling_outside(text: str, a: int, b: int, kind: str) -> re.Match[str] | None:
    """The first dangling referent of a stem whose answer [a, b) is taken out (`ANAPHOR`);
    after a place's blank, an "it" that may mean the place does not dangle."""
    found = _first_dangling(text[:a] + " " + text[b:])
    if found is None or kind != "place" or found.start() <= a:
        return found
    if found.group(0).lower() not in _NEUTER:
        return found
    return _first_dangling(text[:a] + _NAME_IN_BLANK + text[b:])


# A quantifier standing alone as the subject: "Some were sent …" (some of whom?)
_QUANTIFIERS = frozenset("some many most several few all both much".split())
_QUANTIFIER_SUBJECT = re.compile(
    r"(?:^|: )(?:Some|Many|Most|Several|Few|All|Both|Much) (?:of (?:them|these|those|it) )?"
    r"(?:were|are|was|had|have|has|would|could|did|became|remained|went)\b"
)
# "lost 30,000 inhabitants to it": "it" after a preposition is what the last sentence was about
# "It is said the glow could be seen …": an "it" that stands for no thing
_EXPLETIVE = re.compile(
    r"[Ii]t (?:is|was|has been|had been) (?:said|reported|believed|thought|estimated|known|"
    r"claimed|alleged|rumou?red|likely|unlikely|possible|probable|clear|unclear)\b"
    # "it was not uncommon for as much as 50% of the population to die": it stands for the "for"
    r"|[Ii]t (?:is|was|became|remains|remained) (?:not )?(?:very |quite |still )?(?:common|uncommon|"
    r"rare|usual|unusual|customary|necessary|important|difficult|easy|impossible|hard|normal|"
    r"typical|illegal|legal|forbidden|possible) (?:for|to|that)\b"
    # "It also became clear that Apollo would outgrow …": the "that" clause is what is clear
    r"|[Ii]t (?:(?:also|soon|later|quickly|eventually|then|now|therefore|increasingly) )?"
    r"(?:is|was|became|becomes|seemed|seems|appeared|appears|proved) (?:(?:also|soon|now|then|quite|very|"
    r"increasingly|all too) )?(?:clear|apparent|evident|obvious) that\b"
)
_OBJECT_IT = re.compile(
    r"\b(?:to|from|of|by|with|against|into|about|for|on|over|through|after|before|than) it\b"
)
# "Agra is 44 km away": away from what? A distance needs its "from".
_AWAY = re.compile(  # a figure, or the double space where the answer was taken out
    r"(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi|metres|meters|m|feet|ft)?|\s)\s+"
    r"away\b(?!\s+from\b)"
)
_ORDINAL_WORDS = frozenset(
    "first second third fourth fifth last earliest latest oldest final largest smallest biggest "
    "tallest longest highest greatest".split()
)
# "The earliest comes from …", "the first variant entered …": the first or earliest of what?
_ORDINAL = re.compile(
    r"\b[Tt]he (?:first|second|third|last|earliest|latest|oldest|final)(?: ([a-z]+))? ([a-z]+)\b"
)
_ORDINAL_BARE = re.compile(
    r"\b[Tt]he (?:first|second|third|last|earliest|latest|oldest) (?:in|since|at|on|to)\b"
    r"|^[Tt]he (?:largest|smallest|biggest|tallest|longest|highest|greatest|oldest|first|second|"
    r"third|fourth|fifth|last|latter|former),"
)  # "The largest, the Theatre Royal …": the largest what?
_PREDICATES = frozenset("is was are were has had comes came dates dated appears appeared".split())


# "the largest city in land area", "the oldest church of Warsaw", "the practice of branding
# games": a superlative with its "in"/"of" phrase or infinitive, or an "of" phrase of a gerund,
# says which
# ("the seventh team to win 15 games": an ordinal with its infinitive)
_SUPERLATIVE = re.compile(
    r"\b(?:[a-z]+est|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|"
    r"most [a-z]+)\b"
)
# "led the team in sacks", "leads the league in scoring": the subject's own, whoever it is
_LED_THE = re.compile(r"\b(?:led|leads|leading|lead) the (?:team|league)$")
_RESTRICTING = re.compile(r" (?:in|of|among|on|ever|to [a-z]+)\b")
_OF_GERUND = re.compile(r" of [a-z]+ing\b")
# nouns whose content follows them: "the idea of …", "the proposal that …", "the results of an
# examination of 25 bodies"
_CONTENT_NOUNS = frozenset({"idea", "proposal", "results", "data", "meeting", "conversion"})
_CONTENT = re.compile(r" (?:of|that|to) ")


# "the former employee", not "the latter year" (the later of two the sentence before told)
_FORMER_NOUN = re.compile(
    r" (?!(?:year|years|day|days|month|months|decade|century|period|half|part|case|one|ones|"
    r"was|were|is|are|had|has|have|would|could|will|became|remained|and|or|of|in|to|by|with)\b)"
    r"[a-z]{3,}\b"
)


def _restricted(text: str, m: re.Match[str]) -> bool:
    """True when the definite noun phrase says itself which one it means, or echoes its noun
    named before it in the stem ("ended its early admissions program in 2007 as the program
    was …")."""
    if _OF_GERUND.match(text, m.end()) or _echoes(text, m):
        return True
    if m.group(0).split()[-1] in ("former", "latter") and _FORMER_NOUN.match(text, m.end()):
        return True  # "Francovich, the former employee of a bankrupt firm": an adjective
    if m.group(0).split()[-1] in _CONTENT_NOUNS and _CONTENT.match(text, m.end()):
        return True  # "the idea of an independent Poland", "the proposal to build"
    if _LED_THE.search(text, 0, m.end()):
        return True  # "Kawann Short led the team in sacks": the subject's own team
    return bool(_SUPERLATIVE.search(m.group(0))) and bool(_RESTRICTING.match(text, m.end()))


def _echoes(text: str, m: re.Match[str]) -> bool:
    """True when the phrase's noun stands earlier in the stem, after a word that is no "the" or
    "that" of its own: the phrase means the thing named there."""
    noun = m.group(0).split()[-1]
    if noun in ("same", "latter", "former", "following", "next", "previous", "two", "three"):
        return False
    return any(
        not text[: e.start()].rstrip().lower().endswith(("the", "that"))
        for e in re.finditer(rf"\b{noun}s?\b", text[: m.start()])
    )


def _headless_ordinal(text: str) -> re.Match[str] | None:
    """An ordinal or superlative subject with at most one plain noun and no "of …" after it,
    directly followed by its verb: it ranks something the stem does not name."""
    bare = _ORDINAL_BARE.search(text)
    if bare:
        return bare  # "The first in California since …": the first what?
    for m in _ORDINAL.finditer(text):
        if any(w in _PREDICATES or (w.endswith("ed") and is_past(w)) for w in m.groups() if w):
            return m
    return None


# what "instead" may answer inside its stem: a negation, or a clause before it ("… to veto
# the Social Charter - instead, an Agreement was added")
_NEGATION = re.compile(r"\b(?:not|never|no|rather than|but)\b|n't\b|;| [-–—] ")
# "born in Newcastle in 1709 and died there": "there" points to a place named before it.
_LOCATIVE = re.compile(r"\b(?:in|at|to|from|near) (?:the )?[A-Z]")


# "In September 1971, OPEC said that, from then on, …": "then" is a time named before it (or
# the blank where the answer, a date, was taken out).
_TIME = re.compile(
    r"\b(?:1\d{3}|20\d{2}|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|(?:^|\s)\s"
)


# a plural noun ("carriages", "minarets"), not a verb's or pronoun's "s" ("was", "this")
_PLURAL_NOUN = re.compile(
    r"\b(?!(?:thus|does|this|goes|always|perhaps|whereas)\b)[a-z]{2,}[^\Wsu]s\b"
)


def _anchored(text: str, m: re.Match[str]) -> bool:
    """True for a "there" that has a place named before it in the same stem, a "from then" that
    has a time, and an "instead", "in fact" or "indeed" after the negation or the clause it
    answers ("should not reinterpret past forms … but should instead reflect new ideas"), and a
    "both" after the pair it means."""
    word = m.group(0).lower()
    if word.endswith("ones"):  # "the front carriages came from Zwolle and the rear ones …"
        return bool(_PLURAL_NOUN.search(text, 0, m.start()))
    if word == "there":
        return bool(_LOCATIVE.search(text, 0, m.start()))
    if word.startswith("both "):  # "between A and B, with both sides …": the pair before
        return " and " in text[: m.start()]
    if " other " in word:  # "Byrd and two other officers": other than the name before
        return first_antecedent(text[: m.start()]) < m.start()
    if word in ("instead", "in fact", "indeed"):
        return bool(_NEGATION.search(text, 0, m.start()))
    return word.endswith(" then") and bool(_TIME.search(text, 0, m.start()))


_WORD = re.compile(r"[a-z]+")
# An ASCII text's letters in lower case and every other byte a space: its words, split, are what
# _WORD finds in the text in lower case
_LETTERS_ONLY = bytes.maketrans(
    bytes(range(256)),
    bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)),
)


def _lower_words(text: str) -> frozenset[str]:
    """The words (runs of ASCII letters) of `text` in lower case."""
    if not text.isascii():
        return frozenset(_WORD.findall(text.lower()))
    return frozenset(text.encode("ascii").translate(_LETTERS_ONLY).decode("ascii").split())


# Cheap pre-filters: a pattern is only run when one of its words is in the text.
_DEICTIC_WORDS = frozenset(
    "this these those such that there here subsequently earlier afterward afterwards meanwhile last next "
    "another others similar respectively aforementioned above below then subsequently later time one "
    "instead fact indeed even already previously mentioned listed ones same both ministry "
    "department other home".split()
)
_PERSONAL_WORDS = frozenset(
    "he she it they him her them his hers its their theirs himself herself itself themselves".split()
)
