//! The OpenAPI 3.1 description of every API route, written by hand so that it stays the
//! contract (a test checks that every route in the router is described).

use axum::Json;
use serde_json::{Value, json};

pub(super) fn op(summary: &str, tag: &str, body: Option<&str>, ok: &str) -> Value {
    let mut o = json!({
        "summary": summary,
        "tags": [tag],
        "security": [{"bearer": []}],
        "responses": {
            ok: {"description": "OK"},
            "401": {"$ref": "#/components/responses/Error"},
            "403": {"$ref": "#/components/responses/Error"},
            "404": {"$ref": "#/components/responses/Error"},
            "422": {"$ref": "#/components/responses/Error"}
        }
    });
    if let Some(schema) = body {
        o["requestBody"] = json!({"required": true, "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{schema}")}}}});
    }
    o
}

/// Disabling: the body is optional (without it, or without `handover_to`, the user keeps their
/// open kwesties, as before the body existed).
fn disable_op() -> Value {
    let mut o = op(
        "Disable an account (coordinator); its sessions and tokens stop at once. Optional body {\"handover_to\": id|null} hands the user's open kwesties to that colleague or leaves them unassigned; without it they keep them",
        "users",
        Some("Disable"),
        "200",
    );
    o["requestBody"]["required"] = json!(false);
    o
}

pub fn document() -> Value {
    let id = json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}]);
    let reference = json!([{"name": "reference", "in": "path", "required": true, "schema": {"type": "string", "example": "NST-7K4M-2Q9D"}}]);
    let slug =
        json!([{"name": "slug", "in": "path", "required": true, "schema": {"type": "string"}}]);
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": {"title": "Naast API", "version": env!("CARGO_PKG_VERSION"),
                 "description": "Werksysteem voor de onafhankelijke vertrouwenspersoon sociaal domein. Errors: {\"errors\": [{\"field\", \"message\"}]} in the language of Accept-Language (nl, en). A token with scope read gets 403 on every request other than GET and HEAD. Free text refuses control characters other than newline and tab (CRLF becomes a newline); names, titles and places refuse those too."},
        "paths": {
            "/api/v1/me": {"get": op("Who am I", "account", None, "200")},
            "/api/v1/tenants": {
                "get": op("List the municipalities the caller may see", "tenants", None, "200"),
                "post": op("Create a municipality (coordinator)", "tenants", Some("Tenant"), "201")
            },
            "/api/v1/tenants/{slug}": {
                "parameters": slug.clone(),
                "get": op("One municipality", "tenants", None, "200"),
                "put": op("Update a municipality's settings (coordinator); send the version you read", "tenants", Some("Tenant"), "200")
            },
            "/api/v1/users": {
                "get": op("List staff accounts (coordinator)", "users", None, "200"),
                "post": op("Invite a user; returns the one-time set-up link (coordinator)", "users", Some("Invite"), "201")
            },
            "/api/v1/users/{id}/disable": {"parameters": id.clone(),
                "get": op("What disabling an account would do (coordinator): {user, open_cases: [reference], colleagues: [user]} (the colleagues who may take every open kwestie)", "users", None, "200"),
                "post": disable_op()},
            "/api/v1/users/{id}/enable": {"parameters": id.clone(), "post": op("Enable an account (coordinator)", "users", None, "200")},
            "/api/v1/users/{id}/tenants": {"parameters": id.clone(), "put": op("Replace the municipalities a user works for (coordinator); body {\"tenants\": [slug]}", "users", Some("Tenants"), "200")},
            "/api/v1/users/{id}/setup-link": {"parameters": id.clone(), "post": op("A new one-time set-up link for an account, voiding earlier ones (coordinator)", "users", None, "200")},
            "/api/v1/tokens": {
                "get": op("List API tokens (own; all for a coordinator): {id, user_id, label, scope: read|write, created_at, expires_at, last_used_at, revoked}", "account", None, "200"),
                "post": op("Create an API token for yourself; the token is in the response, once. Tokens are made from a signed-in browser (the account page) or the command line: a request authenticated by a token is refused with 403", "account", Some("NewToken"), "201")
            },
            "/api/v1/sessions/sign-out-everywhere": {"post": op("End every browser session of the caller and revoke all their API tokens (this one too)", "account", None, "200")},
            "/api/v1/cases": {
                "get": op("The case list, 50 a page: filters tenant, status (or 'open'), area, organisation, owner ('me'), from, to, q (reference, exact name or e-mail), sort, page; total counts up to 1000 (1001 means more)", "cases", None, "200"),
                "post": op("Register an intake (tenant, channel, story, and contact details or anonymous; optional minutes of the call); a conversation (any channel but web_form) is logged as the first contact moment; returns the reference", "cases", Some("Intake"), "201")
            },
            "/api/v1/tenants/{slug}/import": {"parameters": slug.clone(), "post": op("Import cases (coordinators only: anyone else gets 403 before the body is read); the body is the file (?format=jsonl|csv|xlsx), at most 50 MB, an XLSX unpacking to at most 100 MB (else 413), at most 200,000 rows (else 422). Every row is checked first: 422 lists each bad line ({line, field, message}) and nothing is imported; a rerun imports nothing twice", "cases", None, "200")},
            "/api/v1/work": {"get": op("My work: open cases, tasks due or overdue, cases waiting, new web intakes; news from citizens (unread replies, documents, unopened web intakes), web intakes awaiting the contact promised within three working days, statutory terms of the next two weeks, and (lapsed, with the rule) terms whose last day passed at most 14 days ago; each line names the citizen and subject (the showing is audited as work.read); optional query sort=deadline|citizen|opened", "cases", None, "200")},
            "/api/v1/cases/{reference}": {"parameters": reference.clone(), "get": op("One case with its timeline and tasks (the read is audited)", "cases", None, "200")},
            "/api/v1/cases/{reference}/stat": {"parameters": reference.clone(), "get": op("The case's anonymous statistical record", "cases", None, "200")},
            "/api/v1/cases/{reference}/clarify": {"parameters": reference.clone(), "put": op("Save the clarified question; send the version you read (409 when stale)", "cases", Some("Clarify"), "204")},
            "/api/v1/cases/{reference}/contacts": {"parameters": reference.clone(), "post": op("Log a contact moment", "cases", Some("Contact"), "204")},
            "/api/v1/cases/{reference}/notes": {"parameters": reference.clone(), "post": op("Add an internal note: {\"note\"}", "cases", None, "204")},
            "/api/v1/cases/{reference}/tasks": {"parameters": reference.clone(), "post": op("Add a task: {\"title\", \"due_on\"}", "cases", None, "204")},
            "/api/v1/cases/{reference}/tasks/{id}/done": {"parameters": [reference.clone()[0].clone(), id.clone()[0].clone()], "post": op("Mark a task done", "cases", None, "204")},
            "/api/v1/cases/{reference}/status": {"parameters": reference.clone(), "post": op("Set in_progress, waiting_citizen or waiting_organisation: {\"status\"}", "cases", None, "204")},
            "/api/v1/cases/{reference}/close": {"parameters": reference.clone(), "post": op("Close with an outcome: {\"outcome\", \"external_outcome\"?, \"reason\"?, \"closed_on\"?, \"filed_letter\"?: sent|not_filed, \"filed_letter_sent_on\"?}. Closing as objection_filed or complaint_filed while a letter for it drafted in Naast is still a draft is refused (422, field filed_letter) unless filed_letter says what happened: sent (the letter is marked sent on filed_letter_sent_on, empty: today) or not_filed (the case closes as citizen_continues)", "cases", None, "204")},
            "/api/v1/cases/{reference}/export": {"parameters": reference.clone(), "get": op("Everything held about the case's citizen, across the cases the caller may see (audited)", "cases", None, "200")},
            "/api/v1/cases/{reference}/export.pdf": {"parameters": reference.clone(), "get": op("The same export as a readable, tagged PDF (audited)", "cases", None, "200")},
            "/api/v1/cases/{reference}/erase": {"parameters": reference.clone(), "post": op("Erase the case's citizen on request: destroys the personal data of their cases now; statistical records stay (audited)", "cases", None, "200")},
            "/api/v1/cases/{reference}/parties": {"parameters": reference.clone(), "post": op("Add someone involved: {\"role\": representative|informal_carer|interpreter|other, \"name\", \"phone\"?, \"email\"?, \"preference\"?, \"language\"?, \"accessibility\"?}", "cases", None, "204")},
            "/api/v1/cases/{reference}/parties/{id}/remove": {"parameters": [reference.clone()[0].clone(), id.clone()[0].clone()], "post": op("Remove someone involved", "cases", None, "204")},
            "/api/v1/cases/{reference}/mediations": {"parameters": reference.clone(), "post": op("Record a mediation: {\"parties\", \"meeting_on\", \"agreements\"?, \"follow_up_on\"?, \"result\"?}", "cases", None, "204")},
            "/api/v1/cases/{reference}/letters": {"parameters": reference.clone(), "post": op("Record a letter: {\"direction\": sent|received, \"on\"?, \"correspondent\", \"subject\", \"summary\"?, \"body\"? (the full text of a letter drafted in Naast), \"kind\"? (the template it came from)}", "cases", None, "204")},
            "/api/v1/cases/{reference}/attachments": {"parameters": reference.clone(), "post": op("Upload an attachment (multipart, field 'file'; PDF, JPEG, PNG, DOCX, XLSX, ODT or text; at most 10 MB)", "cases", None, "201")},
            "/api/v1/cases/{reference}/attachments/{id}": {"parameters": [reference.clone()[0].clone(), id.clone()[0].clone()], "get": op("Download an attachment (audited)", "cases", None, "200")},
            "/api/v1/cases/{reference}/reopen": {"parameters": reference, "post": op("Reopen a closed case: {\"reason\"}", "cases", None, "204")},
            "/api/v1/outbox": {"get": op("Outgoing e-mail, newest first (coordinator)", "system", None, "200")},
            "/api/v1/jobs": {"get": op("Recent background jobs and their state (coordinator)", "system", None, "200")},
            "/api/v1/audit": {"get": op("Latest audit entries and whether the chain holds (coordinator)", "system", None, "200")},
            "/api/v1/tokens/{id}": {"parameters": id, "delete": op("Revoke an API token", "account", None, "204")}
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {"Error": {"description": "Problem", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}}}},
            "schemas": {
                "Errors": {"type": "object", "required": ["errors"], "properties": {"errors": {"type": "array", "items": {
                    "type": "object", "required": ["message"], "properties": {"field": {"type": "string"}, "message": {"type": "string"}}}}}},
                "Tenant": {"type": "object", "required": ["slug", "name", "areas"], "properties": {
                    "slug": {"type": "string", "pattern": "^[a-z][a-z0-9-]{1,39}$"},
                    "areas": {"type": "array", "items": {"type": "string", "enum": ["wmo", "jeugd", "participatie", "werk", "schuldhulp", "leerlingenvervoer", "inburgering", "overig"]}},
                    "name": {"type": "string", "minLength": 1, "maxLength": 120, "description": "one line, no control characters"},
                    "threshold_k": {"type": "integer", "minimum": 3, "maximum": 50, "default": 5},
                    "quarterly_reports": {"type": "boolean"},
                    "retention_months": {"type": "integer", "minimum": 0, "maximum": 240},
                    "signal_weeks": {"type": "integer", "minimum": 1, "maximum": 52, "default": 6},
                    "unopened_days": {"type": "integer", "minimum": 7, "maximum": 730, "default": 90, "description": "days after which a web intake nobody opened is destroyed"},
                    "contact_phone": {"type": "string"}, "contact_email": {"type": "string"},
                    "contact_address": {"type": "string"}, "walk_in_hours": {"type": "string"},
                    "providers": {"type": "array", "items": {"type": "string"}},
                    "version": {"type": "integer", "description": "required on update"}}},
                "Disable": {"type": "object", "additionalProperties": false, "properties": {
                    "handover_to": {"type": ["integer", "null"], "description": "the id of the colleague who takes the user's open kwesties (one of the colleagues GET …/disable lists; 422 otherwise); null leaves them unassigned. Each kwestie handed over gets an audit and a timeline entry"}}},
                "Tenants": {"type": "object", "required": ["tenants"], "properties": {"tenants": {"type": "array", "items": {"type": "string"}}}},
                "NewToken": {"type": "object", "properties": {"label": {"type": "string", "maxLength": 100},
                    "expires_days": {"type": "integer", "minimum": 1, "maximum": 365, "default": 90, "description": "days until the token expires"},
                    "scope": {"type": "string", "enum": ["read", "write"], "default": "read", "description": "read: GET and HEAD only"}}},
                "ApiToken": {"type": "object", "properties": {"id": {"type": "integer"}, "user_id": {"type": "integer"}, "label": {"type": "string"},
                    "scope": {"type": "string", "enum": ["read", "write"]}, "created_at": {"type": "integer"}, "expires_at": {"type": ["integer", "null"]},
                    "last_used_at": {"type": ["integer", "null"]}, "revoked": {"type": "boolean"}}},
                "Intake": {"type": "object", "required": ["tenant", "channel", "story"], "properties": {
                    "tenant": {"type": "string"}, "channel": {"type": "string"}, "story": {"type": "string"},
                    "anonymous": {"type": "boolean"}, "name": {"type": "string"}, "email": {"type": "string"},
                    "phone": {"type": "string"}, "address": {"type": "string"}, "contact_preference": {"type": "string"},
                    "language": {"type": "string"}, "accessibility": {"type": "string"}, "found_via": {"type": "string"},
                    "area": {"type": "string"}, "opened_on": {"type": "string", "format": "date"}}},
                "Clarify": {"type": "object", "required": ["version"], "properties": {
                    "version": {"type": "integer"}, "subject": {"type": "string", "maxLength": 120, "description": "A short subject for My work; left out, the one set is kept (errors name it case_subject)"}, "problem": {"type": "string"}, "area": {"type": "string"},
                    "organisation": {"type": "string"}, "natures": {"type": "array", "items": {"type": "string"}},
                    "primary_nature": {"type": "string"}, "decision_kind": {"type": "string"},
                    "decision_reference": {"type": "string", "maxLength": 100, "description": "The decision's own reference (kenmerk) as on the organisation's letter; a drafted letter quotes it. Left out, the one recorded is kept"},
                    "decision_date": {"type": "string", "format": "date"}, "decision_sent_on": {"type": "string", "format": "date"},
                    "goal": {"type": "string"}, "options": {"type": "array", "items": {"type": "string"}},
                    "option_chosen": {"type": "string"}, "found_via": {"type": "string"}}},
                "Contact": {"type": "object", "required": ["channel"], "properties": {
                    "channel": {"type": "string"}, "on": {"type": "string", "format": "date"},
                    "activities": {"type": "array", "items": {"type": "string"}}, "minutes": {"type": "integer"}, "note": {"type": "string"}}},
                "Invite": {"type": "object", "required": ["email", "role"], "properties": {
                    "email": {"type": "string", "format": "email"},
                    "display_name": {"type": "string"},
                    "role": {"type": "string", "enum": ["coordinator", "confidant", "municipality"]},
                    "tenants": {"type": "array", "items": {"type": "string"}}}}
            }
        }
    });
    // Complaint and objection support (a second literal: one json! would exceed the macro
    // recursion limit).
    let more = json!({
            "/api/v1/tenants/{slug}/logo": {"parameters": slug.clone(), "put": op("Set the logo of the public pages: the body is a PNG or JPEG of at most 200 kB (decided by its first bytes; no SVG); an empty body removes it (coordinator)", "tenants", None, "204")},
            "/api/v1/tenants/{slug}/outreach": {"parameters": slug.clone(),
                "get": op("The outreach register of a year (?year=YYYY): walk-in hours held, information sessions, presentations, with totals per kind", "outreach", None, "200"),
                "post": op("Record outreach: {\"kind\": walk_in|session|presentation|publicity|other, \"held_on\", \"place\", \"audience\"?, \"attendance\"?, \"minutes\"?, \"note\"?}", "outreach", None, "201")},
            "/api/v1/tenants/{slug}/look": {"parameters": slug.clone(),
                "get": op("The look of the tenant's public pages: {\"primary\", \"primary_dark\", \"text\", \"background\" (#rrggbb), \"font_family\"} (coordinator)", "tenants", None, "200"),
                "put": op("Save the look; refused (422) when text, links or buttons would have less contrast than 4.5:1 (WCAG 2.2, 1.4.3) or the font list holds anything but font names (coordinator)", "tenants", None, "204")},
            "/api/v1/tenants/{slug}/open-reports": {"parameters": slug.clone(),
                "get": op("Which published reports the tenant's public page lists for residents, as PDF and open data: {\"open_reports\": \"off\" | \"annual\" | \"quarterly\"} (coordinator)", "tenants", None, "200"),
                "put": op("Set it: {\"open_reports\": \"off\" | \"annual\" | \"quarterly\"}; anything else is refused (422) and nothing changes (coordinator)", "tenants", None, "204")},
            "/api/v1/cases/{reference}/messages": {"parameters": reference.clone(), "post": op("Write to the citizen: {\"message\"}; shown on their status page, with an e-mail that there is news (no content) when they gave an address", "cases", None, "204")},
            "/api/v1/public/{slug}/intake": {"parameters": slug.clone(), "post": {
                "summary": "A citizen's own intake (no token): {\"story\", \"area\"?, \"organisation\"?, \"contact\"?: {\"name\"?, \"email\"?, \"phone\"?, \"address\"?, \"preferred\"?: phone|email|letter, \"when\"?}, \"language\"?: nl|en, \"needs\"?, \"found_via\"?}. Answers 201 {\"reference\", \"status_url\"} once committed; 422 names each field in the requested language; 404 unknown tenant; 429 with Retry-After",
                "tags": ["public"], "security": [],
                "responses": {"201": {"description": "Committed"}, "404": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}, "429": {"$ref": "#/components/responses/Error"}}}},
            "/api/v1/cases/{reference}/letters/draft": {"parameters": [reference.clone()[0].clone(), {"name": "kind", "in": "query", "required": true, "schema": {"type": "string", "enum": ["complaint", "objection_pro_forma", "objection", "information_request", "notice_of_default"]}}], "get": op("A new letter filled from the case with the tenant's template, to edit and then POST to /letters (audited)", "letters", None, "200")},
            "/api/v1/cases/{reference}/letters/{id}/{format}": {"parameters": [reference.clone()[0].clone(), id.clone()[0].clone(), {"name": "format", "in": "path", "required": true, "schema": {"type": "string", "enum": ["pdf", "docx"]}}], "get": op("A stored letter as tagged PDF or as DOCX (audited)", "letters", None, "200")},
            "/api/v1/cases/{reference}/procedures": {"parameters": reference.clone(), "post": op("Record a formal procedure: {\"kind\": complaint|objection|application|melding|debt_request|default_notice, \"filed_on\", \"organisation\"?, \"committee\"?: bool}; its statutory term becomes a task; returns {\"id\"}", "procedures", None, "201")},
            "/api/v1/cases/{reference}/procedures/{id}": {"parameters": [reference.clone()[0].clone(), id.clone()[0].clone()], "delete": op("Remove a procedure and its open tasks", "procedures", None, "204")},
            "/api/v1/cases/{reference}/procedures/{id}/outcome": {"parameters": [reference.clone()[0].clone(), id.clone()[0].clone()], "put": op("Record the external outcome: {\"outcome\": gegrond|deels_gegrond|ongegrond|ingetrokken|niet_ontvankelijk|informeel_opgelost|in_behandeling (empty clears), \"outcome_on\"?}", "procedures", None, "204")},
            "/api/v1/tenants/{slug}/register": {"parameters": slug.clone(), "get": op("The procedures register: per organisation how to complain or object (coordinator)", "procedures", None, "200")},
            "/api/v1/tenants/{slug}/register/{organisation}": {"parameters": [slug.clone()[0].clone(), {"name": "organisation", "in": "path", "required": true, "schema": {"type": "string", "description": "municipality, a provider code, ombudsman, legal_aid or client_support"}}], "put": op("Save one organisation's entry: per route (complaint_…, objection_…) {\"…_addressee\", \"…_address\", \"…_channel\" (the electronic channel designated under Awb 2:13), \"…_web\" (https://), \"…_notes\"}, and {\"contact\", \"terms\", \"committee\"} (coordinator)", "procedures", None, "204")},
            "/api/v1/tenants/{slug}/letter-templates": {"parameters": slug.clone(), "get": op("The letter templates of a tenant (minijinja; coordinator)", "letters", None, "200")},
            "/api/v1/tenants/{slug}/letter-templates/{kind}": {"parameters": [slug.clone()[0].clone(), {"name": "kind", "in": "path", "required": true, "schema": {"type": "string"}}], "put": op("Save a template: {\"body\"} (empty returns to Naast's own); a template that does not render is refused with its line (coordinator)", "letters", None, "204")}
    });
    if let (Some(paths), Value::Object(more)) = (doc["paths"].as_object_mut(), more) {
        paths.extend(more);
    }
    let letters = super::letters::paths(&reference, &id);
    if let (Some(paths), Value::Object(more)) = (doc["paths"].as_object_mut(), letters) {
        paths.extend(more);
    }
    let citizen = citizen_paths(&reference);
    if let (Some(paths), Value::Object(more)) = (doc["paths"].as_object_mut(), citizen) {
        paths.extend(more);
    }
    if let Some(props) = doc["components"]["schemas"]["Intake"]["properties"].as_object_mut() {
        props.insert(
            "citizen_of".into(),
            json!({"type": "string", "description": "the reference of a case of the same, known citizen (staff choose it after a search); the same e-mail address or name never links on its own"}),
        );
        props.insert(
            "minutes".into(),
            json!({"type": ["integer", "string"], "description": "minutes of the conversation the intake was taken in (0 to 1440; empty: 0)"}),
        );
    }
    if let (Some(schemas), Value::Object(more)) = (
        doc["components"]["schemas"].as_object_mut(),
        json!({"CitizenLink": {"type": "object", "required": ["with"], "properties": {
            "with": {"type": "string", "description": "a reference of a case of the known citizen (see possible_matches on the case)"},
            "keep_name": {"type": "string", "enum": ["known", "new"], "default": "known"},
            "keep_email": {"type": "string", "enum": ["known", "new"], "default": "known"},
            "keep_phone": {"type": "string", "enum": ["known", "new"], "default": "known"},
            "keep_address": {"type": "string", "enum": ["known", "new"], "default": "known"}}}}),
    ) {
        schemas.extend(more);
    }
    let consents = consents_paths(&reference, &id);
    if let (Some(paths), Value::Object(more)) = (doc["paths"].as_object_mut(), consents) {
        paths.extend(more);
    }
    if let (Some(schemas), Value::Object(more)) = (
        doc["components"]["schemas"].as_object_mut(),
        json!({"Consent": {"type": "object", "required": ["recipient", "scope", "given_on", "how"], "properties": {
            "recipient": {"type": "string", "description": "municipality or a provider code of the tenant"},
            "scope": {"type": "string", "enum": ["signal", "share_details", "forward", "mediation"]},
            "given_on": {"type": "string", "format": "date", "description": "today or earlier"},
            "how": {"type": "string", "enum": ["spoken", "written"]}}}}),
    ) {
        schemas.extend(more);
    }
    let reports = reports_paths(&slug, &id);
    if let (Some(paths), Value::Object(more)) = (doc["paths"].as_object_mut(), reports) {
        paths.extend(more);
    }
    if let (Some(schemas), Value::Object(more)) = (
        doc["components"]["schemas"].as_object_mut(),
        reports_schemas(),
    ) {
        schemas.extend(more);
    }
    let (paths, schemas) = super::signals::openapi(op);
    if let (Some(p), Value::Object(more)) = (doc["paths"].as_object_mut(), paths) {
        p.extend(more);
    }
    if let (Some(s), Value::Object(more)) = (doc["components"]["schemas"].as_object_mut(), schemas)
    {
        s.extend(more);
    }
    doc
}

/// Linking a case's citizen to a known one, or keeping them apart (staff only).
fn citizen_paths(reference: &Value) -> Value {
    json!({
        "/api/v1/cases/{reference}/citizen/link": {"parameters": reference.clone(), "post": op("Link this case's citizen to a known citizen suggested in possible_matches: the case moves to them, the details chosen are kept, this case's own person record is destroyed, and the statistical citizen id of all their cases is refreshed (audited)", "cases", Some("CitizenLink"), "204")},
        "/api/v1/cases/{reference}/citizen/keep-apart": {"parameters": reference.clone(), "post": op("Decide that a suggested known citizen is someone else: {\"with\": a reference of their case}; not suggested again for this case (audited)", "cases", None, "204")}
    })
}

/// The citizen's consents per kwestie (staff only; a municipality's token gets 404).
fn consents_paths(reference: &Value, id: &Value) -> Value {
    let mut revoke = op(
        "Revoke a consent as of today: whatever has not been sent under it yet stops. 409 when it was revoked already, 404 when it is not this case's",
        "consents",
        None,
        "204",
    );
    revoke["responses"]["409"] = json!({"$ref": "#/components/responses/Error"});
    json!({
        "/api/v1/cases/{reference}/consents": {"parameters": reference.clone(),
            "get": op("What the citizen allows to be shared: [{id, recipient, scope, given_on, how, revoked_on}] (audited)", "consents", None, "200"),
            "post": op("Record a consent the citizen gave: {\"recipient\": municipality|provider code, \"scope\": signal|share_details|forward|mediation, \"given_on\" (not in the future), \"how\": spoken|written}; returns 201 {\"id\"}; 422 names every field that is wrong", "consents", Some("Consent"), "201")},
        "/api/v1/cases/{reference}/consents/{id}/revoke": {"parameters": [reference[0].clone(), id[0].clone()], "post": revoke}
    })
}

/// Anonymized reports: staff draft, review and publish; a municipality's token reads its own
/// published versions (the GETs).
fn reports_paths(slug: &Value, id: &Value) -> Value {
    let year = json!({"name": "year", "in": "path", "required": true, "schema": {"type": "integer", "example": 2026}});
    let file = json!({"name": "file", "in": "path", "required": true, "schema": {"type": "string", "enum": ["report.pdf", "report.xlsx", "report.csv", "report.html"]}});
    let mut publish = op(
        "Publish a report in review (coordinator): its numbers are computed one last time, pass the audit gate and are frozen. Four eyes: send the updated_at of the version you read (409 when it changed meanwhile: nothing is published); whoever wrote, last changed or submitted it gets 422 (a second person publishes it), unless the installation is a one-person practice (NAAST_ONE_PERSON_PRACTICE=on; the colophon then says it was published without a second check). 422 with the reason also while the period is not over, when a correction has no note, or when the gate finds cells that would let a reader work out a hidden number",
        "reports",
        Some("ReadVersion"),
        "204",
    );
    publish["responses"]["409"] = json!({"$ref": "#/components/responses/Error"});
    let mut protect_more = op(
        "Agree to hide more in a report the audit gate refuses (coordinator), as its `fix` lists: more numbers of the period's tables, or a breakdown left out with only its total shown; the quarters already published never change. Send the updated_at you read (409 when it changed meanwhile: nothing is changed). Then read the report again and publish it",
        "reports",
        Some("ReadVersion"),
        "204",
    );
    protect_more["responses"]["409"] = json!({"$ref": "#/components/responses/Error"});
    let mut text = op(
        "Save the narrative and, for a correction, its note; send the updated_at you read (409 when someone saved in between: nothing is changed). A report in review goes back to draft",
        "reports",
        Some("ReportText"),
        "204",
    );
    text["responses"]["409"] = json!({"$ref": "#/components/responses/Error"});
    json!({
        "/api/v1/tenants/{slug}/reports": {"parameters": slug.clone(),
            "get": op("The reports of a municipality, per period the latest published version and, for staff, the version being prepared ({id, year, quarter, period, version, status: draft|review|published|discussed, published_at, discussed_on, replaces: {id, version, published_at} | null}); only the published ones for the municipality's own token", "reports", None, "200"),
            "post": op("Start the report of a period that is over: {\"period\": \"2026-Q2\" | \"2026\"}; returns 201 {\"id\"} (the open draft when there is one); 422 names \"period\"", "reports", Some("Period"), "201")},
        "/api/v1/tenants/{slug}/reports/{year}/release": {"parameters": [slug[0].clone(), year],
            "get": op("Every published number of the year's report series plus the report being prepared, as naast-sdc-release/1 (staff)", "reports", None, "200")},
        "/api/v1/reports/{id}": {"parameters": id.clone(),
            "get": op("One version: content (numbers as published, x when hidden), narrative, status, version, correction, findings (drafts: what the audit gate would refuse), fix (drafts the gate refuses: what hiding more would hide, [{kind: hidden|withheld, table, numbers, protects}], null when nothing to fix or hiding more does not help), extra_protection, late, agreed, discussed_on, previous_agreed, updated_at, second_check (published: true checked by a second person, false published alone in a one-person practice, null unknown), replaces and replaced_by ({id, version, published_at} | null: a replaced version points to the latest). A municipality gets only its own published versions (404 otherwise)", "reports", None, "200")},
        "/api/v1/reports/{id}/text": {"parameters": id.clone(), "put": text},
        "/api/v1/reports/{id}/privacy": {"parameters": id.clone(),
            "get": op("The narrative and, for a correction, its note (field correction) with every finding of the de-identifier (not the municipality's own name): fields[{field, segments[{text, finding{key, label, placeholder, suggestion}}]}], updated_at, checked (staff, drafts)", "reports", None, "200"),
            "post": op("Apply the check: {accept: [finding keys], missed: \"one phrase a line, or phrase = words\", words: {key: general words}, updated_at}; accepted findings become general words (the given ones, else their suggestion, such as \"een inwoner\"), never stand-ins such as [PERSOON-1], so the text can be submitted after one check; missed phrases become their words or (weggelaten); the texts count as checked until changed (409 when changed meanwhile; 422 naming words when one is longer than 80 characters)", "reports", Some("PrivacyCheck"), "204")},
        "/api/v1/reports/{id}/submit": {"parameters": id.clone(), "post": op("Submit a draft for review", "reports", None, "204")},
        "/api/v1/reports/{id}/reject": {"parameters": id.clone(), "post": op("Send a report in review back to draft (coordinator)", "reports", None, "204")},
        "/api/v1/reports/{id}/publish": {"parameters": id.clone(), "post": publish},
        "/api/v1/reports/{id}/protect-more": {"parameters": id.clone(), "post": protect_more},
        "/api/v1/reports/{id}/correct": {"parameters": id.clone(), "post": op("Start a corrected version of a published report (coordinator): a new draft with the same text and numbers, headed by the note saying what it corrects ({\"correction\"}, required: 422 naming \"correction\" without it; checked for personal data with the narrative before it can be submitted); returns 201 {\"id\"} (the open correction when there is one). Once published, lists show only the latest version, with replaces {id, version, published_at}; the replaced version stays readable, with replaced_by", "reports", Some("Correction"), "201")},
        "/api/v1/reports/{id}/discussed": {"parameters": id.clone(), "post": op("Record that a published report was discussed with the municipality: {\"on\": \"YYYY-MM-DD\", \"agreed\"}", "reports", Some("Discussed"), "204")},
        "/api/v1/reports/{id}/{file}": {"parameters": [id[0].clone(), file],
            "get": op("The report as a tagged PDF, an XLSX workbook (a sheet per table), a CSV of every number (long format, x when hidden) or a standalone HTML page, in the language of Accept-Language; drafts carry a CONCEPT mark", "reports", None, "200")}
    })
}

fn reports_schemas() -> Value {
    json!({
        "ReadVersion": {"type": "object", "required": ["updated_at"], "properties": {"updated_at": {"type": "integer"}}},
        "Correction": {"type": "object", "required": ["correction"], "properties": {"correction": {"type": "string", "minLength": 1, "maxLength": 2000}}},
        "Period": {"type": "object", "required": ["period"], "properties": {"period": {"type": "string", "pattern": "^[0-9]{4}(-Q[1-4])?$", "example": "2026-Q2"}}},
        "ReportText": {"type": "object", "required": ["updated_at"], "properties": {
            "themes": {"type": "string", "maxLength": 20000}, "stories": {"type": "string", "maxLength": 20000},
            "recommendations": {"type": "string", "maxLength": 20000}, "follow_up": {"type": "string", "maxLength": 20000},
            "correction": {"type": "string", "maxLength": 2000}, "updated_at": {"type": "integer"}}},
        "Discussed": {"type": "object", "required": ["on"], "properties": {
            "on": {"type": "string", "format": "date"}, "agreed": {"type": "string", "maxLength": 20000}}}
    })
}

pub async fn spec() -> Json<Value> {
    Json(document())
}
