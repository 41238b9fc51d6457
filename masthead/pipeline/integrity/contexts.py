"""Where a phrase sits in its sentence: naturally (a name the article uses) or breaking it.

A name sits naturally after "of", "by", "said", at a sentence start before a verb, before
"said" or a comma. A phrase inserted at a random place often breaks the sentence: between a
verb and its object ("migrants are Zentrix Markets crossing"), before a determiner ("Zentrix
Markets the border"), or before a capitalised sentence opener ("said. Zentrix Markets The").
These English rules only weigh evidence; other languages get no break evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from masthead.pipeline.integrity.evidence import Page, find_phrase
from masthead.pipeline.integrity.tokens import Token

# English words after which a name sits naturally ("shares of Zentrix Markets").
NATURAL_BEFORE_EN = frozenset(
    "the a an of at by for from in on to with and or but about against between including like "
    "said says told tell via versus vs than as into onto over under after before during near "
    "within without through toward towards among behind beyond around across along upon per its "
    "his her their our my your whose which that where when while if because since named called "
    "joined joins join visited visit led leads chief former new ex both nor from then also is was "
    "are were be been being become became not only".split()
)
# ... and before which a name sits naturally ("Zentrix Markets said", "Zentrix Markets shares").
NATURAL_AFTER_EN = frozenset(
    "said says say told has have had is was were are will would could can may might should must "
    "did does do and or of in on at for to with by from as that which who whose announced "
    "reported added also spokesperson spokesman spokeswoman chief executive ceo president "
    "director officials official shares stock stocks group team boss founder founders "
    "employees staff customers users members fans players leader leaders co inc ltd plc "
    "after before since until when while because than but nor not agreed denied declined "
    "confirmed launched released plans planned wants wanted".split()
)
# A name followed by one of these breaks the sentence ("Zentrix Markets the border") unless
# the word before takes two objects ("told Zentrix Markets the news").
BREAKING_AFTER_EN = frozenset("the a an this these those he she they we it its his their".split())
TWO_OBJECT_VERBS_EN = frozenset(
    "told tell tells give gives gave given asked ask asks sent send sends offered offer paid "
    "pay showed show shows".split()
)


LEDE_CHARACTERS = 300


@dataclass
class Context:
    """How a phrase found as whole words sits in its sentence."""

    natural: bool
    breaks: bool
    quoted: bool
    opening: bool = False  # the first words of a paragraph (a heading repeats the title)
    lede: bool = False  # within the first words of the body, where a story names its subject
    subject: bool = False  # opening a sentence, before a lower-case word ("X said")


def spaced_contexts(page: Page, phrase: str) -> list[Context]:
    """How each whole-word, space-separated occurrence of `phrase` sits in its sentence."""
    contexts: list[Context] = []
    size = len(phrase.split())
    body_offset = 0
    for number, paragraph in enumerate(page.paragraphs):
        spans = find_phrase(paragraph, phrase)
        paragraph_offset = body_offset
        body_offset += len(paragraph) + 2
        if not spans:
            continue
        tokens = page.tokens[number]
        for start, end in spans:
            if end < len(paragraph) and (paragraph[end].isalnum()):
                continue  # glued: counted as such
            if start > 0 and paragraph[start - 1] in ".!?":
                continue  # stuck: counted as such
            first = _token_at(tokens, start)
            if first is None:
                continue
            last = first + size - 1
            context = _context(page, tokens, first, last, paragraph, start)
            context.opening = first == 0
            context.lede = paragraph_offset + start < LEDE_CHARACTERS
            following = tokens[last + 1] if last + 1 < len(tokens) else None
            context.subject = (
                _starts_sentence(tokens, first)
                and following is not None
                and following.gap in (" ", "\u00a0")
                and following.text[:1].islower()
            )
            contexts.append(context)
    return contexts


def _token_at(tokens: list[Token], offset: int) -> int | None:
    low, high = 0, len(tokens)
    while low < high:  # tokens are sorted by offset
        middle = (low + high) // 2
        if tokens[middle].start < offset:
            low = middle + 1
        else:
            high = middle
    return low if low < len(tokens) and tokens[low].start == offset else None


def _context(
    page: Page, tokens: list[Token], first: int, last: int, paragraph: str, offset: int
) -> Context:
    quoted = _inside_quotes(paragraph[:offset])
    if page.language != "en":
        return Context(natural=True, breaks=False, quoted=quoted)
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    right = "" if nxt is None or nxt.gap not in (" ", "\u00a0") else nxt.text
    if right[:1].isupper() and right.lower() in page.function_words:
        # A capitalised opener right after it: "said. Zentrix Markets The ..."
        return Context(natural=False, breaks=True, quoted=quoted)
    if _starts_sentence(tokens, first) or tokens[first].gap.strip():
        # At a sentence start any capitalised word may stand; after a comma or a bracket
        # there is no word before it to judge by.
        return Context(natural=True, breaks=False, quoted=quoted)
    left = tokens[first - 1].text
    if tokens[first - 1].capitalised:
        return Context(natural=False, breaks=False, quoted=quoted)  # inside a longer name
    if not right or right[:1].isupper() or not left[:1].isalpha():
        return Context(natural=True, breaks=False, quoted=quoted)  # punctuation or a name next
    if right in BREAKING_AFTER_EN and left.lower() not in TWO_OBJECT_VERBS_EN:
        return Context(natural=False, breaks=True, quoted=quoted)
    natural = left.lower() in NATURAL_BEFORE_EN or right in NATURAL_AFTER_EN
    return Context(natural=natural, breaks=not natural, quoted=quoted)


def _starts_sentence(tokens: list[Token], index: int) -> bool:
    if index == 0:
        return True
    gap = tokens[index].gap
    return bool(re.search(r"[.!?:][\"'’”)]*\s", gap)) or "\n" in gap


def _inside_quotes(before: str) -> bool:
    """Whether a quotation opened in `before` is still open."""
    if before.count('"') % 2:
        return True
    if "„" in before:  # German: „ opens, “ closes
        return before.count("„") > before.count("“")
    opened = before.count("“") + before.count("«")
    return opened > before.count("”") + before.count("»")


def capitalised_runs(page: Page) -> list[tuple[str, Context]]:
    """Every run of one to four capitalised words in the body, as whole words between spaces
    or punctuation, with how it sits in its sentence. A capitalised function word opening a
    sentence ends a run ("Zentrix Markets The ...")."""
    runs: list[tuple[str, Context]] = []
    for number, paragraph in enumerate(page.paragraphs):
        tokens = page.tokens[number]
        first = 0
        while first < len(tokens):
            token = tokens[first]
            if not token.capitalised or token.text.lower() in page.function_words:
                first += 1
                continue
            last = first
            while (
                last + 1 < len(tokens)
                and tokens[last + 1].gap in (" ", "\u00a0")
                and tokens[last + 1].capitalised
                and tokens[last + 1].text.lower() not in page.function_words
            ):
                last += 1
            if last - first < 4:
                phrase = " ".join(t.text for t in tokens[first : last + 1])
                context = _context(page, tokens, first, last, paragraph, token.start)
                context.opening = first == 0
                runs.append((phrase, context))
            first = last + 1
    return runs
