"""Regression tests for the extractor errors found on the first held-out corpus (issue 6).

Each test is named after the error the first run on `tests/fixtures/articles_heldout/`
showed; the wordings are those of the excerpts (shortened), so each rule is checked on
real prose. See that corpus's README for the scores before and after these fixes.
"""

from __future__ import annotations

import pytest

from etl.extract.candidates import explain_article, extract_article
from etl.extract.numbers import scan
from etl.extract.text import Article
from etl.places import Gazetteer
from etl.quantities import parse_figure


def article(text: str) -> Article:
    return Article(text, "t.txt", "https://example.org/a", "Example Wire", "2024-05-06")


def by_figure(text: str) -> dict[str, dict]:
    return {row["figure"]: row for row in extract_article(article(text))}


def dropped(text: str) -> dict[str, str]:
    return {d.text: d.reason for d in explain_article(article(text))[1]}


def reconnection(row: dict) -> bool:
    """Proposed as a count of connections restored, not as an outage (see `candidates._row`)."""
    return row["metric"] == "consumers_reconnected" and row["notes"].startswith("restored:")


def test_word_number_with_a_power_unit_is_a_figure():
    rows = by_figure("Ukraine has already lost nine gigawatts of generation capacity as a result of Russian "
                     "attacks, Prime Minister Denys Shmyhal said.")
    assert rows["nine gigawatts"]["value"] == "9000" and rows["nine gigawatts"]["unit"] == "MW"
    assert rows["nine gigawatts"]["claimant"] == "Prime Minister Denys Shmyhal"


def test_word_number_hyphenated_with_hour_is_an_outage_length():
    rows = by_figure("Ukrainians may face up to eight-hour outages as the country deals with major damage to "
                     "its power stations.")
    assert (rows["up to eight-hour"]["value_high"], rows["up to eight-hour"]["unit"]) == ("8", "hours")


def test_four_dozen_is_48_not_4():
    assert parse_figure("about four dozen").value == 48
    rows = by_figure("The enemy attacked the district twice, firing about four dozen shells at the hromada.")
    assert rows["about four dozen"]["value"] == "48"


def test_list_that_names_the_counted_noun_once_gives_one_row_per_place():
    text = ("As a result of the attack, more than 40,000 consumers in Kyiv region, 20,000 in Odesa, 13,000 in "
            "Chernihiv, over 21,000 in Dnipropetrovsk region and over 8,000 in Kharkiv region were left without "
            "electricity by morning, the ministry noted.")
    rows = by_figure(text)
    assert {f: rows[f]["place"] for f in rows} == {
        "more than 40,000": "Kyiv region", "20,000": "Odesa", "13,000": "Chernihiv",
        "over 21,000": "Dnipropetrovsk region", "over 8,000": "Kharkiv region"}


def test_of_them_takes_the_noun_counted_just_before():
    found, _ = scan(text := "more than 34,000 consumer metering points (213 settlements, 19 of them partially) "
                    "were without electricity", 0, len(text))
    assert [(m.figure, m.noun_class) for m in found][-1] == ("19", "places")


def test_dated_dateline_is_not_the_figures_place():
    rows = by_figure("Kyiv, 5 April 2023 – Attacks on Ukraine’s energy infrastructure has caused over US$10 "
                     "billion in damages, according to an assessment from the World Bank.")
    assert rows["over US$10 billion"]["place"] == "Ukraine"


def test_dnipro_hpp_is_in_zaporizhzhia_not_the_city_of_dnipro():
    rows = by_figure("Also, eight missiles hit the Dnipro HPP, putting the facility out of order.")
    assert rows["eight"]["place"] == "Dnipro HPP"
    assert rows["eight"]["check"] == "ok" or "place" not in rows["eight"]["check"]


def test_launched_count_is_not_taken_for_a_shot_down_one():
    text = ("The shelling was massive — the Russians launched 99 missiles and kamikaze drones over Ukraine, and "
            "the air defense forces shot down 58 Shahed drones and 26 missiles.")
    assert set(by_figure(text)) == {"99"}
    assert dropped(text)["58"].startswith("shot down")


def test_total_of_a_salvo_after_shot_down_n_of_the_is_the_launched_count():
    rows = by_figure("The Air Force said it shot down 18 of the 33 cruise missiles launched from the air and sea "
                     "at energy facilities.")
    assert set(rows) == {"33"}


def test_shoot_down_in_the_infinitive_is_an_interception():
    text = ("For the attack, they used 63 kamikaze drones and 88 missiles. Anti-aircraft defense managed to shoot "
            "down 55 Shahed UAVs and 37 missiles.")
    assert set(by_figure(text)) == {"63", "88"}


def test_the_other_two_hit_is_a_hit_count():
    text = ("According to him, Ukrainian air defense destroyed four Russian rockets, but the other two hit an energy "
            "facility in Lviv region.")
    rows = by_figure(text)
    assert set(rows) == {"two"}
    assert rows["two"]["place"] == "Lviv region"


def test_restored_power_to_n_people_is_a_reconnection_not_an_outage():
    # Since held-out 57-59, restorations are proposed as what they are rather than dropped.
    text = ("In Zaporizhzhia, energy workers restored power to 20,541 people after the Russian shelling. Due to "
            "shelling, more than 70,000 subscribers remained without electricity.")
    rows = by_figure(text)
    assert reconnection(rows["20,541"]) and rows["more than 70,000"]["metric"] == "consumers_without_power"


def test_costs_and_facilities_of_other_sectors_are_not_figures():
    text = ("Roads suffered some 24.8 billion euros in damage due to shelling. At least 7.5 billion euros of damage "
            "has been dealt by direct strikes against energy infrastructure targets, and at least 126 railway "
            "stations have been attacked.")
    assert set(by_figure(text)) == {"At least 7.5 billion euros"}


def test_one_of_the_two_stations_is_not_a_count():
    text = ("The Hydroelectric Power Station-2, one of the two stations of the Dnipro HPP, was damaged in the "
            "attack.")
    assert by_figure(text) == {}


def test_hours_of_blackout_after_after_are_the_outage_length():
    rows = by_figure("The plant is again connected to the power system after 10 hours of blackout due to a "
                     "missile attack.")
    assert rows["10 hours"]["unit"] == "hours"
    assert "24 hours" in dropped("Over the past 24 hours, 12 drones hit substations.")


def test_dot_as_thousands_separator_in_a_count_of_people():
    rows = by_figure("In a couple of days, 50.000 Ukrainians in this town will have water again after the water "
                     "supply was cut off by the dam's destruction.")
    row = rows["50.000"]
    assert row["value"] == "50000"
    assert "the ETL reads '50.000' as 50" in row["notes"]  # flagged for the reviewer, confidence capped
    assert float(row["confidence"]) <= 0.5


def test_participle_after_a_name_keeps_the_name_as_claimant():
    rows = by_figure("President Volodymyr Zelensky, addressing on Tuesday at a conference on Ukraine’s reconstruction, said "
                     "Russia had damaged half of his country’s electricity-generating capability.")
    assert rows["half"]["claimant"] == "President Volodymyr Zelensky"


def test_source_line_attributes_the_paragraphs_after_it():
    text = ("Source: Mykola Lukashuk, Head of Dnipropetrovsk Oblast State Administration\n\n"
            "Details: the shelling damaged power lines. As a result, nine settlements, amounting to approximately "
            "60,000 consumers, were left without water.")
    rows = by_figure(text)
    assert rows["approximately 60,000"]["claimant"] == "Mykola Lukashuk"


def test_he_after_a_surname_seen_in_a_full_name_is_that_person():
    text = ("Source: Dmytro Bryzhynskyi, Head of Chernihiv Oblast Military Administration, on Facebook\n\n"
            "\"The enemy carried out an attack on a critical infrastructure facility in Chernihiv,\" Bryzhynskyi "
            "reported.\n\nHe said that as a result of the strike, around 30,000 residents of Chernihiv have been cut "
            "off from the power grid.")
    assert by_figure(text)["around 30,000"]["claimant"] == "Bryzhynskyi"  # not the unresolved "He"


def test_ukrainian_air_defence_is_an_actor_not_the_figures_place():
    text = ("282 towns and villages in Lviv region are left without power supply, governor Maksym Kozytskyi stated.\n\n"
            "According to him, Ukrainian air defense destroyed four Russian rockets, but the other two hit an energy "
            "facility.")
    assert by_figure(text)["two"]["place"] == "Lviv region"


def test_countrys_largest_plant_points_to_the_plant_not_the_country():
    text = ("Russian forces have launched over 20 missiles at the Dnipro Hydroelectric Power Plant since January, "
            "Governor Ivan Fedorov said.\n\nUkraine's largest hydroelectric power plant was hit with eight Russian "
            "missiles on March 22, which led to the loss of a third of its capacity.")
    rows = by_figure(text)
    assert rows["eight"]["place"] == rows["over 20"]["place"] == "Dnipro Hydroelectric Power Plant"


def test_places_in_a_long_including_list_are_examples():
    text = ("- Energy: Damage worth $14.6 billion, including the total destruction of the Kakhovka and Dnipro "
            "hydropower plants, Trypillia and Zmiiv thermal power stations, as well as severe damage to power "
            "substations.")
    assert by_figure(text)["$14.6 billion"]["place"] == "Ukraine"


# Errors of the first run on the second held-out corpus (`tests/fixtures/articles_heldout2/`).


def test_shot_down_n_from_a_total_of_m_keeps_only_the_total():
    rows = by_figure("A statement by Kyiv’s military administration later said at least 22 drones from a total of 40 "
                     "were shot down over the city during the attack on energy facilities.")
    assert set(rows) == {"40"}


def test_one_missile_next_to_another_weapon_count():
    rows = by_figure("Russian forces attacked energy infrastructure as they launched 56 drones and one missile in an "
                     "overnight assault on Ukraine.")
    assert rows["one"]["value"] == "1"
    assert rows["56"]["place"] == rows["one"]["place"] == "Ukraine"


def test_fallen_by_two_thirds_is_a_share():
    rows = by_figure("It said that Ukraine’s power generation capacity had fallen by two-thirds since the invasion "
                     "because of strikes on power plants.")
    assert rows["two-thirds"]["unit"] == "percent"


def test_same_share_of_two_different_things_is_two_claims():
    rows = by_figure("About half of Ukraine’s power generation capacity was destroyed or damaged, and approximately "
                     "half of the large network substations were damaged by missiles.")
    assert set(rows) == {"About half", "approximately half"}


def test_same_count_of_people_and_subscribers_is_one_claim():
    text = ("The strike left 17,000 people without power. \"Last night, the Russians hit an energy facility. About "
            "17,000 subscribers were left without electricity,\" the utility stated.")
    assert set(by_figure(text)) == {"17,000"}


def test_killing_n_people_is_a_casualty_count():
    text = "Russia fired around 90 missiles at energy facilities across the country, killing at least five people."
    assert set(by_figure(text)) == {"around 90"}
    assert dropped(text)["at least five"] == "casualties"


def test_capital_that_speaks_is_the_government_not_a_place():
    rows = by_figure("Russia mounted what Kyiv says was its largest bombardment, firing around 90 missiles and 60 "
                     "drones at energy facilities across the country.")
    assert rows["around 90"]["place"] == rows["60"]["place"] == "Ukraine"


def test_name_then_non_title_appositive_keeps_the_name():
    rows = by_figure("“By now, 65% of Ukraine’s own energy production capacities has been destroyed,” Matthias "
                     "Schmale, resident and humanitarian coordinator in Ukraine, told journalists.")
    assert rows["65%"]["claimant"] == "Matthias Schmale"


def test_title_then_name_appositive_keeps_the_name():
    rows = by_figure("DTEK's CEO, Maxim Timchenko, stated that the russian strikes have knocked out 80% of the "
                     "company's generation capacity.")
    assert rows["80%"]["claimant"] == "Maxim Timchenko"


def test_he_before_any_name_is_the_person_named_soon_after():
    text = ("\"More than 800 heating supply facilities have been destroyed or damaged,\" he said.\n\n"
            "According to Shmyhal, the fund has raised more than EUR 410 million for repairs.")
    assert by_figure(text)["More than 800"]["claimant"] == "Shmyhal"  # the hedge after the quote mark too


def test_our_region_points_back_past_the_country():
    text = ("Maksym Kozytskyi reported on the situation in the Lviv region.\n\n"
            "Most missiles were shot down by the Air Forces of the Armed Forces of Ukraine.\n\n"
            "As a result of rocket attacks, three energy infrastructure facilities in our region were critically "
            "damaged.")
    assert by_figure(text)["three"]["place"] == "Lviv region"


def test_unnamed_regions_widen_the_scope_to_the_country():
    text = ("Russian forces attacked energy infrastructure in the southern region of Mykolaiv.\n\n"
            "The Ukrainian air force also reported five hits to infrastructure facilities in regions near the "
            "front line.")
    assert by_figure(text)["five"]["place"] == "Ukraine"


def test_military_facilities_are_not_energy_facilities():
    text = ("The Ministry added that two electronic warfare stations and four field ammunition depots were "
            "destroyed, while strikes hit energy facilities.")
    assert by_figure(text) == {}


def test_it_later_emerged_is_not_the_source_lines_claim():
    text = ("Source: Mikhail Razvozhayev, the Kremlin-appointed head of Sevastopol\n\n"
            "Details: It later emerged that 80% of Sevastopol had been cut off from electricity.")
    assert by_figure(text)["80%"]["claimant"] == ""


# Errors of the first run on the third held-out corpus (`tests/fixtures/articles_heldout3/`).


def test_outage_counts_with_the_noun_left_out_before_in_a_place():
    rows = by_figure("Other areas across the country also reported blackouts, including about 200,000 in the western "
                     "Khmelnytsky region and nearly 260,000 in the southern region of Odesa.")
    assert {f: r["place"] for f, r in rows.items()} == {"about 200,000": "Khmelnytsky region",
                                                         "nearly 260,000": "Odesa"}


def test_and_another_n_in_a_place_takes_the_noun_and_its_own_place():
    rows = by_figure("Regional officials said at least another 280,000 people were cut off in the western Rivne "
                     "region and another 215,000 in the northwestern Volyn region.")
    assert rows["215,000"]["place"] == "Volyn region"


def test_taken_out_is_damage():
    rows = by_figure("Russia has taken out around half of Ukraine's power generation capacity in the last three "
                     "months.")
    assert rows["around half"]["unit"] == "percent"


def test_paragraph_closed_by_dash_the_ministry_said_is_the_ministrys():
    text = ("Almost 80,000 people are left without heat after the attack on Odesa, the Ministry of Development "
            "reported, UNN reports.\n\n"
            "Two district boiler houses in Odesa were de-energized, leaving 489 residential buildings and 14 schools "
            "without heating. In total, almost 80 thousand people are without heat - the ministry said.")
    article_ = Article(text, "t.txt", "https://example.org/a", "UNN", "2025-02-19")
    rows = {row["figure"]: row for row in extract_article(article_)}
    assert rows["489"]["claimant"] == rows["14"]["claimant"] == "the Ministry of Development"


def test_same_count_of_drones_and_uavs_is_one_claim():
    text = ("Since the beginning of the year, Russia has launched 1,800 missiles and 50,000 drones at energy "
            "facilities, the deputy minister Roman Andarak reported. \"This year alone, the Russians have launched "
            "1,800 missiles and 50,000 UAVs at our energy facilities,\" he said.")
    assert sorted(by_figure(text)) == ["1,800", "50,000"]


def test_as_reported_by_names_the_source_not_as():
    rows = by_figure("As reported by Ukrinform, two substations were damaged in the attack on the energy facility.")
    assert rows["two"]["claimant"] == "Ukrinform"


def test_unresolved_it_is_no_claimant():
    rows = by_figure("\"The losses from damage to gas infrastructure reached UAH 9.9 billion,\" it says.")
    assert rows["UAH 9.9 billion"]["claimant"] == ""


def test_two_pipelines_in_two_listed_regions_are_the_countrys():
    rows = by_figure("Russian shelling damaged two main gas pipelines in Donetsk and Luhansk regions, but hostilities "
                     "make it impossible to access them.")
    assert rows["two"]["place"] == "Ukraine"


def test_units_of_vehicles_count_vehicles_not_facilities():
    text = ("5,000 km of gas distribution networks and 311 units of high-tech modern vehicles were destroyed by "
            "the attacks.")
    assert "311" not in by_figure(text)


def test_plants_a_company_operated_describe_it():
    text = "It operated two other power plants, one of which was destroyed in late March by missile strikes."
    assert "two" not in by_figure(text)


def test_funding_for_economic_recovery_is_another_sector():
    text = "The United States will also provide at least $1.4 billion to support Ukraine's economic recovery."
    assert by_figure(text) == {}


# Errors of the first run on the fourth held-out corpus (`tests/fixtures/articles_heldout4/`).


def test_companies_left_without_power_are_counted():
    rows = by_figure("As a result of a Russian attack, power lines have been damaged and 53,000 households and 2,400 "
                     "companies have been left without power.")
    assert set(rows) == {"53,000", "2,400"}


def test_hospitals_and_institutions_left_without_heat_are_an_outage():
    rows = by_figure("Six hospitals and more than 150 educational institutions were left without heat, as well as "
                     "another 3,000 houses. Lysak added that one medical facility experienced a power outage.")
    assert {"Six", "more than 150", "one"} <= set(rows)


def test_damage_to_schools_and_homes_is_another_sector():
    text = ("At least 411 educational institutions, 36 health care facilities and 1,600 residential buildings were "
            "damaged, destroyed or captured.")
    assert by_figure(text) == {}


def test_over_a_thousand_missiles():
    rows = by_figure("Since October 10, Russia has launched over a thousand missiles at Ukrainian energy facilities.")
    assert rows["over a thousand"]["value_low"] == "1000"


def test_one_fourth_is_a_quarter():
    rows = by_figure("He said some 12 million Ukrainians, or roughly one-fourth of the population, were living with "
                     "power outages.")
    assert rows["roughly one-fourth"]["value"] == "25"


def test_hyphenated_million_euro_and_hour_adjectives():
    assert parse_figure("400-million euro").value == 400_000_000
    assert parse_figure("12-hour").unit == "hours"
    rows = by_figure("Donor pledges for energy repairs quickly surged past the 400-million euro mark.")
    assert rows["400-million euro"]["unit"] == "EUR" and "ETL reads" not in rows["400-million euro"]["notes"]


def test_billions_of_dollars_is_a_vague_money_figure():
    assert (parse_figure("billions of dollars").unit, parse_figure("billions of dollars").low) == ("USD", 1e9)
    rows = by_figure("Officials have estimated the damage to power plants could take billions of dollars to repair.")
    assert rows["billions of dollars"]["value_low"] == "1000000000"


def test_outages_as_a_result_of_bad_weather_are_not_the_wars():
    text = ("More than 7,000 households have had their power cut off as a result of Russian attacks. Another 6,000 "
            "households have temporarily lost power as a result of bad weather: wind gusts damaged power lines.")
    assert set(by_figure(text)) == {"More than 7,000"}


def test_heat_no_longer_supplied_is_an_outage():
    rows = by_figure("Missile explosions damaged central heating pipelines and heat is no longer being supplied to "
                     "123 blocks of flats.")
    assert "123" in rows


def test_he_after_a_sentence_naming_a_person_is_that_person():
    text = ("Ukrainian President Volodymyr Zelensky addressed Tuesday’s donor conference. He said some 12 million "
            "Ukrainians were living with power outages.")
    assert by_figure(text)["some 12 million"]["claimant"] == "Volodymyr Zelensky"


# Errors of the first run on the fifth held-out corpus (`tests/fixtures/articles_heldout5/`).


def test_solar_panels_and_power_grids_are_facilities():
    text = ("More than 100 solar panels were damaged by shelling. Two power grids were cut in the city, and more "
            "than 3,000 residents are without electricity.")
    assert {"More than 100", "Two", "more than 3,000"} <= set(by_figure(text))


def test_air_defences_plural_destroyed_is_an_interception():
    text = ("Russian forces had fired 78 attack drones and six missiles at energy facilities. Air defences destroyed "
            "66 drones and four missiles, it added.")
    assert set(by_figure(text)) == {"78", "six"}


def test_a_hundred_missiles():
    rows = by_figure("The attack on energy facilities involved more than a hundred missiles and a hundred drones.")
    assert set(rows) == {"more than a hundred", "a hundred"}


def test_one_hour_outages():
    rows = by_figure("The governor says one-hour outages will begin there on Monday after strikes on substations.")
    assert rows["one-hour"]["unit"] == "hours"


def test_problems_with_water_supplies_is_an_outage():
    rows = by_figure("Oleksiy Kuleba said two million customers in Kyiv temporarily faced problems with water "
                     "supplies.")
    assert rows["two million"]["value"] == "2000000"


def test_drones_lost_to_electronic_warfare_are_not_launched():
    text = ("Zelenskyy said that the Russian forces launched more than 40 missiles and more than 70 drones at gas "
            "infrastructure. Another 27 drones were “lost,” in reference to Kyiv using electronic warfare.")
    assert set(by_figure(text)) == {"more than 40", "more than 70"}


def test_hundred_is_a_scale_word_in_the_etl_too():
    assert parse_figure("two hundred").value == 200
    assert parse_figure("more than a hundred").low == 100
    rows = by_figure("The strike on the power grid involved more than a hundred missiles.")
    assert rows["more than a hundred"]["value_low"] == "100"


def test_damaged_enterprises_are_another_sector_but_solar_panels_are_energy():
    text = ("Buildings and equipment of three local enterprises, as well as more than 100 solar panels were damaged "
            "by shelling.")
    assert set(by_figure(text)) == {"more than 100"}


# Errors of the first run on the seventh held-out corpus (`tests/fixtures/articles_heldout7/`).


def test_boiler_houses_are_heating_facilities_not_housing():
    rows = by_figure("As of July 12, 336 boiler houses were affected by the attacks on heating infrastructure.")
    assert "336" in rows


def test_noun_after_a_closing_quotation_mark_is_counted():
    rows = by_figure("“More than 50” cruise missiles were launched at energy targets across the country early on "
                     "Monday, the Ukrainian army said.")
    assert rows["More than 50"]["value_low"] == "50"


def test_times_over_the_past_months_is_a_count_not_a_ratio():
    rows = by_figure("\"Our thermal power plants have been attacked 48 times over the past six months,\" the CEO said.")
    assert rows["48"]["value"] == "48"
    assert "three" not in by_figure("Gas prices rose three times over after the strikes on gas production.")


def test_a_loan_for_gas_imports_is_a_cost():
    rows = by_figure("Naftogaz secured a $70 million loan to help pay for gas imports after the strikes.")
    assert rows["$70 million"]["unit"] == "USD"


# Errors of the eighth held-out corpus and earlier ones still open (`tests/fixtures/articles_heldout{6,7,8}/`).


def test_money_with_a_decimal_is_not_a_clock_time():
    rows = by_figure("The initial estimate for total recovery and reconstruction needs is $5.04 billion, "
                     "according to the report.")
    assert rows["$5.04 billion"]["value"] == "5040000000"


def test_possessive_fund_is_a_cost_word():
    rows = by_figure("Of this amount, EUR 192 million has actually been transferred to the Fund’s account by "
                     "15 public and private donors.")
    assert rows["EUR 192 million"]["unit"] == "EUR"


def test_noun_after_a_list_of_adjectives_is_counted():
    rows = by_figure("The Ukrainian air force said Russia had carried out a combined attack, using 19 cruise, "
                     "ballistic and guided missiles against gas production facilities in the Poltava region.")
    assert rows["19"]["value"] == "19"
    assert "12" not in by_figure("The strike left 12 injured, and 3 substations were damaged.")


def test_one_gigawatt_is_a_capacity():
    rows = by_figure("Ukraine lost one gigawatt (GW) of electricity generation in the explosions that hit the "
                     "country's power plants overnight.")
    assert (rows["one gigawatt"]["value"], rows["one gigawatt"]["unit"]) == ("1000", "MW")


def test_hours_of_blackouts_a_day_are_hours_per_day():
    assert parse_figure("up to 20 hours of blackouts a day").unit == "hours_per_day"
    rows = by_figure("Ukrainians could experience up to 20 hours of blackouts a day, Dmytro Sakharuk said.")
    assert rows["up to 20 hours of blackouts a day"]["unit"] == "hours_per_day"
    rows = by_figure("The damage is believed to lead to outages of four hours or more a day, according to Ukrenergo.")
    assert rows["four hours or more a day"]["unit"] == "hours_per_day"


def test_count_of_people_left_unnamed_before_without_power():
    rows = by_figure("Russian attacks killed four people and left hundreds of thousands without power and many "
                     "without water in Ukraine's Chernihiv region on Tuesday.")
    assert rows["hundreds of thousands"]["value"] == "100000"


def test_premises_and_electricity_producers_are_counted():
    rows = by_figure("In Marganets, the enemy damaged a high-voltage line, as a result of which more than 2.2 "
                     "thousand premises were left without electricity.")
    assert rows["more than 2.2 thousand"]["value_low"] == "2200"
    assert "three" in by_figure("Russian missiles struck three electricity producers in Ukraine on Wednesday alone.")


def test_expenses_are_a_cost_word():
    rows = by_figure("An additional $0.5 billion accounts for expenses related to debris clearance and dismantling "
                     "work at damaged energy sites.")
    assert rows["$0.5 billion"]["unit"] == "USD"


def test_missiles_sent_towards_the_country_are_national():
    text = ("Russia launched the biggest attack on the energy facilities of Ukraine overnight, targeting Naftogaz "
            "facilities in Kharkiv and Poltava regions. According to Ukraine's air force, Russia sent 35 missiles "
            "and 381 drones towards Ukraine.")
    assert by_figure(text)["35"]["place"] == "Ukraine"


# Errors of the first run on the ninth held-out corpus (`tests/fixtures/articles_heldout9/`).


def test_a_billion_dollars_is_money():
    rows = by_figure('Quote: "Today, we\'re talking about over a billion dollars in damage to energy facilities," '
                     "said Halushchenko.")
    assert rows["over a billion dollars"]["unit"] == "USD"


def test_struck_with_artillery_nine_times_counts_attacks():
    rows = by_figure("“Last night the aggressor struck the Nikopol district with heavy artillery nine times. Deadly "
                     "projectiles hit Nikopol and Marhanets,” the report states.")
    assert rows["nine"]["value"] == "9"


def test_mentioned_and_pointed_out_are_attribution_cues():
    rows = by_figure("Noda also mentioned that by June 2024, Russian attacks had destroyed 80% of Ukraine's thermal "
                     "power generation capacity.")
    assert rows["80%"]["claimant"] == "Noda"


def test_as_reported_names_no_claimant():
    rows = by_figure("As reported, 93,700 consumers in Kherson were left without power supply due to Russian "
                     "massive shelling in the evening on December 26.")
    assert rows["93,700"]["claimant"] == ""


def test_household_buildings_are_housing_not_households():
    assert "10" not in by_figure("In Marhanets, a total of 12 detached houses and 10 household buildings were "
                                 "damaged, as well as a gas pipeline and a power transmission line.")


# Errors of the first run on the tenth held-out corpus (`tests/fixtures/articles_heldout10/`).


def test_the_air_force_commander_said_is_a_claimant():
    rows = by_figure("Ukrainian air defence shot down 35 of 53 Russian missiles and 46 of 47 Russian drones, the air "
                     "force commander said.")
    assert rows["53"]["claimant"] == "the air force commander"


def test_quote_opened_straight_and_closed_curly_has_its_speaker():
    rows = by_figure('"Total damage is estimated at about $9 billion. We are talking about 270 power facilities across '
                     'the country. That is 50% of the entire power grid,” Kovalenko said.')
    assert rows["about $9 billion"]["claimant"] == "Kovalenko"
    assert rows["50%"]["claimant"] == "Kovalenko"  # "That is": the topic of the two sentences before


def test_a_correspondent_reporting_is_not_the_claimant():
    rows = by_figure("Ukrhydroenergo has suffered more than EUR 3 billion in losses, an Ukrinform correspondent reports.")
    assert rows["more than EUR 3 billion"]["claimant"] == ""


def test_tens_of_drones_and_unnamed_people_without_power():
    assert parse_figure("tens").value == 10
    rows = by_figure('Russia also launched "tens of drones" to attack Zaporizhzhia overnight, regional governor Ivan '
                     "Fedorov said on national television.")
    assert rows["tens"]["value_low"] == "10"
    assert "Tens of thousands" in by_figure("Tens of thousands were left without power, the governor said.")


def test_including_n_counts_the_things_just_counted():
    rows = by_figure("Russia damaged 270 power facilities across Ukraine in 2022, including 11 in eight different "
                     "oblasts on the first day of the full-scale invasion, Yasno CEO Serhiy Kovalenko said.")
    assert rows["11"]["value"] == "11"


def test_means_of_air_attack_are_weapons():
    rows = by_figure("The Air Force reported that the enemy used various types of missiles and attack drones, a total "
                     "of 99 means of air attack.")
    assert rows["99"]["value"] == "99"


def test_power_plant_names_give_their_region():
    rows = by_figure('"It was recorded that 4 rockets hit the open switchgear of the Burshtynsk TPP," the message says.')
    assert rows["4"]["place"] == "Burshtynsk TPP"  # an alias of UA-26 (datasets/reference/place_aliases.csv)


def test_the_region_named_only_after_the_figures():
    text = ("A Russian missile hit an underground high-pressure gas pipeline.\n\n"
            "To date, due to enemy shelling, there is no gas supply in 37 settlements of the region, 14.5 thousand "
            "household consumers remain without gas.\n\nSource: Zaporizhzhia OVA.")
    assert by_figure(text)["37"]["place"].startswith("Zaporizhzhia")


# Errors of the first run on the eleventh held-out corpus (`tests/fixtures/articles_heldout11/`).


def test_unmanned_aerial_vehicles_are_weapons_not_vehicles():
    rows = by_figure("Russia launched a massive combined strike using, according to the Air Force, 120 missiles and "
                     "90 unmanned aerial vehicles.")
    assert rows["90"]["value"] == "90"


def test_restored_later_in_another_clause_after_though():
    rows = by_figure("Recent Russian attacks on Ukraine have damaged 350 natural gas facilities in the country though "
                     "production should be largely restored by year-end, Oleksiy Chernyshov said.")
    assert rows["350"]["value"] == "350"


def test_one_before_two_modifiers_and_a_noun():
    rows = by_figure("In the city, 44 boiler houses, one thermal power plant and 46 central heating points were "
                     "damaged, Terekhov said.")
    assert rows["one"]["value"] == "1"


def test_model_name_with_a_slash_before_the_noun():
    rows = by_figure("On the night of December 10, Russian invaders launched 15 Iranian-made Shahed-136/131 kamikaze "
                     "drones in southern Ukraine.")
    assert rows["15"]["value"] == "15"


def test_destroyed_equipment_is_damage_but_donated_equipment_is_not():
    rows = by_figure('"The attacks resulted in the destruction of hundreds of units of costly energy equipment," the '
                     "company stated.")
    assert rows["hundreds"]["value_low"] == "100"
    assert by_figure("More than 1,000 units of various equipment at the stations have been damaged.")
    assert "300" not in by_figure("The energy ministry received 300 units of equipment from partners after the attack.")


def test_supply_in_normal_mode_is_not_an_outage():
    assert reconnection(by_figure("Rescuers localized the fire after the shelling, and 210,000 subscribers are "
                                  "already receiving gas in normal mode.")["210,000"])


def test_capital_in_a_possessive_of_government_and_a_colon_dateline_are_not_places():
    rows = by_figure("Russia's assault, which has destroyed roughly half of the country's electricity generation "
                     "capacity, is a blow to Kyiv’s resilience.")
    assert rows["roughly half"]["place"] == "Ukraine"
    rows = by_figure("Kiev: Russian missile and drone attacks heavily damaged two hydroelectric power plants in "
                     "Ukraine, Ukrhydroenergo said.")
    assert rows["two"]["place"] == "Ukraine"


# Errors of the first run on the twelfth held-out corpus (`tests/fixtures/articles_heldout12/`).


def test_shot_down_in_brackets_belongs_to_the_count_inside_them():
    found, lost = explain_article(article(
        "A total of 84 rockets (43 of which were shot down) and 24 drones (13 shot down) were launched."))
    assert {row["figure"] for row in found} == {"84", "24"}
    assert "43" in {d.text for d in lost}


def test_list_after_a_dash_spells_out_the_shot_down_total():
    rows = by_figure("The Air Force reports that the enemy used 151 drones and missiles to attack Ukraine. Air Defense "
                     "Forces destroyed 92 aerial targets – 55 drones and 37 missiles.")
    assert set(rows) == {"151"}


def test_managed_to_down_and_missiles_were_destroyed_are_interceptions():
    assert set(by_figure("Russia launched 16 missiles and 11 drones at Ukraine. The air force said it had managed to "
                         "down nine of the drones and nine of the missiles.")) == {"16", "11"}
    assert set(by_figure("Russian forces had fired more than 100 missiles on Friday. It said 61 Russian cruise missiles "
                         "were destroyed.")) == {"more than 100"}


def test_shot_down_total_of_the_set_stays_an_interception():
    rows = by_figure("Russia launched 40 drones overnight. At least 22 drones from a total of 40 were shot down over "
                     "the city, the military administration said.")
    assert "At least 22" not in rows


def test_interception_after_the_quote_belongs_to_the_speaker_clause():
    rows = by_figure("“The enemy launched 53 missiles of various types and 47 attack drones,” the air force said, adding "
                     "that it shot down 35 of the missiles and all but one of the drones.")
    assert (rows["47"]["value"], rows["47"]["claimant"]) == ("47", "the air force")


def test_fleet_size_after_of_its_is_not_a_figure():
    assert "six" not in by_figure("DTEK said that five of its six plants had been damaged or destroyed.")


def test_shares_of_people_who_had_supply_and_losses_as_lost():
    rows = by_figure("As of Friday evening, only one-third of the residents had water and heat, and about 40 per cent "
                     "of people had power, Klychko said.")
    assert {"one-third", "about 40 per cent"} <= set(rows)
    assert "$770 million" in by_figure("The energy sector suffered the most. Nuclear power plants lost $770 million.")


def test_hours_of_restrictions_per_day():
    rows = by_figure("When oblenergos apply one stage of outage schedules, it means 4 hours of restrictions per day.")
    assert rows["4 hours of restrictions per day"]["unit"] == "hours_per_day"


def test_restored_in_a_later_and_that_clause_does_not_undo_a_hit():
    rows = by_figure("Tymoshenko said two cruise missiles hit critical infrastructure in Kharkiv and firefighters were "
                     "now on the scene, and that power should soon be restored to vital facilities such as hospitals.")
    assert rows["two"]["value"] == "2"


# Errors of the first run on the thirteenth held-out corpus (`tests/fixtures/articles_heldout13/`).


def test_n_of_m_counts_the_part_and_m_is_the_set_unless_shot_down():
    found, lost = explain_article(article("We have five of six thermal power plants very badly damaged, Sakharuk said."))
    assert [row["figure"] for row in found] == ["five"]
    rows = by_figure("Air defence shot down 35 of 53 Russian missiles and 46 of 47 Russian drones, the commander said.")
    assert {"53", "47"} <= set(rows)  # launched totals


def test_quote_marks_around_a_model_name_before_the_noun():
    found, lost = explain_article(article("Ukrainian air defense forces shot down 61 out of 71 Russian cruise missiles "
                                          "and 5 Iranian «Shahed-136» drones in different regions of Ukraine."))
    assert "5" in {d.text for d in lost if d.reason.startswith("shot down")}  # counted, then set aside


def test_of_which_after_a_comma_makes_the_count_a_launched_total():
    rows = by_figure("The Russian military launched at least 127 missiles of various types and 109 drones that day, "
                     "of which the Ukrainian military shot down 102 missiles and 99 drones.")
    assert set(rows) == {"at least 127", "109"}


def test_ukrainian_drones_shot_down_by_russia_are_not_figures():
    assert "58" not in by_figure("The Russian military said it destroyed Ukrainian equipment, including shooting "
                                 "down 58 Ukrainian drones.")


# Errors of the first run on the fourteenth held-out corpus (`tests/fixtures/articles_heldout14/`).


def test_read_also_glued_to_a_full_stop_starts_a_new_sentence():
    rows = by_figure('"177 settlements in the Nizhyn and Pryluky districts are without power - that\'s nearly 54,000 '
                     'consumers," the statement said.Read also: Electricity restored to over 95% of subscribers.')
    assert "nearly 54,000" in rows and "over 95%" not in rows


def test_only_some_of_which_were_intercepted_keeps_the_launched_count():
    rows = by_figure("Zelensky claimed that Moscow had used more than 40 missiles and 40 drones in the strike, only some "
                     "of which had been intercepted.")
    assert set(rows) == {"more than 40", "40"}


def test_attacks_across_counted_regions_are_national():
    rows = by_figure("From March to August, Russia conducted nine waves of large-scale attacks on energy facilities "
                     "across 20 Ukrainian regions and Kyiv, the report says.")
    assert rows["nine"]["place"] == "Ukraine"


def test_according_to_a_title_then_the_name():
    rows = by_figure("According to the head of the Kharkiv OVA, Oleg Synegubov, 85,000 subscribers in Kharkiv are "
                     "currently without heating.")
    assert rows["85,000"]["claimant"] == "the head of the Kharkiv OVA, Oleg Synegubov"


# Errors of the first runs on the fifteenth and sixteenth held-out corpora
# (`tests/fixtures/articles_heldout15/`, `tests/fixtures/articles_heldout16/`).


def test_a_plant_named_in_lower_case_is_its_alias():
    rows = by_figure("The damage to the Dnipro hydroelectric power plant, which was shelled by Russia on March 22, "
                     "resulted in the loss of 20% of Ukrhydroenergo’s capacity.")
    assert rows["20%"]["place"] == "Dnipro hydroelectric power plant"  # an alias of UA-23, not the city of Dnipro


def test_another_sum_takes_the_cost_words_of_the_sentence_before():
    rows = by_figure("Ukrhydroenergo's losses from the attack on the Kakhovka HPP exceed EUR 2.5 billion. And another "
                     "EUR 500 million were caused by missile fire and drone attacks on the company's stations.")
    assert rows["EUR 500 million"]["unit"] == "EUR"


def test_cost_as_the_value_of_destroyed_assets():
    rows = by_figure("The value of assets that were destroyed and damaged as of November 1, 2022 is UAH 28.184 "
                     "million, the company said.")
    assert rows["UAH 28.184 million"]["unit"] == "UAH"


def test_capacity_down_and_production_cut_are_losses():
    assert "about 50%" in by_figure("“Power generation capacity is down about 50% from 2022 levels,” the spokesman said.")
    assert "nearly 60%" in by_figure("The assault led to a substantial reduction in gas output, cutting nearly 60% of "
                                     "Ukraine's production this month.")


def test_damaged_generators_and_cities_without_heating_are_figures():
    assert "42" in by_figure("Since the beginning of the conflict, 42 of the 94 generators in government-controlled "
                             "territory have been destroyed or damaged by missile or drone strikes.")
    assert "eight" in by_figure("In eight cities of the Donetsk region, there will be no centralized heating in winter.")
    assert "300" not in by_figure("Partners delivered 300 generators to Ukraine this week.")


def test_apartments_that_did_not_have_power():
    assert "450,000" in by_figure("Kyiv Mayor Vitali Klitschko said 450,000 apartments in the capital alone did not "
                                  "have power on Friday.")


def test_managed_to_supply_power_to_is_a_restoration_but_provide_heat_to_is_not():
    assert reconnection(by_figure("Power engineers managed to supply power to three subscribers who had been "
                                  "disconnected from the electricity supply for a long time.")["three"])
    assert "43,000" in by_figure("The city's two boiler rooms, which provide heat to 43,000 households, lost power, "
                                 "said regional governor Serhiy Lysak.")


def test_the_message_says_refers_to_the_source_not_the_reporting_agency():
    text = ("In the Kharkiv Region, a gas pipeline was damaged, and the gas supply to Kupyansk was stopped.\n\n"
            "This was announced by the Ministry of Energy, Ukrainian News Agency reports.\n\n"
            '"Gas supply to the city of Kupyansk has been stopped, about 4,500 consumers are without gas," the message '
            "says.")
    found = extract_article(Article(text, "t.txt", "https://example.org/a", "Ukrainian News Agency", "2024-05-06"))
    assert {row["figure"]: row["claimant"] for row in found}["about 4,500"] == "the Ministry of Energy"


def test_the_statement_reads_is_a_cue():
    rows = by_figure('Russia attacked one of the energy facilities in Sumy region. This was reported by Sumyoblenergo.'
                     '\n\n"Consequently, more than 37 thousand consumers in Romny '
                     'region are temporarily without power," the statement reads.')
    assert rows["more than 37 thousand"]["claimant"] == "Sumyoblenergo"


# Errors of the first run on the seventeenth held-out corpus (`tests/fixtures/articles_heldout17/`).


def test_hyphenated_tens_and_units():
    assert parse_figure("Thirty-five thousand").value == 35000
    assert parse_figure("twenty one").value == 21  # it used to read 20
    rows = by_figure("Thirty-five thousand customers are still without electricity in the liberated territories of "
                     "Kharkiv Oblast, Governor Oleh Syniehubov said.")
    assert set(rows) == {"Thirty-five thousand"}


def test_people_in_the_dark_or_remaining_temporarily_without_power():
    assert "Millions" in by_figure("Millions are in the dark after Russia fired roughly 100 missiles in a widespread "
                                   "attack, according to the Ukrainian Air Force.")
    assert "90,000" in by_figure("Energy companies have already restored power to 40,000 customers through backup "
                                 "systems, while another 90,000 remain temporarily without power.")


def test_arrivals_are_hits_and_out_of_the_grid_is_an_outage():
    assert "17" in by_figure("Kharkiv is in complete blackout mode after 17 arrivals, said regional council deputy "
                             "Skorik.")
    assert "80%" in by_figure("Kyiv region governor Oleksii Kuleba reported a critical situation. 80% of the region "
                              "consumers are out of the grid.")


# Errors of the first runs on the eighteenth and nineteenth held-out corpora
# (`tests/fixtures/articles_heldout18/`, `tests/fixtures/articles_heldout19/`).


def test_a_count_of_things_after_a_date_is_not_a_second_day():
    rows = by_figure("Only on the first day of shelling, October 10, 11 energy facilities were under fire.")
    assert rows["11"]["value"] == "11"
    assert "12" not in by_figure("On October 10, 11 and 12 the attacks on energy facilities continued.")


def test_out_of_n_things_m_counts_the_same_things():
    rows = by_figure("Out of 95 high voltage transformers, 42 have collapsed, disrupting power distribution to "
                     "households.")
    assert rows["42"]["value"] == "42"


def test_hundreds_of_millions_of_euros():
    assert parse_figure("hundreds of millions of euros").value == 100_000_000
    rows = by_figure("The gas transit operator suffered hundreds of millions of euros in damage, its head said.")
    assert rows["hundreds of millions of euros"]["unit"] == "EUR"


def test_the_publishers_agency_reporting_is_not_the_claimant():
    text = ("Ukraine's energy system has lost 27 GW of capacity. This follows from a statement by the press service "
            "of the Ukrenergo company posted on Telegram, the Ukrainian News agency reports.")
    found = extract_article(Article(text, "t.txt", "https://example.org/a", "Ukrainian News", "2024-05-06"))
    assert {row["figure"]: row["claimant"] for row in found}["27 GW"] != "the Ukrainian News agency"


def test_counts_that_leave_their_noun_out_take_the_last_countable_noun():
    assert by_figure("More than 77% of the attacks, 197 in total, occurred between October and February, as stated "
                     "by the Prosecutor General.")["197"]["value"] == "197"
    assert "82" in by_figure("The most attacks on electricity facilities in Ukraine occurred in October 2022, with 82.")
    rows = by_figure("In the Zaporizhzhia region, two settlements were left disconnected, and another three, in the "
                     "Mykolaiv region.")
    assert rows["three"]["place"] == "Mykolaiv region"
    assert "two" in by_figure("Large facilities are affected - thermal power plants in the Donetsk region and two in "
                              "the Dnipropetrovsk region.")
    assert not by_figure("We met two officials and three.")


# Claimant errors of the twentieth and twenty-first held-out corpora.


def test_a_described_speaker_is_not_resolved_to_an_unrelated_name():
    text = ("“Since March it is already the sixth massive attack against the energy infrastructure,” Ukrenergo said.\n\n"
            "Ukrainian air defense shot down 35 of 53 Russian missiles and 46 of 47 Russian drones, the air force "
            "commander said.")
    assert by_figure(text)["53"]["claimant"] == "the air force commander"


def test_a_clause_before_reported_is_not_a_claimant():
    rows = by_figure("Due to Russian missile strikes, two substations of the National Power Company Ukrenergo in the "
                     "south of Ukraine are completely disabled, reported in the NPC Ukrenergo Telegram channel.")
    assert "are completely disabled" not in rows["two"]["claimant"]


# Errors of the twenty-second and twenty-third held-out corpora.


def test_n_out_of_m_of_its_plants():
    found, lost = explain_article(article("The company stated that 5 out of 6 of its thermal power plants have been "
                                          "severely damaged."))
    assert [row["figure"] for row in found] == ["5"]
    assert {"29", "38"} & {row["figure"] for row in extract_article(article(
        "According to the Air Force, the Ukrainian air defense took down 29 out of 38 drones."))} == {"38"}


def test_power_would_be_cut_is_an_outage():
    rows = by_figure("Power would be cut for between eight and 16 hours a day across most regions of Ukraine on "
                     "Sunday, state provider Ukrenergo said.")
    assert rows["16 hours a day"]["unit"] == "hours_per_day"


def test_launched_total_after_a_long_intercepted_subject():
    rows = by_figure("Ukrainian Air Defence reported that 176 missiles and drones out of 188 have been intercepted.")
    assert set(rows) == {"188"}


def test_the_bulk_of_that_sum_takes_the_cost_words_before():
    rows = by_figure("The EU promised an additional €160 million for energy repairs. The bulk of that sum — €96 million "
                     "— will come from profits earned on frozen Russian assets.")
    assert rows["€96 million"]["unit"] == "EUR"


# Errors of the twenty-fourth to twenty-sixth held-out corpora.


def test_children_in_the_cold_and_the_dark_are_an_outage():
    rows = by_figure("“Millions of children are facing a bleak winter huddled in the cold and the dark, with little "
                     "idea of how or when respite will come,” UNICEF said.")
    assert rows["Millions"]["value"] == "1000000"


def test_units_rendered_inoperative_are_damage():
    rows = by_figure("By June, 73 percent of the country’s thermal power generating units had been rendered "
                     "inoperative.")
    assert rows["73 percent"]["value"] == "73"


def test_outages_will_last_hours_a_day_is_no_time_window():
    rows = by_figure("According to experts surveyed by HRMMU, due to the generation deficit in winter, power outages "
                     "will last from 4 to 18 hours a day.")
    row = rows["from 4 to 18 hours a day"]
    assert (row["value_low"], row["value_high"], row["unit"]) == ("4", "18", "hours_per_day")
    assert dropped("Power was restored in the last 24 hours.")["24 hours"] == "window"


def test_blasts_are_counted_attacks():
    assert by_figure("Fifteen blasts struck Kharkiv, while over 53,000 households in Odesa are left powerless.")[
        "Fifteen"]["value"] == "15"


def test_an_additional_count_takes_the_noun_before():
    rows = by_figure("In Chernihiv and its surrounding areas, 29,000 consumers experienced power outages, with an "
                     "additional 43,000 affected in the town of Nizhyn, according to the regional power distribution "
                     "operator on Telegram.")
    assert rows["43,000"]["place"] == "Nizhyn"


def test_share_reduced_by_is_not_merged_with_a_share_of_another_thing():
    rows = by_figure("A report says that more than half of the high-voltage transformers have been destroyed.\n\n"
                     "In addition, the report notes that power generation capacity has been reduced by almost 50 "
                     "percent from previous 2022 levels.")
    assert {"more than half", "almost 50 percent"} <= set(rows)


def test_attacks_on_health_infrastructure_are_another_sector():
    reasons = dropped("The WHO has documented 703 attacks on health infrastructure since Russia’s invasion of "
                      "Ukraine began.")
    assert reasons["703"].startswith("attacks on another sector")
    assert "250" in by_figure("Russia carried out 250 attacks on energy infrastructure in May.")


def test_lives_claimed_are_casualties():
    assert dropped("Ongoing military strikes, with Russian missiles claiming the lives of at least 16 people in "
                   "southern Ukraine’s Odesa.")["at least 16"] == "casualties"


def test_share_of_supply_a_plant_provides_is_no_damage():
    text = ("Nuclear power plants, which provide more than half of Ukraine’s electricity, were preventively "
            "disconnected from the grid to prevent damage.")
    assert dropped(text)["more than half"] == "describes a share of supply, not damage"
    assert "90%" in by_figure("DTEK lost the plants that produced 90% of its electricity in the attack.")


def test_share_compared_with_demand_is_no_second_figure():
    rows = by_figure("These assaults have destroyed around 9 gigawatts of electricity generation capacity – "
                     "equivalent to half of what Ukraine requires during winter months.")
    assert set(rows) == {"around 9 gigawatts"}


def test_a_rise_by_a_share_is_no_damage():
    assert dropped("Ukraine increased electricity supplies from abroad; imports exceeded May's figures by a "
                   "third.")["a third"] == "a rise, not damage"


def test_depriving_localities_of_electricity_is_an_outage():
    rows = by_figure("Plants and hydroelectric dams were targeted on Monday morning, depriving “hundreds of localities "
                     "in seven regions of Ukraine” of electricity, Prime Minister Denys Shmyhal said.")
    assert rows["hundreds"]["value"] == "100"


def test_third_of_three_counts_in_a_list_with_water_towers():
    rows = extract_article(article("In addition, 2 sewage pumping stations, 6 artesian wells, 2 water towers were "
                                   "damaged."))
    assert [row["figure"] for row in rows] == ["2", "6", "2"]


def test_fraction_without_of_after_a_share_with_of():
    rows = by_figure("In Kyiv, nearly half of residents were left without electricity this Friday and two-thirds "
                     "without heating, the mayor of the Ukrainian capital, Vitali Klitschko, said.")
    assert rows["two-thirds"]["value"].startswith("66.6")


def test_houses_destroyed_beside_an_outage_are_housing_damage():
    text = ("According to updated information, 3 houses were destroyed and more than 450 families were left without "
            "electricity due to broken power lines.")
    assert set(by_figure(text)) == {"more than 450"}


def test_apartments_a_damaged_plant_supplied_are_a_figure():
    rows = by_figure("Klitschko said a Russian missile strike damaged a power facility that was supplying electricity "
                     "to 350,000 apartments in Kiev.")
    assert rows["350,000"]["claimant"] == "Klitschko"


def test_read_more_headline_is_not_part_of_the_article():
    text = ("The mayor said 80% of the city was without water.\n\nRead more: Power cuts in 'hundreds of settlements' "
            "in 7 regions after Russia strikes: Kyiv\n\nA barrage of Russian strikes hit critical infrastructure.")
    assert set(by_figure(text)) == {"80%"}


# Errors of the twenty-seventh to twenty-ninth held-out corpora.


def test_a_day_between_commas_is_not_the_subject():
    rows = by_figure("The Operator of the gas transmission system of Ukraine, on Saturday, announced in a statement that "
                     "due to the fighting, the company shut down 16 gas distribution stations.")
    assert rows["16"]["claimant"] == "The Operator of the gas transmission system of Ukraine"


def test_this_estimate_was_published_by_names_who_the_report_is():
    text = ("This estimate was published by the Kyiv School of Economics (KSE), Ukrinform reports.\n\n"
            "\"The energy sector suffered direct losses of USD 56.2 billion,\" the report says.")
    rows = extract_article(Article(text, "t.txt", "https://example.org/a", "Ukrinform", "2024-05-06"))
    assert "Kyiv School of Economics" in rows[0]["claimant"]


def test_until_power_is_restored_is_still_an_outage():
    rows = by_figure("Zelensky highlighted the plight of Kharkiv where 200,000 residents endure a blackout, necessitating "
                     "a city-wide curfew until power is restored.")
    assert rows["200,000"]["value"] == "200000"


def test_heating_disrupted_for_buildings_is_an_outage():
    assert by_figure("Kuleba said heating was disrupted for 155 residential buildings.")["155"]["value"] == "155"
    assert "1.7 million" not in by_figure("Schools may be forced to close and online education will be disrupted "
                                          "for 1.7 million children.")


def test_of_the_missiles_fired_the_count_is_the_launched_one():
    rows = by_figure("The Ukrainian Air Force reported that of the 91 Russian missiles fired at the country, it had "
                     "shot down 75, as well as 35 of 97 Russian drones.")
    assert {"91", "97"} <= set(rows) and "35" not in rows


def test_destroyed_only_and_failing_to_reach_are_interceptions():
    reasons = dropped("While Ukrainian forces managed to intercept most drones, they destroyed only 35 of the 67 "
                      "missiles, with 10 additional missiles failing to reach their targets.")
    assert reasons["35"].startswith("shot down") and reasons["10"].startswith("shot down")


def test_second_item_after_a_bracketed_model_list_is_shot_down_too():
    text = ("At night, the Russian army attacked Ukraine with 42 missiles and 40 attack drones. Air defence forces "
            "destroyed 18 missiles (X-101/X-555, X-59) and 39 drones.")
    assert set(by_figure(text)) == {"42", "40"}


def test_downing_n_of_m_keeps_the_launched_total():
    rows = by_figure("Russia's drone attack cut power to 400,000 consumers, despite Ukraine downing 12 of 13 drones.")
    assert "13" in rows and "12" not in rows


def test_targets_destroyed_by_air_defence_are_interceptions():
    text = ("Russia launched around 120 missiles and 90 drones, Volodymyr Zelensky said. Ukrainian air defences "
            "destroyed more than 144 targets.")
    assert "more than 144" not in by_figure(text)


def test_attack_vehicles_are_weapons():
    rows = by_figure("According to the Ukrainian Air Force, Russia deployed 261 attack vehicles, including 67 missiles "
                     "of various types and 194 drones.")
    assert rows["261"]["claimant"] == "the Ukrainian Air Force"


def test_a_million_outages_count_who_was_cut_off_but_two_outages_do_not():
    rows = by_figure("Ukraine’s energy ministry reported that over half a million outages occurred within the capital.")
    assert rows["over half a million"]["value"] == "500000"
    assert dropped("The attacks resulted in two power outages at a substation.")["two"].startswith("counts outage")


def test_part_of_a_possessive_whole():
    rows = by_figure("Russia's attack targeted two of Ukraine's underground storage facilities (UGS), Naftogaz said.")
    assert rows["two"]["claimant"] == "Naftogaz"
    rows = by_figure("The latest tally is 350 of Ukraine's thousands of heating facilities damaged, the minister said.")
    assert set(rows) == {"350"}


def test_dam_spans_and_one_power_line_are_facilities():
    assert "11" in by_figure("The Kakhovka HPP cannot be restored, as 11 of the 28 spans of the dam have been "
                             "destroyed, Klymenko stated.")
    assert by_figure("The Zaporizhzhia NPP lost one power line.")["one"]["value"] == "1"


def test_but_three_have_been_destroyed_counts_the_lines_before():
    text = "The ZNPP previously had four main lines providing external power, but three have been destroyed."
    assert set(by_figure(text)) == {"three"}


def test_exchange_rate_note_is_no_figure():
    reasons = dropped("Zelenskiy said drones had destroyed more than a third of the energy sector. ($1 = 1.0032 euros)")
    assert reasons["$1"] == reasons["1.0032 euros"] == "an exchange rate"


def test_gdp_forecast_share_is_no_damage():
    assert dropped("Zykova said attacks had destroyed 8 gigawatts of capacity, forcing a fall in the GDP forecast from "
                   "4.6% to 3.5%.")["3.5%"] == "an economic indicator (GDP)"


def test_share_a_new_pipeline_will_supply_is_no_damage():
    assert dropped("The first line of water supply began working, which will provide water to 25% of the "
                   "population of Kryvyi Rih.")["25%"] == "describes a share of supply, not damage"


def test_explosions_heard_are_not_counted_strikes():
    assert dropped("Kharkiv residents heard at least 15 explosions as Russians hit energy infrastructure.")[
        "at least 15"] == "explosions heard, not strikes counted"


# Errors of the thirtieth to thirty-second held-out corpora.


def test_days_without_a_supply_are_an_outage_length_in_hours():
    rows = by_figure("The southern Ukrainian city of Mykolaiv has now been without piped water for four days.")
    assert (rows["four days"]["value"], rows["four days"]["unit"]) == ("96", "hours")
    assert by_figure("Some parts of Kyiv have now been without power for three days.")["three days"]["value"] == "72"
    assert "two days" not in by_figure("For two days, strikes on gas storage facilities have been ongoing without "
                                       "interruption, Naftogaz said.")


def test_restored_within_hours_is_the_expected_outage_length():
    rows = by_figure("In Kyiv, 19,400 consumers were cut off. Power supply will be restored within 3-4 hours, the "
                     "message says.")
    assert (rows["3-4 hours"]["value_high"], rows["3-4 hours"]["unit"]) == ("4", "hours")


def test_elided_count_in_the_region_takes_the_noun_before():
    rows = by_figure("Almost 5,000 consumers in the capital and 1,000 in the region were without power.")
    assert rows["1,000"]["value"] == "1000"


def test_list_of_shahed_counts_over_regions():
    rows = by_figure("The air defense forces shot down two Shahed-136s over the Odessa region, four over the Kherson "
                     "region.")
    assert {"two", "four"} <= set(rows)


def test_cases_of_damage_are_counted():
    assert by_figure("Over the past week, more than 100 cases of damage to electrical networks as a result of "
                     "hostilities have been recorded.")["more than 100"]["value"] == "100"


def test_defeat_of_plants_is_damage_and_a_day_before_the_subject_is_dropped():
    rows = by_figure("Last Saturday, the Ukrainian energy holding DTEK announced the defeat of two thermal power "
                     "plants, one of which was stopped.")
    assert rows["two"]["claimant"] == "the Ukrainian energy holding DTEK"


def test_power_plant_blocks_are_facilities():
    assert "two" in by_figure("The energy authorities in Kyiv reported that two power plant blocks had to be shut "
                              "down due to damage to the power plant.")


def test_cut_off_then_restored_in_brackets_is_still_a_cut():
    rows = by_figure("Due to previous shelling, 16 settlements were cut off in the Dnipropetrovsk Region (all of them "
                     "have already been restored).")
    assert rows["16"]["value"] == "16"


def test_still_without_at_the_end_of_a_sentence_counts_people():
    text = "DTEK said it had restored power to 40,000 customers, however 90,000 were still without."
    rows = by_figure(text)
    assert reconnection(rows["40,000"]) and not reconnection(rows["90,000"])


# Errors of the thirty-third to thirty-fifth held-out corpora.


def test_launched_total_in_n_of_m_launched_at():
    rows = by_figure("Klychko also noted that 21 of 31 rockets launched at Kyiv were shot down by the air defense "
                     "systems.")
    assert set(rows) == {"31"}


def test_one_reactor_and_kalibr_counts():
    assert by_figure("Rivne Nuclear Power Plant disconnected one reactor from the grid.")["one"]["value"] == "1"
    rows = by_figure("Russian troops launched two “Zircon” missiles, 21 Kh-101 cruise missiles and 16 “Kalibers” "
                     "over Ukraine today.")
    assert {"two", "21", "16"} <= set(rows)


def test_after_hours_power_was_restored_is_the_outage_length():
    rows = by_figure("“At night, a Russian UAV attacked a power facility in Rivne region. Consumers lost power, and "
                     "after 2 hours the power supply was restored,” the company said.")
    assert rows["2 hours"]["unit"] == "hours"
    assert dropped("After 2 hours of talks, the ministers agreed on repairs to the grid.")["2 hours"] == "window"


def test_reactors_a_plant_has_are_no_damage():
    text = "The incident underlines the fragility of the supplies that the plant needs to cool its six reactors."
    assert dropped(text)["six"] == "describes what someone operates or owns, not damage"
    assert "two" in by_figure("DTEK said that its two thermal power plants were hit, and equipment was damaged.")


# Errors of the thirty-sixth to thirty-eighth held-out corpora.


def test_hours_every_day_are_hours_a_day():
    rows = by_figure("She says Kyiv residents now must spend five to six hours every day without electricity.")
    row = rows["five to six hours every day"]  # a range since held-out 48-50 (word ranges)
    assert (row["unit"], row["value_low"], row["value_high"]) == ("hours_per_day", "5", "6")


def test_a_city_home_to_millions_is_a_population():
    assert dropped("Kyiv, home to three million people, faces severe power shortages.")["three million"] == (
        "describes a population, not an outage")


def test_rotation_and_hours_with_power_are_no_outage_lengths():
    assert by_figure("In Kyiv, residents prepare for daily blackouts: four hours off, four hours on, all day.") == {}
    rows = by_figure("Officials are predicting a regime of four hours without power, two hours with power.")
    assert set(rows) == {"four hours"}


def test_megawatts_of_the_whole_station():
    rows = by_figure("After the impact, we lost more than 1,000 MW of the 1,500 MW that the station provided.")
    assert set(rows) == {"more than 1,000 MW"}


def test_fired_six_times_counts_attacks():
    assert by_figure("Russians fired six times at the border areas of the Sumy region, damaging a substation.")[
        "six"]["value"] == "6"


def test_hundreds_of_cities_without_electricity():
    assert by_figure("Destroyed power plants again. Hundreds of cities were left without electricity, water, and "
                     "heat.")["Hundreds"]["value"] == "100"


def test_water_intakes_and_one_settlement():
    assert "two" in by_figure("In particular, 17 wells were flooded and two water intakes were destroyed.")
    assert by_figure("According to Khorunzhyy, one settlement in the region, Afanasiivka, is without "
                     "electricity.")["one"]["claimant"] == "Khorunzhyy"


def test_school_of_economics_is_no_other_sector():
    rows = by_figure("The cost? Kyiv’s School of Economics estimates $50 billion in damages to the energy sector.")
    assert rows["$50 billion"]["claimant"] == "Kyiv’s School of Economics"


def test_civilians_forced_to_evacuate_are_casualty_like():
    assert dropped("Eight missiles struck a dam, forcing hundreds of civilians to evacuate their homes.")[
        "hundreds"] == "casualties"


# Errors of the forty-second to forty-fourth held-out corpora.


def test_legal_entities_and_private_individuals_are_consumers():
    rows = by_figure("Currently, 301 private individuals and 22 legal entities are without electricity, the "
                     "regional administration said.")
    assert (rows["301"]["value"], rows["22"]["value"]) == ("301", "22")


def test_supply_cut_to_people_left_unnamed():
    rows = by_figure("The attack destroyed an energy facility and cut power to more than 20,000 residents and heat "
                     "to some 17,000, according to Governor Ivan Fedorov.")
    assert rows["some 17,000"]["claimant"] == "Governor Ivan Fedorov"
    assert by_figure("Russian strikes kill four, cut power to hundreds of thousands in Ukraine’s Chernihiv region")[
        "hundreds of thousands"]["value"] == "100000"
    assert "hundreds of thousands" in by_figure("Russian bombardment causes blackouts for hundreds of thousands in "
                                                "Ukraine")
    # Not a supply: "sent 2,000 to the region" names no outage
    assert by_figure("The government sent 2,000 to the region.") == {}


def test_an_editors_bracketed_noun_is_the_counted_noun():
    rows = by_figure("“More than 100 missiles of different types and a hundred [drones] Shahed” were used on Monday "
                     "against Ukraine's energy system, Zelensky said.")
    assert rows["a hundred"]["value"] == "100"


def test_the_governor_of_a_region_names_the_place():
    rows = by_figure("The governor of Volyn said more than 103,000 households in that region had lost power as a "
                     "result of the attack.")
    assert rows["more than 103,000"]["place"] == "Volyn"
    assert by_figure("Kyiv said 40 drones were launched at power plants.")["40"]["claimant"] == "Kyiv"


def test_said_the_title_then_the_name():
    rows = by_figure("Over 280,000 households in the northwestern Rivne region are currently without electricity "
                     "because of the attack, said the regional head, Oleksandr Koval.")
    assert "Oleksandr Koval" in rows["Over 280,000"]["claimant"]


# Errors of the forty-fifth to forty-seventh held-out corpora.


def test_damaged_before_the_noun_is_an_adjective():
    rows = by_figure("DTEK reports on four damaged thermal power plants and injured energy workers.")
    assert rows["four"]["claimant"] == "DTEK"
    assert by_figure("Two damaged substations were repaired by evening, Ukrenergo said.")["Two"]["value"] == "2"


def test_one_named_missile():
    rows = by_figure("So too were one Zircon hypersonic cruise missile and more than 100 Kalibr cruise missiles.")
    assert set(rows) == {"one", "more than 100"}


def test_parts_of_two_sets_shot_down_give_the_launched_counts():
    text = ("On the night of February 10, Russia again attacked the energy infrastructure of Ukraine with Iranian "
            "drones and missiles ( 5 out of 7 drones and 5 out of 6 Kalibrs were shot down ).")
    assert set(by_figure(text)) == {"7", "6"}
    assert set(by_figure("Five of 6 plants were destroyed, the ministry said.")) == {"Five"}


def test_populated_areas_are_settlements():
    rows = by_figure("In Sumy region, 91 populated areas remain without power, the Ministry of Energy said.")
    assert rows["91"]["claimant"] == "the Ministry of Energy"


def test_a_shortfall_is_an_outage_word_and_what_is_needed_is_no_loss():
    rows = by_figure("The IEA forecasts that during peak electricity demand this winter, a supply of 18.5 gigawatts "
                     "will be needed, but even with imports there may be a shortfall of about 6 gigawatts.")
    assert set(rows) == {"about 6 gigawatts"}


def test_a_given_name_is_no_city():
    rows = by_figure("President Volodimir Zelensky said 40 drones were launched at energy facilities.")
    assert rows["40"]["place"] == "Ukraine"


def test_a_subject_never_ends_with_a_conjunction():
    rows = by_figure("Currently, the total amount of transferred and announced donor contributions to the Fund "
                     "for the restoration of energy now amounts to more than 551 million euros.")
    assert rows["more than 551 million euros"]["claimant"] == ""


def test_information_provided_by_the_government():
    rows = by_figure("According to information provided by the Ukrainian government, nearly 450 drones and more "
                     "than 30 missiles were used in this massive attack on the power grid.")
    assert rows["nearly 450"]["claimant"] == "the Ukrainian government"


def test_missiles_launched_across_the_country_are_national():
    rows = by_figure("More than 70 Russian missiles were launched across the country, including Kyiv, the capital, "
                     "and Kharkiv, hitting power plants.")
    assert rows["More than 70"]["place"] == "Ukraine"


# Errors of the forty-eighth to fiftieth held-out corpora.


def test_attacks_resumed_are_no_restoration():
    rows = by_figure("In March, DTEK’s facilities were subjected to at least 10 attacks as Russia resumed its "
                     "campaign against Ukrainian energy infrastructure.")
    assert rows["at least 10"]["value"] == "10"
    assert reconnection(by_figure("By evening, 20,000 consumers had their power supply resumed.")["20,000"])


def test_casualties_including_children_and_people_trapped():
    reasons = dropped("Ukrainian forces shot down over 20 enemy targets over Kyiv. Due to the attack, 8 people were "
                      "injured, including 2 children.")
    assert reasons["2"] == "casualties"
    assert dropped("Kyiv’s Military Administration reported that ten individuals were trapped under debris at a "
                   "damaged warehouse.")["ten"] == "casualties"


def test_a_city_of_700000_is_a_population():
    assert dropped("A strike on the dam triggered a flood in Kryvyi Rih, a city of about 700,000 people, cutting "
                   "water supply.")["about 700,000"] == "describes a population, not an outage"


def test_increases_are_no_damage_levels():
    text = ("The latest estimate reflects a 7% increase from last year, driven by the destruction of energy "
            "infrastructure. Russia's attacks have pushed damage to the energy sector up by 70% in one year.")
    assert dropped(text)["7%"] == dropped(text)["70%"] == "a rise, not damage"


def test_hours_of_light_a_day_are_supply():
    rows = by_figure("In winter, the electricity deficit will be up to 35%, so Ukrainians could potentially have "
                     "five to six hours of light a day.")
    assert set(rows) == {"up to 35%"}


def test_what_a_company_has_is_no_damage():
    assert set(by_figure("“We have six power plants. Four of them were attacked,” the CEO said.")) == {"Four"}


def test_a_currency_code_written_against_the_number():
    rows = by_figure("The losses of PJSC Centrenergo from Russian attacks on its facilities amounted to "
                     "approximately EUR250 million, said head of the company Yevhen Harkavy.")
    assert (rows["approximately EUR250 million"]["value"], rows["approximately EUR250 million"]["unit"]) == (
        "250000000", "EUR")
    assert by_figure("The Kh101 missile hit a substation in Kyiv.") == {}


def test_autotransformers_blown_up():
    rows = by_figure("The substation has been almost destroyed. Two autotransformers, each weighing 250 tons, were "
                     "blown up.")
    assert set(rows) == {"Two"}


def test_hours_in_a_list_that_says_per_day_once():
    rows = by_figure("When oblenergos use one queue of shutdown schedules, this means 4 hours of restrictions per "
                     "day, two queues – 8 hours of restrictions, three queues – 12 hours of restrictions.")
    assert [rows[f]["unit"] for f in ("4 hours of restrictions per day", "8 hours", "12 hours")] == [
        "hours_per_day"] * 3
    assert "the ETL reads '8 hours'" in rows["8 hours"]["notes"]


def test_hours_a_day_as_a_range_of_words():
    rows = by_figure("Riabstev believes that the country will have to limit energy supplies to eight to fourteen "
                     "hours a day throughout the winter.")
    row = rows["eight to fourteen hours a day"]
    assert (row["value_low"], row["value_high"], row["unit"]) == ("8", "14", "hours_per_day")


# Errors of the fifty-first to fifty-third held-out corpora.


def test_two_third_is_two_thirds():
    rows = by_figure("More than two third of Kyiv residents remain without power, Mayor Klitschko said.")
    assert (rows["More than two third"]["unit"], rows["More than two third"]["value_low"]) == ("percent", "66.6667")


def test_people_unnamed_before_a_place_or_who_had_lost_power():
    rows = by_figure("Meanwhile, hundreds of thousands in Ukraine’s Odesa region were left without power Sunday after "
                     "a drone caused a blaze at an energy facility, Gov. Oleh Kiper said.")
    assert rows["hundreds of thousands"]["place"] == "Odesa region"
    rows = by_figure("Outage schedules were still in place for around 120,000 people in the region, where 700,000 had "
                     "lost electricity after the plant was hit on March 22.")
    assert "700,000" in rows


def test_settlements_attacked_are_where_not_an_outage():
    reasons = dropped("Artiukh said Russian forces have launched 63 attacks on populated areas of Sumy Oblast, "
                      "targeting more than 20 settlements. The governor reported 800 strikes on 18 settlements.")
    assert reasons["more than 20"] == reasons["18"] == "counts where (settlements attacked), not an outage"
    assert "40" in by_figure("Russian strikes left 40 settlements without power.")


def test_the_air_force_destroying_drones_shoots_them_down():
    assert dropped("Kyiv’s air force said it had destroyed 66 out of 100 drones launched by Russia against the power "
                   "grid.")["66"] == "shot down; the article gives launched or hit counts"


def test_a_plants_capacity_and_capacities_before_and_after_a_change():
    assert dropped("The plant, with a capacity of 1,800 MW, was hit by missiles.")["1,800 MW"] == (
        "describes a plant's capacity, not a loss")
    assert dropped("The 1,800 MW plant was hit by missiles.")["1,800 MW"] == "describes a plant's capacity, not a loss"
    assert dropped("The plant's capacity has dropped tenfold – from 1.6 GW to 157 MW – due to attacks.")["157 MW"] == (
        "a capacity before or after a change, not the loss")
    assert "more than nine gigawatts" in by_figure("Russian attacks have destroyed more than nine gigawatts of power "
                                                   "plant capacity since March.")


# Errors of the fifty-fourth to fifty-sixth held-out corpora.


def test_stations_suspended_or_not_running_are_out():
    assert "two" in by_figure("There are two gas distribution stations remaining suspended in the Kyiv and Chernihiv "
                              "regions.")
    assert "39" in by_figure("As of April 19, 39 gas distribution stations in 6 regions of Ukraine were not running.")


def test_supply_restored_in_hours_is_the_outage_length():
    rows = by_figure("Ukrenergo said at 10 a.m. local time that the energy supply will be restored in three to four "
                     "hours.")
    assert (rows["three to four hours"]["value_high"], rows["three to four hours"]["unit"]) == ("4", "hours")


def test_two_more_are_partially_without_power():
    rows = by_figure("\"Currently, 3 settlements are without power, and 2 more are partially without power. Emergency "
                     "crews are working,\" said the head of the JMA.")
    assert set(rows) == {"3", "2"}


def test_targets_shot_down_out_of_a_launched_count():
    rows = by_figure("Ukraine’s air force said 84 of 99 targets were shot down, but Prime Minister Denys Shmyhal said "
                     "the Russian strikes damaged energy facilities.")
    assert set(rows) == {"99"}


def test_supply_cut_to_millions_at_the_end_of_a_sentence():
    rows = by_figure("Russian forces have launched missiles at energy infrastructure, temporarily cutting off "
                     "electricity, heat and water to millions.")
    assert rows["millions"]["value"] == "1000000"


def test_households_rerouted_to_backup_supply_are_reconnected_not_out():
    rows = by_figure("Around 9,500 households were rerouted to backup supply schemes, while 51,800 consumers remain "
                     "without power.")
    assert reconnection(rows["Around 9,500"]) and rows["51,800"]["metric"] == "consumers_without_power"


def test_the_deaths_of_two_people_are_casualties():
    assert dropped("The attack resulted in the deaths of two people and disrupted electricity services across the "
                   "capital.")["two"] == "casualties"


# Held-out 57-59: restorations after war damage, which most labellers recorded, are proposed as reconnections.


def test_restorations_are_proposed_as_reconnections_with_their_own_metric():
    rows = by_figure("DTEK Donetsk Grids specialists restored electricity to 11 settlements in the Donetsk region, "
                     "thus restoring power to 2,000 families in Kramatorsk.")
    assert reconnection(rows["2,000"])
    assert rows["11"]["metric"] == "" and rows["11"]["notes"].startswith("restored:")  # no metric for settlements
    # named claimant, place and metric would give 1.00; a restoration loses 0.10
    assert by_figure("DTEK said it restored power to 2,000 families in Kramatorsk.")["2,000"]["confidence"] == "0.90"


def test_a_restoration_right_after_a_weather_outage_is_of_that_outage():
    text = ("16 settlements are without electricity due to adverse weather conditions. Over the past day, 11 "
            "settlements have had their power restored.")
    assert dropped(text)["11"] == "outage caused by the weather"


def test_or_more_between_a_number_and_its_noun():
    rows = by_figure("Russian troops delivered another wave of missile strikes, leaving 1.5 million or more people "
                     "temporarily without power.")
    assert rows["1.5 million"]["value"] == "1500000"


def test_hours_without_power_per_day():
    rows = by_figure("By his estimate, the total comes to more than 15 hours without power per day, the Kyiv resident "
                     "said.")
    assert rows["more than 15 hours without power per day"]["unit"] == "hours_per_day"


def test_debris_from_intercepted_drones_does_not_make_a_hit_count_an_interception():
    rows = by_figure("Air defence shot down 139 Russian drones. However, 37 unmanned aircraft reached their targets, "
                     "and debris from intercepted drones fell in at least two locations.")
    assert "37" in rows


# Held-out 63-75 (scored blind on 17291cf): errors fixed after the round, each on its excerpt's wording.


def test_a_time_adverbial_before_a_participle_is_no_claimant():
    text = ("“Denmark was the first country to support the Fund with a contribution of EUR 500,000. To date, "
            "announced contributions from partners have reached EUR 1.2 billion, with the Fund bringing together 33 "
            "donors from 22 countries,” the statement said.")
    # no one named before it, and "the statement" alone names no one either (since held-out 592): not "To date"
    assert by_figure(text)["EUR 1.2 billion"]["claimant"] == ""


def test_a_say_verb_in_brackets_is_a_participle_not_a_claim():
    text = ("“Currently, the amount of contributions to the Energy Support Fund (announced and already transferred) "
            "has increased to more than EUR 438 million,” the report states.")
    assert not by_figure(text)["more than EUR 438 million"]["claimant"].startswith("Currently")


def test_a_ministry_whose_name_lists_its_fields_is_named_whole():
    text = ("The Austrian Federal Ministry for Climate Action, Environment, Energy, Mobility, Innovation and "
            "Technology announced the allocation of another EUR 5 million for the Ukraine Energy Support Fund to "
            "restore the country's energy infrastructure damaged by Russian attacks.")
    assert by_figure(text)["EUR 5 million"]["claimant"] == (
        "The Austrian Federal Ministry for Climate Action, Environment, Energy, Mobility, Innovation and Technology")


def test_according_to_a_standard_is_not_a_source():
    text = ("The total damage to the energy infrastructure at the end of 2024 was estimated at $20.5 billion, while "
            "the cost to rebuild according to EU standards amounts to $67.8 billion.")
    assert by_figure(text)["$67.8 billion"]["claimant"] == ""


def test_an_owners_statement_is_the_owners_claim():
    text = ("“This morning, the enemy launched a massive attack. Dozens of power system facilities were damaged,” "
            "the Ukrenergo’s statement reads.")
    assert by_figure(text)["Dozens"]["claimant"] == "Ukrenergo"


def test_reported_by_a_title_then_a_name_takes_the_name():
    text = ("Kherson is 89% supplied with heat after a shell hit one of the infrastructure facilities. This was "
            "reported by the head of the press office of the Kherson regional military administration, Oleksandr "
            "Tolokonnikov, during a briefing on Friday.")
    assert by_figure(text)["89%"]["claimant"].endswith("Oleksandr Tolokonnikov")


def test_a_month_before_the_subject_is_not_part_of_it():
    text = ("In July, the Ukrainian Government warned that 40% of the country's energy facilities had been damaged.")
    assert by_figure(text)["40%"]["claimant"] == "the Ukrainian Government"


def test_a_reprinting_agencys_own_report_is_the_publishers():
    text = ("The Ministry of Energy reported this, according to Ukrinform.\n\n\"As a result of shelling, 10 "
            "settlements in the Chernihiv region lost power,\" the statement said.")
    reprint = Article(text, "t.txt", "https://example.org/a", "MENAFN (Ukrinform)", "2023-11-02")
    assert extract_article(reprint)[0]["claimant"] == "The Ministry of Energy"  # "the statement": the ministry's


def test_a_second_count_with_the_same_verb_keeps_the_first_ones_noun():
    rows = by_figure("In the Chernihiv and Sumy regions, 15 settlements are partially and 52 are completely cut off "
                     "from power supply as a result of Russian shelling.")
    assert rows["52"]["metric"] == rows["15"]["metric"] == "settlements_without_power"
    # not for people: "6 people were killed in the attack, and 36 were injured" counts no outage
    assert "36" not in by_figure("6 people were killed in the attack, and 36 were injured, as power went out.")


def test_each_count_takes_the_cause_nearest_it():
    text = ("In the Donetsk region, 57 settlements were left without electricity due to bad weather and 140 due to "
            "hostilities.")
    assert "140" in by_figure(text) and dropped(text)["57"] == "outage caused by the weather"
    text = ("Due to weather conditions, 19 settlements in Sumy region were without power in the morning, and for "
            "other reasons (mainly due to military operations) 407 settlements were without power.")
    assert "407" in by_figure(text) and dropped(text)["19"] == "outage caused by the weather"


def test_the_brunt_of_the_weather_is_a_weather_cause():
    text = ("Kryvyi Rih was bearing the brunt of the winter weather, causing 15,000 people to lose power.")
    assert dropped(text)["15,000"] == "outage caused by the weather"


def test_leaving_millions_without_services_counts_people():
    rows = by_figure("Russia launched hundreds of missiles and drones, leaving millions without essential services "
                     "such as electricity, heating, and water during the coldest months.")
    assert rows["millions"]["value"] == "1000000"


def test_homes_that_lost_power_are_an_outage_and_lost_power_is_an_outage_cue():
    rows = by_figure("OCHA cited an energy company reporting that more than one million homes in and around Kyiv "
                     "lost power following the strikes.")
    assert rows["more than one million"]["value"] == "1000000"


def test_homes_damaged_in_a_headline_are_housing_damage():
    assert dropped("Hundreds of thousands of homes damaged, and over 10 million people without electricity."
                   )["Hundreds of thousands"].startswith("damage to housing")


def test_people_in_need_of_shelter_are_not_cut_off():
    text = ("The invasion has damaged and destroyed homes across the country and left over 11.2 million people in "
            "need of emergency shelter, leaving hundreds of thousands of people without a roof over their heads.")
    reasons = dropped(text)
    assert reasons["over 11.2 million"] == reasons["hundreds of thousands"] == "people in need of shelter or aid, not cut off"


def test_half_its_capacity_and_out_of_action():
    rows = by_figure("Ukrainian power distributor Yasno said this week that DTEK lost about half its capacity "
                     "following Russian missile and drone attacks.")
    assert rows["about half"]["value"] == "50"
    rows = by_figure("As much as 60% of its power generation capacity may now be out of action.")
    assert rows["As much as 60%"]["value"] == "60"


def test_an_upper_case_dateline_before_a_full_stop_is_not_the_place():
    text = ("KYIV. Oct 26 (Interfax-Ukraine) – The IAEA is assessing the damage caused by the fall of two Russian "
            "drones shot down on Wednesday night near the Khmelnytsky nuclear power plant.")
    assert by_figure(text)["two"]["place"] != "KYIV"


def test_hit_a_long_named_target_eight_times_counts_hits():
    rows = by_figure("Last week, Russia also hit Ukraine's largest dam, the DniproHES in the southern Zaporizhzhia "
                     "region, eight times during a massive overnight attack.")
    assert rows["eight"]["value"] == "8"


def test_two_counts_joined_by_and_share_the_interception_verb():
    text = ("Ukraine’s air force said Russia launched more than 450 bomber drones and 45 missiles. Nine missiles "
            "and 406 drones were reportedly intercepted.")
    reasons = dropped(text)
    assert reasons["Nine"] == reasons["406"] == "shot down; the article gives launched or hit counts"


def test_one_of_the_largest_attacks_is_not_a_count():
    text = ("In the early morning hours of 17 November, Russia launched one of the largest missile attacks on "
            "Ukraine since the beginning of the war.")
    assert "one" not in by_figure(text) and "one" not in dropped(text)


def test_out_of_all_residents_is_the_size_of_the_set():
    text = ("After the Kakhovka HPP’s destruction, 2/3 of the Kryvyi Rih agglomeration – approximately 550,000 "
            "people out of 800,000 residents – were left without Dnipro water.")
    assert "approximately 550,000" in by_figure(text)
    assert dropped(text)["800,000"].startswith("size of a set")


def test_roads_and_bridges_restored_are_another_sector():
    text = "Water, electricity and gas have returned to homes. Dozens of roads and bridges have been restored."
    assert dropped(text)["Dozens"].startswith("another sector")


def test_n_of_an_owners_plants_after_a_hyphenated_adjective():
    rows = by_figure("All three of state-owned Centrenergo’s thermal plants have now been knocked out.")
    assert rows["three"]["value"] == "3"


def test_from_n_in_a_month_to_m_in_another_is_two_counts_not_a_lost_number():
    # The first number used to vanish: "from 350" was read as half a range and failed to parse.
    rows = by_figure("Ukrainians face the winter with their energy infrastructure damaged by Moscow's drone strikes "
                     "which have intensified from 350 in July to 2,000 in October, according to Kyiv.")
    assert (rows["350"]["value"], rows["2,000"]["value"]) == ("350", "2000")


def test_settlements_evacuated_are_not_an_outage():
    text = "It should be reminded that forced evacuation of children from 90 settlements is ongoing in the Sumy region."
    assert dropped(text)["90"] == "an evacuation, not an outage"


# Held-out 76-87 (scored blind on 1df07e0): errors fixed after the round.


def test_all_n_shot_down_is_also_how_many_were_launched():
    text = ("Russian forces launched 12 missiles at Kyiv. Ukraine's air defense destroyed all 39 drones over the "
            "capital.")
    assert by_figure(text)["39"]["value"] == "39"


def test_aerial_attack_assets_are_weapons():
    rows = by_figure("Ukrainian air defense neutralized 548 out of 582 Russian aerial attack assets, though some "
                     "strikes hit targets.")
    assert rows["582"]["value"] == "582"


def test_the_absence_of_external_power_is_an_outage():
    rows = by_figure("Due to the absence of external power for more than 72 hours, emergency generators at "
                     "Zaporizhzhia NPP have been operating at maximum capacity.")
    assert rows["more than 72 hours"]["unit"] == "hours"


def test_a_last_list_item_written_place_dash_number_keeps_the_noun():
    rows = by_figure("As of 2 p.m., 672,000 consumers are without power in Zhytomyr Oblast, 174,790 in Rivne oblast, "
                     "61 913 in Kirovohrad Oblast and Odesa – 10,500.")
    assert rows["10,500"]["value"] == "10500"


def test_injuries_to_people_and_lives_lost_are_casualties():
    reasons = dropped("The missile strike resulted in injuries to at least 18 people, and it was reported that two "
                      "individuals lost their lives due to overnight shelling, as power was cut.")
    assert reasons["at least 18"] == reasons["two"] == "casualties"


def test_an_outage_with_a_technical_cause_is_not_an_attack():
    text = ("In the Vinnytsia region, a 110 kV overhead line was disconnected for technological reasons, which led to "
            "a short-term blackout of two substations and the disconnection of 22 thousand consumers.")
    assert dropped(text)["22 thousand"] == "outage with a technical cause, not an attack"
    # both causes named together: kept
    text = ("As a result of hostilities and technical reasons 445 settlements remain without electricity, the "
            "ministry said.")
    assert "445" in by_figure(text)


def test_a_share_less_than_an_estimate_is_a_comparison():
    text = ("The new water main cost UAH 6.3 billion, which is 25% less than the initial estimate for restoring the "
            "destroyed pipeline.")
    assert dropped(text)["25%"] == "a comparison, not damage"


# Held-out 88-93 (scored blind on 4254d12): errors fixed after the round.


def test_blackouts_last_n_hours_is_their_length_not_a_time_window():
    rows = by_figure("Very serious damage to the power system means there are parts of the city where blackouts last "
                     "4-6 hours, Kharkiv Mayor Ihor Terekhov told state television.")
    assert rows["4-6 hours"]["unit"] == "hours"


def test_others_left_without_power_are_not_casualties():
    rows = by_figure("Kyiv officials said on Friday the attacks killed at least five people and left more than a "
                     "million others without power.")
    assert rows["more than a million"]["value"] == "1000000"


def test_eliminated_n_of_m_drones_keeps_the_launched_count():
    rows = by_figure("Ukraine said it eliminated 30 of 35 drones in the barrage.")
    assert rows["35"]["value"] == "35"


# Held-out 94-101 (scored blind on cb98f33): errors fixed after the round.


def test_a_date_does_not_swallow_the_count_after_it():
    rows = by_figure("As of the morning of September 28, 7,744 households of Nikopol community remain without power "
                     "after the shelling.")
    assert rows["7,744"]["value"] == "7744"
    assert dropped("As of the morning of September 28, 7,744 households of Nikopol community remain without "
                   "power after the shelling.")["September 28"] == "date"


def test_a_k_or_m_stuck_to_a_number_scales_it_before_people():
    rows = by_figure("About 1.5M Ukrainian electricity users left without power due to Russian attacks.")
    assert rows["About 1.5M"]["value"] == "1500000"
    rows = by_figure("After the shelling 300k consumers lost power in the region.")
    assert rows["300k"]["value"] == "300000"
    # not before other words: "5m" may be metres
    assert "5m" not in by_figure("The strike left a 5m crater next to the substation, leaving the city without power.")


def test_subscribers_who_lack_electricity_are_cut_off():
    rows = by_figure("Andrei Raikovich disclosed that a substantial portion of households—around 123 thousand "
                     "subscribers—currently lack electricity.")
    assert rows["123 thousand"]["value"] == "123000"


def test_demand_not_met_is_an_outage_share_and_kyiv_time_no_place():
    rows = by_figure("Ukrenergo, which oversees Ukraine’s national electricity grid, said 50% of demand was not "
                     "being met as of 19:00 Kyiv time (17:00 GMT).")
    assert rows["50%"]["value"] == "50"
    assert rows["50%"]["claimant"] == "Ukrenergo"  # not the relative clause "which oversees …"
    assert rows["50%"]["place"] == "Ukraine"  # "Kyiv time" is a time zone


def test_a_list_bullet_or_an_opening_adverb_is_not_part_of_the_claimant():
    text = ("UNICEF said 1.4 million people in Ukraine no longer have access to piped water.\n\n"
            "- It said the UN has recorded at least 20 separate incidents of damage to water infrastructure in "
            "eastern Ukraine alone.")
    assert by_figure(text)["at least 20"]["claimant"] == "UNICEF"
    text = ("The document calls for an operational plan. Overall, the organization estimates that emergency "
            "response measures could require around $1 billion in funding to repair the grid.")
    assert by_figure(text)["around $1 billion"]["claimant"] == "the organization"


def test_according_to_a_statement_by_someone_credits_that_someone():
    rows = by_figure("According to a statement by the mayor of Konotop, the city has electricity for about half "
                     "of its users after the attack.")
    assert rows["about half"]["claimant"] == "the mayor of Konotop"


# Held-out 102-109 (scored blind on cc87c37): errors fixed after the round.


def test_a_non_breaking_hyphen_inside_the_counted_noun_phrase():
    rows = by_figure("Russia launched a massive drone strike on Ukraine, deploying 400 Shahed\u2011style drones, "
                     "according to the Air Force.")
    assert rows["400"]["value"] == "400"


def test_guided_bombs_units_stopped_and_inhabited_areas_are_counted():
    rows = by_figure("Over the past day, Russian invaders launched one missile strike and 25 air strikes, utilizing "
                     "one guided missile and 36 KABs.")
    assert "36" in rows
    rows = by_figure("Due to shelling by russian occupiers, the operation of 2 power units of a thermal power plant "
                     "(TPP) in the front-line zone was stopped.")
    assert rows["2"]["value"] == "2"  # "units of a plant" counts the units
    rows = by_figure("As a result of the artillery attack, equipment has been severely damaged. Two units have "
                     "stopped operating.")
    assert "Two" in rows
    rows = by_figure("The attack damaged a key energy facility, leading to a complete power outage across 12 "
                     "inhabited areas within the region.")
    assert rows["12"]["value"] == "12"
    rows = by_figure("After damage to the Luch substation, 1-2 microdistricts of Energodar remained without power "
                     "supply.")
    assert "1-2" in rows


def test_millions_left_in_the_cold_and_dark_or_subject_to_power_cuts():
    rows = by_figure("Russia has targeted Ukraine's energy facilities, leading to power shortages that have left "
                     "millions in the cold and dark.")
    assert rows["millions"]["value"] == "1000000"
    rows = by_figure("Ukraine’s energy system is on the verge of collapse and millions have been subject to "
                     "emergency power cuts for weeks due to systematic Russian bombing of the grid.")
    assert rows["millions"]["value"] == "1000000"


def test_the_number_of_families_reached_a_count():
    rows = by_figure("At one point, the number of Kyiv families left without electricity due to shelling reached "
                     "almost 750,000.")
    assert rows["almost 750,000"]["value"] == "750000"


def test_one_of_the_four_missiles_launched_keeps_the_four():
    rows = by_figure("Ukraine's air force successfully shot down all 42 drones and one of the four missiles "
                     "launched by Russia.")
    assert rows["four"]["value"] == "4"


def test_a_word_number_after_from_with_no_range_is_still_read():
    rows = by_figure("The main power lines from four substations were cut off, the statement said.")
    assert rows["four"]["value"] == "4"


# Held-out 110-117 (scored blind on 781bf85): errors fixed after the round.


def test_weather_and_shelling_named_together_keep_the_count():
    rows = by_figure("In addition, due to the bad weather and Russian shelling, more than a hundred towns and villages "
                     "remain without power supply.")
    assert rows["more than a hundred"]["value"] == "100"
    # the weather alone still leaves it out
    assert dropped("Due to the bad weather, more than a hundred towns and villages remain without power "
                   "supply.")["more than a hundred"] == "outage caused by the weather"


def test_a_second_sum_that_leaves_its_currency_out_keeps_the_first_ones():
    rows = by_figure("The Poltava oblast military administration will receive 100 million hryvnias for the restoration "
                     "of the CHP in Kremenchuk, and Sumy oblast military administration — 86 million for the "
                     "restoration of the CHP in Okhtyrka.")
    assert (rows["86 million"]["value"], rows["86 million"]["unit"]) == ("86000000", "UAH")
    # a conversion into another currency is not a second sum in the first one
    rows = by_figure("The EU Commission is now making a total of 160 million euros – 1.8 billion Swedish kronor – "
                     "available to repair Ukraine's damaged grid.")
    assert "1.8 billion" not in rows or rows["1.8 billion"]["unit"] != "EUR"


# Misses that held-out 1-117 still showed on today's code (not blind: found by listing every miss).


def test_a_plus_sign_after_the_number_means_at_least():
    rows = by_figure("In such cases, people can be in darkness for 24+ hours after the shelling, waiting for "
                     "stabilization.")
    assert (rows["24+ hours"]["value"], rows["24+ hours"]["unit"]) == ("24", "hours")


def test_each_in_a_list_of_places_keeps_the_noun():
    rows = by_figure("The strikes left approximately 700,000 residents in Kharkiv Oblast, along with at least 200,000 "
                     "each in Odesa and Dnipropetrovsk Oblasts, without power.")
    assert rows["at least 200,000"]["value"] == "200000"


def test_residences_are_homes():
    rows = by_figure("The strike damaged the main pipeline that provided heating to about 600 residences, the "
                     "president said.")
    assert rows["about 600"]["value"] == "600"
    assert dropped("Four private residences and 15 cars were also damaged in the shelling.")["Four"].startswith(
        "damage to housing")


def test_a_line_wrapped_inside_a_sentence_does_not_split_its_figures():
    text = ("As a result of these attacks, the total damage to the enery infrastructure was estimated at $20.5\n"
            "billion. Ukraine has lost a total of approximately 27\ngigawatts (GW) of its pre-war capacity.")
    rows = by_figure(text)
    assert rows["$20.5\nbillion"]["value"] == "20500000000"
    assert rows["approximately 27\ngigawatts"]["unit"] == "MW"


def test_restored_for_a_count_without_naming_the_supply_is_a_reconnection():
    # "restored for almost 400 thousand" used to be read as people without heat: the pattern wanted
    # "restored heat for"
    row = by_figure("Heat has already been restored for almost 400 thousand subscribers in Kharkiv region, the "
                    "governor said.")["almost 400 thousand"]
    assert reconnection(row)


def test_a_share_restored_is_proposed_as_a_restoration():
    row = by_figure("Governor Yaroslav Yanushevych reported that electricity has already been restored to 85% of "
                    "households after the shelling.")["85%"]
    assert row["value"] == "85" and row["notes"].startswith("restored: a share of connections")


def test_a_count_whose_next_sentence_says_all_of_them_were_destroyed():
    rows = by_figure("Before the war, Kherson was fed by three main power lines. All of them were destroyed.")
    assert rows["three"]["value"] == "3"
    # without such a sentence the count stays out
    assert "three" not in by_figure("Before the war, Kherson was fed by three main power lines. The city grew.")


# Errors of held-out 118-124's first (blind) run, on `468b259`.


def test_the_country_in_a_bodys_name_does_not_scope_the_sentences_after_it():
    text = ("The invaders intensified attacks on the Dnipropetrovsk region, damaging energy infrastructure.\n\n"
            "DTEK crews commence works after obtaining permission from the State Emergency Service of Ukraine. "
            "Yesterday, energy workers restored electricity to 5,405 homes, including one frontline town.")
    assert by_figure(text)["5,405"]["place"] == "Dnipropetrovsk region"
    # in its own sentence a national body's count stays national
    row = by_figure("In Kyiv, half of residents have been left without electricity.\n\nCommander-in-Chief of the Armed "
                    "Forces of Ukraine Valerii Zaluzhnyi reports that Russian forces launched 81 missiles.")["81"]
    assert row["place"] == "Ukraine"


def test_pivdennyi_the_port_is_no_microdistrict_of_kropyvnytskyi():
    text = ("“The enemy continues to strike the Odesa region, targeting ports and energy infrastructure. A fire broke "
            "out at the port of Pivdennyi. Over 120,000 customers are without electricity,” he said.")
    assert by_figure(text)["Over 120,000"]["place"] == "Odesa region"


def test_the_capital_that_describes_or_estimates_an_attack_is_its_government():
    text = ("Kyiv described the assault as one of the largest Russian attacks on Ukrainian energy infrastructure. "
            "Ukrainian officials said hundreds of drones were used in the barrage — figures that Kyiv and some "
            "international reporters put at roughly 450 drones and 45 missiles.")
    assert by_figure(text)["roughly 450"]["place"] == "Ukraine"


def test_the_capital_provided_with_aid_is_its_government():
    row = by_figure("The EU's Ukraine Energy Support Fund has already provided Kyiv with 166 million euros ($182 "
                    "million) for repairs, Prime Minister Denys Shmyhal said.")["166 million euros"]
    assert row["place"] == "Ukraine"


def test_a_count_of_facilities_across_regions_targeted_is_national():
    row = by_figure("Explosions rocked Kyiv in a wave of attacks that Prime Minister Denys Shmyhal said targeted 10 "
                    "Ukrainian regions and damaged 18 mostly energy-related facilities.")["18"]
    assert row["place"] == "Ukraine"


def test_the_place_after_three_words_and_in_is_the_figures_own():
    rows = by_figure("As of now, 672,000 subscribers have been disconnected in Khmelnytskyi region, 188,400 in "
                     "Mykolaiv region, 102,000 in Volyn region and 10,500 in Odessa region, Tymoshenko said.")
    assert rows["672,000"]["place"] == "Khmelnytskyi region"


def test_wind_farms_are_energy_not_farming():
    row = by_figure("According to the preliminary estimates, wind farms suffered losses worth more than EUR 50 "
                    "million due to the equipment being destroyed.")["more than EUR 50 million"]
    assert row["unit"] == "EUR"


def test_a_part_of_the_whole_written_with_the():
    rows = by_figure("After the destruction of the Kakhovka HPP, 550,000 of the 800,000 inhabitants remained without "
                     "Dnipro water.")
    assert rows["550,000"]["value"] == "550000" and "800,000" not in rows
    # the whole still counts when the part is what was shot down
    rows = by_figure("Air Defense Forces destroy 176 of the 205 drones used by Russians to attack Ukraine")
    assert rows["205"]["value"] == "205"


def test_a_headline_count_that_lacks_water_is_people():
    rows = by_figure("700,000 lack drinking water after Kakhovka Dam destruction")
    assert rows["700,000"]["value"] == "700000"


def test_two_modifiers_joined_by_or_before_the_counted_noun():
    rows = by_figure("Following at least three rocket or missile strikes on two power production facilities in the "
                     "Lviv Region, power outages are affecting around one-third of Lviv city.")
    assert rows["at least three"]["value_low"] == "3"


def test_inverters_are_equipment_counted_as_damage():
    rows = by_figure("A Russian missile attack hit a solar plant last week, damaging 416 solar panels and four "
                     "string inverters.")
    assert rows["four"]["value"] == "4"


def test_a_nationality_is_not_the_name_of_the_official_who_spoke():
    text = ("A power facility in Dnipro was severely damaged by two strikes on Tuesday, a top Ukrainian official "
            "said.\n\n“Two strikes have hit an energy infrastructure facility,” Kyrylo Tymoshenko, deputy head of the "
            "Ukrainian President’s office, said in a statement on Telegram.")
    assert by_figure(text)["two"]["claimant"] == "Kyrylo Tymoshenko, deputy head of the Ukrainian President’s office"


def test_an_interview_answer_is_the_speakers():
    text = ("What is the current situation?\n\nVolodymyr Kudrytski: The Russians began attacks on power plants in "
            "October 2022. We have lost more than half of the country’s power plant fleet. More than 10 GW of "
            "generating capacity is under occupation.")
    rows = by_figure(text)
    assert rows["More than 10 GW"]["claimant"] == "Volodymyr Kudrytski"
    assert "Oblast" not in {row["claimant"] for row in by_figure(
        "Kharkiv Oblast: 20,000 consumers remain without power after the shelling.").values()}


def test_said_this_week_is_no_reference_back():
    row = by_figure("The attacks have caused more than $1 billion of damage to the sector, said Ukrainian energy "
                    "minister German Galushchenko.\n\nUkraine's largest private energy company DTEK said this week it "
                    "lost about 90% of its power generation capacity due to Russian missile attacks.")["about 90%"]
    assert row["claimant"] == "Ukraine's largest private energy company DTEK"


def test_he_after_a_surname_alone_is_that_person():
    text = ("Kudrytskyi said that Ukraine needs to build additional transformers.\n\nPlans to create additional "
            "capacity are realistic in Kharkiv Oblast, where three-quarters of important energy facilities were "
            "damaged last winter, he added.")
    assert by_figure(text)["three-quarters"]["claimant"] == "Kudrytskyi"


def test_in_his_words_attributes_to_him():
    text = ("Andriy Demchenkov, the head of the wind energy association, spoke at the forum.\n\nIn his words, 80% of "
            "Ukraine’s wind power generation facilities are now taken out of service or seized by the enemy.")
    assert by_figure(text)["80%"]["claimant"] == "Andriy Demchenkov, the head of the wind energy association"


# Errors of held-out 125-133's first (blind) run, on `24d1e9e`.


def test_the_same_count_without_heat_and_without_power_is_two_claims():
    text = ("It's also reported that three thousand homes in Kryvyi Rih, housing a total of 76,000 people, were left "
            "without heating. Over three thousand subscribers in Nikopol and more than 6,400 in the surrounding area "
            "were left without power.")
    rows = by_figure(text)
    assert "three thousand" in rows and "Over three thousand" in rows


def test_miners_trapped_by_a_power_cut_are_people_without_power():
    rows = by_figure("Over 40,000 households and two mining operations lost power, initially stranding 113 miners "
                     "underground, according to Ukrenergo and local authorities.")
    assert rows["113"]["value"] == "113"


def test_a_wrecked_grid_is_damage():
    rows = by_figure("But the wider situation is bleak: nearly half of Ukraine's power grid has been wrecked by Moscow.")
    assert rows["nearly half"]["unit"] == "percent"


def test_capacity_under_enemy_control_is_lost():
    rows = by_figure("In addition, more than 10 GW of the main installed capacities are currently inaccessible to the "
                     "Ukrainian power system and are under enemy control,” Ukrenergo said in a statement.")
    assert rows["more than 10 GW"]["value_low"] == "10000"


def test_these_are_tens_of_millions_refers_to_the_damage_before():
    text = ("Assessing the damage caused to the power grid during missile and drone attacks continues. But we can "
            "certainly say that these are tens of millions of hryvnias for Ukrenergo substations and hundreds of "
            "millions of hryvnias for power plants.")
    rows = by_figure(text)
    assert rows["tens of millions of hryvnias"]["unit"] == "UAH"
    assert rows["hundreds of millions of hryvnias"]["unit"] == "UAH"


def test_billions_and_millions_written_together_are_one_sum():
    assert parse_figure("7 billion 168 million hryvnias").value == 7_168_000_000
    rows = by_figure("The government allocated 7 billion 168 million hryvnias for the restoration of the energy "
                     "system, Prime Minister Denys Shmyhal said.")
    assert rows["7 billion 168 million hryvnias"]["value"] == "7168000000"
    assert "168 million hryvnias" not in rows


def test_a_count_then_partially_keeps_the_noun():
    rows = by_figure("During the 20 days of Russian invasion, 36 settlements were de-energized in the region, 22 of "
                     "them completely, 14 - partially.")
    assert rows["14"]["value"] == "14"


def test_skhid_and_human_are_words_not_places():
    text = ("Three Shahed drones were shot down, according to the Skhid (East) Air Command.")
    assert by_figure(text)["Three"]["place"] != "Skhid"
    row = by_figure("The UN Human Rights Monitoring Mission in Ukraine reported that a deficit in the energy system may "
                    "lead to power outages from 4 to 18 hours a day.")["from 4 to 18 hours a day"]
    assert row["place"] != "Human"


def test_a_quote_added_by_the_head_of_the_administration_named_before():
    text = ("Over 76,000 people were left without heating, according to the Dnipropetrovsk Regional Administration "
            "head Serhii Lysak on Telegram.\n\n\"Debris from the downed drone damaged an energy facility. Over three "
            "thousand subscribers in Nikopol were left without power,\" added the head of the regional "
            "administration.")
    row = by_figure(text)["Over three thousand"]
    assert "Lysak" in row["claimant"]


def test_the_mp_is_the_member_of_parliament_named_before():
    text = ("MP Oleksiy Honcharenko said the water pipeline to Kryvyi Rih will be funded.\n\nAccording to the MP, "
            "UAH 319 million was allocated for the construction of the pipeline.")
    assert "Honcharenko" in by_figure(text)["UAH 319 million"]["claimant"]


def test_the_company_is_the_company_its_sentence_named():
    text = ("Russia attacked 34 facilities of Ukrgasvydobuvannya, Ukraine's largest gas producer and part of the "
            "state Naftogaz Group, last winter, leading to a loss of almost 50% of gas production, the company "
            "reported on April 21.")
    assert by_figure(text)["almost 50%"]["claimant"] == "Ukrgasvydobuvannya"


# Errors of held-out 134-141's first (blind) run, on `6d5847d`.


def test_people_trapped_without_power_are_cut_off_not_casualties():
    rows = by_figure("Ukraine has claimed that nearly 100,000 people are trapped without food, water and power in "
                     "Mariupol.")
    assert rows["nearly 100,000"]["value"] == "100000"


def test_no_running_water_is_an_outage():
    rows = by_figure("An estimated 300,000 residents are believed to be trapped with no running water, officials said.")
    assert rows["An estimated 300,000"]["value"] == "300000"


def test_tank_farms_are_fuel_storage_not_farming():
    rows = by_figure("Damage from destruction and damage to tank farms: as of May 10, losses from destruction of 27 "
                     "tank farms amount to $227 million.")
    assert rows["$227 million"]["unit"] == "USD"


def test_ceasefire_violations_are_attacks():
    rows = by_figure("Since then, Moscow has violated the energy ceasefire more than 30 times, Foreign Ministry "
                     "Spokesperson Heorhii Tykhyi said.")
    assert rows["more than 30"]["value_low"] == "30"


def test_a_launched_count_the_speaker_reports_before_adding_how_many_were_downed():
    rows = by_figure("The Russian barrage consisted of 52 missiles and 653 drones, the Ukrainian air force said, adding "
                     "that it had downed 623 drones.")
    assert rows["653"]["value"] == "653"


def test_including_a_count_in_a_place_keeps_the_noun():
    rows = by_figure("The attacks damaged multiple energy facilities, including two in the western Lviv region near "
                     "Poland’s border.")
    assert rows["two"]["value"] == "2"


def test_counts_after_a_dash_take_the_noun_before_them():
    rows = by_figure("Most of all de-energized subscribers are in the Donetsk region – 352,300, Luhansk – 128,200, and "
                     "Kharkiv – 38,900.")
    assert {f: rows[f]["value"] for f in ("352,300", "128,200", "38,900")} == {
        "352,300": "352300", "128,200": "128200", "38,900": "38900"}
    rows = by_figure("As a result of hostilities, there are 38 settlements without gas supply - 31 in full and 7 in part.")
    assert rows["31"]["value"] == "31" and rows["7"]["value"] == "7"


def test_to_be_more_specific_takes_the_sentence_befores_noun_and_topic():
    text = ("As of June 23, a total of about 587,000 consumers remain de-energized due to hostilities, the Ministry of "
            "Energy reports\n\nTo be more specific, about 347.8 thousand in the Donetsk region, more than 128.2 "
            "thousand in the Luhansk region, and about 28.7 thousand in the Kharkiv region.")
    rows = by_figure(text)
    assert rows["about 347.8 thousand"]["value"] == "347800" and rows["about 28.7 thousand"]["value"] == "28700"


def test_restored_in_settlements_is_a_restoration():
    row = by_figure("Kyiv region: electricity was restored in 15 settlements in a day, Tymoshenko wrote.")["15"]
    assert row["notes"].startswith("restored:")


def test_does_not_have_electricity_for_days_is_an_outages_length():
    rows = by_figure("The mayor stated that the city does not have electricity for five days and they have no water "
                     "left now.")
    assert (rows["five days"]["value"], rows["five days"]["unit"]) == ("120", "hours")


def test_a_range_is_not_a_repeat_of_its_midpoint():
    text = ("About 10 Russian missiles hit Kremenchuk on Thursday.\n\n\"From 8 to 12 Russian missiles hit Kremenchuk - "
            "refineries and other infrastructure facilities,\" he wrote.")
    rows = by_figure(text)
    # (the opening quotation mark no longer hides the "From" of the range, as it does not without the mark)
    assert "About 10" in rows and rows["From 8 to 12"]["value_high"] == "12"


def test_a_dateline_with_the_agency_before_the_dash_is_no_place():
    text = ("Kyiv, May 8 (EFE).- Russia launched 55 missiles and 21 drones against Ukraine, targeting energy systems "
            "across the country, the Ukrainian Air Force said on Wednesday.\n\nRussia used “76 means of air attack: 55 "
            "missiles and 21 attack drones,” the Air Force said in a statement on Telegram.")
    assert by_figure(text)["76"]["place"] == "Ukraine"


def test_drones_launched_across_ukraine_after_a_long_noun_phrase():
    text = ("Zelenskyy also reported that six Shahed drones targeted Kharkiv earlier the same day. In total, 78 strike "
            "drones, including 56 Shaheds, were launched overnight across Ukraine.")
    assert by_figure(text)["78"]["place"] == "Ukraine"


def test_the_capital_that_seeks_imports_is_its_government():
    row = by_figure("Recent Russian attacks have destroyed more than half of Ukraine's gas production, forcing Kiev to "
                    "urgently seek more than $2 billion in imports.")["more than half"]
    assert row["place"] == "Ukraine"


def test_when_before_said_is_no_claimant():
    row = by_figure("Russian forces “shelled the territory of Kherson region 69 times” on Sunday, said Yaroslav "
                    "Yanushevych, head of Kherson region military administration.")["69"]
    assert row["claimant"] != "on Sunday" and "Yanushevych" in row["claimant"]


def test_where_the_mayors_city_lies_is_no_claimant():
    row = by_figure("Serhiy Sukhomlin, mayor of the city of Zhytomyr, west of Kiev, said: Half of the settlement’s "
                    "residents were without electricity in the afternoon due to Russian airstrikes.")["Half"]
    assert row["claimant"] == "Serhiy Sukhomlin"  # the name before the title (as labelled), not "west of Kiev"


def test_a_company_named_in_quotation_marks_after_by():
    row = by_figure("Due to the fighting and other reasons, 543 settlements are without electricity. This was reported "
                    "on Tuesday by NPC \"Ukrenergo\", UNN writes.")["543"]
    assert "Ukrenergo" in row["claimant"]


def test_the_ukrainian_leader_is_the_president_named_before():
    text = ("President Volodymyr Zelensky on Wednesday said Russia was intentionally attacking Ukrainian energy "
            "infrastructure.\n\n\"An FPV drone hit a "
            "substation in the Sumy region,\" the Ukrainian leader said, adding that the strikes had cut power to "
            "thousands of people.")
    assert by_figure(text)["thousands"]["claimant"] == "President Volodymyr Zelensky"


# Errors of held-out 142-149's first (blind) run, on `93f4c15`.


def test_a_capital_in_capitals_before_a_colon_is_a_dateline_when_the_sentence_names_its_source():
    row = by_figure("KYIV: About 23,000 households were left without electricity after Russian shelling of Kherson, the "
                    "local military administration said on Sunday.")["About 23,000"]
    assert row["claimant"] != "KYIV" and "administration" in row["claimant"]


def test_according_to_official_reports_names_no_one():
    row = by_figure("The strikes involved over 650 drones and more than 50 missiles, and left 17 people injured, "
                    "according to official reports.")["over 650"]
    assert row["claimant"] == ""


def test_according_to_an_organisations_estimates_is_that_organisation():
    row = by_figure("Since the start of the full-scale invasion, over 60% of Ukraine’s energy generation facilities have "
                    "been damaged or occupied, according to UNDP estimates.")["over 60%"]
    assert row["claimant"] == "UNDP"


def test_knock_out_is_damage_and_power_poles_are_facilities():
    rows = by_figure("He added that the Russians knock out an average of 60 transformers per month.")
    assert rows["60"]["value"] == "60"
    rows = by_figure("The damage was caused by an attack on the highway and involved three concrete high-voltage power "
                     "poles.")
    assert rows["three"]["value"] == "3"


def test_one_after_another_is_no_count():
    text = ("\"They are acting systematically, knocking out one substation after another or key rail hubs in order to "
            "stop passenger trains,\" Pertsovskyi said.")
    assert "one" not in by_figure(text)


# Found by listing place names the extractor never recognised in the held-out corpora (not blind).


def test_a_citys_own_name_beats_an_old_name_of_another_town():
    # "Kremenchuk" is also an old name of Yampil (11,000 people) and "Slovyansk" one of Nikopol: the
    # extractor used to drop such names as shared by two oblasts, so 21 articles' Kremenchuk was no place
    rows = by_figure("About 10 Russian missiles hit Kremenchuk on Thursday, damaging the refinery, the governor said.")
    assert rows["About 10"]["place"] == "Kremenchuk"
    rows = by_figure("Two power substations were damaged in Sloviansk, leaving 12,000 residents without power.")
    assert rows["12,000"]["place"] == "Sloviansk"
    # a name that several villages bear stays no place at all
    rows = by_figure("In Oleksandrivka, 300 residents were left without power after the shelling.")
    assert rows["300"]["place"] != "Oleksandrivka"


def test_people_left_in_darkness_are_cut_off():
    rows = by_figure("The strikes have wrought havoc across multiple regions, leaving hundreds of thousands in darkness.")
    assert rows["hundreds of thousands"]["value"] == "100000"


# Errors of the blind first run on held-out 152-159 (`a1e9d0e`).


def test_several_hundred_thousand_is_read_as_a_lower_bound():
    text = ('"The situation in the Kyiv region is difficult -- several hundred thousand households are currently '
            'without power," said Zelenskyy in a post on X.')
    row = by_figure(text)["several hundred thousand"]
    assert (row["value"], row["value_low"], row["value_high"], row["claimant"]) == ("100000", "100000", "", "Zelenskyy")
    assert parse_figure("a few thousand").low == 1000 and parse_figure("several dozen").value == 12


def test_a_hundred_thousand_is_not_a_hundred():
    assert parse_figure("1 hundred thousand").value == 100_000
    row = by_figure("A hundred thousand households are without power after the strike, the governor said.")
    assert row["A hundred thousand"]["value"] == "100000"


def test_a_missile_model_name_does_not_hide_the_counted_noun():
    text = ("According to the Air Force, the Russians launched around 70 X-101/X-555 and Caliber cruise missiles over "
            "Ukraine.")
    assert by_figure(text)["around 70"]["value"] == "70"
    text = ("Ukraine’s air force reported that Russia launched 24 ballistic missiles, one Kh-59/69 missile and 219 "
            "attack drones overnight.")
    assert by_figure(text)["one"]["value"] == "1"


def test_sustained_injuries_and_the_injury_of_another_are_casualties():
    assert dropped("The National Police of Ukraine has reported that 36 Ukrainian citizens have sustained injuries "
                   "due to a Russian missile attack.")["36"] == "casualties"
    assert dropped("These attacks resulted in the deaths of 19 people and the injury of another 201.")["201"] == \
        "casualties"


def test_missiles_destroyed_by_anti_aircraft_defence_are_interceptions():
    text = ("According to the Air Force, the Russians launched around 70 X-101/X-555 and Caliber cruise missiles over "
            "Ukraine. Ukraine’s anti-aircraft defense systems and forces destroyed 51 Russian missiles.")
    assert dropped(text)["51"].startswith("shot down")


def test_three_of_ukraines_four_plants_counts_three():
    rows = by_figure("The power generating units of three of Ukraine's four nuclear power plants were shut down after "
                     "that attack.")
    assert "three" in rows and "four" not in rows


def test_a_company_responsible_for_a_share_of_generation_is_no_damage():
    text = ("Tsentrenergo, responsible for about 8% of Ukraine’s power generation, stated, “The last strike was less "
            "than a month ago.”")
    assert dropped(text)["about 8%"] == "describes a share of supply, not damage"


def test_disclosed_and_with_reference_to_and_as_confirmed_by_are_attributions():
    text = ("President Volodymyr Zelenskyy disclosed that Russia had initiated assaults using 1,100 drones and more "
            "than 50 missiles.")
    assert by_figure(text)["1,100"]["claimant"] == "President Volodymyr Zelenskyy"
    text = ("The situation is currently approximately as follows: about 3 hours with light and up to 10 hours "
            "without, reports UNN with reference to DTEK.")
    assert extract_article(Article(text, "t.txt", "https://example.org/a", "UNN", ""))[0]["claimant"] == "DTEK"
    text = ("More than 1,000 residential buildings in Kyiv are still lacking heating following a destructive attack, "
            "as confirmed by local authorities on Sunday.")
    assert by_figure(text)["More than 1,000"]["claimant"] == "local authorities"


def test_an_outlet_citing_a_source_credits_the_source_and_a_speaker_citing_one_stays():
    text = ("Nearly 9,000 customers in Artsyz remained without electricity due to damage from previous strikes, "
            "Caliber.Az reports, citing Ukrainian media.")
    row = extract_article(Article(text, "t.txt", "https://example.org/a", "Caliber.Az", ""))[0]
    assert row["claimant"] == "Ukrainian media"
    text = ("Head of Dnipropetrovsk Oblast Council Mykola Lukashuk reported, citing the Southern Operational Command, "
            "that Russian forces had shelled the city of Nikopol with at least 20 MLRS rockets over the past 24 hours.")
    assert by_figure(text)["at least 20"]["claimant"].endswith("Mykola Lukashuk")


def test_a_dash_line_of_its_own_credits_the_paragraph_before():
    text = ("I want to note that we received an additional 245 million euros in aid for the energy sector after the "
            "strikes.\n\n- Mykola Kolisnyk stated.")
    assert by_figure(text)["245 million euros"]["claimant"] == "Mykola Kolisnyk"


def test_a_name_before_an_appositive_with_an_unmarked_relative_clause():
    text = ("Dmytro Sakharuk, the CEO of Ukrainian company D.TEK which includes YASNO as a subsidiary, said earlier on "
            "Thursday that some 40% of Ukrainian consumers had no electricity.")
    assert by_figure(text)["some 40%"]["claimant"] == "Dmytro Sakharuk"


def test_a_dateline_with_an_agency_in_brackets_is_not_the_subject():
    text = ("MOSCOW (UrduPoint News / Sputnik - 18th November, 2022) Volodymyr Zelenskyy has said that about ten "
            "million Ukrainians have been without electricity since Thursday night.")
    assert by_figure(text)["about ten million"]["claimant"] == "Volodymyr Zelenskyy"


def test_nationwide_and_other_regions_and_elsewhere_are_no_one_place():
    text = ("Kyiv Oblast Governor Oleksiy Kuleba warned on Telegram. Thursday's attack fell short of the nationwide "
            "barrage of more than 100 missiles and drones that knocked out power to 10 million people Tuesday.")
    assert by_figure(text)["10 million"]["place"] == "Ukraine"
    assert by_figure("In total, 36 objects in eight regions and Kyiv were damaged.")["36"]["place"] == "Ukraine"
    text = "Nine missiles and 19 drones struck 13 sites in Kyiv and other regions, while debris fell in 14 locations."
    assert by_figure(text)["Nine"]["place"] == "Ukraine"
    text = ("Half a million people were left without heating in Kharkiv in temperatures just a few degrees above "
            "freezing, as blackouts were reported in Kyiv and other regions.")
    assert by_figure(text)["Half a million"]["place"] == "Kharkiv"
    text = ("By Monday evening, crews had restored electricity to nearly 678,000 customers in Kyiv, but hundreds of "
            "thousands elsewhere remained without power.")
    assert by_figure(text)["hundreds of thousands"]["place"] == "Ukraine"


def test_bare_list_items_after_a_dash_keep_hours_a_day():
    text = ("Time of shutdowns: depends on the number of queues. One stage - 4 hours of restrictions a day, two - "
            "8 hours, three - 12 hours.")
    rows = by_figure(text)
    assert rows["8 hours"]["unit"] == rows["12 hours"]["unit"] == "hours_per_day"


def test_a_cyrillic_given_name_is_no_town():
    text = ("— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) June 6, 2025\n\nOver 400 drones, more than 40 "
            "missiles were launched by the Russians.")
    assert by_figure(text)["Over 400"]["place"] == "Ukraine"


# Errors of the blind first run on held-out 160-167 (`5cecbea`).


def test_three_and_a_half_hours():
    assert parse_figure("about three and a half hours").value == 3.5
    text = ("Ukraine’s Russian-occupied Zaporizhzhia nuclear power plant was cut off from the national grid for about "
            "three and a half hours on Friday, the IAEA said.")
    row = by_figure(text)["about three and a half hours"]
    assert (row["value"], row["unit"]) == ("3.5", "hours")


def test_destroyed_seven_times_as_a_result_of_shelling_counts_attacks():
    text = "There is a substation near Kyiv, which has already been destroyed 7 times as a result of shelling."
    assert by_figure(text)["7"]["value"] == "7"
    assert dropped("The enemy shelled the town 5 times as many as last week.")["5"] == "ratio"


def test_the_whole_after_the_companys_or_the_capitals_is_no_figure():
    assert "six" not in by_figure("Attacks severely damaged five of the company's six thermal power plants.")
    text = "More than 1,000 of the capital's approximately 12,000 apartment blocks were already without heating."
    assert "approximately 12,000" not in by_figure(text)


def test_dropped_by_approximately_two_thirds():
    text = ("Ukraine's electricity generation capacity has dropped by approximately two-thirds, and covering peak "
            "consumption during the upcoming winter is not possible, the ministry said.")
    assert by_figure(text)["approximately two-thirds"]["unit"] == "percent"


def test_dollars_with_a_b_for_billion():
    row = by_figure("Damage to Ukrainian energy system amounts to $11.5B, an energy official said.")["$11.5B"]
    assert (row["value"], row["unit"]) == ("11500000000", "USD")


def test_told_an_outlet_credits_the_speaker_not_the_outlet():
    text = ("Yevgenia Yashina, spokeswoman for the ZNPP, told TASS that after the strike on the city’s second "
            "substation only two neighborhoods in Energodar had electricity.")
    assert by_figure(text)["two"]["claimant"].startswith("Yevgenia Yashina")


def test_accused_tweeted_and_described_are_attributions_but_not_a_comment_in_a_which_clause():
    text = ("Russia later accused Ukraine of continuing provocations by firing 15 rockets to Energodar where the plant "
            "is located.")
    assert by_figure(text)["15"]["claimant"] == "Russia"
    text = "Zelenskyy tweeted Tuesday that nearly one-third of Ukraine’s power stations have been destroyed."
    assert by_figure(text)["nearly one-third"]["claimant"] == "Zelenskyy"
    text = ("Naftogaz CEO Sergii Koretskyi described the attack as the largest during the war, with Russia firing 35 "
            "missiles and 60 drones overnight.")
    assert by_figure(text)["35"]["claimant"].endswith("Sergii Koretskyi")
    text = ("On 22 March, Russia fired 88 missiles and 63 Shahed combat drones at Ukraine, which Ukrainian authorities "
            "described as the largest strike on the country's energy infrastructure to date.")
    assert by_figure(text)["88"]["claimant"] == ""
    text = ("The nationwide barrage of more than 100 missiles and drones knocked out power to 10 million people Tuesday "
            "– described by Ukraine’s energy minister as the biggest blitz of the war.")
    assert by_figure(text)["10 million"]["claimant"] == ""


def test_the_latest_update_from_the_mayor_is_the_mayor():
    text = ("In the capital Kyiv, 40% of residents are without water, according to the latest update from the mayor, "
            "and 270,000 apartments have no electricity.")
    assert by_figure(text)["40%"]["claimant"] == "the mayor"


def test_a_closing_dash_said_name_credits_its_paragraph():
    text = ("More than 63,000 objects of various types were destroyed, and the enemy launched more than 30 complex "
            "attacks on the energy sector. - said Kolisnyk.")
    assert by_figure(text)["more than 30"]["claimant"] == "Kolisnyk"


def test_cited_someone_as_saying_credits_them():
    text = ("TASS cited emergency services in the region as saying that 10 settlements, including Kherson city, were "
            "affected.")
    assert by_figure(text)["10"]["claimant"] == "emergency services in the region"


def test_a_headline_that_names_its_source_after_a_dash():
    text = ("Ukraine suffers damage to two UGS facilities, they continue to operate – Naftogaz\n\n"
            "Ukraine suffered damage at its storage sites.")
    assert by_figure(text)["two"]["claimant"] == "Naftogaz"


def test_three_of_them_died_are_casualties():
    text = ("At last count, DTEK had lost 136 employees in the war. Three of them died at a coal-fired plant that came "
            "under Russian attack.")
    assert dropped(text)["Three"] == "casualties"


# Errors of the blind first run on held-out 168-175 (`ec4c894`).


def test_a_list_of_regions_and_counts_after_a_dash_places_each_count():
    text = ("Most attacks on critical infrastructure facilities in October were conducted in Dnipro region - 8, Lviv "
            "region - 6, Vinnytsia region - 5, Sumy region - 4, Kharkiv region - 4, and in Kyiv - 4.")
    rows = extract_article(article(text))
    assert [(r["figure"], r["place"]) for r in rows] == [
        ("8", "Dnipro region"), ("6", "Lviv region"), ("5", "Vinnytsia region"), ("4", "Sumy region"),
        ("4", "Kharkiv region"), ("4", "Kyiv")]


def test_water_out_for_hours_and_drained_heating_are_outages():
    text = "In some cities, including Kyiv, electricity and even running water were out for nearly 12 hours."
    assert by_figure(text)["nearly 12 hours"]["unit"] == "hours"
    text = ("As a result of a Russian combined attack, Kharkiv will have to drain water from the heating system in 820 "
            "buildings to prevent the network from freezing.")
    assert by_figure(text)["820"]["value"] == "820"


def test_approaching_is_a_hedge():
    assert parse_figure("approaching 1,000").qualifier == "nearly"
    text = ("Due to the shutdown of CHP-5, the number of Kharkiv high-rise buildings without heat is approaching "
            "1,000.")
    assert by_figure(text)["approaching 1,000"]["value"] == "1000"


def test_blows_and_properties_are_counted_nouns():
    assert by_figure("On Friday, the occupiers delivered 3 blows to the critical infrastructure of the Kharkiv "
                     "region.")["3"]["value"] == "3"
    assert by_figure("Around 30,000 properties of the Nizhyn hromada have been cut off from the power "
                     "grid.")["Around 30,000"]["value"] == "30000"


def test_documented_is_an_attribution():
    text = "Since the start of the heating season, the SBU has documented 256 Russian air attacks on energy facilities."
    assert by_figure(text)["256"]["claimant"] == "the SBU"


def test_shares_of_companies_in_a_business_survey_are_no_figures():
    text = ("The EBA noted that over the past two months, the instability of Ukraine’s power grid has forced 66% of "
            "companies to change their work schedule, 40% to reduce production or services. Another 9% suspended "
            "work or closed part of their premises.")
    assert set(dropped(text).values()) == {"a share of the companies surveyed, not of a supply"}
    assert "50%" in by_figure("The blackouts left 50% of consumers in the region without power, the governor said.")


# Found in held-out 175 and 181 (blind rounds of 2026-11-29), fixed after held-out 176-181's run.


def test_a_title_of_a_body_right_after_its_holder_was_named_is_that_person():
    text = ("The city is on the brink, said Vadym Filashkin, the head of the Donetsk Regional Military "
            "Administration.\n\n\"Due to shelling, almost half of the city is without electricity,\" wrote the head of "
            "the Regional Military Administration.")
    assert by_figure(text)["almost half"]["claimant"] == "Vadym Filashkin"


# Found in held-out 182 (the blind round on the session's final code), fixed after it.


def test_drones_launched_targeting_ukraine_are_national():
    text = ("Russian drones hit the city of Sumy overnight, the region's military administration said. Ukraine's air "
            "force said that Russia launched 13 attack drones targeting Ukraine.")
    assert by_figure(text)["13"]["place"] == "Ukraine"


# Found by listing every miss left on held-out 1-184 (not blind): three corpora word it so.


def test_the_same_count_later_keeps_its_noun():
    text = ("While approximately 22,000 subscribers remained without electricity overnight, the number has now "
            "fallen to around 3,500.")
    assert by_figure(text)["around 3,500"]["value"] == "3500"
    text = "If at night 22 thousand subscribers were left without electricity, then now there are about 3,500."
    assert by_figure(text)["about 3,500"]["value"] == "3500"


# Found in held-out 185-192 (the blind round of 2026-11-29's fourth session), fixed after it.


def test_hours_an_outage_can_last_are_its_length_not_a_window():
    text = "Electricity cuts can last from 4 to 8 hours and sometimes all day."
    assert by_figure(text)["from 4 to 8 hours"]["unit"] == "hours"


def test_a_sum_after_its_own_currency_code_does_not_take_the_previous_currency():
    text = ("There were fuel losses worth millions of dollars – approximately USD 8 million to USD 10 million, which "
            "is around GBP 6.4 million to GBP 8 million.")
    rows = by_figure(text)
    assert "6.4 million" not in rows and rows["USD 10 million"]["unit"] == "USD"


def test_a_title_and_name_after_according_to_at_the_end_of_a_sentence_keep_the_name():
    text = ("More than 50 missiles hit critical facilities, leaving around 350,000 apartments with no electricity, "
            "according to the capital's mayor, Vitaliy Klitschko.")
    assert by_figure(text)["around 350,000"]["claimant"].endswith("Vitaliy Klitschko")


def test_a_speaker_named_before_who_says_is_the_claimant():
    text = ("Zelenskyy, who says air strikes have damaged 30% of Ukraine’s power stations since Oct. 10, urged the "
            "public to limit use.")
    assert by_figure(text)["30%"]["claimant"] == "Zelenskyy"


def test_a_share_of_the_missiles_shot_down_is_no_figure():
    text = "It was a combined strike, and only half of the missiles were shot down, Zelensky said."
    assert dropped(text)["half"] == "a share of the weapons shot down"
    assert "About 40%" in by_figure("About 40% of the missiles hit energy facilities, the air force said.")


def test_missiles_that_hit_facilities_across_ukraine_are_national():
    text = ("More than 50 missiles hit critical facilities across Ukraine, leaving 80 per cent of Kyiv residents "
            "without water, the mayor said.")
    rows = by_figure(text)
    assert rows["More than 50"]["place"] == "Ukraine" and rows["80 per cent"]["place"] == "Kyiv"


def test_hours_out_of_24_are_hours_a_day():
    text = "Kyiv city and region are among the hardest hit, with no electricity twelve hours out of 24."
    assert by_figure(text)["twelve hours out of 24"]["unit"] == "hours_per_day"
    assert by_figure("Residents have no electricity 16 hours out of 24.")["16 hours out of 24"]["unit"] == "hours_per_day"


def test_hours_that_name_a_span_of_time_are_no_outage():
    text = "In a recent 24-hour spell, her high-rise only had power for half an hour."
    assert dropped(text)["24-hour"] == "window"


def test_in_total_sums_up_the_sentence_before():
    text = "As of this evening, blackouts continue in most regions and in Kyiv. In total, more than six million subscribers."
    assert by_figure(text)["more than six million"]["value"] == "6000000"


def test_a_sum_needed_is_a_cost():
    text = ("According to Ukrenergo, the need for preparing the energy industry of Ukraine for winter may amount to "
            "about 1.5 billion dollars.")
    assert by_figure(text)["about 1.5 billion dollars"]["unit"] == "USD"


def test_fuel_storages_are_facilities():
    text = ("Russia's defense ministry said that missiles had destroyed an oil refinery and three fuel storages in "
            "the Odesa region.")
    assert by_figure(text)["three"]["value"] == "3"


# Found in held-out 193-200 (the second blind round of 2026-11-29's fourth session), fixed after it.


def test_half_a_million_with_hyphens_and_no_noun_before_have_no_power():
    text = "In the capital Kyiv, half-a-million have no power, this entire apartment complex lit only by headlights."
    assert by_figure(text)["half-a-million"]["value"] == "500000"


def test_a_24_hour_clock_time_written_with_pm_is_a_time():
    text = "More than 40,000 people were cut off gas as of 15 p.m."
    assert dropped(text)["15 p.m."] == "time" and "More than 40,000" in by_figure(text)


def test_such_buildings_are_counted_like_those_the_sentence_before_left_without_heat():
    text = ("Hot water will begin flowing to buildings that were left without heat due to shelling. There are "
            "currently 3,260 such buildings.")
    assert by_figure(text)["3,260"]["value"] == "3260"
    text = "Six major boiler houses have been shut down due to a power outage. This affects about 2,500 apartment buildings."
    assert "about 2,500" in by_figure(text)
    text = "The water supply was disrupted overnight. Overall, more than 10 residential buildings in Dnipro were damaged."
    assert "more than 10" not in by_figure(text)


def test_recalled_is_a_say_verb():
    text = ("The Minister of Energy recalled that since October, there have been 14 massive missile strikes on the "
            "energy system.")
    assert by_figure(text)["14"]["claimant"] == "The Minister of Energy"


def test_a_sentence_that_names_the_country_is_national_after_one_on_a_city():
    text = ("The power plant that serves Kyiv, the Trypilska thermal power plant, was flattened in April. In one day "
            "on June 1 alone, Ukraine lost another 1.2 GW of generation.")
    assert by_figure(text)["1.2 GW"]["place"] == "Ukraine"
    text = ("Explosions were heard in Lviv. Overnight, 14 enemy missiles hit energy facilities in western Ukraine, "
            "the governor said.")
    assert by_figure(text)["14"]["place"] == "Lviv"
    text = ("The Dnipro hydroelectric power plant in Zaporizhzhia was hit. Ihor Syrota, head of Ukraine’s "
            "Ukrhydroenergo, said that two missiles struck the power plant.")
    assert by_figure(text)["two"]["place"] == "Dnipro hydroelectric power plant"  # the paragraph's place, not Ukraine


# Found in held-out 201-208 (the third blind round of 2026-11-29's fourth session), fixed after it.


def test_outages_that_can_often_last_hours_are_their_length():
    text = "However, the power cuts can often last 12 hours, and sometimes even more."
    assert by_figure(text)["12 hours"]["unit"] == "hours"


def test_times_over_a_few_days_is_a_count_not_a_ratio():
    text = ("Russian missiles and drones struck Ukrainian targets 128 times over three days this week, hitting 28 "
            "energy installations, the government said.")
    assert by_figure(text)["128"]["value"] == "128"


def test_airstrikes_are_attacks():
    text = "Since the start of the heating season, Russia has launched 256 airstrikes on Ukrainian power facilities."
    assert by_figure(text)["256"]["value"] == "256"


def test_a_payment_is_a_cost():
    text = "Canada has expedited a $10 million payment to Ukraine's energy sector as Russian strikes continue."
    assert by_figure(text)["$10 million"]["unit"] == "USD"


def test_missiles_taken_out_are_shot_down_and_the_whole_is_the_launch_count():
    text = "Ukraine’s air defences took out 60 out of 76 of Friday’s incoming missiles fired at critical infrastructure."
    rows = by_figure(text)
    assert "60" not in rows and rows["76"]["value"] == "76"


def test_millions_plunged_into_darkness_are_people_without_power():
    text = "Russia has bombed out a third of Ukraine's energy system, plunging millions into cold, into darkness."
    assert by_figure(text)["millions"]["value"] == "1000000"


def test_pledged_is_a_say_verb_but_pledges_is_a_noun():
    text = "American officials pledged to give Ukraine $53 million to repair the electrical grid."
    assert by_figure(text)["$53 million"]["claimant"] == "American officials"
    text = ("Donor pledges quickly surged past the 400-million euro mark to repair the grid, Macron’s office said.")
    assert by_figure(text)["400-million euro"]["claimant"] == "Macron’s office"


def test_a_place_listed_with_another_in_an_earlier_sentence_makes_the_country():
    text = ("The aggressor also launched rocket attacks on critical infrastructure in Dnipropetrovsk and Sumy Oblasts. "
            "Hundreds of populated areas were cut off as a result of the attack.")
    assert by_figure(text)["Hundreds"]["place"] == "Ukraine"


# Found in held-out 209-216 (the fourth blind round of 2026-11-29's fourth session), fixed after it.


def test_apartment_complexes_without_heating_are_counted():
    text = "Around 6,000 apartment complexes in Kyiv currently lack heating due to destruction."
    assert by_figure(text)["Around 6,000"]["value"] == "6000"


def test_homes_a_strike_knocked_out_power_for_are_an_outage():
    text = ("DTEK has said that its Odesa energy facility was substantially damaged, knocking out electricity for "
            "30,800 homes.")
    assert by_figure(text)["30,800"]["value"] == "30800"


def test_tens_of_thousands_before_a_noun_without_of():
    text = "Tens of thousands consumers are now without power, according to a local power company."
    assert by_figure(text)["Tens of thousands"]["value"] == "10000"


def test_counts_listed_after_attacks_on_are_attacks():
    text = ("In this period, HRMMU recorded 36 attacks on power generation facilities: 25 on thermal power plants "
            "(TPPs) in nine regions.")
    assert by_figure(text)["25"]["value"] == "25"


def test_demolished_is_damage_and_hubs_are_facilities():
    assert "half" in by_figure("As of December 13, half of Ukraine’s energy infrastructure has been demolished.")
    assert "at least 15" in by_figure("Ukrenergo reported damage to at least 15 major energy hubs across the country.")


# Found by listing the misses of held-out 185-216 (not blind).


def test_an_estimated_third_is_a_share():
    text = "Russian strikes have damaged an estimated third of that country's electrical infrastructure."
    row = by_figure(text)["an estimated third"]
    assert (row["value"], row["unit"]) == ("33.3333", "percent")


def test_weeks_and_days_without_supplies_are_an_outage_length():
    text = ("Residents have been living without gas, water, or electricity for nearly three weeks following Russian "
            "missile strikes.")
    assert by_figure(text)["nearly three weeks"]["value"] == "504"
    text = "Last week she spent four days without electricity, heat or running water."
    assert by_figure(text)["four days"]["value"] == "96"
    assert "two weeks" not in by_figure("Repairs of the damaged substation will take two weeks.")


# Found in held-out 217-220 (a small blind round with the last of the search budget), fixed after it.


def test_a_count_left_without_power_countrywide_is_national():
    text = ("Russia launched another vast attack on Ukraine's energy system, rocking Kyiv with explosions throughout the "
            "night and leaving 1.2-million properties without power countrywide.")
    assert by_figure(text)["1.2-million"]["place"] == "Ukraine"
    assert by_figure("In Kyiv, 5,000 homes were left without power across the city.")["5,000"]["place"] == "Kyiv"


# Found by listing the misses of held-out 1-220 by their dropped reason (not blind): restorations worded
# with a verb, an object or a listing the restoration rule did not know.


def test_restorations_with_an_object_between_the_verb_and_to_or_for():
    cases = {
        "Last week, they have restored operation of the grids for almost 43,000 families.": "almost 43,000",
        "Power engineers managed to reconnect 12,269 consumers over the day.": "12,269",
        "Technical solutions have already been found that allowed to return electricity to 40 thousand residents of "
        "Odesa region.": "40 thousand",
        "Yesterday, light was fully or partially returned to the homes of 60.5 thousand families in Odesa region.":
            "60.5 thousand",
        "DTEK announced the successful restoration of electricity to 170,000 homes in the Dnipropetrovsk region.":
            "170,000",
        "Within a week, power engineers continued the supply of electricity to nearly 18.5 thousand families.":
            "nearly 18.5 thousand",
        "Efforts are underway in Dnipropetrovsk to restore heating and water services for more than a million "
        "residents.": "more than a million",
    }
    for text, figure in cases.items():
        assert reconnection(by_figure(text)[figure]), text


def test_restorations_worded_as_supply_received():
    assert reconnection(by_figure('"As of now, 33,000 subscribers are receiving gas in full," Koretsky wrote.')["33,000"])
    text = "According to him, all 33,000 customers in the city are now fully supplied with gas."
    assert reconnection(by_figure(text)["33,000"])
    text = ("Despite constant attacks on the energy system, on average, 95.4% of residential buildings, almost 100% of "
            "educational and medical institutions received heat.")
    rows = by_figure(text)
    assert rows["95.4%"]["notes"].startswith("restored: a share")
    assert rows["almost 100%"]["notes"].startswith("restored:")


def test_restoration_without_a_noun_counts_people():
    text = ("Water supply has been restored for more than 1.7 million consumers, and heating has been restored for "
            "around 270,000, Kuleba reported.")
    assert reconnection(by_figure(text)["around 270,000"])


def test_figures_listed_after_a_restoration_are_restored_too():
    text = ("In a statement, DTEK said it had restored electricity to 748,000 households in Kyiv and 347,000 outside "
            "the city.")
    assert reconnection(by_figure(text)["347,000"])
    text = ("Heat has already been restored for almost 400 thousand subscribers in Kharkiv region, as well as half of "
            "the buildings in the city of Dnipro.")
    assert by_figure(text)["half"]["notes"].startswith("restored:")
    text = "Over the past month, energy workers restored electricity to 60,410 families in 217 settlements of the region."
    assert by_figure(text)["217"]["notes"].startswith("restored:")


def test_a_restoration_does_not_reach_a_count_still_cut_off():
    text = ("Although Ukraine's four nuclear power plants have been reconnected to the national grid, six million "
            "households are still without power.")
    assert not by_figure(text)["six million"]["notes"].startswith("restored:")
    text = "DTEK said it had restored power to 40,000 customers, however 90,000 were still without."
    rows = by_figure(text)
    assert reconnection(rows["40,000"]) and not rows["90,000"]["notes"].startswith("restored:")
    text = ("Power engineers are also working to restore power to 350,000 homes in Kyiv that were left without "
            "electricity.")
    assert reconnection(by_figure(text)["350,000"])


def test_a_count_outside_the_city_is_in_the_oblast_around_it():
    text = ("In a statement, DTEK said it had restored electricity to 748,000 households in Kyiv and 347,000 outside "
            "the city.")
    rows = by_figure(text)
    assert (rows["748,000"]["place"], rows["347,000"]["place"]) == ("Kyiv", "Kyiv Oblast")
    assert by_figure("In Kharkiv, 5,000 homes in the surrounding region lost power.")["5,000"]["place"] == "Kharkiv Oblast"


# Found in held-out 221-228 (live blogs, energy trade press, nuclear plants, damage estimates, health care,
# business, transport, regional outlets; scored blind on 7067739), fixed after it.


def test_plunging_millions_into_darkness_is_an_outage_count():
    text = ("Fresh Russian strikes hit cities across Ukraine on Thursday, crippling the country’s energy infrastructure "
            "and plunging millions into darkness as winter sets in and temperatures drop.")
    assert by_figure(text)["millions"]["value"] == "1000000"


def test_downs_is_a_shoot_down_and_the_whole_is_the_attack():
    rows = by_figure("Air Force: Ukraine downs 92 of 151 Russian aerial targets overnight on March 22.")
    assert "151" in rows and "92" not in rows


def test_any_of_the_countrys_plants_is_the_size_of_a_set():
    text = ("The strike landed near the South Ukraine nuclear plant, a reminder that Russia can still threaten "
            "disaster at any of Ukraine’s four active nuclear plants.")
    assert "four" not in by_figure(text)


def test_the_population_a_share_is_of_is_no_figure():
    rows = by_figure("Further, 60% of Kyiv's three million residents were without electricity on Wednesday, as per "
                     "Vitaly Klitschko.")
    assert "60%" in rows and "three million" not in rows


def test_children_displaced_are_no_outage_count():
    text = ("Attacks on energy infrastructure have plunged millions of civilians into the freezing cold, the agency said, "
            "and at least 1.2 million children have been displaced by these attacks.")
    assert "at least 1.2 million" not in by_figure(text)


def test_capacity_reduced_to_a_level_is_no_loss():
    text = ("During the attack, the power units of the South Ukrainian Nuclear Power Plant reduced their capacity to a "
            "total of 1,800 MW.")
    assert "1,800 MW" not in by_figure(text)
    assert "1,800 MW" in by_figure("The attack cut 1,800 MW of the plant's capacity.")


def test_according_to_a_bodys_information_credits_the_body_not_a_date():
    text = ("We will remind, according to DTEK's information as of April 3, due to Russian blows on infrastructure, 80% "
            "of the company's generating capacity was lost.")
    assert by_figure(text)["80%"]["claimant"] == "DTEK"
    assert by_figure("According to Ukrenergo’s data, 40% of substations were damaged.")["40%"]["claimant"] == "Ukrenergo"


# Found in held-out 229-236 (explainers, newsletters, gas, hydropower, wind and solar, the defence press, faith
# media, outlets of Moldova, Romania, Poland and Hungary; scored blind on ab1f0fd), fixed after it.


def test_word_numbers_in_billions_of_a_currency_are_money():
    text = ("She added that the undermining of the hydroelectric power station led to damage to Ukraine’s water "
            "resources by two billion hryvnias.")
    row = by_figure(text)["two billion hryvnias"]
    assert (row["value"], row["unit"]) == ("2000000000", "UAH")


def test_missiles_stopped_by_air_defences_are_shot_down_and_the_whole_is_the_attack():
    text = ("Based on a statement of the air force commander, 21 of the 34 inbound missiles were stopped by Ukrainian "
            "air defenses after the attack on the power plants.")
    rows = by_figure(text)
    assert "34" in rows and "21" not in rows


def test_drones_that_did_not_hit_their_targets_are_no_strike_count():
    text = ("Russia attacked Ukraine with 43 missiles and 74 drones overnight, the Ukrainian Air Force said. A total of "
            "30 missiles and 47 drones were shot down, while 27 drones did not hit their targets.")
    rows = by_figure(text)
    assert "43" in rows and "74" in rows and "27" not in rows


def test_casualties_with_an_including_clause_are_no_figures():
    text = ("After the strike on the substation, in the Kharkiv region, twelve individuals, including eight children, "
            "were hospitalized.")
    rows = by_figure(text)
    assert "twelve" not in rows and "eight" not in rows


def test_people_who_left_the_capital_are_no_outage_count():
    for text in ("Klitschko said 600,000 people have left the capital in January following a series of strikes on "
                 "the power grid.",
                 "Klitschko has said that continued strikes on energy have forced around 600,000 residents to "
                 "temporarily leave the capital."):
        assert not any(f.endswith("600,000") for f in by_figure(text)), text


def test_what_was_not_damaged_is_no_figure():
    text = ("The two missiles destroyed portions of the 21-acre solar farm, but the majority of the site’s 13,680 "
            "panels appear to be undamaged.")
    assert "13,680" not in by_figure(text)


def test_a_named_plants_rated_capacity_is_no_loss():
    text = ("In Zaporizhzhia region, 10 large and medium-sized SPPs are under occupation. Among them is the 50 MW "
            "Tomak Solar Energy plant. The 16 MW Oleshkivska SPP was completely destroyed.")
    rows = by_figure(text)
    assert "50 MW" not in rows and "16 MW" not in rows


def test_capacities_that_have_been_decommissioned_are_lost():
    text = "As a result of the full-scale invasion of Russia, 90% of the wind energy capacities in Ukraine have been decommissioned."
    assert by_figure(text)["90%"]["value"] == "90"
    assert "30-35%" not in by_figure("DTEK plans to increase imports by 30-35% and to buy decommissioned power station "
                                     "equipment.")


def test_the_whole_of_a_set_left_without_heating_is_a_figure():
    text = ("As of Jan. 21, 4,000 of the 5,635 high-rise apartment buildings, which were left without heating after the "
            "Russian attack on Jan. 20, were still without heating, according to Klitschko.")
    assert "5,635" in by_figure(text)


def test_left_with_no_electricity_is_an_outage():
    assert by_figure("In Odesa, 200,000 were left with no power after the strike.")["200,000"]["place"] == "Odesa"


# Found in held-out 237-244 (legal texts, insurance and investment, American and Canadian local news, sports and
# culture, popular and tabloid sites, Ukraine's ministries, environmental damage, South Asian outlets; scored
# blind on 3e1406f), fixed after it.


def test_a_slash_fraction_of_something_is_a_share():
    assert (parse_figure("1/3").value, parse_figure("1/3").unit) == (100 / 3, "percent")  # the ETL read the count 1
    text = "“By now 1/3 of the Ukrainian electrical infrastructure has been completely ruined,” she said."
    row = by_figure(text)["1/3"]
    assert (row["value"], row["unit"]) == ("33.3333", "percent")
    assert "4" not in by_figure("Crews work a 4/4 rotation after the strikes on the grid, 4 hours on and 4 off.")


def test_thousands_of_megawatts_is_a_capacity():
    quantity = parse_figure("thousands of megawatts")
    assert (quantity.value, quantity.unit, quantity.qualifier) == (1000, "MW", "at_least")
    text = "As a result, thousands of megawatts of capacity have been put out of action."
    assert by_figure(text)["thousands of megawatts"]["unit"] == "MW"


def test_a_count_that_remained_disconnected_counts_people():
    text = ("The number of disconnections reached 200,000 consumers. However, 20,000 remained disconnected in the "
            "morning, because the shelling continued.")
    assert "20,000" in by_figure(text)


def test_neutralize_and_defences_destroyed_are_shoot_downs():
    rows = by_figure("Air defense forces neutralize 30 of 48 drones launched by Russia at energy facilities.")
    assert "48" in rows and "30" not in rows
    text = ("Russia launched six missiles and 78 Shahed drones at Ukraine overnight, Ukraine’s air force said. Defenses "
            "destroyed four of the missiles and 66 drones in the air.")
    rows = by_figure(text)
    assert "78" in rows and "four" not in rows and "66" not in rows


def test_children_deported_are_no_outage_count():
    text = ("Kostin claimed that 11,000 Ukrainian children had been forcefully transported to Russia after the strikes "
            "on the grid.")
    assert "11,000" not in by_figure(text)


def test_a_rank_is_no_count():
    text = ("Former world number three Elina Svitolina said the strikes left her home city without power for three "
            "days.")
    rows = by_figure(text)
    assert "three" not in rows and rows["three days"]["value"] == "72"


# Found in held-out 245-250 (ports, older and disabled people, banks and mobile operators, Nordic and Baltic
# broadcasters, Canadian and Australian outlets, smaller Ukrainian outlets; scored blind on 7d76f31), fixed after it.


def test_others_left_without_power_across_regions_are_an_outage_count():
    text = ("Russia pounded Ukrainian power facilities on Friday, killing at least five people and leaving more than a "
            "million others across seven regions without electricity.")
    rows = by_figure(text)
    assert rows["more than a million"]["value"] == "1000000" and "at least five" not in rows


def test_a_count_of_whom_are_in_a_place_is_part_of_an_outage():
    text = ("According to media reports, more than one million people are without power across the country, around "
            "800,000 of whom are in Kyiv.")
    assert by_figure(text)["around 800,000"]["place"] == "Kyiv"


# Found by listing the misses left by their dropped reason ("no counted noun"), not blind.


def test_a_count_after_of_which_counts_what_the_count_before_counts():
    text = ("According to the data, on Monday 4,000 sites were left without power, of which 3,600 did not work at all, "
            "Kyivstar President Oleksandr Komarov said.")
    rows = by_figure(text)
    assert rows["3,600"]["value"] == "3600" and "4,000" in rows


# Found in held-out 251-253 (humanitarian shelter reports, campus press, North American utility press; scored
# blind on 82b3040), fixed after it.


def test_reports_outlet_after_the_clause_is_the_claimant():
    text = ("As of Sunday, more than 500 Ukrainian communities were without power as a result of Russian missile "
            "strikes, reports Al Jazeera.")
    assert by_figure(text)["more than 500"]["claimant"] == "Al Jazeera"


def test_hours_in_a_day_are_hours_a_day():
    assert parse_figure("up to 10 hours in a day").unit == "hours_per_day"
    text = ("Authorities schedule daily rolling power outages in cities across the country that can last up to 10 hours "
            "in a day.")
    assert by_figure(text)["up to 10 hours in a day"]["unit"] == "hours_per_day"


def test_millions_who_have_been_left_without_power():
    text = "Russian bombing has hit close to a third of power stations, while millions have been left without electricity."
    assert by_figure(text)["millions"]["value"] == "1000000"


def test_salvoes_are_attacks_and_roughly_opens_a_set():
    text = "Despite 12 major attacks on the power grid since October 10 with more than 1,300 missile and drone salvoes."
    assert by_figure(text)["more than 1,300"]["value"] == "1300"
    text = "More than 1,000 of the city’s roughly 12,000 apartment blocks had already lost heating after the strikes."
    assert "roughly 12,000" not in by_figure(text)


# Found in held-out 254-261 (magazines, conflict monitors, Irish/New Zealand/South African, Japanese/Korean/
# Southeast Asian and Israeli/Gulf outlets, Ukrainian energy analysts, European news agencies, Benelux/Alpine
# outlets; scored blind on 3ddc7e9), fixed after it.


def test_a_million_and_a_half_is_one_and_a_half_million():
    assert parse_figure("around a million and a half").value == 1_500_000  # the ETL read 1,000,000.5
    assert parse_figure("three and a half hours").value == 3.5
    text = "There have been power outages across the country, affecting around a million and a half people."
    assert by_figure(text)["around a million and a half"]["value"] == "1500000"


def test_its_residents_are_a_population_and_city_dwellers_are_people():
    text = ("Russia seemingly exploited air defense shortages in Kharkiv to pummel the region’s energy infrastructure "
            "and terrorize its 1.3 million residents. Nearly 200,000 city dwellers remain without power, while 50% of "
            "the region’s population still suffers from outages, officials say.")
    rows = by_figure(text)
    assert "1.3 million" not in rows and rows["Nearly 200,000"]["value"] == "200000"


def test_the_city_of_three_million_is_a_population():
    text = "Its mayor says more than 5,600 high-rise buildings are now without heat and about half the city of 3 million is without water."
    rows = by_figure(text)
    assert "3 million" not in rows and "more than 5,600" in rows


def test_plants_under_the_control_of_the_russian_forces_are_lost():
    text = ("According to the Center for Journalistic Investigations, up to 90% of wind and up to 50% of solar power "
            "plants are under the control of the Armed Forces of the Russian Federation.")
    assert {"up to 90%", "up to 50%"} <= set(by_figure(text))


def test_will_lose_a_share_of_wind_energy():
    text = ("According to the Minister of Energy of Ukraine Herman Galushchenko, in 2022 alone, the country will lose "
            "90% of wind energy and 45% of solar energy.")
    assert {"90%", "45%"} <= set(by_figure(text))


def test_injuries_including_children_are_casualties():
    text = ("However, in Dnipro, a drone attack on the power grid caused a nine-story building to collapse, resulting "
            "in three deaths and twelve injuries, including two children.")
    assert not {"twelve", "two", "three"} & set(by_figure(text))


def test_the_second_count_listed_after_launched_is_launched():
    text = ("The Ukrainian Air Force reported that Russian forces had launched 458 drones and 45 missiles overnight at "
            "energy facilities, with a significant number intercepted and neutralized.")
    rows = by_figure(text)
    assert rows["45"]["value"] == "45" and "458" in rows


def test_assure_you_100_percent_is_no_share():
    text = "\"I can assure you 100% that there will be blackouts,” Kharchenko said."
    assert "100%" not in by_figure(text)
    assert "100%" in dropped(text)


def test_a_title_named_first_is_not_a_differently_titled_person_named_after():
    text = ("The Kremlin is weaponizing winter. Its mayor says more than 5,600 high-rise buildings are now without "
            "heat. The high Tuesday was 17 degrees Fahrenheit. “There is not a single power plant left in Ukraine that "
            "has not been attacked,” said Energy Minister Denys Shmyhal.")
    assert by_figure(text)["more than 5,600"]["claimant"] == "Its mayor"


# Found in held-out 262-269 (travel and hospitality, Ukraine's envoys abroad, European energy institutions,
# fundraising campaigns, Iberian outlets, sister cities, Ukraine's parliament and ombudsman, schools in Ukraine;
# scored blind on e69fddb), fixed after it.


def test_a_dash_line_crediting_the_city_administration_credits_the_paragraph():
    text = ("Before that, 150 buildings of educational institutions were without heat supply. In total, 315 buildings "
            "remained without heating - more than 30% of the total number of educational institutions in the city, "
            "including 163 kindergartens and 141 schools. - noted the Kyiv City State Administration.")
    rows = by_figure(text)
    assert rows["315"]["claimant"] == "the Kyiv City State Administration"
    assert rows["150"]["claimant"] == "the Kyiv City State Administration"


def test_a_contribution_and_money_gathered_are_funds():
    text = ("“And today we gave the indication that we will go ahead with an extraordinary contribution of one million "
            "euros” to restore Ukraine's energy capacity, he announced.")
    assert by_figure(text)["one million euros"]["value"] == "1000000"
    text = ("Between 21 January and 26 January, the initiative gathered 126 million crowns ($6.16 million) for "
            "generators, Ondracek said.")
    assert "$6.16 million" in by_figure(text)


def test_money_asked_for_is_a_need():
    text = ("Ukrainian President Volodymyr Zelenskyy addressed the conference via videolink, asking the many heads of "
            "state for €800 million to help his country face the freezing winter with energy infrastructures under "
            "bombardment.")
    assert by_figure(text)["€800 million"]["unit"] == "EUR"


def test_people_who_had_left_the_ukrainian_capital_are_not_cut_off():
    text = ("Around 3,000 apartment blocks remained without heating, Mayor Vitaliy Klitschko said, having estimated "
            "that some 600,000 people had left the Ukrainian capital since the start of January alone.")
    rows = by_figure(text)
    assert "some 600,000" not in rows and "Around 3,000" in rows


def test_a_cut_in_consumption_is_a_saving_not_damage():
    text = ("Most Ukrainians have reduced electricity consumption by up to 10%, which helps energy workers repair "
            "power facilities that have been damaged by Russian strikes.")
    assert "up to 10%" not in by_figure(text)


def test_a_capital_of_millions_is_a_population():
    text = ("This is Kyiv, a modern, thriving European capital of 3.3 million people, and now a war-torn city "
            "struggling with shortages of electricity, running water and central heating.")
    assert "3.3 million" not in by_figure(text)


# Found by listing the misses that no rule even read as a number (held-out 1-269), not blind.


def test_half_before_a_possessive_or_our_is_a_share():
    text = "Russia has knocked out about half Ukraine’s available generating capacity during the strikes."
    assert by_figure(text)["about half"]["value"] == "50"
    text = "Commenting on their current status, Timchenko said: “Unfortunately, half our wind farms are under occupation.”"
    assert by_figure(text)["half"]["value"] == "50"


def test_one_and_a_half_million_people():
    text = ("Zelensky stressed that the situation in the Odessa region is very difficult, noting that more than one and "
            "a half million people are currently without electricity.")
    assert by_figure(text)["more than one and a half million"]["value"] == "1500000"


def test_outages_for_millions_during_the_cold():
    text = ("Russia launched massive strikes on critical infrastructure last winter that caused sweeping outages for "
            "millions during the bitter cold.")
    assert by_figure(text)["millions"]["value"] == "1000000"


# Found in held-out 270-277 (August and September pages, energy workers and repair crews, appeals to save energy,
# governance and oversight, the central bank and economy ministries, generators and batteries, press digests;
# scored blind on d2240c3), fixed after it.


def test_a_list_of_counts_after_dashes_takes_the_noun_and_each_place():
    text = ("According to the Ministry of Energy, as of the morning, September 11, as a result of hostilities, more than "
            "136,000 consumers remain in blackout in Donetsk region, 3,700 – in Zaporizhzhia region, 6,200 – in Sumy "
            "region, 39,600 – in Kharkiv region, 1,300 – in Chernihiv region.")
    rows = by_figure(text)
    assert rows["3,700"]["place"] == "Zaporizhzhia region" and rows["39,600"]["place"] == "Kharkiv region"
    assert rows["1,300"]["value"] == "1300"


def test_from_a_total_of_is_how_many_were_launched():
    text = ("The Ukrainian military said its air force had destroyed 58 Russia-launched attack drones overnight from a "
            "total of 60, along with 26 of 39 missiles.")
    rows = by_figure(text)
    assert {"60", "39"} <= set(rows) and "58" not in rows


def test_millions_who_faced_blackouts_are_people():
    text = ("KYIV (Reuters) - Ukraine urged civilians on Tuesday not to use domestic appliances to save electricity as "
            "millions faced blackouts after the biggest Russian attack on its energy network since war broke out.")
    assert by_figure(text)["millions"]["value"] == "1000000"


def test_percentage_points_are_no_count():
    text = ("The central bank said Russian strikes on the energy sector have widened the electricity deficit, cutting "
            "projected 2026 GDP growth by 0.4 percentage points.")
    assert "0.4" not in by_figure(text)


def test_among_those_counts_the_damaged_sites_of_the_sentence_before():
    text = ("He said that of September 22 the Russian aggression left 349 sites of critical infrastructure damage. "
            "Among those are 335 boiler-houses, 11 combined heat and power site, 3 thermal power plants.")
    rows = by_figure(text)
    assert {"349", "335", "3"} <= set(rows)


# Found in held-out 278-285 (a region and a period each, and the power system's daily summaries; scored blind on
# 4e34ccb), fixed after it.


def test_kyiv_and_most_regions_is_the_country():
    text = ("As of Friday evening, more than 6 million subscribers in Kyiv and most regions were disconnected from "
            "electricity. President Volodymyr Zelenskyy said this in his evening video address.")
    assert by_figure(text)["more than 6 million"]["place"] == "Ukraine"


def test_a_power_deficit_is_the_grids():
    text = ("The situation is especially difficult after the shelling in Kherson region. Due to significant damage, "
            "some objects in the neighboring Mykolaiv region have been de-energized, the report says. According to the "
            "Ministry of Energy, on Friday the power deficit for the evening maximum may be about 17.5%.")
    assert by_figure(text)["about 17.5%"]["place"] == "Ukraine"


# Found in held-out 286-290 (June 2024, October 2023, May 2024, April 2025, December 2024; scored blind on
# 17a7d20), fixed after it.


def test_a_count_that_loses_power_counts_people():
    text = "Energy truce collapses — 45,000 lose power in Kherson strike"
    assert by_figure(text)["45,000"]["value"] == "45000"


def test_what_was_said_after_the_verb_is_no_claimant():
    text = ("Recently, Foreign Minister Dmytro Kuleba, in an interview with Foreign Policy, said Russian ballistic "
            "missile strikes damaged half of Ukraine’s energy system.")
    assert by_figure(text)["half"]["claimant"] == "Foreign Minister Dmytro Kuleba"


# Found by listing every extra candidate on held-out 1-290 near a casualty word (not blind).


def test_casualties_including_children_and_with_injuries_are_no_figures():
    text = ("The overnight Russian attack on the power grid killed one woman and injured 28 people, including three "
            "children aged 9, 10, and 16 years old.")
    assert "three" not in by_figure(text)
    text = "Russia attacked Odesa energy facilities with attack drones, injuring six people, three of them children."
    assert "three" not in by_figure(text)
    text = ("Fedorov reported earlier that the attack on the oblast power plant had left nine people with minor "
            "injuries, 14 with moderate injuries.")
    assert "nine" not in by_figure(text)


# Found by listing the extra shares on held-out 1-290 (not blind).


def test_a_share_of_annual_consumption_compares_with_demand():
    text = ("Ukraine bought about 4.4 billion cubic meters of gas after the strikes on its gas production for almost 2 "
            "billion euros. That’s the equivalent of nearly 20% of Ukraine’s annual consumption.")
    assert "nearly 20%" not in by_figure(text)


def test_cutting_down_electricity_use_is_a_saving():
    text = ("Some parts of the country have already cut down electricity use by 20 per cent after the strikes on "
            "power plants, according to The Guardian.")
    assert "20 per cent" not in by_figure(text)


def test_a_share_of_ukrainians_who_say_is_a_survey():
    text = "In a survey by the Razumkov Center, 43% of Ukrainians say that power shortage affects their lives."
    assert "43%" not in by_figure(text)


def test_populated_by_half_a_million_is_one_number_and_a_population():
    # "by half" was read as a fall "by half" (50%) and "a million" as a second number
    text = ("Unfortunately, the city populated by half a million people was without water for about 20-22 days after "
            "the pumping station was damaged.")
    assert "half" not in by_figure(text) and "half a million" not in by_figure(text)


def test_a_price_per_unit_or_per_hour_is_no_sum_of_damage():
    text = ("The cost of a Gepard anti-aircraft system to protect power plants is about 80 million hryvnias per unit, "
            "the publication notes.")
    assert "about 80 million hryvnias" not in by_figure(text)
    text = ("Production relies on electricity since the strikes, with the generator consuming about 700 hryvnias ($16) "
            "worth of fuel per hour.")
    assert "about 700 hryvnias" not in by_figure(text)


# Found by listing the extra capacities on held-out 1-290 (not blind).


def test_peak_demand_imports_and_needs_are_no_capacity_lost():
    text = ("Ukraine experienced a major power deficit after the strikes as generation capacity fell more than 2 "
            "gigawatts (GW) below peak demand of 12 GW.")
    rows = by_figure(text)
    assert "12 GW" not in rows and "more than 2 gigawatts" in rows
    text = ("After the strikes on power plants, Ukraine will now be able to import up to 1,700 MW of electricity from "
            "Europe, the grid operator said.")
    assert "up to 1,700 MW" not in by_figure(text)
    text = "“Ukraine needs 17 GW of power for this winter in total, with 80% of its thermal generation destroyed,” he said."
    assert "17 GW" not in by_figure(text)


# Found by listing the extra weapons counts on held-out 1-290 (not blind).


def test_knocked_down_and_counteracted_weapons_are_shoot_downs():
    text = ("Ukraine's Air Force stated that it knocked down 18 of the inbound missiles and 39 drones aimed at power "
            "plants. Russia launched 82 missiles and drones in total.")
    rows = by_figure(text)
    assert "18" not in rows and "39" not in rows and "82" in rows
    text = ("Russia attacked Ukraine's energy facilities, launching 51 missiles and 653 drones as the defenders managed "
            "to counteract 30 missiles and 585 UAVs.")
    rows = by_figure(text)
    assert "30" not in rows and "585" not in rows and {"51", "653"} <= set(rows)


# Found by listing the extra outage counts on held-out 1-290 (not blind): outages in Russia proposed as Ukraine's.


def test_outages_in_russia_are_not_proposed():
    text = ("Ukrainian drones attacked Russia overnight into Sunday, targeting energy infrastructure and leaving the "
            "Russian city of Voronezh and around 20,000 people without electricity, Reuters and AFP reported.")
    assert "around 20,000" not in by_figure(text)
    assert dropped(text)["around 20,000"] == "a figure for a place outside Ukraine (Voronezh)"
    text = ("\"Currently there is a partial blackout in 24 settlements, affecting 5,400 people,\" Belgorod Governor "
            "Vyacheslav Gladkov said on social media after the strike on a substation.")
    assert not {"24", "5,400"} & set(by_figure(text))


def test_places_in_ukraine_and_launches_from_russia_stay():
    text = ("Russian drones hit a substation in Bilhorod-Dnistrovskyi, leaving 12,000 households without power, the "
            "governor said.")
    assert by_figure(text)["12,000"]["value"] == "12000"
    text = ("Ukraine's military said its air defences faced 44 cruise missiles launched from the area of Russia's Rostov "
            "region at energy facilities overnight.")
    assert "44" in by_figure(text)


def test_a_buildings_storeys_and_a_list_of_ages_are_no_counts():
    text = ("In the Holosiivskyi district, debris from the strike on a substation caused a fire in an 18-story "
            "building, killing four people.")
    assert "18" not in by_figure(text) and dropped(text)["18"] == "height"
    text = ("Four people were also injured in the attack on the substation: a 62-year-old man and three women aged "
            "28, 35 and 56.")
    assert not {"35", "56"} & set(by_figure(text))


# Found by listing the misses no rule read as a number (held-out 1-290, not blind): three labellers counted it.


def test_halved_is_half_lost():
    assert parse_figure("halved").value == 50 and parse_figure("halved").unit == "percent"
    text = ("UKRAINE President Volodymyr Zelenskiy appealed to Ukrainians to conserve energy amid relentless Russian "
            "strikes that have halved the country’s power capacity.")
    assert by_figure(text)["halved"]["value"] == "50"
    assert "halved" not in by_figure("The prices of generators halved in a month after the strikes on power plants.")


# Found in held-out 291-298 (the blind round of 2026-11-29's seventh session), fixed after it.


def test_one_of_them_put_out_of_work_counts_one_of_the_things_just_counted():
    text = "As specified in DTEK, the enemy fired at two thermal power plants, one of them stopped generating electricity."
    assert by_figure(text)["one"]["value"] == "1"
    text = "Ukrainian utility DTEK said that two thermal power plants were damaged, one of which was shut down."
    assert by_figure(text)["one"]["value"] == "1"
    text = "Drones hit two energy infrastructure facilities, one of which caught fire, the governor said."
    assert "one" not in by_figure(text)


def test_the_digit_one_before_a_singular_noun_is_a_count():
    text = ("Generation facilities were damaged: 1 unit of a thermal power plant in the east and 8 units of thermal "
            "power plants in the west of the country.")
    assert by_figure(text)["1"]["value"] == "1"


def test_one_does_not_reach_a_noun_past_a_preposition():
    text = "One person killed in missile strike on the city's power plant."
    assert "One" not in by_figure(text)


def test_calibers_are_missiles_and_dam_gates_are_facilities():
    text = ("On the night of February 10, Russia attacked the energy infrastructure of Ukraine with Iranian drones and "
            "missiles (they managed to shoot down 5 out of 7 drones and 5 out of 6 Calibers).")
    assert by_figure(text)["6"]["value"] == "6"
    text = ("Russian troops blew up facilities at the occupied Kakhovka HPP. As of 11:00 am, 16 gates of the plant and "
            "the power plant building were destroyed.")
    assert by_figure(text)["16"]["value"] == "16"


def test_a_billion_and_some_millions_is_one_sum():
    assert parse_figure("one billion and 200 million euros").value == 1_200_000_000
    assert parse_figure("1 billion and 200 million euros").unit == "EUR"
    text = ("The destruction of the Kakhovska hydroelectric power plant caused damage of one billion and 200 million "
            "euros, the Minister of Environmental Protection of Ukraine said.")
    rows = by_figure(text)
    assert rows["one billion and 200 million euros"]["value"] == "1200000000" and "200 million euros" not in rows
    text = "The destruction of the Kakhovskaya plant caused a 1 billion and 200 million euros of damage, the minister said."
    assert by_figure(text)["1 billion and 200 million euros"]["value"] == "1200000000"


def test_millions_to_be_without_power_are_people():
    text = ("OCHA stated that the severe weather made the attacks worse, causing millions in Ukraine to be without "
            "electricity, water, or heating.")
    assert by_figure(text)["millions"]["value"] == "1000000"


def test_a_count_in_words_between_owns_the_interception_verb():
    text = ("Ukraine’s Air Force reported that the assault included 39 attack drones and four ballistic missiles, with "
            "two missiles intercepted in the Kyiv region.")
    rows = by_figure(text)
    assert {"39", "four"} <= set(rows) and "two" not in rows


def test_all_of_the_targets_launched_that_were_shot_down_is_a_launch_count():
    text = ("Kyiv Oblast Governor Oleksiy Kuleba said Russia launched “almost three dozen drones” at Kyiv Oblast "
            "overnight.\n\nThe Kyiv City Military Administration reported that all of the 32 “aerial targets” launched "
            "against Kyiv had been shot down by air defense.")
    assert by_figure(text)["32"]["value"] == "32"


def test_technical_faults_and_hostilities_together_are_no_technical_cause():
    text = ("The ministry noted that earlier in the morning, around 500 settlements were grappling with partial or "
            "complete power outages as a result of technical malfunctions and the ongoing hostilities.")
    assert by_figure(text)["around 500"]["value"] == "500"


def test_a_title_is_not_an_organisation_named_before_it():
    text = ("Ukraine's nuclear agency Energoatom said the plant lost power for the seventh time. Energoatom said the "
            "plant was running on diesel generators.\n\nThe governor of the Dnipro region said an overnight aerial "
            "attack had been reported, with four Russian missiles and 15 drones downed.")
    assert by_figure(text)["15"]["claimant"] == "The governor of the Dnipro region"


def test_a_paragraph_about_a_town_abroad_drops_its_outage():
    text = ("Authorities in Sergiyev Posad said 42,000 residents were left without electricity. Regional utility "
            "provider Rosseti Moscow Region later said power had been partially restored.")
    assert "42,000" not in by_figure(text)
    assert dropped(text)["42,000"].startswith("a figure for a place outside Ukraine")


# Found while reviewing held-out 291-298's claimants (not blind: checked on held-out 1-298).


def test_as_before_the_subject_is_not_part_of_the_claimant():
    rows = by_figure("As Prokudin noted, about 7,200 families in Kherson region were left without power.")
    assert rows["about 7,200"]["claimant"] == "Prokudin"


def test_the_publishers_own_earlier_report_is_its_claim():
    # (the first wording counted "over 100 invincibility points", which are no outage figure since held-out 583)
    text = "As Ukrinform reported, over 100 settlements were left without power in Sumy region after the shelling."
    found = extract_article(Article(text, "t.txt", "https://example.org/a", "Ukrinform", "2024-05-06"))
    assert found[0]["claimant"] == "Ukrinform"


def test_authorities_are_not_the_person_named_before():
    text = ("\"This is the first total blackout in the entire region in recent years,\" Ivan Fedorov, Zaporizhzhia's "
            "governor, said in a statement on Thursday.\n\nAs national authorities reported that over 1 million people "
            "had lost heat and water, local officials rushed to restore power.")
    assert by_figure(text)["over 1 million"]["claimant"] == "national authorities"


def test_a_speaker_past_a_semicolon_speaks_for_their_own_clause():
    text = ("Ukraine says Russia fired 45 missiles (only nine intercepted) and launched roughly 450 drones; officials "
            "reported ten dead and nearly 50 wounded in the last 24 hours.")
    assert by_figure(text)["roughly 450"]["claimant"] == "Ukraine"
    text = ("The air force says Russia launched roughly 450 drones at the grid; Mayor Vitali Klitschko reported ten "
            "dead in Kyiv.")
    assert by_figure(text)["roughly 450"]["claimant"] == "The air force"


# Found in held-out 299-306 (the blind round on 0933047), fixed after it.


def test_a_model_name_after_a_date_range_is_a_count_not_a_day():
    text = ("According to the Air Force, on the night of December 9-10, 10 Shahed-136 and Shahed-131 kamikaze drones "
            "were shot down over the Odesa, Mykolaiv and Kherson Regions.")
    assert by_figure(text)["10"]["value"] == "10"


def test_millions_already_without_power_are_people():
    text = "Ukraine’s President Volodymyr Zelenskiy has warned that more than 4.5 million are already without power."
    assert by_figure(text)["more than 4.5 million"]["value"] == "4500000"


def test_demand_the_grid_cannot_meet_is_a_deficit():
    text = ("As of Friday afternoon, Ukrenergo said it was unable to meet more than 50 percent of electricity "
            "consumption needs.")
    assert by_figure(text)["more than 50 percent"]["value"] == "50"


def test_power_disruptions_for_customers_are_an_outage():
    text = ("Russian forces unleashed guided bombs on Kharkiv, causing massive power disruptions for 30,000 customers "
            "across three districts, according to local authorities.")
    assert by_figure(text)["30,000"]["value"] == "30000"


def test_round_the_clock_supply_is_no_outage_length():
    text = ("However, the mayor explained that there is no 24-hour power supply in those houses, and outages there "
            "could last for 3-5 hours.")
    assert "24-hour" not in by_figure(text) and dropped(text)["24-hour"] == "supply"


def test_a_destroyed_share_of_housing_or_of_another_sector_is_no_supply_figure():
    text = ("In particular, 70% of Kharkiv’s city buses, 50% of its trams, and over 25% of its trolleybuses have been "
            "destroyed.")
    assert not by_figure(text)
    text = "‘Some 40% of houses in residential areas have been destroyed,’ said the mayor."
    assert "40%" not in by_figure(text)
    text = "Almost 100% of houses in the city have heat again after the strike on the power plant, the mayor said."
    assert "Almost 100%" in by_figure(text)  # a restoration: a supply is named


def test_buildings_that_cannot_be_restored_are_no_restoration():
    text = ("According to him, as a result of the shelling, about 4,500 multi-storey residential buildings were "
            "damaged, of which about 500 (including about 300 houses in Pivnichna Saltivka) cannot be restored.")
    assert not by_figure(text)


def test_an_article_naming_no_place_takes_the_one_its_address_names():
    text = ("As of April 8 repairs at 12 substations are carried out. Also at the present power supply, water supply, "
            "and drainage in 83 settlements are stopped.")
    url = "https://censor.net/en/news/3332356/occupiers_damaged_almost_2400_civilian_objects_in_mykolayiv_region"
    row = {r["figure"]: r for r in extract_article(Article(text, "t.txt", url, "Censor.NET", "2022-04-08"))}["83"]
    assert row["place"] == "Mykolayiv Region" and "address" in row["notes"]
    assert by_figure(text)["83"]["place"] == "Ukraine"  # example.org names none


def test_hitting_a_city_a_number_of_times_counts_attacks():
    text = ("On the night of September 19, Russian forces launched missiles on infrastructure targets in the city of "
            "Zaporizhzhia, hitting it a total of eight times.")
    assert by_figure(text)["eight"]["value"] == "8"


def test_money_a_country_will_receive_is_funding():
    text = ("Ukraine will receive $55 million specifically for the winter, and the organization will focus on "
            "supplying heat to households, heating centers and hospitals.")
    assert by_figure(text)["$55 million"]["unit"] == "USD"


# Found in held-out 307-314 (the blind round on 05d8ecf), fixed after it.


def test_drones_by_their_other_names_are_weapons():
    text = 'Kim also reported that on the night of October 15, air defense destroyed 3 "Shahedy" in the Mykolaiv region.'
    assert by_figure(text)["3"]["value"] == "3"
    text = "Russian forces launched 20 ‘Geranium’ suicide drones in a coordinated assault on the city's substation."
    assert by_figure(text)["20"]["value"] == "20"


def test_a_count_of_those_just_counted_keeps_their_noun():
    text = ("Presidential advisor Kyrylo Tymoshenko said that as of Saturday afternoon, more than a million people "
            "across Ukraine were without power, with 672,000 of those in the western region of Khmelnytskyi alone.")
    assert by_figure(text)["672,000"]["value"] == "672000"


def test_injures_in_a_headline_counts_casualties():
    text = "Russia hits thermal plant in Vinnytsia Oblast twice, injures 6 people"
    assert "6" not in by_figure(text) and dropped(text)["6"] == "casualties"


def test_launched_drone_attacks_are_a_launch_count():
    text = ("Ukraine's military said early on January 2 that Russian forces launched 44 drone attacks against "
            "Ukrainian targets.\n\nThe Kyiv City Military Administration had said at least 20 overnight missiles or "
            "drones were shot down.")
    assert "at least 20" not in by_figure(text)


def test_drones_fired_at_russia_are_no_attack_on_ukraine():
    text = ("Ukraine also fired more than 60 drones at southern Russia overnight, Moscow said, in one of its largest "
            "overnight drone attacks.")
    assert "more than 60" not in by_figure(text)
    assert dropped(text)["more than 60"].startswith("a figure for a place outside Ukraine")


# Found in held-out 315-322 (the blind round on 3e9ac13), fixed after it.


def test_a_tariff_per_kilowatt_hour_with_a_slash_is_a_price():
    text = ("However, a preferential tariff is provided for consumers who use electric heating installations at the "
            "level of UAH 2.64/kWh after the strikes on power plants.")
    assert "UAH 2.64" not in by_figure(text)
    assert dropped(text)["UAH 2.64"].startswith("a price")


# Found in held-out 323-326 (the blind round on 0186f54), fixed after it.


def test_a_count_between_dashes_counts_the_noun_before_it():
    text = ("Half of apartment buildings in Kyiv – almost 6,000 – are currently without heat supply due to the damage "
            "to the capital’s critical infrastructure, the mayor said.")
    assert by_figure(text)["almost 6,000"]["value"] == "6000"


def test_down_from_a_count_keeps_the_noun_of_the_count_before_it():
    text = ("In the eastern region of Kharkiv, Governor Oleh Syniehubov said 520,000 consumers were without power "
            "Wednesday, down from more than a million the previous day.")
    assert by_figure(text)["more than a million"]["value"] == "1000000"


# Found in held-out 327-328 (the last blind round of 2026-11-29's seventh session), fixed after it.


def test_a_documents_title_in_an_appositive_is_not_its_subject():
    text = ("Ukraine’s energy infrastructure faces its toughest challenge yet as winter approaches, according to a new "
            "report by the International Energy Agency (IEA). The report, titled Ukraine’s Energy Security and the "
            "Coming Winter, highlights the extensive damage and warns of a potential 6GW energy shortfall during peak "
            "demand.")
    assert by_figure(text)["6GW"]["claimant"] == "the International Energy Agency (IEA)"


# Found in held-out 329-336 (the blind round of 2026-11-29's eighth session, on 3bcfb55), fixed after it.


def test_knocking_out_n_out_of_m_missiles_counts_the_m_that_came_in():
    text = ("It is almost certain that Monday’s attacks will be followed up, and for all Ukraine’s claimed success in "
            "knocking out 44 out of 50 incoming missiles, the reality remains that a minority continue to get through.")
    found = by_figure(text)
    assert "50" in found and "44" not in found
    assert dropped(text)["44"].startswith("shot down")


def test_knocking_out_part_of_a_set_of_plants_is_still_damage():
    text = "Russian strikes knocked out 3 of the 6 power units at the plant, the company said."
    found = by_figure(text)
    assert "3" in found and "6" not in found


def test_a_dateline_naming_two_cities_is_where_the_story_was_filed():
    text = ("KYIV and LONDON -- Ukrainian energy facilities in six regions were bombarded early Wednesday by a Russian "
            "air attack, Ukrainian officials said.\n\nRussia launched at least 21 attack drones, including Iranian-made "
            "Shahed drones, along with about 55 missiles, Ukrainian military officials said.")
    found = by_figure(text)
    assert found["at least 21"]["place"] == found["about 55"]["place"] == "Ukraine"


def test_weapons_ordered_and_their_unit_price_are_no_attack_and_no_cost():
    text = ("Ukraine claims Russia has ordered nearly 2,500 suicide drones from Iran, reportedly at a cost of around "
            "$20,000 each, a fraction of the price of a guided missile.")
    assert by_figure(text) == {}
    reasons = dropped(text)
    assert reasons["nearly 2,500"].startswith("weapons bought or made")
    assert reasons["around $20,000"].startswith("a price")


def test_a_participle_cue_credits_the_subject_that_opens_the_sentence():
    text = ("Since the onset of winter last year, Ukrainian President Volodymyr Zelensky has been vocal about the "
            "devastation caused by Russia’s attacks in Ukraine's energy infrastructure, stating that nearly half of "
            "Ukraine’s electricity capacity was destroyed during the winter months.")
    assert by_figure(text)["nearly half"]["claimant"] == "Ukrainian President Volodymyr Zelensky"
    text = ("(MENAFN) Kiev Mayor Vitaly Klitschko has called on residents of the Ukrainian capital to evacuate, noting "
            "that around 6,000 apartment blocks have been left without centralized heating.")
    assert by_figure(text)["around 6,000"]["claimant"] == "Kiev Mayor Vitaly Klitschko"


# Found in held-out 337-344 (the second blind round of 2026-11-29's eighth session, on cd678da), fixed after it.


def test_left_with_no_access_to_electricity_is_an_outage():
    text = "Yesterday, more than seven million Ukrainians were left with no access to electricity."
    assert by_figure(text)["more than seven million"]["value"] == "7000000"


def test_millions_with_no_electricity_are_people_cut_off():
    text = ("The International Criminal Court’s top prosecutor was in Ukraine to investigate Russia’s campaign of "
            "missile and drone attacks on power and other infrastructure that killed hundreds of civilians and left "
            "millions with no electricity or water.")
    assert by_figure(text)["millions"]["value"] == "1000000"


def test_a_vague_count_in_a_long_place_phrase_left_without_power_counts_people():
    text = ("Kyiv: Hundreds of thousands in Russian-occupied parts of southern Ukraine were left without power Sunday, "
            "according to Kremlin-installed officials.")
    assert by_figure(text)["Hundreds of thousands"]["value"] == "100000"


def test_a_news_outlet_citing_a_named_source_credits_the_source():
    text = ("Since October 2025, Russian forces have deliberately struck 11 hydroelectric power plants and 151 "
            "electrical substations across Ukraine, Radio Svoboda wrote, citing SBU.")
    found = by_figure(text)
    assert found["11"]["claimant"] == found["151"]["claimant"] == "SBU"
    text = ("Gas production fell by roughly 60% after the strikes, Bloomberg reported, citing anonymous sources.")
    assert by_figure(text)["roughly 60%"]["claimant"] == "Bloomberg"


def test_daily_blackouts_of_n_hours_are_hours_a_day():
    text = "Blackouts have become a regular way of life in Ukraine, with Kyiv facing daily blackouts of 8 to 20 hours."
    row = by_figure(text)["8 to 20 hours"]
    assert row["unit"] == "hours_per_day" and row["value_high"] == "20"


def test_halved_capacity_is_not_a_repeat_of_half_the_population():
    text = ("Russia launched multiple attacks across the country, once again targeting the country's energy "
            "facilities leaving half of the country's population without electricity.\n\n"
            "\"Russia's systemic attack on Ukraine's vital infrastructure since the start of the conflict has more "
            "than halved the country's energy capacity, leaving people to cope without essential services.")
    found = by_figure(text)
    assert "half" in found and "halved" in found


# Found in held-out 345-351 (the third blind round of 2026-11-29's eighth session, on 32d53a6), fixed after it.


def test_miners_trapped_underground_by_a_blackout_are_no_casualties():
    text = ("Quote from Lukashyk: “Over 3,000 miners were trapped underground in Kryvyi Rih, Pavlohrad and "
            "Synelnykove districts due to a massive attack and blackout.”")
    assert [row["value"] for row in by_figure(text).values()] == ["3000"]
    text = "Three people were trapped in the rubble of a house after the strike on the substation."
    assert "Three" not in by_figure(text)


def test_an_interception_verb_with_its_own_count_leaves_the_launched_count_before_it():
    text = ("Ukraine’s air force said Russia had fired a salvo of 67 missiles and 194 drones in the overnight attack, "
            "adding that it had shot down 34 of the missiles and 100 of the drones.")
    found = by_figure(text)
    assert "67" in found and "194" in found and "34" not in found


def test_the_destruction_of_n_missiles_out_of_m_counts_the_m_that_came_in():
    text = "The Air Force reported the destruction of 26 missiles out of 39 different types and 58 drones out of 60."
    found = by_figure(text)
    assert "39" in found and "26" not in found and "58" not in found


def test_a_bracketed_abbreviation_between_a_count_and_its_noun_is_skipped():
    """Found in held-out 337-344 (uj105), fixed at the session's end."""
    text = ("Since the war began, 18 large, combined heat and power (CHP) plants have been severely damaged or "
            "destroyed, alongside more than 800 boiler houses.")
    assert by_figure(text)["18"]["value"] == "18"


def test_lakh_grouped_digits_are_one_number():
    """Found in held-out 337-344 (uo107, "3,50,000"; also bb110 in 27, "over 4,00,000"), fixed in the ninth session:
    the South Asian grouping was read as "3,50" and rejected."""
    text = "Russia's overnight drone attack cut power to over 4,00,000 consumers in Sumy, the energy ministry said."
    assert by_figure(text)["over 4,00,000"]["value"] == "400000"
    text = "The strikes left 1,50,000 families in the region without heating."
    assert by_figure(text)["1,50,000"]["value"] == "150000"
    assert "1,50" not in by_figure("Prices rose to 1,50 euros, while 12 substations were damaged.")


# Found in held-out 357-364 (the first blind round of the ninth session, on 9722ab1), fixed after it.


def test_power_turned_back_on_to_families_is_a_restoration():
    text = ("During the last 24 hours, DTEK’s linemen turned power back on to 47,338 families in 27 towns and "
            "villages of the Kyiv region.")
    found = by_figure(text)
    assert found["47,338"]["value"] == "47338" and reconnection(found["47,338"]) and "27" in found
    assert reconnection(by_figure("Crews switched the lights back on for 12,000 households in Kharkiv.")["12,000"])


def test_another_n_takes_the_noun_of_the_count_before_it_further_away():
    text = ("As of December 4, 2023, a total of 145 settlements across Ukraine were remaining without electricity "
            "due to bad weather and another 420 due to hostilities and technical failures.")
    assert by_figure(text)["420"]["metric"] == "settlements_without_power"


def test_a_count_in_brackets_after_a_place_is_that_places_and_the_list_goes_on_from_the_count_before_it():
    text = ("In particular, due to hostilities, 56 settlements were left without electricity in the Donetsk region "
            "(22.5 thousand consumers), 68 – in the Kharkiv region (16.2 thousand consumers), 45 – in the Kherson "
            "region (over 26 thousand consumers), 63 – in the Zaporizhzhia region (about 26 thousand consumers).")
    found = by_figure(text)
    assert {f: (row["place"], row["metric"]) for f, row in found.items() if f != "56"} == {
        "22.5 thousand": ("Donetsk region", "consumers_without_power"),
        "68": ("Kharkiv region", "settlements_without_power"),
        "16.2 thousand": ("Kharkiv region", "consumers_without_power"),
        "45": ("Kherson region", "settlements_without_power"),
        "over 26 thousand": ("Kherson region", "consumers_without_power"),
        "63": ("Zaporizhzhia region", "settlements_without_power"),
        "about 26 thousand": ("Zaporizhzhia region", "consumers_without_power"),
    }


def test_a_hedge_after_an_opening_bracket_belongs_to_the_figure():
    assert by_figure("Power was cut in the region (over 26,000 consumers).")["over 26,000"]["value_low"] == "26000"


def test_a_sum_needed_to_rebuild_is_a_cost():
    text = "About $1 billion is needed to build a new hydroelectric power station."
    assert by_figure(text)["About $1 billion"]["unit"] == "USD"


def test_internally_displaced_persons_are_not_cut_off():
    text = ("Even today, there are approximately 40,000 internally displaced persons there, despite the shelling, "
            "and water disappeared in all communities.")
    assert dropped(text)["approximately 40,000"] == "people displaced or who left, not cut off"


# Found in held-out 365-372 (the second blind round of the ninth session, on 572832c), fixed after it.


def test_a_count_whose_unknown_noun_remains_without_supply_counts_people():
    text = ('"More than 360.7 thousand suppliers remain without electricity supply in the Donetsk region, over 128.2 '
            'thousand in the Luhansk region," the report says.')
    assert by_figure(text)["More than 360.7 thousand"]["value"] == "360700"


def test_millions_left_with_disrupted_heating_are_cut_off():
    text = ("Systemic Russian attacks on Ukraine's energy grid last year left millions with disrupted heating and "
            "lighting, prompting Kyiv to request more air defence systems.")
    assert by_figure(text)["millions"]["value"] == "1000000"


def test_a_sentence_naming_no_cause_after_a_weather_outage_goes_on_about_it():
    text = ('"As a result of the thunderstorm, 127 settlements in the Sumy, Dnipropetrovsk, Poltava and Kirovohrad Regions '
            'were cut off. The Sumy and Poltava Regions were the most affected, where, respectively, 66 and 37 settlements '
            'remain without power. About 12,000 consumers are without power. Restoration work is underway," the message '
            'says.\n\n355 settlements in the Donetsk, Kharkiv and Sumy Regions were cut off due to shelling by the occupiers.')
    found = by_figure(text)
    assert not {"127", "66", "37", "About 12,000"} & set(found) and "355" in found
    # a total of every cause, or a sentence naming its own cause, is not the weather's
    text = ("Fifty communities in the Volyn region were without electricity in the morning due to adverse weather, it said. "
            "A total of 483 communities across Ukraine remain without the power supply.")
    assert "483" in by_figure(text)
    text = ("Due to bad weather, 50 settlements were cut off in the Sumy region. In the Kharkiv region, 20,000 consumers "
            "remain without power after shelling.")
    assert "20,000" in by_figure(text)


# Found in held-out 373-380 (the third blind round of the ninth session, on c720554), fixed after it.


def test_us_dollars_with_dots_and_ukrainian_hryvnias_are_currencies():
    text = "The government allocated 38 million U.S. dollars to restore the Zmiivska thermal power plant."
    assert by_figure(text)["38 million U.S. dollars"]["unit"] == "USD"
    text = "The government allocated more than 1.5 billion Ukrainian hryvnias to restore the two plants."
    assert by_figure(text)["more than 1.5 billion Ukrainian hryvnias"]["unit"] == "UAH"
    assert parse_figure("38 million U.S. dollars").unit == "USD"


def test_a_speaker_leading_a_list_with_a_colon_is_its_claimant():
    text = ("Szmigal noted that:\n\n- 42 energy blocks destroyed;\n\n- 27% of large thermal power plants are in working "
            "order, 73% are destroyed or damaged and are currently not working;\n\nThe ministry is looking for equipment.")
    found = by_figure(text)
    assert {found[f]["claimant"] for f in ("42", "27%", "73%")} == {"Szmigal"}


# Found in held-out 381-388 (the fourth blind round of the ninth session, on 51afd23), fixed after it.


def test_a_count_before_an_adjective_and_another_count_shares_its_noun():
    text = "Currently, more than 100 legal and almost 1,800 household consumers are without electricity."
    found = by_figure(text)
    assert found["more than 100"]["metric"] == found["almost 1,800"]["metric"] == "consumers_without_power"


def test_a_sum_mobilized_is_a_cost():
    text = "Ahead of winter, the Commission also mobilized €927 million for emergency gas purchases."
    assert by_figure(text)["€927 million"]["unit"] == "EUR"


# Found in held-out 405-412 (the first blind round of the tenth session, on da91069), fixed after it.


def test_one_before_nor_the_other_is_no_count():
    text = "That is, today neither one nor the other station is working, the plant's director said after the strike."
    assert "one" not in by_figure(text)


def test_a_capacity_right_before_a_plant_code_describes_the_plant():
    text = "However, Kiev’s main power sources, 700 MW capacity TPP-5 and 750 MW TPP-6, were damaged in early January."
    reasons = dropped(text)
    assert reasons["700 MW"] == reasons["750 MW"] == "describes a plant's capacity, not a loss"


def test_an_outage_after_a_forest_fire_is_not_the_war():
    text = ("Earlier, the result of a strong forest fire, raging in the district of the Lugansk region, more than a "
            "thousand residents were left behind without electricity.")
    assert "more than a thousand" not in by_figure(text)
    assert "more than 2,000" in by_figure("After the shelling, more than 2,000 residents were left without electricity.")


def test_people_given_aid_are_not_cut_off():
    text = ("In addition to its work to repair key infrastructure, the ICRC also provided financial support to over "
            "330,000 particularly vulnerable people living in areas directly affected by hostilities.")
    assert "over 330,000" not in by_figure(text)


def test_attacks_on_a_countrys_health_facilities_are_another_sector():
    text = "He said that the WHO has recorded more than 700 attacks on Ukraine's health facilities since the invasion began."
    assert dropped(text)["more than 700"].startswith("attacks on another sector")


def test_equipment_handed_over_is_aid_not_damage():
    text = ("Two high-power electrical transformers were formally handed over to Ukraine on Thursday ahead of winter, "
            "the latest support to a country that has seen energy infrastructure destroyed by Russian forces.")
    assert dropped(text)["Two"] == "equipment delivered or given, not damaged"
    assert "Two" in by_figure("Two high-power electrical transformers were destroyed in the Russian strike.")


def test_millions_facing_life_without_heat_are_people_cut_off():
    text = ("The immediate consequence is a humanitarian crisis, with millions facing life without heat, light, and "
            "running water after the Russian strikes on the grid.")
    assert by_figure(text)["millions"]["value"] == "1000000"


def test_people_left_without_telecommunications_are_another_service():
    text = ("The new wave of missile attacks on energy infrastructure has caused widespread delays in trains and left "
            "millions of people without telecommunications.")
    assert "millions" not in by_figure(text)


def test_a_sum_lent_is_a_cost():
    text = "EBRD to lend 300 million euros to Ukraine’s Naftogaz to offset the drop in gas production."
    assert by_figure(text)["300 million euros"]["unit"] == "EUR"


# Found in held-out 413-420 (the second blind round of the tenth session, on 04cc45a), fixed after it.


def test_a_fraction_in_quotation_marks_is_read():
    text = "Volodymyr Zelensky said that strikes had destroyed “more than a third” of energy infrastructure."
    assert by_figure(text)["more than a third"]["unit"] == "percent"


def test_people_who_sought_shelter_are_not_cut_off():
    text = "Thousands of people sought shelter in subway stations deep underground during the bombardment of the grid."
    assert "Thousands" not in by_figure(text)


# Found in held-out 421-428 (the third blind round of the tenth session, on 9b9c21f), fixed after it.


def test_a_possessive_with_a_modifier_letter_apostrophe_names_the_place():
    text = ("The strikes hit the Lviv region overnight.\n\n- Energy Minister Herman Galushchenko stated that Russia had "
            "affected about 30% of Ukraineʼs energy infrastructure in two days.")
    assert by_figure(text)["about 30%"]["place"] == "Ukraine"


def test_a_count_of_those_who_were_disconnected_is_people():
    text = ("In total, it affects over 6 million customers compared to almost 12 million who were disconnected on "
            "Wednesday evening,\" President Volodymyr Zelensky said.")
    assert by_figure(text)["almost 12 million"]["value"] == "12000000"


def test_millions_left_shivering_in_the_dark_are_people_cut_off():
    text = ("Russia targeted critical energy infrastructure in a campaign reminiscent of previous winters, when millions "
            "were left shivering in the dark.")
    assert by_figure(text)["millions"]["value"] == "1000000"


def test_people_who_required_hospitalization_are_casualties():
    text = ("\"At least nine people have been injured, five of whom required hospitalization,\" Klitschko stated after "
            "the strike on the power plant.")
    assert "five" not in by_figure(text)


# Found in held-out 429-436 (the fourth blind round of the tenth session, on 2384e88), fixed after it.


def test_homes_a_struck_facility_powered_are_cut_off():
    text = ("One of the strikes hit an energy facility that powered 350,000 apartments in the capital, Klitschko said, "
            "adding that emergency services were attempting to restore power.")
    assert by_figure(text)["350,000"]["value"] == "350000"


def test_a_launched_count_stays_when_shot_down_or_disabled_has_its_own_count():
    text = ("Russia deployed an Iskander missile and 176 drones, the Ukrainian Air Force announced, noting that it "
            "either shot down or disabled 139 drones with radio jamming. The remaining 37 hit at 14 different locations.")
    assert "176" in by_figure(text)  # launched: an interception would be dropped, the article giving a hit count


# Found in held-out 437-444 (the fifth blind round of the tenth session, on 47eed94), fixed after it.


def test_a_number_glued_to_a_comma_after_a_word_is_read():
    text = ("As a result of Russian missile attacks on energy facilities,1,451,603 Ukrainians were left without "
            "electricity supply throughout the country.")
    assert by_figure(text)["1,451,603"]["value"] == "1451603"


def test_a_count_of_those_that_had_no_heat_is_an_outage():
    text = ("\"As of today, around 300 high-rise buildings in Kyiv remain without heating. (Of the 6,000 that had no heat "
            "supply after the Russian attack on the capital on 9 January),\" Klitschko wrote.")
    assert by_figure(text)["6,000"]["value"] == "6000"


def test_energy_enterprises_are_utilities_not_businesses():
    text = ("In the morning, two energy enterprises \"DTEK Energo\" were hit again by shelling. According to preliminary "
            "information, seven were injured.")
    assert by_figure(text)["two"]["value"] == "2"


# Found in held-out 469-491 and later (the eleventh session's blind rounds, all scored on its frozen rules),
# fixed after the last of them.


def test_a_war_cause_in_the_figures_own_clause_beats_the_weather_in_the_next():
    text = ("Nearly 100,000 people have been left without electricity following Russia’s massive shelling of Kherson, "
            "while 20 settlements in three oblasts remain without power due to the weather, Ukraine’s Energy Ministry "
            "announced on Dec. 26.")
    rows = by_figure(text)
    assert rows["Nearly 100,000"]["value"] == "100000"
    assert "20" not in rows  # its own clause blames the weather


def test_whom_a_facility_serves_is_no_outage():
    text = ("Nikopol's water utility company Nikopolvodokanal is the primary source of centralized water supply for "
            "125,900 residents, 270 public enterprises, and 2,360 private legal entities within the city.")
    assert not {"125,900", "270", "2,360"} & set(by_figure(text))


def test_water_provided_to_people_is_aid_not_an_outage():
    text = ("“As of now, two powerful water pumps have already been delivered to Nikopol, thereby facilitating the daily "
            "provision of water to 130,000 individuals,” the statement says about the damaged water supply system.")
    assert "130,000" not in by_figure(text)


def test_a_share_of_regions_under_an_air_raid_alert_is_no_damage():
    text = ("Last night’s strikes damaged energy infrastructure facilities in the capital. Air raid sirens went off in "
            "half of Ukraine’s region last night.")
    assert dropped(text)["half"].startswith("a share of regions under an air-raid alert")


def test_plants_out_of_commission_are_damage():
    text = ("\"As of June, 73% of the country's thermal power plants were out of commission,\" the UN added.")
    assert by_figure(text)["73%"]["value"] == "73"


def test_lights_that_go_out_for_hours_are_an_outage():
    text = ("He added that there are only scheduled shutdowns due to a lack of electricity for the population. On average, "
            "the lights go out for 7 hours every day, mostly at night.")
    assert by_figure(text)["7 hours every day"]["unit"] == "hours_per_day"


def test_the_size_of_a_wind_farm_or_turbine_is_no_loss():
    text = ("UK developer Elementum Energy partially shut down its 100MW Dnistrovska wind farm after it was damaged "
            "yesterday. An amateur video shows what the UWEA says is a 5.5MW GE turbine collapsed to the ground.")
    reasons = dropped(text)
    assert reasons["100MW"] == reasons["5.5MW"] == "describes a plant's capacity, not a loss"


def test_the_verb_of_an_inverted_cue_is_not_part_of_a_claimant():
    text = ("\"About an hour ago, a Russian Su-34 dropped what's believed to be two KAB guided bombs in the area of a "
            "critical infrastructure facility in Kherson,\" reads the statement posted on Telegram.")
    assert not by_figure(text)["two"]["claimant"].startswith("reads")


def test_light_that_disappeared_for_users_is_an_outage():
    text = ("According to him, in one of the districts of Kryvyi Rih, light disappeared: it disappeared in about 90,000 "
            "users.")
    assert by_figure(text)["about 90,000"]["value"] == "90000"


def test_children_among_the_wounded_are_casualties():
    text = ("As of the morning of January 15, Ukrainian authorities report that the missile strike on the power plant in "
            "Dnipro has killed 30 people and wounded another 74, including 13 children.")
    assert "13" not in by_figure(text)


def test_a_share_of_generation_a_country_depends_on_is_no_damage():
    text = ("AP reports that Russia's strikes on Ukraine's power grid have left the Eastern European country dependent on "
            "nuclear power for more than half of its electricity generation.")
    assert dropped(text)["more than half"] == "describes a share of supply, not damage"


def test_homes_destroyed_and_people_left_homeless_are_no_outage():
    text = ("Russia’s strike, which killed at least 12 people and injured 64, reportedly destroyed 72 apartments in the "
            "complex, leaving around 100 to 200 people, including 50 children, without a home, while around 1,700 were "
            "without electricity and heating.")
    rows = by_figure(text)
    assert not {"72", "around 100 to 200", "50"} & set(rows)
    assert rows["around 1,700"]["value"] == "1700"


def test_hours_with_power_back_on_are_no_outage():
    text = ("Lviv power engineers hope that the electricity will be turned off for eight hours, then it will be returned "
            "for four hours, and then it will be turned off again for eight hours.")
    reasons = dropped(text)
    assert reasons["four hours"] == "supply"  # hours with power on, read as such when the number is read
    assert "eight hours" in by_figure(text)
    assert dropped(text.replace("four hours", "4 hours"))["4 hours"] == "supply"


def test_a_weather_line_ending_in_a_colon_covers_the_counts_after_it():
    text = ("It is currently known that due to the strong storm, thunderstorm, hail, and rain that swept through the "
            "left-bank part:\n\nOver 57,000 customers are without power.\n\n- Kalashnyk reported.")
    assert dropped(text)["Over 57,000"].startswith("outage caused by the weather")


def test_capacity_under_the_enemys_control_is_lost():
    text = ("As it is known, more than 10 GW of the main installed capacity are not available to the power system and are "
            "under the enemy’s control.")
    assert by_figure(text)["more than 10 GW"]["value"] == "10000"


def test_rocket_volleys_are_counted_as_attacks():
    text = ("The channel claims three rocket volleys were detected in the Ukrainian capital, with additional attacks "
            "targeting the TETs-6 power plant.")
    assert by_figure(text)["three"]["value"] == "3"


def test_a_plant_operating_at_full_capacity_is_no_damage():
    text = ("\"Of the nine currently operational reactors across three nuclear power plants, six reduced their output this "
            "morning. Currently, only two of them are operating at 100% capacity, while one is down for maintenance,\" "
            "the release stated.")
    assert dropped(text)["100%"] == "an operating level, not a loss"


def test_weeks_without_a_list_of_supplies_and_other_services_is_an_outage():
    text = ("The citizens heroically hold the line and have been living without water, electricity, heat supply and other "
            "critical communications for more than two weeks,” the press service of the National Police posted.")
    row = by_figure(text)["more than two weeks"]
    assert (row["value"], row["unit"]) == ("336", "hours")


def test_lakh_and_crore_after_a_number_are_scales():
    assert parse_figure("More than 1.5 lakh").value == 150000
    assert parse_figure("2 crore").value == 20_000_000
    text = "More than 1.5 lakh people were left without electricity and water after the strike on the substation."
    assert by_figure(text)["More than 1.5 lakh"]["value"] == "150000"


def test_hours_until_supply_returns_are_read_whole():
    # held-out 109 and 50: "in three to four hours" was read as "four hours" only, once the word range was
    # rejected as a time window with its reason instead of silently
    text = ('Kyiv Mayor Vitali Klitschko spoke about the situation. "In three to four hours, we will restore water '
            'supply to consumers on the left bank," he said.')
    assert by_figure(text)["three to four hours"]["value"] == "3.5"
    text = "Klitschko clarified that in 3-4 hours, water supply will be returned to consumers on the left bank of Kyiv."
    assert "3-4 hours" in by_figure(text)


def test_a_video_transcripts_story_label_is_no_claimant():
    # held-out 530: "STORY:" opens a video's transcript; the president is the one saying it
    text = ("30% of Ukraine's power stations 'destroyed in week'\n\nSTORY: A day after Russia launched air strikes in "
            "multiple Ukrainian cities at rush hour, the country's President Volodymyr Zelenskiy is now saying that 30 "
            "percent of Ukraine's power stations have been destroyed in just over a week...")
    assert by_figure(text)["30%"]["claimant"] == "the country's President Volodymyr Zelenskiy"


def test_now_is_no_part_of_the_claimant():
    text = "President Volodymyr Zelenskiy now says that 30 percent of Ukraine's power stations have been destroyed."
    assert by_figure(text)["30 percent"]["claimant"] == "President Volodymyr Zelenskiy"


def test_missile_carrier_aircraft_are_not_weapons_launched():
    # held-out 531: the 14 Tu-95s fired the missiles; "unmanned" or "remotely piloted" aircraft are drones
    text = ("Russia barraged Ukraine on Tuesday with about 90 cruise missiles fired from 14 missile carrier aircraft "
            "Tu-95 of its strategic aviation as well as Black Sea warships, Ukrainian Air Force command reported.")
    assert dropped(text)["14"] == "counts aircraft that carried the weapons, not weapons"
    assert "about 90" in by_figure(text)
    text = ("Kyiv said Russia used more than 150 missiles and 240 remotely piloted aircraft in just one week to attack "
            "electricity and heating networks.")
    assert "240" in by_figure(text)


def test_a_count_and_all_of_another_weapon_share_the_shot_down_verb():
    # held-out 531: "about 70 of the missiles and all ten drones were shot down" after "about 90 cruise missiles"
    text = ("Russia barraged Ukraine on Tuesday with about 90 cruise missiles. The aggressor also used 10 Iranian-made "
            "kamikaze drones. According to preliminary data, about 70 of the missiles and all ten drones were shot "
            "down by the Ukrainian Air Defense.")
    assert dropped(text)["about 70"] == "shot down; the article gives launched or hit counts"


def test_a_repeat_in_other_words_for_attacks_and_facilities_is_one_claim():
    # held-out 537: the lead's "112 … facilities 255 times" is the quote's "255 strikes … on 112 targets"
    text = ("Russian missiles have hit 112 critical civil infrastructure facilities in Ukraine 255 times.\n\n"
            "Source: Kostin at a press conference, reports the Prosecutor General’s Office on Telegram\n\n"
            "Quote: \"Since 10 October, the enemy has been purposefully destroying critical civilian infrastructure "
            "facilities, particularly energy infrastructure facilities. A total of 255 strikes have been conducted on "
            "112 targets.\"")
    rows = extract_article(article(text))
    assert sorted(row["figure"] for row in rows) == ["112", "255"]
    assert {row["claimant"] for row in rows} == {"Kostin at a press conference"}


def test_to_down_nine_out_of_ten_drones_makes_ten_the_launched_count():
    # held-out 541: "able to down nine out of 10": 10 came in, nine were shot down
    text = ("Nine drones were shot down over Dnipropetrovsk region, the governor said.\n\n"
            "Air defences were able to down nine out of 10 of the incoming Russian drones, the General Staff said.")
    assert by_figure(text)["10"]["value"] == "10"
    reasons = dropped(text)
    assert reasons["Nine"] == reasons["nine"] == "shot down; the article gives launched or hit counts"


def test_the_households_a_company_serves_are_no_outage_but_those_it_cut_off_are():
    # held-out 543: "serves 12 million households … forced to cut off 300,000 that have been heavily damaged"
    text = ("Naftogaz serves 12 million households, Vitrenko said, but it has been forced to cut off 300,000 that have "
            "been heavily damaged by Russian missiles.")
    assert dropped(text)["12 million"] == "describes whom a facility serves, not an outage"
    assert by_figure(text)["300,000"]["value"] == "300000"


def test_people_displaced_by_a_dam_breach_are_no_outage():
    # held-out 537: "the displacement of tens of thousands of people and the harsh deprivation of electricity"
    text = ("Russia’s destruction of the dam has brought about the annihilation of entire villages, the displacement of "
            "tens of thousands of people and the harsh deprivation of electricity and potable water.")
    assert "tens of thousands" not in by_figure(text)


def test_capacity_added_to_the_grid_is_no_loss():
    # held-out 534
    text = ("According to the Head of Government, the Cabinet of Ministers' decision to review critical infrastructure "
            "facilities has allowed 1 GW of electrical power to be added to the grid.")
    assert dropped(text)["1 GW"] == "capacity added to the grid, not lost"


def test_a_substations_size_describes_it():
    # held-out 535: "750 kilowatt" is a mistranslated voltage, the substations' size either way
    text = ("When Ukrenergo's 750 kilowatt nodal substations, which connect the regions where the generation facilities "
            "are located get hit, the system splits.")
    assert dropped(text)["750 kilowatt"] == "describes a plant's capacity, not a loss"


def test_the_share_of_a_network_a_company_runs_is_no_damage():
    # held-out 535 and 340
    text = ("DTEK, which generates around a quarter of Ukraine’s electricity and runs 40% of its grid network, has "
            "worked around the clock repairing energy infrastructure damaged by Russian attacks.")
    assert dropped(text)["40%"] == "describes a company's share of a network, not damage"


def test_communities_liberated_and_territory_occupied_are_no_damage():
    # held-out 544
    text = ("Head of the Kharkiv Regional Military Administration Oleg Syniehubov informed the President that 16 "
            "communities were fully de-occupied in the region, and 7 communities were partially de-occupied. About 6% "
            "of the region's territory remains under occupation, while 32% of the Kharkiv region was occupied before "
            "the counteroffensive of the Ukrainian military.")
    reasons = dropped(text)
    assert reasons["16"] == reasons["7"] == "counts communities liberated, not damage"
    assert reasons["About 6%"] == reasons["32%"] == "a share of territory, not of a supply"
    # a share of territory cut off is an outage (held-out 26)
    assert "80%" in by_figure("80% of the Lviv cityʼs territory has been cut off after the strike on a substation.")


def test_residents_who_stayed_and_a_pre_war_population_are_no_outage():
    # held-out 546
    text = ("Mykolaiv, where 220,000 residents have remained of the 486,000 pre-war population, went a whole month "
            "without water due to the Russians destroying pipes, the mayor said.")
    reasons = dropped(text)
    assert reasons["220,000"] == reasons["486,000"] == "describes a population, not an outage"
    # "population centers" are settlements (held-out 86)
    assert "19" in by_figure("In the Lugansk People’s Republic, 19 population centers are left without water and power "
                             "supply for the third straight day.")


def test_a_share_of_a_purchase_that_partners_finance_is_no_damage():
    # held-out 545
    text = ("We managed to do this because we were able to negotiate with our international partners, who will finance "
            "80% of the purchase of generators for the water utility damaged by shelling, he said.")
    assert dropped(text)["80%"] == "a share of funding, not damage"


def test_an_article_about_bad_weather_naming_no_war_cause_has_weather_outages():
    # held-out 559: the weather is named two paragraphs before the counts, and the "Regional Military
    # Administration" that reports them is no cause of war
    text = ('"Consequences of bad weather in Bukovyna: dozens of downed trees, damaged buildings, cars, broken power '
            'lines," Zaparanuk wrote.\n\nAccording to the head of the Regional Military Administration, most damage was '
            'recorded in Kelmenetska, Novoselytska and Khotyn communities.\n\n"Currently, more than 26.7 thousand '
            'households in 70 settlements of the region are without electricity," the head of the Regional Military '
            'Administration reported.')
    reasons = dropped(text)
    assert reasons["more than 26.7 thousand"] == reasons["70"] == "outage caused by the weather (named before it)"
    # a war cause anywhere in the article keeps them
    assert "70" in by_figure(text.replace("broken power lines", "broken power lines after the drone attack"))


def test_what_an_occupied_plant_generates_describes_it():
    # held-out 552
    text = ("According to Sakharuk, this mainly stems from the Russian occupation of Zaporizhzhia Nuclear Power Plant "
            "(ZNPP), which generates 6 GW of electricity, and three thermal power plants, which normally produce 3.6 GW.")
    reasons = dropped(text)
    assert reasons["6 GW"] == reasons["3.6 GW"] == "describes a plant's capacity, not a loss"


def test_a_fall_in_consumption_is_no_damage_unless_the_attacks_caused_it():
    # held-out 554, and held-out 8 where the attacks are named
    assert dropped("Currently, overall consumption has dropped by approximately 30 percent.")[
        "approximately 30 percent"] == "a fall in consumption, not damage"
    assert "50%" in by_figure("Ukrenergo said energy consumption had fallen by 50% as a result of the attacks.")


def test_a_share_a_region_relied_on_is_no_damage():
    # held-out 558
    text = ("He noted that Donetsk region, which was 100% focused on gas heating, is now left without this resource, "
            "since gas supply cannot be restored during military operations.")
    assert dropped(text)["100%"] == "describes a share of supply, not damage"


def test_rain_and_wind_that_left_settlements_without_power_are_the_weather():
    # held-out 560: the weather as the subject of "had left"
    text = ("Ukrenergo reported that as of the morning of October 1, severe rain and high winds had left 48 settlements "
            "in two regions fully or partially without power.")
    assert dropped(text)["48"] == "outage caused by the weather"


def test_residents_of_the_city_left_without_housing_are_no_outage():
    # held-out 563
    text = "At the same time, he pointed out that 150,000 residents of the city were left without housing."
    assert dropped(text)["150,000"] == "people in need of shelter or aid, not cut off"


def test_a_company_named_in_quotes_with_a_bracketed_description_is_the_claimant():
    # held-out 561: the quotes and the description in brackets are part of the subject, not a clause mark
    text = ("The press service of “DTEK Energo” (the largest private investor in the energy industry in Ukraine) noted "
            "that Russian troops attacked two thermal power plants.")
    assert by_figure(text)["two"]["claimant"] == "The press service of “DTEK Energo”"
    # a short form in brackets stays the claimant (held-out 231)
    text = ("The European Bank for Reconstruction and Development (EBRD) said it would lend up to €300 million to "
            "repair gas infrastructure damaged by Russian strikes.")
    assert by_figure(text)["up to €300 million"]["claimant"] == ("The European Bank for Reconstruction and Development "
                                                                  "(EBRD)")


def test_hours_that_batteries_keep_base_stations_working_are_no_outage():
    # held-out 567
    text = ("As of June 2024, Kyivstar has installed 113,000 new batteries at base stations, ensuring the operation of "
            "base stations for up to four hours without external power.")
    assert dropped(text)["up to four hours"] == "how long equipment runs without grid power, not an outage"
    text = ("Mobile communications in Ukraine in the event of a blackout should work for three days, said the head of "
            "the State Service for Special Communications Yuriy Shchigol.")
    assert dropped(text)["three days"] == "how long equipment runs without grid power, not an outage"


def test_a_death_toll_that_rose_to_a_count_is_casualties():
    # held-out 570
    text = "As a result of a massive attack on Kyiv, the number of victims increased to 22 people, including children."
    assert dropped(text)["22"] == "casualties"


def test_pump_rooms_and_boiler_houses_held_in_reserve_are_no_damage():
    # held-out 571
    text = ("As stated, a total of 154 pump room complexes can be connected to generators after the strike; 51 mobile "
            "boiler houses are ready to provide heat to hospitals.")
    reasons = dropped(text)
    assert reasons["154"] == reasons["51"] == "held in reserve, not damaged or cut off"


def test_capacity_that_new_units_will_provide_is_no_loss():
    # held-out 571
    text = ("About 100 MW of capacity, of which about 40 MW will be directed to the functioning of the water supply "
            "system, will be provided by gas piston units.")
    reasons = dropped(text)
    assert reasons["About 100 MW"] == reasons["about 40 MW"] == "capacity added to the grid, not lost"


def test_shares_of_enterprises_surveyed_are_no_damage():
    # held-out 572
    text = ("To adapt to power outages, the majority of enterprises surveyed (78%) changed their work schedule. Much "
            "less – 43% – installed independent sources of electricity supply.")
    reasons = dropped(text)
    assert reasons["78%"] == reasons["43%"] == "a share of the companies surveyed, not of a supply"


def test_people_that_donated_equipment_will_serve_are_no_outage():
    # held-out 574
    text = ("The transformer, donated by Latvia after the Russian strikes, will bolster the damaged electricity supply "
            "for more than 500,000 Ukrainians.")
    assert dropped(text)["more than 500,000"] == "people in need of shelter or aid, not cut off"
    text = ("Ukraine needs critical assistance to keep electricity flowing to millions of Ukrainians across the country "
            "after Russia's attacks on the grid.")
    assert dropped(text)["millions"] == "people in need of shelter or aid, not cut off"


def test_hours_a_day_with_power_on_after_a_hedge_are_no_outage():
    # held-out 575
    text = ("In houses where heat supply cannot be restored in the near future, electricity must be available for at "
            "least 18 hours a day, the minister added.")
    assert dropped(text)["18 hours a day"] == "supply"


def test_peak_consumption_last_winter_is_demand_not_a_loss():
    # held-out 579 (and 34)
    text = 'The peak energy consumption last winter was 18 GW, and "half of that is gone now," Zelensky noted.'
    assert dropped(text)["18 GW"] == "demand, consumption or imports, not a loss"


def test_hours_with_a_supply_of_electricity_are_no_outage():
    # held-out 546: the four hours off are the outage, the two to four hours on are not
    text = "Most likely, the outages will last for four hours with the supply of electricity for two-four hours."
    assert dropped(text)["two-four hours"] == "supply"
    assert "four hours" in by_figure(text)


def test_a_tally_of_military_equipment_destroyed_is_no_attack_count():
    # held-out 573: the Russian Defence Ministry's running tally; "firing 510 shells from mortars, artillery, … tanks"
    # (held-out 496) still counts the shelling
    text = ("In total, since the beginning of the special military operation destroyed: 613 aircraft, 276 helicopters, "
            "26008 unmanned aerial vehicles, 531 anti-aircraft missile systems, 16385 tanks and other armoured vehicles.")
    reasons = dropped(text)
    assert reasons["613"] == reasons["26008"] == "counts military equipment, not weapons launched at energy"
    text = ("The military attacked the settlements of the Kherson Region 94 times, firing 510 shells from mortars, "
            "artillery, Grads, tanks, UAVs and aviation, hitting a power substation.")
    assert "510" in by_figure(text)


def test_a_claim_repeated_with_the_country_then_a_region_is_one_row():
    # held-out 592: the headline names the country, the lead the region; one claim, one row
    text = ("Russian attack cut water to more than 1.7 million Ukraine households, deputy PM says\n\n"
            "More than 1.7 million households in Ukraine faced water supply problems after Russia's overnight attack "
            "on the southeastern Dnipropetrovsk region, Ukrainian deputy prime minister Oleksiy Kuleba said.")
    rows = extract_article(article(text))
    assert [row["figure"] for row in rows] == ["more than 1.7 million"]
    assert rows[0]["claimant"] == "Ukrainian deputy prime minister Oleksiy Kuleba"


def test_small_figures_of_the_country_and_of_a_region_stay_two_claims():
    # held-out 359: a precise figure under 1,000 is often shared by two claims
    text = ("Emergency restrictions have been tightened in the country — 56 settlements lost power across Ukraine. "
            "In the Sumy region, 56 settlements were left without electricity after shelling.")
    assert [row["place"] for row in extract_article(article(text))] == ["Ukraine", "Sumy region"]


def test_a_companys_bonds_and_their_terms_are_no_cost():
    # held-out 586: a debt restructuring is borrowing, not damage or funds for repair
    reasons = dropped("Ukraine’s national energy company has reached an agreement to restructure its $825M green bond "
                      "debt.")
    assert reasons["$825M"] == "a debt or its terms (bonds, loans repaid), not damage or funds"
    reasons = dropped("The bond swap option enables bondholders to exchange their old green bonds for new ones, with the "
                      "new bonds offering an 8.5% interest rate.")
    assert reasons["8.5%"] == "a debt or its terms (bonds, loans repaid), not damage or funds"
    reasons = dropped("According to the Ukrainian state energy company, 77% of investors agreed to delay €600 million "
                      "of loans for two years, The remaining €90 million will be repaid by 2024.")
    assert reasons["€600 million"] == reasons["€90 million"] == "a debt or its terms (bonds, loans repaid), not damage or funds"
    assert "€40 million" in by_figure("The EBRD will lend €40 million to Ukrenergo to repair substations damaged "
                                      "by Russian strikes.")


def test_a_fall_in_demand_in_a_named_country_is_no_damage():
    # held-out 586: Moody's on the fall in demand
    text = ("Electricity demand in Ukraine fell by approximately 33% in March 2022 compared to the prior year, with "
            "output from coal-fired power stations falling by a similar amount.")
    assert dropped(text)["approximately 33%"] == "a fall in consumption, not damage"


def test_casualties_listed_after_a_first_count_or_among_the_injured_are_no_figure():
    # held-out 581 and 592
    reasons = dropped("At least 459 attacks on medical facilities were recorded, injuring 119 staff and 50 patients.")
    assert reasons["119"] == reasons["50"] == "casualties"
    reasons = dropped("Due to the Russian attack, part of Odesa is without electricity, among the 6 injured are three "
                      "children: consequences shown.")
    assert reasons["three"] == "casualties"


def test_a_share_of_civilian_deaths_and_injuries_is_no_damage():
    # held-out 593
    text = "One-third of civilian deaths and injuries this year were caused by drone attacks."
    assert dropped(text)["One-third"] == "a share of casualties"


def test_cross_border_capacity_and_power_taken_from_the_european_grid_are_no_loss():
    # held-out 585
    text = ("When Ukraine started exporting in June 2022, the cross-border capacity was limited to 100 MW. We need to "
            "balance the European system by allowing Ukraine to take 2.2 GW from the European grid.")
    reasons = dropped(text)
    assert reasons["100 MW"] == reasons["2.2 GW"] == "demand, consumption or imports, not a loss"


def test_an_outage_named_as_the_condition_for_a_plan_is_no_outage():
    # held-out 584
    text = ("In the Zaporizhzhia region, 430 Points of Invincibility are ready to operate, and they will be opened in "
            "the case of a power outage for four hours.")
    assert dropped(text)["four hours"] == "condition"
    assert "four hours" in by_figure("After the strike Kyiv residents were without power for four hours.")


def test_invincibility_points_set_up_are_no_outage():
    # held-out 583, 584 (and 158, 338); "152 central heating points" damaged (held-out 339) stays a figure
    reasons = dropped("The city's critical infrastructure operates on alternative power sources, and 8 invincibility "
                      "points have been deployed for residents. In the Zaporizhzhia region, 430 Points of Invincibility "
                      "are ready to operate.")
    assert reasons["8"] == reasons["430"] == "counts heating or aid points set up, not an outage"
    assert "152" in by_figure("Since the war began, 18 combined heat and power plants have been severely damaged or "
                              "destroyed, alongside more than 800 boiler houses and 152 central heating points.")


def test_a_funding_shortfall_and_a_share_equipped_with_generators_are_no_damage():
    # held-out 580 and 583
    reasons = dropped("UNICEF appealed to donors to support its Ukraine humanitarian fund, which faces a 40 per cent "
                      "funding shortfall.")
    assert reasons["40 per cent"] == "a gap in funding, not damage"
    reasons = dropped("In the Lviv region, 100% of schools and main hospitals are provided with diesel generators in "
                      "case of power outages.")
    assert reasons["100%"] == "a share equipped with backup power, not of damage"


def test_houses_without_heat_due_to_an_accident_are_no_attack_outage():
    # held-out 590
    text = "About 40 houses have no heat, but as I was told, this is due to an accident."
    assert dropped(text)["About 40"] == "outage with a technical cause, not an attack"


def test_hundreds_and_tens_in_words_are_one_number():
    # held-out 590: "Three hundred and twenty-six" had been read as 300 and 26
    assert parse_figure("Three hundred and twenty-six").value == 326
    assert parse_figure("two hundred and forty thousand").value == 240_000
    rows = by_figure("Shelling left three hundred fifty homes without power.")
    assert list(rows) == ["three hundred fifty"] and rows["three hundred fifty"]["value"] == "350"


def test_hours_without_power_every_day_are_hours_a_day():
    # held-out 583
    rows = by_figure("In particular, people in Kyiv are without “light” every day for about 8-12 hours.")
    assert rows["about 8-12 hours"]["unit"] == "hours_per_day"


def test_a_part_of_the_citys_hedged_total_counts_the_noun_after_it():
    # held-out 593 (and 163, 251)
    text = ("In Kyiv, Mayor Vitali Klitschko said nearly 2,600 more buildings lost heating after infrastructure damage "
            "— adding to more than 1,000 of the city’s roughly 12,000 apartment blocks already without warmth.")
    assert by_figure(text)["more than 1,000"]["value"] == "1000"
    # and a part of a hedged total of weapons is still the part shot down (held-out 33)
    text = ("Thanks to the work of the Air Defense Forces of Ukraine, 44 of the more than 50 missiles fired at our "
            "territory were shot down.")
    assert dropped(text)["44"] == "shot down; the article gives launched or hit counts"


def test_a_bare_count_with_no_supply_shares_the_noun_before():
    # held-out 592
    rows = by_figure("Most services had been restored but around 20,000 households still had no water, and 250,000 no "
                     "heating, Kuleba added.")
    assert rows["250,000"]["claimant"] == "Kuleba"


def test_a_count_set_off_by_dashes_counts_the_noun_before_it():
    # held-out 591
    text = ('According to Klitschko, "half of Kyiv\'s apartment buildings - almost 6,000 - are currently without heat '
            'supply due to critical infrastructure damaged by the enemy\'s massive attack on the capital."')
    assert by_figure(text)["almost 6,000"]["value"] == "6000"


def test_counted_regions_after_a_hedge_make_the_attack_national():
    # held-out 589: Kyiv is where the alerts rang, not the attack's scope
    text = ("Officials in Ukraine said on May 8 that a major overnight attack by more than 50 Russian missiles and 20 "
            "drones badly damaged infrastructure, including dams, across at least six regions as multiple waves of air "
            "alerts rang out for hours in areas including the capital, Kyiv.")
    rows = by_figure(text)
    assert rows["more than 50"]["place"] == rows["20"]["place"] == "Ukraine"


def test_regional_administrations_unnamed_are_the_country_not_the_city_before():
    # held-out 590
    text = ("UAH 966 million has been earmarked for Kyiv via the Recovery Agency. Regional military administrations "
            "will receive a further 2 billion UAH.")
    rows = by_figure(text)
    assert rows["UAH 966 million"]["place"] == "Kyiv" and rows["2 billion UAH"]["place"] == "Ukraine"


def test_the_capital_asked_for_money_is_the_government():
    # held-out 586
    text = ("On July 20, Naftogaz asked Kyiv for a subsidy of 150 million hryvnias (about $5 billion) to purchase gas "
            "for the heating season.")
    assert by_figure(text)["150 million hryvnias"]["place"] == "Ukraine"


def test_a_company_named_in_straight_quotes_after_its_description_is_the_claimant():
    # held-out 589
    text = ('National Energy Company "Ukrenergo" notes that on the night of May 8, Russian troops fired more than 50 '
            'missiles at energy infrastructure in Lviv region.')
    assert by_figure(text)["more than 50"]["claimant"] == 'National Energy Company "Ukrenergo"'


def test_the_subject_claiming_a_count_is_its_claimant_and_statements_from_name_no_one():
    # held-out 588
    text = ("The Ukrainian air force responded with remarkable efficiency, claiming to have intercepted or jammed 154 "
            "out of 183 Russian strike and decoy drones launched during the night.")
    assert by_figure(text)["183"]["claimant"] == "The Ukrainian air force"
    text = ("According to statements from Ukrainian officials and corroborated by multiple news outlets, Russia launched "
            "183 drones overnight.")
    assert by_figure(text)["183"]["claimant"] == "Ukrainian officials"


def test_it_noted_after_an_organisation_issued_a_statement_is_the_organisation():
    # held-out 593
    text = ("The International Committee of the Red Cross (ICRC) issued a statement saying that strikes on critical "
            "infrastructure in Ukraine and Russia are “prohibited”.\n\nIt noted that recent strikes on critical "
            'infrastructure "have left millions of people without electricity, water, and heating" in Kyiv, Dnipro '
            "and other regions.")
    assert by_figure(text)["millions"]["claimant"] == "The International Committee of the Red Cross (ICRC)"


def test_the_statement_said_with_no_one_named_is_no_claimant():
    # held-out 592 (and 14, 48, 91, 295 …); a statement whose owner is named still credits the owner
    text = ("“At present, more than 18,000 households remain without electricity in the Dnipropetrovsk region,” the "
            "statement said.")
    assert by_figure(text)["more than 18,000"]["claimant"] == ""
    text = ("DTEK reported the damage on Telegram. “At present, more than 18,000 households remain without electricity "
            "in the Dnipropetrovsk region,” the statement said.")
    assert by_figure(text)["more than 18,000"]["claimant"] == "DTEK"


def test_a_sum_for_the_whole_economy_is_no_energy_cost():
    # held-out 602 (and 485): the World Bank's damage and needs for every sector
    text = ("Findings indicate that direct damage in Ukraine has now reached over $195 billion (€166 billion), up from "
            "$176 billion (€150 billion) in the RDNA4 of February 2025, with housing, transport, and energy sectors "
            "being most affected.")
    reason = "a sum for the whole economy (housing, transport …), not for energy, heat, water or gas"
    assert dropped(text)["over $195 billion"] == dropped(text)["€150 billion"] == reason
    # a sum that names a supply stays ("water, sanitation, health and education services")
    assert "$32 million" in by_figure("With winter approaching, UNICEF is appealing for $32 million to help keep "
                                      "critical services running by reducing disruptions to water, sanitation, health "
                                      "and education services after the strikes.")


def test_damages_recorded_and_a_total_brought_to_a_count_are_figures():
    # held-out 599 and 596 (and 110)
    rows = by_figure("More than 64,000 damages to Ukraine's energy system facilities have been recorded since the "
                     "beginning of the full-scale war.")
    assert rows["More than 64,000"]["value"] == "64000"
    rows = by_figure("Koretskyi said the latest incidents bring the total number of attacks on Naftogaz infrastructure "
                     "to 20 since the beginning of the year.")
    assert rows["20"]["claimant"] == "Koretskyi"


def test_casualties_with_an_age_in_the_including_phrase_are_no_figure():
    # held-out 597
    text = ("In addition, four people, including a baby and a 4-year-old girl, were injured in attacks on the eastern "
            "Ukrainian city of Dnipro.")
    assert dropped(text)["four"] == "casualties"


def test_targeted_between_a_count_and_strikes_is_an_adjective():
    # held-out 610
    text = ("Over the first two days of the new year, Russian invaders carried out more than ten targeted strikes on "
            "the Kherson CHP plant, using drones and artillery.")
    assert by_figure(text)["more than ten"]["value"] == "10"


def test_groups_of_consumers_in_a_schedule_are_no_count_of_consumers():
    # held-out 608 (and 34, 47, 467, 539)
    text = "Due to stabilizing outages, four groups of consumers in the capital will not have electricity until midnight."
    assert dropped(text)["four"] == "counts groups (queues) of an outage schedule, not consumers"


def test_networks_working_without_power_and_stations_on_generators_are_no_outage():
    # held-out 609
    reasons = dropped("According to Suspilne, the Ministry reported that most networks can function without power for "
                      "approximately 4 hours. More than 1700 stations are connected to generators.")
    assert reasons["approximately 4 hours"] == "how long equipment runs without grid power, not an outage"
    assert reasons["More than 1700"] == "held in reserve, not damaged or cut off"


def test_hours_and_minutes_are_one_duration():
    # held-out 609
    assert parse_figure("approximately 14 hours and 30 minutes").value == 14.5
    rows = by_figure("The operator's network continued to operate during power outages in Sumy that lasted "
                     "approximately 14 hours and 30 minutes after the shelling.")
    assert rows["approximately 14 hours and 30 minutes"]["value"] == "14.5"


def test_weapons_counts_repeated_with_the_country_then_the_capital_are_one_claim():
    # held-out 611: the same attack told twice, "against Ukraine" and "The main target is Kyiv"
    text = ('Tonight, the Russian Federation used almost 500 drones and 40 missiles, including "Kinzhal" missiles, '
            'against Ukraine. The main target is Kyiv: energy and civilian infrastructure. This was announced by the '
            'President of Ukraine Volodymyr Zelenskyy, as reported by UNN.\n\nDetails\n\nAnother Russian attack is still '
            'ongoing – since night, almost 500 drones, a significant number of "Shaheds", and also 40 missiles, '
            'including "Kinzhal" missiles. The main target is Kyiv: energy and civilian infrastructure.')
    assert sorted(row["figure"] for row in extract_article(article(text))) == ["40", "almost 500"]


def test_homes_and_schools_lacking_central_heating_are_an_outage():
    # held-out 613
    rows = by_figure("Local authorities report more than 2,600 homes, 187 kindergartens and 138 schools lacking "
                     "central heating.")
    assert {"more than 2,600", "187", "138"} <= set(rows)


def test_a_total_split_between_weather_and_shelling_is_kept_with_its_war_part():
    # held-out 615
    text = ("DTEK continues to eliminate the consequences of bad weather and enemy shelling in the Kyiv region. "
            "Currently, more than 370,000 families remain without electricity: about 280,000 due to bad weather, and "
            "another 90,000 due to the consequences of shelling.")
    rows = by_figure(text)
    assert {"more than 370,000", "90,000"} <= set(rows) and "about 280,000" not in rows


def test_people_who_remain_in_a_named_town_are_a_population():
    # held-out 614; "households remain in blackout" (held-out 129) is still an outage
    assert dropped("In total, 7,200 people remain in Pokrovsk.")["7,200"] == "describes a population, not an outage"
    assert "some 200,000" in by_figure("As a result of the Russian missile and drone attack on Kharkiv's power system, "
                                       "some 200,000 households remain in blackout.")


def test_how_long_the_shelling_lasted_is_no_outage():
    # held-out 622
    text = ("According to him, the shelling lasted more than three hours, and the aim of the attacks was to cause maximum "
            "damage to the energy system.")
    assert "more than three hours" not in by_figure(text)
    assert dropped(text)["three hours"] == "attack"


def test_a_part_of_the_weapons_launched_that_was_intercepted_is_no_launch_count():
    # held-out 638: "35 of the missiles launched" was read as a launch count
    text = ("The UAF said that Russia had used 53 missiles, as well as 47 Shahed attack drones. The UAF reported that it "
            "had successfully intercepted 46 of the drones and 35 of the missiles launched by Russia in the overnight "
            "attack.")
    assert sorted(by_figure(text)) == ["47", "53"]
    assert dropped(text)["35"] == "shot down; the article gives launched or hit counts"


def test_a_quoted_description_between_a_count_and_its_weapons():
    # held-out 638
    rows = by_figure("The UAF said that Russia had used 53 “air-launched, sea-launched and land-based” missiles, as well "
                     "as 47 Shahed attack drones.")
    assert rows["53"]["metric"] == "missiles_launched"


def test_footnote_marks_are_no_counts():
    # held-out 209: "[1][2]" had been read as counts of the explosions after them
    text = ("Both Ukrainian and Russian sources reported hearing blasts from the dam's hydroelectric power station,[1][2] "
            "regional seismometers detected explosions in the area.")
    assert not by_figure(text)
    assert dropped(text) == {"1": "note", "2": "note"}


def test_micro_districts_with_a_hyphen_are_places():
    # held-out 642
    rows = by_figure("“The invaders bombarded the ‘Luch power substation [in Enerhodar], which resulted in the blackout "
                     "in almost the entire city (6 out of 7 micro-districts),” Energoatom wrote.")
    assert list(rows) == ["6"]


def test_impacts_are_counted_hits():
    # held-out 642
    rows = by_figure("Energoatom reported that at 14:30, three impacts occurred near the NPP’s industrial site damaging "
                     "a 330 kV high-voltage line.")
    assert list(rows) == ["three"]


def test_settlements_and_people_freed_from_occupation_are_no_damage():
    # held-out 642
    reasons = dropped("More than 300 settlements and about 150,000 people have been freed from occupation since the "
                      "beginning of the month.")
    assert reasons["More than 300"] == "counts settlements liberated, not damage"
    assert reasons["about 150,000"] == "counts people liberated, not damage"


def test_russias_own_refineries_are_no_damage_to_ukraine():
    # held-out 637 and 193
    text = ("Ukraine has responded by striking over half of Russia's 38 major oil refineries, taking 10% of Russian "
            "refining capacity offline. The attacks disrupted 13 to 20 percent of Russia's refinery capacity.")
    assert not by_figure(text)
    assert "more than 100,000" in by_figure("Russian strikes left more than 100,000 people without power in Ukraine, "
                                            "while Ukraine hit 13 refineries.")


def test_weapons_engaged_or_shot_down_over_russia_are_strikes_on_russia():
    # held-out 638 and 640
    assert "14" not in by_figure("The district authorities said the Russian air defenses fired at 14 missiles.")
    text = ("On Sunday, the Defense Ministry reported that a total of 158 UAVs were either shot down or intercepted by "
            "electronic warfare over more than a dozen regions in Russia, including near Moscow.")
    assert "158" not in by_figure(text)
    # held-out 419: a launch count in the same sentence stays
    text = ("The Ukrainian Air Force said Saturday that its air defenses intercepted or destroyed 54 of the 78 Russian "
            "drones launched overnight against Ukraine, while the Russian Defense Ministry claimed to have shot down 42 "
            "Ukrainian drones over Russian territory.")
    assert list(by_figure(text)) == ["78"]


def test_one_hundred_and_tens_in_words_are_one_number():
    # held-out 646: "One hundred and fifty-one" had been read as 100 and 51 (and `parse_figure` read it as 100)
    assert parse_figure("One hundred and fifty-one").value == 151
    assert parse_figure("a hundred and twenty thousand").value == 120_000
    rows = by_figure("One hundred and fifty-one miners have been trapped underground at the Dobropillia mine due to a "
                     "blackout caused by Russian attacks in Donetsk Oblast.")
    assert list(rows) == ["One hundred and fifty-one"] and rows["One hundred and fifty-one"]["value"] == "151"


def test_how_long_an_air_alert_in_a_place_lasted_is_no_outage():
    # held-out 645
    text = ("Energy infrastructure in the Lviv region was attacked and power was cut. It is worth noting that the air "
            "alert in Ukraine lasted more than two hours.")
    assert "more than two hours" not in by_figure(text)
    assert dropped(text)["two hours"] == "attack"


def test_a_tally_of_drones_downed_over_russian_regions_is_strikes_on_russia():
    # held-out 647: the Russian Defence Ministry's list, one region after another (Crimea first)
    text = ("- According to the ministry, 32 drones were downed over the Republic of Crimea, 13 over the Rostov Region, "
            "six over the Black Sea, five over the Bryansk Region, two over the Tula Region, two over the Moscow Region "
            "and one over the Kursk Region.")
    assert not by_figure(text)
    assert dropped(text)["32"] == "a figure for a place outside Ukraine (Rostov)"


def test_transformers_that_did_not_work_are_damage():
    # held-out 644
    rows = by_figure("Earlier, Sergey Kovalenko, director general of YASNO, Ukraine’s leading energy supplier, a branch of "
                     "the DTEK holding, said that the most dismal situation with electricity was in Kiev, since 60% of the "
                     "transformers in the Ukrainian capital did not work.")
    assert list(rows) == ["60%"]


def test_the_speaker_is_the_name_before_a_title_and_further_appositives():
    # held-out 644 (and 13, 45, 90, 393): the last appositive had been taken for the speaker
    rows = by_figure("Earlier, Sergey Kovalenko, director general of YASNO, Ukraine’s leading energy supplier, a branch of "
                     "the DTEK holding, said that 60% of the transformers in the Ukrainian capital did not work.")
    assert rows["60%"]["claimant"] == "Sergey Kovalenko"


def test_a_sixth_and_a_tenth_are_shares():
    # held-out 652 ("around one-sixth") and 236 ("one-tenth"); "A sixth person" stays an ordinal
    assert parse_figure("around one-sixth").value == pytest.approx(100 / 6)
    text = ("Russian strikes destroyed around one-sixth of Ukraine's electricity capacity, officials said. About 4.5 "
            "million people, or one-tenth of the country’s population, were left without power. A sixth person was "
            "killed in the attack.")
    rows = by_figure(text)
    assert rows["around one-sixth"]["unit"] == "percent" and rows["one-tenth"]["value"] == "10"
    assert "sixth" not in " ".join(rows).replace("one-sixth", "")
    # held-out 654: "fell to a tenth of the volumes stored in the same period last year" compares gas volumes
    assert not by_figure("European volumes in June and July fell to a tenth of the volumes stored in the same period "
                         "last year after Russian attacks on gas storage.")


def test_a_count_right_after_injuring_is_casualties_whatever_noun_follows():
    # held-out 648: "injuring more than a dozen and damaging the country's energy facilities"
    text = ("President Volodymyr Zelensky said that Russia attacked most of Ukraine on August 26, firing a series of "
            "missiles and drones, killing four people, injuring more than a dozen and damaging the country's energy "
            "facilities.")
    assert dropped(text)["more than a dozen"] == "casualties"


def test_the_people_of_a_settlement_are_its_population():
    # held-out 648
    text = ("A regional official said that the energy facility that supplies electricity to the settlement of 83,000 "
            "people was hit, leaving industrial consumers without power.")
    assert dropped(text)["83,000"] == "describes a population, not an outage"


def test_a_share_of_a_kind_of_generation_is_the_countrys():
    # held-out 656 (and 188): the plant named in the clause before is not the share's place
    text = ("The Russians occupied our largest nuclear power plant - ZNPP, in addition, because of them we lost about 90% "
            "of wind generation and up to 40% of solar generation, Energy Minister Herman Halushchenko said.")
    rows = by_figure(text)
    assert rows["about 90%"]["place"] == "Ukraine" and rows["up to 40%"]["place"] == "Ukraine"


def test_how_long_an_air_raid_on_a_date_lasted_is_no_outage():
    # held-out 668
    text = ("Energy facilities were attacked and power was cut. It should be noted that the large-scale air raid on "
            "October 11 lasted more than 5 hours.")
    assert "more than 5 hours" not in by_figure(text)


def test_communities_that_shells_were_fired_at_are_where_the_attacks_fell():
    # held-out 668
    text = ("The enemy fired more than 170 shells from Grady and barrel artillery at three communities of the Nikopol "
            "district, cutting power lines.")
    assert dropped(text)["three"] == "counts where (communities attacked), not an outage"
    assert "more than 170" in by_figure(text)


def test_shares_of_buildings_or_housing_destroyed_are_no_supply():
    # held-out 667 and 662
    text = ("The city, where 80 percent of the buildings were destroyed during the attacks, currently has no "
            "electricity. The housing stock is over 80% destroyed, and power is out.")
    assert not by_figure(text)


def test_a_voluntary_cut_in_consumption_is_no_damage():
    # held-out 669
    text = ("Power was cut in Zhytomyr. Ukrainians have already voluntarily reduced their electricity consumption by an "
            "average of 5% to 20% on some days, Ukrenergo said.")
    assert dropped(text)["5% to 20%"] == "a cut in consumption, not damage"


def test_a_quoted_vague_plural_reads_its_noun_after_the_quote():
    # held-out 674: '“Hundreds of thousands” of Ukrainians' had been read as "Hundreds"
    rows = by_figure("“Hundreds of thousands” of Ukrainians have difficulty accessing drinking water, three days after a "
                     "dam collapsed, Zelensky said.")
    assert list(rows) == ["Hundreds of thousands"] and rows["Hundreds of thousands"]["value"] == "100000"
    # and the speaker of "as stated today by"
    rows = by_figure("Hundreds of thousands of Ukrainians have difficulty accessing drinking water, three days after a "
                     "dam collapsed causing major flooding in the south Ukraine, as stated today by President Volodymyr "
                     "Zelensky.")
    assert rows["Hundreds of thousands"]["claimant"] == "President Volodymyr Zelensky"


def test_of_the_sum_announced_is_no_claimant():
    # held-out 670: "Of the billion euros" had been taken for the one who announced
    rows = by_figure("Of the billion euros announced, €415 million will be allocated to the energy sector; €25 million "
                     "to water.")
    assert rows["€415 million"]["claimant"] == ""


def test_what_nuclear_plants_account_for_is_a_share_of_supply():
    # held-out 673
    text = ("During critically cold winter weeks, nuclear plants account for more than 40% of the electricity produced "
            "in Ukraine, but strikes cut their output.")
    assert dropped(text)["more than 40%"] == "describes a share of supply, not damage"


def test_residents_who_were_evacuated_are_no_outage():
    # held-out 674
    text = ("As of the evening of June 8, more than 2,300 residents of Kherson and Mykolaiv regions were evacuated from "
            "the hazardous zone due to flooding and power outages.")
    assert dropped(text)["more than 2,300"] == "an evacuation, not an outage"


def test_bodies_recovered_are_casualties():
    # held-out 676
    text = ("In addition to her body under the rubble of the destroyed house, rescuers got the bodies of two more "
            "people after the strike on the power plant.")
    assert dropped(text)["two"] == "casualties"


def test_internet_traffic_and_users_are_no_supply():
    # held-out 684: NetBlocks' and Cloudflare's shares had been proposed as outages
    text = ("NetBlocks: as a result of missile attacks, the number of Internet users in Ukraine fell by 17%. The "
            "situation in individual regions indicates that the following regions are suffering from network damage "
            "the most: Sumy region (12 % of the usual number of users); Kharkiv (20%), Lviv (38%).")
    reasons = dropped(text)
    assert {reasons[f] for f in ("17%", "12 %", "20%", "38%")} == {"a level of internet use or traffic, not a supply"}
    text = ("The Russian missile attack affected most regions; the worst access was in the Poltava, Cherkasy, and "
            "Mykolaiv regions, which was only 8% of the level prior to the attacks.")
    assert dropped(text)["8%"] == "a level of internet use or traffic, not a supply"
    assert "1,300%" in dropped("Application-layer cyber attacks in Ukraine rose 1,300% in early March 2022 after "
                               "the strikes on power plants.")
    # a level against the usual one is still a figure when the sentence names a supply
    assert "50%" in by_figure("After the strike, power generation in the region fell to 50% of the usual level.")


def test_base_stations_that_must_get_generators_are_no_damage():
    # held-out 684: a regulator's requirement, not damage
    text = ("In addition, by December, at least a quarter of mobile base stations in each region must be connected to "
            "an electric generator or batteries to ensure work during blackouts.")
    assert dropped(text)["at least a quarter"] == "a share equipped with backup power, not of damage"


def test_people_in_need_of_aid_after_an_aside_are_no_outage():
    # held-out 685
    text = ("Russian strikes left homes without power and water. It said in a statement that nearly 18 million people "
            "– around 40% of Ukraine’s population – need humanitarian aid.")
    reasons = dropped(text)
    assert reasons["nearly 18 million"] == "people in need of shelter or aid, not cut off"
    assert reasons["around 40%"] == "a share of people in need of aid, not cut off"


def test_settlements_flooded_and_wells_opened_are_no_outage():
    # held-out 687
    text = ("Houses and roads suffered after the Russians blew up the Kakhovka hydroelectric power station, when 13 "
            "settlements were flooded and 375 houses were destroyed. In addition to the centralized water supply "
            "system, five wells have been opened to provide drinking water to three neighborhoods of the city.")
    reasons = dropped(text)
    assert reasons["13"] == "counts settlements flooded, not cut off"
    assert reasons["five"] == "equipment delivered or given, not damaged"
    assert reasons["three"] == "counts neighborhoods given a new supply, not cut off"
    # held-out 515: how many were reconnected after the strikes stays a figure
    rows = by_figure("In the Odesa region, over 4 days, energy workers restored the technical capability to supply "
                     "power to 583.7 thousand households after the strikes.")
    assert "583.7 thousand" in rows


def test_a_price_per_kwh_and_a_rise_in_bills_are_no_sums():
    # held-out 688
    text = ("Household consumers pay UAH 1.44 per kWh if they consume less than 250 kWh per month and UAH 1.68 per "
            "kWh if they consume more, after strikes damaged the grid and repairs are needed.")
    assert dropped(text)["UAH 1.68"] == "a price (per unit or per hour), not a sum of damage or funds"
    text = ("To fund repairs of the damaged grid, the amounts in payments for the light of Ukrainian families will grow "
            "by an average of 200-300 UAH.")
    assert dropped(text)["200-300 UAH"] == "a rise in bills or prices, not a sum of damage or funds"


def test_capacity_increased_by_is_no_loss():
    # held-out 689
    text = ("It will help increase the generating capacity of Ukraine's energy system by 25 MW after the attacks, "
            "make it possible to quickly restore power.")
    assert dropped(text)["25 MW"] == "capacity added, not lost"


def test_money_to_strengthen_the_energy_system_is_funding():
    # held-out 689: resilience funding had no cost word
    rows = by_figure("Ukraine and the United States signed a memorandum of understanding on cooperation to ensure the "
                     "resilience of Ukraine's energy system; the agreement includes US$522 million to strengthen it.")
    assert rows["US$522 million"]["value"] == "522000000"


def test_shares_of_gdp_and_of_the_economy_are_no_damage():
    # held-out 690
    text = ("The National Bank of Ukraine had forecast a 32 percent GDP decline in 2022 as Russia continues striking "
            "the power grid. Small and medium-sized enterprises, which accounted for around 60% of Ukraine’s economy "
            "and around 40% of tax revenue, lose revenue in regular blackouts.")
    reasons = dropped(text)
    assert reasons["32 percent"] == "an economic indicator (GDP)"
    assert reasons["around 60%"] == reasons["around 40%"] == "a share of the economy or of tax revenue, not damage"


def test_refugees_waiting_to_return_are_no_outage():
    # held-out 690
    text = ("A large part of Ukraine’s civilian population, an estimated 6 million people, is awaiting the spring to "
            "return to their homeland, as the frequent power outages have forced them to stay abroad.")
    assert dropped(text)["an estimated 6 million"] == "people displaced or who left, not cut off"


def test_imports_share_is_no_damage():
    # held-out 683
    text = ("He reminded businesses of the possibility of targeted electricity imports of more than 60%, which should "
            "protect enterprises from power outages after the strikes.")
    assert dropped(text)["more than 60%"] == "a share of imports, not damage"


def test_a_place_named_as_an_example_of_the_whole_country_leaves_the_figure_national():
    # held-out 690
    rows = by_figure("On Nov. 23, Russia launched another massive missile strike on Ukraine’s critical infrastructure, "
                     "which caused blackouts throughout the country, including in the capital Kyiv, leaving millions "
                     "of people without power.")
    assert rows["millions"]["place"] == "Ukraine"


def test_the_south_ukraine_plant_is_in_the_mykolaiv_region():
    # held-out 687: the plant had no alias, so the capital named after it gave the place (the place column keeps
    # the name as written; its region is resolved by the ETL's gazetteer)
    rows = by_figure("The industrial complex that includes the South Ukraine plant sits along the Southern Bug River "
                     "about 300km south of the capital, Kyiv. The attack severed three power lines, Ukrainian "
                     "authorities said.")
    assert rows["three"]["place"] == "South Ukraine plant"
    assert Gazetteer.from_reference().resolve("South Ukraine plant").geo_code == "UA-48"


def test_workers_involved_in_the_response_are_no_outage():
    # held-out 691
    text = ("More than a thousand people and almost 120 units of emergency services equipment were involved in "
            "extinguishing fires and eliminating the consequences of the strikes on energy facilities.")
    assert dropped(text)["More than a thousand"] == "counts workers or rescuers, not people cut off"


def test_units_under_planned_maintenance_are_no_damage():
    # held-out 693
    reasons = dropped("The head of the company noted that the cause of the electricity shortage will be “planned "
                      "repairs” of two nuclear power plant units, as well as problems with the energy infrastructure.")
    assert reasons["two"] == "units under planned maintenance, not damaged"
    reasons = dropped("No outage schedules have been applied in Ukraine since July 30 as two nuclear power generating "
                      "units have resumed operations following scheduled maintenance.")
    assert reasons["two"] == "units under planned maintenance, not damaged"


def test_the_break_between_outages_is_no_outage():
    # held-out 695
    text = ("To restore the balance of the power system, it is allowed to repeatedly disconnect the same lines "
            "according to the Emergency Outage Schedules with a break between outages for 1-2 hours.")
    assert dropped(text)["1-2 hours"] == "the time between outages, not an outage"


def test_how_long_generators_have_fuel_for_is_no_outage():
    # held-out 696
    text = ("Chernobyl nuclear power plant’s diesel generators only have have fuel for 48 hours, after which all the "
            "critical safety systems will shut down, according to Ukraine’s nuclear energy inspector.")
    assert dropped(text)["48 hours"] == "how long equipment runs without grid power, not an outage"


def test_no_central_heating_in_buildings_is_an_outage():
    # held-out 697: "no central heating" was no outage cue, so the buildings were taken for damaged housing
    rows = by_figure("Repair works are still ongoing after the massive attack on November 17. Specifically, in Odesa, "
                     "there is no central heating in 55 residential buildings.")
    assert rows["55"]["value"] == "55" and rows["55"]["place"] == "Odesa"


def test_meter_points_are_consumers_not_metres():
    # held-out 698: "10,000 meter" had been read as a length
    rows = by_figure("According to Mrochko, about 10,000 meter points in the Dniprovskyi district of Kherson are "
                     "currently de-energized.")
    assert rows["about 10,000"]["value"] == "10000"
    # and the district of Kherson is in Kherson, not the Kyiv district of the same name
    assert rows["about 10,000"]["place"] == "Kherson"


def test_footnote_marks_end_a_sentence_and_when_is_no_speaker():
    # held-out 694: "… four missiles.[6] Yuriy Vitrenko … said at a June 21 “…”" was one sentence, and "at a
    # June 21" was taken for the speaker of an inverted "said"
    rows = by_figure("In May, the Russians launched at the destroyed refinery four missiles.[6] Yuriy Vitrenko, the "
                     "CEO of Naftogaz, said at a June 21 “All oil refining in Ukraine is now shut down due to massive "
                     "repeated attacks\" by the Russians.[7]")
    assert rows["four"]["claimant"] == ""
    # held-out 255: once the footnote ends the sentence, "half the electricity that it needs" stands alone
    rows = by_figure("Shmyhal noted that problems with energy are the most severe in Kyiv City.[7] Kyiv City Mayor "
                     "Vitaliy Klitschko stated that Kyiv City only has half the electricity that it needs and called "
                     "on residents to leave the city if possible.[8]")
    assert rows["half"]["value"] == "50"


def test_information_gathered_by_journalists_names_them():
    # held-out 694 (and two claimants of held-out 9: "information provided by the authorities")
    rows = by_figure("According to information gathered by journalists, the Russian Armed Forces deployed two X-101 "
                     "cruise missiles at the refinery.")
    assert rows["two"]["claimant"] == "journalists"


def test_invulnerability_and_inviolability_points_are_aid_points():
    # held-out 108 and 117: other translations of "Punkty Nezlamnosti"
    assert dropped("67 invulnerability points were deployed in the city after the strike on the plant.")["67"] == (
        "counts heating or aid points set up, not an outage")
    assert dropped("According to him, 67 inviolability points have been deployed in the city after the strike on "
                   "the plant.")["67"] == "counts heating or aid points set up, not an outage"


def test_the_weather_as_the_subject_of_more_verbs_causes_the_outage():
    # held-out 700
    cases = {
        "more than 2,000": ("A severe snowstorm accompanied by strong winds has resulted in extensive power cuts and "
                            "infrastructure damage in Ukraine, affecting more than 2,000 towns and villages."),
        "over 500": ("According to Ukrenergo, as of the morning of January 27, the weather had completely or partially "
                     "cut off power to over 500 settlements in seven regions of Ukraine."),
        "over 1,000": ("A brutal winter storm swept across Ukraine on Tuesday, plunging over 1,000 towns and villages "
                       "in nine regions into darkness."),
        "1,025": ("\"Adverse weather conditions, including ice and icing on equipment, caused power cuts in 1,025 "
                  "localities as of this morning,\" Ukrenergo stated via Telegram."),
        "more than 500": ("Against the backdrop of a sharp deterioration in weather conditions, more than 500 "
                          "settlements in seven regions were completely or partially without power."),
    }
    for figure, text in cases.items():
        assert dropped(text)[figure] == "outage caused by the weather", figure
    # both causes named: still a figure (held-out 151)
    assert "almost 16,000" in by_figure("As a result of hostilities and bad weather during the day in the Donetsk "
                                        "Region almost 16,000 consumers remained without electricity.")


def test_a_short_circuit_or_a_breakdown_is_a_technical_cause():
    # held-out 701
    text = ("Kyiv Mayor Vitali Klitschko said that due to a short circuit at a transformer substation in the "
            "Shevchenkivskyi district, 1,000 consumers are currently without power.")
    assert dropped(text)["1,000"] == "outage with a technical cause, not an attack"
    text = ("As a result of the breakdown of the heating network at the intersection of Zhylianska and Symon Petliura "
            "streets in the capital, more than 230 buildings were left without heat.")
    assert dropped(text)["more than 230"] == "outage with a technical cause, not an attack"


def test_weapons_russian_troops_downed_are_strikes_on_russia():
    # held-out 706
    text = ("The ministry also reported that Russian troops had downed a Ukrainian Su-27 fighter jet, 97 drones and "
            "six US-supplied HIMARS missiles overnight.")
    reasons = dropped(text)
    assert reasons["97"] == reasons["six"] == "weapons shot down by Russian air defence (strikes on Russia)"


def test_russian_refining_capacity_named_before_the_share_is_russias():
    # held-out 706
    text = ("Ukrainian drone attacks have reduced Russian primary oil refining capacity by some 14% as of the end of "
            "March according to Reuters calculations.")
    assert dropped(text)["some 14%"] == "Russia's own refineries (strikes on Russia), not Ukraine's"


def test_military_aid_and_spending_are_no_energy_sums():
    # held-out 699 and 703
    for figure, text in {
        "$400 million": ("Watson’s statement touted an additional $400 million security assistance package for "
                         "Ukraine announced earlier Wednesday after the strikes."),
        "UAH 50 million": "As reported, in May, Zaporizhzhia City Council allocated UAH 50 million for the purchase of drones.",
        "more than UAH 66 million": "We have allocated more than UAH 66 million to help the Armed Forces of Ukraine.",
    }.items():
        assert dropped(text)[figure] == "military aid or spending, not energy", figure


def test_how_long_schools_operate_during_blackouts_is_no_outage():
    # held-out 704
    text = "Ukraine strengthens school infrastructure to operate up to 12 hours during blackouts"
    assert dropped(text)["up to 12 hours"] == "how long equipment runs without grid power, not an outage"


def test_the_kyiv_regime_is_no_place():
    # held-out 706: the Russian ministry's "Kyiv regime" had placed a count of strikes on all of Ukraine in Kyiv
    rows = by_figure("The Russian defence ministry said it had carried out 39 strikes against Ukraine since March 31 "
                     "“in response to attempts by the Kyiv regime to damage facilities in the oil and gas and energy "
                     "sectors of Russia”.")
    assert rows["39"]["place"] == "Ukraine"


def test_sums_for_other_sectors_in_a_list_of_allocations_are_no_figures():
    # held-out 670 and 205
    reasons = dropped("Of the billion euros announced, €415 million will be allocated to the energy sector; €25 million "
                      "to water; €38 million to food; €17 million to health, and €22 million to transport.")
    other = "a sum for another sector (food, health, transport …), not for energy, heat, water or gas"
    assert reasons["€38 million"] == reasons["€17 million"] == reasons["€22 million"] == other
    assert "€415 million" not in reasons and "€25 million" not in reasons


def test_the_european_peace_fund_is_military_spending():
    # held-out 671
    text = ("They agreed to raise the financial ceiling for the European Peace Fund by 2 billion euros, plus the "
            "possibility of a further increase of another 3.5 billion euros.")
    assert dropped(text)["2 billion euros"] == "military aid or spending, not energy"


def test_drones_lost_to_electronic_warfare_or_returned_to_russia_were_not_launched_at_targets():
    # held-out 681 and 519: "returned" had been read as a restoration, so "Two more drones" counted as launched
    text = ("Russia launched 50 drones at Ukraine overnight. In addition, 12 UAVs were lost in location in several "
            "regions of Ukraine due to the work of EW. Two more drones returned to Russia.")
    reasons = dropped(text)
    assert reasons["12"] == reasons["Two"] == "shot down; the article gives launched or hit counts"


def test_drones_that_crossed_the_border_into_another_country_are_abroad():
    # held-out 702 and 638
    text = ("Lviv endured long blackouts after suffering its biggest air strike of the war, and a month earlier about "
            "20 Russian drones crossed the nearby border into Poland.")
    assert dropped(text)["about 20"] == "a figure for a place outside Ukraine (Poland)"
    assert "30" in by_figure("Russia launched 30 drones that crossed the border into Ukraine overnight.")


def test_a_short_modifier_in_straight_quotes_is_no_word_of_the_count():
    # held-out 707: 'Shahed "kamikaze" drones' had left the count without its noun
    rows = by_figure('The capital was first attacked by around 15 Shahed "kamikaze" drones, all of which were '
                     'reportedly shot down, officials said.')
    assert rows["around 15"]["value"] == "15" and rows["around 15"]["metric"] == "drones_launched"


def test_houses_damaged_before_a_line_restored_are_no_reconnection():
    # held-out 710: "which has been restored" is said of the power line
    text = "The attack damaged nine private houses and a power line, which has been restored."
    assert dropped(text)["nine"] == "damage to housing, social facilities or businesses (houses), not to a supply"


def test_weapons_the_ukrainian_military_destroyed_are_shot_down():
    # held-out 707
    text = ("Russia launched 158 missiles and drones at Ukraine. The Ukrainian military successfully destroyed 27 "
            "drones and 87 missiles, Zaluzhnyi said.")
    reasons = dropped(text)
    assert reasons["27"] == reasons["87"] == "shot down; the article gives launched or hit counts"


def test_a_missile_that_passed_another_countrys_airspace_is_abroad():
    # held-out 712
    text = ("Russia launched 100 drones at Ukraine. Ukrainian Foreign Minister Andrii Sybiha said one Russian missile "
            "passed Moldovan and Romanian airspace.")
    assert dropped(text)["one"] == "a figure for a place outside Ukraine (Moldovan)"


def test_the_economy_in_a_ministrys_name_is_no_other_sector():
    # held-out 715 (and held-out 14): the Ministry for Economic Affairs' contribution had been taken for another sector
    rows = by_figure("The Federal Ministry for Economic Affairs and Climate Action is contributing 54.3 million euros "
                     "via KfW while the Federal Foreign Office is providing 34.2 million euros.")
    assert set(rows) == {"54.3 million euros", "34.2 million euros"}
    # a sum for mine action is another sector's
    text = ("Additionally, Canada is announcing 2.4 million U.S. dollars in funding to support mine action in Ukraine, "
            "the release said.")
    assert dropped(text)["2.4 million U.S. dollars"] == "another sector: the sentence names no energy, heat, water or gas"


def test_funds_to_attract_are_funding():
    # held-out 716
    rows = by_figure("\"We are now working to attract EUR 200 million from the EBRD, EUR 60 million from the EIB. This "
                     "is all for restoration.\"")
    assert set(rows) == {"EUR 200 million", "EUR 60 million"}


def test_plants_that_require_emergency_restoration_are_damaged():
    # held-out 721
    rows = by_figure("Another 12 thermal power plants and stations require emergency restoration.")
    assert rows["12"]["metric"] == "energy_facilities_damaged"


def test_substations_protected_owned_or_in_ones_charge_are_no_damage():
    # held-out 721
    reasons = dropped("The Restoration Agency is working to build drone and missile shields at 22 substations. In total, "
                      "Ukraine has 90 main substations.")
    assert reasons["22"] == "facilities being protected, not damaged"
    assert reasons["90"] == "describes what someone operates or owns, not damage"
    text = ("Kubrakov said that the Ministry of Infrastructure is responsible for nearly 4,000 critical infrastructure "
            "facilities, ranging from railway and water utility traction substations to power plants.")
    assert dropped(text)["nearly 4,000"] == "describes what someone operates or owns, not damage"


def test_people_a_supply_is_safeguarded_for_who_depend_on_it_or_got_aid_are_no_outage():
    # held-out 717, 718 and 722
    reasons = dropped("This significant move aims to safeguard a stable power supply for over 6 million Ukrainians.")
    assert reasons["over 6 million"] == "people in need of shelter or aid, not cut off"
    reasons = dropped("Millions of Ukrainians depend on damaged or destroyed infrastructure during the winter.")
    assert reasons["Millions"] == "people who depend on a supply or received aid, not cut off"
    reasons = dropped("Earlier in 2023, more than 353,000 people in conflict-affected areas across the country were "
                      "supported with cash after the strikes on power plants.")
    assert reasons["more than 353,000"] == "people who depend on a supply or received aid, not cut off"


def test_the_daily_lives_of_people_are_no_casualties():
    # held-out 722
    rows = by_figure("Power outages, heating outages, cold in apartments and houses, and even in bomb shelters—all of "
                     "this has become part of the daily lives of millions of people.")
    assert rows["millions"]["value"] == "1000000"
    assert dropped("The strike on the power plant claimed the lives of 12 people.")["12"] == "casualties"


def test_weapons_neutralized_and_strikes_thwarted_are_no_hits():
    # held-out 723
    text = ("Overnight, Russia mounted a severe barrage of 161 drones and a dozen missiles. Ukraine's military reported "
            "neutralizing 80 drones, with another 78 lost to electronic countermeasures, and thwarted 14 missile "
            "strikes on Kharkiv's critical infrastructure.")
    reasons = dropped(text)
    assert reasons["80"] == "shot down; the article gives launched or hit counts"
    assert reasons["14"] == "attacks thwarted, not hits"


def test_a_share_after_a_change_is_no_loss():
    # held-out 729
    text = ("Ukraine's largest private energy company, DTEK, reports that nearly 90% of its facilities have been "
            "damaged, reducing its electricity production capacity from 20% to 12%.")
    assert dropped(text)["12%"] == "a level after a change, not the loss"


def test_a_train_delay_is_no_outage():
    # held-out 730
    text = ("Some trains are delayed by up to three hours due to power outages on several sections of railway in "
            "Poltava Oblast following a Russian strike.")
    assert dropped(text)["up to three hours"] == "a delay, not an outage"


def test_a_closing_mark_and_a_source_lines_verb_are_no_part_of_the_claimant():
    # held-out 715: "’ the statement" and "reports press service of the German government."
    rows = by_figure("The Fund has already accumulated more than €545 million for repairs of the grid,’ the statement "
                     "said.")
    assert not rows["more than €545 million"]["claimant"].startswith("’")
    rows = by_figure("The German government has allocated another €88.5 million to the Energy Support Fund for Ukraine."
                     "\n\nSource: reports press service of the German government.\n\n\"The Federal Ministry of Economy "
                     "and Climate Protection provides €54.3 million through KfW,\" the report says.")
    assert rows["€54.3 million"]["claimant"] == "press service of the German government"


def test_according_to_which_names_the_one_whose_statement_it_is():
    # held-out 736 (found on the final round, fixed after it): "which Russia has damaged …" had been the claimant
    rows = by_figure("The publication refers to a statement by Ukrainian President Vladimir Zelensky, according to "
                     "which Russia has damaged or destroyed more than half of Ukrainian power plants.")
    assert rows["more than half"]["claimant"] == "Ukrainian President Vladimir Zelensky"
    rows = by_figure("The plan, according to which 30% of the lines were repaired after the strikes, was approved.")
    assert rows["30%"]["claimant"] == ""


def test_of_that_lost_its_space_before_a_number_is_no_model_code():
    # held-out 743: "A total of592" (the page's markup dropped the space)
    rows = by_figure("A total of592 heat supply facilities were damaged in Ukraine by rocket attacks by the occupiers "
                     "on energy infrastructure.")
    assert rows["592"]["unit"] == "count"
    rows = by_figure("Russia fired Kh101 missiles and hit 3 substations in the Kharkiv region.")
    assert "3" in rows and "101" not in rows


def test_dollar_before_a_noun_is_a_currency():
    # held-out 744: "a 75 million dollar grant"
    rows = by_figure("However, USAID recently cancelled a 75 million dollar grant intended for the Fund, raising "
                     "questions about the future of US financial assistance to Ukraine's energy sector.")
    assert rows["75 million dollar"]["unit"] == "USD"


def test_the_power_goes_out_is_an_outage():
    # held-out 734: "when the power goes out, often for six hours at a time"
    rows = by_figure("It's 16 degrees below zero in Kyiv today. We can only imagine how cold it is when the power "
                     "goes out, often for six hours at a time.")
    assert rows["six hours"]["unit"] == "hours"


def test_sums_for_refugees_doctors_or_shelters_are_for_another_sector():
    # held-out 740 and 742
    reasons = dropped("The minister also recalled Portugal's pledge of €250 million in aid for the grid, with an "
                      "additional €30 million to support Ukrainian refugees arriving in Poland.")
    assert reasons["€30 million"].startswith("a sum for another sector")
    text = ("In a significant step to support Ukraine's energy infrastructure and civilian safety, Slovakia has pledged "
            "EUR 500,000 in power equipment and EUR 300,000 for constructing shelters in Ukrainian schools located in "
            "frontline regions.")
    assert dropped(text)["EUR 300,000"].startswith("a sum for another sector")
    assert "EUR 500,000" in by_figure(text)


def test_opinion_shares_in_a_poll_are_no_figures():
    # held-out 747: the project leaves out shares of people surveyed; these came in through verbs the rule lacked
    # and through a second share that names no respondents
    reasons = dropped("More than 57% of Ukrainians consider Russian strikes to be the cause of power outages, while 29% "
                      "blame the Ukrainian authorities.")
    assert reasons["29%"] == reasons["More than 57%"] == "a share of people surveyed, not of a supply"
    assert dropped("51% of Ukrainians say they have already adapted to rolling blackouts, while 39% didn't.")["39%"] \
        == "a share of people surveyed, not of a supply"
    assert dropped("Almost 75% of Ukrainians were preparing for possible problems with energy supply in winter."
                   )["Almost 75%"] == "a share of people surveyed, not of a supply"
    assert "40%" in by_figure("While 40% of Kyiv residents were without power, 20% blame the weather.")


def test_a_word_between_a_number_and_hours_keeps_an_outage_length():
    # held-out 751: "for 11 tense hours"
    rows = by_figure("The agency said the Zaporizhzhia plant was without external power for 11 tense hours before a "
                     "line was reconnected.")
    assert (rows["11 tense hours"]["value"], rows["11 tense hours"]["unit"]) == ("11", "hours")
    assert parse_figure("48 consecutive hours").unit == "hours"


def test_infrastructures_and_bombers_as_counted_nouns():
    # held-out 746: "damaged 112 Ukrainian infrastructures"; held-out 44: bombers launch the weapons, they are no figure
    assert by_figure("Thus, the Russian military damaged 112 Ukrainian infrastructures.")["112"]["unit"] == "count"
    rows = by_figure("Russian forces launched yet another mass aerial attack, firing missiles from more than nine "
                     "strategic bombers, targeting critical infrastructures in the Kyiv region.")
    assert "more than nine" not in rows


def test_a_quotation_opened_curly_and_closed_straight_has_its_speaker():
    # held-out 745: '“When … millions of people are left without electricity … humanity," he stressed.'
    rows = by_figure("Commenting on Russia's veto power, Zelenskyy said, “It's nonsense.”\n\n“When the temperature is "
                     "below zero outside and millions of people are left without electricity and water as a result of "
                     "Russian missiles hitting energy facilities. This is an obvious crime against humanity,\" he "
                     "stressed.")
    assert rows["millions"]["claimant"] == "Zelenskyy"


def test_strikes_on_the_territory_of_ukraine_are_placed_in_the_country():
    # held-out 749: the General Staff's daily count, in a sentence that also names a dam in the Kharkiv region
    rows = by_figure("During the current day, the Russian occupiers launched 7 missile and 20 air strikes on the "
                     "territory of Ukraine, tried to destroy the dam of the Pecheneg reservoir in the Kharkiv region - "
                     "but without success.")
    assert rows["7"]["place"] == rows["20"]["place"] == "Ukraine"
    # held-out 387: "at Ukraine's Lviv region" is the region
    rows = by_figure("Russia fired two waves of missiles, including Kinzhals, early in the morning on 24 March, directed "
                     "at Ukraine's Lviv region.")
    assert rows["two"]["place"] == "Lviv region"


def test_whom_a_source_serves_people_hit_and_people_helped_are_no_outages():
    # held-out 754 and 753
    reasons = dropped("The airstrikes destroyed their target, the Trypilska power plant, one of the country's largest "
                      "power plants and the main electricity source for three million people in the Kyiv region.")
    assert reasons["three million"] == "describes whom a facility serves, not an outage"
    assert dropped("The strike hit the hydroelectric power plant; the prosecutor's office was told that eight people "
                   "were hit there.")["eight"] == "casualties"
    assert "100,000" in by_figure("After the strike on the substation, 100,000 people were hit by power outages.")
    assert dropped("We have injected an additional £16 million-worth of humanitarian assistance to enable aid partners "
                   "to help some 32,000 people affected by it.")["some 32,000"].startswith("people in need")


def test_a_share_of_homes_after_the_damage_is_housing():
    # held-out 753: "Over 1.4 million homes have been damaged or destroyed …: 10% of all homes in the country."
    reasons = dropped("Over 1.4 million homes have been damaged or destroyed since the escalation of the war: 10% of "
                      "all homes in the country.")
    assert reasons["10%"].startswith("a share of housing or of another sector")


def test_with_someone_claiming_that_names_the_claimant_and_and_half_of_the_is_a_share():
    # held-out 764: "…, with Ukraine's Energy Minister claiming in April that Russia damaged 80% of Ukraine's thermal
    # power plants and half of the hydroelectric ones."
    rows = by_figure("This attack is a part of Russia's campaign, with Ukraine's Energy Minister claiming in April that "
                     "Russia damaged 80% of Ukraine's thermal power plants and half of the hydroelectric ones.")
    assert rows["80%"]["claimant"] == rows["half"]["claimant"] == "Ukraine's Energy Minister"
    assert rows["half"]["value"] == "50"
    assert "half" not in by_figure("The outage lasted a year and a half after the strike on the plant.")


def test_one_legal_entity_and_drones_involved_in_the_attack():
    # held-out 765
    assert by_figure("164 households and 1 legal entity were left without electricity.")["1"]["unit"] == "count"
    rows = by_figure("Moscow launched more than 40 missiles, and at least 30 were shot down, said Ukraine's President "
                     "Volodymyr Zelenskiy, adding about 70 strike drones were involved in the attack.")
    assert "about 70" in rows


def test_bringing_the_lights_back_is_a_restoration_and_so_is_the_next_item():
    # held-out 770: DTEK's monthly summary
    rows = by_figure("Besides, DTEK brought the lights back to 110 thousand families in Dnipropetrovsk region and to 205 "
                     "families in Donetsk region during November.")
    assert reconnection(rows["110 thousand"]) and reconnection(rows["205"])


def test_however_this_is_points_back_to_the_sentence_before():
    # held-out 771: "Daily 20-30 small boiler houses are turned off …. However, this is only 6% of consumers."
    rows = by_figure("In Odesa, 20-30 small boiler houses are turned off for several hours.\n\nHowever, this is only 6% of "
                     "consumers.")
    assert rows["6%"]["unit"] == "percent"


def test_and_to_a_number_in_a_place_counts_what_was_counted_before():
    # held-out 773: "… to over 4 mln families in Donetsk region and to almost one million in Dnipropetrovsk region"
    rows = by_figure("During more than one year of full-scale war we brought the lights back to over 4 mln families in "
                     "Donetsk region and to almost one million in Dnipropetrovsk region already.")
    assert reconnection(rows["almost one million"]) and rows["almost one million"]["place"] == "Dnipropetrovsk region"


def test_a_list_of_restorations_by_comma_each_in_its_place():
    # held-out 776: DTEK's year of war, with footnote marks after the nouns
    rows = by_figure("Over the course of 365 days, electricity has been restored to more than 4 mln families* in the "
                     "Donetsk region, 1.2 mln families* in the Kyiv region, 874,000 families in the Dnipropetrovsk region "
                     "and 773,000 families* in the city of Kyiv.")
    assert all(reconnection(rows[f]) for f in ("more than 4 mln", "1.2 mln", "874,000", "773,000"))
    assert (rows["more than 4 mln"]["place"], rows["1.2 mln"]["place"]) == ("Donetsk region", "Kyiv region")


def test_outbuildings_and_cars_are_no_energy_facilities():
    # held-out 782 and 783: lists of what shelling damaged
    reasons = dropped("The attack on Nikopol damaged 18 private residential buildings, 12 outbuildings, two cars, three "
                      "gas pipelines and three power lines.")
    assert reasons["12"].startswith("damage to housing") and reasons["two"] == "counts resources (cars)"
    assert dropped("According to Lysak, shelling damaged three private houses, two outbuildings and power lines."
                   )["two"].startswith("damage to housing")


def test_energy_workers_provided_electricity_is_a_restoration_and_prevented_drones_are_stopped():
    # held-out 785 and 786
    assert reconnection(by_figure("In total, energy workers provided electricity to 48.5 thousand residents of the "
                                  "Donetsk region.")["48.5 thousand"])
    reasons = dropped("Russia launched 124 drones and up to 19 missiles at Poltava. Military sources suggest that "
                      "electronic warfare measures were instrumental in preventing 66 additional drones from reaching "
                      "their intended targets.")
    assert reasons["66"] == "shot down; the article gives launched or hit counts"


def test_settlements_blacked_out_are_without_power():
    # held-out 800: "Some 91 settlements were blacked out in the region as of this morning."
    rows = by_figure("Russian troops attacked a facility of Ukrenergo in the Sumy region last night.\n\nSome 91 settlements "
                     "were blacked out in the region as of this morning.")
    assert rows["Some 91"]["value"] == "91" and rows["Some 91"]["place"] == "Sumy region"


def test_one_missile_named_with_a_hyphenated_model():
    # held-out 803: "Russia used 22 drones and at least one Iskander-M missile for the attack."
    rows = by_figure("According to Ukrainian military reports, Russia used 22 drones and at least one Iskander-M missile "
                     "for the attack.")
    assert rows["one"]["value"] == "1" and rows["22"]["value"] == "22"


def test_hours_of_an_air_raid_alert_are_how_long_the_attack_went_on():
    # held-out 808: "During the four-hour air raid alert, the oil refinery—the biggest in Ukraine—was hit"
    assert dropped("During the four-hour air raid alert, the oil refinery was hit, forcing it to be temporarily shut "
                   "down.")["four-hour"] == "attack"
    assert by_figure("Kyiv was without power for 12 hours after the attack.")["12 hours"]["unit"] == "hours"


def test_summed_up_names_the_speaker_of_a_quotation():
    # held-out 808: "“In total, there were 23 shellings …,” the Head of the … Military Administration summed up."
    rows = by_figure("“In total, there were 23 shellings and 53 explosions over the past day,” the Head of the Chernihiv "
                     "Regional Military Administration summed up.")
    assert rows["23"]["claimant"] == "the Head of the Chernihiv Regional Military Administration"


def test_households_damaged_are_housing_not_households_cut_off():
    # held-out 801: "12 private households were damaged, reported Oleg Kiper"
    reasons = dropped("As a result of the shelling of the city of Vylkove, 12 private households were damaged, reported "
                      "Oleg Kiper.")
    assert reasons["12"].startswith("damage to housing")
    assert "300" in by_figure("Power lines supplying 300 households were damaged.")
    assert by_figure("Some 300 households were left without power.")["Some 300"]["value"] == "300"


def test_pc_after_a_number_is_per_cent():
    # held-out 813: "about 40 pc of the total infrastructure and our generating capacities are really seriously damaged"
    rows = by_figure("\"Unfortunately, according to new data, about 40 pc of the total infrastructure and our generating "
                     "capacities are really seriously damaged,\" said Oleksandr Kharchenko.")
    assert rows["about 40 pc"]["unit"] == "percent"


def test_a_population_left_without_water_is_cut_off():
    # held-out 817: "In Kyiv, an estimated population of 3 million people were left without water on 23 November."
    rows = by_figure("In Kyiv, an estimated population of 3 million people were left without water on 23 November.")
    assert rows["3 million"]["place"] == "Kyiv"
    assert dropped("Kyiv, home to three million people, was hit.")["three million"].startswith("describes a population")
    assert dropped("Unfortunately, the city populated by half a million people was without water for about 20-22 days."
                   )["half a million"].startswith("describes a population")


def test_shot_down_of_a_barrage_leaves_the_barrage_as_the_launch_count():
    # held-out 815: "shot down 51 of the latest barrage of almost 70 missiles"
    text = ("Ukraine’s Air Force said it shot down 51 of the latest barrage of almost 70 missiles, but they’re still "
            "having a devastating impact.")
    assert dropped(text)["51"] == "shot down; the article gives launched or hit counts"
    assert by_figure(text)["almost 70"]["value"] == "70"


def test_drones_countered_are_shot_down_and_tallied_names_the_counter():
    # held-out 821: "Moscow employed 408 drones and 39 missiles — defenders were able to counter 382 drones and 24
    # missiles"; held-out 820: "The Ukrainian Air Force tallied 396 aerial weapons"
    reasons = dropped("The Air Force reported: during the attack Moscow employed 408 drones and 39 missiles — defenders "
                      "were able to counter 382 drones and 24 missiles.")
    assert reasons["382"] == reasons["24"] == "shot down; the article gives launched or hit counts"
    rows = by_figure("The Ukrainian Air Force tallied 396 aerial weapons, including 21 missiles and 375 drones.")
    assert rows["396"]["claimant"] == "The Ukrainian Air Force"


def test_of_those_before_a_noun_is_a_determiner():
    # held-out 828: "around 700 of those buildings still remain without heating"
    rows = by_figure("Despite weeks of frantic repairs, around 700 of those buildings still remain without heating as "
                     "temperatures dip below freezing.")
    assert rows["around 700"]["value"] == "700"
    # (not "more than 500,000 of those affected were in the capital": "those" stands for people there)
    assert by_figure("More than 600,000 people in the Kyiv region are without power. Ukraine’s energy ministry reported "
                     "that more than 500,000 of those affected were in the capital itself.")["more than 500,000"]


def test_a_possessive_subject_keeps_its_head_noun_as_the_speaker():
    # held-out 828: "Ukraine's energy minister has issued a stark warning, stating that …" gave the claimant "Ukraine's"
    rows = by_figure("Ukraine's energy minister has issued a warning, stating that 612 attacks were carried out.")
    assert rows["612"]["claimant"] == "Ukraine's energy minister"
    rows = by_figure("Ukraine's top diplomat has issued a warning, stating that 612 attacks were carried out.")
    assert rows["612"]["claimant"] == ""


def test_about_reported_is_a_back_reference_not_a_speaker_named_about():
    # held-out 830 and 809 (machine translations of "Про це повідомив …"): "About reported DTEK."
    rows = by_figure("In Bucha district 56,000 families are without electricity. About reported DTEK.")
    assert rows["56,000"]["claimant"] == "DTEK"
    rows = by_figure("In Kyiv, 102 residential buildings remain without heat supply. About reported vice prime minister "
                     "for Recovery – minister of Community and Territorial Development Oleksiy Kuleba.")
    assert rows["102"]["claimant"] != "About"


def test_reported_via_telegram_is_how_not_who():
    # held-out 836: "Yevgeny Balitsky, …, reported via Telegram that more than 200,000 households …" gave the
    # claimant "via Telegram that more than 200"
    rows = by_figure("Yevgeny Balitsky, the governor appointed by Moscow in the Zaporizhzhia region, reported via Telegram "
                     "that more than 200,000 households are currently without electricity.")
    assert rows["more than 200,000"]["claimant"].startswith("Yevgeny Balitsky")


def test_the_speaker_of_a_while_clause_does_not_speak_for_the_main_clause():
    # held-out 838: "While Ukrainian air defenses reported shooting down …, 60 strikes were recorded"
    rows = by_figure("While Ukrainian air defenses reported shooting down a significant portion of the incoming threats, "
                     "60 strikes were recorded, leading to substantial damage.")
    assert rows["60"]["claimant"] == ""


def test_kyivs_air_force_reporting_is_the_speaker_not_the_place():
    # held-out 838: "with Kyiv’s air force reporting that Russian forces launched a staggering 653 drones"
    rows = by_figure("The onslaught began overnight, with Kyiv’s air force reporting that Russian forces launched a "
                     "staggering 653 drones and 51 missiles at various regions.")
    assert (rows["653"]["place"], rows["653"]["claimant"]) == ("Ukraine", "Kyiv’s air force")


def test_people_freed_from_rubble_and_premises_damaged_are_not_figures():
    # held-out 839: "rescuers freed eight people from under the rubble"; "fire damaged ten premises"
    assert dropped("Rescuers freed eight people from under the rubble after the attack on the power plant."
                   )["eight"] == "casualties"
    assert dropped("In Brovary district, a garage cooperative was hit, where fire damaged ten premises."
                   )["ten"].startswith("damage to housing")


def test_capacity_a_goal_launches_is_a_target_but_capacity_restored_was_lost():
    # held-out 837: "the government’s goal is to restore 6 GW of capacity … and to launch 1.5 GW of distributed
    # generation"; held-out 779: "plans to restore about 1,000 megawatt of … capacity affected by Russian attacks"
    text = ("Repairs to damaged power plants are ongoing (the government’s goal is to restore 6 GW of capacity before the "
            "start of the heating season and to launch 1.5 GW of distributed generation by the end of the year).")
    assert dropped(text)["1.5 GW"] == "a target, not a loss"
    assert "about 1,000 megawatt" in by_figure("Ukrhydroenergo plans to restore about 1,000 megawatt of hydropower "
                                               "generating capacity affected by Russian attacks.")


def test_attacks_on_russian_energy_are_placed_in_russia():
    # held-out 844: the Russian Defence Ministry's counts during the energy moratorium of March-April 2025
    reasons = dropped("MOSCOW: Russia’s defence ministry said on Saturday that Ukraine had carried out five attacks on "
                      "Russian energy infrastructure over the past day.")
    assert reasons["five"] == "a figure for a place outside Ukraine (Russia)"
    assert by_figure("Russian attacks on energy infrastructure damaged 12 substations.")["12"]["place"] == "Ukraine"


def test_air_defence_destroying_drones_over_a_region_are_shot_down():
    # held-out 842: "with air defense forces destroying 37 drones over the area" after a launch count
    reasons = dropped("Russia launched 113 drones. Dnipropetrovsk Oblast bore the brunt of the attack, with air defense "
                      "forces destroying 37 drones over the area.")
    assert reasons["37"] == "shot down; the article gives launched or hit counts"


def test_drones_aimed_at_a_refinery_in_a_russian_region_are_placed_there():
    # held-out 844: "… as well as 19 drones at an oil refinery in the southern Saratov region"
    reasons = dropped("It claimed that Ukraine launched rockets at the Sudzha gas metering station in the southwestern "
                      "Kursk region, as well as 19 drones at an oil refinery in the southern Saratov region.")
    assert reasons["19"] == "a figure for a place outside Ukraine (Saratov)"
    assert by_figure("Russia launched 50 drones at Ukraine from the Kursk region.")["50"]["place"] == "Ukraine"


def test_a_weapons_count_takes_the_metric_of_its_own_noun():
    # held-out 821: "Moscow employed 408 drones and 39 missiles — defenders were able to counter 382 drones" labelled
    # the 39 missiles as drones launched (the words after them name drones first)
    rows = by_figure("The Air Force reported: during the attack Moscow employed 408 drones and 39 missiles — defenders "
                     "were able to counter 382 drones and 24 missiles.")
    assert (rows["408"]["metric"], rows["39"]["metric"]) == ("drones_launched", "missiles_launched")


def test_facilities_left_without_power_after_a_weather_outage_share_its_cause():
    # held-out 840: wind gusts cut 16 lines; "Additionally, 164 transformer substations … were left without power"
    reasons = dropped("Due to wind gusts of 15–21 m/s, 16 power transmission lines were disconnected as an emergency "
                      "measure. Additionally, 164 transformer substations were left without power.")
    assert reasons["164"] == "outage caused by the weather (named before it)"
    assert "3" in by_figure("Due to bad weather, 16 settlements were cut off. Russian shelling damaged 3 substations.")


def test_n_of_which_counts_what_the_count_before_it_counted():
    # held-out 821: "929 facilities in Kharkiv were left without heat, 853 of which were residential buildings"
    rows = by_figure("As a result, 929 facilities in Kharkiv were left without heat, 853 of which were residential "
                     "buildings.")
    assert rows["853"]["place"] == "Kharkiv"
