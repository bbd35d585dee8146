#!/usr/bin/env python3
"""Generates Graphs/actors.yaml, the GeoGraph world gazetteer, from the tables below.

Usage: Scripts/gen_gazetteer.py [--check]
  (no option)  writes Graphs/actors.yaml (next to this script's parent folder) and validates it
  --check      validates the existing Graphs/actors.yaml against the tables without writing

Table rows are one actor a line, fields separated by " | ", list items by "; ":
  states, regions, organisations:  id | name | tags | names | seats | demonyms
  persons:                         id | name | tags | represents | names
Tags are space-separated. Rows of UN_MEMBERS get the tag `un-member` added after their region tag.

Rules the loader (Sources/GeoGraph/GraphFileReader.swift) enforces and this script checks first:
ids are slugs; every surface form (id, name, names, seats, demonyms) is claimed by one actor only,
compared after folding (lowercase, ’ -> ', runs of white space -> one space); `represents` names an
actor of the file. Ambiguous forms go to no one or to the most prominent claimant: "Korean",
"Congolese" and "Dominica"'s demonym are left out, "Dominican" is the Dominican Republic's, the bare
"Berdimuhamedov" is Serdar's (president since 2022), "Japarov" is Sadyr's, "Brussels" is the EU's.
"""
import os
import re
import sys

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
benin | Benin | africa | Republic of Benin | Porto-Novo | Beninese
bhutan | Bhutan | south-asia | Kingdom of Bhutan | Thimphu | Bhutanese
bolivia | Bolivia | americas | Plurinational State of Bolivia | Sucre; La Paz | Bolivian; Bolivians
bosnia-and-herzegovina | Bosnia and Herzegovina | europe | Bosnia; Bosnia-Herzegovina | Sarajevo | Bosnian; Bosnians
botswana | Botswana | africa | Republic of Botswana | Gaborone | Motswana; Batswana
brazil | Brazil | americas | Federative Republic of Brazil | Brasilia; Brasília; Planalto | Brazilian; Brazilians
brunei | Brunei | southeast-asia | Brunei Darussalam | Bandar Seri Begawan | Bruneian; Bruneians
bulgaria | Bulgaria | europe west | Republic of Bulgaria | Sofia | Bulgarian; Bulgarians
burkina-faso | Burkina Faso | africa |  | Ouagadougou | Burkinabe; Burkinabè
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
congo | Congo | africa | Republic of the Congo; Congo-Brazzaville | Brazzaville |
costa-rica | Costa Rica | americas | Republic of Costa Rica | San Jose; San José | Costa Rican; Costa Ricans
croatia | Croatia | europe west | Republic of Croatia | Zagreb | Croatian; Croatians; Croat; Croats
cuba | Cuba | americas | Republic of Cuba | Havana | Cuban; Cubans
cyprus | Cyprus | europe west | Republic of Cyprus | Nicosia | Cypriot; Cypriots
czechia | Czechia | europe west | Czech Republic | Prague | Czech; Czechs
denmark | Denmark | europe west | Kingdom of Denmark | Copenhagen | Danish; Dane; Danes
djibouti | Djibouti | africa | Republic of Djibouti | Djibouti City | Djiboutian; Djiboutians
dominica | Dominica | americas | Commonwealth of Dominica | Roseau |
dominican-republic | Dominican Republic | americas |  | Santo Domingo | Dominican; Dominicans
dr-congo | DR Congo | africa | Democratic Republic of the Congo; DRC; Congo-Kinshasa | Kinshasa |
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
somalia | Somalia | africa | Federal Republic of Somalia | Mogadishu | Somali; Somalis
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
palestine | Palestine | middle-east un-observer | State of Palestine; Palestinian Authority | Ramallah | Palestinian; Palestinians
taiwan | Taiwan | east-asia | Republic of China; ROC; Chinese Taipei | Taipei | Taiwanese
vatican | Vatican | europe un-observer | Holy See; Vatican City | the Vatican |
"""

# --- Regions news writes about as actors ----------------------------------------------------------
REGIONS = """
central-asia | Central Asia | central-asia | Central Asian countries; Central Asian states; Central Asian republics; Central Asian nations; Central Asian governments; Central Asian leaders; the region's countries; the countries of the region; the states of the region; C5 |  | Central Asian
crimea | Crimea | europe | Crimean Peninsula |  |
donbas | Donbas | europe | Donbass; eastern Ukraine; Donetsk and Luhansk |  |
fergana-valley | Fergana Valley | central-asia | Ferghana Valley; Farghona Valley; Fergana |  |
gbao | Gorno-Badakhshan | central-asia | Gorno-Badakhshan Autonomous Region; GBAO; Pamir |  |
karakalpakstan | Karakalpakstan | central-asia | Karakalpakstan Republic; Republic of Karakalpakstan |  | Karakalpak
middle-east | Middle East | middle-east | the Middle East |  |
nagorno-karabakh | Nagorno-Karabakh | caucasus | Karabakh; Garabagh; Artsakh |  |
south-caucasus | South Caucasus | caucasus | Transcaucasia; the South Caucasus |  |
west | the West | west | Western countries; Western powers; Western governments |  |
abkhazia | Abkhazia | caucasus |  |  | Abkhaz; Abkhazian
arctic | Arctic |  | the Arctic; Arctic region |  |
caspian | Caspian |  | Caspian region; Caspian Sea; the Caspian; Caspian states; Caspian littoral states |  |
gaza | Gaza | middle-east | Gaza Strip; the Gaza Strip |  | Gazan; Gazans
global-south | Global South |  | the Global South |  |
hong-kong | Hong Kong | east-asia | Hong Kong SAR; HKSAR |  |
south-ossetia | South Ossetia | caucasus | Tskhinvali Region |  | South Ossetian; South Ossetians
tibet | Tibet | east-asia | Tibet Autonomous Region; Xizang |  | Tibetan; Tibetans
transnistria | Transnistria | europe | Pridnestrovie; Transdniestria |  | Transnistrian
xinjiang | Xinjiang | east-asia | Xinjiang Uygur Autonomous Region; Xinjiang Province; East Turkestan |  |
post-soviet-space | post-Soviet space | | post-Soviet states; post-Soviet countries; former Soviet republics; former Soviet states; the former Soviet Union; the post-Soviet space |  |
latin-america | Latin America | americas | South America; Latin American countries; Latin American states |  | Latin American; Latin Americans
africa | Africa | africa | African countries; African states; the African continent |  |
arab-world | Arab world | middle-east | Arab countries; Arab states; the Arab world |  |
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
ebrd | EBRD | economic-bloc finance | European Bank for Reconstruction and Development |  |
eu | European Union | great-power west bloc economic-bloc | EU; E.U.; European Council; European Commission; Europe | Brussels | European; Europeans
g20 | G20 | bloc | Group of Twenty; G-20 |  |
g7 | G7 | west bloc | Group of Seven; G-7 |  |
hamas | Hamas | armed-group |  |  |
hezbollah | Hezbollah | armed-group | Hizbollah; Hizballah |  |
houthis | Houthis | armed-group | the Houthis; Houthi rebels; Ansar Allah; Ansarallah |  | Houthi
icc | International Criminal Court | court | ICC |  |
isis | Islamic State | armed-group | ISIS; ISIL; Daesh; the Islamic State; Islamic State of Iraq and Syria |  |
isis-k | Islamic State Khorasan Province | armed-group | ISIS-K; ISKP; IS-K; Islamic State Khorasan; Islamic State-Khorasan; ISIS-Khorasan |  |
wagner | Wagner Group | armed-group | Wagner; PMC Wagner; the Wagner Group; Wagner mercenaries |  |
gcc | Gulf Cooperation Council | bloc | GCC |  |
iaea | IAEA | un-system | International Atomic Energy Agency |  |
imf | IMF | economic-bloc finance | International Monetary Fund |  |
nato | NATO | west bloc security-bloc | North Atlantic Treaty Organization; North Atlantic Treaty Organisation; North Atlantic Alliance |  |
oic | Organisation of Islamic Cooperation | bloc | OIC; Organization of Islamic Cooperation |  |
opec | OPEC | bloc economic-bloc | Organization of the Petroleum Exporting Countries; OPEC+; OPEC Plus |  |
osce | OSCE | bloc security-bloc | Organization for Security and Co-operation in Europe; Organisation for Security and Co-operation in Europe |  |
ots | Organization of Turkic States | bloc | Organisation of Turkic States; Turkic Council; OTS |  |
sco | SCO | bloc security-bloc | Shanghai Cooperation Organization; Shanghai Cooperation Organisation |  |
taliban | Taliban | armed-group | the Taliban |  |
un | United Nations | un-system | UN; U.N.; the United Nations; United Nations Organization |  |
unga | UN General Assembly | un-system | United Nations General Assembly; U.N. General Assembly; UNGA; General Assembly |  |
unsc | UN Security Council | un-system | United Nations Security Council; U.N. Security Council; UNSC |  |
who | WHO | un-system | World Health Organization |  |
world-bank | World Bank | economic-bloc finance | World Bank Group |  |
wto | WTO | economic-bloc | World Trade Organization; World Trade Organisation |  |
"""

# --- Leaders, officials, and the analysts and journalists the reference articles quote ------------
PERSONS = """
akhundzada | Hibatullah Akhundzada | leader | afghanistan | Akhundzada; Haibatullah Akhundzada; Mullah Hibatullah Akhundzada
aliyev | Ilham Aliyev | leader | azerbaijan | Aliyev; Mr Aliyev; President Aliyev
andrew-danieri | Andrew D'Anieri | analyst |  | Andrew D. D'Anieri; D'Anieri; Mr D'Anieri; Andrew D’Anieri; D’Anieri; Mr D’Anieri
baerbock | Annalena Baerbock | official | germany | Baerbock
biden | Joe Biden | former-leader | usa | Biden; Mr Biden; President Biden; Joseph Biden; Joseph R. Biden
blinken | Antony Blinken | official | usa | Blinken; Mr Blinken; Secretary Blinken
borrell | Josep Borrell | official | eu | Borrell
bradley-jardine | Bradley Jardine | analyst |  | Jardine; Mr Jardine
charles-michel | Charles Michel | official | eu | European Council President Charles Michel
erdogan | Recep Tayyip Erdogan | leader | turkey | Erdogan; Erdoğan; Recep Tayyip Erdoğan; President Erdogan; Mr Erdogan
gurbanguly-berdimuhamedov | Gurbanguly Berdimuhamedov | former-leader | turkmenistan | Gurbanguly Berdymukhamedov; Gurbanguly Berdimuhammedov; Arkadag
guterres | Antonio Guterres | official | un | Guterres; António Guterres; Secretary-General Guterres
ishiba | Shigeru Ishiba | former-leader | japan | Ishiba
jaishankar | Subrahmanyam Jaishankar | official | india | Jaishankar; S. Jaishankar
janibek-aryn | Janibek Aryn | analyst |  | Aryn; Assistant Professor Janibek Aryn
japarov | Sadyr Japarov | leader | kyrgyzstan | Japarov; Zhaparov; Sadyr Zhaparov; Mr Japarov; President Japarov
kallas | Kaja Kallas | official | eu | Kallas
keosayan | Tigran Keosayan | media |  | Keosayan
khamenei | Ali Khamenei | leader | iran | Khamenei; Ayatollah Khamenei; Ayatollah Ali Khamenei; Supreme Leader Khamenei
kim-jong-un | Kim Jong Un | leader | north-korea | Kim Jong-un; Kim Jong-Un
kishida | Fumio Kishida | former-leader | japan | Kishida
lavrov | Sergei Lavrov | official | russia | Lavrov; Mr Lavrov; Sergey Lavrov
li-qiang | Li Qiang | official | china | Premier Li Qiang
lukashenko | Alexander Lukashenko | leader | belarus | Lukashenko; Alyaksandr Lukashenka; Aleksandr Lukashenko; Lukashenka
macron | Emmanuel Macron | leader | france | Macron; Mr Macron; President Macron
medvedev | Dmitry Medvedev | official | russia | Medvedev; Mr Medvedev; Dmitri Medvedev
meloni | Giorgia Meloni | leader | italy | Meloni
merkel | Angela Merkel | former-leader | germany | Merkel; Mrs Merkel; Chancellor Merkel
merz | Friedrich Merz | leader | germany | Merz
mirziyoyev | Shavkat Mirziyoyev | leader | uzbekistan | Mirziyoyev; Mr Mirziyoyev; Mirziyoev; President Mirziyoyev
mishustin | Mikhail Mishustin | official | russia | Mishustin
modi | Narendra Modi | leader | india | Modi; Mr Modi; Prime Minister Modi
nargis-kassenova | Nargis Kassenova | analyst |  | Nargis Kasenova; Kassenova; Kasenova; Ms Kassenova; Ms Kasenova
nazarbayev | Nursultan Nazarbayev | former-leader | kazakhstan | Nazarbayev; Mr Nazarbayev; Nazarbaev
pashinyan | Nikol Pashinyan | leader | armenia | Pashinyan; Mr Pashinyan
peskov | Dmitry Peskov | official | russia | Peskov; Dmitri Peskov
pezeshkian | Masoud Pezeshkian | leader | iran | Pezeshkian; President Pezeshkian
putin | Vladimir Putin | leader | russia | Putin; Mr Putin; President Putin; Vladimir Vladimirovich Putin; Russian President Vladimir Putin
raffaello-pantucci | Raffaello Pantucci | analyst |  | Pantucci; Mr Pantucci
rahmon | Emomali Rahmon | leader | tajikistan | Rahmon; Rakhmon; Emomali Rahmonov; Mr Rahmon; President Rahmon
rubio | Marco Rubio | official | usa | Rubio
rutte | Mark Rutte | official | nato | Rutte
scholz | Olaf Scholz | former-leader | germany | Scholz
serdar-berdimuhamedov | Serdar Berdimuhamedov | leader | turkmenistan | Berdimuhamedov; Serdar Berdymukhamedov; Berdymukhamedov; President Berdimuhamedov
sharif | Shehbaz Sharif | leader | pakistan | Shehbaz Sharif; Prime Minister Sharif
shoigu | Sergei Shoigu | official | russia | Shoigu; Sergey Shoigu
starmer | Keir Starmer | leader | uk | Starmer
stoltenberg | Jens Stoltenberg | official | nato | Stoltenberg
akylbek-japarov | Akylbek Japarov | official | kyrgyzstan | Akylbek Zhaparov
antonio-costa | António Costa | official | eu | Antonio Costa
aripov | Abdulla Aripov | official | uzbekistan | Aripov
bektenov | Olzhas Bektenov | official | kazakhstan | Bektenov
belousov | Andrei Belousov | official | russia | Belousov; Andrey Belousov
fidan | Hakan Fidan | official | turkey | Fidan
harris | Kamala Harris | official | usa | Harris; Vice President Harris
jake-sullivan | Jake Sullivan | official | usa |
kulubaev | Jeenbek Kulubaev | official | kyrgyzstan | Kulubaev
lai-ching-te | Lai Ching-te | leader | taiwan | William Lai; President Lai
lee-jae-myung | Lee Jae-myung | leader | south-korea | Lee Jae Myung
lloyd-austin | Lloyd Austin | official | usa |
lula | Luiz Inácio Lula da Silva | leader | brazil | Lula; Lula da Silva; Luiz Inacio Lula da Silva; President Lula
massimov | Karim Massimov | official | kazakhstan | Massimov; Karim Masimov
meredov | Rashid Meredov | official | turkmenistan | Meredov
mohammed-bin-salman | Mohammed bin Salman | leader | saudi-arabia | MBS; Crown Prince Mohammed bin Salman; Mohammad bin Salman
muhriddin | Sirojiddin Muhriddin | official | tajikistan | Muhriddin; Sirojiddin Mukhriddin
muttaqi | Amir Khan Muttaqi | official | afghanistan | Muttaqi
netanyahu | Benjamin Netanyahu | leader | israel | Netanyahu; Bibi Netanyahu
nuland | Victoria Nuland | official | usa | Nuland
nurtleu | Murat Nurtleu | official | kazakhstan | Nurtleu
orban | Viktor Orbán | leader | hungary | Orbán; Orban; Viktor Orban
overchuk | Alexei Overchuk | official | russia | Overchuk; Alexey Overchuk; Aleksei Overchuk
qin-gang | Qin Gang | official | china |
raisi | Ebrahim Raisi | former-leader | iran | Raisi; President Raisi; Ebrahim Raeisi
ramaphosa | Cyril Ramaphosa | leader | south-africa | Ramaphosa
rustam-emomali | Rustam Emomali | official | tajikistan |
saidov | Bakhtiyor Saidov | official | uzbekistan |
smailov | Alikhan Smailov | official | kazakhstan | Smailov
takaichi | Sanae Takaichi | leader | japan | Takaichi
tashiev | Kamchybek Tashiev | official | kyrgyzstan | Tashiev
tusk | Donald Tusk | leader | poland | Tusk
zakharova | Maria Zakharova | official | russia | Zakharova
sunak | Rishi Sunak | former-leader | uk | Sunak
talgat-ismagambetov | Talgat Ismagambetov | analyst |  | Ismagambetov
temur-umarov | Temur Umarov | analyst |  | Umarov; Mr Umarov
tokayev | Kassym-Jomart Tokayev | leader | kazakhstan | Tokayev; Toqaev; Kassym-Jomart Toqaev; Qasym-Zhomart Toqaev; Qassym-Jomart Tokayev; Mr Tokayev; President Tokayev; Mr Toqaev
trump | Donald Trump | leader | usa | Trump; Mr Trump; President Trump; Donald J. Trump
vadim-mansurov | Vadim Mansurov | journalist |  | Mansurov
von-der-leyen | Ursula von der Leyen | official | eu | von der Leyen
wang-yi | Wang Yi | official | china | Foreign Minister Wang Yi
xi-jinping | Xi Jinping | leader | china | Xi; Mr Xi; President Xi; Comrade Xi; Chinese President Xi Jinping
yoon | Yoon Suk Yeol | former-leader | south-korea | Yoon Suk-yeol
zelensky | Volodymyr Zelensky | leader | ukraine | Zelensky; Zelenskyy; Zelenskiy; Volodymyr Zelenskyy; Volodymyr Zelenskiy; President Zelensky
"""

KINDS = ("state", "organisation", "person", "region")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def split_list(text):
    return [item.strip() for item in text.split(";") if item.strip()]


def parse(table, kind, member=False):
    actors = []
    for line in table.strip().splitlines():
        fields = [f.strip() for f in line.split("|")]
        if kind == "person":
            if len(fields) != 5:
                raise SystemExit(f"bad person row: {line}")
            ident, name, tags, represents, names = fields
            seats = demonyms = ""
        else:
            if len(fields) != 6:
                raise SystemExit(f"bad {kind} row: {line}")
            ident, name, tags, names, seats, demonyms = fields
            represents = ""
        tag_list = tags.split()
        if member:
            tag_list.insert(1, "un-member")
        actor = {"id": ident, "name": name, "kind": kind, "tags": tag_list}
        if represents:
            actor["represents"] = represents
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


def fold(text):
    """Graph.fold in Sources/GeoGraph/Graph+Aliases.swift."""
    return " ".join(text.lower().replace("\u2019", "'").split())


def surface_forms(actor):
    return [actor["id"], actor["name"]] + actor.get("names", []) + actor.get("seats", []) + actor.get("demonyms", [])


def all_actors():
    states = parse(UN_MEMBERS, "state", member=True) + parse(OTHER_STATES, "state")
    by_id = lambda a: a["id"]
    return (sorted(states, key=by_id) + sorted(parse(REGIONS, "region"), key=by_id)
            + sorted(parse(ORGANISATIONS, "organisation"), key=by_id) + sorted(parse(PERSONS, "person"), key=by_id))


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
    for a in actors:
        if "represents" in a and a["represents"] not in ids:
            problems.append(f"{a['id']}: represents unknown {a['represents']}")
    members = [a for a in actors if "un-member" in a["tags"]]
    if len(members) != 193:
        problems.append(f"{len(members)} un-member states, not 193")
    for a in members:
        if a["kind"] != "state" or not a.get("seats"):
            problems.append(f"{a['id']}: a member state needs a seat")
    no_demonym = sorted(a["id"] for a in members if not a.get("demonyms"))
    if no_demonym != ["congo", "dominica", "dr-congo"]:  # Tests/GeoGraphTests/ReferenceGraphTests.swift
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
        for key in ("names", "seats", "demonyms"):
            if key in a:
                lines.append(f"    {key}: [{', '.join(scalar(f) for f in a[key])}]")
    return "\n".join(lines) + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "Graphs", "actors.yaml")
    actors = all_actors()
    problems = validate(actors)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    text = emit(actors)
    if yaml.safe_load(text)["actors"] != actors:
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
