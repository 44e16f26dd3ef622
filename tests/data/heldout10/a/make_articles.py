"""Write articles/NN_slug.txt and .json from the CSV cells as read (doubled quotes as in the CSV)."""
import json, re
from pathlib import Path

HERE = Path(__file__).resolve().parent  # moved from _work/ into the half's folder
ART = []

ART.append(("01_southkorea_seoul_mayor_dead",
"https://en.wikinews.org//wiki/Seoul_city_Mayor_Park_Won-soon_found_dead,_South_Korean_police_confirm",
"2020-07-09",
"Seoul city Mayor Park Won-soon found dead, South Korean police confirm",
"""Park Won-soon, the mayor of Seoul, South Korea, was found dead, police reported Friday morning, local time (UTC+0900).  He was reported missing Thursday evening by the police.  Park was 64 years old.


Park Won-soon's body was found at Mount Bukak.  According to initial reports, the police have been investigating the specifics about the cause of his death.


According to local reports, the 64-year-old mayor left his home a quarter before 11 a.m. on Thursday with a backpack.  At about 5:17 p.m. his daughter reported to the police he ""left home four–five hours ago after leaving words like a will, with his phone currently off."" ((ko))Korean language: 4~5시간 전에 아버지가 유언 같은 말을 남기고 집을 나갔는데 전화기가 꺼져 있다  Park's phone was last active in the north-east region of Seoul in Seongbuk-gu, The Korea Herald reported.


The Seoul government said Park had cancelled his entire Thursday schedule.


A large search operation was launched, involving over 500 police officers and firefighters. 


Shortly before Park Won-soon's death, on Wednesday a case was reportedly filed against him by a former secretery concerning sexual harassment, and the police had said they would be investigating the allegations.


Park was elected mayor of the capital city in 2011.  He was re-elected twice, in 2014 and 2018.  His current term was through 2021.
"""))

ART.append(("02_serbia_belgrade_protests",
"https://en.wikinews.org//wiki/Serbian_protesters_try_to_storm_Parliament;_fourth_day_of_protests",
"2020-07-12",
"Serbian protesters try to storm Parliament; fourth day of protests",
"""Friday night was the fourth night in a row that Serbians protested; the protest started out against the government's anti-COVID-19 measures but has reportedly expanded into more general anti-government protests. Police director Vladimir Rebic said at least 71 people were arrested Friday night.


Anti-government protests have been taking place since Tuesday in the Serbian capital Belgrade after the government announced new lockdown measures, which the government dropped after the protests began.  According to reports, criticism within Serbia has said COVID-19 cases rose because President Aleksandar Vučić eased lockdown measures to win elections which were held on June 21.  Public and private gatherings were allowed in May again before the election started, including sports events, religious events, and parties.


The protesters clashed in front of parliament with the police and threw rocks, bottles and flares. As they tried to storm parliament, police in response fired tear gas at them.  Director Rebic said the night's incidents injured fourteen police officers. A number of journalists were also injured after being attacked by protesters.


Some members of opposition parties have claimed violent protesters were sent by the government. President Vučić said  unspecified foreign security forces were involved in the protests.
"""))

ART.append(("03_australia_caloundra_rugby",
"https://en.wikinews.org//wiki/Caloundra_defeat_Maroochydore_in_third_round_of_2020_Sunshine_Coast_Rugby_Union_season",
"2020-08-18",
"Caloundra defeat Maroochydore in third round of 2020 Sunshine Coast Rugby Union season",
"""On Saturday, Caloundra defeated Maroochydore in round 3 of the 2020 Sunshine Coast Rugby Union season.


""I am [pretty happy with that]"", Caloundra coach Geoff Ingram said.  ""We made a lot of ground on where we were [in the] last couple of weeks. [...] Set piece and breakdown, they've been the two missing pieces [in the] last couple of weeks.  We got away with it against Uni [in round 1] but [against] Noosa [in round 2], we didn't.  They beat us well.  It was probably a set piece was the weak point  against Uni, and then [the] breakdown was the issue against Noosa.  They were good good couple of early lessons and we made  big ground on that gap today.""


Maroochydore captain Sam Marshall lamented his side's close loss.


""Yeah, it didn't come our way, we had a few silly mistakes"", Marshall said.  ""A couple of yellows [and] disciplines. [...] We're training really well together, as a unit we're gelling.  We're just bringing silly mistakes and errors on to the field.  I think those are things we have to work on.""


The home side was on the receiving end of two yellow cards, leaving Ingram unimpressed.  ""One of them was questionable.  But there's a lazy high shot from Kauri at the end which was a fair yellow, the other one probably not.""
"""))

ART.append(("04_russia_navalny_airlifted",
"https://en.wikinews.org//wiki/Russia%27s_Navalny_airlifted_to_Germany",
"2020-08-22",
"Russia's Navalny airlifted to Germany",
"""Today, Russian opposition leader Alexei Navalny was airlifted from the city of Omsk in Siberia to Berlin, Germany. Navalny has been suffering from a serious medical condition since Thursday. His associates have alleged Navalny was poisoned.


Alexei Navalny is an outspoken critic of Russian president Vladimir Putin. Navalny was transferred from the hospital in Omsk to Charité in Berlin via air ambulance. Cinema for Peace Foundation, a Berlin-based non-profit, provided for the medical evacuation.


On Thursday, Navalny was flying from Tomsk in Siberia headed for Moscow when he fell ill. The flight was redirected to Omsk, so he could be hospitalized. Associates of Navalny alleged he drank tea laced with poison. Hospital officials in Omsk said no traces of poison was found in his blood or urine. As of Friday, Navalny was in a medically induced coma.


Charité said in a statement, Navalny would be undergoing extensive medical diagnostics. His family would be consulted before any comment on his condition would be released. The hospital also asked for patience.
"""))

ART.append(("05_germany_navalny_novichok",
"https://en.wikinews.org//wiki/Germany_says_Alexei_Navalny_poisoned_with_Novichok",
"2020-09-05",
"Germany says Alexei Navalny poisoned with Novichok",
"""On Wednesday, the German government said Russian opposition leader Alexei Navalny was poisoned with Novichok, a range of neurotoxins developed by the Soviet Union. Last month, Alexei Navalny was airlifted from Omsk to Berlin because of falling ill, and transferred to a hospital in Berlin, Charité.


The German government announced the tests by a military laboratory found Novichok in Navalny's blood, and said there was ""unequivocal"" proof he had been poisoned. The spokesperson for the German government strongly condemned the attack. Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia. The Russian government dismissed the claim from Berlin as groundless.


Navalny was airlifted from Omsk to Berlin in August when he was suffering from a serious medical condition.  Navalny is an outspoken critic of Russian president Vladimir Putin, and his associates had alleged Navalny was poisoned.  Initial reports from Omsk hospital reported no traces of poison were found in his blood or urine before he was airlifted by Berlin non-profit Cinema for Peace Foundation.
"""))

ART.append(("06_us_van_halen_dies",
"https://en.wikinews.org//wiki/Guitarist_Eddie_Van_Halen_dies,_aged_65",
"2020-10-08",
"Guitarist Eddie Van Halen dies, aged 65",
"""Edward Lodewijk ""Eddie"" Van Halen, lead guitarist of US rock band Van Halen, died Tuesday at age 65 following an extended battle with throat cancer. His death was confirmed by his son, Wolfgang Van Halen.


Van Halen was a native of the Netherlands, eventually relocating to Pasadena, California.


Numerous iconic rock musicians such as Billy Idol and Yusuf/Cat Stevens paid tribute to the guitarist following the announcement of his death.


Eddie Van Halen was known for his heavy use of two-handed tapping and complex harmonics in his guitar playing, and has been widely regarded as one of the most influential electric guitarists. The guitarist formed Van Halen with his brother Alex Van Halen in 1972. The band's 1978 self-titled debut album peaked at #19 on the Billboard charts and was certified Diamond by the Recording Industry Association of America (RIAA), having sold over 10 million copies. The band eventually rose to become one of the best-selling musical artists to date.  In 2007 they were inducted into the Rock & Roll Hall of Fame.


The guitarist is perhaps best-known for his guitar solo Eruption, the second track on the group's debut album. Mike McCready of Pearl Jam likened his first time hearing the solo to first hearing classical composer Mozart. In an interview with Rolling Stone, McCready commented, ""he gets sounds that aren't necessarily guitar sounds — a lot of harmonics, textures that happen just because of how he picks.""


Van Halen had been previously diagnosed with tongue cancer as early as 2000. He was known for his reclusive personality.
"""))

ART.append(("07_us_debate_cancelled",
"https://en.wikinews.org//wiki/Second_US_Biden-Trump_debate_cancelled_amid_safety_controversy",
"2020-10-12",
"Second US Biden-Trump debate cancelled amid safety controversy",
"""The United States Commission on Presidential Debates announced on Friday the second presidential debate between US President Donald Trump and former US Vice President Joe Biden, which was slated for October 15, has been cancelled, citing COVID-19 safety concerns. 


In an official statement, the commission said, ""On October 8, CPD announced that for the health and safety of all involved, the second presidential debate, scheduled for October 15 in Miami, would be conducted virtually [...] Subsequently, the campaigns of the two candidates who qualified for participation in the debate made a series of statements concerning their respective positions regarding their willingness to participate in a virtual debate on October 15, and each now has announced alternate plans for that date. It is now apparent there will be no debate on October 15"".


President Trump tested positive for SARS-CoV-2, the coronavirus that causes COVID-19, within just days after traveling to Cleveland, Ohio to participate in the first presidential debate against Democratic rival Joe Biden. The debate safety-recluations controversy followed.  Prior to the cancellation announcement, there was discussion the second debate could be held virtually in light of President Trump's recent COVID-19 diagnosis. The president called the notion a ""waste of time"". With the president's evident disinclination to a virtual debate, Biden scheduled a town hall in Pennsylvania for the day the debate was to be held.


The second debate was intended to be done in town-hall format. The Biden campaign criticized Trump's refusal to debate virtually, accusing the president of ""not want[ing] to face questions from the voters about his failures on COVID and the economy."" 


According to organizers, the final debate is still scheduled for October 22 at Belmont University in Nashville, Tennessee, and is to involve testing, mask requirements and social distancing. The debate is to be moderated by NBC News correspondent Kristen Welker.
"""))


def clean(body: str) -> str:
    body = body.replace('""', '"')
    paras = [re.sub(r" {2,}", " ", p).strip() for p in re.split(r"\n\s*\n", body)]
    return "\n\n".join(p for p in paras if p)


for slug, url, date, title, body in ART:
    text = title + "\n\n" + clean(body) + "\n"
    (HERE / "articles" / f"{slug}.txt").write_text(text, encoding="utf-8")
    meta = {"title": title, "outlet": "Wikinews", "published": date, "url": url.replace("org//wiki", "org/wiki"),
            "licence": "CC BY 2.5", "source_repo": "vanatteveldt/wikinews wikinews_2020.csv", "language": "en"}
    (HERE / "articles" / f"{slug}.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(slug, len(clean(body).split()), "words")
