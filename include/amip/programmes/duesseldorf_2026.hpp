// The reference programme: the Jobcenter Düsseldorf's Arbeitsmarkt- und Integrationsprogramm 2026 (the seed,
// tests/data/seed_duesseldorf_2026.txt), in namespace amip::duesseldorf_2026. Not part of <amip/amip.hpp>: a
// programme of another Jobcenter includes nothing of it.
//
//   anlage1.hpp   Anlage 1 "Planung EGT" as a catalogue: its rows and printed labels, `anlage1`, `lines::…`
//   data.hpp      the seed's figures: egt_plan(), anlage1_printed, section16a, health_project(), …
//   rules.hpp     the rules the seed states: plan_rules, offer_rules(), umschulung_share, … and their subjects
#pragma once

#include <amip/amip.hpp>
#include <amip/programmes/duesseldorf_2026/anlage1.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>
