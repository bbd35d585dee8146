#!/usr/bin/env python3
"""Generates Graphs/actors.yaml, the GeoGraph world gazetteer, from the tables below.

Usage: Scripts/gen_gazetteer.py [--check]
  (no option)  writes Graphs/actors.yaml (next to this script's parent folder) and validates it
  --check      validates the existing Graphs/actors.yaml against the tables without writing

Table rows are one actor a line, fields separated by " | ", list items by "; ":
  states, regions, organisations:  id | name | tags | names | seats | demonyms [| represents | terms]
  persons:                         id | name | tags | represents | names [| terms]
Tags are space-separated. Rows of UN_MEMBERS get the tag `un-member` added after their region tag.
Terms are date ranges `from..until` (YYYY-MM-DD or YYYY-MM, either end left empty when open), separated
by "; " and in date order: `2017-01-20..2021-01-20; 2025-01-20..`. A person or body stands for the actor
it represents only on dates inside one of its terms (Actor.represents(on:)); with no terms, always.
An organisation that represents a state is its agent (Wagner and Africa Corps for Russia) or, with a
term, its de facto government (the Taliban for Afghanistan from 2021-08-15).
Ids are slugs of the name ("abdel-fattah-el-sisi"), as the annotation guide declares persons, so that a
reference annotated before an actor joined the gazetteer names it alike; older rows keep short ids.
Roles: `leader` is the one current chief executive of the actor it represents (the extractor resolves
"the Russian president" to it, so at most one per actor, and its last term is open); `former-leader`
held that office; `official` is any other office holder. Terms are the offices that make a person speak
for the state (president, prime minister, vice-president, ministers, top envoys), as known in 2025:
open ends are checked against the news before a release.

Rules the loader (Sources/GeoGraph/GraphFileReader.swift) enforces and this script checks first:
ids are slugs; every surface form (id, name, names, seats, demonyms) is claimed by one actor only,
compared after folding (lowercase, ’ -> ', runs of white space -> one space); `represents` names an
actor of the file. Ambiguous forms go to no one or to the most prominent claimant: "Korean"
and "Dominica"'s demonym are left out, "Dominican" is the Dominican Republic's, the bare "Congo" and
"Congolese" are DR Congo's (the Republic of the Congo is named in full or as Congo-Brazzaville), the bare
"Berdimuhamedov" is Serdar's (president since 2022), "Japarov" is Sadyr's, "Brussels" is the EU's.
"""
import os
import re
import sys
import unicodedata

import yaml

# --- UN member states (193) ------------------------------------------------------------------------
UN_MEMBERS = """
afghanistan | Afghanistan | south-asia | Islamic Emirate of Afghanistan; Islamic Republic of Afghanistan | Kabul | Afghan; Afghans
albania | Albania | europe west | Republic of Albania | Tirana | Albanian; Albanians
algeria | Algeria | africa | People's Democratic Republic of Algeria | Algiers | Algerian; Algerians
andorra | Andorra | europe | Principality of Andorra | Andorra la Vella | Andorran; Andorrans
angola | Angola | africa | Republic of Angola | Luanda | Angolan; Angolans
antigua-and-barbuda | Antigua and Barbuda | americas | Antigua | St. John's | Antiguan; Barbudan
argentina | Argentina | americas | Argentine Republic | Buenos Aires; Casa Rosada | Argentine; Argentinian; Argentines; Argentinians
armenia | Armenia | caucasus | Republic of Armenia | Yerevan | Armenian; Armenians
australia | Australia | oceania west | Commonwealth of Australia | Canberra | Australian; Australians
austria | Austria | europe west | Republic of Austria | Vienna | Austrian; Austrians
azerbaijan | Azerbaijan | caucasus | Republic of Azerbaijan | Baku | Azerbaijani; Azerbaijanis; Azeri; Azeris
bahamas | Bahamas | americas | The Bahamas; Commonwealth of The Bahamas | Nassau | Bahamian; Bahamians
bahrain | Bahrain | middle-east | Kingdom of Bahrain | Manama | Bahraini; Bahrainis
bangladesh | Bangladesh | south-asia | People's Republic of Bangladesh | Dhaka | Bangladeshi; Bangladeshis
barbados | Barbados | americas |  | Bridgetown | Barbadian; Barbadians; Bajan
belarus | Belarus | europe | Republic of Belarus; Byelorussia; Belorussia | Minsk | Belarusian; Belarusians; Belarussian
belgium | Belgium | europe west | Kingdom of Belgium | Brussels-Capital | Belgian; Belgians
belize | Belize | americas |  | Belmopan | Belizean; Belizeans
benin | Benin | africa | Republic of Benin | Porto-Novo; Cotonou | Beninese
bhutan | Bhutan | south-asia | Kingdom of Bhutan | Thimphu | Bhutanese
bolivia | Bolivia | americas | Plurinational State of Bolivia | Sucre; La Paz | Bolivian; Bolivians
bosnia-and-herzegovina | Bosnia and Herzegovina | europe | Bosnia; Bosnia-Herzegovina | Sarajevo | Bosnian; Bosnians
botswana | Botswana | africa | Republic of Botswana | Gaborone | Motswana; Batswana
brazil | Brazil | americas | Federative Republic of Brazil | Brasilia; Brasília; Planalto | Brazilian; Brazilians
brunei | Brunei | southeast-asia | Brunei Darussalam | Bandar Seri Begawan | Bruneian; Bruneians
bulgaria | Bulgaria | europe west | Republic of Bulgaria | Sofia | Bulgarian; Bulgarians
burkina-faso | Burkina Faso | africa | Burkina | Ouagadougou | Burkinabe; Burkinabè
burundi | Burundi | africa | Republic of Burundi | Gitega | Burundian; Burundians
cabo-verde | Cabo Verde | africa | Cape Verde | Praia | Cabo Verdean; Cape Verdean; Cape Verdeans
cambodia | Cambodia | southeast-asia | Kingdom of Cambodia | Phnom Penh | Cambodian; Cambodians
cameroon | Cameroon | africa | Republic of Cameroon | Yaounde; Yaoundé | Cameroonian; Cameroonians
canada | Canada | americas west |  | Ottawa | Canadian; Canadians
central-african-republic | Central African Republic | africa | CAR | Bangui | Central African; Central Africans
chad | Chad | africa | Republic of Chad | N'Djamena | Chadian; Chadians
chile | Chile | americas | Republic of Chile | Santiago | Chilean; Chileans
china | China | east-asia great-power | People's Republic of China; PRC; P.R.C.; mainland China; Middle Kingdom | Beijing; Peking; Zhongnanhai | Chinese
colombia | Colombia | americas | Republic of Colombia | Bogota; Bogotá | Colombian; Colombians
comoros | Comoros | africa | Union of the Comoros | Moroni | Comorian; Comorians
costa-rica | Costa Rica | americas | Republic of Costa Rica | San Jose; San José | Costa Rican; Costa Ricans
croatia | Croatia | europe west | Republic of Croatia | Zagreb | Croatian; Croatians; Croat; Croats
cuba | Cuba | americas | Republic of Cuba | Havana | Cuban; Cubans
cyprus | Cyprus | europe west | Republic of Cyprus | Nicosia | Cypriot; Cypriots
czechia | Czechia | europe west | Czech Republic | Prague | Czech; Czechs
denmark | Denmark | europe west | Kingdom of Denmark | Copenhagen | Danish; Dane; Danes
djibouti | Djibouti | africa | Republic of Djibouti | Djibouti City | Djiboutian; Djiboutians
dominica | Dominica | americas | Commonwealth of Dominica | Roseau |
dominican-republic | Dominican Republic | americas |  | Santo Domingo | Dominican; Dominicans
dr-congo | DR Congo | africa | Democratic Republic of the Congo; DRC; Congo-Kinshasa; Congo | Kinshasa | Congolese
ecuador | Ecuador | americas | Republic of Ecuador | Quito | Ecuadorian; Ecuadorians
egypt | Egypt | middle-east | Arab Republic of Egypt | Cairo | Egyptian; Egyptians
el-salvador | El Salvador | americas | Republic of El Salvador | San Salvador | Salvadoran; Salvadorans; Salvadorian
equatorial-guinea | Equatorial Guinea | africa | Republic of Equatorial Guinea | Malabo | Equatoguinean; Equatorial Guinean
eritrea | Eritrea | africa | State of Eritrea | Asmara | Eritrean; Eritreans
estonia | Estonia | europe west | Republic of Estonia | Tallinn | Estonian; Estonians
eswatini | Eswatini | africa | Swaziland; Kingdom of Eswatini | Mbabane | Swazi; Swazis
ethiopia | Ethiopia | africa | Federal Democratic Republic of Ethiopia | Addis Ababa | Ethiopian; Ethiopians
fiji | Fiji | oceania | Republic of Fiji | Suva | Fijian; Fijians
finland | Finland | europe west | Republic of Finland | Helsinki | Finnish; Finn; Finns
france | France | europe west | French Republic | Paris; the Elysee; Elysee; Elysee Palace; Élysée; the Élysée; Élysée Palace; Quai d'Orsay | French
gabon | Gabon | africa | Gabonese Republic | Libreville | Gabonese
gambia | Gambia | africa | The Gambia; Republic of The Gambia | Banjul | Gambian; Gambians
georgia | Georgia | caucasus | Sakartvelo | Tbilisi | Georgian; Georgians
germany | Germany | europe west | Federal Republic of Germany | Berlin; Chancellery | German; Germans
ghana | Ghana | africa | Republic of Ghana | Accra | Ghanaian; Ghanaians
greece | Greece | europe west | Hellenic Republic | Athens | Greek; Greeks
grenada | Grenada | americas |  | St. George's | Grenadian; Grenadians
guatemala | Guatemala | americas | Republic of Guatemala | Guatemala City | Guatemalan; Guatemalans
guinea | Guinea | africa | Republic of Guinea; Guinea-Conakry | Conakry | Guinean; Guineans
guinea-bissau | Guinea-Bissau | africa | Republic of Guinea-Bissau | Bissau | Bissau-Guinean; Bissau-Guineans
guyana | Guyana | americas | Co-operative Republic of Guyana | Georgetown | Guyanese
haiti | Haiti | americas | Republic of Haiti | Port-au-Prince | Haitian; Haitians
honduras | Honduras | americas | Republic of Honduras | Tegucigalpa | Honduran; Hondurans
hungary | Hungary | europe west |  | Budapest | Hungarian; Hungarians
iceland | Iceland | europe west |  | Reykjavik; Reykjavík | Icelandic; Icelander; Icelanders
india | India | south-asia | Republic of India; Bharat | New Delhi; Delhi | Indian; Indians
indonesia | Indonesia | southeast-asia | Republic of Indonesia | Jakarta | Indonesian; Indonesians
iran | Iran | middle-east | Islamic Republic of Iran; Persia | Tehran; Teheran | Iranian; Iranians; Persian
iraq | Iraq | middle-east | Republic of Iraq | Baghdad | Iraqi; Iraqis
ireland | Ireland | europe west | Republic of Ireland; Eire | Dublin | Irish
israel | Israel | middle-east | State of Israel | Jerusalem; Tel Aviv | Israeli; Israelis
italy | Italy | europe west | Italian Republic | Rome; Palazzo Chigi | Italian; Italians
ivory-coast | Ivory Coast | africa | Côte d'Ivoire; Cote d'Ivoire | Yamoussoukro; Abidjan | Ivorian; Ivorians
jamaica | Jamaica | americas |  | Kingston | Jamaican; Jamaicans
japan | Japan | east-asia west | Nippon | Tokyo | Japanese
jordan | Jordan | middle-east | Hashemite Kingdom of Jordan | Amman | Jordanian; Jordanians
kazakhstan | Kazakhstan | central-asia | Republic of Kazakhstan; Kazakstan; Qazaqstan | Astana; Nur-Sultan; Akorda; Ak Orda | Kazakh; Kazakhs; Kazakhstani; Kazakhstanis; Kazak; Kazaks; Qazaq
kenya | Kenya | africa | Republic of Kenya | Nairobi | Kenyan; Kenyans
kiribati | Kiribati | oceania | Republic of Kiribati | Tarawa | I-Kiribati
kuwait | Kuwait | middle-east | State of Kuwait | Kuwait City | Kuwaiti; Kuwaitis
kyrgyzstan | Kyrgyzstan | central-asia | Kyrgyz Republic; Kirghizia; Kirgizia | Bishkek | Kyrgyz; Kirghiz; Kyrgyzstani
laos | Laos | southeast-asia | Lao People's Democratic Republic; Lao PDR | Vientiane | Lao; Laotian; Laotians
latvia | Latvia | europe west | Republic of Latvia | Riga | Latvian; Latvians
lebanon | Lebanon | middle-east | Lebanese Republic | Beirut | Lebanese
lesotho | Lesotho | africa | Kingdom of Lesotho | Maseru | Basotho; Mosotho
liberia | Liberia | africa | Republic of Liberia | Monrovia | Liberian; Liberians
libya | Libya | africa | State of Libya | Tripoli | Libyan; Libyans
liechtenstein | Liechtenstein | europe | Principality of Liechtenstein | Vaduz | Liechtensteiner; Liechtensteiners
lithuania | Lithuania | europe west | Republic of Lithuania | Vilnius | Lithuanian; Lithuanians
luxembourg | Luxembourg | europe west | Grand Duchy of Luxembourg | Luxembourg City | Luxembourgish; Luxembourger; Luxembourgers
madagascar | Madagascar | africa | Republic of Madagascar | Antananarivo | Malagasy
malawi | Malawi | africa | Republic of Malawi | Lilongwe | Malawian; Malawians
malaysia | Malaysia | southeast-asia |  | Kuala Lumpur; Putrajaya | Malaysian; Malaysians
maldives | Maldives | south-asia | Republic of Maldives | Malé | Maldivian; Maldivians
mali | Mali | africa | Republic of Mali | Bamako | Malian; Malians
malta | Malta | europe west | Republic of Malta | Valletta | Maltese
marshall-islands | Marshall Islands | oceania | Republic of the Marshall Islands | Majuro | Marshallese
mauritania | Mauritania | africa | Islamic Republic of Mauritania | Nouakchott | Mauritanian; Mauritanians
mauritius | Mauritius | africa | Republic of Mauritius | Port Louis | Mauritian; Mauritians
mexico | Mexico | americas | United Mexican States | Mexico City | Mexican; Mexicans
micronesia | Micronesia | oceania | Federated States of Micronesia | Palikir | Micronesian; Micronesians
moldova | Moldova | europe | Republic of Moldova | Chisinau; Chișinău | Moldovan; Moldovans
monaco | Monaco | europe | Principality of Monaco | Monaco | Monegasque; Monegasques
mongolia | Mongolia | east-asia |  | Ulaanbaatar; Ulan Bator | Mongolian; Mongolians
montenegro | Montenegro | europe west |  | Podgorica | Montenegrin; Montenegrins
morocco | Morocco | africa | Kingdom of Morocco | Rabat | Moroccan; Moroccans
mozambique | Mozambique | africa | Republic of Mozambique | Maputo | Mozambican; Mozambicans
myanmar | Myanmar | southeast-asia | Burma; Republic of the Union of Myanmar | Naypyidaw; Nay Pyi Taw | Burmese; Myanmarese
namibia | Namibia | africa | Republic of Namibia | Windhoek | Namibian; Namibians
nauru | Nauru | oceania | Republic of Nauru | Yaren | Nauruan; Nauruans
nepal | Nepal | south-asia | Federal Democratic Republic of Nepal | Kathmandu | Nepali; Nepalese; Nepalis
netherlands | Netherlands | europe west | Kingdom of the Netherlands; Holland | Amsterdam; The Hague | Dutch
new-zealand | New Zealand | oceania west | Aotearoa | Wellington | New Zealander; New Zealanders; Kiwi
nicaragua | Nicaragua | americas | Republic of Nicaragua | Managua | Nicaraguan; Nicaraguans
niger | Niger | africa | Republic of the Niger | Niamey | Nigerien; Nigeriens
nigeria | Nigeria | africa | Federal Republic of Nigeria | Abuja | Nigerian; Nigerians
north-korea | North Korea | east-asia | Democratic People's Republic of Korea; DPRK; N Korea; N. Korea | Pyongyang | North Korean; North Koreans
north-macedonia | North Macedonia | europe west | Republic of North Macedonia; Macedonia | Skopje | Macedonian; Macedonians
norway | Norway | europe west | Kingdom of Norway | Oslo | Norwegian; Norwegians
oman | Oman | middle-east | Sultanate of Oman | Muscat | Omani; Omanis
pakistan | Pakistan | south-asia | Islamic Republic of Pakistan | Islamabad | Pakistani; Pakistanis
palau | Palau | oceania | Republic of Palau | Ngerulmud | Palauan; Palauans
panama | Panama | americas | Republic of Panama | Panama City | Panamanian; Panamanians
papua-new-guinea | Papua New Guinea | oceania | PNG | Port Moresby | Papua New Guinean; Papua New Guineans
paraguay | Paraguay | americas | Republic of Paraguay | Asuncion; Asunción | Paraguayan; Paraguayans
peru | Peru | americas | Republic of Peru | Lima | Peruvian; Peruvians
philippines | Philippines | southeast-asia | Republic of the Philippines | Manila; Malacañang | Filipino; Filipinos; Philippine
poland | Poland | europe west | Republic of Poland | Warsaw | Polish; Pole; Poles
portugal | Portugal | europe west | Portuguese Republic | Lisbon | Portuguese
qatar | Qatar | middle-east | State of Qatar | Doha | Qatari; Qataris
republic-of-the-congo | Republic of the Congo | africa | Congo-Brazzaville; Congo Republic | Brazzaville |
romania | Romania | europe west |  | Bucharest | Romanian; Romanians
russia | Russia | europe great-power | Russian Federation | Moscow; Kremlin; the Kremlin | Russian; Russians
rwanda | Rwanda | africa | Republic of Rwanda | Kigali | Rwandan; Rwandans
saint-kitts-and-nevis | Saint Kitts and Nevis | americas | St Kitts and Nevis; St. Kitts and Nevis | Basseterre | Kittitian; Nevisian
saint-lucia | Saint Lucia | americas | St Lucia; St. Lucia | Castries | Saint Lucian; Saint Lucians
saint-vincent-and-the-grenadines | Saint Vincent and the Grenadines | americas | St Vincent and the Grenadines | Kingstown | Vincentian; Vincentians
samoa | Samoa | oceania | Independent State of Samoa | Apia | Samoan; Samoans
san-marino | San Marino | europe | Republic of San Marino | San Marino | Sammarinese
sao-tome-and-principe | Sao Tome and Principe | africa | São Tomé and Príncipe | São Tomé | Santomean; Santomeans
saudi-arabia | Saudi Arabia | middle-east | Kingdom of Saudi Arabia; KSA | Riyadh | Saudi; Saudis; Saudi Arabian
senegal | Senegal | africa | Republic of Senegal | Dakar | Senegalese
serbia | Serbia | europe | Republic of Serbia | Belgrade | Serbian; Serb; Serbs
seychelles | Seychelles | africa | Republic of Seychelles | Victoria | Seychellois
sierra-leone | Sierra Leone | africa | Republic of Sierra Leone | Freetown | Sierra Leonean; Sierra Leoneans
singapore | Singapore | southeast-asia | Republic of Singapore | Singapore | Singaporean; Singaporeans
slovakia | Slovakia | europe west | Slovak Republic | Bratislava | Slovak; Slovaks; Slovakian
slovenia | Slovenia | europe west | Republic of Slovenia | Ljubljana | Slovenian; Slovenians; Slovene; Slovenes
solomon-islands | Solomon Islands | oceania |  | Honiara | Solomon Islander; Solomon Islanders
somalia | Somalia | africa | Federal Republic of Somalia | Mogadishu | Somali; Somalis; Somalian; Somalians
south-africa | South Africa | africa | Republic of South Africa | Pretoria; Cape Town; Union Buildings | South African; South Africans
south-korea | South Korea | east-asia | Republic of Korea; ROK; S Korea; S. Korea | Seoul | South Korean; South Koreans
south-sudan | South Sudan | africa | Republic of South Sudan | Juba | South Sudanese
spain | Spain | europe west | Kingdom of Spain | Madrid; Moncloa | Spanish; Spaniard; Spaniards
sri-lanka | Sri Lanka | south-asia | Democratic Socialist Republic of Sri Lanka; Ceylon | Colombo; Sri Jayawardenepura Kotte | Sri Lankan; Sri Lankans
sudan | Sudan | africa | Republic of the Sudan | Khartoum | Sudanese
suriname | Suriname | americas | Republic of Suriname | Paramaribo | Surinamese
sweden | Sweden | europe west | Kingdom of Sweden | Stockholm | Swedish; Swede; Swedes
switzerland | Switzerland | europe west | Swiss Confederation | Bern; Berne | Swiss
syria | Syria | middle-east | Syrian Arab Republic | Damascus | Syrian; Syrians
tajikistan | Tajikistan | central-asia | Republic of Tajikistan; Tadjikistan | Dushanbe | Tajik; Tajiks; Tajikistani; Tadjik
tanzania | Tanzania | africa | United Republic of Tanzania | Dodoma; Dar es Salaam | Tanzanian; Tanzanians
thailand | Thailand | southeast-asia | Kingdom of Thailand; Siam | Bangkok | Thai; Thais
timor-leste | Timor-Leste | southeast-asia | East Timor | Dili | Timorese
togo | Togo | africa | Togolese Republic | Lome; Lomé | Togolese
tonga | Tonga | oceania | Kingdom of Tonga | Nuku'alofa | Tongan; Tongans
trinidad-and-tobago | Trinidad and Tobago | americas | Trinidad | Port of Spain | Trinidadian; Tobagonian; Trinidadians
tunisia | Tunisia | africa | Republic of Tunisia | Tunis | Tunisian; Tunisians
turkey | Turkey | middle-east | Türkiye; Turkiye; Republic of Türkiye | Ankara | Turkish; Turk; Turks
turkmenistan | Turkmenistan | central-asia | Turkmenia | Ashgabat; Ashkhabad | Turkmen; Turkmens; Turkmenistani
tuvalu | Tuvalu | oceania |  | Funafuti | Tuvaluan; Tuvaluans
uae | United Arab Emirates | middle-east | UAE; U.A.E.; the Emirates | Abu Dhabi | Emirati; Emiratis
uganda | Uganda | africa | Republic of Uganda | Kampala | Ugandan; Ugandans
uk | United Kingdom | europe west | UK; U.K.; Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland | London; Downing Street; Whitehall; Number 10; No 10; No. 10 | British; Briton; Britons; Brits
ukraine | Ukraine | europe |  | Kyiv; Kiev; Bankova | Ukrainian; Ukrainians
uruguay | Uruguay | americas | Oriental Republic of Uruguay | Montevideo | Uruguayan; Uruguayans
usa | United States | americas great-power west | United States of America; USA; U.S.A.; US; U.S.; America; the United States; the US; the U.S. | Washington; Washington DC; Washington D.C.; White House; the White House; Pentagon; the Pentagon; State Department; Foggy Bottom | American; Americans
uzbekistan | Uzbekistan | central-asia | Republic of Uzbekistan; Ozbekiston | Tashkent; Toshkent | Uzbek; Uzbeks; Uzbekistani
vanuatu | Vanuatu | oceania | Republic of Vanuatu | Port Vila | Ni-Vanuatu
venezuela | Venezuela | americas | Bolivarian Republic of Venezuela | Caracas; Miraflores | Venezuelan; Venezuelans
vietnam | Vietnam | southeast-asia | Viet Nam; Socialist Republic of Vietnam | Hanoi | Vietnamese
yemen | Yemen | middle-east | Republic of Yemen | Sanaa; Sana'a | Yemeni; Yemenis
zambia | Zambia | africa | Republic of Zambia | Lusaka | Zambian; Zambians
zimbabwe | Zimbabwe | africa | Republic of Zimbabwe | Harare | Zimbabwean; Zimbabweans
"""

# --- States that are not UN members (observers, partly recognised) --------------------------------
OTHER_STATES = """
kosovo | Kosovo | europe | Republic of Kosovo | Pristina; Prishtina | Kosovar; Kosovars
palestine | Palestine | middle-east un-observer | State of Palestine; Palestinian Authority; Palestine Liberation Organization; PLO | Ramallah | Palestinian; Palestinians
somaliland | Somaliland | africa de-facto | Republic of Somaliland | Hargeisa | Somalilander; Somalilanders
ussr | Soviet Union | europe historical | USSR; U.S.S.R.; the Soviet Union; Union of Soviet Socialist Republics |  | Soviet
taiwan | Taiwan | east-asia | Republic of China; ROC; Chinese Taipei | Taipei | Taiwanese
vatican | Vatican | europe un-observer | Holy See; Vatican City | the Vatican |
"""

# --- Regions news writes about as actors ----------------------------------------------------------
REGIONS = """
central-asia | Central Asia | central-asia | Central Asian countries; Central Asian states; Central Asian republics; Central Asian nations; Central Asian governments; Central Asian leaders; the region's countries; the countries of the region; the states of the region; C5 |  | Central Asian
crimea | Crimea | europe place | Crimean Peninsula |  |
donbas | Donbas | europe place | Donbass; eastern Ukraine; Donetsk and Luhansk |  |
fergana-valley | Fergana Valley | central-asia place | Ferghana Valley; Farghona Valley; Fergana |  |
gbao | Gorno-Badakhshan | central-asia place | Gorno-Badakhshan Autonomous Region; GBAO; Pamir |  |
karakalpakstan | Karakalpakstan | central-asia place | Karakalpakstan Republic; Republic of Karakalpakstan |  | Karakalpak
middle-east | Middle East | middle-east | the Middle East |  |
nagorno-karabakh | Nagorno-Karabakh | caucasus place | Karabakh; Garabagh; Artsakh |  |
south-caucasus | South Caucasus | caucasus | Transcaucasia; the South Caucasus |  |
west | the West | west | Western countries; Western powers; Western governments |  | Western
abkhazia | Abkhazia | caucasus place |  |  | Abkhaz; Abkhazian
arctic | Arctic |  | the Arctic; Arctic region |  |
caspian | Caspian |  | Caspian region; Caspian Sea; the Caspian; Caspian states; Caspian littoral states |  |
gaza | Gaza | middle-east place | Gaza Strip; the Gaza Strip |  | Gazan; Gazans
global-south | Global South |  | the Global South |  |
hong-kong | Hong Kong | east-asia place | Hong Kong SAR; HKSAR |  |
south-ossetia | South Ossetia | caucasus place | Tskhinvali Region |  | South Ossetian; South Ossetians
tibet | Tibet | east-asia place | Tibet Autonomous Region; Xizang |  | Tibetan; Tibetans
transnistria | Transnistria | europe place | Pridnestrovie; Transdniestria |  | Transnistrian
xinjiang | Xinjiang | east-asia place | Xinjiang Uygur Autonomous Region; Xinjiang Province; East Turkestan |  |
post-soviet-space | post-Soviet space | | post-Soviet states; post-Soviet countries; former Soviet republics; former Soviet states; the former Soviet Union; the post-Soviet space |  |
latin-america | Latin America | americas | South America; Latin American countries; Latin American states |  | Latin American; Latin Americans
africa | Africa | africa | African countries; African states; the African continent |  |
arab-world | Arab world | middle-east | Arab countries; Arab states; the Arab world |  |
baltic-states | Baltic states | europe | Baltic countries; Baltic governments; Baltic nations; Baltic republics; the Baltics |  |
central-america | Central America | americas | Central American states; Central American countries; Central American governments; Central American nations |  |
pacific-islands | Pacific islands | oceania | Pacific island states; Pacific island countries; Pacific island nations; Pacific island governments |  |
gulf-states | Gulf states | middle-east | Gulf Arab states; Gulf countries; Gulf Arab countries; Gulf nations; Gulf governments; Gulf monarchies; Gulf Arab monarchies |  |
"""

# --- International organisations, blocs and armed groups ------------------------------------------
ORGANISATIONS = """
adb | Asian Development Bank | economic-bloc finance | ADB |  |
african-union | African Union | bloc | AU |  |
aiib | AIIB | economic-bloc finance | Asian Infrastructure Investment Bank |  |
arab-league | Arab League | bloc | League of Arab States |  |
asean | ASEAN | bloc | Association of Southeast Asian Nations |  |
brics | BRICS | bloc economic-bloc | BRICS+; BRICS Plus |  |
cica | CICA | bloc | Conference on Interaction and Confidence-Building Measures in Asia |  |
cis | CIS | bloc | Commonwealth of Independent States |  |
csto | CSTO | bloc security-bloc | Collective Security Treaty Organization; Collective Security Treaty Organisation |  |
eaeu | Eurasian Economic Union | bloc economic-bloc | EAEU; EEU; Eurasian Union |  |
ecowas | ECOWAS | bloc | Economic Community of West African States |  |
edb | Eurasian Development Bank | economic-bloc finance | EDB |  |
european-investment-bank | European Investment Bank | economic-bloc finance | EIB |  |
ebrd | EBRD | economic-bloc finance | European Bank for Reconstruction and Development |  |
eu | European Union | great-power west bloc economic-bloc | EU; E.U.; European Council; European Commission; Europe | Brussels | European; Europeans
g20 | G20 | bloc | Group of Twenty; G-20 |  |
g7 | G7 | west bloc | Group of Seven; G-7 |  |
hamas | Hamas | armed-group | Qassam Brigades; al-Qassam Brigades; Izz ad-Din al-Qassam Brigades |  |
hezbollah | Hezbollah | armed-group | Hizbollah; Hizballah |  |
houthis | Houthis | armed-group | the Houthis; Houthi rebels; Ansar Allah; Ansarallah |  | Houthi
icc | International Criminal Court | court | ICC |  |
isis | Islamic State | armed-group | ISIS; ISIL; Daesh; the Islamic State; Islamic State of Iraq and Syria; Islamic State of Iraq and the Levant; Islamic State group |  |
isis-k | Islamic State Khorasan Province | armed-group | ISIS-K; ISKP; IS-K; Islamic State Khorasan; Islamic State-Khorasan; ISIS-Khorasan |  |
wagner | Wagner Group | armed-group agent | Wagner; PMC Wagner; the Wagner Group; Wagner mercenaries |  |  | russia |
gcc | Gulf Cooperation Council | bloc | GCC |  |
caricom | Caribbean Community | bloc | CARICOM |  |
paris-club | Paris Club | economic-bloc finance | the Paris Club |  |
arctic-council | Arctic Council | bloc | the Arctic Council |  |
iaea | IAEA | un-system | International Atomic Energy Agency |  |
imf | IMF | economic-bloc finance | International Monetary Fund |  |
nato | NATO | west bloc security-bloc | North Atlantic Treaty Organization; North Atlantic Treaty Organisation; North Atlantic Alliance |  |
oic | Organisation of Islamic Cooperation | bloc | OIC; Organization of Islamic Cooperation |  |
opec | OPEC | bloc economic-bloc | Organization of the Petroleum Exporting Countries; OPEC+; OPEC Plus |  |
osce | OSCE | bloc security-bloc | Organization for Security and Co-operation in Europe; Organisation for Security and Co-operation in Europe |  |
ots | Organization of Turkic States | bloc | Organisation of Turkic States; Turkic Council; OTS |  |
sco | SCO | bloc security-bloc | Shanghai Cooperation Organization; Shanghai Cooperation Organisation |  |
taliban | Taliban | armed-group | the Taliban; Taliban government; Taliban-led government |  |  | afghanistan | 2021-08-15..
un | United Nations | un-system | UN; U.N.; the United Nations; United Nations Organization |  |
unga | UN General Assembly | un-system | United Nations General Assembly; U.N. General Assembly; UNGA; General Assembly |  |
unsc | UN Security Council | un-system | United Nations Security Council; U.N. Security Council; UNSC |  |
who | WHO | un-system | World Health Organization |  |
world-bank | World Bank | economic-bloc finance | World Bank Group |  |
wto | WTO | economic-bloc | World Trade Organization; World Trade Organisation |  |
aes | Alliance of Sahel States | bloc security-bloc | AES; Confederation of Sahel States; Alliance des États du Sahel |  |
africa-corps | Africa Corps | armed-group agent | Russian Africa Corps; Africa Corps of the Russian Defence Ministry |  |  | russia |
al-qaeda | al-Qaeda | armed-group | al-Qaida; al Qaeda; al-Qa'ida; Al Qaida |  |
al-shabaab | al-Shabaab | armed-group | al Shabaab; Harakat al-Shabaab al-Mujahideen; the Shabaab |  |
anti-isis-coalition | Global Coalition to Defeat ISIS | coalition security-bloc | anti-ISIS coalition; anti-ISIL coalition; anti-Daesh coalition; Global Coalition Against Daesh; Operation Inherent Resolve; CJTF-OIR; Combined Joint Task Force-Operation Inherent Resolve; coalition against ISIS; coalition against ISIL; coalition against Daesh; coalition against the Islamic State |  |
apec | APEC | bloc economic-bloc | Asia-Pacific Economic Cooperation |  |
aqap | AQAP | armed-group | al-Qaeda in the Arabian Peninsula; al-Qaida in the Arabian Peninsula |  |
aqim | AQIM | armed-group | al-Qaeda in the Islamic Maghreb; al-Qaida in the Islamic Maghreb |  |
aukus | AUKUS | security-bloc |  |  |
boko-haram | Boko Haram | armed-group | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad |  |
celac | CELAC | bloc | Community of Latin American and Caribbean States |  |
eac | East African Community | bloc economic-bloc | EAC |  |
eln | ELN | armed-group | National Liberation Army of Colombia; Ejército de Liberación Nacional |  |
farc | FARC | armed-group | Revolutionary Armed Forces of Colombia; FARC-EP |  |
fatah | Fatah | party | Fatah movement; Palestinian National Liberation Movement |  |
hts | Hayat Tahrir al-Sham | armed-group | HTS; Tahrir al-Sham; Hay'at Tahrir al-Sham; Jabhat al-Nusra; al-Nusra Front; Nusra Front; Jabhat Fateh al-Sham |  |  | syria | 2024-12-08..
icj | International Court of Justice | court | ICJ; World Court |  |
itlos | International Tribunal for the Law of the Sea | court | ITLOS; Law of the Sea tribunal |  |
pca | Permanent Court of Arbitration | court | PCA |  |
igad | IGAD | bloc | Intergovernmental Authority on Development |  |
irgc | Islamic Revolutionary Guard Corps | armed-forces agent | IRGC; Revolutionary Guards; Revolutionary Guard Corps; Quds Force; IRGC-Quds Force |  |  | iran |
is-sahel | Islamic State Sahel Province | armed-group | IS Sahel; ISSP; Islamic State in the Greater Sahara; ISGS; Islamic State in the Sahel |  |
iswap | ISWAP | armed-group | Islamic State West Africa Province; Islamic State in West Africa; Islamic State West Africa |  |
jaish-e-mohammed | Jaish-e-Mohammed | armed-group | JeM; Jaish-e-Muhammad; Jaish-e-Mohammad |  |
jnim | JNIM | armed-group | Jama'at Nusrat al-Islam wal-Muslimin; Jamaat Nusrat al-Islam wal-Muslimin; Group for the Support of Islam and Muslims |  |
kataib-hezbollah | Kata'ib Hezbollah | armed-group | Kataib Hezbollah; Kata'ib Hizballah |  |
krg | Kurdistan Regional Government | regional-government | KRG; Iraqi Kurdistan; Kurdistan Region; Kurdistan Region of Iraq; Peshmerga; Kurdish Peshmerga; Peshmerga forces | Erbil; Irbil |
lashkar-e-taiba | Lashkar-e-Taiba | armed-group | LeT; Lashkar-e-Tayyiba; Lashkar-e-Toiba |  |
m23 | M23 | armed-group | March 23 Movement; M23 rebels; AFC/M23 |  |
mercosur | Mercosur | bloc economic-bloc | Mercosul; Southern Common Market |  |
oas | Organization of American States | bloc | OAS; Organisation of American States |  |
palestinian-islamic-jihad | Palestinian Islamic Jihad | armed-group | PIJ; Islamic Jihad; Islamic Jihad Movement in Palestine; al-Quds Brigades |  |
pkk | PKK | armed-group | Kurdistan Workers' Party; Kurdistan Workers Party |  |
pmf | Popular Mobilization Forces | armed-group | PMF; PMU; Popular Mobilisation Forces; Popular Mobilization Units; Hashd al-Shaabi; al-Hashd al-Shaabi |  |
polisario | Polisario Front | armed-group | Polisario; Frente Polisario |  |
quad | Quad | security-bloc | Quadrilateral Security Dialogue; the Quad |  |
rsf | Rapid Support Forces | armed-group | RSF |  |
lna | Libyan National Army | armed-group | LNA; Libyan Arab Armed Forces; LAAF |  |
adf | Allied Democratic Forces | armed-group | ADF rebels; ADF militia; ISCAP; Islamic State Central Africa Province |  |
national-unity-government | National Unity Government | government-in-exile | NUG; National Unity Government of Myanmar |  |
saarc | SAARC | bloc | South Asian Association for Regional Cooperation |  |
sadc | SADC | bloc | Southern African Development Community |  |
saf | Sudanese Armed Forces | armed-forces agent | SAF |  |  | sudan |
sdf | Syrian Democratic Forces | armed-group | SDF |  |
ttp | Tehrik-i-Taliban Pakistan | armed-group | TTP; Pakistani Taliban; Tehreek-e-Taliban Pakistan |  |
unhcr | UNHCR | un-system | UN Refugee Agency; United Nations High Commissioner for Refugees; UN refugee agency |  |
unhrc | UN Human Rights Council | un-system | United Nations Human Rights Council; UNHRC; Human Rights Council |  |
unifil | UNIFIL | un-system | United Nations Interim Force in Lebanon |  |
unrwa | UNRWA | un-system | United Nations Relief and Works Agency; UN Relief and Works Agency |  |
wfp | World Food Programme | un-system | WFP; World Food Program; UN World Food Programme |  |
icrc | International Committee of the Red Cross | humanitarian | ICRC; International Red Cross |  |
ifrc | International Federation of Red Cross and Red Crescent Societies | humanitarian | IFRC |  |
east-mediterranean-gas-forum | East Mediterranean Gas Forum | economic-bloc | EMGF; Eastern Mediterranean Gas Forum |  |
ypg | YPG | armed-group | People's Protection Units; Kurdish People's Protection Units |  |
combined-maritime-forces | Combined Maritime Forces | coalition security-bloc | CMF |  |
prosperity-guardian | Operation Prosperity Guardian | coalition security-bloc | Prosperity Guardian |  |
five-eyes | Five Eyes | west security-bloc | Five Eyes alliance; FVEY; Five Eyes intelligence alliance |  |
commonwealth | Commonwealth of Nations | bloc | Commonwealth Secretariat; Commonwealth Heads of Government Meeting; CHOGM |  |
francophonie | Organisation internationale de la Francophonie | bloc | International Organisation of La Francophonie; International Organization of La Francophonie; La Francophonie; Francophonie; OIF |  |
pacific-islands-forum | Pacific Islands Forum | bloc | PIF; Pacific Islands Forum Secretariat |  |
council-of-europe | Council of Europe | bloc | the Council of Europe |  |
oecd | OECD | economic-bloc | Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development; Organization for Economic Co-operation and Development |  |
g77 | Group of 77 | bloc | G77; G-77; Group of 77 and China; G77 and China |  |
visegrad-group | Visegrad Group | bloc | Visegrád Group; Visegrad Four; Visegrád Four; V4 |  |
nordic-council | Nordic Council | bloc | the Nordic Council |  |
efta | EFTA | economic-bloc | European Free Trade Association |  |
eccas | ECCAS | bloc | Economic Community of Central African States |  |
sica | SICA | bloc | Central American Integration System |  |
ukraine-defense-contact-group | Ukraine Defense Contact Group | coalition security-bloc | Ukraine Defence Contact Group; UDCG; Ramstein group; Ramstein format |  |
unicef | UNICEF | un-system | United Nations Children's Fund; UN Children's Fund |  |
undp | UNDP | un-system | United Nations Development Programme; UN Development Programme |  |
unesco | UNESCO | un-system | United Nations Educational, Scientific and Cultural Organization |  |
fao | Food and Agriculture Organization | un-system | FAO; UN Food and Agriculture Organization; Food and Agriculture Organization of the United Nations |  |
ocha | OCHA | un-system | UN Office for the Coordination of Humanitarian Affairs; Office for the Coordination of Humanitarian Affairs; UNOCHA |  |
iom | International Organization for Migration | un-system | IOM; UN migration agency |  |
opcw | OPCW | un-system | Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons |  |
ecb | European Central Bank | economic-bloc finance | ECB |  |
ndb | New Development Bank | economic-bloc finance | NDB; BRICS bank; BRICS New Development Bank |  |
afdb | African Development Bank | economic-bloc finance | AfDB |  |
idb | Inter-American Development Bank | economic-bloc finance | IDB; IADB |  |
isdb | Islamic Development Bank | economic-bloc finance | IsDB |  |
gazprom | Gazprom | firm agent | PAO Gazprom |  |  | russia |
gazprom-neft | Gazprom Neft | firm agent |  |  |  | russia |
rosneft | Rosneft | firm agent |  |  |  | russia |
transneft | Transneft | firm agent |  |  |  | russia |
rosatom | Rosatom | firm agent | State Atomic Energy Corporation Rosatom |  |  | russia |
rostec | Rostec | firm agent |  |  |  | russia |
rosoboronexport | Rosoboronexport | firm agent |  |  |  | russia |
sberbank | Sberbank | firm agent |  |  |  | russia |
vtb | VTB | firm agent | VTB Bank |  |  | russia |
cnpc | CNPC | firm agent | China National Petroleum Corporation; PetroChina |  |  | china |
sinopec | Sinopec | firm agent |  |  |  | china |
cnooc | CNOOC | firm agent | China National Offshore Oil Corporation |  |  | china |
cnnc | CNNC | firm agent | China National Nuclear Corporation |  |  | china |
cgn | China General Nuclear | firm agent | CGN; China General Nuclear Power Group |  |  | china |
cosco | COSCO | firm agent | COSCO Shipping; China COSCO Shipping |  |  | china |
china-exim | Export-Import Bank of China | firm agent finance | China Exim Bank; Exim Bank of China; China Eximbank |  |  | china |
china-development-bank | China Development Bank | firm agent finance |  |  |  | china |
cccc | China Communications Construction Company | firm agent | CCCC; China Harbour Engineering Company; China Road and Bridge Corporation |  |  | china |
state-grid | State Grid Corporation of China | firm agent | State Grid |  |  | china |
norinco | Norinco | firm agent | China North Industries Group |  |  | china |
saudi-aramco | Saudi Aramco | firm agent | Aramco |  |  | saudi-arabia |
saudi-pif | Public Investment Fund | firm agent finance | Saudi Public Investment Fund |  |  | saudi-arabia |
adnoc | ADNOC | firm agent | Abu Dhabi National Oil Company |  |  | uae |
mubadala | Mubadala | firm agent finance | Mubadala Investment Company |  |  | uae |
dp-world | DP World | firm agent |  |  |  | uae |
qatarenergy | QatarEnergy | firm agent | Qatar Petroleum |  |  | qatar |
qia | Qatar Investment Authority | firm agent finance | QIA |  |  | qatar |
nioc | National Iranian Oil Company | firm agent | NIOC |  |  | iran |
sonatrach | Sonatrach | firm agent |  |  |  | algeria |
nnpc | NNPC | firm agent | Nigerian National Petroleum Company; NNPC Ltd |  |  | nigeria |
sonangol | Sonangol | firm agent |  |  |  | angola |
pdvsa | PDVSA | firm agent | Petroleos de Venezuela; Petróleos de Venezuela |  |  | venezuela |
pemex | Pemex | firm agent | Petroleos Mexicanos; Petróleos Mexicanos |  |  | mexico |
petrobras | Petrobras | firm agent |  |  |  | brazil |
kazmunaygas | KazMunayGas | firm agent | KMG |  |  | kazakhstan |
kazatomprom | Kazatomprom | firm agent |  |  |  | kazakhstan |
samruk-kazyna | Samruk-Kazyna | firm agent finance |  |  |  | kazakhstan |
uzbekneftegaz | Uzbekneftegaz | firm agent |  |  |  | uzbekistan |
turkmengaz | Turkmengaz | firm agent |  |  |  | turkmenistan |
socar | SOCAR | firm agent | State Oil Company of Azerbaijan Republic; State Oil Company of Azerbaijan |  |  | azerbaijan |
naftogaz | Naftogaz | firm agent | Naftogaz of Ukraine |  |  | ukraine |
energoatom | Energoatom | firm agent |  |  |  | ukraine |
botas | BOTAS | firm agent | Botas |  |  | turkey |
petronas | Petronas | firm agent |  |  |  | malaysia |
pertamina | Pertamina | firm agent |  |  |  | indonesia |
ongc | ONGC | firm agent | Oil and Natural Gas Corporation; ONGC Videsh |  |  | india |
edf | EDF | firm agent | Electricite de France; Électricité de France |  |  | france |
orano | Orano | firm agent |  |  |  | france |
khnp | KHNP | firm agent | Korea Hydro & Nuclear Power; Korea Hydro and Nuclear Power |  |  | south-korea |
kepco | KEPCO | firm agent | Korea Electric Power Corporation |  |  | south-korea |
jbic | JBIC | firm agent finance | Japan Bank for International Cooperation |  |  | japan |
jica | JICA | agent | Japan International Cooperation Agency |  |  | japan |
usaid | USAID | agent | United States Agency for International Development; US Agency for International Development |  |  | usa |
us-dfc | US International Development Finance Corporation | agent finance | DFC; US Development Finance Corporation; International Development Finance Corporation |  |  | usa |
equinor | Equinor | firm agent |  |  |  | norway |
orlen | Orlen | firm agent | PKN Orlen |  |  | poland |
srbijagas | Srbijagas | firm agent |  |  |  | serbia |
"""

# --- Leaders, officials, and the analysts and journalists the reference articles quote ------------
PERSONS = """
akhundzada | Hibatullah Akhundzada | leader | afghanistan | Akhundzada; Haibatullah Akhundzada; Mullah Hibatullah Akhundzada | 2021-08-15..
aliyev | Ilham Aliyev | leader | azerbaijan | Aliyev; Mr Aliyev; President Aliyev | 2003-10-31..
andrew-danieri | Andrew D'Anieri | analyst |  | Andrew D. D'Anieri; D'Anieri; Mr D'Anieri; Andrew D’Anieri; D’Anieri; Mr D’Anieri
baerbock | Annalena Baerbock | official | germany | Baerbock | 2021-12-08..2025-05-06
biden | Joe Biden | former-leader | usa | Biden; Mr Biden; President Biden; Joseph Biden; Joseph R. Biden | 2009-01-20..2017-01-20; 2021-01-20..2025-01-20
blinken | Antony Blinken | official | usa | Blinken; Mr Blinken; Secretary Blinken | 2015-01-09..2017-01-20; 2021-01-26..2025-01-20
borrell | Josep Borrell | official | eu | Borrell | 2019-12-01..2024-11-30
bradley-jardine | Bradley Jardine | analyst |  | Jardine; Mr Jardine
charles-michel | Charles Michel | official | eu | European Council President Charles Michel | 2019-12-01..2024-11-30
erdogan | Recep Tayyip Erdogan | leader | turkey | Erdogan; Erdoğan; Recep Tayyip Erdoğan; President Erdogan; Mr Erdogan | 2003-03-14..
gurbanguly-berdimuhamedov | Gurbanguly Berdimuhamedov | former-leader official | turkmenistan | Gurbanguly Berdymukhamedov; Gurbanguly Berdimuhammedov; Arkadag | 2007-02-14..
guterres | Antonio Guterres | official | un | Guterres; António Guterres; Secretary-General Guterres | 2017-01-01..
ishiba | Shigeru Ishiba | former-leader | japan | Ishiba | 2024-10-01..2025-10-21
jaishankar | Subrahmanyam Jaishankar | official | india | Jaishankar; S. Jaishankar | 2015-01..2018-01; 2019-05-30..
janibek-aryn | Janibek Aryn | analyst |  | Aryn; Assistant Professor Janibek Aryn
japarov | Sadyr Japarov | leader | kyrgyzstan | Japarov; Zhaparov; Sadyr Zhaparov; Mr Japarov; President Japarov | 2020-10-14..
kallas | Kaja Kallas | official | eu | Kallas | 2024-12-01..
keosayan | Tigran Keosayan | media |  | Keosayan
khamenei | Ali Khamenei | supreme-leader official | iran | Khamenei; Ayatollah Khamenei; Ayatollah Ali Khamenei; Supreme Leader Khamenei | 1989-06-04..
kim-jong-un | Kim Jong Un | leader | north-korea | Kim Jong-un; Kim Jong-Un | 2011-12-17..
kishida | Fumio Kishida | former-leader | japan | Kishida | 2012-12-26..2017-08-03; 2021-10-04..2024-10-01
lavrov | Sergei Lavrov | official | russia | Lavrov; Mr Lavrov; Sergey Lavrov | 2004-03-09..
li-qiang | Li Qiang | official | china | Premier Li Qiang | 2023-03-11..
lukashenko | Alexander Lukashenko | leader | belarus | Lukashenko; Alyaksandr Lukashenka; Aleksandr Lukashenko; Lukashenka
macron | Emmanuel Macron | leader | france | Macron; Mr Macron; President Macron | 2017-05-14..
medvedev | Dmitry Medvedev | official | russia | Medvedev; Mr Medvedev; Dmitri Medvedev
meloni | Giorgia Meloni | leader | italy | Meloni | 2022-10-22..
merkel | Angela Merkel | former-leader | germany | Merkel; Mrs Merkel; Chancellor Merkel | 2005-11-22..2021-12-08
merz | Friedrich Merz | leader | germany | Merz | 2025-05-06..
mirziyoyev | Shavkat Mirziyoyev | leader | uzbekistan | Mirziyoyev; Mr Mirziyoyev; Mirziyoev; President Mirziyoyev | 2003-12-12..
mishustin | Mikhail Mishustin | official | russia | Mishustin
modi | Narendra Modi | leader | india | Modi; Mr Modi; Prime Minister Modi | 2014-05-26..
nargis-kassenova | Nargis Kassenova | analyst |  | Nargis Kasenova; Kassenova; Kasenova; Ms Kassenova; Ms Kasenova
nazarbayev | Nursultan Nazarbayev | former-leader | kazakhstan | Nazarbayev; Mr Nazarbayev; Nazarbaev | 1991-12-16..2022-01-05
pashinyan | Nikol Pashinyan | leader | armenia | Pashinyan; Mr Pashinyan | 2018-05-08..
peskov | Dmitry Peskov | official | russia | Peskov; Dmitri Peskov
pezeshkian | Masoud Pezeshkian | leader | iran | Pezeshkian; President Pezeshkian | 2024-07-28..
putin | Vladimir Putin | leader | russia | Putin; Mr Putin; President Putin; Vladimir Vladimirovich Putin; Russian President Vladimir Putin
raffaello-pantucci | Raffaello Pantucci | analyst |  | Pantucci; Mr Pantucci
rahmon | Emomali Rahmon | leader | tajikistan | Rahmon; Rakhmon; Emomali Rahmonov; Mr Rahmon; President Rahmon | 1992-11-19..
rubio | Marco Rubio | official | usa | Rubio | 2025-01-21..
rutte | Mark Rutte | official | nato | Rutte | 2024-10-01..
scholz | Olaf Scholz | former-leader | germany | Scholz | 2021-12-08..2025-05-06
serdar-berdimuhamedov | Serdar Berdimuhamedov | leader | turkmenistan | Berdimuhamedov; Serdar Berdymukhamedov; Berdymukhamedov; President Berdimuhamedov | 2022-03-19..
sharif | Shehbaz Sharif | leader | pakistan | Shehbaz Sharif; Prime Minister Sharif | 2022-04-11..2023-08-14; 2024-03-04..
shoigu | Sergei Shoigu | official | russia | Shoigu; Sergey Shoigu
starmer | Keir Starmer | leader | uk | Starmer | 2024-07-05..
stoltenberg | Jens Stoltenberg | official | nato | Stoltenberg | 2014-10-01..2024-10-01
akylbek-japarov | Akylbek Japarov | official | kyrgyzstan | Akylbek Zhaparov | 2021-10-12..2024-12-16
antonio-costa | António Costa | official | eu | Antonio Costa | 2024-12-01..
aripov | Abdulla Aripov | official | uzbekistan | Aripov | 2016-12-14..
bektenov | Olzhas Bektenov | official | kazakhstan | Bektenov | 2024-02-06..
belousov | Andrei Belousov | official | russia | Belousov; Andrey Belousov
fidan | Hakan Fidan | official | turkey | Fidan
harris | Kamala Harris | official | usa | Harris; Vice President Harris | 2021-01-20..2025-01-20
jake-sullivan | Jake Sullivan | official | usa | | 2021-01-20..2025-01-20
kulubaev | Jeenbek Kulubaev | official | kyrgyzstan | Kulubaev
lai-ching-te | Lai Ching-te | leader | taiwan | William Lai; President Lai | 2017-09-08..2019-01-14; 2020-05-20..
lee-jae-myung | Lee Jae-myung | leader | south-korea | Lee Jae Myung | 2025-06-04..
lloyd-austin | Lloyd Austin | official | usa | | 2021-01-22..2025-01-20
lula | Luiz Inácio Lula da Silva | leader | brazil | Lula; Lula da Silva; Luiz Inacio Lula da Silva; President Lula | 2003-01-01..2011-01-01; 2023-01-01..
massimov | Karim Massimov | official | kazakhstan | Massimov; Karim Masimov | 2007-01..2022-01-06
meredov | Rashid Meredov | official | turkmenistan | Meredov
mohammed-bin-salman | Mohammed bin Salman | leader | saudi-arabia | MBS; Crown Prince Mohammed bin Salman; Mohammad bin Salman | 2015-01-23..
muhriddin | Sirojiddin Muhriddin | official | tajikistan | Muhriddin; Sirojiddin Mukhriddin
muttaqi | Amir Khan Muttaqi | official | afghanistan | Muttaqi | 2021-09-07..
netanyahu | Benjamin Netanyahu | leader | israel | Netanyahu; Bibi Netanyahu | 2009-03-31..2021-06-13; 2022-12-29..
nuland | Victoria Nuland | official | usa | Nuland | 2013-09..2017-01-20; 2021-05..2024-03
nurtleu | Murat Nurtleu | official | kazakhstan | Nurtleu
orban | Viktor Orbán | leader | hungary | Orbán; Orban; Viktor Orban | 2010-05-29..
overchuk | Alexei Overchuk | official | russia | Overchuk; Alexey Overchuk; Aleksei Overchuk
qin-gang | Qin Gang | official | china | | 2022-12-30..2023-07-25
raisi | Ebrahim Raisi | former-leader | iran | Raisi; President Raisi; Ebrahim Raeisi | 2021-08-03..2024-05-19
ramaphosa | Cyril Ramaphosa | leader | south-africa | Ramaphosa | 2014-05-26..
rustam-emomali | Rustam Emomali | official | tajikistan |
saidov | Bakhtiyor Saidov | official | uzbekistan |
smailov | Alikhan Smailov | official | kazakhstan | Smailov | 2022-01-05..2024-02-06
takaichi | Sanae Takaichi | leader | japan | Takaichi | 2025-10-21..
tashiev | Kamchybek Tashiev | official | kyrgyzstan | Tashiev | 2020-10-14..2025-02-10
tusk | Donald Tusk | leader | poland | Tusk | 2007-11-16..2014-09-22; 2023-12-13..
zakharova | Maria Zakharova | official | russia | Zakharova
sunak | Rishi Sunak | former-leader | uk | Sunak | 2022-10-25..2024-07-05
talgat-ismagambetov | Talgat Ismagambetov | analyst |  | Ismagambetov
temur-umarov | Temur Umarov | analyst |  | Umarov; Mr Umarov
tokayev | Kassym-Jomart Tokayev | leader | kazakhstan | Tokayev; Toqaev; Kassym-Jomart Toqaev; Qasym-Zhomart Toqaev; Qassym-Jomart Tokayev; Mr Tokayev; President Tokayev; Mr Toqaev | 2013-10..
trump | Donald Trump | leader | usa | Trump; Mr Trump; President Trump; Donald J. Trump | 2017-01-20..2021-01-20; 2025-01-20..
vadim-mansurov | Vadim Mansurov | journalist |  | Mansurov
von-der-leyen | Ursula von der Leyen | official | eu | von der Leyen | 2019-12-01..
wang-yi | Wang Yi | official | china | Foreign Minister Wang Yi | 2013-03-16..
xi-jinping | Xi Jinping | leader | china | Xi; Mr Xi; President Xi; Comrade Xi; Chinese President Xi Jinping | 2012-11-15..
yoon | Yoon Suk Yeol | former-leader | south-korea | Yoon Suk-yeol | 2022-05-10..2025-04-04
zelensky | Volodymyr Zelensky | leader | ukraine | Zelensky; Zelenskyy; Zelenskiy; Volodymyr Zelenskyy; Volodymyr Zelenskiy; President Zelensky | 2019-05-20..
"""

# --- Heads of state and government, foreign and defence ministers, 2014-2025, with their terms -----------
LEADERS = """
barack-obama | Barack Obama | former-leader head-of-state | usa | Obama; President Obama; Barack H. Obama | 2009-01-20..2017-01-20
mike-pence | Mike Pence | official vice-president | usa | Pence; Vice President Pence | 2017-01-20..2021-01-20
jd-vance | JD Vance | official vice-president | usa | J.D. Vance; Vance; Vice President Vance | 2025-01-20..
john-kerry | John Kerry | official foreign-minister | usa | Kerry; John F. Kerry; Secretary Kerry | 2013-02-01..2017-01-20
rex-tillerson | Rex Tillerson | official foreign-minister | usa | Tillerson | 2017-02-01..2018-03-31
mike-pompeo | Mike Pompeo | official foreign-minister | usa | Pompeo; Secretary Pompeo | 2017-01-23..2021-01-20
chuck-hagel | Chuck Hagel | official defence-minister | usa | Hagel | 2013-02-27..2015-02-17
ash-carter | Ash Carter | official defence-minister | usa | Ashton Carter | 2015-02-17..2017-01-20
jim-mattis | Jim Mattis | official defence-minister | usa | James Mattis; Mattis | 2017-01-20..2019-01-01
mark-esper | Mark Esper | official defence-minister | usa | Esper | 2019-07-23..2020-11-09
pete-hegseth | Pete Hegseth | official defence-minister | usa | Hegseth | 2025-01-25..
john-kirby | John Kirby | official | usa |  | 2021-01-20..2025-01-20
karine-jean-pierre | Karine Jean-Pierre | official | usa |  | 2022-05-13..2025-01-20
steve-witkoff | Steve Witkoff | official | usa | Witkoff; Steven Witkoff | 2025-01-20..
amos-hochstein | Amos Hochstein | official | usa | Hochstein | 2021-08..2025-01-20
linda-thomas-greenfield | Linda Thomas-Greenfield | official | usa | Thomas-Greenfield | 2021-02-25..2025-01-20
nikki-haley | Nikki Haley | official | usa |  | 2017-01-27..2018-12-31
william-burns | William Burns | official | usa | Bill Burns; William J. Burns | 2021-03-19..2025-01-20
keith-kellogg | Keith Kellogg | official | usa | Kellogg | 2025-01-20..
sergio-gor | Sergio Gor | official | usa |  | 2025-01-20..
yuri-ushakov | Yuri Ushakov | official | russia | Ushakov |
vasily-nebenzya | Vasily Nebenzya | official | russia | Nebenzya; Nebenzia; Vassily Nebenzia |
nikolai-patrushev | Nikolai Patrushev | official | russia | Patrushev |
alexander-novak | Alexander Novak | official | russia | Novak; Aleksandr Novak | 2012-05-21..
li-keqiang | Li Keqiang | former-leader head-of-government | china | Premier Li Keqiang | 2013-03-15..2023-03-11
chang-wanquan | Chang Wanquan | official defence-minister | china |  | 2013-03..2018-03
wei-fenghe | Wei Fenghe | official defence-minister | china |  | 2018-03-19..2023-03-12
li-shangfu | Li Shangfu | official defence-minister | china |  | 2023-03-12..2023-10-24
dong-jun | Dong Jun | official defence-minister | china |  | 2023-12-29..
huang-xilian | Huang Xilian | official ambassador | china |  |
david-cameron | David Cameron | former-leader head-of-government | uk |  | 2010-05-11..2016-07-13; 2023-11-13..2024-07-05
theresa-may | Theresa May | former-leader head-of-government | uk |  | 2016-07-13..2019-07-24
boris-johnson | Boris Johnson | former-leader head-of-government | uk |  | 2016-07-13..2018-07-09; 2019-07-24..2022-09-06
liz-truss | Liz Truss | former-leader head-of-government | uk |  | 2021-09-15..2022-10-25
philip-hammond | Philip Hammond | official foreign-minister | uk |  | 2014-07-15..2019-07-24
jeremy-hunt | Jeremy Hunt | official foreign-minister | uk |  | 2012-09-04..2019-07-24; 2022-10-14..2024-07-05
dominic-raab | Dominic Raab | official foreign-minister | uk | Raab | 2019-07-24..2023-04-21
james-cleverly | James Cleverly | official foreign-minister | uk | Cleverly | 2022-09-06..2024-07-05
david-lammy | David Lammy | official foreign-minister | uk | Lammy | 2024-07-05..
michael-fallon | Michael Fallon | official defence-minister | uk |  | 2014-07-15..2017-11-01
gavin-williamson | Gavin Williamson | official defence-minister | uk |  | 2017-11-02..2019-05-01
ben-wallace | Ben Wallace | official defence-minister | uk |  | 2019-07-24..2023-08-31
grant-shapps | Grant Shapps | official defence-minister | uk | Shapps | 2023-08-31..2024-07-05
john-healey | John Healey | official defence-minister | uk |  | 2024-07-05..
francois-hollande | François Hollande | former-leader head-of-state | france | Francois Hollande; Hollande; President Hollande | 2012-05-15..2017-05-14
laurent-fabius | Laurent Fabius | official foreign-minister | france | Fabius | 2012-05-16..2016-02-11
jean-marc-ayrault | Jean-Marc Ayrault | official foreign-minister | france | Ayrault | 2016-02-11..2017-05-17
jean-yves-le-drian | Jean-Yves Le Drian | official foreign-minister defence-minister | france | Le Drian | 2012-05-16..2022-05-20
catherine-colonna | Catherine Colonna | official foreign-minister | france | Colonna | 2022-05-20..2024-01-11
stephane-sejourne | Stéphane Séjourné | official foreign-minister | france | Stephane Sejourne; Séjourné; Sejourne | 2024-01-11..2024-09-21
jean-noel-barrot | Jean-Noël Barrot | official foreign-minister | france | Jean-Noel Barrot; Barrot | 2024-09-21..
florence-parly | Florence Parly | official defence-minister | france | Parly | 2017-06-21..2022-05-20
sebastien-lecornu | Sébastien Lecornu | official defence-minister head-of-government | france | Sebastien Lecornu; Lecornu | 2022-05-20..
manuel-valls | Manuel Valls | official head-of-government | france | Valls | 2014-03-31..2016-12-06
edouard-philippe | Édouard Philippe | official head-of-government | france | Edouard Philippe | 2017-05-15..2020-07-03
jean-castex | Jean Castex | official head-of-government | france | Castex | 2020-07-03..2022-05-16
elisabeth-borne | Élisabeth Borne | official head-of-government | france | Elisabeth Borne | 2022-05-16..2024-01-09
gabriel-attal | Gabriel Attal | official head-of-government | france | Attal | 2024-01-09..2024-09-05
michel-barnier | Michel Barnier | official head-of-government | france | Barnier | 2024-09-05..2024-12-13
francois-bayrou | François Bayrou | official head-of-government | france | Francois Bayrou; Bayrou | 2024-12-13..2025-09-09
frank-walter-steinmeier | Frank-Walter Steinmeier | official head-of-state foreign-minister | germany | Steinmeier | 2013-12-17..2017-01-27; 2017-03-19..
sigmar-gabriel | Sigmar Gabriel | official foreign-minister | germany |  | 2017-01-27..2018-03-14
heiko-maas | Heiko Maas | official foreign-minister | germany | Maas | 2018-03-14..2021-12-08
johann-wadephul | Johann Wadephul | official foreign-minister | germany | Wadephul | 2025-05-06..
annegret-kramp-karrenbauer | Annegret Kramp-Karrenbauer | official defence-minister | germany | Kramp-Karrenbauer | 2019-07-17..2021-12-08
christine-lambrecht | Christine Lambrecht | official defence-minister | germany | Lambrecht | 2021-12-08..2023-01-19
boris-pistorius | Boris Pistorius | official defence-minister | germany | Pistorius | 2023-01-19..
matteo-renzi | Matteo Renzi | former-leader head-of-government | italy | Renzi | 2014-02-22..2016-12-12
paolo-gentiloni | Paolo Gentiloni | former-leader head-of-government | italy | Gentiloni | 2014-10-31..2018-06-01
giuseppe-conte | Giuseppe Conte | former-leader head-of-government | italy |  | 2018-06-01..2021-02-13
mario-draghi | Mario Draghi | former-leader head-of-government | italy | Draghi | 2021-02-13..2022-10-22
luigi-di-maio | Luigi Di Maio | official foreign-minister | italy | Di Maio | 2019-09-05..2022-10-22
antonio-tajani | Antonio Tajani | official foreign-minister | italy | Tajani | 2022-10-22..
sergio-mattarella | Sergio Mattarella | official head-of-state | italy | Mattarella | 2015-02-03..
shinzo-abe | Shinzo Abe | former-leader head-of-government | japan | Abe; Shinzō Abe; Prime Minister Abe | 2012-12-26..2020-09-16
yoshihide-suga | Yoshihide Suga | former-leader head-of-government | japan | Suga | 2020-09-16..2021-10-04
taro-kono | Taro Kono | official foreign-minister defence-minister | japan | Kono | 2017-08-03..2020-09-16
toshimitsu-motegi | Toshimitsu Motegi | official foreign-minister | japan | Motegi | 2019-09-11..2021-11-04; 2025-10-21..
yoshimasa-hayashi | Yoshimasa Hayashi | official foreign-minister | japan |  | 2021-11-10..2023-09-13; 2023-12-14..2025-10-21
yoko-kamikawa | Yoko Kamikawa | official foreign-minister | japan | Kamikawa | 2023-09-13..2024-10-01
takeshi-iwaya | Takeshi Iwaya | official foreign-minister | japan | Iwaya | 2024-10-01..2025-10-21
nobuo-kishi | Nobuo Kishi | official defence-minister | japan |  | 2020-09-16..2022-08-10
minoru-kihara | Minoru Kihara | official defence-minister | japan | Kihara | 2023-09-13..2024-10-01
gen-nakatani | Gen Nakatani | official defence-minister | japan | Nakatani | 2024-10-01..2025-10-21
sushma-swaraj | Sushma Swaraj | official foreign-minister | india | Swaraj | 2014-05-26..2019-05-30
rajnath-singh | Rajnath Singh | official defence-minister | india |  | 2014-05-26..
nirmala-sitharaman | Nirmala Sitharaman | official defence-minister | india | Sitharaman | 2017-09-03..
arun-jaitley | Arun Jaitley | official | india | Jaitley | 2014-05-26..2019-05-30
manohar-parrikar | Manohar Parrikar | official defence-minister | india | Parrikar | 2014-11-09..2017-03-13
droupadi-murmu | Droupadi Murmu | official head-of-state | india | Murmu | 2022-07-25..
ram-nath-kovind | Ram Nath Kovind | official head-of-state | india | Kovind | 2017-07-25..2022-07-25
vikram-misri | Vikram Misri | official | india | Misri | 2024-07-15..
ajit-doval | Ajit Doval | official | india | Doval | 2014-05-30..
joko-widodo | Joko Widodo | former-leader head-of-state | indonesia | Jokowi; Widodo | 2014-10-20..2024-10-20
prabowo-subianto | Prabowo Subianto | leader head-of-state | indonesia | Prabowo | 2019-10-23..
retno-marsudi | Retno Marsudi | official foreign-minister | indonesia | Retno | 2014-10-27..2024-10-20
sugiono | Sugiono | official foreign-minister | indonesia |  | 2024-10-21..
dilma-rousseff | Dilma Rousseff | former-leader head-of-state | brazil | Rousseff; Dilma | 2011-01-01..2016-08-31
michel-temer | Michel Temer | former-leader head-of-state | brazil | Temer | 2016-05-12..2019-01-01
jair-bolsonaro | Jair Bolsonaro | former-leader head-of-state | brazil | Bolsonaro | 2019-01-01..2023-01-01
mauro-vieira | Mauro Vieira | official foreign-minister | brazil |  | 2015-01..2016-05; 2023-01-01..
mauricio-macri | Mauricio Macri | former-leader head-of-state | argentina | Macri | 2015-12-10..2019-12-10
alberto-fernandez | Alberto Fernández | former-leader head-of-state | argentina | Alberto Fernandez | 2019-12-10..2023-12-10
cristina-fernandez-de-kirchner | Cristina Fernández de Kirchner | former-leader head-of-state | argentina | Cristina Fernandez de Kirchner; Cristina Kirchner; Kirchner | 2007-12-10..2015-12-10; 2019-12-10..2023-12-10
javier-milei | Javier Milei | leader head-of-state | argentina | Milei; President Milei | 2023-12-10..
diana-mondino | Diana Mondino | official foreign-minister | argentina | Mondino | 2023-12-10..2024-10-30
enrique-pena-nieto | Enrique Peña Nieto | former-leader head-of-state | mexico | Enrique Pena Nieto; Peña Nieto; Pena Nieto | 2012-12-01..2018-11-30
andres-manuel-lopez-obrador | Andrés Manuel López Obrador | former-leader head-of-state | mexico | Andres Manuel Lopez Obrador; López Obrador; Lopez Obrador; AMLO | 2018-12-01..2024-09-30
claudia-sheinbaum | Claudia Sheinbaum | leader head-of-state | mexico | Sheinbaum; President Sheinbaum | 2024-10-01..
marcelo-ebrard | Marcelo Ebrard | official foreign-minister | mexico | Ebrard | 2018-12-01..2023-06-12
stephen-harper | Stephen Harper | former-leader head-of-government | canada |  | 2006-02-06..2015-11-04
justin-trudeau | Justin Trudeau | former-leader head-of-government | canada | Trudeau | 2015-11-04..2025-03-14
mark-carney | Mark Carney | leader head-of-government | canada | Carney; Prime Minister Carney | 2025-03-14..
chrystia-freeland | Chrystia Freeland | official foreign-minister | canada | Freeland | 2017-01-10..2024-12-16
melanie-joly | Mélanie Joly | official foreign-minister | canada | Melanie Joly; Joly | 2021-10-26..2025-05-13
anita-anand | Anita Anand | official foreign-minister defence-minister | canada |  | 2021-10-26..
tony-abbott | Tony Abbott | former-leader head-of-government | australia |  | 2013-09-18..2015-09-15
malcolm-turnbull | Malcolm Turnbull | former-leader head-of-government | australia | Turnbull | 2015-09-15..2018-08-24
scott-morrison | Scott Morrison | former-leader head-of-government | australia |  | 2018-08-24..2022-05-23
anthony-albanese | Anthony Albanese | leader head-of-government | australia | Albanese; Prime Minister Albanese | 2022-05-23..
julie-bishop | Julie Bishop | official foreign-minister | australia |  | 2013-09-18..2018-08-26
marise-payne | Marise Payne | official foreign-minister defence-minister | australia |  | 2015-09-21..2022-05-23
penny-wong | Penny Wong | official foreign-minister | australia |  | 2022-05-23..
richard-marles | Richard Marles | official defence-minister | australia | Marles | 2022-05-23..
peter-dutton | Peter Dutton | official defence-minister | australia | Dutton | 2021-03-30..2022-05-23
salman-bin-abdulaziz | Salman bin Abdulaziz | official head-of-state | saudi-arabia | King Salman; King Salman bin Abdulaziz | 2015-01-23..
faisal-bin-farhan | Faisal bin Farhan | official foreign-minister | saudi-arabia | Prince Faisal bin Farhan; Faisal bin Farhan Al Saud | 2019-10-23..
adel-al-jubeir | Adel al-Jubeir | official foreign-minister | saudi-arabia | al-Jubeir; Jubeir | 2015-04-29..
abdulaziz-bin-salman | Abdulaziz bin Salman | official | saudi-arabia | Prince Abdulaziz bin Salman | 2019-09-08..
jacob-zuma | Jacob Zuma | former-leader head-of-state | south-africa | Zuma | 2009-05-09..2018-02-14
naledi-pandor | Naledi Pandor | official foreign-minister | south-africa | Pandor | 2019-05-30..2024-07-03
ronald-lamola | Ronald Lamola | official foreign-minister | south-africa | Lamola | 2024-07-03..
park-geun-hye | Park Geun-hye | former-leader head-of-state | south-korea | Park Geun Hye | 2013-02-25..2017-03-10
moon-jae-in | Moon Jae-in | former-leader head-of-state | south-korea | Moon Jae In; President Moon | 2017-05-10..2022-05-10
kang-kyung-wha | Kang Kyung-wha | official foreign-minister | south-korea |  | 2017-06-18..2021-02-08
chung-eui-yong | Chung Eui-yong | official foreign-minister | south-korea |  | 2021-02-09..2022-05-10
park-jin | Park Jin | official foreign-minister | south-korea |  | 2022-05-12..2023-12
cho-tae-yul | Cho Tae-yul | official foreign-minister | south-korea |  | 2024-01-10..2025-06
han-duck-soo | Han Duck-soo | official head-of-government | south-korea |  | 2022-05-21..2025-05-01
mevlut-cavusoglu | Mevlüt Çavuşoğlu | official foreign-minister | turkey | Mevlut Cavusoglu; Çavuşoğlu; Cavusoglu | 2014-08-29..2015-08-28; 2015-11-24..2023-06-04
hulusi-akar | Hulusi Akar | official defence-minister | turkey | Akar | 2015-08-18..2023-06-04
yasar-guler | Yaşar Güler | official defence-minister | turkey | Yasar Guler; Güler | 2023-06-04..
ahmet-davutoglu | Ahmet Davutoğlu | former-leader head-of-government | turkey | Ahmet Davutoglu; Davutoğlu; Davutoglu | 2009-05-01..2016-05-24
binali-yildirim | Binali Yıldırım | former-leader head-of-government | turkey | Binali Yildirim | 2016-05-24..2018-07-09
ibrahim-kalin | İbrahim Kalın | official | turkey | Ibrahim Kalin; Kalın; Kalin |
jean-claude-juncker | Jean-Claude Juncker | official | eu | Juncker | 2014-11-01..2019-11-30
federica-mogherini | Federica Mogherini | official | eu | Mogherini | 2014-11-01..2019-11-30
anders-fogh-rasmussen | Anders Fogh Rasmussen | official | nato |  | 2009-08-01..2014-10-01
ban-ki-moon | Ban Ki-moon | official | un | Ban Ki Moon | 2007-01-01..2016-12-31
islam-karimov | Islam Karimov | former-leader head-of-state | uzbekistan | Karimov | 1991-09-01..2016-09-02
abdulaziz-kamilov | Abdulaziz Kamilov | official foreign-minister | uzbekistan | Kamilov | 2012-01..2022-03
sardor-umurzakov | Sardor Umurzakov | official | uzbekistan | Umurzakov |
almazbek-atambayev | Almazbek Atambayev | former-leader head-of-state | kyrgyzstan | Atambayev; Atambaev | 2011-12-01..2017-11-24
sooronbay-jeenbekov | Sooronbay Jeenbekov | former-leader head-of-state | kyrgyzstan | Jeenbekov; Sooronbai Jeenbekov | 2017-11-24..2020-10-15
adylbek-kasymaliev | Adylbek Kasymaliev | official head-of-government | kyrgyzstan | Kasymaliev | 2024-12-16..
askar-mamin | Askar Mamin | official head-of-government | kazakhstan | Mamin | 2019-02-25..2022-01-05
erlan-idrissov | Erlan Idrissov | official foreign-minister | kazakhstan | Idrissov | 2012-09..2016-12
kairat-abdrakhmanov | Kairat Abdrakhmanov | official foreign-minister | kazakhstan | Abdrakhmanov | 2016-12-28..2018-12
mukhtar-tileuberdi | Mukhtar Tileuberdi | official foreign-minister | kazakhstan | Tileuberdi | 2019-05-18..2023-04-01
kokhir-rasulzoda | Kokhir Rasulzoda | official head-of-government | tajikistan | Rasulzoda | 2013-11-23..
ashraf-ghani | Ashraf Ghani | former-leader head-of-state | afghanistan | Ghani | 2014-09-29..2021-08-15
hamid-karzai | Hamid Karzai | former-leader head-of-state | afghanistan | Karzai | 2001-12-22..2014-09-29
abdullah-abdullah | Abdullah Abdullah | official | afghanistan |  | 2014-09-29..2021-08-15
abdul-salam-hanafi | Abdul Salam Hanafi | official | afghanistan | Hanafi | 2021-09-07..
abdul-ghani-baradar | Abdul Ghani Baradar | official | afghanistan | Mullah Baradar; Baradar | 2021-09-07..
mohammad-hasan-akhund | Mohammad Hasan Akhund | official head-of-government | afghanistan | Hasan Akhund; Mullah Hasan Akhund | 2021-09-07..
sirajuddin-haqqani | Sirajuddin Haqqani | official | afghanistan |  | 2021-09-07..
zabihullah-mujahid | Zabihullah Mujahid | official | afghanistan |  | 2021-08-15..
serzh-sargsyan | Serzh Sargsyan | former-leader head-of-state | armenia | Serzh Sarkisian | 2008-04-09..2018-04-23
armen-sarkissian | Armen Sarkissian | official head-of-state | armenia |  | 2018-04-09..2022-02-01
vahagn-khachaturyan | Vahagn Khachaturyan | official head-of-state | armenia |  | 2022-03-13..
ararat-mirzoyan | Ararat Mirzoyan | official foreign-minister | armenia | Mirzoyan | 2021-08-19..
zohrab-mnatsakanyan | Zohrab Mnatsakanyan | official foreign-minister | armenia | Mnatsakanyan | 2018-05-12..2020-11-16
edward-nalbandian | Edward Nalbandian | official foreign-minister | armenia | Nalbandian; Edward Nalbandyan | 2008-04-24..2018-05-12
suren-papikyan | Suren Papikyan | official defence-minister | armenia | Papikyan | 2021-11-15..
jeyhun-bayramov | Jeyhun Bayramov | official foreign-minister | azerbaijan | Bayramov | 2020-07-16..
elmar-mammadyarov | Elmar Mammadyarov | official foreign-minister | azerbaijan | Mammadyarov | 2004-04-02..2020-07-16
zakir-hasanov | Zakir Hasanov | official defence-minister | azerbaijan |  | 2013-10-22..
hikmet-hajiyev | Hikmet Hajiyev | official | azerbaijan | Hajiyev |
giorgi-margvelashvili | Giorgi Margvelashvili | official head-of-state | georgia | Margvelashvili | 2013-11-17..2018-12-16
salome-zourabichvili | Salome Zourabichvili | official head-of-state | georgia | Zourabichvili; Salome Zurabishvili | 2018-12-16..2024-12-29
mikheil-kavelashvili | Mikheil Kavelashvili | official head-of-state | georgia | Kavelashvili | 2024-12-29..
irakli-garibashvili | Irakli Garibashvili | former-leader head-of-government | georgia | Garibashvili | 2013-11-20..2015-12-30; 2019-09-08..2024-02-08
giorgi-kvirikashvili | Giorgi Kvirikashvili | former-leader head-of-government | georgia | Kvirikashvili | 2015-12-30..2018-06-20
mamuka-bakhtadze | Mamuka Bakhtadze | former-leader head-of-government | georgia | Bakhtadze | 2018-06-20..2019-09-08
giorgi-gakharia | Giorgi Gakharia | former-leader head-of-government | georgia | Gakharia | 2019-09-08..2021-02-18
irakli-kobakhidze | Irakli Kobakhidze | leader head-of-government | georgia | Kobakhidze | 2024-02-08..
assimi-goita | Assimi Goïta | leader head-of-state | mali | Assimi Goita; Goïta; Goita; Colonel Assimi Goïta; General Assimi Goïta | 2020-08-18..
ibrahim-boubacar-keita | Ibrahim Boubacar Keïta | former-leader head-of-state | mali | Ibrahim Boubacar Keita; IBK | 2013-09-04..2020-08-18
abdoulaye-diop | Abdoulaye Diop | official foreign-minister | mali |  | 2021-06-11..
choguel-maiga | Choguel Maïga | official head-of-government | mali | Choguel Maiga; Choguel Kokalla Maïga | 2021-06-07..2024-11-20
sadio-camara | Sadio Camara | official defence-minister | mali |  | 2021-06-11..
ibrahim-traore | Ibrahim Traoré | leader head-of-state | burkina-faso | Ibrahim Traore; Captain Ibrahim Traoré; Captain Traoré | 2022-09-30..
paul-henri-damiba | Paul-Henri Damiba | former-leader head-of-state | burkina-faso | Damiba; Paul-Henri Sandaogo Damiba | 2022-01-24..2022-09-30
roch-marc-christian-kabore | Roch Marc Christian Kaboré | former-leader head-of-state | burkina-faso | Roch Marc Christian Kabore; Roch Kaboré; Kaboré; Kabore | 2015-12-29..2022-01-24
blaise-compaore | Blaise Compaoré | former-leader head-of-state | burkina-faso | Blaise Compaore; Compaoré; Compaore | 1987-10-15..2014-10-31
abdourahamane-tchiani | Abdourahamane Tchiani | leader head-of-state | niger | Abdourahmane Tchiani; Tchiani; General Tchiani; Omar Tchiani | 2023-07-26..
mohamed-bazoum | Mohamed Bazoum | former-leader head-of-state | niger | Bazoum; President Bazoum | 2021-04-02..2023-07-26
mahamadou-issoufou | Mahamadou Issoufou | former-leader head-of-state | niger | Issoufou | 2011-04-07..2021-04-02
ali-lamine-zeine | Ali Lamine Zeine | official head-of-government | niger | Ali Mahamane Lamine Zeine | 2023-08-08..
muhammadu-buhari | Muhammadu Buhari | former-leader head-of-state | nigeria | Buhari | 2015-05-29..2023-05-29
bola-tinubu | Bola Tinubu | leader head-of-state | nigeria | Tinubu; Bola Ahmed Tinubu | 2023-05-29..
goodluck-jonathan | Goodluck Jonathan | former-leader head-of-state | nigeria |  | 2010-05-06..2015-05-29
yusuf-tuggar | Yusuf Tuggar | official foreign-minister | nigeria | Tuggar | 2023-08-21..
geoffrey-onyeama | Geoffrey Onyeama | official foreign-minister | nigeria | Onyeama | 2015-11-11..2023-05-29
idriss-deby | Idriss Déby | former-leader head-of-state | chad | Idriss Deby; Idriss Déby Itno | 1990-12-02..2021-04-20
mahamat-deby | Mahamat Déby | leader head-of-state | chad | Mahamat Deby; Mahamat Idriss Déby; Mahamat Idriss Deby | 2021-04-20..
macky-sall | Macky Sall | former-leader head-of-state | senegal |  | 2012-04-02..2024-04-02
bassirou-diomaye-faye | Bassirou Diomaye Faye | leader head-of-state | senegal | Diomaye Faye | 2024-04-02..
ousmane-sonko | Ousmane Sonko | official head-of-government | senegal | Sonko | 2024-04-02..
nana-akufo-addo | Nana Akufo-Addo | former-leader head-of-state | ghana | Akufo-Addo | 2017-01-07..2025-01-07
john-mahama | John Mahama | leader head-of-state | ghana | John Dramani Mahama; Mahama | 2012-07-24..2017-01-07; 2025-01-07..
alassane-ouattara | Alassane Ouattara | leader head-of-state | ivory-coast | Ouattara | 2010-12-04..
mamadi-doumbouya | Mamadi Doumbouya | leader head-of-state | guinea | Doumbouya | 2021-09-05..
alpha-conde | Alpha Condé | former-leader head-of-state | guinea | Alpha Conde | 2010-12-21..2021-09-05
faure-gnassingbe | Faure Gnassingbé | leader | togo | Faure Gnassingbe; Gnassingbé | 2005-05-04..
abiy-ahmed | Abiy Ahmed | leader head-of-government | ethiopia | Abiy; Abiy Ahmed Ali; Prime Minister Abiy | 2018-04-02..
hailemariam-desalegn | Hailemariam Desalegn | former-leader head-of-government | ethiopia | Hailemariam | 2012-08-20..2018-04-02
taye-atske-selassie | Taye Atske Selassie | official head-of-state foreign-minister | ethiopia |  | 2024-02..
sahle-work-zewde | Sahle-Work Zewde | official head-of-state | ethiopia |  | 2018-10-25..2024-10-07
hassan-sheikh-mohamud | Hassan Sheikh Mohamud | leader head-of-state | somalia | President Hassan Sheikh Mohamud | 2012-09-16..2017-02-16; 2022-05-23..
mohamed-abdullahi-farmaajo | Mohamed Abdullahi Farmaajo | former-leader head-of-state | somalia | Farmaajo; Mohamed Abdullahi Mohamed | 2017-02-16..2022-05-23
hamza-abdi-barre | Hamza Abdi Barre | official head-of-government | somalia |  | 2022-06-25..
muse-bihi-abdi | Muse Bihi Abdi | former-leader head-of-state | somaliland |  | 2017-12-13..2024-12-12
abdirahman-mohamed-abdullahi | Abdirahman Mohamed Abdullahi | leader head-of-state | somaliland | Abdirahman Irro | 2024-12-12..
isaias-afwerki | Isaias Afwerki | leader head-of-state | eritrea | Afwerki; Isaias Afewerki | 1993-05-24..
osman-saleh | Osman Saleh | official foreign-minister | eritrea |  | 2007-04..
omar-al-bashir | Omar al-Bashir | former-leader head-of-state | sudan | al-Bashir; Omar Hassan al-Bashir | 1989-06-30..2019-04-11
abdel-fattah-al-burhan | Abdel Fattah al-Burhan | leader head-of-state | sudan | al-Burhan; Burhan; General Burhan | 2019-04-12..
abdalla-hamdok | Abdalla Hamdok | former-leader head-of-government | sudan | Hamdok; Abdallah Hamdok | 2019-08-21..2022-01-02
ismail-omar-guelleh | Ismail Omar Guelleh | leader head-of-state | djibouti | Guelleh | 1999-05-08..
uhuru-kenyatta | Uhuru Kenyatta | former-leader head-of-state | kenya | Kenyatta | 2013-04-09..2022-09-13
william-ruto | William Ruto | leader head-of-state | kenya | Ruto; President Ruto | 2013-04-09..
yoweri-museveni | Yoweri Museveni | leader head-of-state | uganda | Museveni | 1986-01-29..
paul-kagame | Paul Kagame | leader head-of-state | rwanda | Kagame | 2000-04-22..
felix-tshisekedi | Félix Tshisekedi | leader head-of-state | dr-congo | Felix Tshisekedi; Tshisekedi | 2019-01-24..
joseph-kabila | Joseph Kabila | former-leader head-of-state | dr-congo | Kabila | 2001-01-26..2019-01-24
abdel-fattah-el-sisi | Abdel Fattah el-Sisi | leader head-of-state | egypt | Abdel-Fattah El-Sisi; Abdel Fattah al-Sisi; el-Sisi; al-Sisi; Sisi; President Sisi | 2012-08-12..2014-03-26; 2014-06-08..
sameh-shoukry | Sameh Shoukry | official foreign-minister | egypt | Shoukry | 2014-06-17..2024-07-03
badr-abdelatty | Badr Abdelatty | official foreign-minister | egypt | Abdelatty | 2024-07-03..
abdrabbuh-mansur-hadi | Abdrabbuh Mansur Hadi | former-leader head-of-state | yemen | Abd Rabbuh Mansur Hadi; Mansour Hadi | 2012-02-25..2022-04-07
rashad-al-alimi | Rashad al-Alimi | leader head-of-state | yemen | al-Alimi | 2022-04-07..
hassan-rouhani | Hassan Rouhani | former-leader head-of-state | iran | Rouhani; Hassan Rohani | 2013-08-03..2021-08-03
mohammad-javad-zarif | Mohammad Javad Zarif | official foreign-minister | iran | Javad Zarif; Zarif | 2013-08-15..2021-08-25; 2024-08-01..2025-03-02
hossein-amir-abdollahian | Hossein Amir-Abdollahian | official foreign-minister | iran | Amir-Abdollahian; Amirabdollahian | 2021-08-25..2024-05-19
abbas-araghchi | Abbas Araghchi | official foreign-minister | iran | Araghchi | 2013-08..2021-08; 2024-08-21..
ali-shamkhani | Ali Shamkhani | official | iran | Shamkhani | 2013-09-10..2023-05-22
qasem-soleimani | Qasem Soleimani | official | iran | Qassem Soleimani; Soleimani | ..2020-01-03
mohammad-bagher-ghalibaf | Mohammad Bagher Ghalibaf | official | iran | Ghalibaf; Mohammad Baqer Qalibaf | 2020-05-28..
mohamed-bin-zayed | Mohamed bin Zayed | leader head-of-state | uae | Mohammed bin Zayed; MBZ; Sheikh Mohamed bin Zayed | 2004-11-03..
abdullah-bin-zayed | Abdullah bin Zayed | official foreign-minister | uae | Sheikh Abdullah bin Zayed | 2006-02-09..
khalifa-bin-zayed | Khalifa bin Zayed | former-leader head-of-state | uae | Sheikh Khalifa bin Zayed | 2004-11-03..2022-05-13
tamim-bin-hamad-al-thani | Tamim bin Hamad Al Thani | leader head-of-state | qatar | Sheikh Tamim; Emir Tamim; Tamim bin Hamad | 2013-06-25..
mohammed-bin-abdulrahman-al-thani | Mohammed bin Abdulrahman Al Thani | official foreign-minister head-of-government | qatar | Sheikh Mohammed bin Abdulrahman; Mohammed bin Abdulrahman | 2016-01-27..
haitham-bin-tariq | Haitham bin Tariq | leader head-of-state | oman | Sultan Haitham; Haitham bin Tarik | 2020-01-11..
qaboos-bin-said | Qaboos bin Said | former-leader head-of-state | oman | Sultan Qaboos | 1970-07-23..2020-01-10
badr-albusaidi | Badr Albusaidi | official foreign-minister | oman | Badr al-Busaidi; Albusaidi | 2020-08-18..
hamad-bin-isa-al-khalifa | Hamad bin Isa Al Khalifa | leader head-of-state | bahrain | King Hamad; Hamad bin Isa | 1999-03-06..
mishal-al-ahmad-al-jaber-al-sabah | Mishal al-Ahmad al-Jaber al-Sabah | leader head-of-state | kuwait | Sheikh Mishal; Emir Mishal | 2023-12-16..
nawaf-al-ahmad-al-jaber-al-sabah | Nawaf al-Ahmad al-Jaber al-Sabah | former-leader head-of-state | kuwait | Sheikh Nawaf | 2020-09-29..2023-12-16
sabah-al-ahmad-al-jaber-al-sabah | Sabah al-Ahmad al-Jaber al-Sabah | former-leader head-of-state | kuwait | Sheikh Sabah | 2006-01-29..2020-09-29
haider-al-abadi | Haider al-Abadi | former-leader head-of-government | iraq | al-Abadi; Abadi | 2014-09-08..2018-10-25
adil-abdul-mahdi | Adil Abdul-Mahdi | former-leader head-of-government | iraq | Abdul-Mahdi; Adel Abdul Mahdi | 2018-10-25..2020-05-07
mustafa-al-kadhimi | Mustafa al-Kadhimi | former-leader head-of-government | iraq | al-Kadhimi; Kadhimi | 2020-05-07..2022-10-27
mohammed-shia-al-sudani | Mohammed Shia al-Sudani | leader head-of-government | iraq | al-Sudani; Mohammed Shia' al-Sudani | 2022-10-27..
nouri-al-maliki | Nouri al-Maliki | former-leader head-of-government | iraq | Nuri al-Maliki | 2006-05-20..2014-09-08
fuad-hussein | Fuad Hussein | official foreign-minister | iraq |  | 2020-06-06..
abdul-latif-rashid | Abdul Latif Rashid | official head-of-state | iraq |  | 2022-10-17..
barham-salih | Barham Salih | official head-of-state | iraq |  | 2018-10-02..2022-10-17
masoud-barzani | Masoud Barzani | former-leader | krg |  | 2005-06-14..2017-11-01
nechirvan-barzani | Nechirvan Barzani | leader | krg |  |
masrour-barzani | Masrour Barzani | official | krg |  | 2019-07-10..
bashar-al-assad | Bashar al-Assad | former-leader head-of-state | syria | Assad; Bashar Assad; Bashar al-Asad; President Assad | 2000-07-17..2024-12-08
ahmed-al-sharaa | Ahmed al-Sharaa | leader head-of-state | syria | al-Sharaa; Sharaa; Ahmad al-Sharaa; Abu Mohammed al-Jolani; al-Jolani; Jolani; Abu Mohammad al-Julani | 2024-12-08..
walid-muallem | Walid Muallem | official foreign-minister | syria | Walid al-Moallem; Muallem | 2006-02-11..2020-11-16
faisal-mekdad | Faisal Mekdad | official foreign-minister | syria | Faisal al-Mekdad; Mekdad | 2020-11-22..2024-12-08
asaad-al-shaibani | Asaad al-Shaibani | official foreign-minister | syria | al-Shaibani; Asaad Hassan al-Shaibani | 2024-12-21..
isaac-herzog | Isaac Herzog | official head-of-state | israel | Herzog | 2021-07-07..
reuven-rivlin | Reuven Rivlin | official head-of-state | israel | Rivlin | 2014-07-24..2021-07-07
yair-lapid | Yair Lapid | former-leader head-of-government | israel | Lapid | 2021-06-13..2022-12-29
naftali-bennett | Naftali Bennett | former-leader head-of-government | israel |  | 2021-06-13..2022-06-30
yoav-gallant | Yoav Gallant | official defence-minister | israel | Gallant | 2022-12-29..2024-11-05
israel-katz | Israel Katz | official foreign-minister defence-minister | israel |  | 2009-03-31..2021-06-13; 2022-12-29..
benny-gantz | Benny Gantz | official defence-minister | israel | Gantz | 2020-05-17..2022-12-29; 2023-10-11..2024-06-09
avigdor-liberman | Avigdor Liberman | official defence-minister | israel | Liberman; Avigdor Lieberman | 2016-05-30..2018-11-14
moshe-yaalon | Moshe Ya'alon | official defence-minister | israel | Ya'alon; Moshe Yaalon | 2013-03-18..2016-05-20
gideon-saar | Gideon Saar | official foreign-minister | israel | Gideon Sa'ar; Sa'ar | 2024-11-05..
michel-aoun | Michel Aoun | former-leader head-of-state | lebanon |  | 2016-10-31..2022-10-30
joseph-aoun | Joseph Aoun | official head-of-state | lebanon |  | 2025-01-09..
najib-mikati | Najib Mikati | former-leader head-of-government | lebanon | Mikati | 2021-09-10..2025-02-08
saad-hariri | Saad Hariri | former-leader head-of-government | lebanon | Hariri | 2016-12-18..2020-01-21
nawaf-salam | Nawaf Salam | leader head-of-government | lebanon |  | 2025-02-08..
nabih-berri | Nabih Berri | official | lebanon | Berri | 1992-10-20..
hassan-nasrallah | Hassan Nasrallah | former-leader | hezbollah | Nasrallah | ..2024-09-27
naim-qassem | Naim Qassem | leader | hezbollah | Sheikh Naim Qassem | 2024-10-29..
abdullah-ii | Abdullah II | leader head-of-state | jordan | King Abdullah II; King Abdullah | 1999-02-07..
ayman-safadi | Ayman Safadi | official foreign-minister | jordan | Safadi | 2017-01-15..
mahmoud-abbas | Mahmoud Abbas | leader head-of-state | palestine | Abbas; Abu Mazen; President Abbas | 2005-01-15..
riyad-al-maliki | Riyad al-Maliki | official foreign-minister | palestine | Riyad Malki | 2007-05..2024-03
mohammad-mustafa | Mohammad Mustafa | official head-of-government | palestine |  | 2024-03-31..
mohammad-shtayyeh | Mohammad Shtayyeh | official head-of-government | palestine | Shtayyeh | 2019-04-14..2024-03-31
ismail-haniyeh | Ismail Haniyeh | former-leader | hamas | Haniyeh | ..2024-07-31
yahya-sinwar | Yahya Sinwar | former-leader | hamas | Sinwar | ..2024-10-16
khaled-meshaal | Khaled Meshaal | official | hamas | Khaled Mashal; Meshaal |
abdul-malik-al-houthi | Abdul-Malik al-Houthi | leader | houthis | Abdulmalik al-Houthi |
rodrigo-duterte | Rodrigo Duterte | former-leader head-of-state | philippines | Duterte; President Duterte | 2016-06-30..2022-06-30
ferdinand-marcos-jr | Ferdinand Marcos Jr. | leader head-of-state | philippines | Bongbong Marcos; Marcos Jr.; Marcos; President Marcos | 2022-06-30..
benigno-aquino-iii | Benigno Aquino III | former-leader head-of-state | philippines | Noynoy Aquino; Aquino | 2010-06-30..2016-06-30
teodoro-locsin | Teodoro Locsin | official foreign-minister | philippines | Teodoro Locsin Jr.; Teddy Locsin; Locsin | 2018-10-17..2022-06-30
enrique-manalo | Enrique Manalo | official foreign-minister | philippines | Manalo | 2022-07-01..
gilberto-teodoro | Gilberto Teodoro | official defence-minister | philippines | Gibo Teodoro | 2023-06-05..
perfecto-yasay | Perfecto Yasay | official foreign-minister | philippines | Yasay | 2016-06-30..2017-03-08
alan-peter-cayetano | Alan Peter Cayetano | official foreign-minister | philippines | Cayetano | 2017-05-18..2018-10-17
delfin-lorenzana | Delfin Lorenzana | official defence-minister | philippines | Lorenzana | 2016-06-30..2022-06-30
to-lam | To Lam | leader | vietnam | Tô Lâm | 2024-05-22..
nguyen-phu-trong | Nguyen Phu Trong | former-leader | vietnam | Nguyễn Phú Trọng | 2011-01-19..2024-07-19
pham-minh-chinh | Pham Minh Chinh | official head-of-government | vietnam | Phạm Minh Chính | 2021-04-05..
bui-thanh-son | Bui Thanh Son | official foreign-minister | vietnam | Bùi Thanh Sơn | 2021-04-08..
nguyen-xuan-phuc | Nguyen Xuan Phuc | official head-of-state | vietnam | Nguyễn Xuân Phúc | 2016-04-07..2023-01-18
anwar-ibrahim | Anwar Ibrahim | leader head-of-government | malaysia | Anwar | 2022-11-24..
mahathir-mohamad | Mahathir Mohamad | former-leader head-of-government | malaysia | Mahathir | 2018-05-10..2020-02-24
najib-razak | Najib Razak | former-leader head-of-government | malaysia | Najib | 2009-04-03..2018-05-10
lee-hsien-loong | Lee Hsien Loong | former-leader head-of-government | singapore |  | 2004-08-12..2024-05-15
lawrence-wong | Lawrence Wong | leader head-of-government | singapore |  | 2024-05-15..
vivian-balakrishnan | Vivian Balakrishnan | official foreign-minister | singapore | Balakrishnan | 2015-10-01..
prayut-chan-o-cha | Prayut Chan-o-cha | former-leader head-of-government | thailand | Prayuth Chan-ocha; Prayut; Prayuth | 2014-05-22..2023-08-22
srettha-thavisin | Srettha Thavisin | former-leader head-of-government | thailand | Srettha | 2023-08-22..2024-08-14
paetongtarn-shinawatra | Paetongtarn Shinawatra | former-leader head-of-government | thailand | Paetongtarn | 2024-08-16..2025-08-29
anutin-charnvirakul | Anutin Charnvirakul | leader head-of-government | thailand | Anutin | 2025-09-05..
hun-sen | Hun Sen | official | cambodia |  | 1985-01-14..2023-08-22; 2024-04-03..
hun-manet | Hun Manet | leader head-of-government | cambodia |  | 2023-08-22..
patrice-talon | Patrice Talon | leader head-of-state | benin | Talon; President Talon | 2016-04-06..
xiomara-castro | Xiomara Castro | leader head-of-state | honduras | President Xiomara Castro | 2022-01-27..
manasseh-sogavare | Manasseh Sogavare | former-leader head-of-government | solomon-islands | Sogavare | 2006-05-04..2007-12-20; 2014-12-09..2017-11-06; 2019-04-24..2024-05-02
min-aung-hlaing | Min Aung Hlaing | leader | myanmar | General Min Aung Hlaing; Senior General Min Aung Hlaing | 2021-02-01..
aung-san-suu-kyi | Aung San Suu Kyi | former-leader | myanmar | Suu Kyi | 2016-04-06..2021-02-01
khalifa-haftar | Khalifa Haftar | leader | lna | Haftar; Field Marshal Khalifa Haftar; Field Marshal Haftar | 2015-03-02..
mohamed-hamdan-dagalo | Mohamed Hamdan Dagalo | leader | rsf | Hemedti; Hamdan Dagalo; General Dagalo | 2013-08..
fayez-al-sarraj | Fayez al-Sarraj | former-leader head-of-government | libya | al-Sarraj; Sarraj; Fayez al-Serraj; al-Serraj | 2016-03-30..2021-03-15
bidzina-ivanishvili | Bidzina Ivanishvili | former-leader head-of-government | georgia | Ivanishvili | 2012-10-25..2013-11-20
janet-yellen | Janet Yellen | official finance-minister | usa | Yellen; Treasury Secretary Janet Yellen | 2021-01-26..2025-01-20
vladimir-padrino | Vladimir Padrino López | official defence-minister | venezuela | Vladimir Padrino; Padrino; Padrino López; Vladimir Padrino Lopez | 2014-10-24..
kim-yo-jong | Kim Yo Jong | official | north-korea | Kim Yo-jong |
choe-son-hui | Choe Son Hui | official foreign-minister | north-korea | Choe Son-hui | 2022-06-10..
ri-yong-ho | Ri Yong Ho | official foreign-minister | north-korea | Ri Yong-ho | 2016-05..2020-01
tsai-ing-wen | Tsai Ing-wen | former-leader head-of-state | taiwan | Tsai; President Tsai | 2016-05-20..2024-05-20
ma-ying-jeou | Ma Ying-jeou | former-leader head-of-state | taiwan |  | 2008-05-20..2016-05-20
joseph-wu | Joseph Wu | official foreign-minister | taiwan |  | 2018-02-26..2024-05-20
lin-chia-lung | Lin Chia-lung | official foreign-minister | taiwan |  | 2024-05-20..
nawaz-sharif | Nawaz Sharif | former-leader head-of-government | pakistan |  | 2013-06-05..2017-07-28
imran-khan | Imran Khan | former-leader head-of-government | pakistan |  | 2018-08-18..2022-04-10
anwaar-ul-haq-kakar | Anwaar-ul-Haq Kakar | former-leader head-of-government | pakistan |  | 2023-08-14..2024-03-04
asim-munir | Asim Munir | official | pakistan | General Asim Munir; Field Marshal Asim Munir | 2022-11-29..
qamar-javed-bajwa | Qamar Javed Bajwa | official | pakistan | General Bajwa; Bajwa | 2016-11-29..2022-11-29
ishaq-dar | Ishaq Dar | official foreign-minister | pakistan |  | 2024-03-11..
shah-mahmood-qureshi | Shah Mahmood Qureshi | official foreign-minister | pakistan |  | 2018-08-20..2022-04-10
bilawal-bhutto-zardari | Bilawal Bhutto Zardari | official foreign-minister | pakistan | Bilawal Bhutto-Zardari; Bilawal Bhutto | 2022-04-27..2023-08-10
asif-ali-zardari | Asif Ali Zardari | official head-of-state | pakistan | Zardari; President Zardari | 2024-03-10..
arif-alvi | Arif Alvi | official head-of-state | pakistan | Alvi | 2018-09-09..2024-03-10
khawaja-asif | Khawaja Asif | official defence-minister | pakistan |  | 2013-06..2018-04; 2022-04-19..2023-08-10; 2024-03-11..
sheikh-hasina | Sheikh Hasina | former-leader head-of-government | bangladesh | Hasina | 2009-01-06..2024-08-05
muhammad-yunus | Muhammad Yunus | leader head-of-government | bangladesh | Yunus | 2024-08-08..
anura-kumara-dissanayake | Anura Kumara Dissanayake | leader head-of-state | sri-lanka | Dissanayake | 2024-09-23..
ranil-wickremesinghe | Ranil Wickremesinghe | former-leader head-of-state | sri-lanka | Wickremesinghe | 2015-01-09..2019-11-21; 2022-05-12..2024-09-23
gotabaya-rajapaksa | Gotabaya Rajapaksa | former-leader head-of-state | sri-lanka |  | 2019-11-18..2022-07-14
mahinda-rajapaksa | Mahinda Rajapaksa | former-leader head-of-government | sri-lanka |  | 2005-11-19..2015-01-09; 2019-11-21..2022-05-09
maithripala-sirisena | Maithripala Sirisena | former-leader head-of-state | sri-lanka | Sirisena | 2015-01-09..2019-11-18
k-p-sharma-oli | K. P. Sharma Oli | former-leader head-of-government | nepal | KP Sharma Oli; K.P. Sharma Oli; Khadga Prasad Sharma Oli | 2015-10-12..2016-08-04; 2018-02-15..2021-07-13; 2024-07-15..2025-09-09
mohamed-muizzu | Mohamed Muizzu | leader head-of-state | maldives | Muizzu | 2023-11-17..
petro-poroshenko | Petro Poroshenko | former-leader head-of-state | ukraine | Poroshenko | 2014-06-07..2019-05-20
dmytro-kuleba | Dmytro Kuleba | official foreign-minister | ukraine | Kuleba | 2020-03-04..2024-09-05
andrii-sybiha | Andrii Sybiha | official foreign-minister | ukraine | Sybiha; Andriy Sybiha | 2024-09-05..
pavlo-klimkin | Pavlo Klimkin | official foreign-minister | ukraine | Klimkin | 2014-06-19..2019-08-29
vadym-prystaiko | Vadym Prystaiko | official foreign-minister | ukraine | Prystaiko | 2019-08-29..2020-03-04
oleksii-reznikov | Oleksii Reznikov | official defence-minister | ukraine | Reznikov; Oleksiy Reznikov | 2021-11-04..2023-09-05
rustem-umerov | Rustem Umerov | official defence-minister | ukraine | Umerov | 2023-09-06..
denys-shmyhal | Denys Shmyhal | official head-of-government defence-minister | ukraine | Shmyhal | 2020-03-04..
yulia-svyrydenko | Yulia Svyrydenko | official head-of-government | ukraine | Svyrydenko | 2025-07-17..
arseniy-yatsenyuk | Arseniy Yatsenyuk | former-leader head-of-government | ukraine | Yatsenyuk | 2014-02-27..2016-04-14
volodymyr-groysman | Volodymyr Groysman | former-leader head-of-government | ukraine | Groysman | 2016-04-14..2019-08-29
valerii-zaluzhnyi | Valerii Zaluzhnyi | official | ukraine | Zaluzhnyi; Zaluzhny; Valery Zaluzhny | 2021-07-27..2024-02-08; 2024-05..
oleksandr-syrskyi | Oleksandr Syrskyi | official | ukraine | Syrskyi; Syrsky; Oleksandr Syrsky | 2024-02-08..
kyrylo-budanov | Kyrylo Budanov | official | ukraine | Budanov | 2020-08-05..
vladimir-makei | Vladimir Makei | official foreign-minister | belarus | Makei; Uladzimir Makei | 2012-08-20..2022-11-26
maia-sandu | Maia Sandu | leader head-of-state | moldova | Sandu; President Sandu | 2019-06-08..2019-11-14; 2020-12-24..
igor-dodon | Igor Dodon | former-leader head-of-state | moldova | Dodon | 2016-12-23..2020-12-24
andrzej-duda | Andrzej Duda | official head-of-state | poland | Duda; President Duda | 2015-08-06..2025-08-06
karol-nawrocki | Karol Nawrocki | official head-of-state | poland | Nawrocki | 2025-08-06..
mateusz-morawiecki | Mateusz Morawiecki | former-leader head-of-government | poland | Morawiecki | 2017-12-11..2023-12-13
beata-szydlo | Beata Szydło | former-leader head-of-government | poland | Beata Szydlo; Szydło; Szydlo | 2015-11-16..2017-12-11
radoslaw-sikorski | Radosław Sikorski | official foreign-minister | poland | Radoslaw Sikorski; Sikorski | 2007-11-16..2014-09-22; 2023-12-13..
zbigniew-rau | Zbigniew Rau | official foreign-minister | poland |  | 2020-08-26..2023-11-27
peter-szijjarto | Péter Szijjártó | official foreign-minister | hungary | Peter Szijjarto; Szijjártó; Szijjarto | 2014-09-23..
robert-fico | Robert Fico | leader head-of-government | slovakia | Fico | 2012-04-04..2018-03-22; 2023-10-25..
gitanas-nauseda | Gitanas Nausėda | official head-of-state | lithuania | Gitanas Nauseda; Nausėda; Nauseda | 2019-07-12..
alexander-stubb | Alexander Stubb | official head-of-state | finland | Stubb | 2024-03-01..
sauli-niinisto | Sauli Niinistö | former-leader head-of-state | finland | Sauli Niinisto; Niinistö; Niinisto | 2012-03-01..2024-03-01
ulf-kristersson | Ulf Kristersson | leader head-of-government | sweden | Kristersson | 2022-10-18..
jonas-gahr-store | Jonas Gahr Støre | leader head-of-government | norway | Jonas Gahr Store; Støre | 2021-10-14..
mette-frederiksen | Mette Frederiksen | leader head-of-government | denmark | Frederiksen | 2019-06-27..
aleksandar-vucic | Aleksandar Vučić | leader head-of-state | serbia | Aleksandar Vucic; Vučić; Vucic; President Vucic | 2014-04-27..
ana-brnabic | Ana Brnabić | official head-of-government | serbia | Ana Brnabic; Brnabić; Brnabic | 2017-06-29..
milos-vucevic | Miloš Vučević | official head-of-government | serbia | Milos Vucevic; Vučević; Vucevic | 2024-05-02..2025-04-16
marko-duric | Marko Đurić | official foreign-minister | serbia | Marko Djuric; Đurić; Djuric | 2024-05-02..
albin-kurti | Albin Kurti | leader head-of-government | kosovo | Kurti | 2020-02-03..2020-06-03; 2021-03-22..
vjosa-osmani | Vjosa Osmani | official head-of-state | kosovo | Osmani | 2021-04-04..
hashim-thaci | Hashim Thaçi | former-leader head-of-state | kosovo | Hashim Thaci; Thaçi; Thaci | 2016-04-07..2020-11-05
milorad-dodik | Milorad Dodik | official | bosnia-and-herzegovina | Dodik | 2018-11-20..2022-11-16
edi-rama | Edi Rama | leader head-of-government | albania |  | 2013-09-15..
hristijan-mickoski | Hristijan Mickoski | leader head-of-government | north-macedonia | Mickoski | 2024-06-23..
milo-dukanovic | Milo Đukanović | former-leader head-of-state | montenegro | Milo Djukanovic; Đukanović; Djukanovic | 2012-12-04..2016-11-28; 2018-05-20..2023-05-20
andrej-plenkovic | Andrej Plenković | leader head-of-government | croatia | Andrej Plenkovic; Plenković; Plenkovic | 2016-10-19..
zoran-milanovic | Zoran Milanović | official head-of-state | croatia | Zoran Milanovic; Milanović; Milanovic | 2011-12-23..2016-10-19; 2020-02-19..
kyriakos-mitsotakis | Kyriakos Mitsotakis | leader head-of-government | greece | Mitsotakis | 2019-07-08..
alexis-tsipras | Alexis Tsipras | former-leader head-of-government | greece | Tsipras | 2015-01-26..2019-07-08
nicolas-maduro | Nicolás Maduro | leader head-of-state | venezuela | Nicolas Maduro; Maduro; President Maduro | 2013-03-05..
delcy-rodriguez | Delcy Rodríguez | official | venezuela | Delcy Rodriguez | 2014-12-26..2017-06-21; 2018-06-14..
juan-guaido | Juan Guaidó | opposition |  | Juan Guaido; Guaidó; Guaido
gustavo-petro | Gustavo Petro | leader head-of-state | colombia | Petro; President Petro | 2022-08-07..
ivan-duque | Iván Duque | former-leader head-of-state | colombia | Ivan Duque; Duque | 2018-08-07..2022-08-07
juan-manuel-santos | Juan Manuel Santos | former-leader head-of-state | colombia |  | 2010-08-07..2018-08-07
miguel-diaz-canel | Miguel Díaz-Canel | leader head-of-state | cuba | Miguel Diaz-Canel; Díaz-Canel; Diaz-Canel | 2018-04-19..
raul-castro | Raúl Castro | former-leader head-of-state | cuba | Raul Castro | 2008-02-24..2021-04-19
bruno-rodriguez | Bruno Rodríguez | official foreign-minister | cuba | Bruno Rodriguez; Bruno Rodríguez Parrilla | 2009-03-02..
daniel-ortega | Daniel Ortega | leader head-of-state | nicaragua | Ortega | 2007-01-10..
rosario-murillo | Rosario Murillo | official | nicaragua | Murillo | 2017-01-10..
gabriel-boric | Gabriel Boric | leader head-of-state | chile | Boric | 2022-03-11..
sebastian-pinera | Sebastián Piñera | former-leader head-of-state | chile | Sebastian Pinera; Piñera; Pinera | 2010-03-11..2014-03-11; 2018-03-11..2022-03-11
michelle-bachelet | Michelle Bachelet | former-leader head-of-state | chile | Bachelet | 2014-03-11..2018-03-11
dina-boluarte | Dina Boluarte | former-leader head-of-state | peru | Boluarte | 2022-12-07..2025-10-10
luis-arce | Luis Arce | former-leader head-of-state | bolivia | Arce | 2020-11-08..2025-11-08
daniel-noboa | Daniel Noboa | leader head-of-state | ecuador | Noboa | 2023-11-23..
guillermo-lasso | Guillermo Lasso | former-leader head-of-state | ecuador | Lasso | 2021-05-24..2023-11-23
nayib-bukele | Nayib Bukele | leader head-of-state | el-salvador | Bukele | 2019-06-01..
irfaan-ali | Irfaan Ali | leader head-of-state | guyana |  | 2020-08-02..
jose-raul-mulino | José Raúl Mulino | leader head-of-state | panama | Jose Raul Mulino; Mulino | 2024-07-01..
luis-lacalle-pou | Luis Lacalle Pou | former-leader head-of-state | uruguay | Lacalle Pou | 2020-03-01..2025-03-01
yamandu-orsi | Yamandú Orsi | leader head-of-state | uruguay | Yamandu Orsi | 2025-03-01..
haitham-al-ghais | Haitham al-Ghais | official | opec | Haitham Al Ghais; al-Ghais | 2022-08-01..
mohammed-barkindo | Mohammed Barkindo | official | opec | Barkindo | 2016-08-01..2022-07-05
moussa-faki-mahamat | Moussa Faki Mahamat | official | african-union | Moussa Faki | 2017-03-14..2025-02-15
mahmoud-ali-youssouf | Mahmoud Ali Youssouf | official | african-union |  | 2025-02-15..
ahmed-aboul-gheit | Ahmed Aboul Gheit | official | arab-league | Aboul Gheit; Ahmed Aboul-Gheit | 2016-07-01..
jasem-albudaiwi | Jasem Albudaiwi | official | gcc | Jasem Mohamed Albudaiwi | 2023-02-01..
rafael-grossi | Rafael Grossi | official | iaea | Grossi; Rafael Mariano Grossi | 2019-12-03..
yukiya-amano | Yukiya Amano | official | iaea | Amano | 2009-12-01..2019-07-18
kristalina-georgieva | Kristalina Georgieva | official | imf | Georgieva | 2019-10-01..
christine-lagarde | Christine Lagarde | official | imf | Lagarde | 2011-07-05..2019-09-12
ngozi-okonjo-iweala | Ngozi Okonjo-Iweala | official | wto | Okonjo-Iweala | 2021-03-01..
tedros-adhanom-ghebreyesus | Tedros Adhanom Ghebreyesus | official | who | Tedros | 2017-07-01..
omar-alieu-touray | Omar Alieu Touray | official | ecowas | Touray | 2022-07..
scott-bessent | Scott Bessent | official | usa | Bessent; Secretary Scott Bessent | 2025-01-28..
mauricio-claver-carone | Mauricio Claver-Carone | official | usa | Claver-Carone | 2025-01-20..
khalid-bin-salman | Khalid bin Salman | official defence-minister | saudi-arabia | Prince Khalid bin Salman | 2022-09-27..
lorenzo-guerini | Lorenzo Guerini | official defence-minister | italy | Guerini | 2019-09-05..2022-10-22
guido-crosetto | Guido Crosetto | official defence-minister | italy | Crosetto | 2022-10-22..
bill-blair | Bill Blair | official defence-minister | canada |  | 2023-07-26..2025-05-13
sjafrie-sjamsoeddin | Sjafrie Sjamsoeddin | official defence-minister | indonesia | Sjafrie | 2024-10-21..
mohammad-reza-ashtiani | Mohammad-Reza Ashtiani | official defence-minister | iran | Ashtiani | 2021-08-25..2024-08-21
aziz-nasirzadeh | Aziz Nasirzadeh | official defence-minister | iran | Nasirzadeh | 2024-08-21..
abdelmadjid-tebboune | Abdelmadjid Tebboune | leader head-of-state | algeria | Tebboune; President Tebboune | 2019-12-19..
ahmed-attaf | Ahmed Attaf | official foreign-minister | algeria | Attaf | 2023-03-18..
joao-lourenco | João Lourenço | leader head-of-state | angola | Joao Lourenco; Lourenço; Lourenco | 2017-09-26..
duma-boko | Duma Boko | leader head-of-state | botswana | Duma Gideon Boko | 2024-11-08..
mokgweetsi-masisi | Mokgweetsi Masisi | former-leader head-of-state | botswana | President Masisi | 2018-04-01..2024-11-08
evariste-ndayishimiye | Évariste Ndayishimiye | leader head-of-state | burundi | Evariste Ndayishimiye; Ndayishimiye | 2020-06-18..
albert-shingiro | Albert Shingiro | official foreign-minister | burundi | Shingiro | 2020-06..
ulisses-correia-e-silva | Ulisses Correia e Silva | leader head-of-government | cabo-verde |  | 2016-04-22..
jose-maria-neves | José Maria Neves | official head-of-state | cabo-verde | Jose Maria Neves | 2021-11-09..
paul-biya | Paul Biya | leader head-of-state | cameroon | Biya; President Biya | 1982-11-06..
joseph-dion-ngute | Joseph Dion Ngute | official head-of-government | cameroon | Dion Ngute | 2019-01-04..
lejeune-mbella-mbella | Lejeune Mbella Mbella | official foreign-minister | cameroon | Mbella Mbella | 2015-10-02..
faustin-archange-touadera | Faustin-Archange Touadéra | leader head-of-state | central-african-republic | Faustin-Archange Touadera; Touadéra; Touadera | 2016-03-30..
sylvie-baipo-temon | Sylvie Baïpo-Temon | official foreign-minister | central-african-republic | Sylvie Baipo-Temon; Baïpo-Temon; Baipo-Temon | 2018-12..
azali-assoumani | Azali Assoumani | leader head-of-state | comoros | Azali; Assoumani | 2016-05-26..
teodoro-obiang-nguema-mbasogo | Teodoro Obiang Nguema Mbasogo | leader head-of-state | equatorial-guinea | Teodoro Obiang; Obiang; Obiang Nguema | 1979-08-03..
mswati-iii | Mswati III | leader head-of-state | eswatini | King Mswati III; King Mswati; Mswati | 1986-04-25..
brice-oligui-nguema | Brice Clotaire Oligui Nguema | leader head-of-state | gabon | Brice Oligui Nguema; Oligui Nguema; General Oligui Nguema | 2023-08-30..
ali-bongo-ondimba | Ali Bongo Ondimba | former-leader head-of-state | gabon | Ali Bongo | 2009-10-16..2023-08-30
adama-barrow | Adama Barrow | leader head-of-state | gambia | President Barrow | 2017-01-19..
sam-matekane | Sam Matekane | leader head-of-government | lesotho | Matekane | 2022-10-28..
moeketsi-majoro | Moeketsi Majoro | former-leader head-of-government | lesotho | Majoro | 2020-05-20..2022-10-28
joseph-boakai | Joseph Boakai | leader head-of-state | liberia | Joseph Nyuma Boakai; Boakai; President Boakai | 2024-01-22..
george-weah | George Weah | former-leader head-of-state | liberia | Weah | 2018-01-22..2024-01-22
abdul-hamid-dbeibah | Abdul Hamid Dbeibah | leader head-of-government | libya | Abdulhamid Dbeibah; Abdul Hamid al-Dbeibah; Dbeibah; Dbeibeh | 2021-03-15..
mohamed-al-menfi | Mohamed al-Menfi | official head-of-state | libya | Mohamed Menfi; al-Menfi; Menfi | 2021-03-15..
michael-randrianirina | Michael Randrianirina | leader head-of-state | madagascar | Colonel Michael Randrianirina; Randrianirina | 2025-10..
andry-rajoelina | Andry Rajoelina | former-leader head-of-state | madagascar | Rajoelina | 2009-03-17..2014-01-25; 2019-01-19..2025-10
peter-mutharika | Peter Mutharika | leader head-of-state | malawi | Arthur Peter Mutharika; Mutharika | 2014-05-31..2020-06-28; 2025-10-04..
lazarus-chakwera | Lazarus Chakwera | former-leader head-of-state | malawi | Chakwera | 2020-06-28..2025-10-04
mohamed-ould-ghazouani | Mohamed Ould Ghazouani | leader head-of-state | mauritania | Mohamed Ould Cheikh El Ghazouani; Ghazouani; Mohamed Ould El-Ghazouani | 2019-08-01..
navin-ramgoolam | Navin Ramgoolam | leader head-of-government | mauritius | Ramgoolam | 1995-12-22..2000-09-17; 2005-07-05..2014-12-17; 2024-11-13..
pravind-jugnauth | Pravind Jugnauth | former-leader head-of-government | mauritius | Pravind Kumar Jugnauth | 2017-01-23..2024-11-13
mohammed-vi | Mohammed VI | leader head-of-state | morocco | King Mohammed VI; Mohammed VI of Morocco | 1999-07-23..
aziz-akhannouch | Aziz Akhannouch | official head-of-government | morocco | Akhannouch | 2021-10-07..
nasser-bourita | Nasser Bourita | official foreign-minister | morocco | Bourita | 2017-04-05..
daniel-chapo | Daniel Chapo | leader head-of-state | mozambique | President Chapo | 2025-01-15..
filipe-nyusi | Filipe Nyusi | former-leader head-of-state | mozambique | Nyusi | 2015-01-15..2025-01-15
netumbo-nandi-ndaitwah | Netumbo Nandi-Ndaitwah | leader head-of-state | namibia | Nandi-Ndaitwah | 2025-03-21..
hage-geingob | Hage Geingob | former-leader head-of-state | namibia | Geingob | 2015-03-21..2024-02-04
nangolo-mbumba | Nangolo Mbumba | former-leader head-of-state | namibia | Mbumba | 2024-02-04..2025-03-21
denis-sassou-nguesso | Denis Sassou Nguesso | leader head-of-state | republic-of-the-congo | Sassou Nguesso; Denis Sassou-Nguesso; Sassou-Nguesso | 1997-10-25..
patrick-herminie | Patrick Herminie | leader head-of-state | seychelles | Herminie | 2025-10..
wavel-ramkalawan | Wavel Ramkalawan | former-leader head-of-state | seychelles | Ramkalawan | 2020-10-26..2025-10
julius-maada-bio | Julius Maada Bio | leader head-of-state | sierra-leone | Maada Bio | 2018-04-04..
salva-kiir | Salva Kiir | leader head-of-state | south-sudan | Salva Kiir Mayardit; Kiir; President Kiir | 2011-07-09..
samia-suluhu-hassan | Samia Suluhu Hassan | leader head-of-state | tanzania | Samia Suluhu; President Samia; President Samia Suluhu Hassan | 2021-03-19..
kais-saied | Kais Saied | leader head-of-state | tunisia | Kaïs Saïed; Kais Saïed; Saied; Saïed; President Saied | 2019-10-23..
hakainde-hichilema | Hakainde Hichilema | leader head-of-state | zambia | Hichilema; President Hichilema | 2021-08-24..
emmerson-mnangagwa | Emmerson Mnangagwa | leader head-of-state | zimbabwe | Mnangagwa; President Mnangagwa | 2017-11-24..
mostafa-madbouly | Mostafa Madbouly | official head-of-government | egypt | Moustafa Madbouly; Madbouly | 2018-06-07..
musalia-mudavadi | Musalia Mudavadi | official foreign-minister | kenya | Mudavadi | 2022-10-27..
gedion-timothewos | Gedion Timothewos | official foreign-minister | ethiopia | Gedion Timothewos Hessebon | 2024-10..
judith-suminwa | Judith Suminwa | official head-of-government | dr-congo | Judith Suminwa Tuluka; Suminwa | 2024-04-01..
therese-kayikwamba-wagner | Thérèse Kayikwamba Wagner | official foreign-minister | dr-congo | Therese Kayikwamba Wagner; Kayikwamba Wagner | 2024-06..
jeje-odongo | Jeje Odongo | official foreign-minister | uganda | Jeje Elly Odongo | 2021-06..
kamil-idris | Kamil Idris | official head-of-government | sudan | Kamil el-Tayeb Idris | 2025-05-19..
samuel-okudzeto-ablakwa | Samuel Okudzeto Ablakwa | official foreign-minister | ghana | Okudzeto Ablakwa; Ablakwa | 2025-01..
xavier-espot-zamora | Xavier Espot Zamora | leader head-of-government | andorra | Xavier Espot; Espot | 2019-05-16..
christian-stocker | Christian Stocker | leader head-of-government | austria | Chancellor Stocker | 2025-03-03..
karl-nehammer | Karl Nehammer | former-leader head-of-government | austria | Nehammer | 2021-12-06..2025-01-10
alexander-schallenberg | Alexander Schallenberg | former-leader head-of-government foreign-minister | austria | Schallenberg | 2019-06-03..2025-03-03
alexander-van-der-bellen | Alexander Van der Bellen | official head-of-state | austria | Van der Bellen | 2017-01-26..
bart-de-wever | Bart De Wever | leader head-of-government | belgium | De Wever | 2025-02-03..
alexander-de-croo | Alexander De Croo | former-leader head-of-government | belgium | De Croo | 2020-10-01..2025-02-03
rosen-zhelyazkov | Rosen Zhelyazkov | leader head-of-government | bulgaria | Zhelyazkov | 2025-01-16..
rumen-radev | Rumen Radev | official head-of-state | bulgaria | Radev | 2017-01-22..
nikos-christodoulides | Nikos Christodoulides | leader head-of-state | cyprus | Nicos Christodoulides; Christodoulides | 2023-02-28..
nicos-anastasiades | Nicos Anastasiades | former-leader head-of-state | cyprus | Nikos Anastasiades; Anastasiades | 2013-02-28..2023-02-28
petr-pavel | Petr Pavel | official head-of-state | czechia | President Pavel | 2023-03-09..
kristen-michal | Kristen Michal | leader head-of-government | estonia |  | 2024-07-23..
alar-karis | Alar Karis | official head-of-state | estonia |  | 2021-10-11..
petteri-orpo | Petteri Orpo | leader head-of-government | finland | Orpo | 2023-06-20..
sanna-marin | Sanna Marin | former-leader head-of-government | finland |  | 2019-12-10..2023-06-20
kristrun-frostadottir | Kristrún Frostadóttir | leader head-of-government | iceland | Kristrun Frostadottir; Frostadóttir; Frostadottir | 2024-12-21..
micheal-martin | Micheál Martin | leader head-of-government | ireland | Micheal Martin; Taoiseach Micheál Martin | 2020-06-27..2022-12-17; 2025-01-23..
simon-harris | Simon Harris | former-leader head-of-government | ireland |  | 2024-04-09..2025-01-23
leo-varadkar | Leo Varadkar | former-leader head-of-government | ireland | Varadkar | 2017-06-14..2020-06-27; 2022-12-17..2024-04-09
evika-silina | Evika Siliņa | leader head-of-government | latvia | Evika Silina; Siliņa; Silina | 2023-09-15..
edgars-rinkevics | Edgars Rinkēvičs | official head-of-state foreign-minister | latvia | Edgars Rinkevics; Rinkēvičs; Rinkevics | 2011-10-25..
brigitte-haas | Brigitte Haas | leader head-of-government | liechtenstein |  | 2025-04..
luc-frieden | Luc Frieden | leader head-of-government | luxembourg |  | 2023-11-17..
robert-abela | Robert Abela | leader head-of-government | malta | Abela | 2020-01-13..
albert-ii | Albert II | leader head-of-state | monaco | Prince Albert II; Prince Albert II of Monaco; Albert II of Monaco | 2005-04-06..
milojko-spajic | Milojko Spajić | leader head-of-government | montenegro | Milojko Spajic; Spajić; Spajic | 2023-10-31..
jakov-milatovic | Jakov Milatović | official head-of-state | montenegro | Jakov Milatovic; Milatović; Milatovic | 2023-05-20..
dick-schoof | Dick Schoof | leader head-of-government | netherlands | Schoof | 2024-07-02..
luis-montenegro | Luís Montenegro | leader head-of-government | portugal | Luis Montenegro | 2024-04-02..
marcelo-rebelo-de-sousa | Marcelo Rebelo de Sousa | official head-of-state | portugal | Rebelo de Sousa | 2016-03-09..
nicusor-dan | Nicușor Dan | leader head-of-state | romania | Nicusor Dan; Nicuşor Dan; President Nicușor Dan | 2025-05-26..
klaus-iohannis | Klaus Iohannis | former-leader head-of-state | romania | Iohannis | 2014-12-21..2025-02-12
ilie-bolojan | Ilie Bolojan | official head-of-government | romania | Bolojan | 2025-02-12..2025-05-26; 2025-06-23..
robert-golob | Robert Golob | leader head-of-government | slovenia | Golob | 2022-06-01..
janez-jansa | Janez Janša | former-leader head-of-government | slovenia | Janez Jansa; Janša; Jansa | 2004-12-03..2008-11-21; 2012-02-10..2013-03-20; 2020-03-13..2022-06-01
natasa-pirc-musar | Nataša Pirc Musar | official head-of-state | slovenia | Natasa Pirc Musar; Pirc Musar | 2022-12-22..
pedro-sanchez | Pedro Sánchez | leader head-of-government | spain | Pedro Sanchez; Sánchez; Sanchez; Prime Minister Sánchez | 2018-06-02..
jose-manuel-albares | José Manuel Albares | official foreign-minister | spain | Jose Manuel Albares; Albares | 2021-07-12..
gaston-browne | Gaston Browne | leader head-of-government | antigua-and-barbuda | Prime Minister Gaston Browne | 2014-06-13..
philip-davis | Philip Davis | leader head-of-government | bahamas | Philip Brave Davis; Philip "Brave" Davis | 2021-09-17..
mia-mottley | Mia Mottley | leader head-of-government | barbados | Mia Amor Mottley; Mottley | 2018-05-25..
john-briceno | John Briceño | leader head-of-government | belize | John Briceno; Johnny Briceño; Briceño; Briceno | 2020-11-12..
rodrigo-paz | Rodrigo Paz | leader head-of-state | bolivia | Rodrigo Paz Pereira; President Rodrigo Paz | 2025-11-08..
rodrigo-chaves | Rodrigo Chaves | leader head-of-state | costa-rica | Rodrigo Chaves Robles; Chaves | 2022-05-08..
roosevelt-skerrit | Roosevelt Skerrit | leader head-of-government | dominica | Skerrit | 2004-01-08..
luis-abinader | Luis Abinader | leader head-of-state | dominican-republic | Abinader; President Abinader | 2020-08-16..
dickon-mitchell | Dickon Mitchell | leader head-of-government | grenada |  | 2022-06-24..
bernardo-arevalo | Bernardo Arévalo | leader head-of-state | guatemala | Bernardo Arevalo; Arévalo; Arevalo; President Arévalo | 2024-01-15..
alejandro-giammattei | Alejandro Giammattei | former-leader head-of-state | guatemala | Giammattei | 2020-01-14..2024-01-14
alix-didier-fils-aime | Alix Didier Fils-Aimé | leader head-of-government | haiti | Alix Didier Fils-Aime; Fils-Aimé; Fils-Aime | 2024-11-11..
ariel-henry | Ariel Henry | former-leader head-of-government | haiti |  | 2021-07-20..2024-04-25
andrew-holness | Andrew Holness | leader head-of-government | jamaica | Holness | 2011-10-23..2012-01-05; 2016-03-03..
kamina-johnson-smith | Kamina Johnson Smith | official foreign-minister | jamaica | Kamina Johnson-Smith | 2016-03-07..
santiago-pena | Santiago Peña | leader head-of-state | paraguay | Santiago Pena; President Santiago Peña | 2023-08-15..
mario-abdo-benitez | Mario Abdo Benítez | former-leader head-of-state | paraguay | Mario Abdo Benitez; Abdo Benítez; Abdo Benitez | 2018-08-15..2023-08-15
jose-jeri | José Jerí | leader head-of-state | peru | Jose Jeri; José Jerí Oré; Jose Jeri Ore | 2025-10-10..
terrance-drew | Terrance Drew | leader head-of-government | saint-kitts-and-nevis |  | 2022-08-06..
philip-j-pierre | Philip J. Pierre | leader head-of-government | saint-lucia | Philip Pierre | 2021-07-28..
jennifer-geerlings-simons | Jennifer Geerlings-Simons | leader head-of-state | suriname | Geerlings-Simons; Jennifer Simons | 2025-07-16..
chan-santokhi | Chan Santokhi | former-leader head-of-state | suriname | Santokhi | 2020-07-16..2025-07-16
kamla-persad-bissessar | Kamla Persad-Bissessar | leader head-of-government | trinidad-and-tobago | Persad-Bissessar | 2010-05-26..2015-09-09; 2025-05-01..
keith-rowley | Keith Rowley | former-leader head-of-government | trinidad-and-tobago | Rowley | 2015-09-09..2025-03-17
gerardo-werthein | Gerardo Werthein | official foreign-minister | argentina | Werthein | 2024-10-30..2025-10
pablo-quirno | Pablo Quirno | official foreign-minister | argentina | Quirno | 2025-10..
alberto-van-klaveren | Alberto van Klaveren | official foreign-minister | chile | van Klaveren | 2023-03-10..
gabriela-sommerfeld | Gabriela Sommerfeld | official foreign-minister | ecuador | Sommerfeld | 2023-11-23..
mario-lubetkin | Mario Lubetkin | official foreign-minister | uruguay | Lubetkin | 2025-03-01..
ruben-ramirez-lezcano | Rubén Ramírez Lezcano | official foreign-minister | paraguay | Ruben Ramirez Lezcano | 2023-08-15..
javier-martinez-acha | Javier Martínez-Acha | official foreign-minister | panama | Javier Martinez-Acha; Martínez-Acha; Martinez-Acha | 2024-07-01..
carlos-ramiro-martinez | Carlos Ramiro Martínez | official foreign-minister | guatemala | Carlos Ramiro Martinez | 2024-01-15..
arnoldo-andre-tinoco | Arnoldo André Tinoco | official foreign-minister | costa-rica | Arnoldo Andre Tinoco; Arnoldo André | 2022-05-08..
roberto-alvarez | Roberto Álvarez | official foreign-minister | dominican-republic | Roberto Alvarez | 2020-08-16..
alexandra-hill-tinoco | Alexandra Hill Tinoco | official foreign-minister | el-salvador | Alexandra Hill | 2019-06-01..
eduardo-enrique-reina | Eduardo Enrique Reina | official foreign-minister | honduras | Enrique Reina | 2022-01-27..
yvan-gil | Yván Gil | official foreign-minister | venezuela | Yvan Gil; Yván Gil Pinto | 2023-08..
sitiveni-rabuka | Sitiveni Rabuka | leader head-of-government | fiji | Rabuka | 1992-06-02..1999-05-19; 2022-12-24..
frank-bainimarama | Frank Bainimarama | former-leader head-of-government | fiji | Bainimarama; Voreqe Bainimarama | 2007-01-05..2022-12-24
taneti-maamau | Taneti Maamau | leader head-of-state | kiribati | Maamau | 2016-03-11..
hilda-heine | Hilda Heine | leader head-of-state | marshall-islands |  | 2016-01-28..2020-01-13; 2024-01-03..
wesley-simina | Wesley Simina | leader head-of-state | micronesia | Simina | 2023-05-11..
david-adeang | David Adeang | leader head-of-state | nauru | Adeang | 2023-10-30..
christopher-luxon | Christopher Luxon | leader head-of-government | new-zealand | Chris Luxon; Luxon | 2023-11-27..
jacinda-ardern | Jacinda Ardern | former-leader head-of-government | new-zealand | Ardern | 2017-10-26..2023-01-25
chris-hipkins | Chris Hipkins | former-leader head-of-government | new-zealand | Hipkins | 2023-01-25..2023-11-27
surangel-whipps-jr | Surangel Whipps Jr. | leader head-of-state | palau | Surangel Whipps; Whipps | 2021-01-21..
james-marape | James Marape | leader head-of-government | papua-new-guinea | Marape | 2019-05-30..
jeremiah-manele | Jeremiah Manele | leader head-of-government | solomon-islands | Manele | 2024-05-02..
feleti-teo | Feleti Teo | leader head-of-government | tuvalu |  | 2024-02-26..
jotham-napat | Jotham Napat | leader head-of-government | vanuatu | Napat | 2025-02-11..
tshering-tobgay | Tshering Tobgay | leader head-of-government | bhutan | Tobgay | 2013-07-27..2018-08-09; 2024-01-28..
jigme-khesar-namgyel-wangchuck | Jigme Khesar Namgyel Wangchuck | official head-of-state | bhutan | King Jigme Khesar Namgyel Wangchuck; King Jigme Khesar | 2006-12-09..
sushila-karki | Sushila Karki | leader head-of-government | nepal | Prime Minister Karki | 2025-09-12..
pushpa-kamal-dahal | Pushpa Kamal Dahal | former-leader head-of-government | nepal | Prachanda; Pushpa Kamal Dahal Prachanda | 2008-08-18..2009-05-25; 2016-08-04..2017-06-07; 2022-12-26..2024-07-15
ram-chandra-poudel | Ram Chandra Poudel | official head-of-state | nepal | Ram Chandra Paudel | 2023-03-13..
hassanal-bolkiah | Hassanal Bolkiah | leader head-of-state | brunei | Sultan Hassanal Bolkiah; Bolkiah | 1967-10-05..
thongloun-sisoulith | Thongloun Sisoulith | leader head-of-state | laos | Thongloun | 2021-03-22..
sonexay-siphandone | Sonexay Siphandone | official head-of-government | laos | Sonexay | 2022-12-30..
xanana-gusmao | Xanana Gusmão | leader head-of-government | timor-leste | Xanana Gusmao; Xanana; Gusmão; Gusmao | 2007-08-08..2015-02-16; 2023-07-01..
jose-ramos-horta | José Ramos-Horta | official head-of-state | timor-leste | Jose Ramos-Horta; Ramos-Horta | 2022-05-20..
ukhnaagiin-khurelsukh | Ukhnaagiin Khürelsükh | official head-of-state | mongolia | Ukhnaagiin Khurelsukh; Khürelsükh; Khurelsukh | 2021-06-25..
harini-amarasuriya | Harini Amarasuriya | official head-of-government | sri-lanka | Amarasuriya | 2024-09-24..
vijitha-herath | Vijitha Herath | official foreign-minister | sri-lanka |  | 2024-11-18..
touhid-hossain | Touhid Hossain | official foreign-minister | bangladesh | Md Touhid Hossain; Mohammad Touhid Hossain | 2024-08..
mohamad-hasan | Mohamad Hasan | official foreign-minister | malaysia | Mohamad Haji Hasan | 2023-12-12..
sok-chenda-sophea | Sok Chenda Sophea | official foreign-minister | cambodia |  | 2023-08-22..
abdullatif-al-zayani | Abdullatif bin Rashid Al Zayani | official foreign-minister | bahrain | Abdullatif Al Zayani; Abdullatif al-Zayani; Al Zayani | 2020-02-11..
ahmad-abdullah-al-ahmad-al-sabah | Ahmad Abdullah Al-Ahmad Al-Sabah | official head-of-government | kuwait | Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah | 2024-05-15..
youssef-rajji | Youssef Rajji | official foreign-minister | lebanon | Youssef Raggi; Rajji | 2025-02-08..
jafar-hassan | Jafar Hassan | official head-of-government | jordan |  | 2024-09-15..
shaya-al-zindani | Shaya al-Zindani | official foreign-minister | yemen | Shaya Mohsin al-Zindani; al-Zindani | 2024-03..
varsen-aghabekian | Varsen Aghabekian | official foreign-minister | palestine | Varsen Aghabekian Shahin; Aghabekian | 2024-03-31..
yvette-cooper | Yvette Cooper | official foreign-minister | uk |  | 2024-07-05..
cho-hyun | Cho Hyun | official foreign-minister | south-korea |  | 2025-07..
kim-min-seok | Kim Min-seok | official head-of-government | south-korea | Kim Min Seok | 2025-07-03..
kiril-petkov | Kiril Petkov | former-leader head-of-government | bulgaria | Petkov | 2021-12-13..2022-08-02
nikolai-denkov | Nikolai Denkov | former-leader head-of-government | bulgaria | Nikolay Denkov; Denkov | 2023-06-06..2024-04-09
dimitar-glavchev | Dimitar Glavchev | former-leader head-of-government | bulgaria | Glavchev | 2024-04-09..2025-01-16
bjarni-benediktsson | Bjarni Benediktsson | former-leader head-of-government | iceland |  | 2017-01-11..2017-11-30; 2024-04-09..2024-12-21
katrin-jakobsdottir | Katrín Jakobsdóttir | former-leader head-of-government | iceland | Katrin Jakobsdottir; Jakobsdóttir; Jakobsdottir | 2017-11-30..2024-04-09
krisjanis-karins | Krišjānis Kariņš | former-leader head-of-government | latvia | Krisjanis Karins; Kariņš; Karins | 2019-01-23..2023-09-15
xavier-bettel | Xavier Bettel | former-leader official head-of-government foreign-minister | luxembourg | Bettel | 2013-12-04..
marcel-ciolacu | Marcel Ciolacu | official head-of-government | romania | Ciolacu | 2023-06-15..2025-05-06
pedro-castillo | Pedro Castillo | former-leader head-of-state | peru |  | 2021-07-28..2022-12-07
sher-bahadur-deuba | Sher Bahadur Deuba | former-leader head-of-government | nepal | Deuba | 2017-06-07..2018-02-15; 2021-07-13..2022-12-26
arzu-rana-deuba | Arzu Rana Deuba | official foreign-minister | nepal |  | 2024-07-15..2025-09-09
lotay-tshering | Lotay Tshering | former-leader head-of-government | bhutan |  | 2018-11-07..2024-01-28
taur-matan-ruak | Taur Matan Ruak | former-leader head-of-government | timor-leste |  | 2018-06-22..2023-07-01
ignazio-cassis | Ignazio Cassis | official foreign-minister | switzerland | Cassis | 2017-11-01..
karin-keller-sutter | Karin Keller-Sutter | official | switzerland | Keller-Sutter | 2019-01-01..
amon-murwira | Amon Murwira | official foreign-minister | zimbabwe | Murwira | 2023-09..
selma-ashipala-musavyi | Selma Ashipala-Musavyi | official foreign-minister | namibia | Ashipala-Musavyi | 2025-03..
bakary-yaou-sangare | Bakary Yaou Sangaré | official foreign-minister | niger | Bakary Yaou Sangare | 2023-08..
hugh-todd | Hugh Todd | official foreign-minister | guyana |  | 2020-08..
"""

# --- What a definite description may call a state ("the kingdom", "the island", "the junta") -------
# The extractor reads "the <noun>" as the one state so tagged named just before it (the ExtractionGrammar
# article, "Definite descriptions"). A style comes first from the state's official names ("Kingdom of
# Spain", "Hashemite Kingdom of Jordan", "Sultanate of Oman": `style_tags`); the rows below add what the
# names do not say: monarchies styled otherwise, states on one island or on islands of their own (not
# the archipelagos news calls by name), and states under a military government as known in 2025 (the
# junta of a coup not reversed by an election; checked against the news before a release, as terms are).
# tag | state ids
DESCRIPTION_TAGS = """
emirate | qatar; kuwait
sultanate | brunei
island | taiwan; cuba; cyprus; sri-lanka; madagascar; iceland; ireland; malta; jamaica; haiti; dominican-republic; mauritius; singapore; bahrain
military-rule | myanmar; mali; burkina-faso; niger; guinea; sudan; gabon; madagascar
"""

STYLE = re.compile(r"^(?:[A-Z][a-z]+ )?(Kingdom|Emirate|Sultanate|Principality) of ")


def style_tags(actor):
    """The styles of a state's official names: "Kingdom of Spain" -> kingdom."""
    return sorted({m.group(1).lower() for form in actor.get("names", []) if (m := STYLE.match(form))})


def add_description_tags(actors):
    by_id = {a["id"]: a for a in actors}
    for a in actors:
        if a["kind"] == "state":
            a["tags"] += [t for t in style_tags(a) if t not in a["tags"]]
    for line in DESCRIPTION_TAGS.strip().splitlines():
        tag, ids = (f.strip() for f in line.split("|"))
        for ident in split_list(ids):
            if ident not in by_id or by_id[ident]["kind"] != "state":
                raise SystemExit(f"DESCRIPTION_TAGS: '{ident}' is no state of the tables")
            if tag not in by_id[ident]["tags"]:
                by_id[ident]["tags"].append(tag)
    return actors


KINDS = ("state", "organisation", "person", "region")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def split_list(text):
    return [item.strip() for item in text.split(";") if item.strip()]


def parse(table, kind, member=False):
    actors = []
    for line in table.strip().splitlines():
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("|")]
        terms = ""
        if kind == "person":
            if len(fields) not in (5, 6):
                raise SystemExit(f"bad person row: {line}")
            ident, name, tags, represents, names = fields[:5]
            terms = fields[5] if len(fields) == 6 else ""
            seats = demonyms = ""
        else:
            if len(fields) not in (6, 8):
                raise SystemExit(f"bad {kind} row: {line}")
            ident, name, tags, names, seats, demonyms = fields[:6]
            represents, terms = fields[6:8] if len(fields) == 8 else ("", "")
        tag_list = tags.split()
        if member:
            tag_list.insert(1, "un-member")
        actor = {"id": ident, "name": name, "kind": kind, "tags": tag_list}
        if represents:
            actor["represents"] = represents
        if terms:
            actor["term"] = parse_terms(terms, line)
        seen = {fold(name)}
        for key, text in (("names", names), ("seats", seats), ("demonyms", demonyms)):
            forms = []
            for form in split_list(text):
                if fold(form) not in seen or key != "names":  # a name repeating the display name is dropped
                    forms.append(form)
                seen.add(fold(form))
            if forms:
                actor[key] = forms
        actors.append(actor)
    return actors


DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")


def parse_terms(text, line):
    """`from..until; from..` -> [[from, until], [from, None]] (one term: [from, until])."""
    terms = []
    for item in split_list(text):
        ends = item.split("..")
        if len(ends) != 2 or not all(DATE.match(e) for e in ends if e):
            raise SystemExit(f"bad term '{item}' in row: {line}")
        terms.append([e or None for e in ends])
    return terms[0] if len(terms) == 1 else terms


def term_list(actor):
    term = actor.get("term")
    if term is None:
        return []
    return term if isinstance(term[0], list) else [term]


def day(date, end):
    return date if len(date) == 10 else date + ("-31" if end else "-01")


def fold(text):
    """Graph.fold in Sources/GeoGraph/Graph+Aliases.swift."""
    return " ".join(text.lower().replace("\u2019", "'").split())


# Letters that Unicode does not decompose into a base letter and a mark, spelled as English text does.
PLAIN_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O"})


def unaccented(text):
    """'Malé' -> 'Male', 'Đurić' -> 'Duric': the spelling English wire copy often uses."""
    decomposed = unicodedata.normalize("NFD", text.translate(PLAIN_LETTERS))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


# Unaccented spellings left out: English words that open sentences ("Store" for Støre, "Male" for Malé).
NOT_NAMES = {"Store", "Male"}


def add_unaccented_spellings(actors):
    """Gives every accented surface form its unaccented spelling too ('Goïta' and 'Goita'), after the form,
    unless some actor already claims that spelling (then it stays that actor's, or no one's) or it is
    one of NOT_NAMES."""
    claimed = {fold(form) for a in actors for form in surface_forms(a)}
    for a in actors:
        for key in ("names", "seats", "demonyms"):
            forms = []
            for form in ([a["name"]] if key == "names" else []) + a.get(key, []):
                if form != a["name"]:
                    forms.append(form)
                plain = unaccented(form)
                if plain != form and fold(plain) not in claimed and plain not in NOT_NAMES:
                    forms.append(plain)
                    claimed.add(fold(plain))
            if forms:
                a[key] = forms
    return actors


def surface_forms(actor):
    return [actor["id"], actor["name"]] + actor.get("names", []) + actor.get("seats", []) + actor.get("demonyms", [])


def all_actors():
    states = parse(UN_MEMBERS, "state", member=True) + parse(OTHER_STATES, "state")
    by_id = lambda a: a["id"]
    return add_unaccented_spellings(add_description_tags(
        sorted(states, key=by_id) + sorted(parse(REGIONS, "region"), key=by_id)
        + sorted(parse(ORGANISATIONS, "organisation"), key=by_id)
        + sorted(parse(PERSONS + LEADERS, "person"), key=by_id)))


def validate(actors):
    problems = []
    ids = {}
    claims = {}
    for a in actors:
        if not SLUG.match(a["id"]):
            problems.append(f"{a['id']}: not a slug")
        if a["id"] in ids:
            problems.append(f"{a['id']}: defined twice")
        ids[a["id"]] = a
        if a["kind"] not in KINDS:
            problems.append(f"{a['id']}: kind {a['kind']}")
        for key in ("names", "seats", "demonyms"):
            folded = [fold(f) for f in a.get(key, [])]
            if len(set(folded)) != len(folded):
                problems.append(f"{a['id']}: {key} repeat a form")
        forms = surface_forms(a)
        for form in forms:
            owner = claims.setdefault(fold(form), a["id"])
            if owner != a["id"]:
                problems.append(f"'{form}' of {a['id']} is already claimed by {owner}")
    leaders = {}
    for a in actors:
        if "represents" in a and a["represents"] not in ids:
            problems.append(f"{a['id']}: represents unknown {a['represents']}")
        if "term" in a and "represents" not in a:
            problems.append(f"{a['id']}: a term without represents")
        terms = term_list(a)
        for start, end in terms:
            if start and end and day(end, True) < day(start, False):
                problems.append(f"{a['id']}: term {start}..{end} ends before it starts")
        for (_, end), (start, _) in zip(terms, terms[1:]):
            if not end or not start or day(end, True) > day(start, False):  # GraphFileReader's terms(_:)
                problems.append(f"{a['id']}: terms out of order or overlapping")
        if "leader" in a["tags"]:
            if "represents" not in a:
                problems.append(f"{a['id']}: a leader represents no one")
            elif terms and terms[-1][1] is not None:
                problems.append(f"{a['id']}: tagged leader, but its last term has ended")
            leaders.setdefault(a.get("represents"), []).append(a["id"])
        if "former-leader" in a["tags"] and "official" not in a["tags"] and terms and terms[-1][1] is None:
            problems.append(f"{a['id']}: a former leader whose last term is open (tag it official too if it holds another office)")
    for state, ids_ in leaders.items():
        if len(ids_) > 1:
            problems.append(f"{state}: more than one current leader: {', '.join(ids_)}")
    members = [a for a in actors if "un-member" in a["tags"]]
    if len(members) != 193:
        problems.append(f"{len(members)} un-member states, not 193")
    for a in members:
        if a["kind"] != "state" or not a.get("seats"):
            problems.append(f"{a['id']}: a member state needs a seat")
    no_demonym = sorted(a["id"] for a in members if not a.get("demonyms"))
    if no_demonym != ["dominica", "republic-of-the-congo"]:  # Tests/GeoGraphTests/ReferenceGraphTests.swift
        problems.append(f"member states without demonyms: {no_demonym}")
    return problems


def scalar(text):
    """A plain YAML scalar when it reads back as the same string in flow and block context, else quoted."""
    try:
        if yaml.safe_load(f"[{text}]") == [text] and yaml.safe_load(f"k: {text}") == {"k": text}:
            return text
    except yaml.YAMLError:
        pass
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def emit(actors):
    lines = ["schema: geograph/1", "title: GeoGraph gazetteer", "actors:"]
    for a in actors:
        lines.append(f"  - id: {a['id']}")
        lines.append(f"    name: {scalar(a['name'])}")
        lines.append(f"    kind: {a['kind']}")
        lines.append(f"    tags: [{', '.join(scalar(t) for t in a['tags'])}]")
        if "represents" in a:
            lines.append(f"    represents: {a['represents']}")
        if "term" in a:
            pair = lambda t: f"[{t[0] or '~'}, {t[1] or '~'}]"
            terms = term_list(a)
            lines.append(f"    term: {pair(terms[0]) if len(terms) == 1 else '[' + ', '.join(map(pair, terms)) + ']'}")
        for key in ("names", "seats", "demonyms"):
            if key in a:
                lines.append(f"    {key}: [{', '.join(scalar(f) for f in a[key])}]")
    return "\n".join(lines) + "\n"


def plain(value):
    """YAML's dates (2017-01-20 reads as a date) back as the strings the tables wrote."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if value is not None and not isinstance(value, str):
        return value.isoformat() if hasattr(value, "isoformat") else value
    return value


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "Graphs", "actors.yaml")
    actors = all_actors()
    problems = validate(actors)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    text = emit(actors)
    if plain(yaml.safe_load(text)["actors"]) != actors:
        print("emitted YAML does not read back as the tables", file=sys.stderr)
        return 1
    if "--check" in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{path} is out of date; run Scripts/gen_gazetteer.py", file=sys.stderr)
                return 1
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    counts = {k: sum(a["kind"] == k for a in actors) for k in KINDS}
    print(f"{len(actors)} actors: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
