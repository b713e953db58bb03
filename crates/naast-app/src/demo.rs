//! The demonstration: two fictional municipalities, their providers and settings, and staff of
//! every role (`shared/CONTRACTS.md`). Later capabilities add their own data here. The same seed
//! gives the same data; a database that holds data already is refused and left unchanged.

use crate::{App, AppError, Principal, Result};
use naast_core::procedure::RegisterEntry;
use naast_core::tenant::TenantForm;
use naast_crypto as crypto;
use naast_store::{settings, tenants, users};

mod agenda;
mod cases;
mod reports;
mod signals;

/// The demo's staff. Two coordinators, so that a report one of them wrote can be reviewed and
/// published by the other (four eyes) without leaving the demo.
pub const ACCOUNTS: [(&str, &str, &str, &[&str]); 6] = [
    (
        "coordinator@demo.example",
        "Coördinator Demo",
        "coordinator",
        &[],
    ),
    (
        "coordinator.b@demo.example",
        "Carla Controle",
        "coordinator",
        &[],
    ),
    (
        "confidant@demo.example",
        "Vera Vertrouwens",
        "confidant",
        &["maasdal", "lindeveld"],
    ),
    (
        "confidant2@demo.example",
        "Tom Tweede",
        "confidant",
        &["lindeveld"],
    ),
    (
        "gemeente.maasdal@demo.example",
        "Gemeente Maasdal",
        "municipality",
        &["maasdal"],
    ),
    (
        "gemeente.lindeveld@demo.example",
        "Gemeente Lindeveld",
        "municipality",
        &["lindeveld"],
    ),
];

/// What a demo load produced.
#[derive(Debug, Clone)]
pub struct DemoLoaded {
    pub password: String,
}

/// The demo password for `seed`: deterministic, so the same seed gives the same data.
pub fn demo_password(seed: u64) -> String {
    format!("naast-demo-{seed}")
}

fn tenant_forms() -> [TenantForm; 2] {
    [
        TenantForm {
            slug: "maasdal".into(),
            name: "Maasdal".into(),
            areas: ["wmo", "jeugd", "participatie", "schuldhulp"].map(String::from).to_vec(),
            threshold_k: "5".into(),
            quarterly_reports: true,
            retention_months: "24".into(),
            signal_weeks: "6".into(),
            unopened_days: "90".into(),
            contact_phone: "0418 123 456".into(),
            contact_email: "vertrouwenspersoon@maasdal.example".into(),
            contact_address: "Dorpsstraat 1, 5331 AA Maasdal".into(),
            walk_in_hours: "Dinsdag 9.30–11.30 uur in het gemeentehuis\nDonderdag 13.30–15.00 uur in de bibliotheek".into(),
            providers: "Maasdal Thuiszorg\nJeugdhulp Rivierenland\nTaxi Maas & Waal\nBewind Plus".into(),
        },
        TenantForm {
            slug: "lindeveld".into(),
            name: "Lindeveld".into(),
            areas: ["wmo", "jeugd", "participatie", "werk", "schuldhulp", "leerlingenvervoer", "inburgering", "overig"]
                .map(String::from)
                .to_vec(),
            threshold_k: "5".into(),
            quarterly_reports: true,
            retention_months: "24".into(),
            signal_weeks: "6".into(),
            unopened_days: "90".into(),
            contact_phone: "030 765 4321".into(),
            contact_email: "vertrouwenspersoon@lindeveld.example".into(),
            contact_address: "Stationsplein 10, 3511 ZZ Lindeveld".into(),
            walk_in_hours: "Maandag en woensdag 9.00–12.00 uur, Wijkcentrum De Linde\nVrijdag 13.00–16.00 uur, Stadskantoor".into(),
            providers: "Linde Thuiszorg\nZorggroep Het Veld\nJeugdteam Lindeveld\nKwartier Dagbesteding\nLeerlingenvervoer Snel\nSchuldhulp Stad\nRe-integratie Werkt".into(),
        },
    ]
}

impl App {
    /// Fills an empty database with the demonstration and switches demo mode on.
    pub async fn load_demo(&mut self, seed: u64, cases_per_year: u32) -> Result<DemoLoaded> {
        if users::count(self.db.pool()).await? > 0 || tenants::count(self.db.pool()).await? > 0 {
            return Err(AppError::Conflict(naast_core::Msg::Conflict));
        }
        let cli = Principal::cli();
        for form in tenant_forms() {
            let t = self.create_tenant(&cli, &form).await?;
            self.demo_register(&cli, &t).await?;
        }
        let password = demo_password(seed);
        let hash = crypto::hash_password(&password)?;
        let mut tx = self.db.begin().await?;
        for (email, name, role, slugs) in ACCOUNTS {
            let id = users::insert(&mut *tx, email, name, role).await?;
            users::set_password(&mut *tx, id, &hash).await?;
            for slug in slugs {
                if let Some(t) = tenants::by_slug(&mut *tx, slug).await? {
                    users::add_tenant(&mut *tx, id, t.id).await?;
                }
            }
        }
        settings::set(&mut *tx, "demo_password", &password).await?;
        tx.commit().await?;
        self.demo_cases(seed, cases_per_year).await?;
        self.demo_agenda().await?;
        self.demo_outreach(seed).await?;
        self.demo_signals().await?;
        self.demo_reports().await?;
        // Maasdal agreed to publish its reports for residents; Lindeveld did not (the default).
        self.set_open_reports(&cli, "maasdal", "quarterly").await?;
        self.mark_demo().await?;
        Ok(DemoLoaded { password })
    }

    /// The procedures register of a demo tenant: the municipality, each provider, the
    /// ombudsman, legal aid and client support (fictional addresses).
    async fn demo_register(&self, cli: &Principal, t: &crate::tenants::Tenant) -> Result<()> {
        let town = &t.name;
        let mut entries = vec![
            (
                "municipality".to_string(),
                RegisterEntry {
                    complaint_addressee: "De klachtencoördinator".into(),
                    complaint_address: format!("Gemeente {town}\nPostbus 100\n1000 AA {town}"),
                    complaint_channel: format!("Het klachtenformulier op www.{}.nl (met of zonder DigiD)", t.slug),
                    complaint_web: format!("https://www.{}.nl/klacht", t.slug),
                    complaint_notes: format!("Klachtenregeling gemeente {town}: via het klachtenformulier op de website, per brief of aan de balie. De klachtencoördinator neemt binnen een week contact op."),
                    objection_addressee: format!("College van burgemeester en wethouders van {town}"),
                    objection_address: format!("Postbus 100\n1000 AA {town}"),
                    objection_channel: format!("Het bezwaarformulier op www.{}.nl (met DigiD)", t.slug),
                    objection_web: format!("https://www.{}.nl/bezwaar", t.slug),
                    objection_notes: "De commissie bezwaarschriften hoort de inwoner voordat het college beslist.".into(),
                    contact: "Klantcontactcentrum: 14 0000, op werkdagen 8.30–17.00 uur.".into(),
                    terms: "Klacht: beslissing binnen 6 weken (Awb 9:11). Bezwaar: beslissing binnen 6 weken na de bezwaartermijn, 12 met de commissie (Awb 7:10).".into(),
                    committee: "Commissie bezwaarschriften sociaal domein (onafhankelijk; hoort de inwoner).".into(),
                },
            ),
            (
                "ombudsman".to_string(),
                RegisterEntry {
                    complaint_addressee: "De Nationale ombudsman".into(),
                    complaint_address: "Postbus 93122\n2509 AC Den Haag".into(),
                    complaint_channel: "Het klachtformulier op www.nationaleombudsman.nl".into(),
                    complaint_web: "https://www.nationaleombudsman.nl".into(),
                    complaint_notes: "Na de klachtbehandeling door de gemeente. Binnen een jaar (Awb 9:24).".into(),
                    contact: "0800 335 55 55 (gratis), www.nationaleombudsman.nl".into(),
                    ..Default::default()
                },
            ),
            (
                "legal_aid".to_string(),
                RegisterEntry {
                    contact: "Het Juridisch Loket: 0900 8020, www.juridischloket.nl. Voor een advocaat: een toevoeging via de Raad voor Rechtsbijstand.".into(),
                    ..Default::default()
                },
            ),
            (
                "client_support".to_string(),
                RegisterEntry {
                    contact: format!("Onafhankelijke cliëntondersteuning {town}: gratis, via het Sociaal Team of 0800 0000."),
                    ..Default::default()
                },
            ),
        ];
        for p in t.providers.iter().filter(|p| p.active) {
            entries.push((
                p.code.clone(),
                RegisterEntry {
                    complaint_addressee: format!("De klachtenfunctionaris van {}", p.name),
                    complaint_address: format!("Postbus {}\n1000 AB {town}", 200 + p.name.len()),
                    complaint_channel: format!("klachten@{}.example", p.code.replace('_', "-")),
                    complaint_notes: format!("Klachtenregeling van {}: eerst met de medewerker of teamleider praten; daarna schriftelijk bij de klachtenfunctionaris.", p.name),
                    terms: "Beslissing binnen 6 weken, met één keer 4 weken verlenging.".into(),
                    committee: "Aangesloten bij een erkende geschilleninstantie.".into(),
                    ..Default::default()
                },
            ));
        }
        for (org, entry) in entries {
            self.set_register_entry(cli, &t.slug, &org, &entry).await?;
        }
        Ok(())
    }

    /// Two years of outreach per demo tenant: walk-in hours every week, an information session
    /// or presentation about once a month.
    async fn demo_outreach(&self, seed: u64) -> Result<()> {
        let today = crate::clock::today();
        let mut x = seed ^ 0x6f75_7472_6561_6368;
        let mut next = move |n: u64| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (x >> 33) % n.max(1)
        };
        let mut tx = self.db.begin().await?;
        for t in tenants::list(&mut *tx).await? {
            let big = t.slug == "lindeveld";
            for week in 1..=104i64 {
                let day = today
                    .checked_sub(jiff::Span::new().days(week * 7))
                    .unwrap_or(today);
                let held_on = day.to_string();
                let came = next(if big { 9 } else { 5 }) as i64;
                let place = if week % 2 == 0 {
                    "Gemeentehuis"
                } else {
                    "Bibliotheek"
                };
                self.demo_outreach_row(
                    &mut tx,
                    (t.id, "walk_in", &held_on),
                    (place, "inwoners", ""),
                    (came, 120),
                )
                .await?;
                if week % 4 == 2 {
                    let (kind, place, audience) = match next(3) {
                        0 => ("session", "Buurthuis De Linde", "bewoners en mantelzorgers"),
                        1 => (
                            "presentation",
                            "Gemeentehuis",
                            "wijkteam en klantcontactcentrum",
                        ),
                        _ => (
                            "presentation",
                            "Huisartsenpraktijk",
                            "huisartsen en praktijkondersteuners",
                        ),
                    };
                    let note = if kind == "session" {
                        "Veel vragen over de eigen bijdrage en over bezwaar maken."
                    } else {
                        ""
                    };
                    self.demo_outreach_row(
                        &mut tx,
                        (t.id, kind, &held_on),
                        (place, audience, note),
                        (6 + next(25) as i64, 90),
                    )
                    .await?;
                }
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// One outreach activity, its texts sealed as [`App::add_outreach`] seals them:
    /// `(tenant, kind, day)`, `(place, audience, note)`, `(attendance, minutes)`.
    async fn demo_outreach_row(
        &self,
        tx: &mut naast_store::Tx,
        (tenant_id, kind, held_on): (i64, &str, &str),
        (place, audience, note): (&str, &str, &str),
        (attendance, minutes): (i64, i64),
    ) -> Result<()> {
        let id = naast_store::outreach::insert(
            &mut **tx,
            &naast_store::outreach::NewOutreach {
                tenant_id,
                kind,
                held_on,
                attendance,
                minutes,
                created_by: None,
            },
        )
        .await?;
        let texts = crate::at_rest::OutreachTexts {
            place: place.into(),
            audience: audience.into(),
            note: note.into(),
        };
        let sealed = self.seal_outreach(tenant_id, id, &texts)?;
        naast_store::outreach::set_sealed(&mut **tx, id, &sealed).await?;
        Ok(())
    }

    /// The demo password, in demo mode only (printed on start).
    pub async fn demo_password(&self) -> Result<Option<String>> {
        if !self.is_demo() {
            return Ok(None);
        }
        Ok(settings::get(self.db.pool(), "demo_password").await?)
    }
}
