"""One-off: write articles/NN_slug.txt and .json from the CSV cells as read (doubled quotes kept here, undoubled on write)."""
import json, re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART = []

ART.append(("01_us_biden_projected_president_elect", "https://en.wikinews.org//wiki/Joe_Biden_projected_US_president-elect", "2020-11-07", "Joe Biden projected US president-elect", """Today, former Vice President of the United States Joe Biden was projected by multiple media outlets to have surpassed 270 electoral college delegate total and therefore become the 46th President of the United States elect.


His running mate, Kamala Harris, would become the first female and first African- and Asian-American vice president.  


At around 11:25am US east coast time (1625 UTC), the Associated Press (AP) called the election for Biden, as did NBC News, when Biden was declared to have won Pennsylvania's 20 electoral college votes. Later in the day, the AP and NBC News also called Nevada for Biden, giving him an additional six electoral college votes, for a total by NBC's reckoning of 279 electoral votes to President Donald Trump's 214, or 290 electoral votes by AP's reckoning.


Biden said in a statement, ""I am honored and humbled by the trust the American people have placed in me and in Vice President-elect Harris"". He added, ""With the campaign over, it's time to put the anger and the harsh rhetoric behind us and come together as a nation. It's time for America to unite. And to heal [...] We are the United States of America. And there's nothing we can't do, if we do it together.""


President Trump has yet to concede, saying earlier in the morning before the call for Biden, ""I WON THIS ELECTION, BY A LOT!"" on Twitter. Following the announcement of Biden's win, Trump issued a statement at his golf club outside Washington, D.C. saying, ""The simple fact is this election is far from over. Joe Biden has not been certified as the winner of any states, let alone any of the highly contested states headed for mandatory recounts, or states where our campaign has valid and legitimate legal challenges that could determine the ultimate victor"". The lack of a concession from Trump has no legal standing. 


"""))

ART.append(("02_turkey_aegean_earthquake", "https://en.wikinews.org//wiki/Turkish_government_stops_search_of_survivors_of_Aegean_Sea_earthquake_off_Izmir", "2020-11-07", "Turkish government stops search of survivors of Aegean Sea earthquake off Izmir", """On Wednesday, the Tuskish government declared they were officially ending the search of survivors of the earthquake in the Aegean Sea.  Reports said at least 116 people died due to this earthquake, while the number of casualties rose to at least 1,035 in Turkey and about 19 in Greece. 


On the Greek island of Samos, two people died when a wall collapsed.  The disaster caused buildings on Samos and in the west coast city of Izmir, Turkey, to collapse or be severely damaged. The earthquake also caused a ""mini tsunami"" to flood some streets of Samos and Izmir.


The earthquake occurred on Friday with its epicentre in the Aegean Sea near Samos.  Turkey's Disaster and Emergency Management Presidency reported the magnitude of the earthquake was 6.6 and, as of Wednesday, 1885 aftershocks had occurred since the earthquake.  The US Geological Survey reported it was of 7.0 magnitude.


Local officials said on Saturday, about 20 buildings collapsed.  Early reports suggested police and people used simple tools such as chainsaws to rescue people who were trapped.


Turkey and Greece had earlier had poor relations over disputed resources in the Mediterranean, but the leaders of the two countries spoke by telephone on Friday night, and publicly expressed their willingness to help each other.


"""))

ART.append(("03_us_washington_protest_violence", "https://en.wikinews.org//wiki/Violence_breaks_out_in_Washington,_DC_at_pro-Trump_protest", "2020-11-17", "Violence breaks out in Washington, DC at pro-Trump protest", """Violence broke out on Saturday when several thousand people rallied at Freedom Plaza in the US capital city of Washington, DC in support of US President Donald Trump to protest the results of the 2020 US Presidential Election, where former US Vice-President Joe Biden has been projected to have defeated the incumbent in both the popular vote and the electoral college.  The demonstrations were initially peaceful, but clashes with counter-protesters broke out by the evening hours.


Video captured two factions pushing, punching, and throwing projectiles. A report alleged fireworks and flash bangs were used.    


As a result of Saturday's unrest, according to a report citing the mayor's office, twenty people were arrested, and two police officers were injured.  President Trump lashed out at the capital city's Democratic mayor Muriel Bowser on Twitter, accusing her of ""not doing her job"". The president has blamed Democratic leadership for violence and unrest in various US cities throughout 2020.


The president has not yet conceded the election, and has claimed widespread voter fraud with mail-in ballots, and made various legal challenges. State and federal election officials have stated there is currently no evidence to support the President's claims of widespread voter fraud.


"""))

ART.append(("04_us_gsa_transition", "https://en.wikinews.org//wiki/US_federal_agency_announces_plans_to_begin_presidential_transition_process_following_Trump_election_loss", "2020-11-26", "US federal agency announces plans to begin presidential transition process following Trump election loss", """On Monday, United States General Services Administration administrator Emily W. Murphy sent a letter to President-elect Joe Biden and his team, giving them permission to access what she described as post-election resources for a presidential transition process following the 2020 US Presidential Election on November 3, which multiple national news outlets have projected former US Vice President Joe Biden won against incumbent US President Donald Trump.


Murphy claimed she made this decision without influence from the White House, insisting she was ""never directly or indirectly pressured by any Executive Branch official"". However, she claimed she and her family had received violent threats due to her involvement in the process of allowing the incoming president elect access to federal documents. 


President Trump, who appointed Murphy to her position himself in 2017, responded to her letter on Twitter, calling for the beginning of a presidential transition process ""in the best interests of the country"". The president's response is a drastic departure in tone from his previous rhetoric and demeanor regarding the issue, in which he asserted he had won the election despite several key swing states certifying their results in favor of Biden. 


The president did not concede or admit defeat in the election in his statement, however, and vowed to keep fighting ""the good fight"" with court cases challenging the election results in swing states. 


To date, the president's claims of widespread voter fraud have not gained any momentum in the courts. Two days prior to Michigan's final certification of its election results, a federal judge dismissed a Trump lawsuit attempting to prevent the state of Pennsylvania from certifying their results.


Trump and his legal team have come under scrutiny from both sides of the aisle in response to their claims of election fraud. Biden and others in the Democratic Party warned the delayed transition process could potentially be a threat to national security, in withholding resources from Biden and his team. Senate minority leader Chuck Schumer commented the president's tweets Monday are likely as near as the US public will ever have to an official concession from the president. 


Other Republicans have broken with Trump and have urged him to move forward with the presidential transition, such as former New Jersey governor Chris Christie, who denounced the Trump legal team's claims as a ""national embarrassment"". Additionally, businessman and Trump loyalist Stephen Schwarzman said the president should accept the election outcome and ""move on"". Over 100 Republican national security experts signed an open letter urging Republican officials to push the president to concede the election.


Traditionally, the General Services Administration has acted once the national media has called the presidential race for a candidate. Joe Biden is projected to win the electoral college and was also victorious in the popular vote, winning by over six million votes. He was projected on November 7 to have won, and would be sworn into office on January 20. 


"""))

ART.append(("05_us_stop_the_steal_rally", "https://en.wikinews.org//wiki/Conservative_groups_hold_rally_in_Washington_D.C._claiming_U.S._elections_were_stolen_from_President_Trump", "2020-12-15", "Conservative groups hold rally in Washington D.C. claiming U.S. elections were stolen from President Trump", """Several conservative groups claiming the 2020 U.S. presidential election was stolen from incumbent President Donald Trump gathered on Saturday in the U.S. capital, Washington D.C., for a rally organized by Women for America First.  Reportedly several thousand supporters turned out, with Trump flags and hats, in D.C. to protest, some in front of the Supreme Court of the United States, which rejected, the day before the rally, a lawsuit filed by Texas which tried to overturn the results in Georgia, Michigan, Pennsylvania, and Wisconsin.


Trump tweeted he wasn't aware of the event but would go to see it anyway: ""Wow!  Thousands of people forming in Washington (D.C.) for Stop the Steal.  Didn't know about this, but I'll be seeing them! #MAGA""  MAGA stands for Make America Great Again — a slogan commonly used by Trump and his supporters.


Trump flew above the rally on his Marine One helicopter on his way to West Point, New York, with supporters cheering below. Former Trump adviser and retired general Michael Flynn was on stage while Trump flew over.  This was the first time Flynn made a public speech since he was pardoned by Trump.  He said ""That's pretty cool.  Imagine just being able to jump in a helicopter and just go for a joy ride around Washington"".  Another former Trump adviser, Sebastian Gorka, also spoke in the rally and encouraged supporters to remain hopeful after the recent court decision.


The rallies happened two days before the formal vote of the Electoral College to choose the president-elect.  Trump and his supporters claimed Joe Biden only won the elections due to voter fraud and sought to overturn the results.  Organizers of the rally said they were fighting corruption and dishonesty.  Flynn said there was a lack of transparency in the elections and urged the crowd to consider what the counters are hiding from them and why don't they let them look at the signatures and at the machines.


A couple from Florida, Richard and Lisa Parry, made a 14-hour drive to D.C. for the rally.  Lisa Parry, a retired nurse, said, ""I went to bed at 1 o'clock and Trump was ahead.  There's no way[...] I don't believe it, it's fake.""


"""))

ART.append(("06_slovakia_matovic_covid", "https://en.wikinews.org//wiki/Prime_Minister_of_Slovakia_Igor_Matovi%C4%8D_tests_positive_for_COVID-19", "2020-12-21", "Prime Minister of Slovakia Igor Matovič tests positive for COVID-19", """Prime Minister Igor Matovič of the Slovak Republic posted a message on Facebook on Friday announcing he had tested positive for COVID-19, and intended to isolate for ten days.  This comes a week after he attended a summit with President of France Emmanuel Macron, who was later diagnosed with the disease and which led to contact tracing across Europe and multiple leaders voluntarily self-isolating. 


European leaders self-isolating from the incident included the Prime Ministers of Belgium, Luxembourg, Spain, Portugal, and France itself, and European Council chief Charles Michel.


Without mentioning any symptoms, 47-year-old Matovič's government office has said he has cancelled all near upcoming events, and self-quarantine announcements quickly followed by government ministers who attended an official meeting with the Prime Minister two days earlier. During that meeting, it was agreed a partial lockdown would be instated on Saturday in response to increasing number of infections amongst the nation's 5.5 million people.


Council spokesperson Barend Leyts, when asked whether an investigation was conducted to see who else at the summit may have caught COVID-19, told Brussels-based media network EURACTIV safety procedure had been followed and only Macron and Matovič were known to have tested positive.


After Deputy Prime Minister for Finance and Minister of Economy Richard Sulík failed to procure sufficient numbers of rapid testing kits, the Prime Minister apologised to the people of his country for ""having an idiot as economy minister."" 


"""))

ART.append(("07_us_jon_huber_dies", "https://en.wikinews.org//wiki/US_professional_wrestler_Jon_Huber_dies_aged_41", "2020-12-28", "US professional wrestler Jon Huber dies aged 41", """US professional wrestler Jon Huber, who performed for WWE (World Wrestling Entertainment) under the ring name Luke Harper and for AEW (All Elite Wrestling) under the ring name Brodie Lee, died on Saturday aged 41.


According to his wife, Amanda, Huber succumbed to an unspecified lung disorder, unrelated to COVID-19, for which he received treatment at the Mayo Clinic. At the time of his death, Huber was signed to AEW but had been absent from television tapings since October for reasons not publicized.  The professional wrestling community reacted to the news with grief and shock.


""Heartbroken and numb,"" writes Huber's longtime tag team partner Erick Rowan  on Instagram. ""I have lost not only a friend but a brother!""


In his WWE run from 2012 to 2019, as Luke Harper, Huber, an imposing figure standing six feet five inches tall, aligned with Rowan  as part of The Wyatt Family faction.  He won the promotion's Intercontinental Championship once and the Smackdown Tag Team Championship.  After asking for his release from WWE, Huber signed with AEW around the beginning of this year. In March, he debuted as the heel Brodie Lee, leader of the villainous faction The Dark Order. This past August, he won the promotion's TNT Championship.


""Huber was exceptionally respected and loved in every way"", reads an AEW press release, ""a fierce and captivating talent, a thoughtful mentor and simply a very kind soul that starkly contradicted his persona as Mr. Brodie Lee.  Jon's love for his wife Amanda, and children Brodie and Nolan, was evident to all of us who were fortunate enough to spend time with him"". 


"""))


def clean(cell: str) -> list[str]:
    cell = cell.replace('""', '"')
    paras = [re.sub(r" {2,}", " ", p.replace("\n", " ")).strip() for p in cell.split("\n\n\n")]
    return [p for p in paras if p]


for name, url, date, title, cell in ART:
    paras = clean(cell)
    text = title + "\n\n" + "\n\n".join(paras) + "\n"
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    meta = {"title": title, "outlet": "Wikinews", "published": date, "url": url.replace("//wiki/", "/wiki/"),
            "licence": "CC BY 2.5", "source_repo": "vanatteveldt/wikinews wikinews_2020.csv", "language": "en"}
    (HERE / "articles" / f"{name}.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(name, len(text.split()), "words")
