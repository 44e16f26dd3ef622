"""Write the sixteen article texts of held-out set 6 to ``articles/NN_name.txt`` and their sidecars ``.json``.

The bodies below are the English Wikinews texts (CC BY 2.5) as they appear in the scrape in the public GitHub
repository ``vanatteveldt/wikinews`` (``data/wikinews_2019.csv``; ``wikinews_2020.csv`` for 09 and 14),
transcribed with these changes only (as heldout5): the headline is put on the first line, then a blank line;
the Wikinews date line at the top of the 2019 bodies ("Saturday, January 12, 2019") is removed (the date is in
the sidecar); the CSV's doubled quote marks are undoubled; runs of spaces are collapsed to one and spaces at
the ends of lines dropped; paragraphs are separated by exactly one blank line. Wording, spelling, typos, the
scrape's inline language notes ("((hu))Hungarian language: ...") and the attribution lines of pull quotes whose
quote the scrape lost ("—One of the victim's lawyers") are kept as they are.

Run: ``python3 make_articles.py`` (writes into ``articles/`` next to this file).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
WN = "https://en.wikinews.org/wiki/"
CSV19 = "vanatteveldt/wikinews data/wikinews_2019.csv"
CSV20 = "vanatteveldt/wikinews wikinews_2020.csv"

ARTICLES: list[tuple[str, str, str, str, str, str]] = []  # (name, title, published, url path, source, body)


def _add(name: str, title: str, published: str, path: str, source: str, body: str) -> None:
    ARTICLES.append((name, title, published, WN + path, source, body))


_add("01_uk_blenheim_gold_toilet", "Arrests made in theft of gold toilet in England", "2019-09-18",
     "Arrests_made_in_theft_of_gold_toilet_in_England", CSV19, """
Yesterday, Thames Valley Police said they had arrested a second man in connection with the theft of a gold toilet. The toilet, an artwork, was stolen on Saturday from Blenheim Palace in Oxfordshire, England. Another man, who was was arrested on the day of the theft, was released on bail. The toilet has not been recovered.

Police arrested a 36-year-old Cheltenham man on suspicion of conspiracy to burgle. They subsequently released him pending investigation. On Saturday they arrested a 66-year-old man on suspicion of burglary, and released him on bail till October. "We are continuing to investigate this incident and have made a second arrest in connection with it. Our priority is to locate the stolen item, and I would urge anyone with any information to contact police by calling 101", said Detective Inspector Steven Jones.

The toilet is an artwork entitled America made by Italian artist Maurizio Cattelan. It is a fully functioning toilet made from 18-karat gold. Dominic Hare, chief executive of the palace, placed the value of the artwork in the range of five to six million US dollars. It had been fully plumbed and installed for visitors to use at Blenheim. When it was removed by the burglars it caused flooding and water damage to the building. Police said on Monday they believe the theft involved a group of thieves and multiple vehicles.

"At first, when they woke me up this morning with the news, I thought it was a prank: Who's so stupid to steal a toilet?" wrote Cattelan, the artist, in an e-mail to The New York Times. "I had forgotten for a second that it was made out of gold."

Back in 2017, the artwork was offered to Donald Trump, the president of the United States. Dominic Hare said the toilet represented a "comment on the American dream".
""")

_add("02_us_arapaho_buffalo", "Northern Arapaho Tribe welcomes buffalo herd in Wyoming, United States", "2019-10-19",
     "Northern_Arapaho_Tribe_welcomes_buffalo_herd_in_Wyoming,_United_States", CSV19, """
On Wednesday, more than 100 members, reportedly, of the Northern Arapaho Tribe turned out to watch the release of ten buffalo for the Wind River Reservation in Wyoming in the western United States.

Elementary school students sang, Elder Nelson White provided a prayer, and the buffalo were released from a livestock trailer into a into a 48-acre space set aside for them in Kinnear. These American bison, commonly called buffalo, came from the National Bison Range in western Montana run by the U.S. federal government. The animals were transported more than 500 miles (800 km).

"With everything that's happened to our people, our language, our culture, we feel that bringing the buffalo back here is going to heal us[,]" Crystal C'Bearing of the Northern Arapaho tribal historic preservation office told those gathered to watch the release.

The Arapaho have plans to widen the buffalo's range to 600 acres and report they are considering eventually pooling resources with the nearby Eastern Shoshone Tribe, who currently have a herd of 33 buffalo.

"I think [working with the Eastern Shoshone]'s definitely a possibility. There's no sense in having two private herds[,]" said Devin Oldman, who helped manage the delivery of the buffalo. "I would think that we would try to get our numbers up to one or two hundred before we do that so we have a nice strong herd."

In the 1800s, the buffalo were hunted nearly to extinction not only for their valuable hides but also because many U.S. generals, including President Ulysses S. Grant, believed that removing the buffalo would undermine the economies of many of the Native American tribes that depended on them for food and goods and make it easier to push them onto reservations.
""")

_add("03_cuba_viazul_bus_crash", "State-run bus crashes in Cuba en route to Havana, killing seven", "2019-01-12",
     "State-run_bus_crashes_in_Cuba_en_route_to_Havana,_killing_seven", CSV19, """
A bus operated by Viazul, which is run by the Cuban military's tourist section, crashed on Thursday between Baracoa and Guantanamo. It was carrying a mix of locals and foreigners from Baracoa to Havana. The crash reportedly killed seven.

The bus overturned in wet conditions; the bus driver told reporters he lost control, with some local press claiming he was attempting to pass another vehicle. The front-left section of the vehicle was heavily damaged in the rollover. At least one seat was pictured lying beside the wreck. According to reports, of the 40 passengers, 22 were Cuban.

Foreign nationals were from France, Mexico, the Netherlands, Canada, and the United Kingdom. Four of the deceased were from overseas; they were two Argentinians, one from France, and a fourth from Germany.

The crash took place on a bendy road at around 15:00 local time. Cuban roads suffer a large number of accidents; 2018 saw 11,187 recorded accidents leading to 750 deaths and 7,999 injuries. Sky News said Thursday's accident was the fourth major bus crash in a month. In addition to the deaths, 33 were reported hopitalised with five seriously injured.
""")

_add("04_taiwan_same_sex_marriage", "Taiwan's legislature first in Asia to legalize same-sex marriage", "2019-05-19",
     "Taiwan%27s_legislature_first_in_Asia_to_legalize_same-sex_marriage", CSV19, """
On Friday the legislature of Taiwan, the Legislative Yuan, voted 66 to 27 to legalize same-sex marriage, seven days ahead of the two-year deadline issued by the country's Constitutional Court in 2017. This would make Taiwan the first country in Asia to legally recognize unions between same-sex couples. The law is to take effect late this week.

The Legislative Yuan debated three competing bills, and selected the one posed by the country's cabinet, which used the word "marriage," over the two posed by conservatives, which used the terms "same-sex family relationship" and "same-sex union." The selected bill does not offer same-sex couples all the same rights as their heterosexual counterparts; there are limits on adoption rights and marriage with foreigners.

Jennifer Lu of Marriage Equality Coalition Taiwan said, "[I]t's still not full marriage rights; we still need to fight for co-adoption rights, and we are not sure about foreigner and Taiwanese marriage, and also gender equality education."

The Taiwanese government held a referendum in November 2018, allowing the population to vote on same-sex marriage, and 67% came out against.

Xiaogang Wei of the Beijing Gender Health Education Institute commented on the Legislative Yuan's decision: "The Chinese government has pointed to cultural tradition as a reason for same-sex marriage being unsuitable in China. But the decision in Taiwan, which shares a cultural tradition with us, proves that Chinese culture can be open, diverse and progressive."

In mainland China, which claims sovereignty over Taiwan, homosexuality is technically not illegal, but late last year a same-sex erotica author was sentenced to ten years in prison, and same-sex marriage is not recognized.

In 2017, Taiwan's Constitutional Court, which rules on constitutional matters, said not allowing gay citizens to marry constituted "different treatment" incompatible with the constitution. The decision prompted objections from conservatives opposing recognition of gay marriage.
""")

_add("05_thailand_princess_nomination", "Thai political party withdraws nomination of princess for prime minister", "2019-02-11",
     "Thai_political_party_withdraws_nomination_of_princess_for_prime_minister", CSV19, """
On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as their candidate for prime minister in response to a statement from her younger brother, King Maha Vajiralongkorn. Shortly after she formally filed for candidacy, the palace issued a statement to the effect the king considered it inappropriate for Thai royals to run for elected office. The constitutionality of the Princess's candidacy had also been challenged by the opposing military political party.

The palace issued the following statement from the king: "Even though she relinquished her title according to royal laws [...] she still retains her status and position as a member of the Chakri dynasty [...] Involvement of a high-ranking member of the royal family in politics, in whatever way, is an act that conflicts with the country's traditions, customs, and culture, and therefore is considered extremely inappropriate."

"Thai Raksa Chart party complies with the royal command," the party informed the press. The election is scheduled for March 24.

This past Friday, the princess, 67, announced her candidacy for the prime ministry under the Thai Raksa Chart Party, making her the first Thai royal to seek elected office.

The Thai Raksa Chart party was founded by supporters of the Shinawatra family. A military coup removed then-prime-minister Thaksin Shinawatra in 2006, and another his sister Yingluck Shinawatra in 2014, which placed incumbent Prayuth Chan-o-cha in office. The Thai Raksa Chart Party did not immediately announce whom they would support to run against Chan-o-cha.

Thai law forbids both speaking ill of the royal family and using the monarchy for a political campaign. Officially, Princess Ubolratana no longer holds a royal title, having lost it in 1972 upon her marriage to a U.S. national whom she met while studying at the Massachusetts Institute of Technology. Although she has since divorced and returned to Thailand, her title was not restored.

In support of her candidacy, Princess Ubolratana pointed out she had "relinquished my royal titles and lived as a commoner[.]" Sources report she is generally treated as royalty by the Thai populace. Following the party's announcement, she used Instagram to thank supporters.

The country's election commission is scheduled to discuss the events of this past weekend on Monday. They are required to rule by this coming Friday on the acceptability of all candidates.

The Thai monarchy was limited by a constitution in 1932.
""")

_add("06_france_paris_police_verdict", "Paris court jails two police in high-profile rape case", "2019-02-02",
     "Paris_court_jails_two_police_in_high-profile_rape_case", CSV19, """
After a jury trial in Paris, two French police officers were found guilty on Thursday of raping a Canadian tourist in 2014. Both on Thursday received seven-year prison terms. The case has attracted widespread attention.

—Testimony from the chief internal police investigator

Emily Spanton, 39, who has waived her right to anonymity, met officers Antoine Quirin and Nicolas Redouane, 40 and 49, at an Irish pub. They worked for the Brigade de Recherche et d’Intervention, an elite anti-gang unit tasked with investigating serious offending, and offered Spanton a late night tour of the famed police headquarters at 36 Quai des Orfèvres.

CCTV captured their arrival at the building, entering at 0:40 after Spanton smoked a cigarette; she departed in tears, without her tights, and carrying her shoes at 2:00. In between, she testified, she was gang raped by Quirin, Redouane, and an unidentified third officer. She told the court she was forced to drink whiskey and perform oral sex on the men before being raped.

She told a guard at the door, in French and English, "they raped me". The defendants claimed Spanton first complained of theft (vol), not rape (viol). Quirin denied any sexual activity, but upon learning his DNA was on Spanton's underwear he claimed sex had been consensual; Redouane consistently claimed sex was consensual. Photographs, videos, and text messages from the night were deleted by the two officers, who were allowed to go home within hours of the allegation.

Spanton had her home and computer searched; officers traveled to Canada and interviewed her friends and family. An initial attempt to prosecute Quirin and Redouane failed; the case was thrown out of court due to insufficient evidence, but an appeal by Spanton and prosecutors secured the opportunity to present the evidence to a jury. At trial, she was questioned on her clothing, and her drinking and sexual habits. Unlike the accused, Spanton was tested for alcohol. She was also drug tested and questioned for hours.

Howard Rubel, a Toronto lawyer representing Spanton, told the BBC after the verdict "My client is of course very relieved with the verdict and is glad that she withstood the very arduous process that led to today. She is glad that she did her part in allowing justice to unfold." Sophie Obadia, another lawyer for the victim, told reporters "Women in France who have been raped don't have to justify their private life. The court has found that Mme Spanton did not lie, she is not a liar. She was portrayed as a liar, she did not lie."

—One of the victim's lawyers

Both officers indicated they would appeal; Quirin wept in his lawyer's arms when convicted. In addition to prison, the men's identities, protected during the three-week trial owing to their police jobs, are now public and they are to pay €20,000 (£17,500; US$22,900) in compensation.

The head of the police's internal investigators told the court "Basic investigations weren't done." She also said "I regret we weren’t called immediately. If we had been, I could have made efforts to secure the scene. We could also have heard the officers more rapidly." In the event, the scene was not secured. The officers, although initially suspended from duty, are back to work. They indicated they would seek suspension of their imprisonment pending their appeals.
""")

_add("07_us_opioid_doctor_sentence", "United States doctor sentenced to 40 years for opioid prescriptions", "2019-10-04",
     "United_States_doctor_sentenced_to_40_years_for_opioid_prescriptions", CSV19, """
On Wednesday, a United States federal judge sentenced a doctor based in Martinsville, Virginia to prison for 40 years for prescribing opioids illegally, after prescribing over half a million doses. He was given a fine of US$86,000. Three years of supervision after release was also mandated.

Dr. Joel Smithers was found guilty in May on 859 counts of illegally distributing opioids. This included prescriptions for oxycodone and oxymorphone tied to a West Virginia woman's death. Prosecutors said Smithers gave out the prescriptions to patients from five different states, some driving to his office from hundreds of miles away, from 2015 to 2017. United States Attorney Thomas T. Cullen said Smithers "perpetuated, on a massive scale, the vicious cycle of addiction, despair, and destruction."

Judge James Parker Jones, presiding in the United States District Court for the Western District of Virginia in Abingdon, handed down the sentence. Mandatory sentencing called for at least 20 years in prison and up to life in prison. The judge recommended mental health treatments and a prison near his family, according to WSET-TV. Smithers, 36 years old, is married and has five children.

Smithers testified in his own defense, claiming some patients deceived him. He also filed in court his intent to appeal.
""")

_add("08_hungary_hirtenberger_acquisition", "Hungarian state-owned enterprise acquires Hirtenberger Defence Group", "2019-11-07",
     "Hungarian_state-owned_enterprise_acquires_Hirtenberger_Defence_Group", CSV19, """
On Monday, Hungarian daily newspaper Magyar Nemzet revealed a deal whereby, on October 29, Hungarian state-owned enterprise HDT Védelmi Ipari Kft. (HDT Limited) acquired Austrian mortar and shell manufacturer Hirtenberger Defence Group. Hirtenberger Defence Group also acknowledged the deal.

In the deal, Austrian, United Kingdom and New Zealand production sites are to be kept, with market sales expected to cover for the price in the long run. A government-guaranteed loan covered the costs, but the exact figure was kept secret.

The November 4 issue of Magyar Nemzet published an interview with Gáspár Maróth, the Hungarian Government commissioner responsible for defence, defence industries and coordinating defence modernization, in which the deal was announced. On the same day, the Hirtenberger Defence Group issued a corresponding press release.

While not naming any other bidders, Maróth said the Hungarian bid won after lengthy negotiations, out of mulitple competing offers. He said he expects no political turmoil between the neighboring Austria and Hungary over the sale. He also noted the acquisition fits into the Hungarian "outward investment" ((hu))Hungarian language: tőkekihelyezési strategy of Prime Minister Viktor Orbán.

The Austrian partner asked for the price to be kept secret, but the commissioner stated the purchase was financed by a loan, so it is not a burden on the state budget. With government resolution No. 1430/2019, the state issued an indemnity bond to cover for HDT's 38.8 million euro loan, and daily Népszava covered the story with a headline pointing out that amount as the presumed price. The creditor Hungarian Development Bank is state-owned as well. Already-queued orders won't leave idle capacity for some years, Maróth said, and paying back this loan seems realistic; unnamed industry experts called this dubious to Népszava, as the market is saturated and margins are thin, while noting this kind of equipment is needed by the Defence Forces.

The company structure remains unchanged and all sites continue to operate, but Hungarian engineers are to join the research and development team. Maróth pointed out it would have been much more costly and time-consuming to research mortar technology than to acquire it this way. He noted, "the army modernization does not just cover buying 'hardware' but technology transfer as well." ((hu))Hungarian language: a haderő modernizációja a „vas” megvétele mellett a tudástranszferre is kiterjed.

Népszava noted the purchase appeared to circumvent the Ministry of Defence. HDT Limited was registered on August 6, 2019 and is under the aegis of Hungarian National Asset Management, Inc.

To modernize its military, in 2018, Hungary licensed Czech firearm technology and started assembling firearms in Kiskunfélegyháza, then agreed with Airbus to open a helicopter parts factory as a joint venture in Gyula.

US President Trump has called for NATO members to increase military spending. According to a March 14, 2019 NATO press release, Hungary spent an estimated 1.15% of its GDP on military expenditures in 2018; NATO guidelines call for 2%. Maróth noted the military had been "effectively disarmed" ((hu))Hungarian language: gyakorlatilag lefegyverzett by 2010, when Viktor Orbán regained the prime ministry of Hungary for his second term. Hungary launched a military development program dubbed "Zrínyi 2026" in 2017 to address structural and financial challenges faced by the Defence Force and to renew its equipment.
""")

_add("09_australia_toilet_paper_limits", "Stores in Australia lower toilet paper limits per transaction", "2020-03-13",
     "Stores_in_Australia_lower_toilet_paper_limits_per_transaction", CSV20, """
On Sunday and Saturday evening, Australian store chains Woolworths and Coles lowered their purchase restrictions on toilet paper to two and one package per transaction in all stores on national level, respectively. ALDI also introduced a one-pack limit, on Monday. These limitations were posted as messages on the checkouts, and on the chains' Facebook pages. Buyers were reportedly stocking up due to fears of COVID-19 in case people need to self-isolate. On Wednesday, Woolworths also limited toilet paper purchases for home delivery to one pack per order.

These changes followed the previous four-pack per transaction restriction introduced by Woolworths and Coles on March 4 and 5 respectively. Coles, in its March 8 media release, reported that with the four-pack restriction in place, "many stores are still selling out within an hour of delivery", and called the demand "unprecedented", while ALDI, in a Facebook post on Tuesday, called it "unexpected". Sales went up in a "sharp increase" last week, according to a Woolworths spokesperson. Costco's store in Canberra also limited the allowed amount to two packs last week.

To further alleviate the shortage, Coles ordered bigger packages from suppliers and increased delivery frequency, Woolworths ordered extra stock, while ALDI made stocks for a planned Wednesday special available early. Russell Zimmerman, executive director of the Australian Retailers Association, said that retailers try to raise stock, but local council restrictions on the timing of truck-deliveries make it hard. He expects rising production costs, as suppliers try to meet demand, and fewer specials. On Tuesday, ALDI announced that following the early release of stock, some stores can't run the Wednesday special.

In a News.com.au report, Dr Gary Mortimer, retail expert from Queensland University of Technology, said the stores fill the stock every night. He remarked toilet paper is a bulky item, leading to low quantity of stocks in numbers, and, when sold out, leaves vast shelf spaces empty, hardening the feeling of a shortage. "Coles and Woolworths have a view [that] if there was plenty of stuff on the shelf, if product like toilet rolls and sanitiser could be [bought] and are there in quantities, you would probably minimise the panic" said Russell Zimmerman per ABC News.

Recycled toilet paper producer Who Gives a Crap said on last Wednesday they'd run out of stock. Kimberly-Clark, which makes Kleenex Toilet Tissue, and Solaris Paper which makes Sorbent, emphasized they were working 24/7 to maintain the supply, according to the News.com.au report.

Domain.com, a real estate site, reported some property sellers offering free toilet paper to the first bidder on auctions in Melbourne, when fewer auctions were held because of buyers having time off on the long weekend of Labour Day. The Thursday edition of NT News, a daily printed in Darwin, included an eight-page insert meant to be cut up and used as toilet paper.

The stores were originally reluctant to impose restrictions, according to a report from ABC Australia on March 3 in which they said they had no plans to introduce restrictions on the purchases.

Russell Zimmerman added that other products are also in high demand, including masks, sanitiser, dried goods, handwash and flour. Similarly, outside of Australia, on Sunday evening online British supermarket Ocado was observed limiting purchases of Andres toilet paper to two 12-roll packs.
""")

_add("10_samoa_measles_shutdown", "Samoan government temporarily shuts down for nationwide measles vaccination drive", "2019-12-07",
     "Samoan_government_temporarily_shuts_down_for_nationwide_measles_vaccination_drive", CSV19, """
On Thursday local time, the government of Samoa began a planned two-day shutdown to make way for a nationwide vaccination campaign to combat the measles outbreak that had, by reports, infected over 4,200 of the island nation's roughly 200,0000 residents since October and killed at least 62, including, according to government reports, 54 small children. Residents were told to stay off the roads and businesses and ferries were closed to make way for vaccination teams.

Samoan Prime Minister Tuilaepa Sailele Malielegaoi noted on Monday, the fatalities were all unvaccinated.

The only civil servants not assigned to assist in the vaccination effort were those working on water and electricity.

In remarks to the Agence France-Presse news service, Sheldon Yett of UNICEF observed, "I've seen mass mobilisation campaigns before, but not over an entire country like this[.]"

Households with at least one unvaccinated person were asked to place a red flag somewhere visible. This included the home of Prime Minister Tuilaepa, who told the press his nephew needed a dose.

The vaccination drive itself started November 20. According to the World Health Organization (WHO), vaccination before the outbreak began covered only about 31 percent of Samoans. Al Jazeera reported on Thursday, coverage had risen to 55 percent. According to Yett, the goal for the two-day shut down was to exceed 90 percent.

Earlier this week, an official government Twitter account made the following announcement: "Latest update: 3,728 measles cases have been reported since the outbreak with 198 recorded in the last 24 hours. To date, 53 measles related deaths have been recorded. Since the Mass Vaccination Campaign on 20 Nov 2019, the Ministry has successfully vaccinated 58,150 individuals." Since then, the government has reported more cases of measles, including 165 in the single day before the shutdown began.

When announcing the shutdown on Monday, Prime Minister Tuilaepa called on "village councils, faith-based organizations, and church leaders, village mayors and government women representatives" to instill confidence in vaccines in the public.

Samoan vaccination rates dropped in 2018 after two small children died from a faulty vaccine. According to Samoa Observer editor Keni Lesa, the anti-vaccine movement was able to tap into the resulting public mistrust and "really hammer home their message."

The Samoan government declared a state of emergency on November 15, shut down all schools as of November 17, and later banned children from public gatherings in an effort to curb the spread of the disease.

According to the WHO, the number of cases of measles globally in the first half of this year exceeded those of any other whole year since 2006. Various countries, including the United States, have seen marked increases in measles cases in recent years.

Measles affects the respiratory system. It often involves rashes and fever but it can be much more serious. According to the Centers for Disease Control and Prevention in the United States, one out of every thousand children who contract measles develop encephalitis, which can cause deafness or brain damage.

Measles is one of several diseases that drastically reduced the indigenous population of Pacific island nations and the Americas after first contact with Europeans. The first measles vaccine was introduced in the 1960s, and the incidence dropped, in some cases to almost zero, in parts of the world in which its use became widespread. It has since seen a resurgence partly due to vaccine hesitancy and vaccine inaccessibility.
""")

_add("11_sweden_nobel_physics", "Swedish academy announces 2019 Nobel Prize winners in physics", "2019-10-10",
     "Swedish_academy_announces_2019_Nobel_Prize_winners_in_physics", CSV19, """
On Tuesday, the Royal Swedish Academy of Sciences announced the winners of the 2019 Nobel Prize in Physics in Stockholm, Sweden. The prize was shared between James Peebles and the duo of Didier Queloz and Michel Mayor. They are to share a monetary award of SEK9 million (approximately GBP738 thousand or USD910 thousand) from the Nobel Foundation.

Canadian-US scientist James Peebles won his half of the prize for his work in predicting cosmic microwave background and creating a theoretical framework from which other scientists have been able to calculate the age and structure of the universe, including the calculation that the universe is 95% dark matter and dark energy. He is a professor at Princeton University.

Queloz and Mayor, both from Switzerland, won their prize for discovering the first known exoplanet in 1995. The planet they found was 51 Pegasi b, a Jupiter-like gas giant some 50 light years away from Earth. Since their discovery, according to the academy, over four thousand other exoplanets have been discovered. Both are professors at the University of Geneva; Queloz is also a professor at the University of Cambridge.

"Both these prizes [...] tell us something essential, something existential about our place in the Universe", said selection committee member Ulf Danielsson. "The first one, tracing the history back to an unknown origin, is so fascinating. The other one tries to answer these questions about: 'are we alone — is there life anywhere else in the Universe?' "
""")

_add("12_france_zapata_channel",
     "French inventor Franky Zapata successfully crosses English Channel on jet-powered hoverboard", "2019-08-06",
     "French_inventor_Franky_Zapata_successfully_crosses_English_Channel_on_jet-powered_hoverboard", CSV19, """
This Sunday, French inventor Franky Zapata successfully crossed the English Channel on a jet-powered freeflight flying device propelled by turbines and attached to his feet, called Flyboard Air. The 22-mile (35-km) journey took 22 minutes with one refueling about halfway to Dover, England. This success came on the second attempt by the inventor to cross the Channel. This device was invented three years ago and could reportedly serve military assault or logistics purposes.

The flight started at 8:17 a.m. local time (0617 UTC) in Sangatte and finished in St Margaret's at Cliffe near Dover. Zapata flew across the water at over 100 mph (161 km/h). The inventor carried a backpack with kerosene (paraffin} and was escorted by three helicopters. Zapata also made one landing on a boat mid-channel to refill the kerosene fuel in his backpack, a process Zapata described as being tricky because the boat could not be kept still in the moving waters of the Channel.

"Once I managed to stick my heels into the boat, I knew I had done 90% of the work," Zapata told French news channel BFM TV.

Strong winds over the Channel presented difficulty during the crossing, Zapata said, adding it required much endurance to manage to stay airborne. "It's an isometric exercise for the thighs, so it burns — it's quite hard."

Upon arrival, Zapata told reporters, "We made a machine three years ago... and now we've crossed the Channel, it's crazy."

This was Zapata's second attempt to cross the Channel on the Flyboard Air. On July 25, which was the 110th anniversary of the first plane flight across the Channel by pilot Louis Blériot, Zapata fell into the water after a low-speed collision with the resupply boat.

The inventor previously presented the device at the Bastille Day military parade earlier this year. In that instance, he had been holding a rifle in his hands to show the invention could be utilized for military purposes.

Franky Zapata also invented the original Flyboard, which is propelled by jets of water drawn up by a hose, unlike the Flyboard Air, which uses jets of air.
""")

_add("13_austria_kipchoge_marathon", "Eliud Kipchoge of Kenya runs marathon under two hours", "2019-10-13",
     "Eliud_Kipchoge_of_Kenya_runs_marathon_under_two_hours", CSV19, """
Yesterday, Eliud Kipchoge from Kenya ran a marathon in less than two hours. This is the first time anyone has been recorded to run a full marathon of 42.195 kilometers (approximately 26 miles) under this pursued landmark time. It was not, however, an officially sanctioned world record, as it was not an "open race" of the IAAF. His time was 1 hour 59 minutes 40.2 seconds.

Kipchoge ran in Vienna, Austria. It was an event specifically designed to help Kipchoge break the two hour barrier. Called the Ineos 1:59 Challenge, it featured 42 pacemakers — supporting runners. The team included top runners and Olympic champions. They ran with Kipchoge, alternating positions in a surrounding formation.

"They are among the best athletes in the world — so thank you," said Kipchoge after the run. "I appreciate them for accepting this job. We did this one together." He posted on Twitter, "Today we went to the Moon and came back to earth! I am at a loss for words for all the support I have received from all over the world."

Kipchoge also set the current official world record for a sanctioned race, of 2 hours 1 minute 39 seconds, last year in Berlin, Germany.
""")

_add("14_us_nba_suspends_season", "National Basketball Association suspends season due to COVID-19 concerns", "2020-03-13",
     "National_Basketball_Association_suspends_season_due_to_COVID-19_concerns", CSV20, """
On Wednesday, the United States' National Basketball Association (NBA) suspended its professional basketball season due to concerns regarding COVID-19. The NBA's decision followed a Utah Jazz player testing positive for the COVID-19 virus.

The NBA did not release the identity of the player in question in its announcement. They did say he was not present at Chesapeake Energy Arena in Oklahoma City, where the Utah Jazz were to play against the Oklahoma City Thunder.

According to its press release, the NBA was "suspending game play following the conclusion of [Wednesday's] schedule of games until further notice." The Jazz's game was cancelled, as was another NBA game Wednesday between the Sacramento Kings and the New Orleans Pelicans. Other games scheduled for Wednesday were still held, according to NBC News.

The United States' other major basketball organization, the National Collegiate Athletic Association, which runs college basketball, has cancelled its own tournament, March Madness, for both men's and women's leagues.

According to Johns Hopkins University, as of Wednesday, there were at least 1,279 confirmed cases of COVID-19 in the United States. CNBC reported there were at least 118,381 cases worldwide.
""")

_add("15_philippines_surigao_earthquake", "Earthquake injures 25 people in southern Philippines", "2019-07-15",
     "Earthquake_injures_25_people_in_southern_Philippines", CSV19, """
At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck Surigao del Sur, Philippines, injuring at least 25 people and damaging churches, houses, and other infrastructure, according to Philippine officials.

Governor Alexander Pimentel told CNN Philippines the towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes.

According to the Philippine Institute of Volcanology and Seismology (Phivolcs), the epicenter was located roughly nine kilometers (about six miles) east of Carrascal, 73 km (45 miles) north of Tandag City, the capital of Surigao del Sur. Phivolcs reported the earthquake's magnitude was 5.5; United States Geological Survey (USGS) reported 5.8.

Madrid District Hospital in the town of Madrid, which sustained cracks on concrete walls with some pieces falling to the ground, treated 25 wounded people who evacuated to the hospital, CNN Philippines reported the governor said.

Earlier this year, northern Philippines suffered a 6.3 magnitude earthquake causing eleven deaths.
""")

_add("16_ireland_hurricane_lorenzo", "Hurricane Lorenzo hits Azores, heads towards Ireland", "2019-10-02",
     "Hurricane_Lorenzo_hits_Azores,_heads_towards_Ireland", CSV19, """
Today, as Hurricane Lorenzo hit the Azores, Met Éireann, the national meteorological service for Ireland, issued weather alerts as the storm approached from the west. Yellow warnings were issued nationwide, while six counties on the coast received orange warnings. The warnings apply from tomorrow night into Friday morning.

The Azores — autonomous islands of Portugal in the Atlantic Ocean — closed schools and non-essential public services. "The situation will worsen in the next few hours", said Vasco Cordeiro, the regional president, as the storm bore down on the Azores. Authorities expected winds of 100 mph (about 160 km/h) and high waves.

The orange warning issued by Met Éireann applied to County Galway, County Mayo, County Clare, County Cork, County Kerry and County Limerick and starts at 6 p.m. local time (1700 UTC) tomorrow. Though Lorenzo was forecast to diminish from a hurricane to a tropical storm, gusts of wind were forecast to reach 60–80 mph (about 95–130 km/h). "Storm Lorenzo will produce significant swell, high waves and sizeable storm surges. This will lead to wave overtopping, some coastal flooding and damage, especially along western and southern coasts", read the warning. The warnings called for gale force winds and heavy rain.

Hurricane Lorenzo reached Category 5 on the Saffir–Simpson scale this past Saturday, but was downgraded to Category 1 as of this morning. According to reports, Lorenzo is the largest and strongest tropical cyclone to reach this far into the northeastern Atlantic in recorded history.
""")


def normalise(body: str) -> str:
    """Whitespace only: runs of spaces to one, no spaces at line ends, paragraphs separated by one blank line."""
    paras = [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n", body.strip())]
    return "\n\n".join(p for p in paras if p)


def main() -> None:
    out = HERE / "articles"
    out.mkdir(exist_ok=True)
    for name, title, published, url, source, body in ARTICLES:
        text = title + "\n\n" + normalise(body) + "\n"
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"title": title, "outlet": "Wikinews", "published": published, "url": url, "licence": "CC BY 2.5",
                "source_repo": source, "language": "en"}
        (out / f"{name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(ARTICLES)} articles to {out}")


if __name__ == "__main__":
    main()
