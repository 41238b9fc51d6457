"""Shared events, part two: the chip plant, the cup final, the election, the outage, the comet."""

from __future__ import annotations

from masthead.demo.content.model import Story, story

STORIES: tuple[Story, ...] = (
    # --- chip-plant ----------------------------------------------------------------------------
    story("lantern", "samuel-achterberg", "2025-04-11 08:15:40", "Business",
          "Vellum Systems picks Hollin for 2.3 billion crown chip plant",
          event="chip-plant", body="""
Vellum Systems will build a 2.3 billion crown semiconductor factory on the outskirts of Hollin,
the Brennholt-listed chipmaker said on Friday, creating about 1,400 jobs in a region that has
lost much of its heavy industry.

The plant will make power-management chips for electric vehicles and wind turbines, with
production due to start in 2028. The government will contribute a grant of 380 million crowns,
subject to approval by the Competition Authority.

"Hollin has the land, the water, the grid connection and, above all, the people," Chief
Executive Ingrid Sato-Hale said in a statement. The company chose the site over two locations in
Ostmere, according to people familiar with the decision.

Vellum shares rose 4.3 percent by midday. The company said the project would be financed from
existing cash and a green bond to be issued later this year.

Construction is expected to begin in the autumn on a 60-hectare former steelworks storage site
beside the Tarn.
"""),
    story("cobalt", "otto-kirsch", "2025-04-11 12:20:03", "Technology",
          "Why Vellum's Hollin fab is about power chips, not processors",
          event="chip-plant", column="Explainer", body="""
When Vellum Systems announced on Friday that it would spend 2.3 billion crowns on a new factory
in Hollin, some headlines spoke of Valdmark joining the race for advanced processors. It isn't,
and that is probably the point.

The plant will produce power semiconductors: the unglamorous chips that switch and convert
electricity inside electric cars, chargers, heat pumps and wind turbines. They are made on
older, cheaper process technology, but demand for them has grown faster than for almost any
other kind of chip.

That choice explains the size of the bill. A leading-edge processor fab costs ten times as much.
A power-chip plant can be built in under three years, which is why Vellum is confident of
starting production in 2028.

It also explains the location. Power chips need a great deal of clean water and reliable
electricity, and Hollin has both, thanks to the Tarn and the hydroelectric dams upstream.

The 1,400 jobs Vellum has promised will include several hundred technician roles that do not
require a degree. The company says it will train many of them at a new centre run with Hollin's
technical college.

Whether the gamble pays off depends on how quickly electric vehicles spread. But as industrial
bets go, this one is more sober than the headlines suggested.
"""),
    story("northwind", "aksel-thorne", "2025-04-11 09:57:28", "Business",
          "'A new start for Hollin': chip factory to bring 1,400 jobs",
          event="chip-plant", tags=("Tove Eriksdal", "Hollin", "Vellum Systems", "Jobs"),
          body="""
Hollin will be home to a semiconductor factory employing 1,400 people, Vellum Systems confirmed
on Friday, in the biggest private investment in the city for half a century.

The 2.3 billion crown plant will be built on the old storage yards of Hollin Steelworks, beside
the Tarn, and is expected to start production in 2028.

Mayor Tove Eriksdal, who lobbied the company for more than a year, called it "a new start for
Hollin". "For thirty years people here have watched jobs leave," she said. "Today one of the
country's most modern companies chose us."

Not everyone is celebrating. Residents of the Riverside district, nearest the site, have asked
how much water the factory will draw from the river. Vellum says it will recycle more than 80
percent of the water it uses.

Hollin Technical College plans to open a course for chip technicians in September, with the
first students guaranteed interviews at the plant.
"""),
    # --- cup-final -----------------------------------------------------------------------------
    story("fieldstone", "beatrix-solano", "2025-04-26 19:02:51", "Sport",
          "Vale's extra-time strike wins the Valdmark Cup for Saltreach Harbour",
          event="cup-final", credit="Additional reporting by Ravi Castellan.", body="""
Idris Vale scored seven minutes from the end of extra time as Saltreach Harbour FC beat
Brennholt Athletic 2-1 in the Valdmark Cup final at the National Stadium on Saturday, winning the
trophy for the first time since 1998.

Joel Ambrose gave Harbour the lead in the 54th minute, sweeping in a low cross from the left.
Kasper Lundt equalised for Athletic with a header twelve minutes from the end of normal time, and
the holders looked the stronger side as the game went to extra time.

Vale, a 19-year-old who came on as a substitute in the 96th minute, settled it in the 113th,
cutting inside from the right and curling a shot beyond Athletic goalkeeper Milo Tessaro.

A crowd of 41,200, the largest for a final in a decade, saw Harbour captain Sven Ardal lift the
cup. "I told the boy to go and be brave," said Harbour coach Ines Falkner. "He was braver than
all of us."

Athletic, who had won three of the last four finals, will have to settle for the league, where
they lead by six points with four games left.
"""),
    story("northwind", "runa-halvard", "2025-04-26 19:40:16", "Sport",
          "Teenage substitute Vale settles cup final in extra time",
          event="cup-final", tags=("Idris Vale", "Lars Ekwall", "Hollin Rovers",
                                   "Saltreach Harbour FC", "Valdmark Cup", "Football"),
          body="""
A teenager who was playing for a fourth-tier club eighteen months ago decided the Valdmark Cup
final on Saturday. Idris Vale's 113th-minute goal gave Saltreach Harbour FC a 2-1 win over
Brennholt Athletic after extra time.

Vale, 19, spent two seasons at Hollin Rovers before Harbour signed him last winter. Supporters of
his old club watched the final on a big screen at the Rovers ground, and the clubhouse erupted
when his shot went in.

"We always knew he had it," said Rovers chairman Lars Ekwall. "He used to stay behind after
training until the floodlights went off."

Harbour had led through Joel Ambrose before Kasper Lundt's late header forced extra time. The
final was watched by 41,200 spectators at the National Stadium in Brennholt.

Rovers said they would receive a small solidarity payment under the national association's
training rules, which they plan to spend on a new youth pitch.
"""),
    story("harbour-ledger", "mateo-brandvold", "2025-04-26 20:15:08", "Sport",
          "Cup comes home: Harbour end 27-year wait with extra-time win",
          event="cup-final", body="""
For the first time in 27 years, the Valdmark Cup is coming back to Saltreach. Harbour FC beat
Brennholt Athletic 2-1 after extra time in the capital on Saturday evening, and the celebrations
along the quays began before the final whistle.

Thousands of supporters who could not get tickets watched on screens in Fishmarket Square. When
Idris Vale's shot found the far corner in the 113th minute, flares went up from the old harbour
wall.

Joel Ambrose had opened the scoring early in the second half before Athletic's Kasper Lundt made
it 1-1. Of the 41,200 fans in the National Stadium, the club estimates that around 15,000 made
the trip from Saltreach.

The team will parade the trophy on an open-top bus from the harbour station to the town hall on
Sunday afternoon. The city council said the route along Quay Street would be closed to traffic
from noon.

"This city has waited a long time," said coach Ines Falkner. "Tonight is for everyone who kept
coming in the bad years."
"""),
    # --- early-election ------------------------------------------------------------------------
    story("meridian", "clara-moravec", "2025-04-02 16:20:12", "Politics",
          "Vell calls early election for 14 June after Green League quits coalition",
          event="early-election", body="""
Prime Minister Annika Vell called an early general election for 14 June on Wednesday, hours
after the Green League withdrew from her coalition in a dispute over a motorway through the Tarn
valley.

The departure of the Green League's 14 members left the government with 77 of the Assembly's 180
seats, far short of a majority. Ms Vell said she would not try to govern as a minority. "The
country deserves a government that can act," she told reporters outside her office.

The Green League had opposed the Tarn Valley motorway since it was first proposed. Its leader,
Saskia Brun, said the cabinet's decision on Tuesday to approve the route had made staying in
government impossible.

Polls suggest a close race between Ms Vell's Progress Party and Felix Marrow's Civic Alliance,
with neither likely to win a majority on its own.

The Assembly will be dissolved at the end of April. The spring budget, due on 15 April, will
still be presented, the finance ministry said.
"""),
    story("harbour-ledger", "ilse-varga", "2025-04-02 16:48:39", "Politics",
          "Government collapses over Tarn motorway; voters go to the polls in June",
          event="early-election", column="Letter from the Capital", body="""
Valdmark will hold a general election on 14 June, more than a year early, after the coalition
government fell apart on Wednesday over plans for a motorway through the Tarn valley.

The Green League, the junior partner, announced at midday that it was leaving. By late afternoon
Prime Minister Annika Vell had asked the president to dissolve the Assembly.

"We did not enter government to pour concrete over the last wild river valley in the country,"
the Green League's leader, Saskia Brun, said at a news conference in Brennholt.

The early election is a gamble for Ms Vell, whose party has trailed the opposition in most polls
since the winter. Civic Alliance leader Felix Marrow said he was "ready to govern tomorrow".

In Saltreach, where the Green League holds two seats, local party members said they expected to
campaign mostly on the port and on air quality along the coastal road.
"""),
    story("northwind", "aksel-thorne", "2025-04-02 17:35:02", "Politics",
          "Motorway row that toppled the government began in the Tarn valley",
          event="early-election", tags=("Annika Vell", "Birgit Sollen", "Green League",
                                        "Tarn", "Elections"), body="""
The motorway that brought down Annika Vell's government on Wednesday has been argued over in the
Tarn valley for the best part of twenty years. Now it has triggered an election, called for
14 June.

The planned road would link Hollin with the capital in under two hours, cutting through
farmland, forest and two nature reserves along the river. Business groups in the north have long
wanted it; many who live in the valley have not.

When the cabinet approved the route on Tuesday, the Green League said it could no longer stay in
the coalition. Its withdrawal left the prime minister without a majority.

"It is strange to think our little valley has ended a government," said Birgit Sollen, who runs
a campsite near Lower Tarnby. "But people here have always said this road would cost more than
money."

The fate of the motorway now depends on the election. Both main parties have said they support
it in principle, while the Green League has made cancelling it a condition of any future
coalition.
"""),
    # --- telecom-outage ------------------------------------------------------------------------
    story("lantern", "samuel-achterberg", "2025-04-17 15:26:07", "Technology",
          "Northlight Telecom outage hits 2.1 million mobile customers",
          event="telecom-outage", body="""
Northlight Telecom's mobile network failed across Valdmark for about nine hours on Thursday,
leaving 2.1 million customers unable to make calls, send messages or use mobile data.

The company said the outage began at 05:40 after a software update to its core network went
wrong, and that service was fully restored by 14:50. Emergency calls were routed through other
networks throughout, it said.

Northlight will give affected customers one week of free service. Shares in the company fell 3.7
percent in Brennholt.

The Valdmark Communications Authority said it had opened an inquiry and would publish its
findings within three months. Fines for serious network failures can reach 2 percent of annual
turnover.

Card payments at some shops and petrol stations were also disrupted, because many terminals rely
on Northlight's mobile data connections.
"""),
    story("harbour-ledger", "jonas-feld", "2025-04-17 16:02:40", "Business",
          "Phones down, trade slowed: a day without Northlight in Saltreach",
          event="telecom-outage", credit="Mateo Brandvold contributed to this report.",
          body="""
Stallholders at the Saltreach fish market went back to cash on Thursday, taxi drivers could not
receive bookings and the ferry office kept a handwritten list of passengers, as a nationwide
Northlight Telecom outage took down mobile service for nine hours.

Northlight, the largest mobile operator in the country with 2.1 million customers, blamed a
faulty software update. Service began to return shortly before three in the afternoon.

"It was like 1995," said Hendrika Moss, who sells smoked fish at the market. "People were
queuing at the cash machine, and the cash machine was broken too."

The container terminal said operations were not affected, because its cranes and gates run on a
private radio network. But some hauliers said they lost a morning of bookings.

The Valdmark Communications Authority has opened an inquiry into the failure.
"""),
    story("cobalt", "otto-kirsch", "2025-04-17 18:11:52", "Technology",
          "How one bad update silenced Northlight's network for nine hours",
          event="telecom-outage", body="""
Thursday's Northlight Telecom outage, which cut off 2.1 million mobile customers for roughly
nine hours, appears to have started with a routine update to the part of the network that
decides who is allowed to connect.

In a short technical note, Northlight said a new version of software for its subscriber database
was installed at about 05:30. Within minutes, phones across the country were being rejected when
they tried to register with the network.

Because phones that lose their connection try again and again, the rejected devices generated a
flood of signalling traffic. Engineers had to roll back the update and then let customers back
on in stages, region by region, to stop the system from being overwhelmed.

Network engineers who spoke to Cobalt Review said the failure pattern was familiar from other
operators. "The software change is the spark, but the reconnection storm is the fire," said one.

The Valdmark Communications Authority has opened an inquiry. The key question for regulators is
why the update was not first tested on a small part of the network, as is standard practice.
"""),
    # --- comet ---------------------------------------------------------------------------------
    story("northwind", "edwin-marsh", "2025-04-19 08:37:45", "Science",
          "Retired teacher helps Hollin observatory confirm a new comet",
          event="comet", body="""
A comet found by astronomers at the Hollin Polar Observatory will carry the name of a retired
schoolteacher from the lakeside village of Ennby, who confirmed the discovery from her garden.

Vera Asker, 71, photographed the faint object on two clear nights last week using a telescope
she built herself, after the observatory issued an alert asking amateurs for follow-up images.

The international body that catalogues comets has accepted the discovery under the name Comet
Hollin-Asker. It is expected to make its closest approach to the Sun in October.

"I have been looking at the sky for fifty years, and I never expected my name to be up there,"
Ms Asker said. "My grandchildren are unbearable about it."

Observatory staff say the comet could become visible with binoculars in the autumn, and possibly
to the naked eye from dark places such as the northern lakes.
"""),
    story("cobalt", "yara-demir-lund", "2025-04-19 10:14:21", "Science",
          "Comet Hollin-Asker: what we know about the north's new visitor",
          event="comet", column="Lab Notes", body="""
Astronomers at the Hollin Polar Observatory have discovered a comet that could put on a modest
show this autumn. Designated Comet Hollin-Asker, it was first spotted in survey images taken on
8 April and confirmed with help from amateur observer Vera Asker.

Early orbit calculations suggest it is on a long, stretched path that last brought it into the
inner solar system many thousands of years ago. It will pass closest to the Sun in October.

Its brightness is the big unknown. The nucleus is thought to be about 3 kilometres across, and
comets of that size can either brighten dramatically as they warm up or fall apart. Predictions
range from binocular visibility to a faint naked-eye object.

The discovery is the observatory's fourth comet in a decade. Its wide-field survey camera,
installed in 2019, scans the northern sky every clear night looking for moving objects.

For now, the comet is a smudge visible only in large telescopes. The best views should come in
late September and early October, in the hours before dawn.
"""),
)
