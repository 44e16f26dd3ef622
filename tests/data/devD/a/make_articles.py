"""Write articles/NN_slug.txt and .json from the texts copied from vanatteveldt/wikinews wikinews_2020.csv.

Changes: headline on the first line; CSV doubled quotes undoubled; runs of spaces collapsed; trailing spaces
stripped; in 04 the stray pull-quote caption line ("—The mayor of London, Sadiq Khan") removed.
"""
import json, re
from pathlib import Path

HERE = Path(__file__).resolve().parent
A = {}

A["01_samoa_measles_emergency"] = ("2020-01-01", "https://en.wikinews.org/wiki/Samoan_government_ends_state_of_emergency_over_measles_outbreak",
"Samoan government ends state of emergency over measles outbreak", r"""
On Sunday, the state of emergency begun on November 15 over a measles outbreak ended in Samoa. The island nation's cabinet unanimously voted to lift it on Saturday afternoon, and the National Emergency Operation Centre (NEOC) announced the decision that night. NEOC reported a 95% immunization rate on December 24, and the last measles-related death during the state of emergency on December 26.

Restrictions on public gathering and travel were to be lifted, and schools to reopen.  The Health Emergency Operation Center were to take over the relief efforts centralized under the National Emergency Operation Centre. The Ministry of Health and the Ministry of Foreign Affairs were tasked to produce a recovery plan within two weeks for consideration by the cabinet.

As of Sunday, the Disease Surveillance Team reported a total of 5667 cases during the outbreak. Out these, 1846 persons were hospitalized and 1720 had already been discharged, while 81 had lost their lives.  The December 6 National Measles Response and Recovery Appeal identified children under 5 years of age as having the highest mortality, corresponding with the relative shortfall of vaccination in the age group.

Tupua Tamasese Meaole Hospital returned to normal operation on Sunday, joining Faleolo District Hospital and Leulumoega District Hospital, which returned to normal on Friday. During the peak of the outbreak, Tupua Tamasese Meaole's Acute Primary Care Clinic and Leulumoega District hospital were made measles wards, and Leulumoega District Hospital was designated to deal with patients without measles, in an effort to quarantine infected individuals. The Australian medical mission's fifth rotation is to remain on the islands until January 4 to help facilitate the transition. On Sunday teams had already begun to disassemble the tents erected to deal with the large number of admissions.

The state of emergency was expected to end on December 15, but on December 14 it was extended by two weeks to allow the immunization campaign to continue. At the time, the prime minister called for a 100% immunization rate, and stated 92% had been reached.  As of Sunday, the rate had reached 95% according to NEOC data. Aid agencies say populations with sufficiently high vaccination rates have enough herd immunity to prevent any further infections from spreading out of control, meaning an infected person is not likely to come into contact with enough unvaccinated people to cause a chain reaction.

UNICEF reported they had delivered over 105 thousand doses of vaccine to Samoa by November 22. The national vaccination campaign started on November 20.  A government order made vaccination mandatory and free of charge for children between six months and 19 years of age and for women between 20 and 35, considered childbearing age. On December 5 and 6, the government of Samoa executed a planned shutdown of public services and the private sector to leave room for a nationwide door-to-door immunization drive. The government said 128 vaccination teams participated.

To curb the spread of disease, the government prohibited inter-island travel for those under 19, schools were closed, and authorities recommended residents avoid public gatherings and medical facilities unless they were in need of medical attention. Unvaccinated pregnant women were prohibited from going to their workplaces.

The outbreak was first confirmed by the government on October 16, after the Victorian Infectious Disease Reference Laboratory in Melbourne tested 7 out of 20 suspected cases positive for measles.

In 2019 in the Pacific region, outbreaks of measles were declared in parts of the Philippines first on February 6, Tonga on October 22, Fiji on November 7, and American Samoa on December 8.  The D8 strain, which caused a New Zealand outbreak, has been identified in Samoa and Fiji.  New Zealand serves as a travel hub for small Pacific nations.  According to data from the World Health Organisation, in 2018 there were approximately 10 million cases of measles and 140 thousand related deaths worldwide.
""")

A["02_norway_sola_airport_fire"] = ("2020-01-10", "https://en.wikinews.org/wiki/Fire_erupts_in_parking_structure_at_Sola_Airport,_Norway",
"Fire erupts in parking structure at Sola Airport, Norway", r"""
At about 15:30 local time (1430 UTC) on Tuesday a fire was reported in the "Kiss & Fly" section of a parking structure at Stavanger Airport, Sola in Norway. The structure has over 3000 parking spaces; reports said more than half of those were filled. The airport was quickly closed to air traffic.

It was initially reported the fire started in an electric vehicle, but news broadcaster NRK later reported the fire started in a recalled 2005 Opel Zafira. The car was recalled after a similar fire in Cork, Ireland in August last year, causing damage to about 60 cars. Police said they questioned the car's owner.

The fire produced heavy smoke, and local officials said there was danger the building might collapse. Nils-Erik Haagenrud of Rogaland Fire and Rescue said late on Tuesday no personnel would be sent into the building. Rogaland Fire and Rescue requested support and equipment from other fire departments. The airport and nearby hotel were both evacuated and local police warned people in the general vicinity to stay inside and close exterior vents and windows. Through Tuesday evening the fire was reduced and the order for a fire extinguisher robot from Oslo Fire and Rescue was canceled.

The airport closure also led to Norwegian Prime Minister Erna Solberg being stranded after a visit to the Johan Sverdrup oil field. Solberg posted on Twitter asking for places to eat for the seven hour drive from Stavanger to the capital of Oslo.

Reports as of Wednesday said an estimated two to three hundred vehicles had been damaged or destroyed, but no humans had been hurt.

By about 22:00 local time (2100 UTC) on Tuesday the flames were under control. Local firefighters planned to continue to monitor the situation and work to prevent further damage. It was also discovered the structure was built without sprinklers. Stavanger Airport, Sola was to open on Wednesday morning, but returning to normal service was expected to take longer. Affected travelers were advised to contact their airlines for rebooking.
""")

A["03_us_puerto_rico_quake"] = ("2020-01-17", "https://en.wikinews.org/wiki/Seismic_activity_continues_to_shake_Puerto_Rico_with_5.2_quake",
"Seismic activity continues to shake Puerto Rico with 5.2 quake", r"""
On Wednesday morning, a magnitude 5.2 earthquake hit the already rattled United States commonwealth of Puerto Rico.  Puerto Rico has experienced dozens of earthquakes over magnitude 4.5 since late December, including a 6.4 quake that hit on January 7 and caused an island-wide blackout.

The United States Geological Survey (USGS) placed the epicenter of the quake about eight kilometers (five miles) southwest of the town of Guenica.

One resident told Paul Rivera of WESH 2 news, "We're used to it." Seismologists have buried sensors in the ground in an attempt to find the cause of the past month's unusual seismic activity.

John Geiger of USGS told the press last week, "The past several weeks we've had hundreds of small earthquakes in the same region [...] It began on Dec. 28, when we had a 4.7-magnitude [earthquake] there. Since the 4.7, we've had over 400 magnitude 2+ earthquakes."

Last week, continuing aftershocks hampered repair efforts, and roughly two thirds of the island was still without power two days after the January 7 quake.  That event destroyed at least 300 homes, ripped up roads, killed one and injured eight people, and cracked the island's biggest power plant. The governor of Puerto Rico, Wanda Vázquez Garced, declared a state of emergency.

This followed a 5.8 magnitude earthquake the previous day that collapsed the famous Punta Ventana rock formation.

José Ortiz of the island's power authority said fixing the island's largest power plant, which was damaged by the quake, may take a year.  The Costa Sur power plant at Guayanilla was close to the January 7 quake's epicenter.  Costa Sur provided power for about a quarter of Puerto Rico's private homes and businesses.  Reportedly, without Costa Sur the island's other plants would have to operate near full capacity to keep the residents in power.

Puerto Rico had still not fully recovered from 2017's Hurricane Maria, estimated to have done about $90 billion in property damage and claimed about 3000 lives.

In predictions since the January 7 quake, the U.S. Geological Survey has said the earthquakes may continue into early February.
""")

A["04_uk_streatham_attack"] = ("2020-02-05", "https://en.wikinews.org/wiki/Police_shoot_man_dead_after_%27terrorist-related%27_knife_attack_in_London",
"Police shoot man dead after 'terrorist-related' knife attack in London", r"""
On Sunday in London, England, according to witness accounts and authorities, a man wearing a fake suicide vest entered a store, grabbed a large knife, ran outside with it and began to stab people. Reportedly he injured a man and two women on Streatham High Road, London. Armed plainclothes officers, already surveilling him for counter-terrorism purposes, chased him on foot. The officers eventually shot him dead, reportedly outside a Boots store, at around 14:00 local time in what the police declared a "terrorist-related" attack.

An eyewitness described for news agency PA Media how the attack unfolded, stating, "I was crossing the road when I saw a man with a machete and silver canisters on his chest being chased by what I assume was an undercover police officer [...] The man was then shot. I think I heard three gunshots but I can't quite remember."

Two women and a man were injured, according to the reports. The man was briefly listed in critical condition. A woman had minor injuries reportedly from glass shattering after police discharged their firearms, and the remaining woman was in "not life-threatening" condition.

The attacker, identified as Sudesh Amman, 20, was placed under police surveillance after being released from prison a week ago. He was imprisoned in 2018 when he was 18 and served half his sentence for 13 separate terror offenses. Amman, who was described as "knife-obsessed" by the police, sent his girlfriend videos of beheadings and extremist text messages, and advised her to kill her "kuffar" (non-Muslim) parents. He told her on one occasion: "If you can't make a bomb because family, friends or spies are watching or suspecting you, take a knife, molotov, sound bombs or a car at night and attack the tourists (crusaders), police and soldiers of taghut [idolatry], or western embassies in every country you are in this planet."

Alexis Boon, the head of the Metropolitan Police Counter Terrorism Command, said about Amman: "His fascination with dying in the name of terrorism was clear in a notepad we recovered from his home. Amman had scrawled his 'life goals' in the notepad and top of the list, above family activities, was dying a martyr and going to 'Jannah' — the afterlife. It's not clear how Amman became radicalised but it is apparent from his messages that it had been at least a year in development. Whatever the circumstances, this case is a reminder of the need to be vigilant to signs of radicalisation and report it."

Police also recovered a bomb-making guidebook in his position and, on investigation in his family home in London, a black flag and an air gun.

The mayor of London, Sadiq Khan, thanked "the police, security and emergency services staff for their swift and courageous response".

"Terrorists seek to divide us and to destroy our way of life," said Khan, "here in London we will never let them succeed."

The prime minister, Boris Johnson, tweeted: "Thank you to all emergency services responding to the incident in Streatham, which the police have now declared as terrorism-related. My thoughts are with the injured and all those affected."
""")

A["05_who_covid19_name"] = ("2020-02-14", "https://en.wikinews.org/wiki/World_Health_Organization_names_new_coronavirus_COVID-19",
"World Health Organization names new coronavirus COVID-19", r"""
On Tuesday, the World Health Organization (WHO) announced the official name of the coronavirus-induced disease first recognized about two months ago in Wuhan, China: "COVID-19" is to replace the WHO's temporary designation "2019-nCoV."

"COVID-19" is the name of the disease rather than the virus. The International Committee on Taxonomy of Viruses named the virus that causes it "severe acute respiratory syndrome coronavirus 2" (SARS-CoV-2).

Reportedly, "COVI" represents the coronavirus, "D" is for "disease," and "19" for the year it was first detected, 2019.

WHO director-general Tedros Adhanom Ghebreyesus said the name had to be easy to say and, to prevent stigma, it must not cite any specific person, animal, profession or place, per WHO guidelines established in 2015.

The guidelines cite the 2009 H1N1 outbreak as an example of what not to do. That year's H1N1 was commonly called "swine flu." The government of Egypt ordered the killing of over 300,000 pigs. According to the United Nations' Food and Agriculture Organization's chief veterinary officer, it was completely unnecessary. The guidelines also list Middle East Respiratory Syndrome, from 2013, as an undesirable name.

In an interview with Time magazine, Northwestern University public health expert Wendy Parmet said naming the virus after Wuhan would place "tremendous stigmatization on the people of Wuhan who are the victims[.]" She went on to say, "People tend to think of the disease as belonging to, as being a characteristic of some group of people associated with the place name, which can be really stigmatizing [...] To be thought of as a hole of disease is not going to be productive. It encourages the next city not to come forward, not to report a disease if your city is labeled as the disease. [...] You want something that's easy and that people are going to keep using otherwise they're going to substitute it with more problematic slang[.]"

Johns Hopkins Center for Health Security medical anthropologist Monica Schoch-Spana told the press in a separate interview, "People with a different national, ethnic or religious background have historically been accused of spreading germs regardless of what the science may say[.]" As of Tuesday there had been reports of people avoiding or harassing Chinese and perceived-to-be Chinese individuals in several countries over the current outbreak, including Italy, the United States, Thailand, and Canada.

SARS-CoV-2 has already killed more than 1,000 people and infected tens of thousands.
""")

A["06_us_super_tuesday"] = ("2020-03-06", "https://en.wikinews.org/wiki/Bloomberg,_Warren_end_US_presidential_campaigns_following_Super_Tuesday",
"Bloomberg, Warren end US presidential campaigns following Super Tuesday", r"""
On Tuesday, the United States Democratic Party held primary elections in fourteen states, as well as caucuses in the territory of American Samoa, in an event known as "Super Tuesday" in the context of US presidential elections. In the aftermath of Super Tuesday, yesterday and on Wednesday, two candidates, Senator Elizabeth Warren of Massachusetts and Michael Bloomberg, formerly the mayor of New York City, ended their campaigns.

The name "Super Tuesday" comes from the large number of primaries and caucuses held on the same day. The states that held elections were Alabama, Arkansas, California, Colorado, Maine, Massachusetts, Minnesota, North Carolina, Oklahoma, Tennessee, Texas, Utah, Vermont and Virginia. Together with American Samoa, the state contests represented a total of 1,357 delegates to the Democratic nominating convention.

The Democratic Party uses primary elections, along with caucuses, to select its nominee for the 2020 United States presidential election. For a candidate to win the Democratic Party's nomination, a total of at least 1,991 delegates are needed.

* Both Buttigieg and Klobuchar dropped out prior to Super Tuesday

The Super Tuesday primaries were the fifth step in the Democratic Party's primary election cycle. In Iowa, caucuses were held on February 3, and in New Hampshire, a primary election was held on February 11. Nevada held its caucuses on February 22, and South Carolina held its primary on Saturday.

Heading into Super Tuesday, Senator Bernie Sanders from Vermont had the most pledged delegates, with 60. In second place, former Vice President of the United States Joe Biden had 54. Additionally, Senator Warren had eight delegates. Both Pete Buttigieg, the former mayor of South Bend, Indiana, and Senator Amy Klobuchar of Minnesota secured delegates in earlier primaries and caucuses, but they both ended their campaigns prior to Super Tuesday.

On Super Tuesday, Sanders secured a plurality of the vote in four states, including his home state of Vermont, according to CNN's projections. Projections by CNN and NPR indicated he won, in addition to Vermont, also the primaries in Colorado, Utah, and California.

Former Vice-President Biden secured pluralities in ten states. According to projections by CNN and NPR, he won in Virginia, North Carolina, Alabama, Oklahoma, Tennessee, Minnesota, Arkansas, Massachusetts, Texas, and Maine.

Bloomberg won the caucus in American Samoa, his first of the campaign season. Bloomberg had opted not to compete in the four earlier primaries and caucuses, instead focusing on Super Tuesday. By reports he secured five of the territory's six delegates, as well as three delegates in Colorado and one in Arkansas. U.S. Representative Tulsi Gabbard of Hawaii secured the last delegate from American Samoa, her first delegate of the campaign season.

Wednesday, the same day that he dropped out, Bloomberg endorsed his former rival, Joe Biden.  "Three months ago," he said, "I entered the race for President to defeat Donald Trump. Today, I am leaving the race for the same reason: to defeat Donald Trump – because it is clear to me that staying in would make achieving that goal more difficult [...] I've always believed that defeating Donald Trump starts with uniting behind the candidate with the best shot to do it. After yesterday's vote, it is clear that candidate is my friend and a great American, Joe Biden. [...] Today I am glad to endorse him – and I will work to make him the next President of the United States."

Warren, formerly a professor at Harvard Law School, lost her home state of Massachusetts. She came in third; Biden secured a plurality, and Sanders came in second. Yesterday, NBC News reported that Warren would be suspending her campaign. She did not win the primary or caucus in any state during her campaign.

NPR reported that, before she ended her campaign, Klobuchar was leading in the polls in Minnesota; Minnesota is Klobuchar's home state.

The Democratic Party awards delegates proportionally to how candidates fare; candidates must receive at least 15% of the vote to be eligible to earn delegates from a state, territory, or district within a state or territory.

According to the National Conference of State Legislatures, the Democratic Party is scheduled to continue its primary season on March 10, with primary elections in Idaho, Michigan, Mississippi, Missouri, North Dakota, and Washington.
""")

A["07_india_women_train_crew"] = ("2020-03-06", "https://en.wikinews.org/wiki/Indian_Railway:_all-women_crew_steers_Tippu_Express_ahead_of_International_Women%27s_Day",
"Indian Railway: all-women crew steers Tippu Express ahead of International Women's Day", r"""
Yesterday, an all-women crew ran the Mysuru–Bengaluru Tippu Express in the Indian state of Karnataka. The state-run Indian Railways launched this event ahead of International Women's Day, for promoting gender equality at work places.

B Shiva Parvathi  was running the train as loco pilot (locomotive pilot), and 22-year-old Rangoli Patil was her loco co-pilot.  The train left Mysore Junction railway station at 11:30 am IST (0600 UTC), covering a distance of 139km to reach KSR Bangalore station.  The train had banners on it which mentioned "International Women's Day Celebration".

Speaking to newspaper Star of Mysore, B Shiva Parvathi said, "It is a proud moment for me to be steering this train today along with my Loco Pilot Rangoli and the all-women staff".  Mysore Divisional Railway Manager Aparna Garg told Wikinews only 10% of the employees in the Mysore Division were women, which constitutes about 650 female employees.

Mysore district comes under the South West Railway (SWR) branch of the Indian Railway.  Mysore Division of the SWR celebration of the Women's day started on March 1, and is planned till March 10.  Various activities are being conducted in this period, including health check-ups, yoga, sports competition and trekking, newspaper The Hindu reported.

"The theme 'Equal for All' is an effort of the Railways to promote more women workforce and empower them.  Women of today are no less to any men, be it in any field.  I hope through such initiatives, more number of women are motivated to take up jobs in their respective fields of interest", Garg told Star of Mysore.
""")


def clean(body: str) -> str:
    paras = [re.sub(r" {2,}", " ", p).strip() for p in body.strip().split("\n\n")]
    return "\n\n".join(p for p in paras if p)


if __name__ == "__main__":
    for name, (date, url, title, body) in A.items():
        text = title + "\n\n" + clean(body) + "\n"
        (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"title": title, "outlet": "Wikinews", "published": date, "url": url, "licence": "CC BY 2.5",
                "source_repo": "vanatteveldt/wikinews wikinews_2020.csv", "language": "en"}
        (HERE / "articles" / f"{name}.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(name, len(text.split()))
