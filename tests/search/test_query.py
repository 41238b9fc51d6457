"""The query parser: readers' words become quoted terms; nothing they type is syntax to a DB."""

from __future__ import annotations

import random

from masthead.search.highlight import marked_html
from masthead.search.query import MAX_TERMS, Term, parse


def test_words_phrases_alternatives_and_exclusions() -> None:
    query = parse('harbour "city council" OR port -weather NOT rain counc*')
    assert query.alternatives == [
        [Term("harbour"), Term("city council")],
        [Term("port"), Term("counc", prefix=True)],
    ]
    assert query.excluded == [Term("weather"), Term("rain")]
    assert query.fts5() == (
        '(("harbour" AND "city council") OR ("port" AND "counc" *)) NOT "weather" NOT "rain"'
    )
    assert query.tsquery() == (
        "(('harbour' & 'city council') | ('port' & 'counc':*)) & !'weather' & !'rain'"
    )


def test_syntax_in_odd_places_is_ignored() -> None:
    assert parse('((( -- * AND OR NOT ))) " " ""').is_empty
    # Inside quotes, operator words are words.
    assert parse('"AND OR"').alternatives == [[Term("AND OR")]]
    assert parse("-weather").is_empty  # only exclusions: nothing to look for
    assert parse("OR harbour OR").alternatives == [[Term("harbour")]]
    excluded_phrase = parse('harbour -"city council" - rain')
    assert excluded_phrase.alternatives == [[Term("harbour"), Term("rain")]]
    assert excluded_phrase.excluded == [Term("city council")]
    assert parse('"unbalanced phrase').alternatives == [[Term("unbalanced phrase")]]
    assert parse("covid-19 e-mail").alternatives == [[Term("covid-19"), Term("e-mail")]]
    # A short prefix would match half the index: it is read as a word.
    assert parse("ab*").alternatives == [[Term("ab")]]


def test_quotes_and_backslashes_are_escaped_for_each_syntax() -> None:
    query = parse("l'île back\\slash")
    assert query.fts5() == '(("l\'île" AND "back\\slash"))'
    assert query.tsquery() == "(('l''île' & 'back\\\\slash'))"


def test_control_characters_and_length_are_bounded() -> None:
    query = parse("\x00harbour\x02 \x03council" + " word" * 500)
    assert query.terms[:2] == [Term("harbour"), Term("council")]
    assert len(query.terms) == MAX_TERMS


def test_random_input_always_parses_to_quoted_terms() -> None:
    alphabet = ' "\'()*-:^+~!&|<>\\%_{}[]?.,;NOTANDORnear\x00\x02aé中🚀'
    generator = random.Random(20250409)
    for _ in range(2000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 40)))
        query = parse(text)
        for term in query.terms + query.excluded:
            assert term.text and "\x00" not in term.text and "\x02" not in term.text
        if not query.is_empty:
            assert query.fts5().startswith("((") and query.tsquery().startswith("((")


def test_snippets_are_escaped_then_marked() -> None:
    html = marked_html('<script>alert("x")</script> the \x02harbour\x03 & \x02port')
    assert html == (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; the <mark>harbour</mark> &amp; "
        "<mark>port</mark>"
    )
    assert marked_html("\x03stray\x03 end") == "stray end"
