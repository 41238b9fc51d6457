"""Section/topic mismatch: a story filed under a section that does not fit what it is about.

A small topic lexicon of our own (words a reader expects in a politics, business, sport ...
story) scores the headline and the body; a section name is understood through its words
("Markets", "Money" and "Economy" are business; "Science & Technology" is both). A story is
flagged only when the evidence is clear: the section's own topic barely shows while another
topic dominates (a politics story under Finance). Sections named after places or kinds of
page ("World", "Local", "Opinion", "News") hold any topic and are never flagged; nor are
names the lexicon does not know, unless the site's own articles in that section show what it
covers (`section_mismatch(..., known_sections=...)`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


def _normal(word: str) -> str:
    """A light stem: "elections" -> "election", "companies" -> "company", "bank's" -> "bank".
    """
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _normal_term(term: str) -> str:
    return "_".join(_normal(word) for word in term.split("_"))


# Topic -> words and two-word phrases typical of its stories (lower case; plural "s" and
# possessives are stripped before lookup, so "elections" counts as "election").
_LEXICON_WORDS: dict[str, frozenset[str]] = {
    "politics": frozenset(
        """election vote voted voting voter turnout elected ballot poll campaign
        campaigned candidate budget taxpayer parliament parliamentary
        assembly senate senator congress congressman congresswoman lawmaker legislator
        legislature legislation bill minister ministry cabinet government coalition
        opposition party mp mps president presidential governor mayor council councillor
        councilor democrat republican conservative liberal labour referendum constituency
        diplomat diplomatic embassy ambassador treaty sanction border immigration migrant
        asylum refugee interior policy reform veto lobby protest protester manifesto
        politician political politics incumbent chancellor premier speaker caucus
        impeachment sovereignty citizenship deportation prime_minister home_office
        foreign_minister white_house public_sector electoral""".split()
    ),
    "business": frozenset(
        """company companies firm business corporate share shareholder stock stock_market
        market investor investment invest profit loss revenue earnings quarter quarterly
        sale retailer retail ceo chief_executive executive bank banking lender
        interest_rate inflation economy economic economist gdp growth recession bond
        yield currency dollar euro pound crown trade tariff export import deal merger
        acquisition acquire takeover billion price consumer dividend fund capital debt loan
        credit mortgage budget tax taxpayer worker employer employee job jobs unemployment
        wage pay strike union factory plant manufacturing output industry industrial
        supplier supply customer brand startup valuation ipo analyst forecast fiscal
        monetary central_bank exchange_rate borrowing lending turnover subsidiary
        bankruptcy insolvency commodity oil gas energy port shipping contract""".split()
    ),
    "sport": frozenset(
        """match team league cup goal scored scoring coach player squad
        championship champion tournament semi-final quarter-final striker midfielder
        defender goalkeeper stadium fan club racing rider cyclist medal olympic athlete
        athletics tennis football soccer basketball baseball cricket rugby golf cycling
        marathon referee penalty innings wicket quarterback touchdown extra_time half-time
        kick-off sprint relay lap podium derby fixture playoff grand_slam world_cup swimmer
        swimming freestyle opponent course_record personal_best world_record gold_medal
        silver_medal bronze_medal runner hurdle hurdler sprinter indoor outdoor boxing boxer
        snooker jockey formula_one grand_prix qualifying compete competitor championships
        title_race injury injured hat-trick batsman bowler inning pitcher umpire
        premiership bundesliga serie_a la_liga nfl nba nhl fifa uefa ioc iaaf""".split()
    ),
    "science": frozenset(
        """scientist researcher research study journal species experiment physics physicist
        chemistry chemist biology biologist ecology ecologist climate planet space nasa
        telescope astronomer astronomy fossil dinosaur genome gene genetic cell evolution
        particle laboratory lab finding peer-reviewed ocean marine wildlife habitat
        ecosystem biodiversity carbon emission temperature satellite orbit galaxy star
        mineral geologist geology volcano earthquake sediment specimen bird nest seal
        osprey reserve wetland river flood rainfall drought glacier ice conservation
        conservationist data sample measured observation theory molecule""".split()
    ),
    "technology": frozenset(
        """software app apps user internet online digital computer computing smartphone
        phone mobile ai artificial_intelligence algorithm algorithmic chip chipmaker
        semiconductor network outage update cyber cybersecurity hacker hack breach
        startup tech technology platform cloud server code developer device robot
        robotics broadband 5g encryption privacy data_centre data_center processor
        telecom operator website browser download gadget laptop tablet silicon
        automation automated machine_learning programming bug patch wifi gaming
        video_game gamer console playstation xbox nintendo search_engine social_media
        malware microsoft google apple""".split()
    ),
    "health": frozenset(
        """health hospital patient doctor nurse disease virus vaccine vaccination infection
        outbreak covid cancer treatment drug medical medicine clinical trial symptom
        pandemic epidemic mental_health surgery surgeon clinic diagnosis diagnosed illness
        therapy nhs healthcare care_home dementia diabetes obesity antibiotic pharmacy
        pharmaceutical immune fever allergy pollen asthma""".split()
    ),
    "culture": frozenset(
        """film movie cinema music album band song singer concert festival theatre theater
        play actor actress director novel book author writer poet poetry art artist
        gallery museum exhibition show television tv series award oscar premiere stage
        dance dancer opera orchestra painting painter sculpture comedy drama documentary
        screen audience ticket box_office choir composer jazz literary literature
        heritage screening projector""".split()
    ),
    "crime": frozenset(
        """police officer arrest arrested charged court trial judge jury prosecutor
        prosecution sentenced sentence prison jail murder robbery theft fraud suspect
        victim crime criminal investigation detective shooting stabbing smuggling
        convicted guilty acquitted bail custody""".split()
    ),
}



LEXICON: dict[str, frozenset[str]] = {
    topic: frozenset(_normal_term(term) for term in terms)
    for topic, terms in _LEXICON_WORDS.items()
}
_TERM_TOPICS: dict[str, tuple[str, ...]] = {
    term: tuple(topic for topic, terms in LEXICON.items() if term in terms)
    for term in frozenset().union(*LEXICON.values())
}

# Section-name words -> topic. A name with several topics ("Science & Technology") fits each.
SECTION_WORDS: dict[str, str] = {
    **dict.fromkeys(
        "politics political government elections election policy parliament congress "
        "westminster whitehall democracy".split(), "politics"),
    **dict.fromkeys(
        "business finance financial markets market economy economics money companies "
        "industry investing investment banking trade work jobs careers property "
        "wealth stocks".split(), "business"),
    **dict.fromkeys(
        "sport sports football soccer cricket rugby tennis golf athletics racing cycling "
        "basketball baseball hockey motorsport".split(), "sport"),
    **dict.fromkeys("science environment climate space nature".split(), "science"),
    **dict.fromkeys(
        "technology tech digital internet gadgets computing innovation".split(), "technology"),
    **dict.fromkeys("health medicine wellbeing wellness".split(), "health"),
    **dict.fromkeys(
        "culture arts art entertainment music film films movies books theatre tv radio "
        "celebrity showbiz".split(), "culture"),
    **dict.fromkeys("crime justice courts law".split(), "crime"),
}
# Sections named for a place or a kind of page hold stories on every topic.
OPEN_SECTIONS = frozenset(
    "world international national local news home latest opinion comment analysis "
    "features regional europe asia africa americas uk us city region top stories "
    "breaking".split()
)
TOPIC_NAMES = {
    "politics": "Politics", "business": "Business", "sport": "Sport", "science": "Science",
    "technology": "Technology", "health": "Health", "culture": "Culture", "crime": "Crime",
}
# Topics that share much of their vocabulary: a story between them is never clearly misfiled.
NEIGHBOURS = frozenset(
    frozenset(pair) for pair in (
        ("business", "technology"), ("science", "health"), ("science", "technology"),
        ("health", "technology"), ("crime", "politics"),
    )
)
MIN_EVIDENCE = 6  # the winning topic's weight: words in the body, title words count 3
MAX_FILED_SHARE = 0.2  # the filed topic's share of all topic evidence, at most
MIN_TERMS = 3  # different lexicon terms behind the winning topic, at least
MIN_LEAD = 5.0  # the winner's evidence over the filed topic's, at least
MIN_LEARNED = 3  # articles needed to learn what an unknown section name covers

_WORD = re.compile(r"[a-z0-9][a-z0-9\-']*")
_NAME_SPLIT = re.compile(r"[^a-z]+")


@dataclass(frozen=True)
class Mismatch:
    section: str  # as filed
    suggestion: str  # the likely section
    scores: dict[str, int]


def topic_scores(title: str, text: str) -> Counter[str]:
    """Evidence for each topic: lexicon words in the body, title words weighing three."""
    return _evidence(title, text)[0]


def _evidence(title: str, text: str) -> tuple[Counter[str], Counter[str]]:
    """Each topic's weighted evidence, and how many different lexicon terms make it up."""
    scores: Counter[str] = Counter()
    seen: dict[str, set[str]] = {}
    for weight, part in ((3, title), (1, text)):
        words = [_normal(word) for word in _WORD.findall(part.lower())]
        terms = Counter(words)
        terms.update("%s_%s" % pair for pair in zip(words, words[1:], strict=False))
        for term, count in terms.items():
            for topic in _TERM_TOPICS.get(term, ()):
                scores[topic] += weight * count
                seen.setdefault(topic, set()).add(term)
    return scores, Counter({topic: len(terms) for topic, terms in seen.items()})


def section_topics(section: str, known_sections: Mapping[str, Sequence[str]] | None = None
                   ) -> frozenset[str] | None:
    """The topics a section name covers; an empty set for open sections ("World"); None
    when the name says nothing the lexicon knows and the site's articles do not tell."""
    words = [word for word in _NAME_SPLIT.split(section.lower()) if word]
    if not words:
        return None
    topics = frozenset(SECTION_WORDS[word] for word in words if word in SECTION_WORDS)
    if topics:
        return topics
    if any(word in OPEN_SECTIONS for word in words):
        return frozenset()
    texts = (known_sections or {}).get(section) or ()
    if len(texts) < MIN_LEARNED:
        return None
    # A name of the site's own ("Pitchside", "The Ledger"): what most of its articles are.
    leaders = Counter(_leader(topic_scores("", text)) for text in texts)
    leader, count = leaders.most_common(1)[0]
    if leader and count >= 0.6 * len(texts):
        return frozenset({leader})
    return None


def section_mismatch(
    title: str,
    text: str,
    section: str,
    known_sections: Mapping[str, Sequence[str]] | None = None,
) -> Mismatch | None:
    """The mismatch when `section` clearly does not fit the story, else None. `known_sections`
    maps the site's section names to texts of its articles there: it lets names the lexicon
    does not know be learned, and the suggestion name one of the site's own sections."""
    filed = section_topics(section, known_sections)
    if not filed:
        return None
    scores, distinct = _evidence(title, text)
    total = sum(scores.values())
    best = _leader(scores)
    if not best or best in filed or scores[best] < MIN_EVIDENCE or distinct[best] < MIN_TERMS:
        return None  # one ambiguous word ("season", "match") is no evidence
    filed_score = max(scores[topic] for topic in filed)
    if filed_score > MAX_FILED_SHARE * total or scores[best] < MIN_LEAD * max(filed_score, 1.0):
        return None
    if any(frozenset({best, topic}) in NEIGHBOURS for topic in filed):
        return None
    return Mismatch(section, _section_name(best, known_sections), dict(scores))


def _leader(scores: Counter[str]) -> str:
    if not scores:
        return ""
    ranked = scores.most_common(2)
    if len(ranked) == 2 and ranked[1][1] >= 0.75 * ranked[0][1]:
        return ""  # no clear leader
    return ranked[0][0]


def _section_name(topic: str, known_sections: Mapping[str, Sequence[str]] | None) -> str:
    """The site's own section for `topic` when it has one, else the topic's usual name."""
    for name in known_sections or {}:
        if section_topics(name) == frozenset({topic}):
            return name
    return TOPIC_NAMES[topic]


__all__ = ["LEXICON", "Mismatch", "section_mismatch", "section_topics", "topic_scores"]

