"""Review 6262 (docs/reviews/2026-12-07-seed-6262.md): the families of the items marked bad.

Fixed, and pinned here:
- item 12: a stem ending in a quotation's own full stop got another one ('… frivolous.".').
- item 40: "When did Yolande of Aragon appoint … Maine; his nomination coincided …?": a question
  asks one clause; after a semicolon the sentence is a cloze.
- item 5: the uneven key 101 among the article's 35, 40 and 50: a whole key that is no multiple
  of five takes none of the article's multiples of ten (35 is round enough to stand among them).
Open:
- items 1, 8, 23, 34: the stem or general knowledge gives the key away (the Seine "in Paris",
  Haidian District for Beijing, Palermo and the Sicilian Mafia for Sicily);
- items 18, 25, 26, 36, 38: options of the wrong kind or ruled out by history (countries for a
  place in China, decades before the Treaty of Versailles);
- items 11, 29, 32, 37, 39: context only the paragraph gives ("In March" with no year, "the
  conflict", "Mussolini's earliest");
- item 6: "Angevins' politics" without its article, copied into a question.
"""

from __future__ import annotations

import random

from questions.distract import Pool, figures

from .snippets import doc_facts, stem_of


def test_a_quotation_s_full_stop_ends_the_stem() -> None:
    text = (
        "= Gilles de Rais =\n\nGilles de Rais was a knight.\n\nIn 1863, French archivist and "
        "historian Auguste Vallet de Viriville added new, imaginary details to Gilles de Rais's "
        'description: "He was a handsome young man, graceful, but weak and frivolous."\n'
    )
    stem = stem_of(text, "1863")
    assert stem is not None
    assert stem.text.endswith('frivolous."'), stem.text


def test_a_question_asks_one_clause() -> None:
    text = (
        "= Gilles de Rais =\n\nGilles de Rais was a knight.\n\nOn 19 June 1427, Yolande of "
        "Aragon appointed her advisor Jean de Craon lieutenant general in Anjou and Maine; his "
        "nomination coincided almost exactly with the rise of La Trémoille.\n"
    )
    stem = stem_of(text, "19 June 1427")
    assert stem is None or stem.style == "cloze", stem


def test_an_uneven_key_takes_no_round_figures_of_the_article() -> None:
    text = (
        "= Mussolini =\n\nBenito Mussolini was a politician.\n\nHe intervened, resulting in the "
        "release of 101 Poles. The 40 officers came. The 50 guards fled. The 35 clerks left.\n"
    )
    _, facts = doc_facts(text)
    figures_only = [f for f in facts if f.kind == "figure"]
    fact = next(f for f in figures_only if f.text == "101")
    stem = "He intervened, resulting in the release of _____ Poles."
    result = figures.choose(fact, Pool(figures_only), stem, random.Random(1))
    assert result is not None
    wrong = {o.text for o in result[0] if not o.correct}
    assert not wrong & {"40", "50"}, wrong
