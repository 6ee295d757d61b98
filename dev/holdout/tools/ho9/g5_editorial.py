from mk import write
from ann import Doc, D, R

DOC = "ho9-editorial-after-the-exit-keep-talking"
PUB = "2018-05-09"
TEXT = """THE BELLMONT GAZETTE
Opinion | The Editorial Board

After the exit, keep talking

May 9, 2018

President Trump did what he had promised. In a speech at the White House yesterday, he announced that the United States would withdraw from the 2015 nuclear agreement with Iran and reimpose the sanctions it had lifted, calling the accord "a horrible one-sided deal that should have never, ever been made." The Treasury said the sanctions would return after wind-down periods of 90 and 180 days.

We opposed parts of that agreement when it was signed in Vienna in July 2015, and we said so. Its limits on enrichment would expire too soon, and it did nothing about Iran's missiles or its role in Syria and Yemen. But we also said, then and since, that a flawed agreement that is being kept is better than no agreement at all. By the account of the International Atomic Energy Agency, which has inspected Iran's sites more intensively than any other country's, Tehran was keeping it. The agency had confirmed Iran's compliance in 11 consecutive reports.

History should make Americans humble about what comes next. Iranians have not forgotten that the CIA helped overthrow their elected prime minister, Mohammad Mosaddegh, in August 1953. Americans have not forgotten the 52 diplomats and citizens held hostage for 444 days after students seized the embassy in Tehran in November 1979. Each side has told itself a story in which the other cannot be trusted, and each has found fresh evidence for it.

Yesterday supplied more. Within hours of the announcement, President Hassan Rouhani said Iran would stay in the agreement with Europe, China and Russia "for now," but warned that the country could resume enrichment "without any limits" within weeks. Ayatollah Ali Khamenei said in 2015, while the talks were still under way, that he did not trust America; today he can claim that he was right.

Mr. Trump's advisers say the sanctions will force Iran back to the table to negotiate "a better deal." We hope they are right, but the record argues otherwise. Sanctions brought Iran to talks in 2013 because they were multilateral, because Washington offered something in return, and because the other side believed an agreement would be honored. None of those conditions holds today. The leaders of Britain, France and Germany said in a joint statement yesterday that they "regret" the decision and remain committed to the deal. Oil buyers in Asia will not all follow Washington's lead.

Iran's economy is fragile. Its currency has lost nearly 30 percent of its value against the dollar since the start of the year, and its oil exports of roughly 2.5 million barrels per day are now at risk. Pressure can hurt. But pressure alone has never changed the minds of the men who run the Islamic Republic, and it has rarely stopped a program that a government believes it needs.

So we would urge the administration to do three things. Keep talking to the Europeans, whose companies will bear much of the cost. Keep open the channel to Iran's foreign minister, Mohammad Javad Zarif, whom John Kerry met more than a dozen times as secretary of state. And say clearly what Iran would have to do to see sanctions lifted again.

Talks with Tehran are not a reward. They are how adversaries who do not trust each other avoid war. President Reagan signed a treaty with a Soviet Union he had called an "evil empire." The least this administration can do is pick up the phone.
"""
write(DOC, "After the exit, keep talking", "The Bellmont Gazette", PUB, TEXT)

d = Doc(DOC, PUB)
Y = D(2018, 5, 8)
# quotes
d.Q("a horrible one-sided deal that should have never, ever been made.", ["partial"], "Donald Trump", ["trump", "president"], Y)
d.Q("for now,", ["partial"], "Hassan Rouhani", ["rouhani"], R(Y, D(2018, 5, 9)))
d.Q("without any limits", ["partial"], "Hassan Rouhani", ["rouhani"], R(Y, D(2018, 5, 9)))
d.Q("a better deal.", ["partial", "term"], None, core=False)
d.Q("regret", ["partial"], "E3", ["e3", "britain", "france", "germany", "leaders", "united kingdom"], Y)
d.Q("evil empire.", ["term", "partial"], "Ronald Reagan", ["reagan"])

# figures
d.F("90", 90, ["day"], "duration", subject_any=["wind-down", "period"])
d.F("180 days", 180, ["day"], "duration", subject_any=["wind-down", "period"])
d.F("11 consecutive reports", 11, ["report", "consecutive report"], "count", subject_any=["report", "compliance"])
d.F("52 diplomats and citizens", 52, ["diplomat", "hostage", "diplomat and citizen"], "count", subject_any=["hostage", "diplomat"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "held"])
d.F("Within hours", None, ["hour"], "duration", "about", core=False)
d.F("within weeks", None, ["week"], "duration", "about", core=False)
d.F("nearly 30 percent", 30, ["percent"], "percent", "about", ["currency", "value"])
d.F("roughly 2.5 million barrels per day", 2.5e6, ["barrel per day"], "measure", "about", ["oil export", "export"])
d.F("three things", 3, ["thing"], "count", core=False)
d.F("more than a dozen times", 12, ["time"], "count", "more_than", ["kerry", "zarif", "met"])

# events
s = "In a speech at the White House yesterday, he announced that the United States would withdraw from the 2015 nuclear agreement with Iran and reimpose the sanctions it had lifted, calling the accord \"a horrible one-sided deal that should have never, ever been made.\""
d.E(s, "withdraw", ["withdrawal"], Y, ["trump", "united states"])
d.E(s, "speech", ["statement"], Y, ["trump"])
d.E(s, "2015 nuclear agreement", ["agreement"], D(2015), core=False)
d.E(s, "reimpose the sanctions", ["sanction"], Y, ["trump", "united states"])
s = "The Treasury said the sanctions would return after wind-down periods of 90 and 180 days."
d.E(s, "said", ["statement"], None, ["treasury"], core=False)
d.E(s, "would return", ["sanction"], None, core=False)
s = "We opposed parts of that agreement when it was signed in Vienna in July 2015, and we said so."
d.E(s, "signed", ["agreement"], D(2015, 7))
d.E(s, "we said so", ["statement"], D(2015, 7), ["gazette", "bellmont", "we"], core=False)
d.E("The agency had confirmed Iran's compliance in 11 consecutive reports.", "confirmed", ["statement"], None, ["agency", "iaea", "international atomic energy agency"], core=False)
d.E("Iranians have not forgotten that the CIA helped overthrow their elected prime minister, Mohammad Mosaddegh, in August 1953.", "overthrow", ["coup"], D(1953, 8), ["cia", "central intelligence agency"])
d.E("Americans have not forgotten the 52 diplomats and citizens held hostage for 444 days after students seized the embassy in Tehran in November 1979.", "seized", ["seizure"], D(1979, 11), ["student"])
s = "Within hours of the announcement, President Hassan Rouhani said Iran would stay in the agreement with Europe, China and Russia \"for now,\" but warned that the country could resume enrichment \"without any limits\" within weeks."
d.E(s, "said", ["statement"], R(Y, D(2018, 5, 9)), ["rouhani"])
d.E(s, "warned", ["threat", "statement"], R(Y, D(2018, 5, 9)), ["rouhani"], core=False)
s = "Ayatollah Ali Khamenei said in 2015, while the talks were still under way, that he did not trust America; today he can claim that he was right."
d.E(s, "said", ["statement"], D(2015), ["khamenei"])
d.E(s, "talks", ["negotiation"], D(2015), core=False)
d.E("Mr. Trump's advisers say the sanctions will force Iran back to the table to negotiate \"a better deal.\"", "say", ["statement"], None, ["advisers", "trump"], core=False)
s = "Sanctions brought Iran to talks in 2013 because they were multilateral, because Washington offered something in return, and because the other side believed an agreement would be honored."
d.E(s, "talks", ["negotiation"], D(2013), ["iran", "washington", "united states"])
d.E(s, "Sanctions", ["sanction"], None, core=False)
d.E("The leaders of Britain, France and Germany said in a joint statement yesterday that they \"regret\" the decision and remain committed to the deal.",
    "joint statement", ["statement"], Y, ["e3", "britain", "france", "germany", "leaders", "united kingdom"])
d.E("Keep open the channel to Iran's foreign minister, Mohammad Javad Zarif, whom John Kerry met more than a dozen times as secretary of state.", "met", ["negotiation"], None, ["kerry"])
s = "President Reagan signed a treaty with a Soviet Union he had called an \"evil empire.\""
d.E(s, "signed a treaty", ["agreement"], None, ["reagan"], core=False)
d.E(s, "had called", ["statement", "designation"], None, ["reagan"], core=False)
d.save()
