"""Single-outlet stories of The Harbour Ledger and The Meridian Standard."""

from __future__ import annotations

from masthead.demo.content.model import Story, story

STORIES: tuple[Story, ...] = (
    # --- The Harbour Ledger --------------------------------------------------------------------
    story("harbour-ledger", "jonas-feld", "2025-04-01 09:14:22", "Business",
          "Skerry Lines orders two battery-electric ferries for the island route",
          tags=("Skerry Lines", "Saltreach", "Shipping", "Energy"), body="""
Skerry Lines, which runs the ferries between Saltreach and the outer islands, has ordered two
battery-electric vessels worth a combined 180 million crowns, the company said on Tuesday.

The ferries, each able to carry 300 passengers and 40 cars, will be built at a yard in Ostmere
and should enter service in the summer of 2027. They will recharge at the quayside during the
twelve-minute turnaround at each end of the crossing.

Skerry's chief executive, Halvor Nesse, said fuel had become the company's largest single cost.
"Electricity from the grid is cheaper than diesel, and the islanders have been asking us for
quieter, cleaner boats for years," he said.

The harbour authority will pay for new charging equipment on both piers, with help from a
national fund for green transport.
"""),
    story("harbour-ledger", "ilse-varga", "2025-04-04 15:33:08", "Politics",
          "City council approves rent cap for harbour district flats",
          credit="Mateo Brandvold contributed to this report.",
          tags=("Saltreach", "Saltreach City Council", "Housing"), body="""
Saltreach City Council voted on Friday to cap annual rent increases at 3 percent for flats in the
old harbour district, after two years of protests by tenants who say they are being priced out
of the neighbourhood.

The measure passed by 27 votes to 22 after a four-hour debate. It applies to around 6,500 homes
in the streets between the fish market and the dry docks and will last for five years.

Landlords' groups said the cap would discourage investment in ageing buildings, many of which
need new roofs and windows. The council promised a grant scheme for repairs to answer that
concern.

"People who have lived here for forty years should not be forced out by a holiday-let market,"
said councillor Hanne Sjoberg, who proposed the measure.
"""),
    story("harbour-ledger", "mateo-brandvold", "2025-04-08 14:12:03", "Science",
          "Seals return to the inner harbour for the first time in decades",
          tags=("Saltreach", "Wildlife", "Environment"), body="""
A small group of grey seals has been seen hauling out on the old timber jetty in Saltreach's
inner harbour, the first time the animals have been recorded there since the 1970s.

Marine biologists from the city's coastal research station counted seven seals on Tuesday
morning, including two young ones. They believe the animals are following shoals of herring that
have returned as water quality in the harbour has improved.

Millions of crowns have been spent on the city's sewage system over the past fifteen years, and
the harbour now regularly meets bathing-water standards in summer.

The harbour authority has asked people to keep at least 50 metres from the jetty and to keep
dogs on leads along the quay.
"""),
    story("harbour-ledger", "mateo-brandvold", "2025-04-12 21:05:40", "Sport",
          "Saltreach rowing eight win national title on a stormy lake",
          tags=("Saltreach Rowing Club", "Lake Ennby", "Rowing"), body="""
Saltreach Rowing Club's men's eight won the national championship on Lake Ennby on Saturday,
beating the defending champions from Brennholt by a length and a half in gusting wind and
driving rain.

The race was delayed by more than an hour while officials waited for the weather to ease. When it
started, Saltreach went off hard and led from the first 500 metres.

"We train in the harbour in January, so a bit of wind is nothing to us," said stroke Eirik
Dahlmann. The club last won the title in 2009.

The women's eight finished third, behind crews from Brennholt and Hollin.
"""),
    story("harbour-ledger", "ilse-varga", "2025-04-18 17:40:05", "Politics",
          "On the campaign trail, Marrow promises Saltreach a dedicated port police unit",
          column="Letter from the Capital",
          tags=("Felix Marrow", "Saltreach", "Civic Alliance", "Elections", "Crime"), body="""
Felix Marrow brought his election campaign to Saltreach on Friday, promising a dedicated police
unit for the port and a review of how containers are checked for smuggled goods.

Speaking to a crowd of several hundred supporters in Fishmarket Square, the Civic Alliance leader
said the port had become "the front door for organised crime" and that customs officers were too
few to keep up with rising traffic.

The port authority said seizures of smuggled cigarettes and drugs had risen last year because
checks had improved, not because smuggling had increased. Local police declined to comment during
the campaign.

Mr Marrow also said his party would complete the coastal road repairs funded in the spring
budget, "but faster".
"""),
    story("harbour-ledger", "ilse-varga", "2025-04-21 08:47:51", "World",
          "Saltreach trawlers barred from northern grounds as Ostmere tightens quotas",
          tags=("Ostmere", "Saltreach", "Fishing"), body="""
Saltreach's deep-sea trawlers will be shut out of the rich northern fishing grounds for at least
six months after Ostmere cut the quota it allows Valdmark boats in waters it controls.

The Ostmere fisheries ministry said stocks of cod in the area had fallen to their lowest level on
record and that its own fleet would face cuts of a similar size.

Eleven Saltreach boats, employing about 140 people, depend on the northern grounds for most of
their catch. The fishermen's association said some crews would be laid off within weeks.

Valdmark's foreign ministry said it would raise the matter at the next meeting of the joint
fisheries commission in June.
"""),
    story("harbour-ledger", "jonas-feld", "2025-04-23 12:19:36", "Business",
          "Old fish market to become a food hall, developer says",
          tags=("Saltreach", "Property", "Food"), body="""
The derelict fish market building on the Saltreach waterfront will reopen as a food hall with 40
stalls, a brewery and a rooftop terrace, under plans submitted to the city on Wednesday.

The developer, a local partnership, says it will spend 65 million crowns restoring the 1904
building, whose iron roof has been closed to the public since a storm damaged it in 2018.

Traders who still sell fish from stalls outside the building will be offered space inside at
reduced rents, the plans say.

Heritage groups welcomed the proposal but asked for the original tiled counters to be kept. A
decision is expected in the summer.
"""),
    story("harbour-ledger", "jonas-feld", "2025-04-28 07:55:49", "Finance",
          "Tidewell Bank quarterly profit rises 12% as mortgage lending picks up",
          tags=("Tidewell Bank", "Banking", "Interest rates"), body="""
Tidewell Bank, the largest lender in Saltreach, reported a 12 percent rise in first-quarter
profit on Monday, helped by a pick-up in mortgage lending after the central bank began to cut
interest rates.

Net profit rose to 412 million crowns. New mortgage lending grew by 9 percent compared with the
same quarter last year, the bank said, with first-time buyers accounting for a third of new
loans.

Chief executive Sanna Brekkevold warned that margins would narrow as rates fell further. "Lower
rates are good for our customers and for the economy, but they are not free for banks," she said.

The bank kept its full-year forecast unchanged.
"""),
    # --- The Meridian Standard -----------------------------------------------------------------
    story("meridian", "clara-moravec", "2025-04-01 11:20:45", "World",
          "Ostmere fuel tax rise sends drivers across the border to fill up",
          tags=("Ostmere", "Hollin", "Energy", "Taxes"), body="""
Petrol stations on the Valdmark side of the northern border reported queues on Tuesday as drivers
from Ostmere crossed to fill their tanks, a day after Ostmere's fuel duty rose by a fifth.

Diesel now costs about 14 percent less in Hollin than in the Ostmere border town of Velsk, the
largest gap in more than a decade.

Ostmere's government says the increase is needed to pay for road repairs and to meet its climate
targets. Its opposition parties have called for the rise to be reversed.

Valdmark's finance ministry said it expected a small boost to fuel tax receipts but warned that
the effect would fade if Ostmere's prices fell back.
"""),
    story("meridian", "lucia-fenwright", "2025-04-06 10:00:14", "Culture",
          "Review: The Lighthouse Keeper's Ledger is a slow, luminous debut",
          tags=("Ines Holberg", "Books"), body="""
Ines Holberg's first novel is set almost entirely on a rock a few miles off the Saltreach coast,
where a lighthouse keeper records the weather, the passing ships and, gradually, the unravelling
of her marriage.

The Lighthouse Keeper's Ledger takes the form of the keeper's logbook, and Holberg uses its dry
entries brilliantly. A line about wind direction can carry more grief than a page of confession.

The novel is not without faults. A late subplot involving a shipwreck feels borrowed from a more
conventional book, and some readers will find the pace trying.

But Holberg has a poet's ear and a sailor's patience, and this is one of the most assured debuts
I have read in years.
"""),
    story("meridian", "clara-moravec", "2025-04-17 09:36:27", "Politics",
          "Polls tighten as the campaign enters its first full week",
          column="Analysis",
          tags=("Annika Vell", "Felix Marrow", "Progress Party", "Civic Alliance", "Elections"),
          body="""
Two weeks after Annika Vell called an early election, the race between her Progress Party and
Felix Marrow's Civic Alliance has narrowed to within the margin of error.

An average of the four most recent polls puts the Civic Alliance on 29 percent and the Progress
Party on 27 percent. In February the gap was eight points.

The budget appears to have helped the prime minister. Voters asked which party they trust on the
economy now split evenly, having favoured the opposition by a wide margin in the winter.

The smaller parties matter more than ever. With neither large party close to a majority, the
Green League, the Farmers' Party and the liberal Open Valdmark could decide who governs.
"""),
    story("meridian", "lucia-fenwright", "2025-04-19 16:45:09", "Culture",
          "National Orchestra names 34-year-old as music director",
          tags=("Jonas Aurell", "National Orchestra", "Music"), body="""
The National Orchestra of Valdmark has appointed Jonas Aurell, a 34-year-old conductor from
Hollin, as its music director from the autumn of 2026, making him the youngest person to hold
the post.

Aurell, who began as a violinist in the orchestra's youth programme, has spent the past four
years as principal guest conductor of an orchestra in Ostmere.

"I grew up listening to this orchestra on the radio in my grandmother's kitchen," he said. "To
lead it is a kind of homecoming."

He succeeds a conductor who has led the orchestra for fourteen years and will become its
conductor laureate.
"""),
    story("meridian", "clara-moravec", "2025-04-25 13:27:55", "World",
          "Drought in southern Ostmere threatens grain supplies to Valdmark",
          tags=("Ostmere", "Agriculture", "Food"), body="""
A dry spring in southern Ostmere has put the region's wheat harvest at risk, Ostmere's
agriculture ministry warned on Friday, raising concerns about supplies to Valdmark, which buys
about a third of its grain from its neighbour.

Rainfall since January has been less than half the normal amount in the main growing areas, and
the ministry said yields could fall by up to 25 percent if the weather does not change in May.

Valdmark millers said they had enough stocks to last until the autumn but expected prices to
rise. Bread prices rose 6 percent last year.

The two governments agreed to share crop forecasts as part of the treaty signed in Hollin earlier
this month.
"""),
    story("meridian", "henrik-osei", "2025-04-28 11:48:20", "Business",
          "Unemployment falls to 5.1% as hiring picks up in construction",
          credit="Additional reporting by Clara Moravec.",
          tags=("Valdmark", "Labour", "Jobs"), body="""
Valdmark's unemployment rate fell to 5.1 percent in March from 5.4 percent in February, the
statistics office said on Monday, as building firms hired ahead of a busy season.

The number of people out of work fell by about 9,000 to 152,000. Construction employment rose by
4 percent in the quarter, driven by housing projects around Brennholt and Saltreach.

Youth unemployment remains high at 13.8 percent, and the number of people out of work for more
than a year barely changed.

Economists said the figures gave the government a useful talking point in the election campaign
but cautioned against reading too much into a single month.
"""),
)
