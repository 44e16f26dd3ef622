"""Write articles/NN_slug.txt and .json from the scraped rows (CSV text as read, doubled quotes kept)."""
import json, re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = "vanatteveldt/wikinews wikinews_2020.csv"

ROWS = [
("01_belarus_tsikhanouskaya_rally", "https://en.wikinews.org//wiki/Belarussian_opposition_presidential_candidate_Sviatlana_Tsikhanouskaya_holds_major_rally_in_Minsk", "2020-08-03",
 "Belarussian opposition presidential candidate Sviatlana Tsikhanouskaya holds major rally in Minsk",
 """On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to be held on August 9, held a rally in Minsk, Belarus.  The rally was visited by several tens of thousands of people, and was reportedly one of the biggest political events in Belarus in a decade.


According to reports from the ministry of internal affairs of Belarus on Friday, and Vyasna, an independent Belarusian human rights center, on Thursday, around 18,250 to 63,000 visitors attended the rally.  A main issue discussed was the liberation of political prisoners arrested during the campaign.


The rally started around 18:00 local time (1500 UTC). During the first two hours, friends and relatives of political prisoners spoke.  Belarusian musicians made performances between their speeches.


Sviatlana Tsikhanouskaya arrived at at about 20:00. She spoke about her husband Siarhei, who was arrested in May, and promised to conduct new completely fair elections and hold a constitutional referendum to cancel all amendments issued by the current president, Alexander Lukashenko, since 1995.  She asked for support, specially asking voters to vote at the polls, not before election day.  Maria Kalesnikava spoke, who headed the campaign of Viktar Babaryka, who was arrested and banned from the election; and Veranika Tsapkala, wife of Valery Tsapkala, a potential presidential candidate who fled the country.


Within roughly a day before the event, Belarusian KGB arrested 33 Russian individuals, claiming them to be mercenaries, who allegedly were preparing to organize ""terrorism"" in association with the election.  The government strengthened security measures during the rally.
"""),
("02_us_white_plains_water_main", "https://en.wikinews.org//wiki/Water_main_bursts_in_White_Plains,_New_York,_US", "2020-08-13",
 "Water main bursts in White Plains, New York, US",
 """On Monday, a water main broke in the US city of White Plains, New York, cutting off the water supply to most of the city. The burst pipe caused a huge crater to form in a major intersection in the heart of the city, flooding the streets. Emergency crews were on the scene to repair the pipes in order to restore water service. Almost all customers had water restored by the evening.


The water pipe burst under the road surface at the intersection of Martine Avenue and S. Lexington Avenue in the afternoon. By 5:00 pm EDT (2100 UTC) the city issued an advisory of water outages and stated the Department of Public Works (DPW) had located the problem. Wikinews was on the scene around 6:20 pm and could observe a large crater in the street caused by the amount of water from the burst pipe. Crews from DPW as well as some the fire department were there. Water was no longer rushing uncontrolled into the street.



Shortly thereafter, at 6:30 pm, the city issued a follow-up statement announcing the break had been contained by DPW. Residents were advised to expect the water to perhaps be ""discolored"" when it initially returned. The city estimated by 9 pm, there would be enough pressure returned to the water system for all to have water. Indeed, News 12 reported, only buildings adjacent to the break were without water service.


White Plains is the county seat for Westchester County, New York, which is also home to the cities New Rochelle and Yonkers which formed the epicenter of the COVID-19 outbreak in New York. Westchester lies directly to the north of New York City.
"""),
("03_australia_university_maroochydore_rugby", "https://en.wikinews.org//wiki/University_defeat_Maroochydore_in_round_five_of_2020_Sunshine_Coast_Rugby_Union_season", "2020-09-01",
 "University defeat Maroochydore in round five of 2020 Sunshine Coast Rugby Union season",
 """In Australian rugby, University have maintained top spot on the Sunshine Coast Rugby Union A grade ladder with a 22 points to 10 win over Maroochydore at Cotton Tree, Australia on Saturday.


 Maroochydore played much of the first half in their attacking half. They went into the break down by only two points – 12 points to 10.  (Image: Patrick  Gillett)


 University would score a couple of tries out wide.  (Image: Patrick  Gillett)




""We turned up here knowing we'd be in for a battle"", University coach Brad Tronc said. ""They pushed [reigning premiers] Caloundra and they pushed Noosa. We knew the were looking for a scalp. To Maroochydore's credit, they've made some big improvements since last season. I think as the season goes on they'll keep getting better and better, as well.""


The game was a hard, physical match according to Maroochydore assistant coach Ben Radmall. ""It was pretty set piece dominated there for the last twenty minutes"", Radmall said. ""[It was] a pretty physical game out there this afternoon. It was a good hit out. We're sore after that one.""


University were able to pull away in the second half despite an off day in front of goal.


""The two guys that set [Uni's final try] up were an 18 year old half back and an 18 year old five eighth,"" Tronc said.


Radmall conceded that his side needed to work on some things. ""We had our opportunities in the 22 in that last twenty minutes"", he said. ""Just some management, couple of set pieces let us down. We couldn't execute there and they exited pretty well. They slowed the game down pretty well in that last ten minutes to dance up the field and then score a try at the end there.""
"""),
("04_us_boseman_tributes", "https://en.wikinews.org//wiki/Tributes_paid_to_recently_deceased_US_actor_Chadwick_Boseman", "2020-09-02",
 "Tributes paid to recently deceased US actor Chadwick Boseman",
 """Over the weekend, tributes were paid to US actor Chadwick Boseman, including Sunday's commercial-free airing of Black Panther and a special retrospective about Boseman entitled ""A Tribute For a King"" by American Broadcasting Company (ABC). Boseman died on Friday after being diagnosed with colon cancer four years earlier. Boseman, who rose to international fame for his title role in the 2018 Marvel superhero film Black Panther, was 43 years old. 


Boseman died at home on August 28 in the company of his wife and family according to a statement posted to his official Twitter account. It also stated he was in stage IV of his cancer which had been diagnosed in 2016. His illness was not public information, even as he had undergone surgeries and chemotherapy to treat it, all the while continuing to work.


Boseman was born in South Carolina. He attended the British American Drama Academy (BADA) during his studies at Howard University from which he graduated in 2000. Early in his career, Boseman acted in television soap operas, however, his role as Jackie Robinson in film 42 was widely considered a breakthrough. He later played starring roles in other biographical films portraying James Brown in Get On Up and Thurgood Marshall in Marshall.


Boseman portrayed Black Panther, also known as King T'Challa, in four Marvel films. The first was Captain America: Civil War which preceded the aforementioned Black Panther film. Subsequently, he appeared in both Avengers: Infinity War and Avengers: Endgame.


Ryan Coogler, the director of Black Panther, wrote of Boseman, ""I noticed then that Chad was an anomaly"", recalling their first meeting. ""He was calm. Assured. Constantly studying. But also kind, comforting, had the warmest laugh in the world, and eyes that [saw] much beyond his years, but could still sparkle like a child seeing something for the first time.""


Actor Denzel Washington, who paid for Boseman to attend BADA, stated ""He was a gentle soul and a brilliant artist, who will stay with us for eternity through his iconic performances over his short yet illustrious career […] God bless Chadwick Boseman.""


Wayne A. I. Frederick, president of Howard University, wrote ""It is with profound sadness that we mourn the loss of alumnus Chadwick Boseman who passed away this evening. His incredible talent will forever be immortalized through his characters and through his own personal journey from student to superhero! Rest in Power, Chadwick!""


On Sunday, the MTV Video Music Awards also marked the passing of Boseman by dedicating the show to him. The audience was also shown a replay from the 2018 ceremony when Boseman gave his ""Best Hero"" award to James Shaw Jr. who disarmed a shooter at a restaurant in Tennessee.


During ABC's ""A Tribute For a King"", Sunday evening, a number of celebrities made appearances. Oprah Winfrey, Whoopi Goldberg, Kevin Feige, Bob Iger, Robert Downey Jr., Scarlett Johansson, Don Cheadle, Jeremy Renner, Winston Duke, Mark Ruffalo, and Paul Rudd, all contributed. During the broadcast, Downey said of Boseman, ""He was having this immense success, in a strata of his own, humble hardworking, always smile on his face […] Black Panther was hands down the crowning achievement of the Marvel Universe. The one where people got to vote with ticket sales we require this. It is a fantastic movie that leveled the playing field.""


The Walt Disney Company owns both Marvel Studios and ABC.
"""),
("05_india_mukherjee_dies", "https://en.wikinews.org//wiki/Former_President_of_India_Pranab_Mukherjee_dies_aged_84", "2020-09-03",
 "Former President of India Pranab Mukherjee dies aged 84",
 """On Monday, Pranab Mukherjee, a career politician who served as President of India for five years, died. He was aged 84 years. His death was announced by his son Abhijit Mukherjee via Twitter. He died at the Army’s Research and Referral Hospital, in New Delhi. Mukherjee was cremated on Tuesday with full state honors as the nation began observing a seven day mourning period.


Born on December 11, 1935, in Mirati, Pranab Mukherjee began his political career in his ancestral home of West Bengal. He was brought into national politics and the Indian National Congress (INC) party by Indira Gandhi. Mukherjee was elected to the Rajya Sabha, the upper legislature, and was soon given ministerial posts by Gandhi. He became finance minister in 1982. Mukherjee was also elected to the Lok Sabha, the lower legislature, for two terms in addition to his five terms in Rajya Sabha. He served, at different times, as the leader of both legislative bodies. Mukherjee was elected President in 2012 and served his full five-year term, but did not seek reelection, citing age and health concerns.


Mukherjee was hospitalized on August 10 after a reported fall at his home. He was subsequently determined to have a blood clot for which he received brain surgery. The hospital also found him to be positive for the COVID-19 virus. While hospitalized, Mukherjee developed kidney problems as well as a lung infection which induced septic shock. It was reported he was in a coma at time of death.


Current Prime Minister of India Narendra Modi wrote, ""India grieves the passing away of Bharat Ratna Pranab Mukherjee. He has left an indelible mark on the development trajectory of our nation. A scholar par excellence, a towering statesman, he was admired across the political spectrum and by all sections of society [...] Condolences to his family, friends, admirers and supporters across India. Om Shanti.""


Vijay Goel, a member of the Rajya Sabha, said, ""He was an excellent politician, orator [...] For the Congress, he was the helmsman. He won [the] hearts of everyone. Our prime minister respected him so much, one can imagine, how important he was for the country. He was a true Bharat Ratna"".


His daughter, and member of the INC, Sharmistha Mukherjee wrote, ""Last year August 8 was one of the happiest days for me as my dad received Bharat Ratna. Exactly a year later on August 10 he fell critically ill. May God do whatever is best for him and give me strength to accept both joys and sorrows of life with equanimity. I sincerely thank all for their concerns"".
"""),
("06_uk_croydon_police_shooting", "https://en.wikinews.org//wiki/South_London_police_officer_Matt_Ratana_shot_in_custody_centre", "2020-09-30",
 "South London police officer Matt Ratana shot in custody centre",
 """54-year-old Metropolitan Police sergeant Matiu ""Matt"" Ratana was shot at the Croydon, South London custody centre, at roughly 2am local time (0100 UTC) on Friday by a prisoner, suspected to be 23-year-old Louis De Zoysa.  As of Monday, De Zoysa was reportedly still in critical condition, after a bullet hit him in the neck. 


A man suspected to have supplied the gun to De Zoysa was arrested in Norfolk at 2am local time (0100 UTC) on Sunday.


Sergeant Ratana underwent open heart surgery at the centre and was then airlifted to hospital, but he was later pronounced dead.


Sergeant Ratana, from Hawke's Bay, New Zealand, served in the Auckland, New Zealand police force for five years. Reportedly the sergeant was due to retire in two months, and an acquaintance said he moved to the custody centre for its greater safety. 


The alleged shooter was at the centre after being detained earlier Friday in an area near Norbury, Pollards Hill, for possession of ammunition and Class-B drugs.
"""),
("07_us_trump_covid_positive", "https://en.wikinews.org//wiki/US_President_Donald_Trump_tests_positive_for_COVID-19", "2020-10-03",
 "US President Donald Trump tests positive for COVID-19",
 """Very early yesterday morning, the United States President Donald Trump reported he and his wife First Lady Melania Trump tested positive for COVID-19. Officials said the Trumps' 14-year-old son Barron tested negative as did First Family and Senior Advisors Jared Kushner and Ivanka Trump.


Trump took to social media, posting at 12:54 am local time (0454 UTC) on Twitter, ""Tonight, [Melania] and I tested positive for COVID-19. We will begin our quarantine and recovery process immediately. We will get through this TOGETHER!"" Yesterday afternoon Marine One landed on the White House's South Lawn flying Trump to Walter Reed National Military Medical Center (WRNMMC) in Bethesda, Maryland.


Reports said both were showing ""mild symptoms"". Senior administration officials were tested as people were informed of the positive test. Senior advisor Hope Hicks had tested positive on Thursday. 


Presidential physician Sean Conley issued a statement saying Trump has been given zinc, vitamin D, Pepcid and a daily Aspirin. Conley also gave a single dose of the experimental polyclonal antibodies drug from Regeneron Pharmaceuticals.


According to official statements, Trump, now operating from the WRNMMC, is to continue performing his duties as president during a 14-day quarantine. In the event of Trump becoming incapacitated, Vice President Mike Pence could take over the duties of president via the 25th Amendment of the US Constitution. The Pence family all tested negative as of yesterday and there were no changes regarding Pence's campaign events.
"""),
]

IMAGE_CREDIT = re.compile(r"\s*\(Image: Patrick +Gillett\)")


def clean(body: str) -> str:
    body = body.replace('""', '"')
    body = IMAGE_CREDIT.sub("", body)
    paras = [re.sub(r" +", " ", p).strip() for p in re.split(r"\n\s*\n", body)]
    return "\n\n".join(p for p in paras if p)


for name, url, date, title, body in ROWS:
    url = url.replace("//wiki/", "/wiki/")
    text = title + "\n\n" + clean(body) + "\n"
    (HERE / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
    meta = {"title": title, "outlet": "Wikinews", "published": date, "url": url, "licence": "CC BY 2.5",
            "source_repo": SRC, "language": "en"}
    (HERE / "articles" / f"{name}.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(name, len(text.split()))
