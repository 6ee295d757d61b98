from r0 import FDoc, D, R, write, author, meta_note

DOC = "dev-r-euronews-europe-urges-restraint-israel-strikes-iran"
PUB = "2025-06-13"  # a Friday
TEXT = """Europe urges restraint after Israel strikes Iran's nuclear sites as Tehran vows revenge

Published on 13/06/2025 - 10:14 GMT+2 - Updated 17:32

By Euronews with AFP, AP

European leaders on Friday called for restraint after Israel launched a wave of strikes on Iran's nuclear and military sites, while Tehran vowed revenge and blamed Washington for giving the attack its blessing.

Explosions were heard across Tehran before dawn on Friday as Israeli jets struck the Natanz enrichment site and targets linked to the Revolutionary Guards.

Iranian state media said the Guards' commander, Hossein Salami, and the armed forces chief of staff, Mohammad Bagheri, were among those killed.

Israel said the operation was needed to stop Iran from building a nuclear weapon. Tehran has always denied seeking one.

Video. Smoke rises over Tehran after Israeli strikes

Paris: 'maximum restraint'

In Paris, President Emmanuel Macron said on Friday that Israel had the right to protect itself but urged "maximum restraint" from all sides.

"France will take part in no operation against Iran, but we will not let Tehran acquire the bomb," he added.

Berlin: security cabinet meets

Chancellor Friedrich Merz convened Germany's security cabinet on Friday morning after a phone call with Israeli Prime Minister Benjamin Netanyahu.

"The goal must remain that Iran never obtains nuclear weapons. That goal is best reached at the negotiating table," Merz said in a statement.

London: 'nobody's interest'

British Prime Minister Keir Starmer said escalation was in "nobody's interest, least of all the people of the region".

The UK government said it had not been involved in the strikes.

Brussels: 'no military shortcut'

The EU's High Representative for Foreign Affairs, Kaja Kallas, said the bloc was in contact with both sides.

"There is no military shortcut to a lasting solution on Iran's nuclear programme," she wrote on X.

Kallas had warned last week that the region could not afford "another war on top of Gaza".

Tehran: 'severe punishment'

Supreme Leader Ayatollah Ali Khamenei said in a written statement on Friday morning that Israel should expect "severe punishment".

Iran's foreign ministry said the attack "could not have taken place without Washington's coordination".

Foreign Minister Abbas Araghchi asked the UN Security Council on Friday to take up the attack.

Rome: 'return to dialogue'

Italian Foreign Minister Antonio Tajani told the public broadcaster RAI on Friday that Italy would work with its partners for "a return to dialogue" and was in touch with Italians living in Iran.

Washington: 'unilateral action'

In Washington, US Secretary of State Marco Rubio said on Thursday evening that Israel had taken "unilateral action" and that the United States was not involved.

A sixth round of US-Iranian nuclear talks had been scheduled for Sunday in Muscat. It was unclear on Friday whether it would go ahead.

A day after a censure vote

The strikes came a day after the International Atomic Energy Agency's Board of Governors declared Iran in breach of its non-proliferation obligations for the first time in nearly 20 years.

The resolution passed by 19 votes to 3, with 11 abstentions. Iran responded by announcing a new enrichment facility.

France, Germany and the United Kingdom signed the 2015 nuclear deal, which capped Iran's enrichment at 3.67%. The US withdrew from the agreement in 2018, and Iran has since enriched uranium up to 60%.

Oil prices jumped. Brent crude rose by more than 7% on Friday to above $74 a barrel.
"""
write(DOC, "Europe urges restraint after Israel strikes Iran's nuclear sites as Tehran vows revenge",
      "Euronews (style imitation)", PUB, TEXT)
meta_note(DOC, "multi-country reaction piece in Euronews house style (headline, 'Published on 13/06/2025 - 10:14 GMT+2 - "
          "Updated 17:32', 'By Euronews with AFP, AP', short paragraphs, a 'Video.' caption line, city subheads (Paris, Berlin, London, Brussels, Tehran, Rome, Washington) with "
          "single-quoted phrases, the EU High Representative), style imitation; the wording of every quote and "
          "paraphrase of Macron, Merz, Starmer, the UK government, Kallas, Tajani, Iran's foreign ministry and Araghchi is "
          "invented or paraphrased; Khamenei's 'severe punishment' and Rubio's 'unilateral action' are short "
          "well-known phrases; the vote count and Brent's move follow public reporting")

d = FDoc(DOC, PUB)
FRI, THU = D(2025, 6, 13), D(2025, 6, 12)
# quotes
d.Q("maximum restraint", ["partial"], "Emmanuel Macron", ["macron"], FRI, core=False, occ=0)
d.Q("maximum restraint", ["partial"], "Emmanuel Macron", ["macron"], FRI, occ=1)
d.Q("France will take part in no operation against Iran, but we will not let Tehran acquire the bomb,", ["direct"],
    "Emmanuel Macron", ["macron"], FRI)
d.Q("The goal must remain that Iran never obtains nuclear weapons. That goal is best reached at the negotiating table,",
    ["direct"], "Friedrich Merz", ["merz"], None)
d.Q("nobody's interest", ["partial"], "Keir Starmer", ["starmer"], None, core=False, occ=0)
d.Q("nobody's interest, least of all the people of the region", ["partial"], "Keir Starmer", ["starmer"], None)
d.Q("no military shortcut", ["partial"], "Kaja Kallas", ["kallas"], None, core=False)
d.Q("There is no military shortcut to a lasting solution on Iran's nuclear programme,", ["direct"], "Kaja Kallas",
    ["kallas"], None)
d.Q("another war on top of Gaza", ["partial"], "Kaja Kallas", ["kallas"], D(2025, 6, 2)[:1] + D(2025, 6, 8)[1:])
d.Q("severe punishment", ["partial"], "Ali Khamenei", ["khamenei"], FRI, core=False, occ=0)
d.Q("severe punishment", ["partial"], "Ali Khamenei", ["khamenei"], FRI, occ=1)
d.Q("could not have taken place without Washington's coordination", ["partial"], "Ministry of Foreign Affairs of Iran",
    ["foreign ministry", "iran", "ministry of foreign affairs"], None)
d.Q("return to dialogue", ["partial"], "Antonio Tajani", ["tajani"], FRI, core=False)
d.Q("a return to dialogue", ["partial"], "Antonio Tajani", ["tajani"], FRI)
d.Q("unilateral action", ["partial"], "Marco Rubio", ["rubio"], THU, core=False, occ=0)
d.Q("unilateral action", ["partial"], "Marco Rubio", ["rubio"], THU, occ=1)
# figures
d.F("A day after", 1, ["day"], "duration", core=False)
d.F("a day after the International", 1, ["day"], "duration", core=False)
d.F("nearly 20 years", 20, ["year"], "duration", "about", core=False)
d.F("19 votes", 19, ["vote"], "count", subject_any=["resolution", "vote"])
d.F("3", 3, ["vote"], "count", subject_any=["resolution", "vote"], ctx=("19 votes to 3, with 11 abstentions",))
d.F("11 abstentions", 11, ["abstention"], "count", subject_any=["resolution", "abstention"])
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrichment"])
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("more than 7%", 7, ["percent"], "percent", "more_than", ["brent", "crude", "oil price"])
d.F("above $74 a barrel", 74, ["usd", "usd per barrel"], "money", "more_than", ["brent", "crude"])
# events
d.EV("Europe urges restraint", ["statement"], FRI, ["europe"], core=False)
d.EV("Israel strikes Iran's nuclear sites as", ["attack"], FRI, ["israel"], core=False)
d.EV("Tehran vows revenge", ["threat", "statement"], FRI, ["iran", "tehran"], core=False)
d.EV("European leaders on Friday called for restraint", ["statement"], FRI, ["europe"])
d.EV("Israel launched a wave of strikes", ["attack"], FRI, ["israel"])
d.EV("Tehran vowed revenge", ["threat", "statement"], FRI, ["iran", "tehran"])
d.EV("blamed Washington", ["statement"], FRI, ["iran", "tehran"], core=False)
d.EV("Israeli jets struck the Natanz", ["attack"], FRI, ["israel"])
d.EV("Iranian state media said", ["statement"], None, ["state media", "iran"], core=False)
d.EV("were among those killed", ["attack"], FRI, ["israel"], core=False)
d.EV("Israel said the operation", ["statement"], None, ["israel"], core=False)
d.EV("Tehran has always denied", ["statement"], None, ["iran", "tehran"], core=False)
d.EV("Video. Smoke rises over Tehran after Israeli strikes", ["attack"], FRI, ["israel"], core=False)
d.EV("Emmanuel Macron said on Friday", ["statement"], FRI, ["macron", "france"])
d.EV("he added", ["statement"], FRI, ["macron"], core=False)
d.EV("convened Germany's security cabinet on Friday morning", ["other", "negotiation"], FRI, ["merz", "germany"])
d.EV("a phone call with Israeli Prime Minister", ["negotiation", "statement"], FRI, ["merz", "netanyahu"])
d.EV("Merz said in a statement", ["statement"], None, ["merz"], core=False)
d.EV("Keir Starmer said escalation", ["statement"], None, ["starmer"], core=False)
d.EV("The UK government said", ["statement"], None, ["united kingdom", "uk", "britain"], core=False)
d.EV("Kaja Kallas, said the bloc", ["statement"], None, ["kallas", "eu", "european union"], core=False)
d.EV("she wrote on X", ["statement"], None, ["kallas"], core=False)
d.EV("Kallas had warned last week", ["statement", "threat"], D(2025, 6, 2)[:1] + D(2025, 6, 8)[1:], ["kallas"])
d.EV("said in a written statement on Friday morning", ["statement", "threat"], FRI, ["khamenei"])
d.EV("Iran's foreign ministry said the attack", ["statement"], None, ["foreign ministry", "iran"], core=False)
d.EV("asked the UN Security Council on Friday", ["statement"], FRI, ["araghchi", "iran"])
d.EV("told the public broadcaster RAI on Friday", ["statement"], FRI, ["tajani", "italy"])
d.EV("Marco Rubio said on Thursday evening", ["statement"], THU, ["rubio", "united states"])
d.EV("A sixth round of US-Iranian nuclear talks", ["negotiation"], D(2025, 6, 15), ["united states", "iran"], core=False)
d.EV("declared Iran in breach", ["statement", "legislation"], THU, ["international atomic energy agency", "board", "iaea"])
d.EV("The resolution passed by 19 votes", ["legislation"], THU, ["board", "iaea"], core=False)
d.EV("Iran responded by announcing a new enrichment facility", ["statement", "other"], None, ["iran"])
d.EV("signed the 2015 nuclear deal", ["agreement"], D(2015), ["france", "germany", "united kingdom"])
d.EV("The US withdrew from the agreement in 2018", ["withdrawal"], D(2018), ["united states", "us"])
d.EV("Iran has since enriched", ["other", "withdrawal"], None, ["iran"], core=False)
d.EV("Oil prices jumped", ["other"], FRI, [], core=False)
d.EV("Brent crude rose", ["other"], FRI, [], core=False)
d.save()
