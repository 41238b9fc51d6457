"""Shared events, part three: the river treaty, the stock record, the airline deal, the floods,
the vaccine trial, the film festival."""

from __future__ import annotations

from masthead.demo.content.model import Story, story

STORIES: tuple[Story, ...] = (
    # --- river-treaty --------------------------------------------------------------------------
    story("meridian", "clara-moravec", "2025-04-14 14:26:50", "World",
          "Valdmark and Ostmere sign 30-year treaty to share the Tarn",
          event="river-treaty", body="""
Prime Minister Annika Vell and Ostmere's President Kasimir Dovrel signed a 30-year treaty on the
shared use of the Tarn river on Monday, ending a dispute over water rights that has soured
relations between the neighbours for more than a decade.

Under the agreement, signed in Hollin's town hall, Ostmere will guarantee a minimum flow of water
across the border during dry summers, while Valdmark will share data from its flood-warning
stations and help pay for a new weir upstream.

The two leaders also agreed to begin joint patrols of the land border from July, a step
Valdmark's interior ministry has sought since irregular crossings rose sharply two years ago.

"Rivers do not stop at borders, and neither should common sense," Mr Dovrel said. Ms Vell,
campaigning for re-election, called the treaty "proof that patient diplomacy works".

The treaty must be ratified by both parliaments. In Valdmark that will fall to the Assembly
elected on 14 June.
"""),
    story("northwind", "aksel-thorne", "2025-04-14 13:55:12", "World",
          "In Hollin, two leaders shake hands over the river that divides them",
          event="river-treaty", column="Northern Notebook", body="""
Crowds lined Bridge Street in Hollin on Monday as the leaders of Valdmark and Ostmere arrived to
sign an agreement on the Tarn, the river that rises in Ostmere's hills and floods Valdmark's
northern towns.

Ostmere's President Kasimir Dovrel and Prime Minister Annika Vell signed the 30-year treaty in the
council chamber of the town hall, a few hundred metres from the river bank. Afterwards they
walked to the old stone bridge and posed for photographs.

For people in the Tarn valley, still cleaning up after this month's floods, the most important
part of the deal is the promise to share flood-warning data across the border. "The water comes
down from Ostmere before it reaches us," said one volunteer who had been filling sandbags in
Lower Tarnby. "It would be nice if the warning did too."

The agreement also provides for joint patrols of the border from July.

Hollin's mayor, Tove Eriksdal, said she hoped the treaty would lead to a reopening of the
passenger railway to the Ostmere town of Velsk, closed since 2009.
"""),
    # --- bsx-record ----------------------------------------------------------------------------
    story("lantern", "nadia-kerr", "2025-04-22 16:35:09", "Finance",
          "BSX 40 closes at record 8,412.6 as Vellum and Tidewell rally",
          event="bsx-record", column="Market Watch", body="""
The BSX 40 index of leading Brennholt shares closed at a record 8,412.6 points on Tuesday, up 1.8
percent, as chipmaker Vellum Systems and Tidewell Bank led a broad rally.

Vellum rose 6.2 percent after an analyst at an Ostmere brokerage raised his price target, citing
the company's new Hollin plant. Tidewell Bank gained 3.1 percent, extending its rise since the
central bank's rate cut earlier this month.

Thirty-four of the index's forty members ended higher. Turnover was 5.7 billion crowns, about a
third above the daily average this year.

"Lower rates, a budget without tax rises and an election that markets don't fear much: that's a
friendly mix," said Mikkel Aasen, head of equities at a Brennholt fund manager.

The previous closing high, 8,297.3, was set in February. The index has gained 9.4 percent since
the start of the year.
"""),
    story("harbour-ledger", "jonas-feld", "2025-04-22 17:12:26", "Finance",
          "Brennholt stocks hit record; Saltreach shippers join the rally",
          event="bsx-record", tags=("Brennholt Stock Exchange", "Vellum Systems",
                                    "Skerry Lines", "Saltreach", "Stocks"), body="""
Shares in Brennholt rose to an all-time high on Tuesday, with the BSX 40 index climbing 1.8
percent to close at 8,412.6 points.

Technology and banking stocks led the way, with Vellum Systems up 6.2 percent. But Saltreach's
two listed shipping companies also gained, helped by the end of the dock strike and hopes of a
busier summer at the port.

Skerry Lines, the ferry operator, rose 2.7 percent, and the terminal's parent company recovered
the last of the losses it suffered during the 48-hour walkout.

The record will be welcome news for the city's pension fund, which holds about a fifth of its
assets in Valdmark shares, according to its latest annual report.

Traders cautioned that the gains had come on hopes rather than hard results, with most big
companies due to report first-quarter earnings next week.
"""),
    # --- airline-deal --------------------------------------------------------------------------
    story("lantern", "samuel-achterberg", "2025-04-24 07:05:33", "Business",
          "Kestrel Air agrees to buy Skylark Connect for 640 million crowns",
          event="airline-deal", body="""
Kestrel Air, Valdmark's national airline, has agreed to buy regional carrier Skylark Connect for
640 million crowns in cash, the companies said on Thursday, creating a single operator for most
domestic routes.

Skylark flies 18 turboprop aircraft from Saltreach, Hollin and three smaller airports. Kestrel
said it would keep the Skylark brand for at least two years and had no plans to close bases.

The deal needs approval from the Competition Authority, which is expected to examine the
Hollin-Brennholt route, where the two airlines are the only carriers. Completion is expected in
the fourth quarter.

Kestrel shares rose 5.1 percent in early trading. Skylark, which is privately owned, reported a
loss last year after a rise in fuel and leasing costs.

"Together we can offer the regions better connections at lower cost," Kestrel chief executive
Anton Vilhelmsen said.
"""),
    story("meridian", "henrik-osei", "2025-04-24 10:31:48", "Business",
          "Kestrel's takeover of Skylark raises fears of higher regional fares",
          event="airline-deal", body="""
Travellers in Valdmark's regions may soon have just one airline to choose from. Kestrel Air's
agreement to buy Skylark Connect for 640 million crowns, announced on Thursday, would bring
nearly every domestic flight under one roof.

Consumer groups reacted with alarm. On the busy route between Hollin and Brennholt, the two
carriers compete head to head, and fares fell by almost a third after Skylark entered the route
in 2019.

"Monopolies never lower prices," said Elin Markusson of the Passengers' Association. She urged
the Competition Authority to require Kestrel to give up landing slots to a rival.

Kestrel argues that Skylark could not survive on its own after two years of losses, and that a
merged airline could order new, quieter aircraft for the regions.

The authority has 90 days to decide whether to open an in-depth investigation.
"""),
    # --- tarn-flood ----------------------------------------------------------------------------
    story("northwind", "edwin-marsh", "2025-04-05 07:48:19", "Science",
          "Tarn bursts its banks: 2,300 evacuated from Lower Tarnby",
          event="tarn-flood", credit="Aksel Thorne contributed to this report.", body="""
About 2,300 people were evacuated from Lower Tarnby overnight as the Tarn burst its banks after
four days of heavy rain, flooding the village's main street and much of its farmland.

The river peaked at 3.4 metres above its normal level at the Tarnby gauge shortly after 03:00 on
Saturday, the highest reading since records began in 1961.

Residents were taken by bus to a sports hall in Hollin, where volunteers handed out blankets and
hot soup. "We had twenty minutes to leave," said Ola Brekke, who lives with her two children
near the old mill. "I took the dog and the passports."

Around 400 soldiers have been sent to help build temporary barriers and pump water from houses.
No deaths or serious injuries have been reported.

Forecasters expect the rain to ease on Sunday, but warn that the river will stay high for several
days as water drains from the hills across the border in Ostmere.
"""),
    story("meridian", "clara-moravec", "2025-04-05 10:22:57", "Politics",
          "Army deployed as Tarn valley floods force thousands from homes",
          event="tarn-flood", tags=("Dario Kestenholm", "Lower Tarnby", "Green League",
                                    "Floods", "Climate"), body="""
The government sent 400 soldiers to the Tarn valley on Saturday after the worst flooding in more
than sixty years forced 2,300 people to leave their homes in and around Lower Tarnby.

The river rose 3.4 metres above normal overnight, overwhelming defences built after smaller
floods in 2014. Interior Minister Dario Kestenholm, who visited the area by helicopter, promised
emergency payments of 2,000 crowns to every evacuated household.

The flooding has quickly become political. The Green League, which left the government this
week over a planned motorway through the valley, said the road would make future floods worse by
paving over the flood plain.

Government scientists said the rain, more than 180 millimetres in four days, had been
exceptional but was consistent with the wetter springs expected as the climate warms.

Insurers estimated early damage at tens of millions of crowns.
"""),
    story("harbour-ledger", "mateo-brandvold", "2025-04-05 11:03:14", "Politics",
          "Saltreach sends pumps and volunteers to flooded Lower Tarnby",
          event="tarn-flood", tags=("Anneli Vogt", "Saltreach", "Lower Tarnby", "Floods"),
          body="""
Two lorries of pumps, sandbags and generators left the Saltreach fire station at dawn on
Saturday for the Tarn valley, where floods have driven 2,300 people from their homes in Lower
Tarnby.

The city's fire service said it had sent eighteen firefighters, and the harbour authority lent
two high-capacity pumps normally used to drain dry docks.

"When we had the storm surge in 2018, the north sent help to us," said fire chief Anneli Vogt.
"This is how it works in this country."

The Tarn rose 3.4 metres above normal overnight. The army has deployed 400 soldiers to the
valley, and the rail line between Hollin and Lower Tarnby is closed.

A collection for the families affected, organised by Saltreach Harbour FC supporters, had raised
more than 60,000 crowns by Saturday afternoon.
"""),
    # --- fever-vaccine -------------------------------------------------------------------------
    story("lantern", "samuel-achterberg", "2025-04-18 09:12:14", "Business",
          "Fennick Pharma's marsh fever vaccine shows 71% efficacy; shares jump",
          event="fever-vaccine", body="""
Fennick Pharma said on Friday that its experimental vaccine against marsh fever, FP-417,
prevented 71 percent of cases in a late-stage trial, sending its shares up 14 percent in
Brennholt.

The trial enrolled 9,600 adults in Valdmark and Ostmere, half of whom received the vaccine and
half a placebo, over two tick seasons. Side effects were mostly mild, the company said, with sore
arms and tiredness the most common.

Marsh fever, a tick-borne viral infection found in wetland areas of both countries, causes
several hundred hospital admissions a year. There is no vaccine on the market.

Fennick plans to apply for approval by the end of the year and has begun building a production
line at its plant outside Saltreach.

Analysts said the vaccine could bring in 150 million crowns a year in sales if public health
authorities recommend it for people living near wetlands.
"""),
    story("cobalt", "yara-demir-lund", "2025-04-18 13:40:27", "Science",
          "A 71% marsh fever vaccine: good news, with caveats",
          event="fever-vaccine", column="Lab Notes", body="""
Fennick Pharma's announcement that its marsh fever vaccine, FP-417, was 71 percent effective in a
large trial is genuinely good news. But the headline number needs some context.

First, the trial was big: 9,600 participants, followed over two summers, in the wetland districts
where ticks carrying the virus are most common. That makes the result far more reliable than the
small early studies.

Second, 71 percent is the reduction in confirmed infections. What matters most to patients is
the severe form of the disease, which can affect the brain. Fennick says there were too few
severe cases in the trial to draw firm conclusions, though all of them were in the placebo group.

Third, the full data have not yet been published. Until independent scientists can examine them,
the company's summary is the only account we have.

None of this should dampen the achievement. Marsh fever has had no vaccine at all, and
researchers in Valdmark have been trying to make one since the 1980s.
"""),
    # --- film-festival -------------------------------------------------------------------------
    story("fieldstone", "ravi-castellan", "2025-04-21 22:40:18", "Culture",
          "'The Salt Road' takes the Silver Heron at Brennholt Film Festival",
          event="film-festival", column="On Stage", body="""
Noor Castellane's "The Salt Road", a quiet drama about a family of salt farmers on the southern
coast, won the Silver Heron for best film at the Brennholt Film Festival on Monday night.

The jury, chaired by the Ostmere director Pavel Stoyan, praised the film's "patience and enormous
tenderness". It is Castellane's second feature and the first by a Valdmark director to win the
festival's top prize since 2011.

Accepting the award, Castellane thanked the villagers of Marren Point, who appear in the film as
themselves. "They gave us their summer and their stories," she said. "This heron belongs to
them."

The best actor prize went to Benedikt Arvo for his role as a retired ferry captain in "Low
Water", while the best actress award was shared by the two leads of the Ostmere comedy "Sisters
of the Square".

The festival screened 212 films over eleven days and sold a record 64,000 tickets.
"""),
    story("meridian", "lucia-fenwright", "2025-04-21 23:05:31", "Culture",
          "Castellane's quiet triumph: why The Salt Road deserved its Silver Heron",
          event="film-festival", column="Analysis", body="""
It is rare for a jury to reward restraint, but on Monday night the Brennholt Film Festival did
exactly that, giving its Silver Heron to Noor Castellane's The Salt Road.

I saw the film on the festival's second day, in a half-full afternoon screening, and left
convinced it would be forgotten amid louder competition. I am delighted to have been wrong.

The Salt Road follows three generations of a family harvesting salt on a stretch of coast that is
slowly being claimed by the sea. Almost nothing happens, and everything changes. Castellane,
working with non-professional actors, lets scenes run long enough for the silence to say what
the characters cannot.

The competition this year was strong, with 212 films in the programme and a record audience.
Several critics had tipped "Low Water", a more conventional drama whose lead, Benedikt Arvo, took
best actor.

The Salt Road opens in cinemas across Valdmark in September. Seek it out, and give it time.
"""),
)
