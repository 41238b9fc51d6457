"""Shared events, part one: the border figures, the rate cut, the budget, the port strike."""

from __future__ import annotations

from masthead.demo.content.model import Story, story

STORIES: tuple[Story, ...] = (
    # --- border-crossings ----------------------------------------------------------------------
    story("harbour-ledger", "ilse-varga", "2025-04-09 13:50:46", "Politics",
          "Interior Ministry says northern border crossings fell by nearly a third",
          event="border-crossings", column="Letter from the Capital",
          credit="Jonas Feld contributed to this report.", body="""
Irregular crossings on Valdmark's northern border with Ostmere fell by 31 percent in the first
three months of the year, the Interior Ministry said on Wednesday, crediting a new checkpoint at
Hollin Gate and 240 additional border guards.

Ministry figures show 4,212 people crossed the border without authorisation between January and
March, compared with 6,105 in the same period last year. Senior officials said the steepest fall
came in February, when the Hollin Gate checkpoint began operating around the clock.

"The numbers show that a managed border is possible," Interior Minister Dario Kestenholm told
reporters in Brennholt. He noted that the ministry had also doubled the number of patrols along
the Tarn forest, where the border runs through thick woodland for more than 60 kilometres.

The opposition was unconvinced. Felix Marrow, leader of the Civic Alliance, said the figures hid
a shift to more dangerous routes. "Fewer people are being counted at the gate, but migrants are
crossing the border at night through the forest instead," he said.

Aid workers from the group Open Road Relief said they had treated 19 people for hypothermia in
the forest since January, more than in the whole of last year. The group called for a reception
centre on the Valdmark side of the crossing.

The government has made the northern border a central theme of its election campaign. A
ministry spokeswoman said a fuller report, including a breakdown by nationality and the
month-by-month fall in border crossings, would be published in May.
"""),
    story("meridian", "clara-moravec", "2025-04-09 12:58:10", "Politics",
          "Irregular crossings from Ostmere drop 31% as Hollin Gate checkpoint opens",
          event="border-crossings", credit="Additional reporting by Henrik Osei.", body="""
The number of people crossing into Valdmark from Ostmere outside official checkpoints dropped
by 31 percent in the first quarter, according to Interior Ministry data released on Wednesday.

A total of 4,212 irregular crossings were recorded from January to March, against 6,105 a year
earlier. The ministry attributed the decline to the checkpoint at Hollin Gate, which opened in
January, and to the deployment of 240 extra guards along the frontier.

Interior Minister Dario Kestenholm, who has staked much of his reputation on the border, called
the data "proof that order and humanity can go together". Patrols in the Tarn forest, he added,
have been doubled since the autumn.

Critics argue the statistics capture only part of the picture. Felix Marrow, who leads the
opposition Civic Alliance, accused the minister of "counting the people he can see" and said
smugglers had moved their routes deeper into the woods.

Open Road Relief, a charity that runs a mobile clinic near the border, reported 19 cases of
hypothermia since the start of the year. Its coordinator, Lene Varro, said most of those treated
had walked through the forest overnight to avoid the new checkpoint.

Relations with Ostmere, which runs its own checks on the far side of the frontier, are expected
to feature at a meeting between the two countries' leaders in Hollin next week.
"""),
    story("northwind", "aksel-thorne", "2025-04-09 15:22:05", "Politics",
          "Fewer crossings at Hollin Gate, but aid workers warn of forest routes",
          event="border-crossings", column="Northern Notebook", body="""
At the Hollin Gate checkpoint, twenty minutes north of the city, the lines of people arriving on
foot have all but vanished. The Interior Ministry said on Wednesday that irregular crossings
along the Ostmere border were down 31 percent in the first quarter.

The ministry counted 4,212 crossings between January and March, down from 6,105 in the same
months of 2024. Interior Minister Dario Kestenholm credited the new checkpoint and 240
additional guards, many of them stationed in villages around Hollin.

People who live along the border describe a different change. "They don't come up the road any
more, they come through the trees," said a farmer in Ashby Wold whose land backs onto the
forest. He asked not to be named.

Volunteers from Open Road Relief, who run a clinic van from a lay-by on the old Tarn road, say
they have treated 19 people for hypothermia this year. Most had spent the night walking through
the forest in temperatures below freezing.

Opposition leader Felix Marrow visited the clinic in March and has since accused the government
of pushing people onto more dangerous paths. The ministry says forest patrols have been doubled
and that anyone found in difficulty is given medical care.
"""),
    # --- rate-cut ------------------------------------------------------------------------------
    story("lantern", "nadia-kerr", "2025-04-03 10:02:31", "Finance",
          "Bank of Valdmark cuts key rate to 3.25%, first cut in two years",
          event="rate-cut", body="""
The Bank of Valdmark lowered its key interest rate by a quarter of a percentage point to 3.25
percent on Thursday, its first cut in two years, as inflation slowed towards its target.

The monetary policy committee voted five to two for the cut, with two members preferring to hold
rates at 3.50 percent. Consumer prices rose 2.4 percent in the year to March, down from 2.9
percent in February, the statistics office said last week.

"Inflation is now close enough to our 2 percent target that policy no longer needs to be as
tight," Governor Petra Lindahl said at a news conference in Brennholt. She declined to say
whether further cuts would follow.

The crown slipped 0.6 percent against the Ostmere mark after the decision, and yields on
two-year government bonds fell 11 basis points to 2.87 percent.

Most economists polled by Lantern Wire last week had expected the cut. The next rate decision
is due on 22 May.
"""),
    story("harbour-ledger", "jonas-feld", "2025-04-03 11:40:12", "Business",
          "Central bank trims rates, offering relief to Saltreach home owners",
          event="rate-cut", tags=("Petra Lindahl", "Bank of Valdmark", "Tidewell Bank",
                                   "Saltreach", "Interest rates"), body="""
Home owners and small businesses in Saltreach will see borrowing costs fall after the Bank of
Valdmark cut its main interest rate on Thursday, from 3.50 to 3.25 percent.

The decision, taken by five votes to two, is the first reduction since the spring of 2023.
Governor Petra Lindahl said the bank could act because inflation had dropped to 2.4 percent in
March, its lowest level in more than three years.

Tidewell Bank, the largest mortgage lender in the port city, said it would pass on the cut to
variable-rate customers from 1 May. On a typical mortgage of 250,000 crowns, that would save
about 50 crowns a month.

Shipping firms on the waterfront, many of which borrowed heavily to renew their fleets, welcomed
the move. "Every quarter point matters when you are financing a vessel," said Oskar Brede, who
runs a tug company at the inner harbour.

Ms Lindahl cautioned that the bank would watch wages closely. "We are not declaring victory,"
she said.
"""),
    story("meridian", "henrik-osei", "2025-04-03 13:15:44", "Business",
          "Lindahl's careful cut leaves the door open, but only just",
          event="rate-cut", column="Analysis", body="""
For eighteen months the Bank of Valdmark has told the country that patience would be rewarded.
On Thursday it finally delivered, lowering its policy rate to 3.25 percent.

The move was modest, and the message around it more modest still. Governor Petra Lindahl
stressed that the committee had been split, with two of its seven members voting to keep rates
where they were.

The case for cutting rests on a single number. Annual inflation fell to 2.4 percent in March,
within touching distance of the 2 percent target, as food and energy prices eased.

The case against rests on wages, which are still rising by more than 5 percent a year, and on a
government about to present a spring budget in the middle of an election campaign. A generous
budget would make the bank's job harder.

Ms Lindahl chose her words with care. Further cuts, she said, would depend "entirely on the
data", a phrase markets took to mean that nothing is promised for May.

Borrowers should therefore enjoy the relief while it lasts, but not plan on much more of it
this year.
"""),
    # --- spring-budget -------------------------------------------------------------------------
    story("lantern", "nadia-kerr", "2025-04-15 10:48:02", "Finance",
          "Valdmark budget sets 2.8% deficit, 4.1 billion crowns for transport",
          event="spring-budget", body="""
Valdmark's government will run a budget deficit of 2.8 percent of gross domestic product next
year while spending 4.1 billion crowns on rail and road projects, Finance Minister Ruth
Okonkwo-Brandt said on Tuesday.

Defence spending will rise by 6 percent and the threshold at which income tax starts to be paid
will go up to 18,500 crowns a year, the minister told the Assembly in her spring budget
statement.

The deficit target is wider than the 2.3 percent forecast in the autumn. The Finance Ministry
said lower energy tax receipts and higher interest payments on state debt accounted for most of
the difference.

Government bond prices were little changed after the statement. Analysts at Tidewell Bank said
the plans were "broadly in line with expectations". Opposition leader Felix Marrow called for a
smaller deficit.

The budget must still be approved by the Assembly, which is due to be dissolved ahead of the
14 June election.
"""),
    story("meridian", "henrik-osei", "2025-04-15 11:05:19", "Politics",
          "Okonkwo-Brandt bets on trains and tax relief in pre-election budget",
          event="spring-budget", credit="Clara Moravec contributed reporting.", body="""
Ruth Okonkwo-Brandt stood before a half-empty Assembly chamber on Tuesday and presented what may
be her last budget as finance minister, a package heavy on railways and light on new taxes.

The centrepiece is a 4.1 billion crown programme for transport, most of it for electrifying the
line between Brennholt and Hollin and rebuilding bridges on the coastal road to Saltreach.

Workers on low incomes will pay less. The tax-free allowance rises to 18,500 crowns, a change
the ministry says will benefit 1.2 million people by an average of 310 crowns a year.

The price is a deficit of 2.8 percent of output, the highest since the pandemic years. Ms
Okonkwo-Brandt argued that investment in infrastructure would pay for itself through growth. "We
are borrowing to build, not to consume," she said.

Felix Marrow, the opposition leader, dismissed the statement as "an election leaflet with a
spreadsheet attached". His Civic Alliance has promised a smaller deficit without saying which
spending it would cut.

Defence, which gets a 6 percent increase, was the only department singled out for praise from
both sides of the chamber.
"""),
    story("harbour-ledger", "ilse-varga", "2025-04-15 12:31:47", "Politics",
          "Budget promises Saltreach coastal road repairs as deficit widens",
          event="spring-budget", credit="Jonas Feld contributed to this report.", body="""
The long-delayed repair of the coastal road into Saltreach will finally be paid for, the
government announced on Tuesday, as part of a spring budget that pushes the national deficit to
2.8 percent of GDP.

Finance Minister Ruth Okonkwo-Brandt said 4.1 billion crowns would go to transport over the next
three years. Of that, 420 million is earmarked for the coastal road and its three bridges, which
have been under weight restrictions since 2021.

Hauliers serving the container terminal have long complained that the restrictions add up to an
hour to every journey. "This is the best news we've had from Brennholt in years," said Ada Kjell
of the Saltreach Freight Association.

Elsewhere, the budget raises defence spending by 6 percent and lifts the income tax threshold.
The city council said it was still studying what the package meant for its own grant, which is
set separately.

The opposition Civic Alliance said the spending was timed for the election. Its leader, Felix
Marrow, is due to campaign in Saltreach on Friday.
"""),
    story("northwind", "aksel-thorne", "2025-04-15 14:09:33", "Politics",
          "Hollin rail line electrification finally funded in spring budget",
          event="spring-budget", tags=("Ruth Okonkwo-Brandt", "Tove Eriksdal", "Hollin",
                                       "Budget", "Railways"), body="""
Trains between Hollin and the capital will run on electric power by 2029 after the government
set aside money for the project in Tuesday's budget, ending a decade of studies and delays.

The electrification is the largest item in a 4.1 billion crown transport package announced by
Finance Minister Ruth Okonkwo-Brandt. The ministry did not give a separate figure for the line,
but regional officials estimate its cost at about 1.6 billion crowns.

"People in the north have been promised this railway so many times that they stopped believing
it," said Hollin's mayor, Tove Eriksdal. "Now it is in the budget, and we will hold them to it."

The budget as a whole will leave the state with a deficit of 2.8 percent of GDP. Defence
spending rises by 6 percent, some of it for new border facilities in the north.

Journey times between Hollin and Brennholt are expected to fall from three hours and forty
minutes to under three hours once the work is complete.
"""),
    # --- port-strike ---------------------------------------------------------------------------
    story("harbour-ledger", "jonas-feld", "2025-04-07 06:12:09", "Business",
          "Dockworkers walk out at Saltreach Container Terminal",
          event="port-strike", column="Harbour Watch",
          credit="Mateo Brandvold contributed to this report.", body="""
About 1,800 dockworkers at Saltreach Container Terminal stopped work at six o'clock on Monday
morning at the start of a 48-hour strike over pay, bringing the country's busiest port to a
standstill.

The Harbour Workers' Federation is demanding a 7 percent rise this year. The terminal operator
has offered 3.5 percent, plus a one-off payment of 1,000 crowns.

By dawn, 11 container ships were waiting at anchor outside the breakwater, according to the
harbour master's office, and lorries had begun to queue on the approach road.

"Our members kept this port running through the pandemic and through the floods," said Marta
Gunnarsen, the federation's general secretary, speaking from a picket line at Gate 4. "They are
asking for a wage they can live on in this city."

The operator said in a statement that the strike would cost the local economy millions of crowns
and that its offer was "fair and affordable". Talks are due to resume on Wednesday, after the
stoppage ends.
"""),
    story("lantern", "samuel-achterberg", "2025-04-07 07:30:55", "Business",
          "Strike halts Saltreach port; 11 ships wait at anchor",
          event="port-strike", body="""
A 48-hour strike shut Valdmark's largest container port on Monday, with 11 vessels waiting to
berth and freight forwarders warning of delays to supermarket and factory supplies.

Some 1,800 members of the Harbour Workers' Federation joined the walkout at Saltreach Container
Terminal, which handles about 60 percent of the country's container traffic. The union wants a
7 percent pay rise; the operator has offered half that.

Graywater Foods, the country's largest food group, said it had built up stocks ahead of the
strike and expected no shortages. Two car-parts makers in the Hollin region said they could run
for about a week on existing inventory.

Shares in the terminal's listed parent company fell 1.9 percent in early trading in Brennholt.

Union general secretary Marta Gunnarsen said further action could follow if no improved offer is
made when talks resume on Wednesday.
"""),
    story("meridian", "henrik-osei", "2025-04-07 09:44:20", "Business",
          "A port strike tests the limits of Valdmark's wage truce",
          event="port-strike", column="Analysis", body="""
When 1,800 dockers downed tools at Saltreach Container Terminal on Monday, they did more than
stop the cranes. They broke an informal truce on wages that has held across Valdmark's economy
for almost two years.

The 48-hour stoppage is the first large strike since the 2023 settlement in which unions
accepted below-inflation rises in exchange for tax cuts. With inflation now down to 2.4
percent, workers want back what they lost.

The Harbour Workers' Federation is asking for 7 percent. The operator's offer of 3.5 percent is
close to what the central bank regards as consistent with its inflation target.

The immediate effects were visible from the coast road, where 11 ships lay at anchor by
mid-morning. The longer-term question is whether other unions follow. Teachers are voting on
their own offer this week.

Ministers have so far stayed out of the dispute. A government spokesman said it was "a matter
for the parties", though privately officials worry about the effect of a long strike on an
economy that has only just begun to grow again.
"""),
)
