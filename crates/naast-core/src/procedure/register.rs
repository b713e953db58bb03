//! The procedures register's entry: where a complaint or an objection goes at one
//! organisation, and whether objecting applies there at all.

use crate::validation::Collector;
use crate::{FieldError, Invalid, Msg, vocab};

/// How to complain or object at one organisation: the procedures register's entry. Per kind
/// of procedure (complaint, objection) it holds where a letter goes: the addressee, the postal
/// address, the electronic channel the body designated and a web address, with notes. Since
/// 1 January 2026 the Wet modernisering elektronisch bestuurlijk verkeer (Wmebv) gives citizens
/// the right to send a bezwaarschrift or klacht electronically, on the channel the body
/// designates for it (Awb 2:13 ff.). The rest are plain texts a coordinator keeps, shown to the
/// confidant in a case.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct RegisterEntry {
    /// To whom a complaint is addressed (e.g. "De klachtencoördinator").
    pub complaint_addressee: String,
    /// The postal address for a complaint, one line each.
    pub complaint_address: String,
    /// The electronic channel designated for complaints (Awb 2:13, Wmebv).
    pub complaint_channel: String,
    /// A web page about complaining there.
    pub complaint_web: String,
    /// Anything else about complaining (the regulation, who handles it).
    pub complaint_notes: String,
    /// To whom an objection is addressed (e.g. "College van burgemeester en wethouders").
    pub objection_addressee: String,
    pub objection_address: String,
    /// The electronic channel designated for objections (Awb 2:13, Wmebv).
    pub objection_channel: String,
    pub objection_web: String,
    pub objection_notes: String,
    /// Phone, e-mail, website.
    pub contact: String,
    /// Terms the regulation sets (e.g. "beslist binnen 6 weken").
    pub terms: String,
    /// The complaints committee or dispute body, if any.
    pub committee: String,
}

/// Where a letter of one kind of procedure goes, from the register.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Route {
    pub addressee: String,
    pub address: String,
    pub channel: String,
    pub web: String,
}

/// The kinds of procedure the register holds a route for: `(code, Dutch, English)`.
pub const ROUTE_KINDS: vocab::List = &[
    ("complaint", "Klacht", "Complaint"),
    ("objection", "Bezwaar", "Objection"),
];

/// The register's route a letter of `letter_kind` takes: a complaint goes where complaints go;
/// an objection, a request for information and a notice of default go to the body that
/// decides, where objections go.
pub fn route_kind(letter_kind: &str) -> &'static str {
    match letter_kind {
        "complaint" => "complaint",
        _ => "objection",
    }
}

/// A web address: `https://` or `http://`, no spaces; empty is allowed. An address typed as
/// `www.…` (`www.maasdal.nl/bezwaar`) gets `https://` in front (the screen says so,
/// [`RegisterEntry::https_added`]); anything else without a scheme and a host name with a dot
/// is refused (`javascript:…`, words, spaces, `maasdal.nl` without `www.` or `https://`).
fn web_address(field: &'static str, s: &str) -> Result<String, FieldError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    let full = if s.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("www.")) {
        format!("https://{s}")
    } else {
        s.to_string()
    };
    let rest = full
        .strip_prefix("https://")
        .or_else(|| full.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or_default());
    match host {
        Some(host)
            if full.len() <= 300
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && host
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
                && !full.chars().any(char::is_whitespace) =>
        {
            Ok(full)
        }
        _ => Err(FieldError::new(field, Msg::WebAddressInvalid)),
    }
}

impl RegisterEntry {
    pub fn parse(&self) -> Result<RegisterEntry, Invalid> {
        let mut c = Collector::default();
        let mut t = |field: &'static str, s: &str, max: usize| match crate::validation::free_text(
            field, s, max, false,
        ) {
            Ok(s) => s,
            Err(e) => {
                c.push(e);
                s.trim().to_string()
            }
        };
        let mut e = RegisterEntry {
            complaint_addressee: t("complaint_addressee", &self.complaint_addressee, 300),
            complaint_address: t("complaint_address", &self.complaint_address, 500),
            complaint_channel: t("complaint_channel", &self.complaint_channel, 500),
            complaint_web: String::new(),
            complaint_notes: t("complaint_notes", &self.complaint_notes, 2_000),
            objection_addressee: t("objection_addressee", &self.objection_addressee, 300),
            objection_address: t("objection_address", &self.objection_address, 500),
            objection_channel: t("objection_channel", &self.objection_channel, 500),
            objection_web: String::new(),
            objection_notes: t("objection_notes", &self.objection_notes, 2_000),
            contact: t("contact", &self.contact, 2_000),
            terms: t("terms", &self.terms, 2_000),
            committee: t("committee", &self.committee, 2_000),
        };
        match web_address("complaint_web", &self.complaint_web) {
            Ok(w) => e.complaint_web = w,
            Err(err) => {
                c.push(err);
                e.complaint_web = self.complaint_web.trim().to_string();
            }
        }
        match web_address("objection_web", &self.objection_web) {
            Ok(w) => e.objection_web = w,
            Err(err) => {
                c.push(err);
                e.objection_web = self.objection_web.trim().to_string();
            }
        }
        c.finish()?;
        Ok(e)
    }

    /// The web-address fields of `typed` that saving completed with `https://` (they were typed
    /// without a scheme), for the screen to say so.
    pub fn https_added(&self, typed: &RegisterEntry) -> Vec<&'static str> {
        [
            ("complaint_web", &typed.complaint_web, &self.complaint_web),
            ("objection_web", &typed.objection_web, &self.objection_web),
        ]
        .into_iter()
        .filter(|(_, t, saved)| {
            let t = t.trim();
            !t.is_empty() && !t.contains("://") && saved.starts_with("https://")
        })
        .map(|(f, _, _)| f)
        .collect()
    }

    /// What a letter or a confidant still misses for a route: the addressee, the postal
    /// address, the electronic channel (empty: nothing missing). Objection routes only count
    /// where objecting applies ([`objection_applies`]).
    pub fn missing(&self, kind: &str) -> Vec<&'static str> {
        let r = self.route(kind);
        [
            ("addressee", r.addressee.trim().is_empty()),
            ("address", r.address.trim().is_empty()),
            ("channel", r.channel.trim().is_empty()),
        ]
        .into_iter()
        .filter(|(_, gone)| *gone)
        .map(|(f, _)| f)
        .collect()
    }

    /// Whether any field of the objection route holds something.
    pub fn has_objection(&self) -> bool {
        [
            &self.objection_addressee,
            &self.objection_address,
            &self.objection_channel,
            &self.objection_web,
            &self.objection_notes,
        ]
        .iter()
        .any(|s| !s.trim().is_empty())
    }

    /// The route for a kind of procedure (`complaint` or `objection`).
    pub fn route(&self, kind: &str) -> Route {
        if kind == "complaint" {
            Route {
                addressee: self.complaint_addressee.clone(),
                address: self.complaint_address.clone(),
                channel: self.complaint_channel.clone(),
                web: self.complaint_web.clone(),
            }
        } else {
            Route {
                addressee: self.objection_addressee.clone(),
                address: self.objection_address.clone(),
                channel: self.objection_channel.clone(),
                web: self.objection_web.clone(),
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == RegisterEntry::default()
    }

    /// A route written out in Dutch, one line each (addressee, address, electronic channel,
    /// web address, notes), for a confidant or a citizen to read; empty when nothing is known.
    pub fn summary(&self, kind: &str) -> String {
        let r = self.route(kind);
        let notes = if kind == "complaint" {
            &self.complaint_notes
        } else {
            &self.objection_notes
        };
        let channel = (!r.channel.is_empty()).then(|| format!("Digitaal: {}", r.channel));
        [
            Some(r.addressee),
            Some(r.address),
            channel,
            Some(r.web),
            Some(notes.clone()),
        ]
        .into_iter()
        .flatten()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
    }
}

/// Whether objecting (bezwaar, Awb 6:4, 7:1) applies to an organisation of the register: only
/// against a decision of a bestuursorgaan, in the register the municipality (its college).
/// The ombudsman, legal aid, client support and care providers take no objections; a
/// complaint about them goes by their own regulation (Awb 9:1 for the municipality; the Wkkgz
/// for care providers).
pub fn objection_applies(organisation: &str) -> bool {
    organisation == "municipality"
}
