//! A way back for phone and walk-in intakes, on the case page: e-mail the citizen their status
//! link, or download a slip (A6 PDF) with the reference and a QR code to the status page.
//! Both are POSTs with the CSRF token: handing out a link may make one (see
//! `naast_app::cases::way_back`).

use super::case_parts::Part;
use super::cases::{Typed, caseworker, saved_or_again, view_page};
use crate::error::WebError;
use crate::form::Form;
use axum::extract::Path;
use axum::response::Response;
use naast_app::AppError;
use naast_app::cases::StatusSlip;
use naast_core::Lang;

/// The QR code of `url` as SVG (empty if the URL is too long for one, which ours never are).
pub(crate) fn qr_svg(url: &str) -> String {
    match qrcode::QrCode::new(url.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color<'_>>()
            .quiet_zone(true)
            .min_dimensions(200, 200)
            .build(),
        Err(_) => String::new(),
    }
}

/// What the slip's template reads, in the citizen's language.
pub(crate) fn slip_data(s: &StatusSlip) -> serde_json::Value {
    let l = s.lang;
    let mut contact: Vec<(&str, &str)> = Vec::new();
    if !s.phone.is_empty() {
        contact.push((l.pick("Bellen", "Phone"), &s.phone));
    }
    if !s.hours.is_empty() {
        contact.push((l.pick("Spreekuur", "Walk-in hours"), &s.hours));
    }
    let sender = match l {
        Lang::Nl => format!("Onafhankelijke vertrouwenspersoon voor {}", s.tenant_name),
        Lang::En => format!("Independent confidant for {}", s.tenant_name),
    };
    serde_json::json!({
        "lang": l.code(),
        "reference": s.reference,
        "code": s.code,
        "status_page": s.status_page,
        "url": s.url,
        "qr_svg": qr_svg(&s.url),
        "qr_alt": format!("{}: {}", l.pick("QR-code naar uw statuspagina", "QR code to your status page"), s.url),
        "contact": contact,
        "texts": {
            "title": l.pick("Uw melding bij de vertrouwenspersoon", "Your case with the confidant"),
            "sender": sender,
            "reference_label": l.pick("Uw kenmerk", "Your reference"),
            "code_label": l.pick("Uw code", "Your code"),
            "code_how": l.pick(
                "Geen camera? Ga naar deze pagina en vul uw kenmerk en code in:",
                "No camera? Go to this page and fill in your reference and code:",
            ),
            "how": l.pick(
                "Scan de code met de camera van uw telefoon, of typ de link hieronder over. Dan ziet u hoe het met uw melding staat. U kunt daar ook reageren.",
                "Scan the code with your phone's camera, or type in the link below. You will see how your case stands, and you can reply there.",
            ),
            "private": l.pick(
                "Bewaar dit briefje goed. Geef het niet aan anderen: wie de link of de code heeft, kan uw melding lezen.",
                "Keep this slip safe. Do not give it to others: anyone with the link or the code can read your case.",
            ),
        },
    })
}

/// `POST /admin/cases/{reference}/statuslink/email`: the link to the address typed.
pub async fn email(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let who = caseworker(&form.ctx)?;
    let email = form.get("email");
    let r = form
        .ctx
        .app
        .email_status_link(who, &reference, &email)
        .await
        .map(|_| Some("status-link".to_string()));
    let typed = Typed {
        link_email: Some(email),
        ..Default::default()
    };
    saved_or_again(&form.ctx, &reference, Part::Overview, typed, r).await
}

/// `POST /admin/cases/{reference}/statuslink/slip`: the slip as a PDF download.
pub async fn slip(Path(reference): Path<String>, form: Form) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let who = caseworker(ctx)?;
    match ctx.app.status_slip(who, &reference).await {
        Ok(s) => {
            let file = crate::files::status_slip(&s.reference, slip_data(&s))
                .await
                .map_err(|e| WebError::App(e, ctx.lang))?;
            Ok(crate::files::response(file))
        }
        Err(e @ AppError::Conflict(_)) => {
            view_page(
                ctx,
                who,
                &reference,
                Typed::default(),
                Some(&e),
                Part::Overview,
            )
            .await
        }
        Err(e) => Err(WebError::App(e, ctx.lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slip(lang: Lang) -> StatusSlip {
        StatusSlip {
            reference: "NST-7K4M-2Q9D".into(),
            url: "https://naast.example/status/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG".into(),
            code: "123 456".into(),
            status_page: "https://naast.example/maasdal/status".into(),
            tenant_name: "Maasdal".into(),
            phone: "0800 1234".into(),
            hours: String::new(),
            lang,
            replaced: false,
        }
    }

    #[test]
    fn the_slips_qr_code_reads_as_the_status_url() {
        let s = slip(Lang::Nl);
        let code = match qrcode::QrCode::new(s.url.as_bytes()) {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        // Each module 4 pixels wide, with a quiet zone of 4 modules, as a scanner sees it.
        let w = code.width();
        let colors = code.to_colors();
        let scale = 4;
        let side = (w + 8) * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (mx, my) = ((x / scale) as isize - 4, (y / scale) as isize - 4);
            let dark = mx >= 0
                && my >= 0
                && (mx as usize) < w
                && (my as usize) < w
                && colors[my as usize * w + mx as usize] == qrcode::Color::Dark;
            if dark { 0 } else { 255 }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = match grids[0].decode() {
            Ok(d) => d,
            Err(e) => panic!("{e:?}"),
        };
        assert_eq!(content, s.url);
        assert!(
            slip_data(&s)["qr_svg"]
                .as_str()
                .is_some_and(|q| q.starts_with("<?xml") || q.contains("<svg"))
        );
    }

    #[test]
    fn the_slip_speaks_the_citizens_language() {
        let nl = slip_data(&slip(Lang::Nl));
        assert_eq!(nl["lang"], "nl");
        assert!(
            nl["texts"]["sender"]
                .as_str()
                .is_some_and(|s| s.ends_with("voor Maasdal"))
        );
        assert_eq!(nl["contact"][0][1], "0800 1234");
        assert_eq!(
            nl["contact"].as_array().map(Vec::len),
            Some(1),
            "no empty hours"
        );
        let en = slip_data(&slip(Lang::En));
        assert_eq!(en["lang"], "en");
        assert_eq!(en["texts"]["reference_label"], "Your reference");
        assert_eq!(nl["code"], "123 456");
        assert_eq!(en["texts"]["code_label"], "Your code");
    }
}
