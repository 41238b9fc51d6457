"""Single-outlet stories of Cobalt Review."""

from __future__ import annotations

from masthead.demo.content.model import Story, story

STORIES: tuple[Story, ...] = (
    story("cobalt", "otto-kirsch", "2025-03-31 10:00:41", "Technology",
          "Review: the Arvik X2 e-reader is small, sharp and frustratingly slow",
          tags=("Arvik", "Gadgets", "Reviews"), body="""
The Arvik X2 is the first e-reader from the Brennholt start-up, and in the hand it is lovely: a
six-inch screen with crisp, paper-like text, a body of recycled aluminium and a weight of just
150 grams.

The trouble starts when you use it. Turning a page takes almost a second, and the built-in shop
is so slow to load that I gave up on it and sent books to the device by e-mail instead.

Battery life is excellent, at roughly five weeks of half an hour's reading a day, and the
warm-light setting is the best I have tried on any reader.

At 1,290 crowns the X2 is not cheap. A software update promised for June may fix the speed; until
then, this is a beautiful device that is hard to recommend.
"""),
    story("cobalt", "yara-demir-lund", "2025-04-02 14:18:09", "Science",
          "Tarn salmon carry gut microbes that may help them survive warmer water",
          tags=("Tarn", "Hollin University", "Biology", "Fish"), body="""
Salmon in the Tarn carry a community of gut bacteria that appears to help them cope with warmer
water, according to a study published on Wednesday by researchers at Hollin University.

The team sampled 320 young salmon from cold headwaters and from warmer stretches of the river
downstream. Fish from warmer water had more of a group of bacteria that break down fats, and they
lost less weight during a summer heatwave.

"It is as if the microbes are helping the fish to get more energy out of the same food," said the
study's lead author, Signe Aaltonen.

The researchers caution that the link is not yet proven to be causal, and plan experiments in
tanks to test it.
"""),
    story("cobalt", "otto-kirsch", "2025-04-04 09:45:30", "Technology",
          "What security researchers found in the new national ID app",
          tags=("Valdmark", "Digital ID", "Cybersecurity"), body="""
Two weeks after Valdmark launched its new national digital ID app, independent security
researchers have published their first review of it, and the verdict is mostly reassuring.

The researchers found that identity data is stored encrypted on the phone and that the app uses
standard protocols for proving who you are to websites, without sending your details to a
central server each time.

They did find two problems: the app kept a log of recent logins in a form other apps could read
on some older phones, and its support chat leaked the phone model to a third-party service. Both
have been fixed in an update released on Thursday.

The digital ministry thanked the researchers and said it would launch a formal bug bounty
programme in the summer.
"""),
    story("cobalt", "yara-demir-lund", "2025-04-07 11:32:16", "Science",
          "Why this year's pollen season started so early",
          column="Explainer", tags=("Valdmark", "Allergies", "Climate"), body="""
If your eyes started itching in March, you are not imagining it. Birch pollen counts in Brennholt
passed the level that triggers symptoms in most sufferers on 19 March, almost three weeks earlier
than the average of the past thirty years.

The main reason is the mild winter. Birch trees release pollen once they have had enough warm
days after a cold period, and this year the warmth came early and stayed.

Longer seasons are part of a trend. Measurements at Brennholt's pollen station show the season
starting about a day earlier each decade since records began.

Allergy specialists recommend starting antihistamines before symptoms begin and checking the
daily pollen forecast.
"""),
    story("cobalt", "otto-kirsch", "2025-04-09 16:05:57", "Technology",
          "Volunteer mappers finish surveying every footpath in Valdmark",
          tags=("Valdmark", "Maps", "Open source"), body="""
A group of volunteer mappers has finished recording every public footpath in Valdmark on an
open map, completing a project that began with a handful of hikers in 2017.

More than 2,000 people contributed to the effort, walking and logging about 41,000 kilometres of
paths, from city alleyways to mountain trails in the north.

The data is free for anyone to use, and several hiking apps and the national park service already
rely on it. The mappers also recorded stiles, gates and steps, which makes the map useful for
people with limited mobility.

"Finishing is a strange word," said one of the organisers. "Paths change every year. Now the job
is to keep it right."
"""),
    story("cobalt", "yara-demir-lund", "2025-04-15 08:58:44", "Science",
          "Deep-sea survey finds a new glass sponge off Saltreach",
          tags=("Saltreach", "Marine biology", "Oceans"), body="""
Scientists surveying the seabed 60 kilometres off Saltreach have found a glass sponge that appears
to be new to science, living at a depth of about 900 metres.

The sponge, which grows in delicate lattice-like shapes up to half a metre tall, was filmed by a
remotely operated vehicle during a survey of an underwater canyon.

Glass sponges build their skeletons from silica and can live for hundreds of years. The reef
where the new species was found also hosts corals and at least a dozen kinds of fish.

The researchers say the canyon should be protected from bottom trawling while they complete their
work.
"""),
    story("cobalt", "otto-kirsch", "2025-04-16 15:47:12", "Technology",
          "Heat pumps outsold gas boilers in Valdmark for the first time",
          tags=("Valdmark", "Heat pumps", "Energy"), body="""
More heat pumps than gas boilers were installed in Valdmark homes last year, according to
figures from the heating industry association, the first time the balance has tipped.

About 61,000 heat pumps were sold, against 54,000 gas boilers. Government grants of up to 25,000
crowns per household, and high gas prices in 2022 and 2023, drove the shift.

Installers say the biggest obstacle now is a shortage of trained engineers, with waiting times of
up to three months in some regions.

The association expects heat pump sales to grow by a further 15 percent this year.
"""),
    story("cobalt", "otto-kirsch", "2025-04-21 13:14:02", "Technology",
          "Valdmark's first quantum computing lab opens in Brennholt",
          tags=("Brennholt", "Brennholt University", "Quantum computing"), body="""
Brennholt University opened Valdmark's first laboratory dedicated to quantum computing on Monday,
with a small machine built by its own physicists at its heart.

The device uses 12 superconducting quantum bits, cooled to a fraction of a degree above absolute
zero. That is far too few to outperform an ordinary computer, but enough for research and
teaching.

The lab cost 48 million crowns, most of it from a national research fund. It will train about 30
doctoral students over the next five years.

"We are not trying to win a race," said the lab's director, Karin Solheim. "We are trying to make
sure Valdmark has people who understand this technology when it matters."
"""),
    story("cobalt", "yara-demir-lund", "2025-04-22 10:41:19", "Science",
          "Lab Notes: what a failed sleep drug taught researchers about the brain",
          column="Lab Notes", tags=("Sleep", "Neuroscience", "Medicine"), body="""
Most failed drug trials are quietly forgotten. A study published this week by a team in
Brennholt shows why some of them deserve a second look.

The drug, tested as a treatment for insomnia, did not help people fall asleep faster. But
recordings of participants' brain activity showed that it lengthened the deep phase of sleep
during which memories are thought to be consolidated.

The researchers then tested volunteers on word lists, and those who had taken the drug remembered
slightly more the next morning. The effect was small and needs to be confirmed.

The lesson, the authors argue, is that trials should publish all their data, including the
results that do not match what the sponsor hoped for.
"""),
    story("cobalt", "otto-kirsch", "2025-04-25 09:09:09", "Technology",
          "Electric cars pass 40% of new registrations in Valdmark",
          tags=("Valdmark", "Electric vehicles", "Cars"), body="""
Fully electric cars made up 41 percent of new car registrations in Valdmark in the first quarter,
up from 33 percent a year earlier, according to figures from the road transport agency.

Sales were strongest around Brennholt and Saltreach, where charging points are most common. In
the north, the share was about 28 percent.

Falling prices for smaller models and the end of a tax break for company diesel cars helped the
growth, dealers said.

The government's target is for every new car sold from 2030 to produce no exhaust emissions.
"""),
    story("cobalt", "yara-demir-lund", "2025-04-27 12:00:36", "Science",
          "Boat found in Tarn riverbed is 3,000 years old",
          tags=("Tarn", "Archaeology", "History"), body="""
A wooden boat uncovered in the Tarn riverbed after this month's floods is about 3,000 years old,
radiocarbon dating has shown, making it the oldest vessel ever found in Valdmark.

The boat, a dugout carved from a single oak trunk, is just over seven metres long. It was spotted
by a dog walker after the floodwater receded and exposed a bank of mud near Lower Tarnby.

Archaeologists have covered it with wet sacking to stop the wood from drying and cracking. It
will be lifted in May and taken to a conservation laboratory in Brennholt.

"Boats like this tell us how people moved goods and ideas along rivers long before roads," said
archaeologist Maja Lindroos.
"""),
    story("cobalt", "yara-demir-lund", "2025-04-28 15:21:07", "Science",
          "Valdmark's night sky is getting brighter, study finds",
          tags=("Valdmark", "Light pollution", "Astronomy"), body="""
The night sky over Valdmark has grown about 7 percent brighter each year over the past decade,
according to a study that combined satellite images with thousands of readings taken by
volunteers.

The increase is driven largely by the switch to white LED street lights, which scatter more light
into the atmosphere than the orange lamps they replaced.

Only a few places in the far north, around the Hollin Polar Observatory, still have skies dark
enough to see the Milky Way clearly on most clear nights.

The researchers recommend dimmer, warmer and better-shielded lights, which several towns have
already started to install.
"""),
)
