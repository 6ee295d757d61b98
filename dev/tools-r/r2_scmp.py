from r0 import FDoc, D, R, write, author, meta_note

DOC = "dev-r-scmp-beijing-condemns-us-strikes-iran-oil-yuan"
PUB = "2025-06-23"  # a Monday
TEXT = """China condemns US strikes on Iran as refiners weigh risk to discounted crude

Foreign ministry says American attack on safeguarded nuclear sites cannot be justified, while analysts warn Chinese refiners could lose access to cheap Iranian oil

Lydia Cheung-Varga in Beijing and Kwok Ting-Fairbanks in Hong Kong

Published: 9:45pm, 23 Jun 2025

China has condemned the United States' strikes on three Iranian nuclear sites, with a foreign ministry spokesman saying on Monday that Washington had "seriously damaged" the credibility of its own diplomacy.

"An attack on facilities that are under international safeguards cannot be justified by any argument about trust," Guo Jiakun told a regular press briefing in Beijing.

"The US has itself turned its back on the diplomatic path it claimed to be pursuing," he said, adding that Beijing would work with Russia and Pakistan on a draft Security Council resolution calling for an immediate ceasefire.

The ministry had issued a statement on Sunday, hours after the strikes, urging the warring sides, "Israel in particular," to stop fighting.

US B-2 bombers and submarine-launched missiles struck the Fordow, Natanz and Isfahan sites early on Sunday, Beijing time, in an operation President Donald Trump said had "completely and totally obliterated" Iran's key enrichment facilities.

Fu Cong, China's ambassador to the United Nations, told an emergency Security Council meeting on Sunday that the strikes had "set a dangerous precedent".

Israel began its bombing campaign on June 13, two days before a sixth round of US-Iranian talks had been scheduled to take place in Muscat. Foreign Minister Wang Yi spoke to his Iranian counterpart Abbas Araghchi by phone that day and condemned the Israeli attack.

Oil at stake

The strikes have sharpened concern in Beijing about supplies from Iran, which sells about 90 per cent of its crude exports to China, mostly to independent refiners in Shandong province.

Chinese buyers took about 1.4 million barrels per day (bpd) of Iranian oil in May, according to estimates from the ship-tracking firm Harbour Vector, at discounts of about US$2 a barrel to Brent.

"The cheap barrels have kept many teapot refineries alive," said Wen Haoyu-Lindholm, an energy analyst at the Qingdao-based consultancy Yellow Sea Energy Research, who spoke to the Post on Friday. "If Hormuz closes even for two weeks, there is no cheap replacement."

Iran's parliament voted on Sunday to back closing the Strait of Hormuz, through which about a fifth of the world's oil passes, though the final decision rests with the Supreme National Security Council.

Much of the trade is settled in yuan through small banks with little exposure to the US financial system. One Shandong refinery paid more than 3.5 billion yuan (US$487 million) for Iranian cargoes last year, according to US Treasury filings.

Beijing and Tehran signed a 25-year cooperation agreement in March 2021, and China brokered the restoration of ties between Iran and Saudi Arabia two years later.

A question of trust

Chinese scholars said the strikes would deepen Iran's conviction that Washington could not be trusted.

"Tehran has now seen the US leave an agreement in 2018 and bomb it in the middle of a negotiation in 2025," Professor Liang Shu-Ardakani of the Shanghai Institute for Gulf Affairs told the Post. "Its leaders will ask why they should sign anything again."

She noted that Iranian leaders often cite the 1953 coup against prime minister Mohammad Mosaddegh, organised by American and British intelligence, as the start of that mistrust.

China, one of six world powers that signed the 2015 nuclear deal in Vienna, has repeatedly said the crisis stems from the US withdrawal from that agreement in May 2018.

Guo declined to say whether Chinese refiners would cut purchases, saying trade between China and Iran was "normal cooperation" under international law.
"""
write(DOC, "China condemns US strikes on Iran as refiners weigh risk to discounted crude",
      "South China Morning Post (style imitation)", PUB, TEXT)
author(DOC, "Lydia Cheung-Varga and Kwok Ting-Fairbanks")
meta_note(DOC, "news story in South China Morning Post house style (headline, standfirst, byline with cities, "
          "'Published: 9:45pm, 23 Jun 2025', the foreign ministry spokesman at the regular press briefing, 'per cent', "
          "'barrels per day (bpd)', 'US$', yuan with a dollar gloss, 'spoke to the Post', 'told the Post', subheads "
          "'Oil at stake' and 'A question of trust'), style imitation; the writers, Wen Haoyu-Lindholm and Yellow Sea "
          "Energy Research, Liang Shu-Ardakani and the Shanghai Institute for Gulf Affairs, the firm Harbour Vector and "
          "the refinery's payment are invented; the words of Guo Jiakun, the Chinese foreign ministry and Fu Cong are "
          "invented or paraphrased; Trump's 'completely and totally obliterated' is a short well-known phrase; the "
          "volumes and discounts are plausible, not exact")

d = FDoc(DOC, PUB)
MON, SUN, FRI = D(2025, 6, 23), D(2025, 6, 22), D(2025, 6, 20)
GUO = ["guo", "foreign ministry", "china"]
# quotes
d.Q("seriously damaged", ["partial"], "Guo Jiakun", GUO, MON)
d.Q("An attack on facilities that are under international safeguards cannot be justified by any argument about trust,",
    ["direct"], "Guo Jiakun", GUO, MON)
d.Q("The US has itself turned its back on the diplomatic path it claimed to be pursuing,", ["direct"], "Guo Jiakun",
    GUO, MON)
d.Q("Israel in particular,", ["partial"], "Ministry of Foreign Affairs of China", ["foreign ministry", "ministry", "china"], SUN)
d.Q("completely and totally obliterated", ["partial"], "Donald Trump", ["trump"], None)
d.Q("set a dangerous precedent", ["partial"], "Fu Cong", ["fu cong"], SUN)
d.Q("The cheap barrels have kept many teapot refineries alive,", ["direct"], "Wen Haoyu-Lindholm", ["wen"], FRI)
d.Q("If Hormuz closes even for two weeks, there is no cheap replacement.", ["direct"], "Wen Haoyu-Lindholm", ["wen"], FRI)
d.Q("Tehran has now seen the US leave an agreement in 2018 and bomb it in the middle of a negotiation in 2025,",
    ["direct"], "Liang Shu-Ardakani", ["liang"], None)
d.Q("Its leaders will ask why they should sign anything again.", ["direct"], "Liang Shu-Ardakani", ["liang"], None)
d.Q("normal cooperation", ["partial"], "Guo Jiakun", GUO, MON)
# figures
d.F("three Iranian nuclear sites", 3, ["site"], "count", subject_any=["nuclear site", "site"])
d.F("two days before", 2, ["day"], "duration", core=False)
d.F("about 90 per cent", 90, ["percent"], "percent", "about", ["crude export", "export"])
d.F("about 1.4 million barrels per day", 1.4e6, ["barrel per day"], "measure", "about", ["iranian oil", "oil", "chinese buyer"])
d.F("about US$2 a barrel", 2, ["usd", "usd per barrel"], "money", "about", ["discount"])
d.F("two weeks", 2, ["week"], "duration", core=False)
d.F("about a fifth", 20, ["percent"], "percent", "about", ["world's oil", "oil"])
d.F("more than 3.5 billion yuan", 3.5e9, ["cny", "yuan"], "money", "more_than", ["iranian cargo", "cargo", "refinery"])
d.F("US$487 million", 4.87e8, ["usd"], "money", subject_any=["iranian cargo", "cargo", "refinery"])
d.F("One Shandong refinery", 1, ["refinery"], "count", core=False)
d.F("25-year", 25, ["year"], "duration", subject_any=["cooperation agreement", "agreement"])
d.F("two years later", 2, ["year"], "duration", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["world power", "nuclear deal"])
# events
d.EV("China condemns US strikes", ["statement"], MON, ["china"], core=False)
d.EV("Foreign ministry says", ["statement"], MON, ["foreign ministry", "china"], core=False)
d.EV("analysts warn", ["statement"], None, [], core=False)
d.EV("China has condemned", ["statement"], MON, ["china", "foreign ministry", "guo"])
d.EV("strikes on three Iranian nuclear sites", ["attack"], SUN, ["united states"], core=False)
d.EV("told a regular press briefing", ["statement"], MON, GUO, core=False)
d.EV("he said, adding", ["statement"], MON, GUO, core=False)
d.EV("would work with Russia and Pakistan", ["other", "negotiation"], None, ["china"], core=False)
d.EV("had issued a statement on Sunday", ["statement"], SUN, ["foreign ministry", "china", "ministry"])
d.EV("struck the Fordow", ["attack"], SUN, ["united states", "us"])
d.EV("President Donald Trump said", ["statement"], None, ["trump"], core=False)
d.EV("told an emergency Security Council meeting on Sunday", ["statement"], SUN, ["fu cong", "china"])
d.EV("emergency Security Council meeting", ["negotiation", "other", "statement"], SUN, ["security council", "united nations"])
d.EV("Israel began its bombing campaign on June 13", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.EV("a sixth round of US-Iranian talks", ["negotiation"], D(2025, 6, 15), ["united states", "iran"], core=False)
d.EV("spoke to his Iranian counterpart", ["negotiation", "statement"], D(2025, 6, 13), ["wang yi", "china"])
d.EV("condemned the Israeli attack", ["statement"], D(2025, 6, 13), ["wang yi", "china"])
d.EV("Chinese buyers took", ["other"], D(2025, 5), ["china", "chinese buyer"], core=False)
d.EV("said Wen Haoyu-Lindholm", ["statement"], FRI, ["wen"], core=False)
d.EV("Iran's parliament voted on Sunday", ["legislation"], SUN, ["parliament", "majlis", "iran"])
d.EV("Much of the trade is settled in yuan", ["other"], None, [], core=False)
d.EV("One Shandong refinery paid", ["other"], D(2024), ["refinery"], core=False)
d.EV("signed a 25-year cooperation agreement in March 2021", ["agreement"], D(2021, 3), ["china", "iran", "beijing"])
d.EV("China brokered the restoration", ["agreement", "negotiation", "support"], D(2023), ["china"])
d.EV("Chinese scholars said", ["statement"], None, [], core=False)
d.EV("leave an agreement in 2018", ["withdrawal"], D(2018), ["united states", "us"], core=False)
d.EV("told the Post", ["statement"], None, ["liang"], core=False)
d.EV("She noted that", ["statement"], None, ["liang"], core=False)
d.EV("the 1953 coup against prime minister", ["coup"], D(1953), ["american", "british", "united states", "cia"])
d.EV("signed the 2015 nuclear deal in Vienna", ["agreement"], D(2015), ["world power", "china"])
d.EV("has repeatedly said", ["statement"], None, ["china"], core=False)
d.EV("the US withdrawal from that agreement in May 2018", ["withdrawal"], D(2018, 5), ["united states", "us"])
d.EV("Guo declined", ["statement", "other"], MON, GUO, core=False)
d.save()
