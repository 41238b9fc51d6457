"""Single-outlet stories of the Northwind Courier and Lantern Wire."""

from __future__ import annotations

from masthead.demo.content.model import Story, story

STORIES: tuple[Story, ...] = (
    # --- Northwind Courier ---------------------------------------------------------------------
    story("northwind", "edwin-marsh", "2025-04-03 07:41:26", "Science",
          "Ice leaves Lake Ennby three weeks earlier than average",
          tags=("Lake Ennby", "Climate", "Environment"), body="""
The ice on Lake Ennby broke up on Wednesday, three weeks earlier than the long-term average, the
volunteer observers who have recorded the date every spring since 1921 said.

Only four years in the record have seen an earlier break-up, and all of them have come since
2000. The lake was fully frozen for 94 days this winter, compared with an average of 131 days in
the first half of the last century.

"My grandfather started this record with a pocket watch and a notebook," said Henning Valo, who
now leads the observers. "He would not recognise these winters."

Researchers at Hollin's university use the record to study how warming affects the northern
lakes, including the timing of spring algae blooms that feed young fish.
"""),
    story("northwind", "runa-halvard", "2025-04-06 19:12:44", "Sport",
          "Hollin Rovers' late winner keeps promotion hopes alive",
          tags=("Hollin Rovers", "Hollin", "Football"), body="""
A header from centre-back Jens Morrow in the 89th minute gave Hollin Rovers a 2-1 win over Kettle
Bay on Sunday and moved them to within two points of the promotion places.

Rovers had trailed for most of the second half after a defensive mix-up, but an equaliser from
Anders Holt on 71 minutes lifted a crowd of 2,300 at the Lakeside Ground.

Manager Carina Fells said her players had shown "the kind of stubbornness this town is famous
for".

Rovers play their next three matches away from home, starting at league leaders Port Skelling
on Saturday.
"""),
    story("northwind", "runa-halvard", "2025-04-08 12:30:51", "Culture",
          "Hollin library to open on Sundays after volunteers step in",
          tags=("Hollin", "Hollin City Library", "Libraries"), body="""
Hollin's central library will open on Sunday afternoons from May, after more than sixty
volunteers signed up to help staff the building.

The library stopped opening at weekends in 2019 to save money. A petition calling for Sunday
opening was signed by more than 4,000 people last year.

The volunteers, many of them retired teachers and students, will help with the children's area,
the study rooms and the new repair cafe, where people can bring broken lamps, radios and bicycles.

Paid librarians will still be on duty at all times, the council said.
"""),
    story("northwind", "runa-halvard", "2025-04-19 20:48:11", "Sport",
          "Hollin Huskies lose ice hockey final in a shootout",
          tags=("Hollin Huskies", "Hollin", "Ice hockey"), body="""
The Hollin Huskies' dream of a first national ice hockey title ended in a penalty shootout on
Saturday night, as Brennholt Kings won the deciding game of the final series 3-2.

The Huskies twice came from behind in regulation time, with goals from captain Oskari Lehmann and
defender Petter Vang, but missed three of their four shootout attempts.

More than 5,000 supporters watched the game on a screen in Market Square in Hollin, where the
mood after the final whistle was one of pride rather than disappointment.

"Nobody gave us a chance in October," said coach Elsa Karvonen. "We will be back."
"""),
    story("northwind", "aksel-thorne", "2025-04-22 10:15:37", "Politics",
          "Hollin keeps its night buses after a 9,000-signature petition",
          tags=("Hollin", "Hollin City Council", "Tove Eriksdal", "Transport"), body="""
Hollin City Council voted on Tuesday to keep the city's three night bus routes running, reversing
a plan to cut them that had drawn a petition signed by more than 9,000 people.

The routes cost the council about 2.4 million crowns a year. Councillors agreed to pay for them
by raising the charge for parking in the city centre in the evenings.

Nurses, hospital cleaners and bar workers had led the campaign, saying that without the buses
they would have no safe way to get home after late shifts.

Mayor Tove Eriksdal, who had backed the cuts, said she had been persuaded by the response. "We
listened, and we changed our minds," she said.
"""),
    story("northwind", "edwin-marsh", "2025-04-24 09:50:02", "Science",
          "Ospreys return to the Tarn reserve nest for a fifth year",
          tags=("Tarn", "Wildlife", "Birds"), body="""
A pair of ospreys has returned to the nesting platform at the Tarn wetland reserve for the fifth
spring in a row, the reserve's wardens said on Thursday.

The female, identified by a blue ring on her left leg, arrived on Monday and the male two days
later. Last year the pair raised three chicks, all of which fledged.

Ospreys disappeared from the Tarn valley in the 1950s and returned only in 2016, after a platform
was built on a dead pine by the river. The reserve's webcam had 40,000 viewers last season.

Wardens said the nest had survived this month's floods, although the path to the viewing hide was
under water for a week.
"""),
    story("northwind", "aksel-thorne", "2025-04-28 08:33:18", "Business",
          "Northern lakes hotels report 18% rise in summer bookings",
          credit="Runa Halvard contributed to this report.",
          tags=("Hollin", "Lake Ennby", "Tourism"), body="""
Hotels and campsites around the northern lakes have taken 18 percent more bookings for the
summer than at the same point last year, the regional tourism board said on Monday.

Visitors from Ostmere account for much of the growth, helped by the cheaper crown and by new
direct trains from the border. Bookings from the capital are also up.

Operators said they were struggling to find seasonal staff. "We have the guests. We do not have
enough people to make the beds," said the owner of a lakeside hotel in Ennby.

The board said it would run a recruitment fair in Hollin next month.
"""),
    # --- Lantern Wire --------------------------------------------------------------------------
    story("lantern", "nadia-kerr", "2025-03-27 08:00:05", "Finance",
          "Valdmark inflation slows to 2.4% in March, lowest in three years",
          tags=("Valdmark", "Statistics Office", "Inflation"), body="""
Consumer prices in Valdmark rose 2.4 percent in the year to March, down from 2.9 percent in
February, the statistics office said on Thursday, the lowest annual rate since early 2022.

Food prices rose 3.1 percent, the smallest increase in two years, while energy prices fell 4.6
percent as heating costs eased after a mild winter.

Core inflation, which excludes food and energy, slowed to 2.8 percent from 3.0 percent.

The figures strengthen the case for an interest rate cut at the central bank's meeting next week,
economists said.
"""),
    story("lantern", "samuel-achterberg", "2025-04-04 13:22:48", "Business",
          "Aldren Energy plans 300 MW offshore wind farm off Saltreach",
          tags=("Aldren Energy", "Saltreach", "Energy", "Wind power"), body="""
Aldren Energy has applied for permission to build a 300-megawatt offshore wind farm 18 kilometres
off the coast of Saltreach, the company said on Friday.

The project would have 20 turbines and could supply the equivalent of about 250,000 homes.
Aldren expects to make a final investment decision in 2026, with power flowing from 2029.

The company said it would use Saltreach's container terminal as its construction base, bringing
around 300 jobs to the port during the building phase.

Fishing groups said they would oppose the project unless trawling is allowed between the
turbines.
"""),
    story("lantern", "nadia-kerr", "2025-04-08 16:40:27", "Finance",
          "Tidewell Bank launches 200 million crown share buyback",
          tags=("Tidewell Bank", "Banking", "Stocks"), body="""
Tidewell Bank will buy back up to 200 million crowns of its own shares over the next six months,
the lender said on Tuesday, citing capital levels well above regulatory requirements.

The bank's common equity tier 1 ratio stood at 17.2 percent at the end of last year, against a
requirement of 13.5 percent.

Tidewell shares rose 2.1 percent on the announcement. The bank will publish first-quarter results
on 28 April.

The buyback is the bank's second in twelve months.
"""),
    story("lantern", "samuel-achterberg", "2025-04-10 10:05:19", "Business",
          "Graywater Foods to close Brennholt bakery, moving work to Saltreach",
          tags=("Graywater Foods", "Brennholt", "Saltreach", "Food", "Jobs"), body="""
Graywater Foods will close its bakery in the Brennholt district of Eastgate by the end of the
year and move production to a new automated plant in Saltreach, the food group said on Thursday.

The Eastgate site employs 240 people. Graywater said 150 would be offered jobs in Saltreach and
the rest would receive redundancy packages.

The new plant, which cost 210 million crowns, will make bread and pastries for supermarkets across
the country.

The bakers' union said it was disappointed and would seek better terms for staff unable to move.
"""),
    story("lantern", "samuel-achterberg", "2025-04-14 09:27:36", "Technology",
          "Northlight Telecom says 5G now reaches 95% of Valdmark's population",
          tags=("Northlight Telecom", "Valdmark", "Telecommunications", "5G"), body="""
Northlight Telecom said on Monday that its 5G network now covers 95 percent of Valdmark's
population, completing a rollout that began in 2021 and cost about 3 billion crowns.

Coverage in the sparsely populated north lags behind, at around 80 percent of homes, the company
said. It plans to add 140 masts in the region over the next two years.

Northlight has about 2.1 million mobile customers, roughly half the market. Its rivals cover
between 80 and 90 percent of the population.

The company will report first-quarter results on 30 April.
"""),
    story("lantern", "nadia-kerr", "2025-04-17 11:11:42", "Finance",
          "Government bond auction draws record demand",
          tags=("Valdmark", "Finance Ministry", "Bonds"), body="""
Valdmark's debt office sold 4 billion crowns of ten-year bonds on Thursday at an average yield of
3.02 percent, in an auction that drew record bids of 13.6 billion crowns.

The strong demand came two days after the spring budget set out a wider deficit, easing concern
that investors would demand higher yields to finance it.

Foreign investors bought about 40 percent of the bonds, the debt office said, the highest share
since 2019.

The next auction, of five-year bonds, is scheduled for 8 May.
"""),
    story("lantern", "nadia-kerr", "2025-04-25 15:55:03", "Finance",
          "Crown climbs to six-month high against the Ostmere mark",
          column="Market Watch", tags=("Bank of Valdmark", "Ostmere", "Currencies"), body="""
The crown rose to its strongest level against the Ostmere mark in six months on Friday, as
investors bet that Valdmark's central bank would cut rates more slowly than its neighbour's.

The currency gained 0.8 percent on the day to 1.146 marks. It has risen about 3 percent since the
start of the month.

Traders said strong demand for Valdmark government bonds and the stock market's record run had
also drawn money into the crown.

A stronger crown makes Valdmark exports more expensive but should help to keep import prices and
inflation down.
"""),
    story("lantern", "samuel-achterberg", "2025-04-28 06:45:58", "Business",
          "Factory orders rise for a third month as export demand recovers",
          tags=("Valdmark", "Statistics Office", "Manufacturing"), body="""
New orders at Valdmark factories rose 1.7 percent in March from February, the third monthly
increase in a row, the statistics office said on Monday.

Orders from abroad rose 2.9 percent, led by machinery and electrical equipment. Domestic orders
were flat.

Compared with a year earlier, total orders were up 4.2 percent, the strongest annual growth since
the middle of 2022.

Manufacturers' groups said the stronger crown could weigh on export orders later in the year.
"""),
)
