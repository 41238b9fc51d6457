"""One line of a plain-text page dump, classified on its own (see `textdump` for context).

Each line gets a kind from cues that hold across sites and languages: what the line is made
of (a date and filler words, "By" and names, crumbs between ">" separators, widget words),
and, failing those, its shape: a sentence (ends like one, mostly lower-case words) is
`prose`; a capitalised line without final punctuation is `title_like` (headlines, link-list
items, sub-heads); one to three words is `short` (menu items, labels, site names).
Context (runs of short lines, lists under a "Related" heading, position against the body)
is `textdump`'s job: a line alone cannot tell a sub-head from a related headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from masthead.pipeline.credits import parse_credit_line, split_names
from masthead.pipeline.textdates import DateHit, parse_date_line

__all__ = ["LineInfo", "ROLE_WORDS", "Unit", "classify_line", "is_role", "sentence_shape"]

_MAX_META = 160  # bylines, date lines, breadcrumbs and widget lines are short


def _words(text: str) -> frozenset[str]:
    return frozenset(" ".join(text.split()).split("|"))


SHARE = _words(
    "share|share this|share this article|share this story|share article|share story|"
    "share on facebook|share on twitter|share on x|share on linkedin|share via email|"
    "share by email|share this:|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|"
    "pinterest|email|e-mail|mail|print|copy link|copy url|link copied|copy|tweet|messenger|"
    "flipboard|xing|bluesky|threads|mastodon|teilen|artikel teilen|drucken|link kopieren|"
    "per e-mail teilen|partager|partager cet article|imprimer|copier le lien|compartir|"
    "imprimir|copiar enlace|condividi|stampa|copia link|delen|printen|kopieer link|"
    "save|bookmark|gift article|listen|listen to this article|merken"
)
_SHARE_TOKENS = frozenset(
    "share facebook twitter x linkedin whatsapp telegram reddit pinterest email e-mail mail "
    "print copy link tweet messenger flipboard xing bluesky threads mastodon teilen drucken "
    "partager imprimer compartir imprimir condividi stampa delen on via this:".split()
)
# Links of a site's header or footer. Whether they are "navigation" or "footer" depends on
# where they stand, which `textdump` decides.
SITE_LINKS = _words(
    "home|homepage|menu|main menu|search|log in|login|sign in|sign out|log out|register|"
    "subscribe|subscribe now|my account|account|profile|skip to content|skip to main content|"
    "skip navigation|navigation|open menu|close menu|close|e-paper|epaper|sections|"
    "all sections|more|next|previous|next article|previous article|older posts|newer posts|"
    "load more|show more|back to top|top|startseite|suche|anmelden|abmelden|abonnieren|abo|"
    "menü|nach oben|accueil|rechercher|se connecter|connexion|s'abonner|inicio|buscar|"
    "iniciar sesión|suscríbete|cerca|accedi|abbonati|zoeken|inloggen|abonneren|"
    "privacy|privacy policy|privacy notice|terms|terms of use|terms of service|"
    "terms and conditions|cookie policy|cookies|imprint|impressum|datenschutz|"
    "datenschutzerklärung|kontakt|contact|contact us|about|about us|careers|jobs|advertise|"
    "advertise with us|sitemap|site map|accessibility|rss|rss feeds|help|faq|corrections|"
    "mentions légales|aviso legal|privacidad|follow us|folgen sie uns|newsletters|archive|"
    "podcasts|podcast|video|videos|photos|live|weather|masthead|staff|about the site|agb"
)
PROMO = _words(
    "advertisement|advertising|ad|anzeige|werbung|sponsored|sponsored content|paid content|"
    "partner content|publicité|publicidad|pubblicità|advertentie|promoted|promotion"
)
_COOKIE_BUTTONS = _words(
    "accept|accept all|accept cookies|reject|reject all|decline|agree|i agree|got it|ok|okay|"
    "manage preferences|manage cookies|cookie settings|preferences|settings|customise|"
    "customize|alle akzeptieren|akzeptieren|ablehnen|einstellungen|zustimmen|"
    "tout accepter|accepter|refuser|paramètres|aceptar|rechazar|configurar|accetta|rifiuta|"
    "accepteren|weigeren"
)
_REACTION_WORDS = _words(
    "like|love|haha|wow|sad|angry|dislike|upvote|downvote|thumbs up|thumbs down|helpful|"
    "not helpful|gefällt mir|j'aime|me gusta|mi piace|vind ik leuk|like this|like loading...|"
    "what do you think?|what's your reaction?|your reaction|how do you feel about this article?|"
    "was this article helpful?|did you find this article helpful?|rate this article|yes|no"
)
ROLE_WORDS = (
    "writer staff reporter correspondent editor columnist contributor journalist analyst "
    "photographer bureau chief redakteur redakteurin korrespondent korrespondentin autor "
    "autorin redaktion journaliste correspondant correspondante rédacteur rédactrice "
    "periodista corresponsal redactor redactora giornalista corrispondente inviato inviata "
    "redattore verslaggever redacteur freelance"
).split()
_ROLE_RE = re.compile(r"\b(?:%s)" % "|".join(ROLE_WORDS), re.IGNORECASE)
_HOME_CRUMBS = frozenset(
    "home|homepage|start|startseite|accueil|inicio|portada|home page|front page|"
    "voorpagina|news|nachrichten|news home".split("|")
)
_CRUMB_SPLIT_RE = re.compile(r"\s*(?:>|›|»|→|::)\s*|\s+/\s+|\s+\|\s+")
_ITEM_SPLIT_RE = re.compile(r"\s*[|·•]\s*|\s{2,}|\s+/\s+")
_META_SPLIT_RE = re.compile(r"\s+[|·•]\s+|\s+[–—]\s+|\s{2,}")
_BY_SPLIT_RE = re.compile(r"\s+(?:by|von|par|por|door)\s+(?=[A-ZÀ-Þ])")
# Case-insensitive prefix, but the names after it must be capitalised.
_BYLINE_RE = re.compile(
    r"^(?i:(?:(?:written|posted|reported|words|text)\s+by|by|von|par|por|door|di)\s+|"
    r"(?:autor(?:in)?|author|auteur|text|texte|reporter)\s*:\s*)"
    r"(?P<names>[A-ZÀ-Þ].{1,100})$"
)
_NAME = r"[A-ZÀ-Þ][\w'’.\-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.\-]+|de|da|van|von|der|del|la|le)){1,4}"
_NAME_ROLE_RE = re.compile(r"^(?P<name>%s)\s*(?:,|\||–|—|-)\s*(?P<role>[^,|]{2,60})$" % _NAME)
_TAGS_RE = re.compile(
    r"^(?:in|tags?|topics?|themen|thema|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|keywords?|"
    r"filed under|posted in|mots[- ]cl(?:é|e)s|th(?:è|e)mes|sujets|etiquetas|temas|"
    r"argomenti|onderwerpen|trefwoorden|categories|category|kategorien?|rubriques?)"
    r"\s*:\s*(?P<items>\S.*)$",
    re.IGNORECASE,
)
_TAGS_HEADING_RE = re.compile(
    r"^(?:tags|topics|themen|schlagw(?:ö|oe)rter|keywords|mots[- ]cl(?:é|e)s|etiquetas|"
    r"temas|argomenti|onderwerpen|more on(?: this topic)?|related topics)\s*:?$",
    re.IGNORECASE,
)
_RELATED_HEADING_RE = re.compile(
    r"^(?:related(?: articles| stories| news| content| posts| coverage| reading)?|rankings?|"
    r"recommendations?|recommended(?: for you| stories| reading| articles)?|for you|"
    r"most (?:read|popular|viewed|shared|commented)(?: (?:articles|stories|today))?|"
    r"popular(?: now| stories| articles)?|trending(?: now| stories)?|"
    r"you (?:may|might) (?:also )?(?:like|be interested in)|more (?:stories|news|articles|"
    r"from .{1,30}|on this (?:story|topic)|in .{1,30}|to read)|read (?:more|next|also)|"
    r"also read|see also|further reading|latest(?: news| stories| headlines| articles)?|"
    r"top stories|editor'?s picks|don'?t miss|in other news|more to explore|what to read next|"
    r"mehr zum thema|meistgelesen(?:e artikel)?|meist gelesen|lesen sie auch|auch interessant|"
    r"das könnte sie auch interessieren|weitere artikel|empfehlungen|top-themen|"
    r"(?:à )?lire aussi|les plus lus|sur le même sujet|à voir aussi|te puede interesar|"
    r"lo más leído|más noticias|noticias relacionadas|relacionad[oa]s|leggi anche|"
    r"i più letti|potrebbe interessarti|lees ook|meest gelezen|gerelateerd|ook interessant)"
    r"\s*[:»>›]*$",
    re.IGNORECASE,
)
_INLINE_RELATED_RE = re.compile(
    r"^(?:read more|also read|read also|see also|related|read next|lesen sie auch|mehr dazu|"
    r"lire aussi|à lire aussi|lea también|leggi anche|lees ook)\s*[:»>›]\s*\S.*$",
    re.IGNORECASE,
)
_COMMENTS_RE = re.compile(
    r"^(?:(?:\d+|one|no)\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|"
    r"reacties|responses?|replies|thoughts on .{1,80})(?:\s*\(\d+\))?\s*:?$|"
    r"^(?:leave|post|add|write) a (?:comment|reply)|^join the (?:discussion|conversation)|"
    r"^(?:show|view|load|read) (?:all )?comments|^discussion$|^comments? (?:are|is) closed|"
    r"^kommentar (?:schreiben|verfassen)|^laisser un commentaire|^deja un comentario|"
    r"^lascia un commento|^plaats een reactie",
    re.IGNORECASE,
)
_COMMENT_META_RE = re.compile(
    r"^.{1,60}\s+(?:says|said|wrote|schreibt|a écrit|dice|scrive):$|^(?:reply|antworten|"
    r"répondre|responder|rispondi|reageren|report|flag|log in to reply)$",
    re.IGNORECASE,
)
_BIO_HEADING_RE = re.compile(
    r"^(?:about the authors?|about the writer|the authors?|author bio|über die autorin|"
    r"über den autor|zur person|à propos de l'auteur|sobre (?:el|la) autora?|"
    r"l'autore|over de auteur)\s*:?$",
    re.IGNORECASE,
)
_BIO_RE = re.compile(
    r"^(?P<name>%s)\s+(?:is|was|has|writes|covers|reports|joined|ist|war|schreibt|berichtet|"
    r"est|a rejoint|es|escribe|è|scrive|werkt|schrijft)\b" % _NAME
)
_COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b|"
    r"alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"tutti i diritti riservati|alle rechten voorbehouden",
    re.IGNORECASE,
)
_COOKIE_RE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_NEWSLETTER_RE = re.compile(
    r"\b(?:newsletters?|inbox|sign up|subscribe|subscription|your e-?mail(?: address)?|"
    r"e-?mail address|abonnieren|abonnement|s'abonner|inscri\w+|suscr\w+|iscriviti)\b",
    re.IGNORECASE,
)
_CAPTION_RE = re.compile(
    r"^\(?(?:photo|foto|fotos|image|bild|picture|pictured|illustration|grafik|video|"
    r"photograph|credit|source|quelle|photo credit)\s*:\s*\S.{0,160}$",
    re.IGNORECASE,
)
_REACTION_COUNT_RE = re.compile(r"^[^\d()\[\]]{1,30}?\s*[(\[]\s*\d+\s*[)\]]$")
_SYMBOL_COUNT_RE = re.compile(r"^[^\w\s]{1,4}\s*\d+$")
_READ_TIME_RE = re.compile(
    r"^(?:lesezeit\s*:?\s*)?(?:ca\.\s*)?\d+\s*(?:-\s*\d+\s*)?(?:min(?:ute)?s?\.?|minuten)"
    r"(?:\s+(?:read|reading time|lesezeit|de lecture|de lectura|di lettura|leestijd))?$",
    re.IGNORECASE,
)
_FOREIGN_CREDIT_RE = re.compile(
    r"^(?:mitarbeit|unter mitarbeit von|avec la collaboration de|con la colaboración de|"
    r"colaboración|con la collaborazione di|collaborazione|met medewerking van)\s*:?\s*"
    r"(?P<names>[A-ZÀ-Þ].{1,150})$",
    re.IGNORECASE,
)
_URL_RE = re.compile(r"^(?:\d{1,4}\.\s+)?(?:https?://|www\.)\S+$")
_TERMINAL_RE = re.compile(r"[.!?…:;。！？।॥؟۔][\"'”’»)\]」』]*$")
_INITIAL_RE = re.compile(r"(?<!\S)[\"'“‘«¿¡(\[*–—•-]*([^\W\d_])")


@dataclass
class LineInfo:
    """What one line is, with the data it carries (names, date, crumbs, tags)."""

    kind: str
    names: list[str] = field(default_factory=list)  # byline authors, credit contributors
    date: DateHit | None = None
    items: list[str] = field(default_factory=list)  # breadcrumb crumbs or tags


@dataclass
class Unit:
    """One non-blank line of a dump, with its kind as context refines it."""

    text: str  # the line as output (link marks removed)
    core: str  # the line without a list bullet or number, for classification
    gap: int  # blank lines before it
    info: LineInfo
    kind: str = ""
    bulleted: bool = False

    def __post_init__(self) -> None:
        self.kind = self.kind or self.info.kind


def _normal(text: str) -> str:
    return " ".join(text.lower().strip(" \t:•·|>»›-–—*#▶►→↑").split())


def is_role(text: str) -> bool:
    """True when `text` names a job ("Staff Writer", "Korrespondentin in Wien")."""
    return bool(_ROLE_RE.search(text))


def sentence_shape(text: str) -> tuple[int, float, bool]:
    """(words, share of words starting lower-case, ends like a sentence)."""
    words = len(text.split())
    initials = _INITIAL_RE.findall(text)  # first letter of each word that starts with one
    lower = sum(1 for initial in initials if not initial.isupper())  # caseless scripts count
    ratio = lower / len(initials) if initials else 0.0
    return words, ratio, bool(_TERMINAL_RE.search(text))


def _byline(segment: str) -> list[str] | None:
    """Author names when `segment` is a byline ("By A and B", "Anna Berg, Korrespondentin")."""
    match = _BYLINE_RE.match(segment)
    if match:
        chunk = match.group("names")
        if chunk.rstrip()[-1:] in "?!." or ":" in chunk.split(",")[0]:
            return None  # "By the numbers: ..." is a headline, "by Iran." a sentence's end
        names = [name for name in split_names(chunk) if not is_role(name)]
        # Every word must be accounted for: a name, a role, a place ("in Saltreach").
        spare = re.sub(r"\b(?:and|und|et|y|e|en|in|from|aus|à|a|en)\b|[,;&]", " ", chunk)
        for name in names:
            spare = spare.replace(name, " ")
        spare_words = [word for word in spare.split() if not is_role(word)]
        if names and len(spare_words) <= 3 * len(names):
            return names
        return None
    match = _NAME_ROLE_RE.match(segment)
    role = match.group("role").strip() if match else ""
    # "Staff Writer", "Korrespondentin in Wien"; not "a Senior Staff Attorney of the ...".
    if match and is_role(role) and role[:1].isupper() and len(role.split()) <= 5:
        names = split_names(match.group("name"))
        if len(names) == 1 and len(names[0].split()) >= 2:
            return names
    return None


def _meta(text: str) -> LineInfo | None:
    """A date line, a byline, or a line made only of those ("By A | April 9, 2025")."""
    segments = [segment for segment in _META_SPLIT_RE.split(text) if segment.strip()]
    names: list[str] = []
    date: DateHit | None = None
    for segment in segments:
        segment = segment.strip(" ,;|")
        parts = [segment]
        split = _BY_SPLIT_RE.split(segment, maxsplit=1)
        if len(split) == 2 and parse_date_line(split[0]):
            parts = [split[0], "By " + split[1]]  # "Posted on March 14, 2025 by Corin Ashdale"
        for part in parts:
            hit = parse_date_line(part)
            if hit is not None:
                if date is None or (date.value is None and hit.value is not None):
                    date = hit
                continue
            byline = _byline(part)
            if byline:
                names.extend(name for name in byline if name not in names)
                continue
            if not _READ_TIME_RE.match(part):
                return None
    if names:
        return LineInfo("byline", names=names, date=date)
    return LineInfo("date", date=date)


def _breadcrumb(text: str) -> list[str] | None:
    if not _CRUMB_SPLIT_RE.search(text):
        return None
    crumbs = [crumb.strip() for crumb in _CRUMB_SPLIT_RE.split(text) if crumb.strip()]
    if not 2 <= len(crumbs) <= 8 or not all(any(ch.isalpha() for ch in c) for c in crumbs):
        return None
    home = crumbs[0].lower() in _HOME_CRUMBS
    if re.search(r"\s(?:/|\|)\s", text) and not (home and len(crumbs) <= 3):
        return None  # "Home | World | Business | Tech" is a menu, not a trail
    for crumb in crumbs[:-1]:
        words, _, terminal = sentence_shape(crumb)
        if words > 5 or len(crumb) > 40 or terminal or not crumb[0].isupper():
            return None
    if not home and not crumbs[-1][:1].isupper():
        return None
    return crumbs


def _items(text: str) -> list[str]:
    return [item.strip(" .") for item in _ITEM_SPLIT_RE.split(text) if item.strip(" .")]


def _tags(text: str) -> list[str] | None:
    match = _TAGS_RE.match(text)
    if not match:
        return None
    items = [item.strip(" .\"'") for item in re.split(r"\s*[,;|·•]\s*", match.group("items"))]
    items = [item for item in items if item]
    if not items or any(len(item.split()) > 6 or len(item) > 60 for item in items):
        return None  # "In: a statement on Tuesday, the ministry said ..." is prose
    return items


def _widget(text: str, normal: str) -> str | None:
    """The kind of a site widget line, or None."""
    if normal in SHARE:
        return "share"
    items = _items(text)
    tokens = normal.replace("|", " ").replace("·", " ").split()
    if 2 <= len(tokens) <= 12 and all(token in _SHARE_TOKENS for token in tokens):
        return "share"
    if normal in _REACTION_WORDS or _REACTION_COUNT_RE.match(text) or _SYMBOL_COUNT_RE.match(text):
        return "reactions"
    if normal in PROMO:
        return "promo"
    if normal in SITE_LINKS:
        return "links"
    if normal in _COOKIE_BUTTONS:
        return "cookie_button"
    if len(items) >= 3 and all(
        len(item.split()) <= 3 and len(item) <= 30 and not _TERMINAL_RE.search(item)
        for item in items
    ):
        # "Home | World | Business" or "About us · Contact · Privacy": a row of links.
        if all(item.lower() in SHARE for item in items):
            return "share"
        return "links"
    return None


def classify_line(text: str) -> LineInfo:
    """Classify one stripped, non-blank line."""
    if not any(ch.isalnum() for ch in text):
        return LineInfo("separator")
    names = parse_credit_line(text)
    if names:
        return LineInfo("credit", names=names)
    foreign = _FOREIGN_CREDIT_RE.match(text)
    if foreign and split_names(foreign.group("names").rstrip(".")):
        # Credit lines in other languages ("Mitarbeit: Jonas Feld"); `credits` reads English.
        return LineInfo("credit", names=split_names(foreign.group("names").rstrip(".")))
    if _URL_RE.match(text):
        return LineInfo("links")
    normal = _normal(text)
    short = len(text) <= _MAX_META
    if short:
        tags = _tags(text)
        if tags:
            return LineInfo("tags", items=tags)
        meta = _meta(text)
        if meta is not None:
            return meta
        if _COPYRIGHT_RE.search(text):
            return LineInfo("copyright")
        if _COMMENTS_RE.match(normal) or _COMMENT_META_RE.match(text):
            return LineInfo("comments")
        if _RELATED_HEADING_RE.match(normal):
            return LineInfo("related_heading")
        if _INLINE_RELATED_RE.match(text):
            return LineInfo("related")
        if _BIO_HEADING_RE.match(normal):
            return LineInfo("bio_heading")
        if _TAGS_HEADING_RE.match(normal):
            return LineInfo("tags_heading")
        if _CAPTION_RE.match(text):
            return LineInfo("caption")
        crumbs = _breadcrumb(text)
        if crumbs:
            return LineInfo("breadcrumb", items=crumbs)
        widget = _widget(text, normal)
        if widget:
            return LineInfo(widget)
    elif _COPYRIGHT_RE.search(text[:300]):
        return LineInfo("copyright")
    words, lower_ratio, terminal = sentence_shape(text)
    if _COOKIE_RE.search(text) and len(text) <= 400:
        return LineInfo("cookie")
    if _NEWSLETTER_RE.search(text) and len(text) <= 200:
        return LineInfo("newsletter")
    bio = _BIO_RE.match(text)
    if bio and terminal:
        return LineInfo("bio_candidate", names=[bio.group("name")])
    if terminal and words >= 2 and (lower_ratio >= 0.25 or words <= 5):
        return LineInfo("prose")
    if terminal and words == 1 and re.fullmatch(r"[^\W\d_][^\W\d_'’-]*[.!?]", text):
        return LineInfo("prose")  # "Yes." is a paragraph; "Print" without a stop is a button
    if not terminal and words >= 20 and lower_ratio >= 0.4:
        return LineInfo("prose")  # a paragraph that lost its full stop
    if words <= 3:
        return LineInfo("short")
    return LineInfo("title_like")
