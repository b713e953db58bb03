//! Integration tests: the real `naast` binary on a random port, against a temp-file SQLite and,
//! where `NAAST_TEST_DATABASE_URL` names one, a fresh PostgreSQL database per test.

#![expect(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod harness;

mod at_rest;
mod auth;
mod bound_aad;
mod bound_places;
mod case_list;
mod case_parts;
mod cases;
mod cli;
mod close_checks;
mod confidant_day;
mod consents;
mod coordinator_leftovers;
mod coordinator_screens;
mod edges;
mod faults;
mod faults_kill;
mod import;
mod instances;
mod leftovers;
mod letters;
mod mail;
mod municipality_routes;
mod open_reports;
mod operations;
mod privacy;
mod procedures;
mod process;
mod public;
mod record;
mod reports_cli;
mod reports_four_eyes;
mod reports_refusal;
mod reports_round3;
mod reports_web;
mod search;
mod signals;
mod staff;
mod staff_api;
mod status_code;
mod tenants_api;
mod three_instances;
mod tokens_defaults;
mod trust_door;
mod trust_edges;
mod trust_keys;
mod verdict;
mod way_back;
mod web_edges;
mod word_lists;
mod work;
