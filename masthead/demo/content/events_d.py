"""Shared events, part four: the cycling stage, the teachers' deal, the AI law, the gallery,
the steelworks, the marathon."""

from __future__ import annotations

from masthead.demo.content.model import Story, story

STORIES: tuple[Story, ...] = (
    # --- cycling-stage -------------------------------------------------------------------------
    story("fieldstone", "beatrix-solano", "2025-04-13 17:21:40", "Sport",
          "Kovacek conquers Kestrel Ridge to seize the lead in the Northern Lakes",
          event="cycling-stage", body="""
Mila Kovacek won the fourth stage of the Tour of the Northern Lakes on Sunday with a solo attack
on the final climb to Kestrel Ridge, and now leads the race by 38 seconds with three stages left.

The 24-year-old broke clear of a small group of favourites four kilometres from the summit of the
182-kilometre stage from Hollin, and held off a late chase by the defending champion, Freya
Holmvik.

"I was suffering, but I knew the others were suffering more," Kovacek said after crossing the
line. "On the Ridge you can see the lakes below you, and I told myself: just two more bends."

Holmvik finished second on the stage, 31 seconds behind, after a mechanical problem on the
descent earlier in the day forced her to change bikes.

Monday's fifth stage, a flat run along the lake shores to Ennby, should suit the sprinters.
"""),
    story("northwind", "runa-halvard", "2025-04-13 18:02:03", "Sport",
          "Thousands line Kestrel Ridge as Kovacek takes Northern Lakes lead",
          event="cycling-stage", body="""
The narrow road up Kestrel Ridge was lined five deep with spectators on Sunday as Mila Kovacek
rode away from her rivals to win stage four of the Tour of the Northern Lakes and take the
overall lead.

Kovacek, who grew up in Hollin and learned to race on these roads, now leads by 38 seconds. The
stage, 182 kilometres long, started in the city, with the climb to the ridge coming in the last
12 kilometres.

Police estimated the crowd on the climb at about 20,000, the largest the race has drawn since it
became a professional event in 2016. Cafes in the villages below ran out of bread by early
afternoon.

"She rode past my house when she was twelve, training with her father," said one spectator,
Gunnar Aalto, who had painted her name on the road. "Now look at her."

The race continues on Monday with a flat stage to Ennby.
"""),
    # --- teachers-deal -------------------------------------------------------------------------
    story("meridian", "clara-moravec", "2025-04-10 12:10:36", "Politics",
          "Teachers accept 5.5% pay deal, averting spring strike",
          event="teachers-deal", body="""
Members of the National Teachers' Union have voted to accept a pay deal worth 5.5 percent over
two years, ending the threat of strikes in Valdmark's schools before the summer exams.

The union said 61 percent of those voting backed the offer, on a turnout of 72 percent. It had
rejected an earlier offer of 4 percent in February.

Education Minister Greta Moll said the agreement was "fair to teachers and fair to taxpayers" and
would be paid for within the existing education budget.

The deal also includes a commitment to reduce the maximum class size in primary schools from 30
to 28 pupils by 2027, a demand the union had pressed for years.

The union's leadership had recommended acceptance, though several large branches, including
Brennholt's, campaigned against it.
"""),
    story("northwind", "runa-halvard", "2025-04-10 13:31:22", "Politics",
          "Northern schools relieved as teachers back pay offer",
          event="teachers-deal", tags=("Greta Moll", "Liv Soini", "Hollin", "Education"),
          body="""
Head teachers in Hollin and the northern lakes said they were relieved on Thursday after teachers
voted to accept a two-year pay offer, removing the risk of strikes during the exam season.

The deal raises pay by 5.5 percent over two years. Nationally, 61 percent of union members who
voted were in favour, though the union said support was higher in the north, where many schools
struggle to recruit.

"We have three vacancies we could not fill this year," said Liv Soini, head of Ennby School. "A
strike would have made things much worse."

Education Minister Greta Moll has promised a separate scheme to attract teachers to rural areas,
including help with housing. Details are expected after the election.

Schools in the Tarn valley that were closed by last week's floods reopened on Monday.
"""),
    # --- ai-act --------------------------------------------------------------------------------
    story("meridian", "clara-moravec", "2025-04-23 15:14:29", "Politics",
          "Assembly passes Algorithmic Transparency Act in final vote before dissolution",
          event="ai-act", body="""
The Assembly passed the Algorithmic Transparency Act by 112 votes to 64 on Wednesday, one of its
last acts before it is dissolved for the June election.

The law will require anyone publishing images, video or audio produced by artificial
intelligence to label it clearly, and obliges companies to tell people when a decision about
them, such as a loan or a job application, has been made by an automated system.

Companies that break the rules face fines of up to 4 percent of their annual turnover. The law
comes into force in January 2026.

Digital Minister Rafael Osterby called it "a law for citizens, not against technology". The Civic
Alliance voted against, arguing that the rules would burden small businesses.

The bill was amended late on Tuesday to exempt satire and clearly labelled artistic works.
"""),
    story("lantern", "samuel-achterberg", "2025-04-23 14:40:51", "Technology",
          "Valdmark AI labelling law passes; fines up to 4% of turnover",
          event="ai-act", body="""
Valdmark's parliament approved rules on Wednesday requiring labels on AI-generated content and
disclosure of automated decisions, with fines of up to 4 percent of annual turnover for companies
that fail to comply.

The Algorithmic Transparency Act passed 112-64 and takes effect in January 2026. Digital Minister
Rafael Osterby steered the bill through the Assembly.

The Technology Industry Association said its members supported the goals of the law but warned
that the nine-month transition period was too short for complex systems. Banks and insurers will
be among the most affected, because many already use automated scoring.

Northlight Telecom, Vellum Systems and Tidewell Bank said they were reviewing the law's
requirements.

The Valdmark Communications Authority will enforce the rules and is expected to publish draft
guidance in the autumn.
"""),
    story("cobalt", "otto-kirsch", "2025-04-23 17:50:02", "Technology",
          "The AI transparency law, explained: what changes and when",
          event="ai-act", column="Explainer", body="""
Valdmark now has one of the strictest laws on artificial intelligence labelling in the region.
The Algorithmic Transparency Act, passed by 112 votes to 64 on Wednesday, applies from January
2026. Here is what it means.

If you publish synthetic media, you must say so. Images, audio and video generated or
substantially altered by AI must carry a visible label and a machine-readable marker in the file.
Satire and clearly labelled art are exempt.

If a computer decides about you, you must be told. Banks, insurers, employers and public bodies
that use automated systems for significant decisions must disclose it and offer a route to a
human review.

Breaking the rules is expensive. Fines can reach 4 percent of annual turnover, enforced by the
Valdmark Communications Authority.

What the law does not do is ban any particular technology. Its authors, led by Digital Minister
Rafael Osterby, have described it as a transparency law, not a safety law, and critics argue that
it leaves the hardest questions for another day.
"""),
    # --- gallery-reopens -----------------------------------------------------------------------
    story("meridian", "lucia-fenwright", "2025-04-12 09:58:03", "Culture",
          "A gallery reborn: the National Gallery's new north wing is a triumph",
          event="gallery-reopens", column="The Long Read", body="""
After three years behind scaffolding, the National Gallery of Valdmark reopens to the public on
Saturday, and the wait has been worth it.

The 85 million crown renovation has repaired the leaking roof of the 1890s building and added a
north wing of pale stone and glass that finally gives the collection's modern works the light
they deserve.

The new galleries are arranged by theme rather than date, a choice that will divide opinion. A
room on the sea places old harbour paintings beside a video installation about the Saltreach
storm surge, and the conversation between them is electric.

Director Amelie Kord, who took over midway through the project, told me she wanted visitors to
"feel the building breathing again". On this evidence, it is.

Entry is free for the opening weekend. After that, tickets cost 15 crowns, with free entry for
under-18s.
"""),
    story("fieldstone", "ravi-castellan", "2025-04-12 11:16:45", "Culture",
          "Queues around the block as the National Gallery throws open its doors",
          event="gallery-reopens", body="""
The queue outside the National Gallery of Valdmark stretched around two sides of Cathedral Square
by ten o'clock on Saturday morning, as the museum reopened after a three-year renovation.

Free entry for the first weekend drew families, students and pensioners who remembered the
gallery from school trips. Staff said 9,000 visitors came through the doors by early afternoon.

The project, which cost 85 million crowns, included a new glass wing on the north side, a rooftop
cafe and a learning centre for schools.

"A museum should be a public square with pictures in it," said director Amelie Kord, who greeted
the first visitors at the door. "Today it feels like one."

The gallery will open late on Thursdays until September.
"""),
    # --- steel-jobs ----------------------------------------------------------------------------
    story("northwind", "aksel-thorne", "2025-04-16 08:20:11", "Business",
          "Hollin Steelworks to cut 600 jobs in switch to electric furnace",
          event="steel-jobs", body="""
Hollin Steelworks will cut 600 of its 2,900 jobs over the next two years as it replaces its
coal-fired blast furnace with an electric arc furnace, the company told staff on Wednesday
morning.

The 1.1 billion crown conversion will cut the plant's carbon emissions by about 80 percent, the
company said, but the new furnace, which melts scrap steel, needs far fewer people to run.

Workers leaving the morning shift were subdued. "Everyone knew it was coming, but not how many,"
said one crane operator who has worked at the plant for 22 years.

The Metalworkers' Guild said it would push for voluntary redundancies and retraining, and pointed
to the new Vellum Systems chip plant as a possible source of jobs.

The blast furnace, which has dominated the skyline of Hollin's east side since 1958, will be shut
down in 2027.
"""),
    story("lantern", "samuel-achterberg", "2025-04-16 09:03:37", "Business",
          "Hollin Steelworks plans 1.1 billion crown electric arc furnace, 600 job cuts",
          event="steel-jobs", body="""
Hollin Steelworks will invest 1.1 billion crowns in an electric arc furnace to replace its blast
furnace by 2027, cutting 600 jobs from a workforce of 2,900, the company said on Wednesday.

The government will contribute 250 million crowns from its industrial decarbonisation fund. The
plant will switch from iron ore and coking coal to recycled scrap and, later, iron made with
hydrogen.

Chief executive Marit Oldenburg said the plant could not compete in the long run while paying
for carbon emissions at current prices. "This is how steelmaking survives in Hollin," she said.

The cuts will be made through early retirement and voluntary departures where possible. The
Metalworkers' Guild said it would oppose compulsory redundancies.

Shares of the company's Ostmere-listed parent rose 2.2 percent.
"""),
    story("harbour-ledger", "jonas-feld", "2025-04-16 10:44:58", "Business",
          "Steel cuts in Hollin threaten work at Saltreach ore quay",
          event="steel-jobs", column="Harbour Watch", body="""
The decision by Hollin Steelworks to replace its blast furnace with an electric arc furnace will
be felt far from the north: at the ore quay in Saltreach, where imported iron ore for the plant
has been unloaded for sixty years.

The steelworks said on Wednesday it would cut 600 of its 2,900 jobs by 2027. Once the new furnace
runs on scrap steel, it will need little or no imported ore.

The ore quay handles about 2 million tonnes a year, almost all of it for Hollin. The port
authority said around 90 people work there, including train crews who haul the ore north.

"We have two years to find new cargo for that quay," said harbour master Tobias Renn. "It is deep
water and it has rail. Someone will want it."

The Metalworkers' Guild in Hollin said it would seek talks with the dockers' union about a joint
approach.
"""),
    # --- marathon ------------------------------------------------------------------------------
    story("fieldstone", "beatrix-solano", "2025-04-20 13:08:14", "Sport",
          "Thornbury smashes Saltreach Marathon course record",
          event="marathon", body="""
Elias Thornbury broke the Saltreach Marathon course record by more than a minute on Sunday,
winning in 2:07:41 on a cool, windless morning along the harbour front.

The 29-year-old from Brennholt ran alone for the last ten kilometres after dropping his training
partner on the climb past the old lighthouse. The previous record, 2:08:50, had stood since 2017.

Hanna Oyelaran won the women's race in 2:23:09, the second-fastest time ever run on the course,
after a duel with Ostmere's Katya Venn that lasted until the final kilometre.

A record 14,500 runners started the race. Organisers said the mild weather, and a new, flatter
route through the container terminal, had helped produce fast times.

Thornbury's time puts him in contention for a place at this summer's continental championships.
"""),
    story("harbour-ledger", "mateo-brandvold", "2025-04-20 14:27:30", "Sport",
          "14,500 runners, one record and a city out on the streets",
          event="marathon", tags=("Elias Thornbury", "Jakob Haug", "Saltreach",
                                  "Saltreach Marathon", "Athletics"), body="""
Saltreach turned out in force on Sunday for the biggest marathon in its history, with 14,500
runners and tens of thousands of spectators lining the course from the lighthouse to Fishmarket
Square.

At the front, Elias Thornbury set a course record of 2:07:41. But for most of the people on the
streets, the day belonged to runners like Jakob Haug, 74, who finished his thirtieth Saltreach
Marathon in just under five hours.

"I said this would be my last one," Haug said, wrapped in a foil blanket. "I say that every
year."

For the first time, the route went through the container terminal, where dockworkers who had
been on strike two weeks earlier handed out water at the gates.

Organisers said the race raised 1.3 million crowns for charity, including money for families
affected by the Tarn floods.
"""),
)
