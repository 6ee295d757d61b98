import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h14 import write, PDoc, D, R

DOC = "ho14-south-asian-daily-islamabad-condemns-us-strikes-iran"
PUB = "2025-06-23"  # a Monday
TEXT = """Islamabad condemns US strikes on Iran, calls NSC huddle
Tariq Mehboob-Rana | Published June 23, 2025 | Updated June 23, 2025 09:14am

• FO says attacks on Fordow, Natanz and Isfahan "violate all norms of international law"
• PM calls Pezeshkian, conveys solidarity
• Condemnation comes a day after govt backed Trump for Nobel prize

ISLAMABAD: Pakistan on Sunday condemned the United States' strikes on three nuclear facilities in Iran, warning that the attacks risked turning the conflict into a regional war, and Prime Minister Shehbaz Sharif summoned a meeting of the National Security Committee (NSC) for Monday.

"Pakistan condemns the US attacks on Iranian nuclear facilities, which follow a series of attacks by Israel," according to a statement issued by the Foreign Office on Sunday afternoon. "These attacks violate all norms of international law, and Iran has the legitimate right to defend itself under the UN Charter."

The statement said Pakistan was "gravely concerned" at the possibility of further escalation and called on all sides to return to dialogue.

US aircraft struck the underground enrichment plant at Fordow and the sites at Natanz and Isfahan in the early hours of Sunday, Pakistan time, after President Donald Trump had said on Thursday that he would take up to two weeks to decide whether to join Israel's campaign. Israel began striking Iran on June 13.

Later on Sunday the prime minister spoke by telephone with Iranian President Masoud Pezeshkian. "The prime minister conveyed Pakistan's condemnation of the American attacks and its solidarity with the brotherly people of Iran," according to a press release issued by the Prime Minister's Office. Mr Sharif also offered condolences over the loss of lives, the release added.

The condemnation came a day after the government announced on Saturday that it would formally recommend Mr Trump for the 2026 Nobel Peace Prize, citing his role in ending last month's hostilities between India and Pakistan.

A senior official at the Foreign Office, who requested anonymity, told this newspaper on Sunday that the two decisions did not contradict each other. "We thanked the president for what he did in May. That does not oblige us to stay silent when a neighbour's nuclear sites are bombed," the official said.

The NSC, the country's highest forum for security deliberations, will meet on Monday evening with the military leadership in attendance. Field Marshal Asim Munir, who had lunch with Mr Trump at the White House on Wednesday, is expected to brief the committee on that meeting, sources in the Prime Minister's Office told Dawn-style daily's correspondent.

Opposition members were less restrained. Senator Rukhsana Baloch-Qadri of the Awami Jamhoori Party said the Nobel recommendation should be withdrawn. "You cannot nominate a man for a peace prize on Saturday and condemn his war on Sunday," she told reporters outside Parliament House.

Regional reaction

Pakistan was not alone in the region. China's foreign ministry said the strikes "seriously violated" the UN Charter and had damaged the IAEA's safeguards system, while India's External Affairs Ministry said New Delhi was "deeply concerned" and urged restraint. Prime Minister Narendra Modi spoke to Mr Pezeshkian on Sunday, according to a statement issued by his office.

Pakistan shares a border of about 900 kilometres with Iran, and officials in Quetta have been preparing for a possible influx of refugees. More than 3,000 Pakistani nationals, most of them students and pilgrims, have crossed back into Balochistan through the Taftan crossing since June 13, according to provincial authorities.

Islamabad has long argued that the Iranian nuclear dispute should be settled at the table. It welcomed the five rounds of indirect talks between Iran and the US that Oman mediated between April 12 and May 23, and a sixth round planned for June 15 in Muscat was cancelled after Israel's strikes began.

"The region is paying the price for a diplomacy that was abandoned two days before it was due to resume," said Dr Farah Naqvi-Stanton, a professor of international relations at a university in Lahore, speaking to this newspaper. "Every missile fired now makes the next negotiation harder."

Pakistan has oil and gas interests tied to Iran, including the long-delayed Iran-Pakistan gas pipeline, which was agreed in 2009 and which Washington has repeatedly warned would attract sanctions.

Published in The Margalla Herald, June 23rd, 2025
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a South Asian English daily (Dawn style: byline-and-date line, highlight bullets, "
        "`ISLAMABAD:` dateline, \"according to a statement issued by\", \"told this newspaper\", print line). "
        "The Margalla Herald, the reporter, Senator Rukhsana Baloch-Qadri, her party and Farah Naqvi-Stanton are "
        "invented; the quotes of the Foreign Office, the Prime Minister's Office and the Chinese and Indian "
        "ministries are invented or paraphrased; the count of returning nationals is plausible, not exact.")
TEXT = TEXT.replace("told Dawn-style daily's correspondent", "told this newspaper")
write(DOC, "Islamabad condemns US strikes on Iran, calls NSC huddle", "The Margalla Herald", PUB, TEXT, NOTE,
      author="Tariq Mehboob-Rana")

d = PDoc(DOC, PUB)
SUN, MON, SAT, WED = D(2025, 6, 22), D(2025, 6, 23), D(2025, 6, 21), D(2025, 6, 18)
FO = ["foreign office", "pakistan", "ministry of foreign affairs"]
PMO = ["prime minister's office", "prime minister", "sharif", "pakistan"]
BQ = ["baloch-qadri", "baloch"]
NS = ["naqvi-stanton", "naqvi"]
# quotes
d.Q("violate all norms of international law", ["partial"], "Foreign Office of Pakistan", FO, SUN, core=False)  # highlight repeating the body
d.Q("Pakistan condemns the US attacks on Iranian nuclear facilities, which follow a series of attacks by Israel,", ["direct"], "Foreign Office of Pakistan", FO, SUN)
d.Q("These attacks violate all norms of international law, and Iran has the legitimate right to defend itself under the UN Charter.", ["direct"], "Foreign Office of Pakistan", FO, SUN)
d.Q("gravely concerned", ["partial"], "Foreign Office of Pakistan", FO, SUN)
d.Q("The prime minister conveyed Pakistan's condemnation of the American attacks and its solidarity with the brotherly people of Iran,", ["direct"], "Prime Minister's Office", PMO, SUN)
d.Q("We thanked the president for what he did in May. That does not oblige us to stay silent when a neighbour's nuclear sites are bombed,", ["direct"], None, (), SUN)
d.Q("You cannot nominate a man for a peace prize on Saturday and condemn his war on Sunday,", ["direct"], "Rukhsana Baloch-Qadri", BQ)
d.Q("seriously violated", ["partial"], "Ministry of Foreign Affairs of China", ["china", "chinese"])
d.Q("deeply concerned", ["partial"], "Ministry of External Affairs of India", ["india", "external affairs"])
d.Q("The region is paying the price for a diplomacy that was abandoned two days before it was due to resume,", ["direct"], "Farah Naqvi-Stanton", NS)
d.Q("Every missile fired now makes the next negotiation harder.", ["direct"], "Farah Naqvi-Stanton", NS)

# figures
d.F("three nuclear facilities", 3, ["nuclear facility", "facility"], "count", subject_any=["facilit", "nuclear"])
d.F("a day after", 1, ["day"], "duration", core=False)
d.F("a day after", 1, ["day"], "duration", core=False, occ=1)
d.F("up to two weeks", 2, ["week"], "duration", "up_to", ["decide", "trump"])
d.F("the two decisions", 2, ["decision"], "count", core=False)
d.F("about 900 kilometres", 900, ["kilometre", "kilometer", "km"], "measure", "about", ["border"])
d.F("More than 3,000 Pakistani nationals", 3000, ["pakistani national", "national"], "count", "more_than", ["national", "pakistani"])
d.F("the five rounds", 5, ["round"], "count", subject_any=["talks", "round"])
d.F("two days before", 2, ["day"], "duration", core=False)

# events (Monday paper: "on Sunday" 06-22, "on Saturday" 06-21, "on Wednesday" 06-18)
d.V("Islamabad condemns US strikes on Iran", "condemns", ["statement"], SUN, ["islamabad", "pakistan"], core=False)
d.V("FO says attacks on Fordow", "says", ["statement"], SUN, FO, core=False)
d.V("PM calls Pezeshkian", "calls", ["negotiation", "statement"], SUN, PMO, core=False)
d.V("Condemnation comes a day after govt backed Trump", "backed", ["support", "statement", "other"], SAT, ["govt", "government", "pakistan"], core=False)
d.V("ISLAMABAD: Pakistan on Sunday condemned", "condemned", ["statement"], SUN, ["pakistan"])
d.V("ISLAMABAD: Pakistan on Sunday condemned", "strikes", ["attack"], SUN, ["united states"], core=False)
d.V("ISLAMABAD: Pakistan on Sunday condemned", "summoned", ["other", "negotiation"], SUN, ["sharif", "prime minister"])
d.V("according to a statement issued by the Foreign Office on Sunday afternoon", "statement issued", ["statement"], SUN, FO)
d.V("The statement said Pakistan was", "said", ["statement"], SUN, FO, core=False)
d.V("US aircraft struck the underground enrichment plant", "struck", ["attack"], SUN, ["us aircraft", "united states"])
d.V("US aircraft struck the underground enrichment plant", "had said", ["statement"], D(2025, 6, 19), ["trump"])
d.V("Israel began striking Iran on June 13.", "striking", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.V("Later on Sunday the prime minister spoke by telephone", "spoke by telephone", ["negotiation", "statement"], SUN, ["prime minister", "sharif"])
d.V("according to a press release issued by the Prime Minister's Office", "press release issued", ["statement"], SUN, PMO, core=False)
d.V("Mr Sharif also offered condolences", "offered condolences", ["statement"], SUN, ["sharif"], core=False)
d.V("The condemnation came a day after the government announced", "announced", ["statement", "support", "other"], SAT, ["government", "pakistan"])
d.V("The condemnation came a day after the government announced", "ending last month's hostilities", ["agreement", "other"], D(2025, 5), ["trump"], core=False)
d.V("A senior official at the Foreign Office, who requested anonymity", "told this newspaper", ["statement"], SUN, [], core=False)
d.V("The NSC, the country's highest forum", "will meet", ["negotiation", "other"], MON, core=False)
d.V("Field Marshal Asim Munir, who had lunch", "had lunch", ["negotiation", "other"], WED, ["munir"])
d.V("Senator Rukhsana Baloch-Qadri of the Awami Jamhoori Party said", "said", ["statement"], None, BQ, core=False)
d.V("\"You cannot nominate a man", "told reporters", ["statement"], None, BQ, core=False)
d.V("China's foreign ministry said the strikes", "said", ["statement"], None, ["china", "chinese"], core=False)
d.V("China's foreign ministry said the strikes", "urged restraint", ["statement"], None, ["india", "external affairs"], core=False)
d.V("Prime Minister Narendra Modi spoke to Mr Pezeshkian on Sunday", "spoke", ["negotiation", "statement"], SUN, ["modi", "india"])
d.V("More than 3,000 Pakistani nationals", "crossed back", ["other"], R(D(2025, 6, 13), MON), core=False)
d.V("It welcomed the five rounds of indirect talks", "talks", ["negotiation"], R(D(2025, 4, 12), D(2025, 5, 23)), ["oman", "iran", "united states"])
d.V("It welcomed the five rounds of indirect talks", "was cancelled", ["other", "negotiation"], D(2025, 6, 13), [], core=False)
d.V("\"The region is paying the price", "said Dr Farah Naqvi-Stanton", ["statement"], None, NS, core=False)
d.V("Pakistan has oil and gas interests tied to Iran", "agreed", ["agreement"], D(2009), [])
d.V("Pakistan has oil and gas interests tied to Iran", "warned", ["threat", "statement"], None, ["washington", "united states"], core=False)
d.save()
