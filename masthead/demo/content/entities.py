"""What each "In:" tag of the demo is: a person, a place, an organisation or a topic.

Ground truth for the tagger: every tag on a demo page is listed here (the tests check it).
"""

from __future__ import annotations

PEOPLE = (
    "Amelie Kord", "Anneli Vogt", "Annika Vell", "Birgit Sollen", "Dario Kestenholm",
    "Elias Thornbury", "Felix Marrow", "Greta Moll", "Hanna Oyelaran", "Idris Vale",
    "Ines Holberg", "Ingrid Sato-Hale", "Jakob Haug", "Joel Ambrose", "Jonas Aurell",
    "Kasimir Dovrel", "Lars Ekwall", "Liv Soini", "Marta Gunnarsen", "Mila Kovacek",
    "Noah Adler", "Noor Castellane", "Oda Brenne", "Petra Lindahl", "Rafael Osterby",
    "Ruth Okonkwo-Brandt", "Salome Ferrer", "Tove Eriksdal", "Vera Asker",
)

PLACES = (
    "Brennholt", "Hollin", "Kestrel Ridge", "Lake Ennby", "Lower Tarnby", "Ostmere",
    "Saltreach", "Tarn", "Valdmark",
)

ORGANISATIONS = (
    "Aldren Energy", "Arvik", "Assembly", "Bank of Valdmark", "Brennholt Athletic",
    "Brennholt Bears", "Brennholt Film Festival", "Brennholt Stock Exchange",
    "Brennholt University", "Civic Alliance", "Competition Authority", "Fennick Pharma",
    "Finance Ministry", "Graywater Foods", "Green League", "Harbour Workers' Federation",
    "Hollin City Council", "Hollin City Library", "Hollin Huskies", "Hollin Polar Observatory",
    "Hollin Rovers", "Hollin Steelworks", "Hollin University", "Interior Ministry", "Kestrel Air",
    "Metalworkers' Guild", "National Folk Music Archive", "National Gallery of Valdmark",
    "National Orchestra", "National Teachers' Union", "Northlight Telecom",
    "Old Customs House Cinema", "Progress Party", "Saltreach City Council",
    "Saltreach Container Terminal", "Saltreach Harbour FC", "Saltreach Jazz Festival",
    "Saltreach Marathon", "Saltreach Playhouse", "Saltreach Rowing Club", "Skerry Lines",
    "Skylark Connect", "Statistics Office", "Tidewell Bank", "Tour of the Northern Lakes",
    "Valdmark Communications Authority", "Valdmark Cup", "Vellum Systems",
)

TOPICS = (
    "Algorithmic Transparency Act", "Markets", "5G", "Agriculture", "Allergies", "Archaeology",
    "Art", "Artificial intelligence",
    "Astronomy", "Athletics", "Aviation", "Banking", "Basketball", "Biology", "Birds", "Bonds",
    "Books", "Budget", "Cars", "Climate", "Crime", "Currencies", "Cybersecurity", "Cycling",
    "Digital ID", "Diplomacy", "Education", "Elections", "Electric vehicles", "Energy",
    "Environment", "Film", "Fish", "Fishing", "Floods", "Food", "Football", "Gadgets",
    "Handball", "Heat pumps", "History", "Housing", "Ice hockey", "Inflation", "Interest rates",
    "Jobs", "Labour", "Libraries", "Light pollution", "Manufacturing", "Maps", "Marine biology",
    "Marsh fever", "Medicine", "Migration", "Music", "Neuroscience", "Oceans", "Open source",
    "Poetry", "Property", "Quantum computing", "Railways", "Reviews", "Rowing", "Semiconductors",
    "Shipping", "Ski jumping", "Sleep", "Steel", "Stocks", "Swimming", "Taxes",
    "Telecommunications", "Theatre", "Tourism", "Transport", "Vaccines", "Wildlife",
    "Wind power",
)

ENTITY_KINDS: dict[str, str] = {
    **{name: "person" for name in PEOPLE},
    **{name: "place" for name in PLACES},
    **{name: "organisation" for name in ORGANISATIONS},
    **{name: "topic" for name in TOPICS},
}
