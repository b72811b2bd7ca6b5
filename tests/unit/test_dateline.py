"""Every dateline style the service must read, each in a line written in that agency's style."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.text import dateline
from service.text.dateline import parse_dateline

STYLES = [
    # (paragraph, place, agency, date, dateline text, rest starts with)
    (
        "Damascus, SANA-The Ministry of Water Resources started repairing the main pipeline.",
        "Damascus",
        "SANA",
        None,
        "Damascus, SANA-",
        "The Ministry",
    ),
    (
        "HOUSTON, Jan 27 (Reuters) - Crude futures slipped on Monday as refinery demand eased.",
        "HOUSTON",
        "Reuters",
        "Jan 27",
        "HOUSTON, Jan 27 (Reuters) -",
        "Crude futures",
    ),
    (
        "AUSTIN, Texas (AP) — State lawmakers adjourned without passing the water bill.",
        "AUSTIN, Texas",
        "AP",
        None,
        "AUSTIN, Texas (AP) —",
        "State lawmakers",
    ),
    (
        "PARIS, Jan 1 (AFP) - Fireworks lit up the Champs-Elysees as the city welcomed the year.",
        "PARIS",
        "AFP",
        "Jan 1",
        "PARIS, Jan 1 (AFP) -",
        "Fireworks",
    ),
    (
        "MOSCOW, January 21. /TASS/. The State Duma passed the budget amendments.",
        "MOSCOW",
        "TASS",
        "January 21",
        "MOSCOW, January 21. /TASS/.",
        "The State Duma",
    ),
    (
        "BEIJING, March 31 (Xinhua) -- China's manufacturing activity expanded for a second month.",
        "BEIJING",
        "Xinhua",
        "March 31",
        "BEIJING, March 31 (Xinhua) --",
        "China's",
    ),
    (
        "KUWAIT, Dec 2 (KUNA) -- The Cabinet approved a draft decree on the new academic calendar.",
        "KUWAIT",
        "KUNA",
        "Dec 2",
        "KUWAIT, Dec 2 (KUNA) --",
        "The Cabinet",
    ),
    (
        "ABU DHABI, 14 May 2022 (WAM) – The UAE announced three days of official mourning.",
        "ABU DHABI",
        "WAM",
        "14 May 2022",
        "ABU DHABI, 14 May 2022 (WAM) –",
        "The UAE",
    ),
    (
        "Mumbai, Dec 9 (PTI) The Sensex closed 300 points higher on Friday on banking gains.",
        "Mumbai",
        "PTI",
        "Dec 9",
        "Mumbai, Dec 9 (PTI)",
        "The Sensex",
    ),
    (
        "New Delhi [India], Sept 20 (ANI): The Union Cabinet cleared the new drone policy.",
        "New Delhi [India]",
        "ANI",
        "Sept 20",
        "New Delhi [India], Sept 20 (ANI):",
        "The Union",
    ),
    (
        "Berlin (dpa) - Germany's rail operator warned of delays as the strike entered day two.",
        "Berlin",
        "dpa",
        None,
        "Berlin (dpa) -",
        "Germany's",
    ),
    (
        "Seoul, Nov 29 (EFE).- South Korea raised its alert level after the missile launch.",
        "Seoul",
        "EFE",
        "Nov 29",
        "Seoul, Nov 29 (EFE).-",
        "South Korea",
    ),
    (
        "Muscat- Jan7 (ONA) The Council of Ministers approved the new labour law on Sunday.",
        "Muscat",
        "ONA",
        "Jan7",
        "Muscat- Jan7 (ONA)",
        "The Council",
    ),
    (
        "BEIJING/HONG KONG (Reuters) - Chinese shares rose on Monday as property stocks rallied.",
        "BEIJING/HONG KONG",
        "Reuters",
        None,
        "BEIJING/HONG KONG (Reuters) -",
        "Chinese shares",
    ),
    (
        "Ziguinchor, 12 janv (APS) – Le gouverneur a inauguré un nouveau marché central.",
        "Ziguinchor",
        "APS",
        "12 janv",
        "Ziguinchor, 12 janv (APS) –",
        "Le gouverneur",
    ),
    (
        "SEOUL, April 15 (Yonhap) -- North Korea marked the birthday of its founder with a parade.",
        "SEOUL",
        "Yonhap",
        "April 15",
        "SEOUL, April 15 (Yonhap) --",
        "North Korea",
    ),
    (
        "Tehran, Jan 23, IRNA -- Iran's foreign minister left for a two-day visit to Oman.",
        "Tehran",
        "IRNA",
        "Jan 23",
        "Tehran, Jan 23, IRNA --",
        "Iran's",
    ),
    (
        "TOKYO - Japan's central bank kept its key rate unchanged on Thursday.",
        "TOKYO",
        None,
        None,
        "TOKYO -",
        "Japan's",
    ),
    ("ANKARA", "ANKARA", None, None, "ANKARA", ""),
    # Shapes seen on agency pages and syndication sites.
    (
        "KUCHING (Malaysia), June 3 (Bernama) -- The state assembly sat for a day.",
        "KUCHING (Malaysia)",
        "Bernama",
        "June 3",
        "KUCHING (Malaysia), June 3 (Bernama) --",
        "The state",
    ),
    (
        "DUBAI, (UrduPoint / Pakistan Point News / WAM - 04th Mar, 2024) The port reopened.",
        "DUBAI",
        "UrduPoint / Pakistan Point News / WAM",
        "04th Mar, 2024",
        "DUBAI, (UrduPoint / Pakistan Point News / WAM - 04th Mar, 2024)",
        "The port",
    ),
    ("Amman - Petra", "Amman", "Petra", None, "Amman - Petra", ""),
    (
        "Homs – SANA / Les services ont rétabli le courant dans plusieurs quartiers.",
        "Homs",
        "SANA",
        None,
        "Homs – SANA /",
        "Les services",
    ),
    ("القاهرة- (د ب أ)", "القاهرة", "د ب أ", None, "القاهرة- (د ب أ)", ""),
    (
        "Lausanne (ats) Le Conseil d'Etat a présenté son budget pour l'an prochain.",
        "Lausanne",
        "ats",
        None,
        "Lausanne (ats)",
        "Le Conseil",
    ),
    (
        "March 3, 2021 10:12 am | Updated 10:40 am IST - KOCHI",
        "KOCHI",
        None,
        "March 3, 2021",
        "March 3, 2021 10:12 am | Updated 10:40 am IST - KOCHI",
        "",
    ),
    (
        "Rio de Janeiro, May 2 (Reuters) - Brazil's central bank held rates steady.",
        "Rio de Janeiro",
        "Reuters",
        "May 2",
        "Rio de Janeiro, May 2 (Reuters) -",
        "Brazil's",
    ),
]

STYLES += [
    (
        "PARIS, 4 mars 2024 (AFP) - Le Sénat a adopté le texte en première lecture.",
        "PARIS",
        "AFP",
        "4 mars 2024",
        "PARIS, 4 mars 2024 (AFP) -",
        "Le Sénat",
    ),
    (
        "Madrid, 4 mar (EFE).- El Gobierno aprobó el proyecto de ley.",
        "Madrid",
        "EFE",
        "4 mar",
        "Madrid, 4 mar (EFE).-",
        "El Gobierno",
    ),
    (
        "МОСКВА, 21 января. /ТАСС/. Госдума приняла закон.",
        "МОСКВА",
        "ТАСС",
        "21 января",
        "МОСКВА, 21 января. /ТАСС/.",
        "Госдума",
    ),
    ("دمشق-سانا", "دمشق", "سانا", None, "دمشق-سانا", ""),
    (
        "TOKYO, March 4 Kyodo - Japan's jobless rate fell to 2.4 percent in January.",
        "TOKYO",
        "Kyodo",
        "March 4",
        "TOKYO, March 4 Kyodo -",
        "Japan's",
    ),
    (
        "Riyadh, March 04, 2024, SPA -- The Council of Ministers approved the agreement.",
        "Riyadh",
        "SPA",
        "March 04, 2024",
        "Riyadh, March 04, 2024, SPA --",
        "The Council",
    ),
    (
        "Kyiv, Ukraine, March 4 (Reuters) - Air raid sirens sounded across the country.",
        "Kyiv, Ukraine",
        "Reuters",
        "March 4",
        "Kyiv, Ukraine, March 4 (Reuters) -",
        "Air raid",
    ),
    (
        "ROMA, 4 MAR - Il Consiglio dei ministri ha approvato il decreto.",
        "ROMA",
        None,
        "4 MAR",
        "ROMA, 4 MAR -",
        "Il Consiglio",
    ),
]


# Shapes met on agency pages beyond the list: numeric and weekday dates, three-dash
# separators, a second place part before a bare credit, a country after a place in capitals,
# press-release wires, a place in any case before a date, capitals in any script, `PLACE:`.
STYLES += [
    (
        "Athens, 12/03/1998 (ANA) The finance minister presented the budget.",
        "Athens",
        "ANA",
        "12/03/1998",
        "Athens, 12/03/1998 (ANA)",
        "The finance",
    ),
    (
        "Sur, 12 Feb (ONA) --- The minister opened the new fishing harbour.",
        "Sur",
        "ONA",
        "12 Feb",
        "Sur, 12 Feb (ONA) ---",
        "The minister",
    ),
    (
        "Geneva, Switzerland, March 9, IRNA -- Iran's envoy addressed the council.",
        "Geneva, Switzerland",
        "IRNA",
        "March 9",
        "Geneva, Switzerland, March 9, IRNA --",
        "Iran's envoy",
    ),
    (
        "NAHA, Japan - A typhoon forced airlines to cancel flights.",
        "NAHA, Japan",
        None,
        None,
        "NAHA, Japan -",
        "A typhoon",
    ),
    (
        "WASHINGTON, Monday, March 4 (AP) — The Senate returned from recess.",
        "WASHINGTON",
        "AP",
        "Monday, March 4",
        "WASHINGTON, Monday, March 4 (AP) —",
        "The Senate",
    ),
    (
        "Rabat, 2024-03-04 (MAP) - Le Conseil de gouvernement a adopté le projet.",
        "Rabat",
        "MAP",
        "2024-03-04",
        "Rabat, 2024-03-04 (MAP) -",
        "Le Conseil",
    ),
    (
        "NEW YORK, March 4, 2024 /PRNewswire/ -- Acme Robotics opened an office.",
        "NEW YORK",
        "PRNewswire",
        "March 4, 2024",
        "NEW YORK, March 4, 2024 /PRNewswire/ --",
        "Acme",
    ),
    (
        "Kuala Lumpur, March 4 - Trade ministers agreed to keep rice quotas.",
        "Kuala Lumpur",
        None,
        "March 4",
        "Kuala Lumpur, March 4 -",
        "Trade",
    ),
    ("İSTANBUL - Borsa güne yükselişle başladı.", "İSTANBUL", None, None, "İSTANBUL -", "Borsa"),
    (
        "ALGIERS-The cabinet approved the draft finance law on Sunday.",
        "ALGIERS",
        None,
        None,
        "ALGIERS-",
        "The cabinet",
    ),
    (
        "ISLAMABAD: The cabinet approved a relief package for flood-hit districts on Monday.",
        "ISLAMABAD",
        None,
        None,
        "ISLAMABAD:",
        "The cabinet",
    ),
    (
        "Manama, The Kingdom of Bahrain welcomed the agreement announced on Tuesday.",
        "Manama",
        None,
        None,
        "Manama,",
        "The Kingdom",
    ),
    (
        "04 Mar 2024; MEMO: The canal authority reported record revenue.",
        None,
        "MEMO",
        "04 Mar 2024",
        "04 Mar 2024; MEMO:",
        "The canal",
    ),
    (
        "MARCH 3, 2016 (REFERRING TO THE NATIONAL NEWS AGENCY) The minister opened a school.",
        None,
        "NATIONAL NEWS AGENCY",
        "MARCH 3, 2016",
        "MARCH 3, 2016 (REFERRING TO THE NATIONAL NEWS AGENCY)",
        "The minister",
    ),
    ("Aden - Saba:", "Aden", "Saba", None, "Aden - Saba:", ""),
    ("(Reuters) - Oil prices rose on Monday.", None, "Reuters", None, "(Reuters) -", "Oil"),
    (
        "New Delhi: The petroleum minister on Friday ruled out any increase in fuel prices.",
        "New Delhi",
        None,
        None,
        "New Delhi:",
        "The petroleum",
    ),
    ("Baku, March 12, AZERTAC", "Baku", "AZERTAC", "March 12", "Baku, March 12, AZERTAC", ""),
    (
        "Riyadh, Dhu Al-Hijjah 05, 1445, June 11, 2024, SPA -- The Council approved the plan.",
        "Riyadh",
        "SPA",
        "Dhu Al-Hijjah 05, 1445, June 11, 2024",
        "Riyadh, Dhu Al-Hijjah 05, 1445, June 11, 2024, SPA --",
        "The Council",
    ),
]


@pytest.mark.parametrize(
    ("paragraph", "agency", "text", "rest"),
    [
        ("NNA - Caretaker Prime Minister chaired a session.", "NNA", "NNA -", "Caretaker"),
        (
            "Sharjah24 – WAM: The Sharjah Book Authority opened the fair.",
            "Sharjah24 – WAM",
            "Sharjah24 – WAM:",
            "The Sharjah",
        ),
    ],
)
def test_agency_credit_without_place(paragraph: str, agency: str, text: str, rest: str) -> None:
    dateline, remainder = parse_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.text) == (None, agency, text)
    assert remainder.startswith(rest)


# Credits written around the place: reporters named inside the credit, the credit before the
# place, source lines (agency, place, reporter or date, nothing else), a dash entity cut short.
STYLES += [
    (
        "MOSCOW, March 4, 2024. (RIA Novosti correspondent Jane Doe) - The Foreign Ministry "
        "summoned the ambassador.",
        "MOSCOW",
        "RIA Novosti",
        "March 4, 2024",
        "MOSCOW, March 4, 2024. (RIA Novosti correspondent Jane Doe) -",
        "The Foreign",
    ),
    (
        "(ANSA) - Milan, March 4 - The fashion week opened with a record number of shows.",
        "Milan",
        "ANSA",
        "March 4",
        "(ANSA) - Milan, March 4 -",
        "The fashion",
    ),
    ("AA / Tunis / Jean Dupont", "Tunis", "AA", None, "AA / Tunis / Jean Dupont", ""),
    (
        "ITAR-TASS news agency, Moscow 4 Mar 05",
        "Moscow",
        "ITAR-TASS news agency",
        "4 Mar 05",
        "ITAR-TASS news agency, Moscow 4 Mar 05",
        "",
    ),
    ("BEIJING, China &", "BEIJING, China", None, None, "BEIJING, China &", ""),
    ("Tunis / TAP", "Tunis", "TAP", None, "Tunis / TAP", ""),
    (
        "AA / Rabat / Jean Dupont et Ali Ben Salah",
        "Rabat",
        "AA",
        None,
        "AA / Rabat / Jean Dupont et Ali Ben Salah",
        "",
    ),
    (
        "Baghdad / NINA / The Council of Ministers approved the draft budget.",
        "Baghdad",
        "NINA",
        None,
        "Baghdad / NINA /",
        "The Council",
    ),
    (
        "MOSCOU, 4 mars /RIA Novosti/. Le Kremlin a annoncé la visite.",
        "MOSCOU",
        "RIA Novosti",
        "4 mars",
        "MOSCOU, 4 mars /RIA Novosti/.",
        "Le Kremlin",
    ),
    (
        "KYIV. March 4 (Interfax-Ukraine) – The parliament approved the bill.",
        "KYIV",
        "Interfax-Ukraine",
        "March 4",
        "KYIV. March 4 (Interfax-Ukraine) –",
        "The parliament",
    ),
]

# Central Asian and Caucasus wires: a byline inside the dateline, the agency after a full stop,
# a credit closed by a full stop, a date and a credit with no separator before the lead.
STYLES += [
    (
        "BAKU, Azerbaijan, March 4. By Jane Doe – Trend: The parliament approved the budget.",
        "BAKU, Azerbaijan",
        "Trend",
        "March 4",
        "BAKU, Azerbaijan, March 4. By Jane Doe – Trend:",
        "The parliament",
    ),
    (
        "ASTANA. KAZINFORM – The Majilis approved the budget in the first reading.",
        "ASTANA",
        "KAZINFORM",
        None,
        "ASTANA. KAZINFORM –",
        "The Majilis",
    ),
    (
        "Baku – APA. The parliament approved the budget in the first reading.",
        "Baku",
        "APA",
        None,
        "Baku – APA.",
        "The parliament",
    ),
    (
        "YEREVAN, MARCH 4, ARMENPRESS. The National Assembly approved the budget in the "
        "first reading on Monday.",
        "YEREVAN",
        "ARMENPRESS",
        "MARCH 4",
        "YEREVAN, MARCH 4, ARMENPRESS.",
        "The National",
    ),
]

# Dates as French, Spanish, Portuguese, Italian, German and Ethiopian wires print them.
STYLES += [
    (
        "Addis Ababa, March 4/2024 (ENA) The House approved the new proclamation.",
        "Addis Ababa",
        "ENA",
        "March 4/2024",
        "Addis Ababa, March 4/2024 (ENA)",
        "The House",
    ),
    (
        "Alger, le 4 mars 2024 (APS) - Le Conseil des ministres a adopté le projet de loi.",
        "Alger",
        "APS",
        "le 4 mars 2024",
        "Alger, le 4 mars 2024 (APS) -",
        "Le Conseil",
    ),
    (
        "Buenos Aires, 4 de marzo de 2024 (Télam) - El Gobierno anunció nuevas medidas.",
        "Buenos Aires",
        "Télam",
        "4 de marzo de 2024",
        "Buenos Aires, 4 de marzo de 2024 (Télam) -",
        "El Gobierno",
    ),
    (
        "Brasília, 4 de março (Agência Brasil) - O Senado aprovou o projeto.",
        "Brasília",
        "Agência Brasil",
        "4 de março",
        "Brasília, 4 de março (Agência Brasil) -",
        "O Senado",
    ),
    (
        "Roma, 4 maggio (ANSA) - Il Senato ha approvato il decreto.",
        "Roma",
        "ANSA",
        "4 maggio",
        "Roma, 4 maggio (ANSA) -",
        "Il Senato",
    ),
    (
        "Berlin, 4. März (dpa) - Der Bundestag hat das Gesetz beschlossen.",
        "Berlin",
        "dpa",
        "4. März",
        "Berlin, 4. März (dpa) -",
        "Der Bundestag",
    ),
]


# A page's time stamp before the dateline, a dateline alone with its date and a full stop, a
# country after the place before a colon, two places joined by a slash, a source line split by
# pipes with an update stamp.
STYLES += [
    (
        "Updated: 2024-03-04 10:15 HANOI -- The National Assembly opened its spring session.",
        "HANOI",
        None,
        None,
        "Updated: 2024-03-04 10:15 HANOI --",
        "The National Assembly",
    ),
    ("11:45 | Quito, Mar. 4.", "Quito", None, "Mar. 4", "11:45 | Quito, Mar. 4.", ""),
    (
        "Manama, Bahrain: The Cabinet approved the budget for the next two years on Monday.",
        "Manama, Bahrain",
        None,
        None,
        "Manama, Bahrain:",
        "The Cabinet",
    ),
    (
        "ANKARA (A.A) - 14.05.2012 - Turkey's exports rose 9 percent in April, the ministry said.",
        "ANKARA",
        "A.A",
        "14.05.2012",
        "ANKARA (A.A) - 14.05.2012 -",
        "Turkey's exports",
    ),
    (
        "ANKARA / IZMIR (AA) - Rescue teams reached the villages cut off by the floods.",
        "ANKARA / IZMIR",
        "AA",
        None,
        "ANKARA / IZMIR (AA) -",
        "Rescue teams",
    ),
    (
        "Manama, HH the Crown Prince received the visiting minister of trade on Monday.",
        "Manama",
        None,
        None,
        "Manama,",
        "HH the Crown Prince",
    ),
    (
        "PTI | Chennai | Updated: 04-03-2024 10:15 IST",
        "Chennai",
        "PTI",
        "04-03-2024",
        "PTI | Chennai | Updated: 04-03-2024 10:15 IST",
        "",
    ),
]


UNKNOWN_AGENCIES = [
    ("LAGOS, June 3 (NAN) -- The Senate confirmed the nominees.", "LAGOS", "NAN"),
    ("Nairobi (KNA) - Farmers received subsidised seed ahead of the rains.", "Nairobi", "KNA"),
    ("Manama, BNA- The Shura Council approved the draft law.", "Manama", "BNA"),
    ("Valletta, Feb 2 (MaltaPress) - The ferry service resumed.", "Valletta", "MaltaPress"),
    ("Muscat, OMNA-The ministry announced new visa rules on Sunday.", "Muscat", "OMNA"),
    # A site reposting a known agency's copy credits both.
    (
        "Kumasi, Oct. 12, Akwaaba/GNA - The regional minister opened a clinic.",
        "Kumasi",
        "Akwaaba/GNA",
    ),
]

NOT_DATELINES = [
    "President Bashar al-Assad met with Russian President, Vladimir Putin, on Monday.",
    "Prime Minister (PM) Abe said the plan would be ready in spring.",
    "Paris, France - The city council voted on the plan.",
    "The United Nations (UN) said aid convoys were blocked.",
    # Headlines and stamps in dateline shapes.
    "PM: NO TALKS WITH RIVALS BEFORE THE ELECTION",
    "UN: Aid must reach every district",
    "Gaza - Aid convoys blocked at the crossing",
    "Background: The conflict began years ago when protests spread across the country.",
    "Foto: El presidente llegó en la tarde del domingo a la capital del país.",
    "In Manama, The Gulf Daily News reported that the talks had ended without agreement.",
    "Meanwhile, The ministry said it would review the plan before the end of the month.",
    # A hyphen inside a compound word or a wire's topic slug, not a place and a credit.
    "Pyongyang Slams Seoul-U.S. Drills as Rehearsal for Invasion",
    "MALI-NIGER-ENERGIE / Bamako et Niamey signent un accord sur le transport d'électricité",
    "BREAKING: Fire at the port is under control, officials say after a long night.",
    "Thu, 03/12/2009 - 10:15",
    "(LEAD) N. Korea fires missile - JCS",
    "(Photo) - A view of the harbour at dawn.",
    "TOKYO-based carmakers reported higher sales.",
    # Source-line shapes without a known agency first, and an ampersand inside a line.
    "Jane Doe / Paris",
    "Sunday, Paris",
    "JOHNSON & JOHNSON reported higher sales.",
    "SG/SM/20533",
    "By Jane Doe, AP Writer",
    "Jane Doe, Reuters Staff",
    "Jane Doe, Reuters. The minister said.",
    "Reuters/Ipsos poll shows support for the plan.",
    # A clock time before running text, and a country before a headline's colon.
    "10:15 | Markets close higher on oil gains",
    "Lima, Peru: Protest leaders",
    # Weekdays of other languages before a date.
    "Senin, 30 April 2012",
    "Khamis, 14 March 2024",
    "Isnin, 4 March 2024",
    "jeudi, avril 20, 2006",
    "",
]


@pytest.mark.parametrize(("paragraph", "place", "agency", "date", "text", "rest"), STYLES)
def test_dateline_styles(
    paragraph: str, place: str, agency: str | None, date: str | None, text: str, rest: str
) -> None:
    dateline, remainder = parse_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date, dateline.text) == (
        place,
        agency,
        date,
        text,
    )
    assert remainder.startswith(rest)
    assert text not in remainder


@pytest.mark.parametrize(("paragraph", "place", "agency"), UNKNOWN_AGENCIES)
def test_unknown_agency_in_known_shape(paragraph: str, place: str, agency: str) -> None:
    dateline, _ = parse_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, agency)


def test_a_date_opening_the_lead_stays_in_it() -> None:
    dateline, rest = parse_dateline("ANKARA (AA) - 14.05.2012 was the day the port reopened.")
    assert dateline is not None and dateline.date is None
    assert rest.startswith("14.05.2012 was the day")


@pytest.mark.parametrize("paragraph", NOT_DATELINES)
def test_running_text_is_not_a_dateline(paragraph: str) -> None:
    assert parse_dateline(paragraph) == (None, paragraph)


DATE_PIECES = st.sampled_from(
    [
        *"0123456789 ,./-(",
        *("March", "mar", "Dec.", "Monday", "lundi", "le", "de", "Ramadan", "Rabi", "2024"),
        *("1444", "th", "ſ", "K", "İ", "ı", "arch", "h", "Sun", "января", "x"),
    ]
)


@given(st.lists(DATE_PIECES, max_size=8))
def test_date_start_test_changes_no_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = re.compile(dateline.DATE.replace(dateline._DATE_START, "", 1))
    guarded = re.compile(dateline.DATE)
    assert plain.pattern != guarded.pattern
    plain_match, guarded_match = plain.match(text), guarded.match(text)
    assert (plain_match and plain_match.span()) == (guarded_match and guarded_match.span())


@pytest.mark.parametrize("names", [dateline._MONTH_NAMES, dateline._WEEKDAY_WORDS])
def test_first_letter_test_keeps_every_name(names: tuple[str, ...]) -> None:
    pattern = re.compile(dateline._names(names) + "$")
    for name in names:
        assert pattern.match(name) and pattern.match(name.upper()) and pattern.match(name.lower())
