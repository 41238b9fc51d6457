"""The demo's fictional world: the outlets, their writers and the sections they file in.

Everything here is invented. The country is Valdmark (capital Brennholt, port city Saltreach,
northern city Hollin on the Tarn river); its northern neighbour is Ostmere; money is the crown.
"""

from __future__ import annotations

from masthead.demo.content.model import Author, Outlet

SECTIONS: tuple[str, ...] = (
    "Politics",
    "World",
    "Business",
    "Finance",
    "Technology",
    "Science",
    "Sport",
    "Culture",
)

SCRAPER = "quorvex"

OUTLETS: tuple[Outlet, ...] = (
    Outlet(
        slug="harbour-ledger",
        name="The Harbour Ledger",
        kind="rss",
        subscribe_path="/harbour-ledger/feed.xml",
        feed_path="/harbour-ledger/feed.xml",
        section="",
        tagline="Saltreach's daily newspaper since 1887",
        city="Saltreach",
        language="en",
        colour="#1d3557",
    ),
    Outlet(
        slug="northwind",
        name="Northwind Courier",
        kind="home",
        subscribe_path="/northwind/",
        feed_path="/northwind/feed/",
        section="",
        tagline="News from Hollin and the northern lakes",
        city="Hollin",
        language="en",
        colour="#2a6f4e",
    ),
    Outlet(
        slug="meridian",
        name="The Meridian Standard",
        kind="atom",
        subscribe_path="/meridian/atom.xml",
        feed_path="/meridian/atom.xml",
        section="",
        tagline="Valdmark's national newspaper of record",
        city="Brennholt",
        language="en",
        colour="#7a1f2b",
    ),
    Outlet(
        slug="lantern",
        name="Lantern Wire",
        kind="json",
        subscribe_path="/lantern/feed.json",
        feed_path="/lantern/feed.json",
        section="Business",
        tagline="Fast, accurate business news from Brennholt",
        city="Brennholt",
        language="en",
        colour="#c7791a",
    ),
    Outlet(
        slug="cobalt",
        name="Cobalt Review",
        kind="sitemap",
        subscribe_path="/cobalt/sitemap.xml",
        feed_path="/cobalt/sitemap.xml",
        section="Technology",
        tagline="Technology and science, explained",
        city="Brennholt",
        language="en",
        colour="#23408e",
    ),
    Outlet(
        slug="fieldstone",
        name="Fieldstone Gazette",
        kind="rss-summary",
        subscribe_path="/fieldstone/rss.xml",
        feed_path="/fieldstone/rss.xml",
        section="Sport",
        tagline="Sport and culture from every corner of Valdmark",
        city="Saltreach",
        language="en",
        colour="#5b2a86",
    ),
    Outlet(
        slug=SCRAPER,
        name="Quorvex Daily",
        kind="rss",
        subscribe_path="/quorvex/feed/",
        feed_path="/quorvex/feed/",
        section="Finance",
        tagline="Market-moving news, 24/7",
        city="",
        language="en",
        colour="#e0a100",
    ),
)

OUTLETS_BY_SLUG: dict[str, Outlet] = {outlet.slug: outlet for outlet in OUTLETS}

AUTHORS: tuple[Author, ...] = (
    Author("ilse-varga", "Ilse Varga", "harbour-ledger", "Political correspondent",
           "Ilse Varga covers national politics and migration for The Harbour Ledger from "
           "Brennholt. She joined the paper in 2016 after six years at regional radio and "
           "writes the Letter from the Capital column."),
    Author("jonas-feld", "Jonas Feld", "harbour-ledger", "Business editor",
           "Jonas Feld has reported on the port, shipping and the companies of the Saltreach "
           "waterfront for eleven years. Before journalism he worked as a customs broker."),
    Author("mateo-brandvold", "Mateo Brandvold", "harbour-ledger", "Sport and city reporter",
           "Mateo Brandvold writes about Saltreach Harbour FC, the marathon and city life. He "
           "grew up three streets from the old fish market."),
    Author("clara-moravec", "Clara Moravec", "meridian", "Chief political correspondent",
           "Clara Moravec has led The Meridian Standard's coverage of the Assembly since 2019. "
           "She previously reported from Ostmere for five years."),
    Author("henrik-osei", "Henrik Osei", "meridian", "Economics editor",
           "Henrik Osei writes about the budget, the central bank and the labour market. He "
           "studied economics in Brennholt and spent a decade at the statistics office."),
    Author("lucia-fenwright", "Lucia Fenwright", "meridian", "Culture critic",
           "Lucia Fenwright reviews film, art and books for The Meridian Standard and chairs "
           "the paper's annual fiction prize."),
    Author("aksel-thorne", "Aksel Thorne", "northwind", "Northern affairs reporter",
           "Aksel Thorne reports on Hollin, the border country and the Tarn valley. He has "
           "worked at the Northwind Courier since it moved to its lakeside office in 2012."),
    Author("runa-halvard", "Runa Halvard", "northwind", "Sport and community reporter",
           "Runa Halvard follows cycling, football and the clubs of the north. She rides the "
           "Kestrel Ridge climb every summer to remind herself how hard it is."),
    Author("edwin-marsh", "Edwin Marsh", "northwind", "Science and environment reporter",
           "Edwin Marsh covers the observatory, the lakes and the weather that shapes life in "
           "the north. He holds a degree in physical geography."),
    Author("nadia-kerr", "Nadia Kerr", "lantern", "Markets reporter",
           "Nadia Kerr writes the Market Watch column for Lantern Wire and covers the Brennholt "
           "Stock Exchange, banks and the crown."),
    Author("samuel-achterberg", "Samuel Achterberg", "lantern", "Industry and technology "
           "correspondent",
           "Samuel Achterberg covers manufacturing, energy and telecoms for Lantern Wire. He "
           "was previously an engineer at a Hollin foundry."),
    Author("yara-demir-lund", "Yara Demir-Lund", "cobalt", "Science editor",
           "Yara Demir-Lund edits Cobalt Review's science pages and writes the Lab Notes "
           "column. She trained as a molecular biologist before turning to journalism."),
    Author("otto-kirsch", "Otto Kirsch", "cobalt", "Technology writer",
           "Otto Kirsch writes about chips, networks and the rules that govern software. He "
           "has built and broken more home routers than he cares to count."),
    Author("beatrix-solano", "Beatrix Solano", "fieldstone", "Chief sports writer",
           "Beatrix Solano has covered six Valdmark Cup finals and two winter games for the "
           "Fieldstone Gazette. She writes the Touchline column every Saturday."),
    Author("ravi-castellan", "Ravi Castellan", "fieldstone", "Arts and culture writer",
           "Ravi Castellan writes about film, galleries and music. He programmed a small "
           "cinema in Saltreach for eight years before joining the Gazette."),
    Author("quorvex-desk", "Desk Editor", SCRAPER, "Editor",
           "Our desk editor curates the most important market-moving stories of the day so "
           "that our readers never miss an opportunity."),
)

AUTHORS_BY_SLUG: dict[str, Author] = {author.slug: author for author in AUTHORS}

# The column labels each outlet uses, and where (by section); informative, used by the renderers.
COLUMNS: dict[str, tuple[str, ...]] = {
    "harbour-ledger": ("Letter from the Capital", "Harbour Watch"),
    "northwind": ("Northern Notebook",),
    "meridian": ("Analysis", "The Long Read"),
    "lantern": ("Market Watch",),
    "cobalt": ("Lab Notes", "Explainer"),
    "fieldstone": ("Touchline", "On Stage"),
}
