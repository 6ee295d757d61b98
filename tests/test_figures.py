import pytest

from mistrust.extract.dates import document_dates
from mistrust.extract.figures import extract_figures
from mistrust.extract.text import sentences


def figures(text):
    return extract_figures(text, document_dates(text), {s.start for s in sentences(text)})


@pytest.mark.parametrize("sentence,text,value,value_max,unit,kind,qualifier,approximate,subject", [
    ("The Shah ceded more than forty percent of Iran's oil fields to U.S. companies.", "more than forty percent",
     40, None, "percent", "percent", "more_than", False, "Iran's oil fields"),
    ("Iran may enrich uranium to 3.67 percent under the deal.", "3.67 percent", 3.67, None, "percent", "percent",
     "exact", False, "uranium enrichment"),
    ("Exports fell by nearly 60% in a year.", "nearly 60%", 60, None, "percent", "percent", "about", True, "Exports"),
    ("The hostages were held for 444 days.", "444 days", 444, None, "day", "duration", "exact", False,
     "hostages were held"),  # what lasted: the holding of the hostages
    # an act with no object lasted so long: the act with its auxiliary
    ("They had been held for 444 days.", "444 days", 444, None, "day", "duration", "exact", False, "had been held"),
    ("Eight months have passed since the speech.", "Eight months", 8, None, "month", "duration", "exact", False, None),
    ("Washington froze $1.5 billion in Iranian assets.", "$1.5 billion", 1.5e9, None, "usd", "money", "exact", False,
     "Iranian assets"),
    ("Iran sought $120 billion in compensation.", "$120 billion", 1.2e11, None, "usd", "money", "exact", False,
     "compensation"),
    ("Output reached 2.5 million barrels per day last spring.", "2.5 million barrels per day", 2.5e6, None,
     "barrel per day", "measure", "exact", False, "Output"),
    ("Negotiators expect the review to take two or three weeks.", "two or three weeks", 2, 3, "week", "duration",
     "exact", False, "the review"),
    ("The court awarded nearly a million dollars in damages.", "nearly a million dollars", 1e6, None, "usd",
     "money", "about", True, "damages"),
    ("A hundred students climbed the wall.", "A hundred students", 100, None, "student", "count", "exact", False,
     "students climbed the wall"),
    ("Between 20 and 30 percent of voters stayed home.", "Between 20 and 30 percent", 20, 30, "percent", "percent",
     "exact", False, "voters"),
    ("About 5,000 centrifuges still spin at Natanz.", "About 5,000 centrifuges", 5000, None, "centrifuge", "count",
     "about", True, "centrifuges"),
    ("The files were read dozens of times by officials.", "dozens of times", 24, None, "time", "count", "about",
     True, "The files"),
    ("The council has two members from each side.", "two members", 2, None, "member", "count", "exact", False, "members"),
    ("It reflects a century of mistrust.", "a century", 100, None, "year", "duration", "exact", False, "mistrust"),
    ("Some forty-five people were arrested.", "Some forty-five people", 45, None, "person", "count", "about", True,
     "people arrested"),
    ("At least 300 protesters were killed.", "At least 300 protesters", 300, None, "protester", "count", "at_least",
     False, "protesters killed"),
    ("Up to two hundred thousand troops were deployed.", "Up to two hundred thousand troops", 200000, None, "troop",
     "count", "up_to", False, "troops deployed"),
    ("Prices rose by less than 5 per cent.", "less than 5 per cent", 5, None, "percent", "percent", "less_than",
     False, "Prices"),
    ("Sanctions have cut Iran's oil exports by more than 60 percent.", "more than 60 percent", 60, None, "percent",
     "percent", "more_than", False, "Iran's oil exports"),
    ("Iran holds 400 kilograms of uranium enriched to 60 percent purity.", "400 kilograms", 400, None, "kilogram",
     "measure", "exact", False, "uranium"),
    ("The fund lost $1.5bn last year.", "$1.5bn", 1.5e9, None, "usd", "money", "exact", False, "The fund"),
    ("Nearly half of the budget went to defence.", "Nearly half", 50, None, "percent", "percent", "about", True,
     "the budget"),
    ("He was fined 500 million rials.", "500 million rials", 5e8, None, "irr", "money", "exact", False, None),
    ("Hundreds of students gathered outside.", "Hundreds of students", 200, None, "student", "count", "about", True,
     "students gathered outside"),
    ("Several months passed.", "Several months", None, None, "month", "duration", "about", True, None),
    ("Iran holds 400kg of enriched uranium.", "400kg", 400, None, "kilogram", "measure", "exact", False, "enriched uranium"),
    ("For three decades, the two sides did not talk.", "three decades", 30, None, "year", "duration", "exact",
     False, "the two sides"),
    ("The deal came two years later.", "two years", 2, None, "year", "duration", "exact", False, "The deal"),
    ("Support rose 4.5 percentage points.", "4.5 percentage points", 4.5, None, "percentage point", "percent",
     "exact", False, "Support"),
    ("Two-thirds of voters agreed.", "Two-thirds", 200 / 3, None, "percent", "percent", "exact", False, "voters"),
    ("The EU pledged €5 million in aid.", "€5 million", 5e6, None, "eur", "money", "exact", False, "aid"),
    ("Bread costs 50,000 tomans.", "50,000 tomans", 50000, None, "toman", "money", "exact", False, "Bread costs"),
    ("Twenty-six years later, revolutionaries ended the monarchy.", "Twenty-six years", 26, None, "year",
     "duration", "exact", False, None),
    ("Students held 52 Americans hostage.", "52 Americans", 52, None, "american", "count", "exact", False,
     "Americans"),
    ("Iran faces more than 1,500 sanctions designations.", "more than 1,500 sanctions designations", 1500, None,
     "designation", "count", "more_than", False, "sanctions designations"),
])


def test_figure(sentence, text, value, value_max, unit, kind, qualifier, approximate, subject):
    f = figures(sentence)[0]
    approx = pytest.approx(value, rel=1e-9) if value is not None else None
    assert (f.text, f.value, f.value_max, f.unit, f.kind, f.qualifier, f.approximate, f.subject) == \
        (text, approx, value_max, unit, kind, qualifier, approximate, subject)
    assert sentence[f.start:f.end] == f.text


def test_a_change_by_an_amount_to_a_level_is_two_figures():
    got = [(f.text, f.value, f.value_max) for f in figures("We raise our Brent forecast by $5 to $80 per barrel.")]
    assert got == [("$5", 5, None), ("$80", 80, None)]


def test_unit_written_once_for_both_ends():
    found = figures("Between 2018 and 2020, oil exports fell from 2.5 million barrels per day to under 400,000.")
    assert [(f.text, f.value, f.unit, f.qualifier, f.subject) for f in found] == [
        ("2.5 million barrels per day", 2.5e6, "barrel per day", "exact", "oil exports"),
        ("under 400,000", 4e5, "barrel per day", "less_than", "oil exports")]


def test_a_figure_up_from_another_measures_the_same_thing_past_an_abbreviation():
    found = figures("Sixty percent of U.S. voters back the talks, up from 49 percent in March.")
    assert [f.subject for f in found] == ["U.S. voters back", "U.S. voters back"]


@pytest.mark.parametrize("sentence", [
    "The coup took place on August 19, 1953.",
    "Iran signed the deal in 2015 and Trump left it in 2018.",
    "Tensions grew in the 1980s and since the 19th century.",
    "Resolution 2231 endorsed the deal of the P5+1.",
    "The Group of Seven met at 10:30 on the 28th day.",
    "In negotiations, one must be confident; how can one negotiate?",
    "One of the officials spoke first, on one hand.",
    "It was the first and second time.",
    "The 2015 nuclear deal collapsed.",
    "The 2012–13 season was bad.",
    "It happened at 9 a.m. on March 3.",
    "4 of 12\nWrestlers from both teams shake hands before the bout.",  # a gallery's counter over a caption
])
def test_not_figures(sentence):
    assert figures(sentence) == []


def one(sentence, i=0):
    f = figures(sentence)[i]
    return (f.text, f.value, f.unit, f.kind, f.qualifier, f.subject)


@pytest.mark.parametrize("sentence,expected", [
    # subjects, one step each
    ("Shipments climbed to about 1.3 million barrels a day in May.",
     ("about 1.3 million barrels a day", 1.3e6, "barrel per day", "measure", "about", "Shipments")),
    ("The agency counted a stockpile of 5,100 kilograms of enriched uranium at the site.",
     ("5,100 kilograms", 5100, "kilogram", "measure", "exact", "enriched uranium stockpile")),
    ("Tehran began enriching up to 60% at the plant.", ("up to 60%", 60, "percent", "percent", "up_to", "enrichment")),
    ("Regulators allowed a 90-day grace period for banks.", ("90-day", 90, "day", "duration", "exact", "grace period")),
    ("Last week more than 600 entities were added to the list by Treasury.",
     ("more than 600 entities", 600, "entity", "count", "more_than", "entities added to the list")),
    ("The swap released $6 billion in frozen funds to Qatar.", ("$6 billion", 6e9, "usd", "money", "exact", "frozen funds")),
    ("Foreign firms once held 40 percent of Iran's oil fields.",
     ("40 percent", 40, "percent", "percent", "exact", "Iran's oil fields")),
    ("The watchdog said the ministry caps enrichment at 4.5% for now.",
     ("4.5%", 4.5, "percent", "percent", "at_most", "enrichment")),
    ("Courts imposed 12 years' imprisonment.",
     ("12 years", 12, "year", "duration", "exact", "imprisonment")),
    ("He gave the parliament 30 days to pass a budget.", ("30 days", 30, "day", "duration", "exact", "pass a budget")),
    ("The waivers last 120 days under the rule.", ("120 days", 120, "day", "duration", "exact", "The waivers")),
    ("The expert team of the ministry comprised 12 members drawn from three agencies.",
     ("12 members", 12, "member", "count", "exact", "The expert team")),
    ("The 2015 text ran to 159 pages with its annexes.", ("159 pages", 159, "page", "count", "exact", "The 2015 text")),
    ("The crowd had topped 3,000 people by noon.", ("topped 3,000 people", 3000, "person", "count", "more_than",
                                                    "The crowd")),
    ('"More than 1,200 people have been taken to hospital," the spokesman wrote.',
     ("More than 1,200 people", 1200, "person", "count", "more_than", "people taken to hospital")),
    ("Exports had exceeded 1.7 million barrels per day in May.",
     ("exceeded 1.7 million barrels per day", 1.7e6, "barrel per day", "measure", "more_than", "Exports")),
    ("Sanctions returned once the 180-day wind-down periods expired.",
     ("180-day", 180, "day", "duration", "exact", "wind-down periods")),
    ("The mill used 400,000 tonnes of steel last year.", ("400,000 tonnes", 4e5, "tonne", "measure", "exact", "steel")),
    ("Officials said $3 billion owed to Iraq for power remained frozen.",
     ("$3 billion", 3e9, "usd", "money", "exact", "owed to Iraq for power")),
    # counts without a noun after the number
    ("The regional health office said the toll had risen to 58 by evening.",
     ("58", 58, "death", "count", "exact", "the toll")),
    ("The number of detained sailors has grown to 31, officials said.",
     ("31", 31, "sailor", "count", "exact", "The number of detained sailors")),
    # headline forms and abbreviations
    ("Quake toll tops 300 in northern province", ("tops 300", 300, "death", "count", "more_than", "Quake toll")),
    ("Crude sales near 1.2m bpd", ("near 1.2m bpd", 1.2e6, "barrel per day", "measure", "about", "Crude sales")),
    ("Exports were 2.1 million barrels per day (mbd) in March and 0.9 mbd in June.",
     ("2.1 million barrels per day", 2.1e6, "barrel per day", "measure", "exact", "Exports")),
    # units by context and word numbers
    ("Inspectors found 9,000 pounds of enriched uranium.",
     ("9,000 pounds", 9000, "pound", "measure", "exact", "enriched uranium")),
    ("The club was fined 500,000 pounds in fines for the breach.",
     ("500,000 pounds", 5e5, "gbp", "money", "exact", "fines")),
    ("The talks lasted two and a half hours on Sunday.", ("two and a half hours", 2.5, "hour", "duration", "exact",
                                                           "The talks")),
    ("Sanctions have bitten for one-and-a-half years now.",
     ("one-and-a-half years", 1.5, "year", "duration", "exact", "Sanctions have bitten")),
    ("Rebels fired more than a dozen rockets at the port.",
     ("more than a dozen rockets", 12, "rocket", "count", "more_than", "rockets")),
    ("Tehran and Washington have not talked for more than four decades.",
     ("more than four decades", 40, "year", "duration", "more_than", "Washington have not talked")),
    ("The accord kept Tehran at least a year away from a bomb.",
     ("at least a year", 1, "year", "duration", "at_least", "Tehran")),
    ("Lenders must divest within 90 days of the order.", ("within 90 days", 90, "day", "duration", "at_most", "Lenders")),
    ("The bank raised its Brent forecast to $82/bbl on Monday.", ("$82", 82, "usd", "money", "exact", "its Brent forecast")),
    ("The broker faces a maximum penalty of 20 years in prison.",
     ("a maximum penalty of 20 years", 20, "year", "duration", "at_most", "prison")),
    ("Firms owned 25% or more by listed persons are blocked.",
     ("25% or more", 25, "percent", "percent", "at_least", "ownership")),
    # a hundredth of a currency is money in that currency
    ("Brent crude futures were up 48 cents at $70.88 a barrel.",
     ("48 cents", 0.48, "usd", "money", "exact", "Brent crude futures")),
    # a full stop inside a closing quotation ends the sentence before the figure's
    ('Riyadh said OPEC "will make up the difference." Brent rose 3% on the news.',
     ("3%", 3, "percent", "percent", "exact", "Brent")),
    # a rate measures the currency its sentence named, not the dollar it is priced in; "fell past" is more than
    ("The rial, which fell past 950,000 to the dollar in May, is weaker still.",
     ("fell past 950,000", 950000, "irr", "money", "more_than", "The rial")),
    ("Iran's rial now trades at about 880,000 to the dollar.",
     ("about 880,000", 880000, "irr", "money", "about", "Iran's rial")),
])
def test_figure_patterns(sentence, expected):
    got = one(sentence)
    assert got[0] == expected[0] and got[1] == pytest.approx(expected[1]) and got[2:] == expected[2:]


@pytest.mark.parametrize("sentence,text,unit", [
    ("He has missed two Christmases in prison.", "two Christmases", "christmas"),  # the noun's lemma
    ("The two crises cost the region dearly.", "two crises", "crisis"),
    ("Iran freed two detained U.S. citizens on Thursday.", "two detained U.S. citizens", "citizen"),
    ("Iran still holds at least three other Americans.", "at least three other Americans", "american"),
    ("Treasury listed 40 additional entities.", "40 additional entities", "entity"),
    ("Its 19 crew were unharmed.", "19 crew", "crew"),                     # nouns that are their own plural
    ("Eight patrol craft shadowed the convoy.", "Eight patrol craft", "craft"),
    ("The 160,000 dwt Suezmax was held for weeks.", "160,000 dwt", "deadweight ton"),  # a ship's size
    ("The carrier, of about 110,000 deadweight tons, sailed empty.", "about 110,000 deadweight tons", "deadweight ton"),
    # a member is counted with the noun before it; a closed compound the dictionary lacks is still a plural noun
    ("The tanker's 23 crew members were taken ashore.", "23 crew members", "crew member"),
    ("About 90 US service members were treated for concussions.", "About 90 US service members", "service member"),
    ("Six American servicemembers were wounded at the base.", "Six American servicemembers", "servicemember"),
    ("Customs agents found 120 drone parts in the crates.", "120 drone parts", "part"),
    ("Agents seized more than 300 aircraft parts in Ohio.", "more than 300 aircraft parts", "part"),
    # the noun after "of" and a determiner, not the determiner: "three of its", "200 of these"
    ("The navy lost two of its six minesweepers that year.", "two", "minesweeper"),
    ("Inspectors counted more than 40 of these cascades at the site.", "more than 40", "cascade"),
    # one spelling per unit, the American one
    ("The border runs for about 900 kilometres.", "about 900 kilometres", "kilometer"),
    ("Smugglers moved 2 million litres of diesel.", "2 million litres", "liter"),
    ("Iran shipped about 1.4 million barrels of crude a day in May.", "about 1.4 million barrels of crude a day",
     "barrel per day"),
])
def test_counted_nouns(sentence, text, unit):
    f = figures(sentence)[0]
    assert (f.text, f.unit) == (text, unit)


@pytest.mark.parametrize("sentence,subject", [
    ("Its 19 crew were unharmed.", "crew"),  # a predicate adjective is no part of what is counted
    ("The carrier, of about 110,000 deadweight tons, sailed empty.", "carrier"),  # the comma stays out
])
def test_a_subject_is_the_noun_phrase_alone(sentence, subject):
    assert figures(sentence)[0].subject == subject


def test_a_factbox_label_is_what_its_figures_measure():
    text = ("BY THE NUMBERS\n- Brent: $87.29, down about 3.5% on the week\n- Spot gold: $2,391, up about 2% on the week\n"
            "- Tankers: up 4%")
    got = [(f.text, f.subject) for f in figures(text)]
    assert got == [("$87.29", "Brent"), ("about 3.5%", "Brent"), ("$2,391", "Spot gold"), ("about 2%", "Spot gold"),
                   ("4%", None)]  # a change on its own line shares no earlier line's subject


@pytest.mark.parametrize("sentence,text,value,unit", [
    ("On the open market the rial fell to a record low of about 705,000 to the dollar.", "about 705,000", 705000, "irr"),
    ("- Iranian rial: 660,000 per dollar", "660,000", 660000, "irr"),
])
def test_a_rate_against_the_dollar_counts_the_currency_named(sentence, text, value, unit):
    f = figures(sentence)[0]
    assert (f.text, f.value, f.unit, f.kind) == (text, value, unit, "money")


def test_a_bare_number_against_the_dollar_with_no_currency_named_is_no_figure():
    assert figures("The index stood at 1,200 to the dollar-weighted basket.") == []


def test_bare_counts_take_the_noun_of_their_antecedent():
    found = figures("Of the 40 sailors held in 2016, 12 were freed at once; the remaining 28 were held for "
                    "a week. Thirty of them have since left the navy.")
    assert [(f.text, f.unit, f.subject) for f in found] == [
        ("40 sailors", "sailor", "sailors held in 2016"), ("12", "sailor", None), ("28", "sailor", None),
        ("Thirty", "sailor", "sailors")]


def test_a_count_before_a_participle_counts_its_antecedents_noun():
    found = figures("At least 31 villagers were killed and more than 140 injured when the dam broke.")
    assert [(f.text, f.unit, f.qualifier, f.subject) for f in found] == [
        ("At least 31 villagers", "villager", "at_least", "villagers killed"),
        ("more than 140", "villager", "more_than", "villagers")]


def test_second_figure_of_a_pair_shares_unit_and_subject():
    found = figures("The tally of injured guards has risen to 88, the ministry said, up from 51 a week earlier.")
    assert [(f.text, f.unit, f.subject) for f in found] == [
        ("88", "guard", "The tally of injured guards"), ("51", "guard", "The tally of injured guards")]
    mbd = figures("Exports were 2.1 million barrels per day (mbd) in March and 0.9 mbd in June.")[1]
    assert (mbd.text, mbd.value, mbd.unit) == ("0.9 mbd", pytest.approx(9e5), "barrel per day")


def test_one_counts_only_beside_another_count():
    found = figures("Treasury listed four firms and one tanker, on one hand.")
    assert [(f.text, f.unit) for f in found] == [("four firms", "firm"), ("one tanker", "tanker")]


@pytest.mark.parametrize("sentence,text", [
    ("Gas sales, which had slumped to 40 percent of capacity, soared to 90 percent by the spring.", "90 percent"),
    ("The reserve now holds 300 kilograms, up from 210 kilograms in March.", "210 kilograms"),
    ("Cargoes were offered this week at around $4.20 below the benchmark.", "around $4.20"),
    ("Output fell in October 2022 to 55% and recovered later.", "55%"),
    ("The warning time shrank from six months to about a week.", "about a week"),
])
def test_a_subject_is_never_a_lone_verb_a_particle_a_time_or_the_figure(sentence, text):
    f = next(f for f in figures(sentence) if sentence[f.start:f.end] == text)
    s = (f.subject or "").lower()
    assert s not in ("soared", "slumped", "up", "this week", "october 2022", "about a week"), f.subject


@pytest.mark.parametrize("sentence,text,subject", [
    # the subject is a noun phrase the scorer finds by containment, so these check a key word of it
    ("All 230 passengers on board the ferry survived.", "230 passengers", "passengers on board"),
    ("Inspectors said enrichment reached 20 percent at the second plant.", "20 percent", "enrichment"),
    ("Copper prices in London rose 3 percent to $9,100 a tonne.", "$9,100", "copper prices"),
    ("The trust, worth $2 billion, was moved to Oman.", "$2 billion", "trust"),
    ("The shipment, roughly 900,000 barrels, was unloaded in Ningbo.", "roughly 900,000 barrels", "shipment"),
    ("Gas exports, which had fallen to about 10 billion cubic meters a year, rose to 14 billion cubic meters.",
     "14 billion cubic meters", "gas exports"),
    ("Gas exports, which had fallen to about 10 billion cubic meters a year, rose to 14 billion cubic meters.",
     "about 10 billion cubic meters", "gas exports"),
    ("The survey put the country's total refined copper at 8,100 tonnes.", "8,100 tonnes", "refined copper"),
    ("Auditors put the reserve at 510 kilograms of gold refined to 99 percent, up from 400 kilograms a year "
     "earlier.", "400 kilograms", "reserve"),
    ("The plant now holds its stock of 20 percent uranium in sealed casks.", "20 percent", "uranium"),
    ("Output stayed well below the 5 percent ceiling set by the board.", "5 percent", "ceiling"),
    ("They chartered a small tanker, which carries about 500,000 barrels, for the trip.",
     "about 500,000 barrels", "tanker"),
    ("In the novel, rebels start a siege that lasts nine months.", "nine months", "siege"),
    ("The crew spent 90 days in captivity before the exchange.", "90 days", "captivity"),
    # a head with its own of-phrase; a poll's plus-or-minus bound
    ("The panel of 900 voters has a margin of error of plus or minus 3.4 percentage points.",
     "plus or minus 3.4 percentage points", "margin of error"),
    # a change set off after a level measures what the level does
    ("Wheat futures settled at $5.90 a bushel on Friday, down 2.4% on the day.", "2.4%", "wheat futures"),
    ("Tourism income reached $8 billion in 2019, officials said, up from $5 billion in 2015.", "$5 billion",
     "tourism income"),
    # a poll's share measures the answer it gave; a buyer's volume is the buyer's
    ("Asked about the plan, 22 percent said it was fair and 40 percent said not at all.", "40 percent",
     "not at all"),
    ("Just 12 percent say they trust the envoy.", "12 percent", "trust the envoy"),
    ("India took about 300,000 bpd in April.", "about 300,000 bpd", "india"),
    # whose time a span is; a closed compound the lexicon lacks is a noun
    ("Once notified, the tribunal has 45 days to rule on the claim.", "45 days", "tribunal"),
    ("The move started a 30-day countdown to new penalties.", "30-day", "countdown"),
    # a plural count and its verb: the verb is no part of the counted noun or the subject
    ("Only one in five farmers trusts the new subsidy scheme.", "five farmers", "farmers"),
    # a ship named by its size; a predicate adjective is no part of what a count counts
    ("The 160,000 dwt Suezmax ALDER GROVE was held for weeks.", "160,000 dwt", "suezmax"),
    ("Guards boarded a 74,000 dwt product tanker.", "74,000 dwt", "tanker"),
    # a change by some amount, then when or where, then the level: the level is the changed thing's
    ("Gold rose 2% in London trading on Monday to $2,410 an ounce.", "$2,410", "gold"),
    ("Wheat futures fell by more than 3 percent overnight to below $5 a bushel.", "below $5", "wheat futures"),
    ("Pakistan's trade with Iran has shrunk from $1.2 billion in 2017 to about $300 million.", "about $300 million",
     "trade"),
])
def test_subject_patterns(sentence, text, subject):
    f = next(f for f in figures(sentence) if f.text == text)
    assert subject in (f.subject or "").lower(), f.subject


@pytest.mark.parametrize("sentence,text,subject", [
    ("The court ordered Oslo to pay $4.2 million to the crew's widows.", "$4.2 million", "widows"),
    ("Syria owes Tehran about $3 billion for fuel shipments.", "about $3 billion", "fuel"),
    ("The judge, who spent three decades fighting the cartels, retired.", "three decades", "fighting"),
    ("Pirates seized the trawler and held nine sailors for 120 days.", "120 days", "held nine sailors"),
    ("The clip had been shared more than 2 million times by Friday.", "more than 2 million times", "shared"),
    ("BY THE NUMBERS\n61%: share of voters who want early elections.", "61%", "share of voters"),
    # a change, its restatement and the level reached measure one thing
    ("Wheat futures rose $0.40, or 6.1%, to $7.02 a bushel.", "6.1%", "wheat futures"),
    ("Wheat futures rose $0.40, or 6.1%, to $7.02 a bushel.", "$7.02", "wheat futures"),
    ("Silver hit a record $52 an ounce on Thursday.", "$52", "silver"),
    ("Rice exports have fallen by half to about 2 million tonnes.", "about 2 million tonnes", "rice exports"),
    ("The lab produced up to 90 per cent enriched uranium last year.", "up to 90 per cent", "enriched uranium"),
    # the subject of a passive that prices or sells
    ("Since May, cargoes of Basrah Heavy were offered this week at around $6 below Dubai.", "around $6", "basrah heavy"),
    ("In the end the refinery was sold last year for $1.2 billion.", "$1.2 billion", "refinery"),
])
def test_subject_of_money_spans_and_glosses(sentence, text, subject):
    f = next(f for f in figures(sentence) if f.text == text)
    assert subject in (f.subject or "").lower(), f.subject


@pytest.mark.parametrize("text,rows", [
    # two figures sharing the unit written after the second; "between … and …" stays one range
    ("Firms got wind-down periods of 60 and 120 days.", [("60", 60, None, "day"), ("120 days", 120, None, "day")]),
    ("The sentence was between 20 and 30 years.", [("between 20 and 30 years", 20, 30, "year")]),
    # an irregular plural lemminflect knows
    ("She leaves a son and nine grandchildren.", [("nine grandchildren", 9, None, "grandchild")]),
])
def test_coordinated_figures_and_irregular_plurals(text, rows):
    got = [(f.text, f.value, f.value_max, f.unit) for f in figures(text)]
    assert got == rows


def test_an_upper_bound_covers_the_figure_joined_to_it():
    fs = figures("Breaches carry penalties of up to $2 million and 15 years' imprisonment.")
    assert [(f.text, f.qualifier) for f in fs] == [("up to $2 million", "up_to"), ("15 years", "up_to")]


def test_a_bracketed_figure_after_a_label_measures_the_label():
    (f,) = figures("- Downside case, renewed talks (30%): exports recover by spring.")
    assert (f.value, f.subject) == (30, "Downside case, renewed talks")


def test_a_figure_heading_a_list_item_measures_what_the_line_below_says():
    text = ("Sanctions in five numbers\n\n1. $6 billion\nThe Iranian oil money moved to Qatari banks in 2023.\n\n"
            "2. 83%\nShare of Iranians who distrust Washington, in a 2016 poll.\n")
    got = {f.value: f.subject for f in figures(text)}
    assert got[6e9] == "Iranian oil money moved to Qatari banks in 2023"
    assert got[83] == "Share of Iranians who distrust Washington"


def test_a_number_word_opening_a_table_cell_or_a_bullet_is_a_count_but_not_inside_a_name():
    text = ("| June 2019 | Two tankers are attacked in the Gulf of Oman. | wire reports |\n"
            "- Five Americans fly home. The Group of Seven met in Biarritz.\n")
    assert [(f.value, f.unit) for f in figures(text)] == [(2, "tanker"), (5, "american")]


@pytest.mark.parametrize("text,span,value,unit", [
    # South Asian scales and the rupee sign or abbreviation
    ("The ministry has earmarked ₹450 crore for the rail link to Zahedan.", "₹450 crore", 4.5e9, "inr"),
    ("Refiners bought about 3.2 lakh barrels per day in March.", "about 3.2 lakh barrels per day", 3.2e5,
     "barrel per day"),
    ("The state refiner paid Rs 75 more per barrel than a year ago.", "Rs 75", 75, "inr"),
    # Gulf currencies written before the amount, glued or spaced
    ("A gram of saffron fetched Dh42 in Deira on Sunday.", "Dh42", 42, "aed"),
    ("Fuel in Muscat rose to RO 0.24 a litre.", "RO 0.24", 0.24, "omr"),
    # a trade abbreviation that carries its scale
    ("The berth will handle 6.4 mtpa once dredging ends.", "6.4 mtpa", 6.4e6, "tonne per year"),
    # other dollars, and the shekel
    ("Brent rose to $US75 a barrel in Sydney trading.", "$US75", 75, "usd"),
    ("Canberra pledged A$10m in humanitarian aid.", "A$10m", 10_000_000, "aud"),
    ("Ottawa added C$5 million for evacuations.", "C$5 million", 5_000_000, "cad"),
    ("Canberra pledged 10 million Australian dollars in aid.", "10 million Australian dollars", 10_000_000, "aud"),
    ("The treasury put the war's cost at NIS 20 billion.", "NIS 20 billion", 20_000_000_000, "ils"),
])
def test_currencies_written_before_the_amount_and_their_scales(text, span, value, unit):
    (f,) = figures(text)
    assert (f.text, f.value, f.unit) == (span, value, unit)


@pytest.mark.parametrize("text,span,value,unit,subject", [
    # people counted by what befell them, with no noun
    ("Officials in Haifa reported 31 wounded after the barrage.", "31", 31, "person", "wounded"),
    ("The health ministry said at least 9 of the dead were women.", "at least 9", 9, "person", "dead"),
    # the other count of a pair names the noun: "N of the M missiles"
    ("Air defences downed 11 of the 12 drones launched overnight.", "11", 11, "drone", None),
    # a verb that puts a count's head at the figure
    ("The agency put the death toll from the quake at 412 on Friday.", "412", 412, "death", "the death toll"),
    ("The ministry has put the death toll in the province at more than 90.", "more than 90", 90, "death",
     "the death toll"),
    # the counted noun after a determiner and the whole's number: "four of its 15 members"
    ("The draft failed, with only four of its 15 members in favour.", "four", 4, "member", None),
    # "one" after "exactly", "just", "only" is a count, not a determiner
    ("The barter channel handled exactly one transaction before it closed.", "one transaction", 1, "transaction",
     None),
])
def test_counts_whose_noun_is_a_casualty_word_another_count_or_the_toll(text, span, value, unit, subject):
    f = figures(text)[0]
    assert (f.text, f.value, f.unit) == (span, value, unit)
    assert subject is None or f.subject == subject


def test_the_numbers_of_an_endnote_list_are_no_counts():
    text = ("Notes\n1 Foreign ministry statement, 12 May 2025.\n2 Interviews in Muscat, April 2025.\n"
            "3 Harbour Papers, box 4.\n\n52 Americans were held for 444 days.")
    assert [(f.text, f.unit) for f in figures(text)] == [("52 Americans", "american"), ("444 days", "day")]


@pytest.mark.parametrize("text", ["The bill passed the Chamber 87 to 12 on 4 March 2019.",
                                  "It was adopted in 2019 by a Senate vote of 87 to 12.",
                                  "The upper house voted 87-12 on Tuesday to block the sale."])
def test_a_tally_after_a_vote_word_is_two_counts_of_votes(text):
    assert [(f.value, f.unit) for f in figures(text)] == [(87, "vote"), (12, "vote")]


def test_a_hyphened_score_without_a_vote_word_is_no_figure():
    assert figures("Iran beat the Americans 2-1 in Lyon, a 2-1 game fans still replay.") == []


@pytest.mark.parametrize("text,span,value,unit,qualifier,subject", [
    # occasions counted by an adverb: what was done so many times
    ("Obama wrote to Khamenei at least twice during his first year.", "at least twice", 2, "time", "at_least",
     "wrote to Khamenei"),
    ("The envoy served twice in Tehran before the revolution.", "twice", 2, "time", "exact", "served"),
    # a fraction before a possessive or an article is a share
    ("The rial has lost more than half its value since January.", "more than half", 50, "percent", "more_than",
     "its value"),
    ("Half the members of parliament signed the letter.", "Half", 50, "percent", "exact", "the members"),
])
def test_twice_and_half_before_a_possessive_are_figures(text, span, value, unit, qualifier, subject):
    (f,) = figures(text)
    assert (f.text, f.value, f.unit, f.qualifier) == (span, value, unit, qualifier)
    assert f.subject.startswith(subject)


@pytest.mark.parametrize("text,span,value,unit", [
    # the other end of a comparison after a comma takes the first figure's unit
    ("The rial weakened to about 850,000 per dollar on Tuesday, traders said, from about 815,000 on Monday.",
     "about 815,000", 815000, "irr"),
    ("The rial traded at 840,000 to the dollar on Sunday in Tehran's open market, compared with more than "
     "1,040,000 a week earlier.", "more than 1,040,000", 1040000, "irr"),
    # a rate against the dollar prices the currency its line named, sentences before
    ("Iran's rial weakened sharply on Tuesday as traders weighed the talks and the threat of new sanctions. The "
     "currency traded above 1,040,000 per dollar as recently as April 6.", "above 1,040,000", 1040000, "irr"),
])
def test_a_comparison_after_a_comma_and_a_rate_sentences_after_its_currency(text, span, value, unit):
    f = next(f for f in figures(text) if f.text == span)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("text,rows", [
    # a change from one level to another: two figures, the unit written once after the second
    ("Exports rose from 300,000 to 1 million barrels a day.", [(300000, "barrel per day"), (1e6, "barrel per day")]),
    ("The rate rose from 5 to 7 percent.", [(5, "percent"), (7, "percent")]),
    # the noun of both named before "from"
    ("Iran cut its installed centrifuges from about 19,000 to 6,104.", [(19000, "centrifuge"), (6104, "centrifuge")]),
    ("The accord cut Iran's centrifuges from 19,000 to 5,060.", [(19000, "centrifuge"), (5060, "centrifuge")]),
    # "ranging from … to" is one range
    ("Sentences range from 5 to 10 years.", [(5, "year")]),
])
def test_a_change_from_one_level_to_another_is_two_figures(text, rows):
    assert [(f.value, f.unit) for f in figures(text)] == rows


@pytest.mark.parametrize("text,value,unit", [
    # a spelled number opening a quotation, a label's words or a dash's clause counts
    ('"Twelve days in June showed how fast a premium appears," the analyst said.', 12, "day"),
    ('Headline: "Nine red lines for the talks"', 9, "line"),
    ("March 9, 2015 — Forty-seven Republican senators send an open letter to Tehran.", 47, "senator"),
    ("ANALYST: Sixty percent is most of the way to weapons grade.", 60, "percent"),
])
def test_a_spelled_number_opening_a_clause_is_a_figure(text, value, unit):
    assert [(f.value, f.unit) for f in figures(text)] == [(value, unit)]


def test_a_capitalised_number_inside_a_name_stays_no_figure():
    assert figures('The leaders of the "Group of Seven" and the Big Three met in Biarritz.') == []


@pytest.mark.parametrize("text,value,unit,subject", [
    # a count hyphened to its noun describes the noun after it
    ("Oman delivered a two-page proposal to the delegations.", 2, "page", "proposal"),
    ("The agency's 35-nation Board of Governors met in Vienna.", 35, "nation", "Board"),
    ("Investigators released a 64-page report on the prisons.", 64, "page", "report"),
])
def test_a_count_hyphened_to_its_noun_is_a_figure_of_the_noun_after(text, value, unit, subject):
    (f,) = figures(text)
    assert (f.value, f.unit, f.kind, f.subject) == (value, unit, "count", subject)


@pytest.mark.parametrize("text", [
    "Both sides still speak of a two-state solution.",
    "It marked the forty-fifth anniversary of the seizure.",
    "The 20-year-old tanker sank off Fujairah.",
])
def test_a_hyphened_word_that_counts_nothing_is_no_figure(text):
    assert [f for f in figures(text) if f.kind == "count"] == []


@pytest.mark.parametrize("text,value,unit", [
    # a level "it" restates is the quantity of the figure before it
    ("The rial had been about 42,000 to the dollar in January; by September it was near 190,000.", 190000, "irr"),
    ("Exports were 1.5 million barrels a day in March; in April it was about 1.1 million.", 1100000, "barrel per day"),
    # the level the same sentence's quantity moved to
    ("The rial, which sank to 1.05 million to the dollar in March, has recovered to about 870,000.", 870000, "irr"),
])
def test_a_bare_level_after_it_was_takes_the_unit_of_the_figure_before(text, value, unit):
    f = figures(text)[-1]
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("text,qualifiers", [
    # a verb bounding a quantity from above: at most; a level kept or a noun "limits": as written
    ("The accord caps enrichment at 3.67% and the stockpile at 300 kilograms.", ["at_most", "at_most"]),
    ("It limited the stockpile of enriched uranium to 202.8 kilograms.", ["at_most"]),
    ("Iran agreed to keep enrichment at 3.67 percent.", ["exact"]),
    ("It breached the deal's limits in 2019 and started enriching to 60 percent.", ["exact"]),
])
def test_a_capped_quantity_is_at_most(text, qualifiers):
    assert [f.qualifier for f in figures(text)] == qualifiers


def test_a_bare_number_after_it_was_with_no_quantity_before_is_no_figure():
    assert figures("The vote was close. In the end it was 52.") == []


def test_a_factbox_line_opening_on_a_number_and_a_colon_counts_what_the_label_says():
    text = ("BY THE NUMBERS\n- 5,200: American troops in Iraq, by the Pentagon's count.\n"
            "- 300: kilograms of low-enriched uranium the deal allowed.\n"
            "925,000: rials to the dollar on the open market on Wednesday.\n")
    assert [(f.text, f.value, f.unit, f.subject) for f in figures(text)] == [
        ("5,200", 5200, "troop", "American troops in Iraq"),
        ("300", 300, "kilogram", "kilograms of low-enriched uranium the deal allowed"),
        ("925,000", 925000, "irr", "rials to the dollar on the open market on Wednesday")]


def test_a_clock_time_or_a_number_inside_a_line_is_no_factbox_label():
    assert figures("The meeting began at 2:15 p.m. and lasted until 3: it ended early.") == []


@pytest.mark.parametrize("text,value,unit", [
    # a hyphened plural counts its last part's noun; a demonym in -ese is a plural of people
    ("Two co-defendants, a Malaysian national and a Singaporean, remain at large.", 2, "co-defendant"),
    ("About 200 Japanese are believed to remain in Iran.", 200, "japanese"),
])
def test_hyphened_plurals_and_demonyms_in_ese_are_counted(text, value, unit):
    (f,) = figures(text)
    assert (f.value, f.unit, f.kind) == (value, unit, "count")


@pytest.mark.parametrize("text,value,unit", [
    ("The president asked his generals how many soldiers would be needed and was told about 3,000.", 3000, "soldier"),
    ("A Senate vote in September 2015 to block the agreement failed 58-42.", 58, "vote"),
])
def test_a_count_answering_how_many_or_a_failed_tally(text, value, unit):
    f = figures(text)[0]
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("text,span,value,unit", [
    ("Treasury listed five firms and nine tankers, three of which fly the flag of Panama.", "three", 3, "tanker"),
    ("Twelve of the 2,000-pound bombs hit the site.", "Twelve", 12, "bomb"),
])
def test_a_partitive_counts_its_antecedent_or_its_hyphened_noun(text, span, value, unit):
    f = next(f for f in figures(text) if f.text.startswith(span))
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit", [
    ("Tehran says 224 people were killed, while Israeli authorities report 24 dead.", 24, "person"),
    ("The airliner was shot down over the Gulf, killing all 290 aboard.", 290, "person"),
    ("Health Ministry puts death toll from strikes at 610", 610, "death"),  # a headline: no article
])
def test_counts_of_the_dead_and_aboard(text, value, unit):
    f = figures(text)[-1]
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit", [
    ("Half a million people fled the capital.", 500_000, "person"),
    ("About half a billion dollars was lost.", 500_000_000, "usd"),
])
def test_half_a_scale_word_is_one_number(text, value, unit):
    (f,) = figures(text)
    assert (f.value, f.unit) == (value, unit)


def test_a_fold_is_a_multiple():
    (f,) = figures("The price of insulin rose tenfold after the sanctions returned.")
    assert (f.text, f.value, f.unit, f.subject) == ("tenfold", 10, "time", "The price of insulin")


@pytest.mark.parametrize("text,span,value,unit,qualifier", [
    ("The quarrel has outlived its 40-plus years of headlines.", "40-plus years", 40, "year", "more_than"),
    ("Some 20,000-plus troops are based in the Gulf.", "Some 20,000-plus troops", 20_000, "troop", "about"),
])
def test_a_plus_after_a_number_is_more_than_it(text, span, value, unit, qualifier):
    (f,) = figures(text)
    assert (f.text, f.value, f.unit, f.qualifier) == (span, value, unit, qualifier)
