//! Two years of synthetic kwesties for the demo, with the skew of a real practice: Wmo and
//! youth care most, by phone most, most resolved, the last weeks still open. Every kwestie goes
//! through the same use cases a confidant uses, so the demo exercises what it shows.

use crate::clock::today;
use crate::{App, Principal, Result, Via};
use naast_core::CaseStatus;
use naast_core::case::{ClarifyForm, CloseForm, ContactForm, IntakeForm, TaskForm};
use naast_core::procedure::{OutcomeForm, ProcedureForm};
use naast_core::{Lang, Role};
use naast_store::{tenants, users};

mod corpus;

use corpus::{AREAS, CHANNELS, FIRST, FOUND, LAST, NATURES, OUTCOMES, Rng, decision_kind, story};

impl App {
    /// A web intake as the public form makes it (status link included), dated `opened`.
    async fn demo_public_intake(
        &self,
        slug: &str,
        intake: &IntakeForm,
        opened: jiff::civil::Date,
    ) -> Result<String> {
        let t = tenants::by_slug(self.db.pool(), slug)
            .await?
            .ok_or(crate::AppError::NotFound)?;
        let form = naast_core::public::PublicIntakeForm {
            story: intake.story.clone(),
            area: intake.area.clone(),
            contact: Some(naast_core::public::PublicContact {
                name: intake.name.clone(),
                phone: intake.phone.clone(),
                preferred: if intake.phone.is_empty() {
                    String::new()
                } else {
                    "phone".into()
                },
                ..Default::default()
            }),
            language: "nl".into(),
            found_via: intake.found_via.clone(),
            ..Default::default()
        };
        let ok = self.organisation_ok(t.id).await?;
        let mut p = form.parse(opened, ok, |l| l == "nl")?;
        p.intake.opened_on = opened;
        self.submit_intake(crate::cases::batch::Pending {
            who: Principal::citizen(t.id, Lang::Nl),
            tenant_id: t.id,
            intake: p.intake,
            citizen: None,
            first_contact: false,
            public: Some(crate::cases::batch::PublicExtra {
                organisation: None,
                call_when: p.call_when,
                language: p.language,
                token: naast_crypto::random_token(),
            }),
        })
        .await
    }
}

impl App {
    pub(super) async fn demo_cases(&self, seed: u64, per_year: u32) -> Result<()> {
        let mut r = Rng(seed ^ 0x004e_4141_5354);
        let today = today();
        let all = tenants::list(self.db.pool()).await?;
        let mut staff = Vec::new();
        for email in ["confidant@demo.example", "confidant2@demo.example"] {
            if let Some(u) = users::by_email(self.db.pool(), email).await? {
                let tenant_ids = users::tenant_ids(self.db.pool(), u.id).await?;
                staff.push(Principal {
                    user_id: Some(u.id),
                    email: u.email,
                    display_name: u.display_name,
                    role: Role::Confidant,
                    tenant_ids,
                    lang: Lang::Nl,
                    via: Via::Cli,
                    read_only: false,
                });
            }
        }
        let plan: Vec<(&str, u32)> = vec![("maasdal", per_year * 2), ("lindeveld", per_year * 16)];
        let total: u32 = plan.iter().map(|(_, n)| n).sum();
        let mut done = 0u32;
        for (slug, n) in plan {
            let Some(tenant) = all.iter().find(|t| t.slug == slug) else {
                continue;
            };
            let providers: Vec<String> = tenants::providers(self.db.pool(), tenant.id)
                .await?
                .into_iter()
                .map(|p| p.code)
                .collect();
            let areas: Vec<(&str, u64)> = AREAS
                .iter()
                .copied()
                .filter(|(a, _)| tenant.areas.split(',').any(|x| x == *a))
                .collect();
            let workers: Vec<&Principal> = staff
                .iter()
                .filter(|p| p.may_see_tenant(tenant.id))
                .collect();
            for _ in 0..n {
                let who = workers[r.below(workers.len() as u64) as usize];
                let days_ago = r.below(730) as i64;
                let opened = today
                    .checked_sub(jiff::Span::new().days(days_ago))
                    .unwrap_or(today);
                self.demo_case(&mut r, who, slug, &areas, &providers, opened, today)
                    .await?;
                done += 1;
                if done.is_multiple_of(200) {
                    eprintln!("demo: {done}/{total} kwesties");
                }
            }
        }
        Ok(())
    }

    #[expect(clippy::too_many_arguments, reason = "the demo's dials")]
    async fn demo_case(
        &self,
        r: &mut Rng,
        who: &Principal,
        slug: &str,
        areas: &[(&str, u64)],
        providers: &[String],
        opened: jiff::civil::Date,
        today: jiff::civil::Date,
    ) -> Result<()> {
        let area = r.weighted(areas);
        let channel = r.weighted(CHANNELS);
        let anonymous = r.chance(12);
        // A second initial for most, as people give their names: without it a few hundred
        // name pairs would make nearly every kwestie "possibly the same citizen" as another.
        let first = FIRST[r.below(FIRST.len() as u64) as usize];
        let last = LAST[r.below(LAST.len() as u64) as usize];
        let name = if r.chance(70) {
            let initial = char::from(b'A' + r.below(26) as u8);
            format!("{first} {initial}. {last}")
        } else {
            format!("{first} {last}")
        };
        let intake = IntakeForm {
            tenant: slug.into(),
            channel: channel.into(),
            story: story(area, r),
            anonymous,
            name: if anonymous {
                String::new()
            } else {
                name.clone()
            },
            phone: if anonymous {
                String::new()
            } else {
                format!("06 {:08}", r.below(100_000_000))
            },
            found_via: r.weighted(FOUND).into(),
            area: area.into(),
            opened_on: opened.to_string(),
            ..Default::default()
        };
        // Web intakes come through the citizen's own door, with a status link.
        let reference = if channel == "web_form" {
            self.demo_public_intake(slug, &intake, opened).await?
        } else {
            self.intake(who, &intake).await?
        };
        // The newest web intakes wait for someone to pick them up.
        let age = (today - opened).get_days();
        if channel == "web_form" && age < 10 {
            return Ok(());
        }
        if let Some(row) = naast_store::cases::by_reference(self.db.pool(), &reference).await? {
            naast_store::door::mark_opened(self.db.pool(), row.id).await?;
        }
        if channel == "web_form" {
            self.message_citizen(
                who,
                &reference,
                "Dank voor uw bericht. Ik bel u deze week om uw verhaal samen door te nemen.",
            )
            .await?;
        }
        let view = self.load_case(who, &reference).await?;
        let organisation = if r.chance(55) || providers.is_empty() {
            "municipality".to_string()
        } else {
            providers[r.below(providers.len() as u64) as usize].clone()
        };
        let primary = r.weighted(NATURES);
        let mut natures = vec![primary.to_string()];
        if r.chance(30) {
            natures.push(r.weighted(NATURES).to_string());
        }
        let option = r.weighted(&[
            ("informal_conversation", 30),
            ("self_conversation", 20),
            ("mediation", 15),
            ("complaint", 12),
            ("objection", 10),
            ("client_support", 6),
            ("ombudsman", 3),
            ("legal_aid", 4),
        ]);
        // An objection is against a decision: the demo gives it one, sent a few weeks before
        // the citizen came.
        let decided = opened
            .checked_sub(jiff::Span::new().days(3 + r.below(30) as i64))
            .unwrap_or(opened);
        let decision = option == "objection";
        let is_municipality = organisation == "municipality";
        self.clarify(
            who,
            &reference,
            &ClarifyForm {
                subject: None,
                problem: String::new(),
                area: area.into(),
                organisation: organisation.clone(),
                natures,
                primary_nature: primary.into(),
                options: vec![option.into()],
                option_chosen: option.into(),
                decision_kind: if decision {
                    decision_kind(area).into()
                } else {
                    String::new()
                },
                // The decision's own reference, as a municipality writes it ("WMO/2026/7K4M2Q9D"),
                // made from the kwestie's so the demo's random draws stay as they were.
                decision_reference: decision.then(|| {
                    format!(
                        "{}/{}/{}",
                        decision_kind(area)
                            .split('_')
                            .next()
                            .unwrap_or("besluit")
                            .to_uppercase(),
                        decided.year(),
                        reference.trim_start_matches("NST-").replace('-', "")
                    )
                }),
                decision_date: if decision {
                    decided.to_string()
                } else {
                    String::new()
                },
                decision_sent_on: if decision {
                    decided.to_string()
                } else {
                    String::new()
                },
                version: view.row.version,
                ..Default::default()
            },
        )
        .await?;
        let duration = match r.below(10) {
            0..=3 => 1 + r.below(14),
            4..=7 => 14 + r.below(42),
            8 => 42 + r.below(42),
            _ => 84 + r.below(120),
        } as i64;
        let contacts = 1 + r.below(4);
        for k in 0..contacts {
            let day = opened
                .checked_add(jiff::Span::new().days(duration * k as i64 / contacts as i64))
                .unwrap_or(opened)
                .min(today);
            let mut acts = vec![
                r.weighted(&[
                    ("listening", 30),
                    ("clarifying", 25),
                    ("information", 20),
                    ("advice", 15),
                    ("procedures_info", 10),
                ])
                .to_string(),
            ];
            if r.chance(35) {
                acts.push(
                    r.weighted(&[
                        ("mediation", 25),
                        ("complaint_support", 15),
                        ("objection_support", 15),
                        ("accompanying", 15),
                        ("referral", 10),
                        ("exploring_options", 20),
                    ])
                    .to_string(),
                );
            }
            self.add_contact(
                who,
                &reference,
                &ContactForm {
                    on: day.to_string(),
                    channel: if k == 0 {
                        channel.into()
                    } else {
                        r.weighted(&[
                            ("phone", 60),
                            ("email", 25),
                            ("home_visit", 10),
                            ("walk_in", 5),
                        ])
                        .into()
                    },
                    activities: acts,
                    minutes: (10 + r.below(80)).to_string(),
                    note: String::new(),
                },
            )
            .await?;
        }
        let closed = opened
            .checked_add(jiff::Span::new().days(duration))
            .unwrap_or(opened);
        // A complaint or objection the confidant helped file, with the letter drafted for it.
        let procedure = match option {
            "complaint" => Some(("complaint", "complaint")),
            "objection" if is_municipality => Some(("objection", "objection")),
            _ => None,
        };
        let mut procedure_id = None;
        let mut filed = opened;
        if let Some((kind, letter)) = procedure {
            filed = opened
                .checked_add(jiff::Span::new().days(1 + r.below(7) as i64))
                .unwrap_or(opened)
                .min(today);
            let draft = self.draft_letter(who, &reference, letter).await?;
            let mut form = draft.form;
            form.on = filed.to_string();
            let letter_id = self.add_letter(who, &reference, &form).await?;
            procedure_id = Some(
                self.add_procedure(
                    who,
                    &reference,
                    &ProcedureForm {
                        kind: kind.into(),
                        organisation: organisation.clone(),
                        filed_on: filed.to_string(),
                        committee: r.chance(30),
                    },
                )
                .await?,
            );
            // Filed means the letter went out that day: it is no draft (the procedure is known,
            // so marking it sent records no second one).
            self.mark_letter_sent(who, &reference, letter_id, &filed.to_string())
                .await?;
        }
        // The body acknowledged receipt two days after filing (no randomness drawn: the same
        // seed gives the same kwesties as before).
        if let Some(id) = procedure_id {
            let received = filed
                .checked_add(jiff::Span::new().days(2))
                .unwrap_or(filed)
                .min(today);
            self.set_procedure_receipt(who, &reference, id, &received.to_string(), None)
                .await?;
        }
        if closed > today {
            if r.chance(50) {
                let due = today
                    .checked_add(jiff::Span::new().days(r.below(10) as i64 - 3))
                    .unwrap_or(today);
                self.add_task(
                    who,
                    &reference,
                    &TaskForm {
                        title: "Inwoner terugbellen".into(),
                        due_on: due.to_string(),
                    },
                )
                .await?;
            }
            if r.chance(40) {
                let s = if r.chance(50) {
                    CaseStatus::WaitingCitizen
                } else {
                    CaseStatus::WaitingOrganisation
                };
                self.set_status(who, &reference, s.as_str()).await?;
            }
            return Ok(());
        }
        let outcome = match procedure {
            Some((kind, _)) if r.chance(70) => {
                if kind == "complaint" {
                    "complaint_filed"
                } else {
                    "objection_filed"
                }
            }
            _ => r.weighted(OUTCOMES),
        };
        let external = match outcome {
            "complaint_filed" | "objection_filed" => r.weighted(&[
                ("gegrond", 25),
                ("deels_gegrond", 20),
                ("ongegrond", 30),
                ("informeel_opgelost", 15),
                ("in_behandeling", 10),
            ]),
            _ => "",
        };
        if let (Some(id), false) = (procedure_id, external.is_empty()) {
            let on = closed
                .checked_sub(jiff::Span::new().days(2))
                .unwrap_or(closed)
                .max(filed)
                .min(today);
            self.set_procedure_outcome(
                who,
                &reference,
                id,
                &OutcomeForm {
                    outcome: external.into(),
                    outcome_on: on.to_string(),
                },
            )
            .await?;
        }
        self.close_case(
            who,
            &reference,
            &CloseForm {
                outcome: outcome.into(),
                external_outcome: external.into(),
                reason: String::new(),
                closed_on: closed.to_string(),
                ..Default::default()
            },
        )
        .await?;
        Ok(())
    }
}
