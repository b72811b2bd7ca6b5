"""Quotes and speakers on paragraphs written for these tests."""

from __future__ import annotations

import pytest

from service.article import Article
from service.enrich import Enricher
from service.enrich.model import Enrichment, Quote


def enriched(enricher: Enricher, *paragraphs: str, language: str = "en") -> Enrichment:
    article = Article(headline=None, dateline=None, lead=None, body=list(paragraphs))
    return enricher.enrich(article, reference=None, language=language)


def quotes(enricher: Enricher, *paragraphs: str) -> list[Quote]:
    return enriched(enricher, *paragraphs).quotes


def test_speaker_before_and_after_the_quote(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Finance Minister Lena Dahl said on Tuesday that “the budget will be balanced by 2026.”",
        "“We will not raise taxes,” said Prime Minister Olav Berg at a news conference.",
        '"Nobody expected this," Dahl told reporters.',
    )
    assert [(q.speaker, q.text, q.paragraph) for q in found] == [
        ("Lena Dahl", "the budget will be balanced by 2026.", 0),
        ("Olav Berg", "We will not raise taxes,", 1),
        ("Lena Dahl", "Nobody expected this,", 2),
    ]


def test_pronoun_and_participle_clauses(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "President Maria Ortega arrived in Lima on Friday.",
        "She thanked Governor Luis Vega for the welcome, adding that “the region deserves "
        "better roads.”",
    )
    assert [(q.speaker, q.paragraph) for q in found] == [("Maria Ortega", 1)]


def test_a_quote_spanning_paragraphs_counts_once(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "“The harvest was the worst in a decade. Farmers lost half their crops.",
        "“We need help before the winter comes,” Agriculture Minister Tomas Novak told parliament.",
    )
    assert len(found) == 1
    assert found[0].speaker == "Tomas Novak"
    assert found[0].paragraph == 0
    assert found[0].text.startswith("The harvest was") and "before the winter" in found[0].text


def test_nested_quotes_stay_inside_the_outer_quote(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "“When he told me ‘this is over’, I did not believe him,” said coach Anna Berg.",
    )
    assert len(found) == 1
    assert found[0].text == "When he told me ‘this is over’, I did not believe him,"
    assert found[0].speaker == "Anna Berg"


def test_indirect_speech_is_not_a_quote(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Foreign Minister Kenji Sato said that the talks would resume next month and that "
        "both sides had agreed on an agenda.",
    )
    assert found == []


def test_closing_mark_without_opening_mark(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "President Amal Haddad spoke at the opening of the new port.",
        "The President added that the port will create thousands of jobs for the young.”",
    )
    assert len(found) == 1
    assert found[0].text == "the port will create thousands of jobs for the young."
    assert found[0].speaker == "Amal Haddad"


def test_guillemets_and_an_institution_as_speaker(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "The Health Ministry said the outbreak was «under control» after a week of tests.",
    )
    assert [(q.speaker, q.text) for q in found] == [("Health Ministry", "under control")]


def test_headline_quotes_in_single_marks_and_a_role_as_speaker(enricher: Enricher) -> None:
    article = Article(
        headline="Budget: ‘We will cut no pensions,’ says Finance Minister",
        dateline=None,
        lead=None,
        body=["Finance Minister Jana Kovac presented the budget on Monday."],
    )
    found = enricher.enrich(article, reference=None, language="en").quotes
    assert [(q.speaker, q.text, q.paragraph) for q in found] == [
        ("Jana Kovac", "We will cut no pensions,", -1)
    ]


def test_he_added_refers_to_the_last_person_quoted(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "The Foreign Ministry said on Monday it was “deeply concerned”.",
        "“We are watching closely,” said ministry spokesman Omar Khalil.",
        "“Nobody wants escalation,” he added.",
    )
    assert [q.speaker for q in found] == ["Foreign Ministry", "Omar Khalil", "Omar Khalil"]


def test_a_role_noun_as_subject(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Trade Minister Ivan Petrov met Central Bank Governor Olga Sidorova on Monday.",
        "“Exports will recover this year,” the minister told reporters in Sofia.",
    )
    assert [q.speaker for q in found] == ["Ivan Petrov"]


def test_spanish_reporting_verbs(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "El presidente Julio Mendoza afirmó ayer que «no habrá ningún cambio» en la ley.",
        "«La economía crece», aseguró la ministra Carmen Ruiz.",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Julio Mendoza", "no habrá ningún cambio"),
        ("Carmen Ruiz", "La economía crece"),
    ]


def test_a_role_set_off_by_commas_belongs_to_the_speaker(enricher: Enricher) -> None:
    article = Article(
        headline=None,
        dateline=None,
        lead=None,
        body=[
            'Lin Tao, head of the Valmont Water Bureau, said: "Supplies are safe for now."',
            "The Regional Branch of the Norland Red Crescent sent trucks, said Omar Haddad, "
            "spokesman for the group.",
        ],
    )
    enrichment = enricher.enrich(article, reference=None, language="en")
    assert [(q.speaker, q.text) for q in enrichment.quotes] == [
        ("Lin Tao", "Supplies are safe for now.")
    ]
    roles = {e.name: (e.type, e.roles) for e in enrichment.entities}
    assert roles["Lin Tao"] == ("person", ["head of the Valmont Water Bureau"])
    assert roles["Omar Haddad"] == ("person", ["spokesman for the group"])
    assert roles["Regional Branch of the Norland Red Crescent"] == ("organization", [])


def test_he_said_before_a_name_after_the_verb(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Prime Minister Olav Berg spoke after the Nordic Harbour Forum in Tromso.",
        "“We must keep the ports open,” he said to reporters covering the Nordic Harbour Forum "
        "meeting here.",
    )
    assert [q.speaker for q in found] == ["Olav Berg"]


def test_inverted_attribution_makes_the_speaker_the_subject(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "State Counselor Lena Dahl said the forum was a milestone, as President Olav Berg "
        "opened a new session.",
        'The State Counselor said: "The speech was informative and clear".',
        "The reform will go ahead, said Dahl, citing the President’s speech.",
        'She said: "The President made a strong case for it".',
        'The President’s message was clear, said Dahl, adding: "We will talk to all our partners".',
    )
    assert [q.speaker for q in found] == ["Lena Dahl"] * 3


def test_a_second_quote_of_a_paragraph_keeps_its_speaker(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Sports Minister Anna Berg spoke on Monday.",
        "The Norland Sports Committee lifted the ban on Monday. "
        '"These were hard months for our athletes," Berg said. "We had to change a lot."',
    )
    assert [q.speaker for q in found] == ["Anna Berg", "Anna Berg"]


def test_the_person_who_says_is_the_subject_not_the_one_spoken_of(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Interior Minister Lena Dahl said on Friday that Prime Minister Olav Berg had her support.",
        "Asked whether the cabinet talks too much, Dahl said the Prime Minister speaks when "
        "needed.",
        '"In my case, I rarely speak at all," she said.',
        '"We will keep the border open," said Gov. Ellis Marr.',
    )
    assert [q.speaker for q in found] == ["Lena Dahl", "Ellis Marr"]


def test_a_quote_missing_its_closing_mark_ends_at_said_x(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        '"The agency was founded a century ago and became the voice of the country, said '
        "Health Minister Ana Vale on Twitter.",
        '"It carries the same task today," she added.',
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ana Vale", "The agency was founded a century ago and became the voice of the country"),
        ("Ana Vale", "It carries the same task today,"),
    ]


def test_a_newspaper_named_before_its_noun_is_the_speaker(enricher: Enricher) -> None:
    found = quotes(
        enricher, "“The region will never forget him,” publishes Tribuna newspaper on Monday."
    )
    assert [q.speaker for q in found] == ["Tribuna"]


def test_he_is_the_last_person_not_the_last_organization(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Fisheries Minister Tomas Ekberg spoke about the quota cuts on Sunday.",
        "Interviewed on the Harbour Radio Network's morning show, he said the cuts were fair.",
        '"Nobody wants empty nets," he said.',
    )
    assert [(q.speaker, q.text) for q in found] == [("Tomas Ekberg", "Nobody wants empty nets,")]


def test_inverted_verb_with_a_role_before_the_name(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Opposition leader Aaron Lind asked whether the former envoy had been granted asylum.",
        "“We cannot confirm or deny” that a request was received, said on Monday the "
        "spokeswoman of the independent board for immigration and refugee status, Ana Vale.",
    )
    assert [(q.speaker, q.paragraph) for q in found] == [("Ana Vale", 1)]


def test_the_subject_speaks_not_the_organization_it_thanks(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Ambassador Pieter Hals thanked the Norland Press Agency for its work and stated that "
        'the agency is "a pillar of the free press."',
    )
    assert [q.speaker for q in found] == ["Pieter Hals"]


def test_an_organization_known_by_its_shape_speaks(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "“Imports of fuel fell for the third month in a row,” NordStat said on Friday.",
    )
    assert [q.speaker for q in found] == ["NordStat"]


def test_an_unattributed_quote_goes_to_the_most_named_organization(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        'The island vowed a "firm response" on Monday.',
        "The Harbour Gazette said the talks had failed. The Harbour Gazette said more was due.",
    )
    assert [(q.speaker, q.text) for q in found] == [("Harbour Gazette", "firm response")]


def test_the_ministry_said_names_the_one_ministry(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Governor Ines Salo opened the dam on Monday with the Norland Water Ministry.",
        "The ministry said it was “a turning point for the valley.”",
    )
    assert [q.speaker for q in found] == ["Norland Water Ministry"]


def test_spanish_source_after_segun(enricher: Enricher) -> None:
    result = enriched(
        enricher,
        "Según la Fiscalía peruana, el exministro cometió «fraude procesal y peculado».",
        "El Gobierno canadiense no quiso comentar.",
        language="es",
    )
    assert [(q.speaker, q.text) for q in result.quotes] == [
        ("Fiscalía peruana", "fraude procesal y peculado")
    ]
    assert {e.name for e in result.entities} >= {"Fiscalía peruana", "Gobierno canadiense"}


def test_a_person_after_with_is_not_the_speaker(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Foreign Minister Karin Alm in a long meeting on Saturday with the Norland Trade "
        'Secretary Omar Haddad described the talks as "difficult but useful" and said more '
        "rounds would follow.",
    )
    assert [q.speaker for q in found] == ["Karin Alm"]


def test_a_title_between_an_inverted_verb_and_the_name(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Tariffs will rise next year, said Trade and Industry Minister Datuk Aziz Rahman.",
        "He said Prime Minister Nora Salleh had agreed to the plan, which Salleh will sign.",
        "“The decision was taken together,” he said.",
    )
    assert [q.speaker for q in found] == ["Aziz Rahman"]


def test_called_quoted_as_saying_and_a_pronoun_within_its_sentence(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Finance Minister Omar Latif presented the budget. Latif said it was fair.",
        "Another veteran opposition leader and newly elected deputy, Ravi Menon called the "
        "budget a “missed chance.” Latif disagreed.",
        "He quoted Menon as saying the plan would “hurt farmers” and rejected that.",
        "Menon outlined his own reform, which he described as “long overdue.”",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ravi Menon", "missed chance."),
        ("Ravi Menon", "hurt farmers"),
        ("Ravi Menon", "long overdue."),
    ]


@pytest.mark.parametrize(
    ("lead", "speaker", "role"),
    [
        (
            "Minister for Culture, Tourism and Civil Aviation, Bala Dogo opened the fair.",
            "Bala Dogo",
            "Minister for Culture, Tourism and Civil Aviation",
        ),
        (
            "The Minister of State for Public Works and Housing, Mr. Bala Dogo, toured it.",
            "Bala Dogo",
            "Minister of State for Public Works and Housing",
        ),
    ],
)
def test_a_portfolio_of_several_fields_stays_in_the_role(
    enricher: Enricher, lead: str, speaker: str, role: str
) -> None:
    result = enriched(enricher, lead, "“Visitors are coming back,” he said.")
    assert [q.speaker for q in result.quotes] == [speaker]
    assert [(e.name, e.roles) for e in result.entities if e.type == "person"] == [(speaker, [role])]


def test_a_single_mark_after_a_letter_opens_no_quote(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Shelling hit Ma‘arrat al-Nu‘man overnight, said Colonel Rami Haddad, adding that "
        "“the roads are closed.”",
    )
    assert [(q.speaker, q.text) for q in found] == [("Rami Haddad", "the roads are closed.")]


def test_speaker_found_where_lower_casing_changes_offsets(enricher: Enricher) -> None:
    # "İ" lower-cases to two characters: verbs are then looked up word by word
    found = quotes(
        enricher,
        "“The ferry lines to İzmir reopen on Monday,” Transport Minister Deniz Arslan said.",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Deniz Arslan", "The ferry lines to İzmir reopen on Monday,")
    ]


def test_a_verb_inside_a_longer_word_is_no_attribution(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Mayor Ines Roth opened the bridge.",
        "“It is a new start,” the unsaid promise of Councillor Paul Weber read.",
    )
    assert [q.speaker for q in found] != ["Paul Weber"]


@pytest.mark.parametrize("end", ["!", "?"])
def test_a_sentence_ended_by_an_exclamation_or_question_mark(enricher: Enricher, end: str) -> None:
    found = quotes(
        enricher,
        "Mayor Rui Pinto opened the bridge on Monday.",
        f"Minister Ana Costa left early{end} Later, “we will build more,” the mayor said.",
    )
    assert [(q.speaker, q.paragraph) for q in found] == [("Rui Pinto", 1)]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’"), ("", "”"), ("", "»")],
)
def test_every_kind_of_quotation_mark(enricher: Enricher, opening: str, closing: str) -> None:
    found = quotes(
        enricher, f"Mayor Rui Pinto said that {opening}the bridge opens in May{closing} at noon."
    )
    assert [(q.speaker, q.text) for q in found] == [("Rui Pinto", "the bridge opens in May")]


def test_he_goes_back_past_sentences_about_others(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Prime Minister Olav Berg met the Water Board in Oslo on Monday.",
        "He later toured the dam. The Water Board approved the plan on Tuesday.",
        "“It is a good day for the valley,” he said.",
        "He thanked the engineers. “The work starts in May and ends next year.”",
    )
    assert [(q.speaker, q.paragraph) for q in found] == [("Olav Berg", 2), ("Olav Berg", 3)]


def test_a_lower_case_title_before_the_name_of_an_inverted_attribution(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Prices will fall by spring, said trade minister Arif Hossain on Sunday, reports DNS.",
        "Opposition leader Kamal Uddin disagreed with the forecast on Monday.",
        "“Nobody will go hungry this winter,” he said in Khulna.",
    )
    assert [q.speaker for q in found] == ["Kamal Uddin"]
    found = quotes(
        enricher,
        "Prices will fall by spring, said trade minister Arif Hossain on Sunday, reports DNS.",
        "“Nobody will go hungry this winter,” he said in Khulna.",
    )
    assert [q.speaker for q in found] == ["Arif Hossain"]


def test_the_one_told_is_not_the_speaker(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Finance Minister Lena Dahl presented the budget on Monday.",
        "“Nobody will pay more tax,” the finance minister told Reuters on Tuesday.",
        "“Nobody will pay more tax,” a ministry adviser told Reuters on Tuesday.",
    )
    assert [q.speaker for q in found] == ["Lena Dahl", None]


def test_the_subject_follows_an_opening_phrase_and_a_possessive(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "“We will not be isolated,” said trade minister Arif Hossain on Sunday.",
        "Referring to opposition leader Kamal Uddin's remark on the embargo, the minister said "
        "“no country has cut its trade with us.”",
        "Asked about the harvest, he said: “The granaries are full.”",
    )
    assert [q.speaker for q in found] == ["Arif Hossain"] * 3


def test_the_qualifiers_of_a_role_noun_pick_its_holder(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Norwegian Prime Minister Olav Berg received Danish Foreign Minister Mette Lund, "
        "Danish Trade Minister Jens Holm and Finnish Foreign Minister Aino Virtanen in Oslo.",
        "On leaving, the Finnish minister said, “Our countries will sign the treaty in May.”",
    )
    assert [q.speaker for q in found] == ["Aino Virtanen"]


def test_a_quotation_carried_over_goes_to_the_speaker_named_where_it_ends(
    enricher: Enricher,
) -> None:
    found = quotes(
        enricher,
        "The Farmers Union rejected the water plan on Monday.",
        "“The plan was never discussed with us. It helps nobody.",
        "“We will protest in May,” union spokesperson Anna Berg told reporters.",
        "“The dams come first,” Berg added.",
    )
    assert [(q.speaker, q.paragraph) for q in found] == [("Anna Berg", 1), ("Anna Berg", 3)]


def test_french_inverted_pronoun_and_monsieur_before_the_name(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Le ministre Karim Benali a inauguré la centrale à Oran.",
        "Le Conseil des ministres s’est réuni jeudi à Alger. « Le réseau sera prêt en juin », "
        "a-t-il souligné lors d’un point de presse au Conseil des ministres.",
        "« Nous tiendrons les délais », a soutenu M. Benali au cours de sa visite.",
    )
    assert [q.speaker for q in found] == ["Karim Benali", "Karim Benali"]


def test_the_closing_mark_used_to_open_and_a_subject_before_a_late_verb(
    enricher: Enricher,
) -> None:
    found = quotes(
        enricher,
        "Prime Minister Nils Ek has played down the resignation of Trade Minister Per Lind.",
        "The cabinet faces ”hard weeks”, but it will ”manage” them, the premier said on Monday "
        "after Lind announced his decision.",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Nils Ek", "hard weeks"),
        ("Nils Ek", "manage"),
    ]


def test_a_straight_mark_left_closing_a_clause_ends_a_quote(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        'Minister Ana Costa said the talks will take long. "The country will change by then.',
        'Perhaps, by the end, voters will not want to join," remarked Costa.',
        '"The border stays open," said Costa.',
    )
    assert [(q.speaker, q.text, q.paragraph) for q in found] == [
        ("Ana Costa", "The country will change by then.", 0),
        ("Ana Costa", "Perhaps, by the end, voters will not want to join,", 1),
        ("Ana Costa", "The border stays open,", 2),
    ]


def test_a_source_credit_is_not_the_speaker(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Foreign Minister Lena Dahl told her Danish counterpart, Mette Lund, that Oslo condemned "
        "the “cowardly attack” on the embassy, according to diplomatic sources, reports Reuters.",
        "“The ministry has to change,” news agency Reuters quoted Lund as saying.",
    )
    assert [q.speaker for q in found] == ["Lena Dahl", "Mette Lund"]


def test_a_headline_quote_goes_to_who_says_it_in_the_body(enricher: Enricher) -> None:
    article = Article(
        headline="Pensions ‘will not be cut’, Oslo says",
        dateline=None,
        lead=None,
        body=[
            "Opposition leader Tom Berg demanded a vote on pensions. Berg and his party walked "
            "out of parliament on Monday, and Berg called the plan a disgrace.",
            "Pensions “will not be cut this year,” Finance Minister Lena Dahl said later.",
        ],
    )
    found = enricher.enrich(article, reference=None, language="en").quotes
    assert [(q.speaker, q.paragraph) for q in found] == [("Lena Dahl", -1), ("Lena Dahl", 1)]


def test_an_unnamed_source_is_no_speaker_and_no_guess(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Mayor Rui Pinto opened the new bridge in Porto on Monday.",
        "A police spokesperson described the closure as “a normal precaution.” Police said "
        "the roads would reopen soon.",
        "“The cracks are old,” a senior official from the city office said. “Nobody is at risk.”",
        "“It will hold,” Pinto said.",
    )
    assert [(q.speaker, q.paragraph) for q in found] == [
        (None, 1),
        (None, 2),
        (None, 2),
        ("Rui Pinto", 3),
    ]


def test_an_organization_qualifying_the_speaker_is_not_the_speaker(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Chancellor Lena Vogt rejected talk of a crisis in Bremen on Friday.",
        "“That is simply wrong,” said the CDU politician at a party rally in Bremen.",
    )
    assert [q.speaker for q in found] == ["Lena Vogt"]


def test_he_is_the_subject_of_the_sentence_before_in_the_same_paragraph(
    enricher: Enricher,
) -> None:
    found = quotes(
        enricher,
        "Prime Minister Olav Berg met Finance Minister Lena Dahl on Monday.",
        "Trade Minister Per Lind was asked about the tariffs. He replied, “We will cut them "
        "in May.”",
    )
    assert [q.speaker for q in found] == ["Per Lind"]


def test_straight_single_marks_quote_but_apostrophes_do_not(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "No minister in Berg's cabinet is 'powerless' and all of them follow the rule of "
        "'less talk, more work', Interior Minister Per Lind said on Friday.",
        "The ministers' meeting in the '90s was calmer, Lind's aide said.",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Per Lind", "powerless"),
        ("Per Lind", "less talk, more work"),
    ]


def test_an_agency_credit_in_parentheses_is_not_the_speaker(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Water Board chief Ana Lund warned of cracks in the Alta dam on Monday.",
        "OSLO (Reuters) - State engineers have concluded with “high confidence” that the "
        "dam will hold.",
    )
    assert len(found) == 1
    assert found[0].speaker != "Reuters"


def test_he_after_a_sentence_about_the_minister_is_the_minister(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "The legacy of Olav Berg was praised today by Health Minister Ana Costa.",
        "The minister thanked the Norwegian government for its help with the hospitals.",
        "She also praised the training of nurses, a step she described as “a gift to the "
        "whole region.”",
    )
    assert [q.speaker for q in found] == ["Ana Costa"]


def test_an_opening_mark_glued_to_the_word_before_still_opens(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        'Interior Minister Karim Hadi said the country"rejects these claims outright."',
        'The council statement went on to say" The attacks will not break our resolve.',
        'The bridge is 40" wide at the gate, engineer Lars Holm noted.',
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Karim Hadi", "rejects these claims outright."),
        ("Karim Hadi", "The attacks will not break our resolve."),
    ]


def test_a_quote_closed_with_the_opening_mark_again(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "“Only the two secretaries would be told,“ Tourism Minister Aziz Rahman said on Monday.",
        "“The report goes to the cabinet next week,“ he said.",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Aziz Rahman", "Only the two secretaries would be told,"),
        ("Aziz Rahman", "The report goes to the cabinet next week,"),
    ]


def test_he_goes_back_to_the_subject_before_an_aside_not_a_later_speaker(
    enricher: Enricher,
) -> None:
    found = quotes(
        enricher,
        "Kenji Morita, chief strategist at Hoshi Securities, said buyers stayed away after "
        "Finance Minister Aiko Tanabe said she would review the tax plan.",
        "“Nobody wants to move before the budget,” he said.",
    )
    assert [q.speaker for q in found] == ["Kenji Morita"]


def test_quotations_of_one_sentence_share_the_verb_that_ends_it(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "The Coast Guard Authority reported new damage on Monday.",
        "Police Chief Marta Lund closed the coast road. Despite the storm's attempts to "
        "“cut the northern islands off from the mainland,” the ferries kept sailing on "
        "schedule all through the weekend “to the ports of Vik, Holm and Sand and on to the "
        "outer skerries, where the crossings are the roughest of the whole network. All the "
        "boats arrived,” the authority said.",
    )
    assert [q.speaker for q in found] == ["Coast Guard Authority", "Coast Guard Authority"]


def test_a_sentence_glued_to_a_quotation_and_a_name_after_with(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Kazakhstan may join the pact after President Timur Aliyev stated an interest in "
        'it."We need one thing: open borders," he said at a meeting with Prime Minister Olga '
        'Brant in Astana on Monday."We want support on this," he said.',
    )
    assert [q.speaker for q in found] == ["Timur Aliyev", "Timur Aliyev"]


def test_an_inverted_organization_speaker_before_in_a_statement(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Transport Minister Lars Holm visited the port of Bergen on Friday.",
        "“Our ports stay open to every ship,” said the Norwegian Coastal Administration in a "
        "statement.",
    )
    assert [q.speaker for q in found] == ["Norwegian Coastal Administration"]


def test_a_spokesman_in_someones_possessive_is_an_unnamed_source(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "President Ana Vale met farmers in Salta on Monday.",
        "“We will not cut the subsidies,” Vale's spokesman said.",
        "“The talks went well,” Vale's spokesman Tomas Reed told reporters.",
    )
    assert [q.speaker for q in found] == [None, "Tomas Reed"]


def test_the_sentence_after_a_quote_may_name_its_source(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Transport Minister Lars Holm visited the port of Bergen on Friday.",
        "“Our ports stay open to every ship. Trade will go on.” The remarks by Finance "
        "Minister Ana Vale came as talks with the unions resumed in Oslo.",
    )
    assert [q.speaker for q in found] == ["Ana Vale"]


def test_a_verb_after_and_keeps_the_subject_and_a_name_before_saying_is_its_subject(
    enricher: Enricher,
) -> None:
    found = quotes(
        enricher,
        "“The audit found nothing,” Senator Paula Greer said.",
        "Mark Osei, a spokesman for the governor, called Greer’s remarks “reckless” and said "
        "they rested on the word of Tom Baird, who has since resigned.",
        "Spokeswoman Ines Roth denied reports of Senator Paula Greer saying “the audit was "
        "rigged” during a closed hearing.",
    )
    assert [q.speaker for q in found] == ["Paula Greer", "Mark Osei", "Paula Greer"]


def test_spanish_preterite_reporting_verb_before_the_speaker(enricher: Enricher) -> None:
    found = enriched(
        enricher,
        "La ministra de Economía, Ana Ruiz, visitó Lima el lunes.",
        '"Es un error histórico", aseveró el senador Pablo Soto en la radio.',
        language="es",
    ).quotes
    assert [(q.speaker, q.text) for q in found] == [("Pablo Soto", "Es un error histórico")]


def test_a_name_in_a_relative_clause_after_an_inverted_verb_is_not_the_speaker(
    enricher: Enricher,
) -> None:
    found = quotes(
        enricher,
        "Prime Minister Helga Strand said on Friday the treaty was a good one.",
        "“Nobody can live with these prices,” said the premier, who attended the "
        "inauguration of President Tomas Berg in Riga on Thursday.",
    )
    assert [q.speaker for q in found] == ["Helga Strand"]


def test_a_lead_names_its_first_speaker_after_the_role(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Norway's trade minister met her Chilean counterpart on Monday and called the "
        "salmon deal “a turning point” for both coasts. Trade Minister Karin Moe said she had "
        "also met Chile's Economy Minister Ana Soto.",
        "Ana Soto will visit Oslo in May. Soto leads the talks for Chile.",
    )
    assert [q.speaker for q in found] == ["Karin Moe"]


def test_a_quotation_left_open_ends_where_a_mark_opens_the_next(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        'Ambassador Claire Morel praised the agency and called it "a pillar of the free press. '
        '"I wish the agency a long life and many more years of independent news," the '
        "ambassador said.",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Claire Morel", "a pillar of the free press."),
        ("Claire Morel", "I wish the agency a long life and many more years of independent news,"),
    ]


def test_the_partner_of_an_inverted_verb_is_not_the_speaker(enricher: Enricher) -> None:
    found = quotes(
        enricher,
        "Foreign Minister Lars Holm met Ana Vale, the head of the Port Authority, in Oslo.",
        "“Our ports are open,” said the minister at a news conference with Ana Vale.",
        "“Prices will fall,” according to Vale.",
    )
    assert [q.speaker for q in found] == ["Lars Holm", "Ana Vale"]
    spanish = enriched(
        enricher,
        "El presidente de Argentina, Mauricio Macri, llegó a Lima.",
        '"Hay presos políticos", declaró el mandatario ante Pedro Pablo Kuczynski.',
        language="es",
    ).quotes
    assert [q.speaker for q in spanish] == ["Mauricio Macri"]


@pytest.mark.parametrize("paragraph", ["The vote is over ”", "The vote is over '", 'Lee said"'])
def test_a_lone_mark_ending_a_paragraph_is_read_without_error(
    enricher: Enricher, paragraph: str
) -> None:
    found = quotes(enricher, "Senator Ann Lee spoke on Monday.", paragraph)
    assert all(q.text for q in found)
