"""Entities on sentences written for these tests: the hard cases of names."""

from __future__ import annotations

import pytest

from service.article import Article, Dateline
from service.enrich import Enricher
from service.enrich.model import Enrichment, Entity, Location


def enriched(enricher: Enricher, *paragraphs: str, headline: str | None = None) -> Enrichment:
    article = Article(headline=headline, dateline=None, lead=None, body=list(paragraphs))
    return enricher.enrich(article, reference=None, language="en")


def entities(enricher: Enricher, *paragraphs: str, headline: str | None = None) -> list[Entity]:
    return enriched(enricher, *paragraphs, headline=headline).entities


def places(enricher: Enricher, paragraph: str, language: str = "en") -> list[Location]:
    article = Article(headline=None, dateline=None, lead=None, body=[paragraph])
    return enricher.enrich(article, reference=None, language=language).locations


def by_name(found: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in found}


def named(enricher: Enricher, *paragraphs: str) -> dict[str, Entity]:
    """The entities of a body of `paragraphs`, by name."""
    return by_name(entities(enricher, *paragraphs))


def test_two_people_sharing_a_surname_stay_apart(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Opposition leader Ed Miliband met his brother David Miliband in London on Friday.",
            "Ed Miliband said the talks were useful. Miliband later left for Brussels.",
        )
    )
    assert found["Ed Miliband"].type == found["David Miliband"].type == "person"
    assert "Miliband" not in found  # the bare surname joins the one last mentioned
    assert found["Ed Miliband"].mentions == 3
    assert found["David Miliband"].mentions == 1


def test_place_names_that_are_also_first_names(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Jordan Henderson scored twice as Chad Smith watched from the stands in Amman.",
            "Henderson thanked the fans of Jordan, while Georgia Harrison flew in from Georgia "
            "and Chad sent a delegation.",
        )
    )
    assert found["Jordan Henderson"].type == "person"
    assert found["Chad Smith"].type == "person"
    assert found["Georgia Harrison"].type == "person"
    assert found["Jordan Henderson"].mentions == 2
    for country in ("Jordan", "Georgia", "Chad", "Amman"):
        assert found[country].type == "location", country


def test_washington_as_government_and_as_city(enricher: Enricher) -> None:
    found = entities(
        enricher,
        "Washington warned Tehran on Tuesday against further enrichment.",
        "Protesters gathered in Washington and in Seattle.",
    )
    kinds = {(e.name, e.type) for e in found}
    assert ("Washington", "organization") in kinds
    assert ("Washington", "location") in kinds
    assert ("Seattle", "location") in kinds


def test_titles_roles_and_the_role_reference(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Japanese Foreign Minister Yoko Kamikawa arrived in Cairo, where Egyptian President "
            "Abdel Fattah al-Sisi received her.",
            "The Foreign Minister later met students at Cairo University.",
        )
    )
    assert found["Yoko Kamikawa"].roles == ["Japanese Foreign Minister", "Foreign Minister"]
    assert found["Yoko Kamikawa"].mentions == 2
    assert found["Abdel Fattah al-Sisi"].roles == ["Egyptian President"]
    assert found["Cairo University"].type == "organization"
    assert found["Cairo"].type == "location"


def test_aliases_and_bracketed_acronyms_join_one_organization(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The Kurdistan Workers' Party (PKK) and Islamic State fighters clashed.",
            "Daesh later claimed the attack, the PKK said.",
        )
    )
    assert set(found["ISIS"].surface_forms) == {"Daesh", "Islamic State"}
    assert found["Kurdistan Workers' Party"].mentions == 3


def test_headline_title_case_does_not_invent_people(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Prime Minister Mark Rutte opened the new bridge in Rotterdam.",
            headline="Rutte Opens Record Bridge Amid Strong Winds",
        )
    )
    assert found["Mark Rutte"].mentions == 2
    assert {e.type for e in found.values()} == {"person", "location"}


def test_lists_of_names_with_one_known_person(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The award went before to Pele, Diego Maradona, Zico and Garrincha.",
        )
    )
    assert {found[n].type for n in ("Pele", "Diego Maradona", "Zico", "Garrincha")} == {"person"}


def test_context_decides_unknown_places_and_organizations(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Shelling hit a school in Novo Selo overnight, the newspaper Vecernje reported.",
            "Fighting continued in the town of Stara Reka, officials said.",
        )
    )
    assert found["Novo Selo"].type == "location"
    assert found["Stara Reka"].type == "location"
    assert found["Vecernje"].type == "organization"


def test_institutions_named_after_their_country_have_one_name(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Peru’s Foreign Ministry Spokesman Ana Rojas said the talks would go on.",
            "The Foreign Ministry of Peru later issued a statement.",
        )
    )
    assert found["Peruvian Foreign Ministry"].mentions == 2
    assert found["Ana Rojas"].roles == ["Peru’s Foreign Ministry Spokesman"]


def test_an_administration_named_after_its_leader(enricher: Enricher) -> None:
    found = by_name(entities(enricher, "The Obama administration rejected the plan."))
    assert found["Obama administration"].type == "organization"
    assert "Obama" not in found


def test_french_institutions_and_titles(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Le rapport de la Cour de cassation a été transmis au Conseil régional de Lausanne.",
            "Le syndic de Lausanne Pierre Muller a réagi. Selon M. Muller, tout sera corrigé.",
            "Des unités de l'armée libanaise ont été déployées.",
        )
    )
    assert found["armée libanaise"].type == "organization"
    assert found["Cour de cassation"].type == "organization"
    assert found["Conseil régional"].type == "organization"
    assert found["Pierre Muller"].mentions == 2
    assert found["Lausanne"].type == "location"


def test_arabic_places_and_organizations(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "أعلنت وزارة الخارجية في القاهرة أن الوفد سيتوجه إلى بغداد وموسكو الأسبوع المقبل.",
        )
    )
    assert found["وزارة الخارجية"].type == "organization"
    assert {found[n].type for n in ("القاهرة", "بغداد", "موسكو")} == {"location"}


def test_a_month_inside_a_name_is_a_name(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Danish Minister of Foreign Affairs Jan Novak met Prime Minister Lena May in Oslo.",
            "The talks were first planned for May 5.",
        )
    )
    assert found["Jan Novak"].roles == ["Danish Minister of Foreign Affairs"]
    assert found["Lena May"].type == "person"
    assert "May" not in found and "Affairs" not in found


def test_a_title_of_a_place_is_a_role_not_a_name(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Carlos Vega, Vice President and Mayor of Lima, opened the market.",
        )
    )
    assert found["Lima"].type == "location"
    assert found["Carlos Vega"].type == "person"
    assert [e.name for e in found.values() if e.type == "person"] == ["Carlos Vega"]


def test_context_makes_places_people_and_organizations(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Mourners laid wreaths at Velika Brda memorial, near the village of Donja Kula.",
            "The Velika Brda massacre is remembered every year, the Norland provincial government "
            "said, adding that party leader Lee Min Un would attend.",
            "A spike in European gas prices was also discussed.",
        )
    )
    assert found["Velika Brda"].type == "location"
    assert found["Velika Brda"].mentions == 2
    assert found["Donja Kula"].type == "location"
    assert found["Norland provincial government"].type == "organization"
    assert found["Lee Min Un"].type == "person"
    assert "European" not in found


def test_spanish_and_french_institutions(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "El ministro habló ante el Consejo de los Ancianos, según el Partido Verde.",
            "La réunion s'est tenue au siège du ministère de la Culture à Rabat.",
        )
    )
    assert found["Consejo de los Ancianos"].type == "organization"
    assert found["Partido Verde"].type == "organization"
    assert found["ministère de la Culture"].type == "organization"


def test_dateline_city_and_country_and_headline_runs(enricher: Enricher) -> None:
    article = Article(
        headline="Strong Quake Hits Coral Sea",
        dateline=Dateline(place="LIMA, Peru", agency=None, date=None, text="LIMA, Peru -"),
        lead=None,
        body=["A strong earthquake struck the Coral Sea early on Monday, by The Seismic Office."],
    )
    found = by_name(enricher.enrich(article, reference=None, language="en").entities)
    assert found["Lima"].type == found["Peru"].type == "location"
    assert found["Coral Sea"].mentions == 2
    assert "Seismic Office" in found
    assert not any(name.startswith(("Strong", "The ")) for name in found)


def test_place_names_printed_with_other_accents(enricher: Enricher) -> None:
    found = places(enricher, "Aid convoys left Nouâkchott and Karâchi on Monday.")
    assert [(p.name, p.country_code, p.kind) for p in found] == [
        ("Nouâkchott", "MR", "city"),
        ("Karâchi", "PK", "city"),
    ]


def test_place_names_printed_without_their_accents(enricher: Enricher) -> None:
    # "Yoga" is also the plain spelling of Yōga, a small Tokyo town: only countries, regions
    # and big cities are found without their accents
    found = places(
        enricher,
        "Floods hit Tamil Nadu, while Vinh Phuc and Quang Ninh stayed dry and Ana practised Yoga.",
    )
    assert [(p.name, p.country_code, p.kind) for p in found] == [
        ("Tamil Nadu", "IN", "region"),
        ("Vinh Phuc", "VN", "region"),
        ("Quang Ninh", "VN", "region"),
    ]


def test_trusts_are_organizations_and_hostels_places(enricher: Enricher) -> None:
    found = entities(
        enricher, "The Riverside Charity Trust rebuilt the Amani Girls Hostel in Kisumu."
    )
    assert [(e.name, e.type) for e in found] == [
        ("Riverside Charity Trust", "organization"),
        ("Amani Girls Hostel", "location"),
        ("Kisumu", "location"),
    ]


def test_an_envoy_to_a_country_then_the_name(enricher: Enricher) -> None:
    found = entities(
        enricher,
        "The minister received Peru’s Ambassador to Kuwait Ana Lucia Ramos and the envoy of "
        "Chile, Tomas Vidal, on Monday.",
    )
    assert [(e.name, e.type) for e in found] == [
        ("Peru", "location"),
        ("Kuwait", "location"),
        ("Ana Lucia Ramos", "person"),
        ("Chile", "location"),
        ("Tomas Vidal", "person"),
    ]


def test_a_role_ending_in_an_institution_or_an_honorific_before_the_name(
    enricher: Enricher,
) -> None:
    found = by_name(
        entities(
            enricher,
            "Spokesman for the Presidency Omar Fathy said the visit was a success.",
            "The spokesman of the foreign ministry, Seyyed Reza Karimi, declined to comment.",
        )
    )
    assert found["Omar Fathy"].roles == ["Spokesman for the Presidency"]
    assert found["Reza Karimi"].type == "person"
    assert "Presidency Omar Fathy" not in found and "Seyyed Reza Karimi" not in found


def test_a_name_then_a_country_in_the_possessive(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Prime Minister Ken Oda met President Anna Lind on Friday.",
            "Oda told Lind Japan’s plan to raise defence spending was final.",
        )
    )
    assert found["Japan"].type == "location"
    assert found["Anna Lind"].mentions == 2
    assert "Lind Japan" not in found


def test_a_ministry_without_its_country_takes_the_datelines(enricher: Enricher) -> None:
    article = Article(
        headline=None,
        dateline=Dateline(place="SEOUL", agency="Yonhap", date=None, text="SEOUL (Yonhap) --"),
        lead=None,
        body=[
            "The Ministry of Unification said on Monday that talks would resume, and the "
            "Foreign Ministry said it welcomed the step. The Japanese Defense Ministry "
            "and the Qatar Health Ministry did not comment."
        ],
    )
    found = enricher.enrich(article, reference=None, language="en").entities
    assert [e.name for e in found if e.type == "organization"] == [
        "South Korean Ministry of Unification",
        "South Korean Foreign Ministry",
        "Japanese Defense Ministry",
        "Qatar Health Ministry",
    ]


def test_an_acronym_defined_after_a_possessive(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The National Reform Party’s (NRP) Ana Cruz takes the transport portfolio, and the "
            "NRP welcomed the choice.",
        )
    )
    assert found["National Reform Party"].surface_forms == ["NRP", "National Reform Party"]
    assert found["Ana Cruz"].type == "person"


def test_malay_chief_minister_title(enricher: Enricher) -> None:
    found = by_name(entities(enricher, "Penang Menteri Besar Hamid Aziz opened the bridge."))
    assert found["Hamid Aziz"].roles == ["Penang Menteri Besar"]


def test_an_honorific_inside_a_name_stays_in_it(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Malaysian Prime Minister Datuk Seri Najwa Tun Rahman met the British High "
            "Commissioner to Malaysia Sir Hugh Lane on Monday.",
            "Najwa said the talks went well.",
        )
    )
    assert found["Najwa Tun Rahman"].mentions == 2
    assert found["Najwa Tun Rahman"].roles == ["Malaysian Prime Minister"]
    assert "Hugh Lane" in found
    assert "Malaysia" in found


def test_a_counselor_and_an_editor_are_roles(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "State Counselor Lena Dahl and Managing Editor Olav Berg spoke at the forum.",
        )
    )
    assert found["Lena Dahl"].roles == ["State Counselor"]
    assert found["Olav Berg"].roles == ["Managing Editor"]


def test_a_country_printed_in_its_long_form_gets_its_short_name(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The Kingdom of Bahrain and the Sultanate of Oman signed a shipping accord.",
            "Bahrain will host the next round.",
        )
    )
    assert found["Bahrain"].mentions == 2
    assert "Oman" in found


def test_a_possessive_that_is_no_country_is_no_part_of_the_name(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The North's Central Broadcasting Agency said the talks had failed, while "
            "Chile's Foreign Ministry called for calm.",
        )
    )
    assert "Central Broadcasting Agency" in found
    assert "Chilean Foreign Ministry" in found


def test_common_nouns_in_capitals_are_no_persons(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Officials discussed the Administrative Responsibility code and the Regional "
            "Economic Partnership at the Harbour Forum.",
            "Travellers from Sri Lanka need a permit, the Transport Ministry said.",
        )
    )
    assert not [e.name for e in found.values() if e.type == "person"]
    assert found["Sri Lanka"].type == "location"


def test_a_list_named_as_places_lists_places(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Troops were sent to the counties of Arvon, East Pell, Barrowdale and Quon.",
            "The minister met voters from Do Han, Tien Voi, and Vinh Rao districts.",
            "Anna Berg, Olav Dahl and Lena Holm met in Tromso.",
        )
    )
    places = ["Arvon", "East Pell", "Barrowdale", "Quon", "Do Han", "Tien Voi", "Vinh Rao"]
    assert {found[name].type for name in places} == {"location"}
    assert {found[name].type for name in ("Anna Berg", "Olav Dahl", "Lena Holm")} == {"person"}


def test_an_acronym_alone_is_named_by_its_full_name(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The WFP said on Monday that aid trucks had reached the port, QNA reported.",
        )
    )
    assert found["World Food Programme"].surface_forms == ["WFP"]
    assert found["Qatar News Agency"].type == "organization"


def test_a_titled_name_of_a_country(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The Sultan sent a cable to President Dr. Anna Berg of the Republic of Austria, "
            "and the Mayor of Lima sent flowers.",
        )
    )
    assert found["Anna Berg"].roles == ["President"]
    assert found["Austria"].surface_forms == ["Republic of Austria"]
    assert sorted(found) == ["Anna Berg", "Austria", "Lima"]


def test_company_suffixes_and_spanish_country_names(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Norland Heavy Industries signed the deal with Southern Engineering Works.",
        )
    )
    assert found["Norland Heavy Industries"].type == "organization"
    assert found["Southern Engineering Works"].type == "organization"
    spanish = places(enricher, "El presidente viajó a Estados Unidos y luego a Brasil.", "es")
    found_places = {(p.name, p.country_code) for p in spanish}
    assert found_places == {("Estados Unidos", "US"), ("Brasil", "BR")}


def test_a_word_and_a_capital_letter_is_a_label(enricher: Enricher) -> None:
    found = entities(
        enricher,
        "Travellers from Category C countries and Categories A and B face tests, said "
        "Minister Anna Berg.",
    )
    assert [e.name for e in found] == ["Anna Berg"]


def test_an_acronym_the_text_spells_out_names_one_organization(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Students of Universiti Teknologi Samudera (UTS) and the Lakeland Institute of Marine "
            "and Coastal Studies (LIMCS) met on Monday.",
            "The UTS delegation thanked LIMCS for the visit.",
        )
    )
    assert found["Universiti Teknologi Samudera"].type == "organization"
    assert found["Universiti Teknologi Samudera"].mentions == 3
    assert found["Lakeland Institute of Marine and Coastal Studies"].mentions == 3
    assert "UTS" not in found and "LIMCS" not in found


def test_a_spelt_out_acronym_beats_the_lexicon_reading(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The Institute of Strategic and International Studies (ISIS) held a forum in Perak.",
            "ISIS director Amran Yusof opened it.",
        )
    )
    assert found["Institute of Strategic and International Studies"].mentions == 3
    assert "ISIS" not in found


def test_a_capital_inside_a_word_is_a_brand(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Exports rose 4% in May, the statistics office NordStat said, while Ian McKay of "
            "the port authority posted the figures on Twitter.",
        )
    )
    assert found["NordStat"].type == "organization"
    assert found["Twitter"].type == "organization"
    assert found["Ian McKay"].type == "person"


def test_landforms_events_and_coordinated_organizations(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Veterans of the Korea War laid wreaths near Mount Halbrook on Sunday, as the "
            "Northern Army and Coastal Fleet marked the anniversary with the Fuerzas Navales.",
        )
    )
    assert found["Mount Halbrook"].type == "location"
    assert found["Northern Army"].type == "organization"
    assert found["Coastal Fleet"].type == "organization"
    assert found["Fuerzas Navales"].type == "organization"
    assert "Korea War" not in found


def test_a_country_goes_by_its_short_english_name(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Britain and the Russian Federation signed a fisheries accord in Oslo on Monday.",
        )
    )
    assert found["United Kingdom"].surface_forms == ["Britain"]
    assert found["Russia"].surface_forms == ["Russian Federation"]


def test_short_organization_names_and_known_names_after_a_nationality(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The Norland Academy of Marine Sciences opened a station on the coast, Russian "
            "Interfax reported. The Norland Academy said the station cost 3 million euros.",
            "The Harbour Safety Index ranked the port first.",
        )
    )
    assert found["Norland Academy of Marine Sciences"].mentions == 2
    assert found["Interfax"].type == "organization"
    assert sorted(n for n, e in found.items() if e.type == "organization") == [
        "Interfax",
        "Norland Academy of Marine Sciences",
    ]


def test_national_and_short_forms_of_one_organization(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The Peruvian Civil Aviation Authority banned the flights, the Chilean National "
            "News Agency reported.",
            "The Civil Aviation Authority said the ban would last a week, CNNA and NNA added, "
            "quoting the IMF and World Bank.",
        )
    )
    assert found["Peruvian Civil Aviation Authority"].mentions == 2
    assert found["Chilean National News Agency"].mentions == 3
    assert found["International Monetary Fund"].type == "organization"
    assert found["World Bank"].type == "organization"


def test_the_country_owning_an_organization_is_a_place(enricher: Enricher) -> None:
    found = by_name(
        entities(enricher, "Peru's National Water Authority warned of floods on Monday.")
    )
    assert found["Peru"].type == "location"
    assert found["Peruvian National Water Authority"].type == "organization"


def test_shapes_that_name_no_one(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The Silver Harvest will never be forgotten, said Marta Lind, thanking the Chief "
            "Ministers and Governors for the Royal Letter of Appointment.",
            "The warning by Dong Bao, the region's evening paper, came on Monday.",
        )
    )
    people = sorted(n for n, e in found.items() if e.type == "person")
    assert people == ["Marta Lind"]
    assert found["Dong Bao"].type == "organization"


def test_a_name_before_a_stock_ticker_is_a_company(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "General Turbines (GTB.N) raised its bid for Norvik’s (NRV.PA) grid unit, "
            "Peru's Committee for the Protection of Investors said. Norvik declined to comment.",
        )
    )
    assert found["General Turbines"].type == "organization"
    assert found["Norvik"].type == "organization"
    assert found["Norvik"].mentions == 2
    assert found["Peruvian Committee for the Protection of Investors"].type == "organization"
    assert "GTB" not in found and "PA" not in found


def test_an_acronym_before_a_name_and_a_country_with_and(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The head of the NRSA Ilya Marenko spoke in Trinidad and Tobago on Monday.",
        )
    )
    assert found["Ilya Marenko"].type == "person"
    assert found["NRSA"].type == "organization"
    assert found["Trinidad and Tobago"].type == "location"


def test_provinces_and_states_are_places(enricher: Enricher) -> None:
    found = {
        (p.name, p.country_code, p.kind)
        for p in places(enricher, "Farmers in Mayabeque and Campania met envoys from the North.")
    }
    assert found == {("Mayabeque", "CU", "region"), ("Campania", "IT", "region")}


def test_well_known_people_go_by_their_standard_english_spelling(enricher: Enricher) -> None:
    found = by_name(
        entities(enricher, "Aleksandr Lukashenko met Sergei Lavrov in Minsk on Friday.")
    )
    assert found["Alexander Lukashenko"].surface_forms == ["Aleksandr Lukashenko"]
    assert found["Sergey Lavrov"].surface_forms == ["Sergei Lavrov"]


def test_a_portfolio_of_two_belongs_to_the_role(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "Minister for Trade and Industry Hana Sorel met the Minister of Culture and Sport, "
            "at the Ministry of Water and Irrigation.",
        )
    )
    assert found["Hana Sorel"].roles == ["Minister for Trade and Industry"]
    assert found["Ministry of Water and Irrigation"].type == "organization"
    assert sorted(n for n, e in found.items() if e.type == "person") == ["Hana Sorel"]


def test_a_place_of_several_words_before_a_name_and_plural_titles(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The Kuala Lumpur Pemuda wing backed Hana Sorel, Idris Omar, the Chief Ministers "
            "and Governors.",
        )
    )
    assert found["Kuala Lumpur"].type == "location"
    assert sorted(n for n, e in found.items() if e.type == "person") == ["Hana Sorel", "Idris Omar"]


def test_a_dateline_state_in_ap_style(enricher: Enricher) -> None:
    article = Article(
        headline=None,
        dateline=Dateline(
            place="BETHESDA, Md.", agency="AP", date=None, text="BETHESDA, Md. (AP) —"
        ),
        lead=None,
        body=["Veterans gathered at the county hall on Friday."],
    )
    found = {
        (p.name, p.country_code, p.kind)
        for p in enricher.enrich(article, reference=None, language="en").locations
    }
    assert ("Maryland", "US", "region") in found
    assert ("Bethesda", "US", "city") in found


def test_royal_organizations_and_an_acronym_printed_first(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "NNA reported on Monday that the Royal Norland Police closed the border.",
            "The Chilean National News Agency said the border would reopen on Friday.",
        )
    )
    assert found["Royal Norland Police"].type == "organization"
    assert found["Chilean National News Agency"].mentions == 2
    assert "NNA" not in found


def test_an_acronym_used_before_the_text_spells_it_out(enricher: Enricher) -> None:
    # the early "PWU" mentions belong to the organization the bracket defines later
    found = entities(
        enricher,
        "PWU threatens strike over unpaid wages",
        "PWU leaders met in Port Avery on Tuesday.",
        "The Port Workers Union (PWU) said its members would stop work on Friday.",
    )
    orgs = [e for e in found if e.type == "organization"]
    assert [(e.name, e.mentions) for e in orgs] == [("Port Workers Union", 4)]


def test_a_legislator_title_in_capitals_and_shouted_words_name_no_organization(
    enricher: Enricher,
) -> None:
    found = by_name(
        entities(
            enricher,
            "Ruling party MLA Arun Dasgupta opened the new bridge in Kolkata on Sunday.",
            "SELECT FROM WHERE the notice board read, left over from a broken page.",
        )
    )
    assert found["Arun Dasgupta"].type == "person"
    assert not {"MLA", "FROM", "WHERE"} & set(found)


def test_offices_named_after_a_title_stay_apart(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The Prime Minister's Office said the Pike County Sheriff’s Office had opened an "
            "inquiry, and the Attorney General's Office declined to comment.",
        )
    )
    assert {"Prime Minister's Office", "Pike County Sheriff’s Office"} <= set(found)
    assert "Attorney General's Office" in found
    assert "Office" not in found


def test_portfolios_elected_titles_and_opening_participles_name_no_one(
    enricher: Enricher,
) -> None:
    found = by_name(
        entities(
            enricher,
            "Nguyen Van Thanh was appointed Minister of Natural Resources and Environment in "
            "April. Stressing Vietnam's role, President-elect Tran Duc Minh thanked him.",
        )
    )
    assert found["Tran Duc Minh"].roles == ["President-elect"]
    assert "Natural Resources" not in found
    assert found["Vietnam"].type == "location"


def test_an_acronym_defined_for_an_organization_is_no_place_of_that_name(
    enricher: Enricher,
) -> None:
    found = by_name(
        entities(
            enricher,
            "Lawmakers on Monday restored the Ethiopian News Agency (ENA) as a state body.",
            "The law lets ENA open new bureaus.",
            headline="House Approves Law to Re-Establish ENA",
        )
    )
    assert found["Ethiopian News Agency"].type == "organization"
    assert not {"Ena", "ENA"} & set(found)


def test_parts_of_documents_name_no_entity(enricher: Enricher) -> None:
    found = entities(
        enricher,
        "The right is enshrined in Article 43 of the Federal Constitution, the court said, "
        "citing Chapter VI of the charter.",
    )
    assert not {"Article", "Chapter VI"} & {e.name for e in found}


def test_a_given_name_that_is_also_a_town_stays_in_the_name(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "In turn, Elizabeth Ramos Quispe succeeds him, replacing Nancy Torres Huaman.",
            "The fair in Lyon Marc Dubois opened on Monday.",
        )
    )
    assert {name: e.type for name, e in found.items()} == {
        "Elizabeth Ramos Quispe": "person",
        "Nancy Torres Huaman": "person",
        "Lyon": "location",
        "Marc Dubois": "person",
    }


def test_national_legislatures_and_forces_known_by_one_word(enricher: Enricher) -> None:
    found = by_name(
        entities(
            enricher,
            "The Bundestag debated the bill while the Carabinieri searched the port.",
            "The Lok Sabha adjourned in Delhi, and the Duma met in Moscow.",
        )
    )
    names = ("Bundestag", "Carabinieri", "Lok Sabha", "State Duma")
    assert {found[n].type for n in names} == {"organization"}


def test_spanish_y_joins_two_names_not_one(enricher: Enricher) -> None:
    found = named(
        enricher,
        "El presidente saliente Rodrigo Almeida y Santos Ferreira desayunaron juntos, y las "
        "relaciones entre La Habana y Washington mejoraron.",
    )
    assert found["Rodrigo Almeida"].type == found["Santos Ferreira"].type == "person"
    assert "y Washington" not in found


def test_a_portfolio_word_is_no_one_s_name(enricher: Enricher) -> None:
    found = named(
        enricher,
        "Minister of Water and Mineral Resources, Tarek Halabi, opened the plant on Monday.",
        "Coordinating Minister for Maritime, Trade and Fisheries Affairs, Dewi Lestari, attended.",
    )
    assert "Resources" not in found and "Maritime" not in found
    assert found["Tarek Halabi"].roles == ["Minister of Water and Mineral Resources"]
    assert found["Dewi Lestari"].type == "person"


def test_a_name_printed_right_after_an_organization(enricher: Enricher) -> None:
    found = named(
        enricher,
        "Spokeswoman of the Norland Foreign Ministry Irina Volkova said the talks would go "
        "on, at the Harbour Trade Centre Port Avery.",
        "Work stopped on pipelines run by Coral Strategic Energy Holdings Sdn Bhd.",
    )
    assert found["Norland Foreign Ministry"].type == "organization"
    assert found["Irina Volkova"].type == "person"
    assert "Holdings Sdn Bhd" not in found
    assert found["Coral Strategic Energy Holdings Sdn Bhd"].type == "organization"


def test_a_list_holding_an_organization_names_no_people(enricher: Enricher) -> None:
    found = named(
        enricher,
        "The meeting was moved, said the Communications and Outreach Deputy of the "
        "Presidential Office, Omid Karimi, on Sunday.",
    )
    assert "Communications" not in found
    assert found["Omid Karimi"].type == "person"


def test_capitals_in_a_shouted_line_name_no_one(enricher: Enricher) -> None:
    found = named(
        enricher,
        "Top stories • FLASH: NORLAND OFFICIAL SAYS BOMBER ACTED ALONE: MEDIA • Markets rise",
        "The NATO chief met EU envoys and the UN team in Brussels.",
    )
    assert not {"FLASH", "MEDIA", "BOMBER"} & set(found)
    assert found["European Union"].type == found["United Nations"].type == "organization"


def test_initials_inside_and_before_names(enricher: Enricher) -> None:
    found = named(
        enricher,
        "The letter was signed by Mr Kofi B. Mensah, and R. Venkataraman welcomed it.",
        "The fallback was Plan B. The Minister for Roads said so.",
    )
    assert found["Kofi B. Mensah"].type == found["R. Venkataraman"].type == "person"
    assert not any(name.startswith("Plan") for name in found)


def test_a_country_s_name_makes_no_person_unless_people_bear_it(enricher: Enricher) -> None:
    found = named(
        enricher,
        "The speech was carried by Norway Radio and Media Estonia, while Chad Smith and Kelly "
        "Jordan watched.",
        "Regarding the Baltic Fisheries Council, no decision was taken.",
    )
    assert "Norway Radio" not in found and "Media Estonia" not in found
    assert found["Chad Smith"].type == found["Kelly Jordan"].type == "person"
    assert "Baltic Fisheries Council" in found


def test_arabic_names_after_titles_and_places_after_of(enricher: Enricher) -> None:
    found = named(
        enricher,
        "His Highness Sheikh Dr. Sultan bin Rashid Al Nuaimi received a cable from King "
        "Faisal bin Turki Al Saud of Saudi Arabia, and the Mayor of Lima said he welcomed it.",
    )
    assert found["Sultan bin Rashid Al Nuaimi"].type == "person"
    assert found["Faisal bin Turki Al Saud"].roles == ["King"]
    assert found["Saudi Arabia"].type == found["Lima"].type == "location"
    assert "Arabia" not in found


def test_lists_in_french_and_a_movement_s_followers(enricher: Enricher) -> None:
    found = named(
        enricher,
        "Les provinces de Bac Giang, Vinh Phuc, Nam Dinh et Hoa Lam sont touchées.",
        "Islamist al Shabaab fighters attacked the camp.",
    )
    assert found["Hoa Lam"].type == "location"
    assert found["Al-Shabaab"].type == "organization"


def test_generic_capitals_and_a_city_before_a_comma(enricher: Enricher) -> None:
    found = named(
        enricher,
        "She told the state TV channel NRT that the sanctions on Moscow, said Ana Vale, "
        "would stay, while Washington warned against them.",
    )
    assert "TV" not in found
    assert found["NRT"].type == "organization"
    assert found["Moscow"].type == "location"
    assert found["Washington"].type == "organization"


def test_a_label_line_and_a_document_name_no_one(enricher: Enricher) -> None:
    found = named(
        enricher,
        "Ruler Ahmed Al Nuaimi issued an Emiri Decree on Monday.",
        "Share Story",
        "The council granted a Provisional Licence to the college, said Rana Haddad.",
    )
    assert not {"Emiri Decree", "Share Story", "Provisional Licence"} & set(found)
    assert found["Rana Haddad"].type == "person"


def test_country_names_in_french_and_spanish_copy(enricher: Enricher) -> None:
    found = {p.name: p for p in places(enricher, "Le pont reliera le Maroc et la Mauritanie.")}
    assert found["Maroc"].country_code == "MA"
    assert found["Mauritanie"].country_code == "MR"
    spanish = named(
        enricher,
        "El presidente de Argentina, Mauricio Lopez, habló de Marruecos y de América Latina.",
    )
    assert spanish["Marruecos"].type == spanish["América Latina"].type == "location"
    assert spanish["Mauricio Lopez"].type == "person"


def test_french_institutions_named_on_in_lower_case(enricher: Enricher) -> None:
    found = named(
        enricher,
        "Le projet est financé par la Banque ouest-africaine de développement et la Banque "
        "européenne d’investissement.",
    )
    assert found["Banque ouest-africaine de développement"].type == "organization"
    assert found["Banque européenne d’investissement"].type == "organization"


def test_french_union_and_a_sentence_after_a_closing_quote(enricher: Enricher) -> None:
    found = named(
        enricher,
        "Des ambassadeurs de l’Union européenne étaient présents.",
        "He called it “a fluid situation.” Police said the search went on, and Union "
        "minister Arun Rao agreed.",
    )
    assert found["Union européenne"].type == "organization"
    assert "Police" not in found
    assert not any(name.startswith("Union minister") for name in found)


def test_a_dated_role_and_a_pair_of_places_name_no_organization(enricher: Enricher) -> None:
    found = named(
        enricher,
        "Former European Union commissioner Lena Holm praised close Japan-Canada coordination.",
    )
    assert found["European Union"].type == "organization"
    assert not any(name.startswith(("Former", "Japan-")) for name in found)


def test_bylines_and_credit_lines_name_the_staff_not_the_story(enricher: Enricher) -> None:
    found = named(
        enricher,
        "By Karen Lind and Tomas Berg OSLO (Reuters) - Norland's prime minister Ola Dahl "
        "resigned on Monday.",
        "Markets fell. REUTERS/Piet Janssen/File Photo Shares in Oslo dipped.",
        "(Reporting by Mia Kovac; Editing by Sam Hart)",
    )
    assert not {"Karen Lind", "Tomas Berg", "Piet Janssen", "Mia Kovac", "Sam Hart"} & set(found)
    assert found["Ola Dahl"].type == "person"


def test_a_name_closing_a_listed_portfolio(enricher: Enricher) -> None:
    found = named(
        enricher,
        "Coordinating Minister for Economic, Maritime and Investment Affairs Budi Santoso "
        "said the talks went well.",
    )
    budi = found["Budi Santoso"]
    assert budi.roles == ["Coordinating Minister for Economic, Maritime and Investment Affairs"]
    assert "Economic" not in found


def test_a_name_qualifying_an_organization_word_is_no_one_s(enricher: Enricher) -> None:
    found = named(
        enricher,
        "He was represented by the Branch Manager, Ezealu branch, Mrs Ada Nwosu, and the "
        "officer-in-charge of Kalur Shahpur police station, Rafiq Ahmed.",
    )
    assert "Ezealu" not in found and "Kalur Shahpur" not in found
    assert found["Ada Nwosu"].type == found["Rafiq Ahmed"].type == "person"


def test_occupations_before_names_are_roles(enricher: Enricher) -> None:
    found = named(
        enricher,
        "Diplomat Alvaro de Mendes is tipped to succeed him, and economist Lena Ruud agreed.",
    )
    assert found["Alvaro de Mendes"].roles == ["Diplomat"]
    assert found["Lena Ruud"].type == "person"


def test_political_leagues_are_organizations_sports_leagues_are_not(enricher: Enricher) -> None:
    found = named(
        enricher,
        "The Awami League and the Arab League welcomed the vote, while Norland FC left the "
        "Champions League.",
    )
    assert found["Awami League"].type == found["Arab League"].type == "organization"
    assert "Champions League" not in found


def test_two_places_joined_by_a_hyphen_are_both_mentioned(enricher: Enricher) -> None:
    found = named(
        enricher, "Ministers reviewed Kenya-Uganda trade and South Korea-Japan coordination."
    )
    assert {"Kenya", "Uganda", "South Korea", "Japan"} <= set(found)
    assert {found[n].type for n in ("Kenya", "Uganda", "South Korea", "Japan")} == {"location"}
    assert "Kenya-Uganda" not in found


def test_an_organization_named_by_a_listed_portfolio_is_one_name(enricher: Enricher) -> None:
    found = named(
        enricher,
        "The Ministry of Trade, Industry and Energy said the Foreign, Commonwealth and "
        "Development Office had written to the Law, Justice and Democratic Affairs Committee.",
    )
    for name in (
        "Ministry of Trade, Industry and Energy",
        "Foreign, Commonwealth and Development Office",
        "Law, Justice and Democratic Affairs Committee",
    ):
        assert found[name].type == "organization"
    assert "Industry and Energy" not in found


def test_a_list_after_a_ministry_of_company_names_is_no_portfolio(enricher: Enricher) -> None:
    found = named(enricher, "The Ministry of Health, Safaricom and Equity signed the deal.")
    assert found["Ministry of Health"].type == "organization"
    assert "Ministry of Health, Safaricom and Equity" not in found


def test_a_point_of_the_compass_and_a_place_name_no_one(enricher: Enricher) -> None:
    found = named(
        enricher,
        "Exports to South Asia and Southeast Asia rose, Ana West Barros told West Africa Today.",
        "Middle Eastern and West African envoys met.",
    )
    assert found.get("Middle Eastern") is None or found["Middle Eastern"].type != "person"
    assert "South Asia" not in found or found["South Asia"].type != "person"
    assert "Southeast Asia" not in found or found["Southeast Asia"].type != "person"
    assert found["Ana West Barros"].type == "person"


def test_each_city_of_a_dateline_filed_from_two_is_a_place(enricher: Enricher) -> None:
    for place in ("SEOUL/WASHINGTON", "ANKARA / ISTANBUL"):
        article = Article(
            headline=None,
            dateline=Dateline(place=place, agency=None, date=None, text=f"{place} -"),
            lead=None,
            body=["Talks resumed on Monday."],
        )
        found = by_name(enricher.enrich(article, reference=None, language="en").entities)
        first, second = (part.strip().title() for part in place.split("/"))
        assert found[first].type == found[second].type == "location"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # hyphenated military ranks
            "Army spokesman Lieutenant-Colonel Paul Abena said Brigadier-General Omar Said and "
            "Rear-Admiral John Kell had arrived.",
            {"Paul Abena": ["Lieutenant-Colonel"], "Omar Said": ["Brigadier-General"]},
        ),
        (  # a Romance title's portfolio before a comma, its holder after it
            "El Ministro de Asuntos Exteriores de Norlandia, Ana Vale, habló con el general "
            "de Souza.",
            {"Ana Vale": ["Ministro de Asuntos Exteriores de Norlandia"]},
        ),
        (  # titles in lower case
            "Growth will slow, planning minister MA Rahim told reporters, and Norland's "
            "deputy foreign minister Ana Vale agreed with Rosa Mendes.",
            {"MA Rahim": ["planning minister"], "Ana Vale": ["deputy foreign minister"]}
            | {"Rosa Mendes": []},
        ),
    ],
)
def test_a_title_before_a_name_is_a_role(
    enricher: Enricher, text: str, roles: dict[str, list[str]]
) -> None:
    found = named(enricher, text)
    assert {name: found[name].roles for name in roles} == roles


def test_the_lower_case_role_finds_its_holder_as_speaker(enricher: Enricher) -> None:
    quotes = enriched(
        enricher,
        'Growth will slow, planning minister MA Rahim said. "Exports are strong," the minister '
        "added.",
    ).quotes
    assert [(q.speaker, q.text.rstrip(",")) for q in quotes] == [("MA Rahim", "Exports are strong")]


def test_cities_printed_under_their_older_names(enricher: Enricher) -> None:
    found = {p.name: p for p in places(enricher, "Flights from Kiev to Bombay resumed.")}
    assert found["Kiev"].country_code == "UA" and found["Kiev"].latitude is not None
    assert found["Bombay"].country_code == "IN"


@pytest.mark.parametrize(
    ("text", "types", "absent"),
    [
        (  # streets and malls are places, storms no one
            "Gunmen attacked the upmarket Halden Mall and a church on Tamsin Road on Friday, "
            "hours before Typhoon Marlo reached the coast.",
            {"Halden Mall": "location", "Tamsin Road": "location"},
            {"Typhoon Marlo"},
        ),
        (  # Malay organization words lead names; market averages and marches are no one
            "Barisan Rakyat won the seat, Kementerian Kesihatan said, as the Tokyo Stock Average "
            "fell during the Jan Sewa Yatra.",
            {"Barisan Rakyat": "organization", "Kementerian Kesihatan": "organization"},
            {"Tokyo Stock Average", "Sewa Yatra", "Jan Sewa Yatra"},
        ),
        (  # Malay and Arabic words for a town, a hill or a spring open place names
            "Voters in Kota Samarahan and Bukit Merah drew water from Ayn Fadl.",
            {"Kota Samarahan": "location", "Bukit Merah": "location", "Ayn Fadl": "location"},
            set(),
        ),
        (  # a plural noun opening the sentence before "of" names the group, no organization
            "Members of Norland Farmers Union marched on Monday. Residents of Gaza fled.",
            {"Norland Farmers Union": "organization", "Gaza": "location"},
            {"Members of Norland Farmers Union", "Residents of Gaza"},
        ),
        (  # a city's whole urban area
            "Rain hit Metro Manila and Greater Cairo on Sunday.",
            {"Metro Manila": "location", "Greater Cairo": "location"},
            set(),
        ),
    ],
)
def test_kinds_of_names(
    enricher: Enricher, text: str, types: dict[str, str], absent: set[str]
) -> None:
    found = named(enricher, text)
    assert {name: found[name].type for name in types} == types
    assert not absent & set(found)
