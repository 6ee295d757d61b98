from mk import write
from ann import Doc, D, R

DOC = "ho5-investigative-oman-channel-long-read"
PUB = "2025-05-31"
TEXT = """LONGITUDE MAGAZINE · THE LONG READ

Inside the Oman channel: 'Nobody believes a promise that outlives the people who made it'

Five rounds of talks, two delegations in separate rooms and a decade of grievances. How the United States and Iran are negotiating without trusting each other.

By Clara Venn

On Sunday night, a few hours after returning from Rome, Abbas Araghchi sat in a television studio in Tehran and chose his words with care. The talks with the Americans, Iran’s foreign minister said, were “too complicated to be settled in two or three meetings,” but they were not dead.

Behind that measured tone lies a negotiation conducted largely through intermediaries, by two governments that do not trust each other and say so openly. This account of the five rounds held since April is based on interviews with more than a dozen current and former officials from four countries, most of whom spoke on condition of anonymity because they were not authorised to discuss the talks.

The American side is led by Steve Witkoff, a property developer and longtime friend of President Donald Trump who became his special envoy to the Middle East in January. The envoy has no background in nuclear diplomacy, and he has said as much. “I’m not an expert on centrifuges. I’m an expert on deals,” Witkoff told a podcast interviewer in March.

His counterpart is no newcomer. Araghchi was one of the deputies who drafted the 2015 agreement line by line in Vienna. On the night of 13 July that year, according to two people who were in the Palais Coburg, he stayed awake until dawn arguing over an annex on arms sales. The deal was announced the next morning.

Three years later, Trump tore it up. For the foreign minister, officials close to him say, that moment is not history but evidence. “We did everything that was asked of us, and the Americans walked out anyway,” one of them said. “Why would it be different this time? That is not a slogan in Tehran. It is the first question anyone asks.” A second attempt, the Vienna talks that began in April 2021, collapsed in the autumn of 2022 over a text that the European Union had called ‘final’.

The current channel opened in March, when Trump sent a letter to Iran’s Supreme Leader, Ayatollah Ali Khamenei, proposing talks and, according to a person who has read it, setting a two-month deadline. The letter was delivered in Tehran by Anwar Gargash, a senior adviser to the president of the United Arab Emirates. Khamenei’s public response was cool: negotiating with ‘a bullying government’, he said, would not solve Iran’s problems.

The first round, on 12 April in Muscat, set the pattern. The two delegations sat in separate rooms of a villa outside the city while Oman’s foreign minister, Badr Albusaidi, carried papers between them. Near the end of the day, the envoy and the foreign minister spoke directly for about 45 minutes. “Both sides came to listen, which is rarer than it sounds,” the Omani minister said afterwards.

Earlier this month the envoy went further than before. In a television interview he said that the United States could not accept “even 1 percent” of enrichment capability in Iran, a position Iranian negotiators regard as a demand for capitulation. The foreign minister answered on X within hours: enrichment in Iran would continue “with or without a deal.”

European governments, which are not at the table, have watched with a mixture of relief and alarm. A senior European diplomat who has dealt with both delegations put it this way in an interview last week:

“The Americans think the Iranians are stalling until the political weather changes. The Iranians think the Americans will sign something and then a new president will simply walk away, as in 2018.

“Both of them are right about the other. That is the problem. Nobody believes a promise that outlives the people who made it.”

Britain, France and Germany have warned that they will trigger the ‘snapback’ of UN sanctions before the mechanism expires in October if there is no deal by the summer.

The fifth round, in Rome on 23 May, ended without a date for a sixth. According to two officials familiar with the talks, the Omani side then proposed a compromise: a regional consortium that would enrich uranium for Iran and its neighbours under international supervision. Last Tuesday, Albusaidi flew to Tehran to present the idea in person, a visit neither government announced in advance.

Officials in Washington describe the consortium as “interesting but incomplete.” A draft American proposal seen by this magazine would allow Iran to enrich uranium to 3 percent for a limited period while the consortium is built; an earlier version, circulated in April, allowed no enrichment at all.

Laleh Moradi, who served on Iran’s negotiating team from 2013 to 2016 and now teaches at a university in Vienna, said the shifting drafts confirmed every suspicion in Tehran. “In 2015 we negotiated with a government. Now we are negotiating with a mood,” Moradi said. She recalled that in 2016, months after the deal took effect, Iranian banks still could not move money through Europe because foreign lenders feared American fines. “The deal was kept on paper and broken in practice,” she said, “long before anyone withdrew from it.”

On Friday, the White House said a written proposal had been sent to Tehran through Oman. Iran’s foreign ministry spokesman, Esmaeil Baghaei, confirmed receipt but would not describe its contents.

Asked on Sunday night whether he trusted the Americans, the foreign minister gave a short answer. “Trust?” he said. “We are not there yet. We are only trying to find out whether there is anything to trust.”
"""
write(DOC, "Inside the Oman channel: 'Nobody believes a promise that outlives the people who made it'", "Longitude Magazine", PUB, TEXT)

d = Doc(DOC, PUB)
SUN = D(2025, 5, 25)
FRI = D(2025, 5, 30)
LASTTUE = ("2025-05-20", "2025-05-27")
LASTWEEK = ("2025-05-19", "2025-05-25")
AR = ["araghchi"]
WI = ["witkoff"]
AB = ["albusaidi", "busaidi"]
BOTH = ["united states", "iran", "witkoff", "araghchi"]
# quotes
d.Q("Nobody believes a promise that outlives the people who made it", ["direct", "partial"], None, (), core=False)
d.Q("too complicated to be settled in two or three meetings,", ["partial"], "Abbas Araghchi", AR, SUN)
d.Q("I'm not an expert on centrifuges. I'm an expert on deals,", ["direct"], "Steve Witkoff", WI, D(2025, 3))
d.Q("We did everything that was asked of us, and the Americans walked out anyway,", ["direct"], None, ())
d.Q("Why would it be different this time? That is not a slogan in Tehran. It is the first question anyone asks.", ["direct"], None, ())
d.Q("final", ["term", "partial"], "European Union", ["european union", "eu"])
d.Q("a bullying government", ["partial"], "Ali Khamenei", ["khamenei"])
d.Q("Both sides came to listen, which is rarer than it sounds,", ["direct"], "Badr Albusaidi", AB)
d.Q("even 1 percent", ["partial"], "Steve Witkoff", WI, D(2025, 5))
d.Q("with or without a deal.", ["partial"], "Abbas Araghchi", AR, D(2025, 5))
d.Q("The Americans think the Iranians are stalling until the political weather changes. The Iranians think the Americans will sign something and then a new president will simply walk away, as in 2018.",
    ["direct"], None, (), LASTWEEK)
d.Q("Both of them are right about the other. That is the problem. Nobody believes a promise that outlives the people who made it.",
    ["direct"], None, (), LASTWEEK)
d.Q("snapback", ["term"], None, (), core=False)
d.Q("interesting but incomplete.", ["partial"], None, (), core=False)
d.Q("In 2015 we negotiated with a government. Now we are negotiating with a mood,", ["direct"], "Laleh Moradi", ["moradi"])
d.Q("The deal was kept on paper and broken in practice,", ["direct"], "Laleh Moradi", ["moradi"])
d.Q("long before anyone withdrew from it.", ["direct"], "Laleh Moradi", ["moradi"])
d.Q("Trust?", ["direct", "term"], "Abbas Araghchi", AR, SUN)
d.Q("We are not there yet. We are only trying to find out whether there is anything to trust.", ["direct"], "Abbas Araghchi", AR, SUN)
# figures
d.F("Five rounds", 5, ["round"], "count", subject_any=["talks", "round"])
d.F("two delegations", 2, ["delegation"], "count", core=False, occ=0)
d.F("a decade", 10, ["year", "decade"], "duration", subject_any=["grievance"])
d.F("a few hours", None, ["hour"], "duration", "about", core=False)
d.F("two or three meetings", 2, ["meeting"], "count", subject_any=["meeting", "talks"], value_max=3)
d.F("two governments", 2, ["government"], "count", core=False)
d.F("the five rounds", 5, ["round"], "count", subject_any=["round"])
d.F("more than a dozen current and former officials", 12, ["official", "current and former official"], "count", "more_than", ["official"])
d.F("four countries", 4, ["country"], "count", subject_any=["countr"])
d.F("two people", 2, ["person", "people"], "count", subject_any=["people", "palais coburg"])
d.F("Three years", 3, ["year"], "duration", core=False)
d.F("two-month", 2, ["month"], "duration", subject_any=["deadline"])
d.F("two delegations", 2, ["delegation"], "count", core=False, occ=1)
d.F("about 45 minutes", 45, ["minute"], "duration", "about", ["spoke", "envoy", "directly"])
d.F("1 percent", 1, ["percent"], "percent", subject_any=["enrichment"])
d.F("two officials", 2, ["official"], "count", subject_any=["official"])
d.F("3 percent", 3, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("months", None, ["month"], "duration", "about", core=False, ctx=("months after the deal",))
# events
s = "On Sunday night, a few hours after returning from Rome, Abbas Araghchi sat in a television studio in Tehran and chose his words with care."
d.E(s, "sat in a television studio", ["statement"], SUN, AR)
d.E(s, "returning from Rome", ["other", "negotiation"], SUN, AR, core=False)
d.E("The talks with the Americans, Iran's foreign minister said, were \"too complicated to be settled in two or three meetings,\" but they were not dead.",
    "Iran's foreign minister said", ["statement"], SUN, AR, core=False)
d.E("This account of the five rounds held since April is based on interviews with more than a dozen current and former officials from four countries, most of whom spoke on condition of anonymity because they were not authorised to discuss the talks.",
    "the five rounds held since April", ["negotiation"], R(D(2025, 4), (PUB, PUB)), BOTH, core=False)
d.E("The American side is led by Steve Witkoff, a property developer and longtime friend of President Donald Trump who became his special envoy to the Middle East in January.",
    "became his special envoy", ["leadership_change", "other"], D(2025, 1), WI + ["trump"])
d.E("\"I'm not an expert on centrifuges. I'm an expert on deals,\" Witkoff told a podcast interviewer in March.",
    "told a podcast interviewer in March", ["statement"], D(2025, 3), WI)
d.E("Araghchi was one of the deputies who drafted the 2015 agreement line by line in Vienna.", "drafted the 2015 agreement",
    ["negotiation", "agreement"], D(2015), AR, core=False)
d.E("On the night of 13 July that year, according to two people who were in the Palais Coburg, he stayed awake until dawn arguing over an annex on arms sales.",
    "arguing over an annex", ["negotiation"], R(D(2015, 7, 13), D(2015, 7, 14)), AR)
d.E("The deal was announced the next morning.", "announced", ["agreement", "statement"], D(2015, 7, 14))
d.E("Three years later, Trump tore it up.", "tore it up", ["withdrawal"], D(2018), ["trump"])
d.E("\"We did everything that was asked of us, and the Americans walked out anyway,\" one of them said.", "walked out",
    ["withdrawal"], None, ["american", "united states"], core=False)
s = "A second attempt, the Vienna talks that began in April 2021, collapsed in the autumn of 2022 over a text that the European Union had called 'final'."
d.E(s, "the Vienna talks that began in April 2021", ["negotiation"], D(2021, 4))
d.E(s, "collapsed in the autumn of 2022", ["negotiation", "other", "withdrawal"], R(D(2022, 9), D(2022, 12)))
d.E(s, "had called 'final'", ["statement"], None, ["european union", "eu"], core=False)
d.E("The current channel opened in March, when Trump sent a letter to Iran's Supreme Leader, Ayatollah Ali Khamenei, proposing talks and, according to a person who has read it, setting a two-month deadline.",
    "Trump sent a letter", ["statement", "negotiation", "threat"], D(2025, 3), ["trump"])
d.E("The letter was delivered in Tehran by Anwar Gargash, a senior adviser to the president of the United Arab Emirates.",
    "was delivered in Tehran", ["other", "statement"], D(2025, 3), ["gargash"], core=False)
d.E("Khamenei's public response was cool: negotiating with 'a bullying government', he said, would not solve Iran's problems.",
    "public response", ["statement"], None, ["khamenei"])
d.E("The first round, on 12 April in Muscat, set the pattern.", "The first round", ["negotiation"], D(2025, 4, 12), BOTH)
d.E("The two delegations sat in separate rooms of a villa outside the city while Oman's foreign minister, Badr Albusaidi, carried papers between them.",
    "carried papers between them", ["negotiation", "other"], D(2025, 4, 12), AB, core=False)
d.E("Near the end of the day, the envoy and the foreign minister spoke directly for about 45 minutes.", "spoke directly",
    ["negotiation"], D(2025, 4, 12), WI + AR + ["envoy", "foreign minister"])
d.E("\"Both sides came to listen, which is rarer than it sounds,\" the Omani minister said afterwards.", "the Omani minister said afterwards",
    ["statement"], None, AB + ["oman"], core=False)
d.E("In a television interview he said that the United States could not accept \"even 1 percent\" of enrichment capability in Iran, a position Iranian negotiators regard as a demand for capitulation.",
    "In a television interview he said", ["statement"], D(2025, 5), WI)
d.E("The foreign minister answered on X within hours: enrichment in Iran would continue \"with or without a deal.\"",
    "answered on X", ["statement"], D(2025, 5), AR)
d.E("A senior European diplomat who has dealt with both delegations put it this way in an interview last week:",
    "put it this way in an interview last week", ["statement"], LASTWEEK, ["diplomat", "europe"], core=False)
d.E("The Iranians think the Americans will sign something and then a new president will simply walk away, as in 2018.",
    "walk away, as in 2018", ["withdrawal"], D(2018), ["president", "american", "united states"], core=False)
s = "Britain, France and Germany have warned that they will trigger the 'snapback' of UN sanctions before the mechanism expires in October if there is no deal by the summer."
d.E(s, "have warned", ["threat", "statement"], None, ["britain", "france", "germany", "united kingdom", "e3"])
d.E(s, "the mechanism expires in October", ["other", "sanction"], D(2025, 10), core=False)
d.E("The fifth round, in Rome on 23 May, ended without a date for a sixth.", "The fifth round", ["negotiation"], D(2025, 5, 23), BOTH)
d.E("According to two officials familiar with the talks, the Omani side then proposed a compromise: a regional consortium that would enrich uranium for Iran and its neighbours under international supervision.",
    "proposed a compromise", ["negotiation", "statement", "other"], R(D(2025, 5, 23), (PUB, PUB)), ["oman"], core=False)
d.E("Last Tuesday, Albusaidi flew to Tehran to present the idea in person, a visit neither government announced in advance.",
    "flew to Tehran", ["negotiation", "other"], LASTTUE, AB + ["oman"])
d.E("A draft American proposal seen by this magazine would allow Iran to enrich uranium to 3 percent for a limited period while the consortium is built; an earlier version, circulated in April, allowed no enrichment at all.",
    "circulated in April", ["negotiation", "disclosure", "other"], D(2025, 4), ["united states", "american"], core=False)
d.E("Laleh Moradi, who served on Iran's negotiating team from 2013 to 2016 and now teaches at a university in Vienna, said the shifting drafts confirmed every suspicion in Tehran.",
    "said", ["statement"], None, ["moradi"], core=False)
d.E("Laleh Moradi, who served on Iran's negotiating team from 2013 to 2016 and now teaches at a university in Vienna, said the shifting drafts confirmed every suspicion in Tehran.",
    "served on Iran's negotiating team", ["negotiation", "other"], R(D(2013), D(2016)), ["moradi", "iran"], core=False)
d.E("She recalled that in 2016, months after the deal took effect, Iranian banks still could not move money through Europe because foreign lenders feared American fines.",
    "the deal took effect", ["agreement"], R(D(2015, 10), D(2016, 12)), core=False)
d.E("On Friday, the White House said a written proposal had been sent to Tehran through Oman.", "the White House said",
    ["statement"], FRI, ["white house", "united states"])
d.E("On Friday, the White House said a written proposal had been sent to Tehran through Oman.", "a written proposal had been sent",
    ["negotiation", "statement", "other"], R(D(2025, 5, 23), FRI), ["united states", "white house"], core=False)
d.E("Iran's foreign ministry spokesman, Esmaeil Baghaei, confirmed receipt but would not describe its contents.", "confirmed receipt",
    ["statement"], None, ["baghaei"])
d.E("Asked on Sunday night whether he trusted the Americans, the foreign minister gave a short answer.", "gave a short answer",
    ["statement"], SUN, AR + ["foreign minister"])
d.save()
