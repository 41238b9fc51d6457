"""Single-outlet stories of the Fieldstone Gazette."""

from __future__ import annotations

from masthead.demo.content.model import Story, story

STORIES: tuple[Story, ...] = (
    story("fieldstone", "beatrix-solano", "2025-04-01 20:44:03", "Sport",
          "Brennholt Athletic stretch league lead with win at Lakeside",
          tags=("Brennholt Athletic", "Football"), body="""
Brennholt Athletic moved eight points clear at the top of the league on Tuesday night with a 3-0
win at Lakeside United, their sixth victory in a row.

Kasper Lundt scored twice in the first half, both times from corners, and substitute Nils Berger
added a third in stoppage time.

Lakeside, who have not won at home since January, rarely threatened. Their best chance fell to
Emre Dalby, whose shot hit the post just before half-time.

Athletic's next league game is at home to Saltreach Harbour FC, the side they will also meet in
the cup final later this month.
"""),
    story("fieldstone", "ravi-castellan", "2025-04-03 18:26:11", "Culture",
          "Saltreach Jazz Festival unveils its biggest line-up yet",
          tags=("Saltreach", "Saltreach Jazz Festival", "Music"), body="""
The Saltreach Jazz Festival will stage 90 concerts over ten days in July, its largest programme
since it was founded in 1979, the organisers announced on Thursday.

Headliners include the pianist Amina Roshdal, who returns to the city where she started her
career in the harbour bars of the 1990s, and a big band from Ostmere making its first visit.

For the first time, concerts will be held on a barge moored in the inner harbour, with free
afternoon performances for families.

Tickets go on sale on 15 April. A day pass costs 380 crowns.
"""),
    story("fieldstone", "beatrix-solano", "2025-04-05 16:58:37", "Sport",
          "Valdmark women's handball team book world championship place",
          credit="Ravi Castellan contributed to this report.",
          tags=("Valdmark", "Handball"), body="""
Valdmark's women's handball team qualified for the world championship on Saturday with a 31-27
win over Ostmere in the second leg of their play-off in Brennholt.

Valdmark had lost the first leg by two goals, but goalkeeper Ronja Stavik made 15 saves and left
back Tilde Marsk scored nine times as the home side pulled away in the second half.

It will be Valdmark's first appearance at the championship since 2017. The draw takes place in
June.

"We were nervous for twenty minutes and then we remembered who we are," said coach Hedda
Vinter.
"""),
    story("fieldstone", "beatrix-solano", "2025-04-08 20:06:14", "Sport",
          "Brennholt Bears reach the basketball finals for the first time",
          tags=("Brennholt Bears", "Brennholt", "Basketball"), body="""
The Brennholt Bears reached the national basketball finals for the first time in the club's
history on Tuesday, beating Saltreach Mariners 88-81 in the decisive game of their semi-final.

Point guard Dejan Okafor scored 27 points, including four three-pointers in the third quarter,
as the Bears overturned a nine-point half-time deficit.

The club, founded in 2004, was playing in the second division as recently as 2020.

The Bears will face defending champions Kettle Bay in a best-of-five final starting next week.
"""),
    story("fieldstone", "ravi-castellan", "2025-04-09 10:40:48", "Culture",
          "Old Customs House cinema saved by a community share offer",
          tags=("Saltreach", "Old Customs House Cinema", "Film"), body="""
The Old Customs House cinema in Saltreach has been saved from closure after more than 1,700
people bought shares in a community company set up to run it.

The offer raised 1.1 million crowns, enough to buy the lease and replace the projector and the
heating system. The single-screen cinema, opened in 1936, had been due to close in June.

The new owners plan to show a mix of new films, classics and live broadcasts, and to open a cafe
in the former ticket hall.

Shareholders will each have one vote, whatever the size of their investment.
"""),
    story("fieldstone", "ravi-castellan", "2025-04-17 19:03:55", "Culture",
          "Review: Tidewater at the Saltreach Playhouse",
          column="On Stage", tags=("Saltreach Playhouse", "Saltreach", "Theatre"), body="""
Tidewater, the new play by Saltreach-born writer Halla Brun, takes place over one night in a pub
on the quay as a storm surge rises outside and a family's secrets rise inside.

The set, a cramped bar that slowly tilts as the evening goes on, is the production's masterstroke.
By the final scene the actors are bracing themselves against the furniture.

The writing is sharpest in the first act, when three generations argue about whether to sell the
pub. The second act leans too heavily on a revelation most of the audience will have guessed.

Still, this is a confident, funny and local play, and the opening night audience gave it a long
standing ovation. It runs until 31 May.
"""),
    story("fieldstone", "beatrix-solano", "2025-04-22 12:47:19", "Sport",
          "Touchline: why this cup final matters more to Harbour than to Athletic",
          column="Touchline",
          tags=("Saltreach Harbour FC", "Brennholt Athletic", "Valdmark Cup", "Football"),
          body="""
On Saturday, Saltreach Harbour FC play in their first cup final for eleven years. Brennholt
Athletic play in their fourth in five. That simple fact explains why the pressure sits almost
entirely on one side.

For Athletic, the cup is a bonus in a season already likely to end with a league title. For
Harbour, it is the best chance in a generation to win something, and the club's finances depend
on a European place.

The bookmakers make Athletic clear favourites, and they have beaten Harbour twice this season.
But finals have a way of shrinking the gap between teams.

If Harbour keep the game tight for an hour, the crowd and the occasion could do the rest.
"""),
    story("fieldstone", "beatrix-solano", "2025-04-23 22:10:27", "Sport",
          "Ski jumper Oda Brenne retires at 31",
          tags=("Oda Brenne", "Ski jumping"), body="""
Oda Brenne, Valdmark's most successful ski jumper, announced her retirement on Wednesday at the
age of 31, citing a knee injury that kept her out of most of the past season.

Brenne won eleven World Cup events during a career of thirteen seasons and took silver at the
world championships in 2021, the best result by a Valdmark jumper.

"My body has told me it is time, and this time I am listening," she said at a news conference at
the Hollin jumping hill where she learned the sport.

She plans to study physiotherapy and coach young jumpers in the north.
"""),
    story("fieldstone", "ravi-castellan", "2025-04-24 14:35:06", "Culture",
          "Salome Ferrer named Valdmark's national poet laureate",
          tags=("Salome Ferrer", "Poetry", "Books"), body="""
Salome Ferrer, whose poems about the fishing communities of the southern coast have been set to
music and read at weddings and funerals across the country, has been named Valdmark's national
poet laureate.

Ferrer, 58, will hold the post for four years. She succeeds a poet who used the role to take
poetry workshops into prisons.

She said she would use her term to commission poems from schoolchildren in every region, to be
collected in an anthology in 2028.

"Poetry is not a luxury," she said. "It is how people have always made sense of the sea."
"""),
    story("fieldstone", "beatrix-solano", "2025-04-27 18:52:40", "Sport",
          "Adler breaks national 200m freestyle record in Saltreach",
          tags=("Noah Adler", "Saltreach", "Swimming"), body="""
Noah Adler broke the national record for the 200 metres freestyle on Sunday, touching in 1:46.12
at the national championships at the Saltreach harbour pool.

The 20-year-old from Brennholt took almost half a second off the mark set in 2019, and secured a
place in the team for the world championships in July.

"I saw the clock and I had to look twice," Adler said. "I knew I was in good shape, but not this
good."

The championships end on Monday with the 1500 metres freestyle and the medley relays.
"""),
    story("fieldstone", "ravi-castellan", "2025-04-28 10:18:22", "Culture",
          "Folk music archive puts 4,000 recordings online",
          tags=("National Folk Music Archive", "Music", "History"), body="""
The National Folk Music Archive has put more than 4,000 historical recordings online, many of
them heard only by a handful of researchers since they were made.

The collection includes fiddle tunes recorded in northern villages in the 1950s, work songs of
Saltreach dockers and lullabies sung by grandmothers in the Tarn valley.

Digitising the fragile tapes took four years. Some recordings had to be baked at low temperature
to stop the tape shedding its magnetic coating during playback.

The archive hopes musicians will learn and perform the tunes again. "These songs were meant to be
sung, not stored," said archivist Tuva Lindgren.
"""),
)
