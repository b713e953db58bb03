//! The words of every message: Dutch (B1) and English side by side.

use super::*;
use crate::Lang;

impl Msg {
    pub fn text(&self, lang: Lang) -> String {
        use Msg::*;
        let (nl, en): (String, String) = match self {
            Required => ("Vul dit veld in.".into(), "Please fill in this field.".into()),
            TooLong(n) => (
                format!("Dit is te lang: gebruik hoogstens {n} tekens."),
                format!("This is too long: use at most {n} characters."),
            ),
            EmailInvalid => (
                "Dit is geen geldig e-mailadres. Voorbeeld: naam@voorbeeld.nl".into(),
                "This is not a valid e-mail address. Example: name@example.org".into(),
            ),
            PasswordTooShort(n) => (
                format!("Kies een wachtwoord van minstens {n} tekens."),
                format!("Choose a password of at least {n} characters."),
            ),
            PasswordsDiffer => (
                "De twee wachtwoorden zijn niet gelijk.".into(),
                "The two passwords are not the same.".into(),
            ),
            SlugInvalid => (
                "Gebruik 2 tot 40 kleine letters, cijfers of streepjes, te beginnen met een letter."
                    .into(),
                "Use 2 to 40 lower-case letters, digits or hyphens, starting with a letter.".into(),
            ),
            SlugReserved => (
                "Deze korte naam is gereserveerd. Kies een andere.".into(),
                "This short name is reserved. Choose another one.".into(),
            ),
            SlugTaken => (
                "Er is al een gemeente met deze korte naam.".into(),
                "A municipality with this short name already exists.".into(),
            ),
            NameRequired => (
                "Vul de naam van de gemeente in.".into(),
                "Please fill in the municipality's name.".into(),
            ),
            ThresholdTooLow(min) => (
                format!("De drempel moet minstens {min} zijn."),
                format!("The threshold must be at least {min}."),
            ),
            NumberInvalid => ("Vul een heel getal in.".into(), "Please enter a whole number.".into()),
            AreaUnknown(code) => (
                format!("Onbekend domein: {code}."),
                format!("Unknown area: {code}."),
            ),
            AreaNoneChosen => (
                "Kies minstens één domein.".into(),
                "Choose at least one area.".into(),
            ),
            RoleUnknown => ("Kies een rol.".into(), "Choose a role.".into()),
            TenantUnknown(slug) => (
                format!("Onbekende gemeente: {slug}."),
                format!("Unknown municipality: {slug}."),
            ),
            TenantNotChosen => (
                "Kies de gemeente waar de inwoner woont.".into(),
                "Choose the municipality where the citizen lives.".into(),
            ),
            MunicipalityNeedsOneTenant => (
                "Een medewerker van de gemeente hoort bij precies één gemeente.".into(),
                "A municipality user belongs to exactly one municipality.".into(),
            ),
            EmailTaken => (
                "Er is al een account met dit e-mailadres.".into(),
                "An account with this e-mail address already exists.".into(),
            ),
            SignInFailed => (
                "Inloggen is niet gelukt. Controleer uw e-mailadres en wachtwoord.".into(),
                "Signing in did not work. Check your e-mail address and password.".into(),
            ),
            TotpInvalid => (
                "Deze code klopt niet of is al gebruikt. Wacht op een nieuwe code en probeer het opnieuw."
                    .into(),
                "This code is wrong or was already used. Wait for a new code and try again.".into(),
            ),
            Throttled(secs) => (
                format!("Te veel pogingen. Probeer het over {} minuten opnieuw.", secs.div_ceil(60)),
                format!("Too many attempts. Try again in {} minutes.", secs.div_ceil(60)),
            ),
            SessionExpired => (
                "U was een tijd niet actief en bent uitgelogd. Log opnieuw in.".into(),
                "You were inactive for a while and have been signed out. Please sign in again."
                    .into(),
            ),
            CsrfMissing => (
                "Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.".into(),
                "The form has expired. Reload the page and try again.".into(),
            ),
            LinkInvalid => (
                "Deze link werkt niet (meer). Vraag de coördinator om een nieuwe link.".into(),
                "This link does not work (any more). Ask the coordinator for a new link.".into(),
            ),
            NotSignedIn => ("Log eerst in.".into(), "Please sign in first.".into()),
            Forbidden => (
                "U hebt geen toegang tot deze pagina.".into(),
                "You do not have access to this page.".into(),
            ),
            NotFound => (
                "Deze pagina bestaat niet.".into(),
                "This page does not exist.".into(),
            ),
            Conflict => (
                "Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.".into(),
                "Someone else changed this in the meantime. Please reload the page.".into(),
            ),
            TooLarge => (
                "Wat u verstuurde is te groot.".into(),
                "What you sent is too large.".into(),
            ),
            Malformed(detail) => (
                format!("De invoer is niet te lezen: {detail}"),
                format!("The input cannot be read: {detail}"),
            ),
            PathInvalid => (
                "Dit adres klopt niet: een deel ervan heeft niet de goede vorm (bijvoorbeeld letters waar een nummer hoort).".into(),
                "This address is not right: part of it has the wrong form (for example letters where a number belongs).".into(),
            ),
            QueryInvalid => (
                "De gegevens achter het vraagteken in het adres kloppen niet.".into(),
                "The values after the question mark in the address are not right.".into(),
            ),
            JsonInvalid => (
                "De gegevens zijn geen geldige JSON.".into(),
                "The data is not valid JSON.".into(),
            ),
            ContentTypeJson => (
                "Stuur de gegevens als JSON, met de kop Content-Type: application/json.".into(),
                "Send the data as JSON, with the header Content-Type: application/json.".into(),
            ),
            BodyUnreadable => (
                "Wat u verstuurde kwam niet helemaal of niet op tijd aan. Probeer het opnieuw.".into(),
                "What you sent did not arrive completely or in time. Please try again.".into(),
            ),
            MethodNotAllowed => (
                "Dit kan op dit adres niet. Gebruik de knoppen en links op de pagina.".into(),
                "This cannot be done at this address. Please use the buttons and links on the page.".into(),
            ),
            BadRequest => (
                "Dit verzoek is niet te lezen. Controleer het adres en probeer het opnieuw.".into(),
                "This request cannot be read. Check the address and try again.".into(),
            ),
            Internal => (
                "Er ging iets mis aan onze kant. Er is niets gewijzigd. Probeer het later opnieuw."
                    .into(),
                "Something went wrong on our side. Nothing was changed. Please try again later."
                    .into(),
            ),
            Unavailable => (
                "Naast kan de gegevens nu even niet bereiken. Er is niets gewijzigd. Probeer het over een paar minuten opnieuw.".into(),
                "Naast cannot reach its data just now. Nothing was changed. Please try again in a few minutes.".into(),
            ),
            StorageFull => (
                "Er is geen ruimte meer om gegevens te bewaren. Er is niets gewijzigd. Meld dit aan de beheerder en probeer het later opnieuw.".into(),
                "There is no room left to store data. Nothing was changed. Tell the administrator and try again later.".into(),
            ),
            UserDisabled => (
                "Dit account is uitgeschakeld.".into(),
                "This account has been disabled.".into(),
            ),
            PasswordCurrentWrong => (
                "Uw huidige wachtwoord klopt niet. Er is niets gewijzigd.".into(),
                "Your current password is not right. Nothing was changed.".into(),
            ),
            PasswordSame => (
                "Kies een ander wachtwoord dan uw huidige.".into(),
                "Choose a password other than your current one.".into(),
            ),
            CaseReferenceUnknown(r) => (
                format!("Er is geen kwestie met kenmerk {r}."),
                format!("There is no case with reference {r}."),
            ),
            HandoverTargetInvalid => (
                "Deze collega kan de kwesties niet overnemen. Kies een actieve vertrouwenspersoon of coördinator die deze gemeenten mag zien, of kies 'niemand'.".into(),
                "This colleague cannot take over the cases. Choose an active confidant or coordinator who may see these municipalities, or choose 'nobody'.".into(),
            ),
            UserNameRequired => (
                "Vul de naam in van de persoon die u uitnodigt.".into(),
                "Please fill in the name of the person you invite.".into(),
            ),
            ConfidantNeedsTenant => (
                "Kies minstens één gemeente waarvoor deze vertrouwenspersoon werkt.".into(),
                "Choose at least one municipality this confidant works for.".into(),
            ),
            EmailTakenBy(name) => (
                format!("Dit e-mailadres is al in gebruik door {name}. Gebruik een ander adres, of open het account van {name}."),
                format!("This e-mail address is already used by {name}. Use another address, or open {name}'s account."),
            ),
            PlaceholdersLeft(parts) => {
                let names = |pick: fn((&'static str, &'static str)) -> &'static str| {
                    parts
                        .iter()
                        .map(|p| format!("\"{}\"", pick(crate::placeholders::report_part_name(p))))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                (
                    format!("In de tekst staan nog vervangende woorden zoals [PERSOON-1], bij {}. Zo kan de rapportage niet naar buiten. Vervang ze door een algemene omschrijving, bijvoorbeeld \"een inwoner\" of \"een aanbieder\", sla de tekst op en controleer hem opnieuw op persoonsgegevens.", names(|n| n.0)),
                    format!("The text still holds stand-in words such as [PERSOON-1], in {}. The report cannot go out like this. Replace them with a general description, for example \"a resident\" or \"a provider\", save the text and check it again for personal data.", names(|n| n.1)),
                )
            }
            PeriodOrder => (
                "De einddatum ligt voor de begindatum.".into(),
                "The end date lies before the start date.".into(),
            ),
            CannotDisableSelf => (
                "U kunt uw eigen account niet uitschakelen.".into(),
                "You cannot disable your own account.".into(),
            ),
            CodeUnknown(code) => (
                format!("Onbekende keuze: {code}. Kies uit de lijst."),
                format!("Unknown choice: {code}. Choose from the list."),
            ),
            DateInvalid => (
                "Dit is geen geldige datum. Voorbeeld: 23-11-2026".into(),
                "This is not a valid date. Example: 2026-11-23".into(),
            ),
            DateInFuture => (
                "Deze datum ligt in de toekomst.".into(),
                "This date lies in the future.".into(),
            ),
            PlannedInPast => (
                "Deze datum is al voorbij. Een afspraak plannen kan vanaf vandaag. Was de afspraak al? Leg dan een contactmoment vast.".into(),
                "This date has passed. You can plan from today on. Did the meeting already happen? Then log a contact moment.".into(),
            ),
            OpenItemsUndecided => (
                "Deze kwestie heeft nog open taken of termijnen. Kies bij elke taak: afgerond, of bewaren als herinnering.".into(),
                "This case still has open tasks or terms. Choose for each task: done, or keep as a reminder.".into(),
            ),
            DocumentUnknown => (
                "Dit document hoort niet bij deze kwestie. Kies een document uit de lijst.".into(),
                "This document does not belong to this case. Choose a document from the list.".into(),
            ),
            PhoneInvalid => (
                "Dit is geen geldig telefoonnummer. Voorbeeld: 06 12345678".into(),
                "This is not a valid phone number. Example: +31 6 12345678".into(),
            ),
            ContactOrAnonymous => (
                "Vul een manier in om de inwoner te bereiken, of kies 'blijft anoniem'.".into(),
                "Fill in a way to reach the citizen, or choose 'stays anonymous'.".into(),
            ),
            PrimaryNatureRequired => (
                "Kies welke soort onvrede de belangrijkste is.".into(),
                "Choose which kind of dissatisfaction matters most.".into(),
            ),
            SentBeforeDated => (
                "De verzenddatum kan niet voor de datum van de brief liggen.".into(),
                "The date of sending cannot be before the date of the letter.".into(),
            ),
            ReceivedBeforeFiled => (
                "De datum van ontvangst kan niet voor de datum van indienen liggen.".into(),
                "The date of receipt cannot be before the date of filing.".into(),
            ),
            TimeInvalid => (
                "Vul een tijd in zoals 14:30.".into(),
                "Enter a time like 14:30.".into(),
            ),
            DurationInvalid => (
                "Vul de duur in minuten in, van 5 tot 720 (bijvoorbeeld 60).".into(),
                "Enter the length in minutes, from 5 to 720 (for example 60).".into(),
            ),
            MinutesInvalid => (
                "Vul het aantal minuten in als heel getal (0 tot 1440).".into(),
                "Enter the minutes as a whole number (0 to 1440).".into(),
            ),
            ClosedBeforeOpened => (
                "De kwestie kan niet afgesloten zijn voordat hij begon.".into(),
                "The case cannot be closed before it was opened.".into(),
            ),
            CaseClosed => (
                "Deze kwestie is afgesloten. Heropen hem eerst.".into(),
                "This case is closed. Reopen it first.".into(),
            ),
            VerdictChoose(field) => {
                let (nl, en) = match *field {
                    "heard" => ("Voelde u zich gehoord?", "Did you feel heard?"),
                    "knows_next" => ("Weet u wat u nu kunt doen?", "Do you know what you can do now?"),
                    _ => (
                        "Zou u de vertrouwenspersoon aanraden aan anderen?",
                        "Would you recommend the confidant to others?",
                    ),
                };
                (
                    format!("Kies een antwoord bij de vraag: {nl}"),
                    format!("Choose an answer to the question: {en}"),
                )
            }
            VerdictGiven => (
                "U heeft uw mening al gegeven. Dank u wel.".into(),
                "You gave your opinion already. Thank you.".into(),
            ),
            AttachmentTooLarge(mb) => (
                format!("Dit bestand is te groot: hoogstens {mb} MB."),
                format!("This file is too large: at most {mb} MB."),
            ),
            ColourInvalid => (
                "Geef een kleur als #rrggbb, bijvoorbeeld #00558c.".into(),
                "Give a colour as #rrggbb, for example #00558c.".into(),
            ),
            ContrastTooLow(ratio) => (
                format!("Te weinig contrast ({ratio}:1). Tekst moet minstens 4,5:1 hebben (WCAG 2.2, 1.4.3). Kies een donkerdere of lichtere kleur."),
                format!("Too little contrast ({ratio}:1). Text needs at least 4.5:1 (WCAG 2.2, 1.4.3). Choose a darker or lighter colour."),
            ),
            PeriodInvalid => (
                "Geef een periode als 2026 (jaar) of 2026-Q2, Q2 2026 of 2e kwartaal 2026 (kwartaal).".into(),
                "Give a period as 2026 (year) or 2026-Q2, Q2 2026 or 2nd quarter 2026 (quarter).".into(),
            ),
            SubmitFrom(day) => {
                let words = |lang| {
                    day.parse::<jiff::civil::Date>()
                        .map(|d| crate::terms::day_in_words(d, lang))
                        .unwrap_or_else(|_| day.clone())
                };
                (
                    format!(
                        "Deze periode is nog niet voorbij. U kunt deze rapportage indienen vanaf {}.",
                        words(Lang::Nl)
                    ),
                    format!(
                        "This period is not over yet. You can submit this report from {}.",
                        words(Lang::En)
                    ),
                )
            }
            NoQuarterlyReports(name) => (
                format!("{name} krijgt geen kwartaalrapportages, alleen een jaarrapportage. Geef een jaar, zoals 2026."),
                format!("{name} gets no quarterly reports, only an annual report. Give a year, such as 2026."),
            ),
            PeriodNotOver => (
                "Deze periode is nog niet voorbij. Publiceer na de laatste dag ervan.".into(),
                "This period is not over yet. Publish after its last day.".into(),
            ),
            ReportBlocked(true) => (
                "Niet gepubliceerd. Samen met de cijfers die al gepubliceerd zijn, kan een lezer kleine aantallen uitrekenen. Verberg eerst de extra cijfers die boven de rapportage staan. Daarna kunt u publiceren.".into(),
                "Not published. Together with the numbers already published, a reader could work out small numbers. First hide the extra numbers listed above the report. Then you can publish.".into(),
            ),
            ReportBlocked(false) => (
                "Niet gepubliceerd. Samen met de cijfers die al gepubliceerd zijn, kan een lezer kleine aantallen uitrekenen, en extra cijfers verbergen helpt niet. Vraag de beheerder van Naast om hulp.".into(),
                "Not published. Together with the numbers already published, a reader could work out small numbers, and hiding more numbers does not help. Ask the administrator of Naast for help.".into(),
            ),
            PrivacyCheckNeeded => (
                "Controleer eerst de tekst op persoonsgegevens (namen, adressen, data, nummers). Daarna kunt u verder.".into(),
                "First check the text for personal data (names, addresses, dates, numbers). Then you can go on.".into(),
            ),
            ReportState => (
                "Dat kan niet in deze stap van de rapportage. Laad de pagina opnieuw.".into(),
                "That is not possible at this step of the report. Reload the page.".into(),
            ),
            Robot => (
                "Dit bericht lijkt niet van een mens te komen. Bent u wel een mens? Laat het verborgen veld leeg en verstuur opnieuw.".into(),
                "This message does not seem to come from a person. Are you a person? Leave the hidden field empty and send again.".into(),
            ),
            LogoType => (
                "Kies een logo als PNG of JPG, hoogstens 200 kB.".into(),
                "Choose a logo as PNG or JPG, at most 200 kB.".into(),
            ),
            FontInvalid => (
                "Geef een lijst van lettertypen, gescheiden door komma's, bijvoorbeeld: Arial, sans-serif.".into(),
                "Give a list of fonts separated by commas, for example: Arial, sans-serif.".into(),
            ),
            NoStatusLink => (
                "Deze inwoner heeft nog geen statuslink. Geef eerst de link: e-mail hem of geef het briefje mee, bij \"Statuspagina voor de inwoner\" op de kwestie.".into(),
                "This citizen has no status link yet. First hand out the link: e-mail it or give them the slip, under \"Status page for the citizen\" on the case.".into(),
            ),
            WebAddressInvalid => (
                "Vul een webadres in, zonder spaties. Bijvoorbeeld www.maasdal.nl/bezwaar of https://www.maasdal.nl/bezwaar.".into(),
                "Enter a web address, without spaces. For example www.maasdal.nl/bezwaar or https://www.maasdal.nl/bezwaar.".into(),
            ),
            FilingLetterDraft => (
                "De brief voor dit bezwaar of deze klacht is nog een concept. Kies: de brief is verstuurd (met de datum), of nog niet ingediend.".into(),
                "The letter for this objection or complaint is still a draft. Choose: the letter was sent (with the date), or not filed yet.".into(),
            ),
            LetterSent => (
                "Deze brief is al verstuurd. Een verstuurde brief kunt u niet meer wijzigen. Maak zo nodig een nieuwe brief.".into(),
                "This letter has been sent. A sent letter cannot be changed. Draft a new letter if needed.".into(),
            ),
            TemplateError(detail) => (
                format!("Het sjabloon klopt niet: {detail}. Controleer de {{{{ }}}} en {{% %}}."),
                format!("The template has an error: {detail}. Check the {{{{ }}}} and {{% %}}."),
            ),
            AttachmentType => (
                "Dit soort bestand kan niet. Gebruik PDF, JPG, PNG, Word (.docx), Excel (.xlsx), OpenDocument (.odt) of tekst (.txt).".into(),
                "This kind of file is not accepted. Use PDF, JPG, PNG, Word (.docx), Excel (.xlsx), OpenDocument (.odt) or text (.txt).".into(),
            ),
            ImportFileKind => (
                "Kies een bestand van het soort .jsonl, .csv of .xlsx.".into(),
                "Choose a .jsonl, .csv or .xlsx file.".into(),
            ),
            OutcomeRequiredWhenClosed => (
                "Een afgesloten kwestie heeft een resultaat nodig.".into(),
                "A closed case needs an outcome.".into(),
            ),
            ConfirmErase => (
                "Vink aan dat de inwoner om wissen heeft gevraagd. Wissen kan niet ongedaan worden.".into(),
                "Tick that the citizen asked for erasure. Erasing cannot be undone.".into(),
            ),
            ControlCharacter => (
                "Hier staat een onzichtbaar stuurteken in dat niet mag. Typ de tekst opnieuw of plak hem als gewone tekst.".into(),
                "This contains an invisible control character that is not allowed. Type the text again or paste it as plain text.".into(),
            ),
            NumberBetween(a, b) => (
                format!("Vul een heel getal in van {a} tot en met {b}."),
                format!("Please enter a whole number from {a} to {b}."),
            ),
            SignalState => (
                "Dat kan niet in deze stap van het signaal. Laad de pagina opnieuw.".into(),
                "That is not possible at this step of the signal. Reload the page.".into(),
            ),
            SignalSecondPerson => (
                "Een tweede vertrouwenspersoon of een coördinator moet het signaal nakijken, niet wie het schreef.".into(),
                "A second confidant or a coordinator must review the signal, not the one who wrote it.".into(),
            ),
            ReportSecondPerson => (
                "Een tweede persoon moet de rapportage controleren en publiceren: niet wie haar schreef, als laatste aanpaste of ter beoordeling aanbood.".into(),
                "A second person must check and publish the report: not the one who wrote it, last changed it or submitted it for review.".into(),
            ),
            ReportChangedSinceRead => (
                "Niet gepubliceerd: de rapportage is veranderd sinds u haar opende. Lees de versie hieronder en publiceer dan opnieuw.".into(),
                "Not published: the report changed since you opened it. Read the version below, then publish again.".into(),
            ),
            CorrectionNoteNeeded => (
                "Schrijf wat deze versie verbetert. Die uitleg staat bovenaan de gecorrigeerde rapportage.".into(),
                "Write what this version corrects. That note heads the corrected report.".into(),
            ),
            SignalNoConsent { k, missing } => (
                format!("Dit signaal gaat over minder dan {k} kwesties. Dan mag het alleen weg als elke inwoner toestemming gaf voor een signaal aan deze ontvanger. Die toestemming ontbreekt bij: {missing}."),
                format!("This signal rests on fewer than {k} cases. It can then only be sent if every citizen consented to a signal to this recipient. Consent is missing for: {missing}."),
            ),
            SignalCaseUnknown(r) => (
                format!("Kwestie {r} is niet gevonden bij deze gemeente."),
                format!("Case {r} was not found for this municipality."),
            ),
            SignalProviderEmail => (
                "Vul het e-mailadres van de aanbieder in. Daar gaat de link naar het signaal heen.".into(),
                "Fill in the provider's e-mail address. The link to the signal goes there.".into(),
            ),
            SignalNoRecipient => (
                "Niemand bij de gemeente kan dit signaal lezen: er is nog geen account voor het portaal. Laat een coördinator eerst een gemeente-account aanmaken.".into(),
                "Nobody at the municipality can read this signal: there is no portal account yet. Ask a coordinator to create a municipality account first.".into(),
            ),
            PersonalDataFound(what) => (
                format!("Deze tekst lijkt persoonsgegevens te bevatten: {what}. Haal ze weg, of vink aan dat het geen persoonsgegevens zijn."),
                format!("This text seems to hold personal data: {what}. Remove it, or tick that it is not personal data."),
            ),
            CitizenOfUnknown(r) => (
                format!("Bij kwestie {r} is geen bekende inwoner gevonden bij deze gemeente. Controleer het kenmerk, of laat het veld leeg."),
                format!("No known citizen was found with case {r} for this municipality. Check the reference, or leave the field empty."),
            ),
            CitizenAlreadyLinked => (
                "Deze kwesties horen al bij dezelfde inwoner.".into(),
                "These cases already belong to the same citizen.".into(),
            ),
            PersonGone => (
                "De gegevens van deze inwoner zijn gewist. Koppelen kan niet meer.".into(),
                "This citizen's details were erased. They can no longer be linked.".into(),
            ),
            LinkLimit(crate::msg::LinkLimit::MessagesPerDay(n)) => (
                format!("U hebt vandaag al {n} berichten gestuurd. Dat is het meeste voor één dag. Morgen kunt u weer een bericht sturen. Is het dringend? Bel ons dan."),
                format!("You have already sent {n} messages today. That is the most for one day. You can send a message again tomorrow. Is it urgent? Then please call us."),
            ),
            LinkLimit(crate::msg::LinkLimit::Documents(n)) => (
                format!("Bij deze melding staan al {n} documenten. Meer kan niet. Stuur andere papieren per post, of neem ze mee naar een gesprek."),
                format!("This case already has {n} documents. No more can be added. Send other papers by post, or bring them to a meeting."),
            ),
            LinkLimit(crate::msg::LinkLimit::Megabytes(n)) => (
                format!("De documenten bij deze melding zijn samen al bijna {n} MB. Meer past er niet bij. Stuur andere papieren per post, of neem ze mee naar een gesprek."),
                format!("The documents of this case already add up to almost {n} MB. No more fit. Send other papers by post, or bring them to a meeting."),
            ),
            CaseNotClosed => (
                "Deze kwestie is niet afgesloten.".into(),
                "This case is not closed.".into(),
            ),
            ImportUnpackedTooLarge(mb) => (
                format!("Dit werkblad is uitgepakt te groot: hoogstens {mb} MB. Sla het op als CSV of verdeel het over meer bestanden."),
                format!("This workbook is too large once unpacked: at most {mb} MB. Save it as CSV or split it into several files."),
            ),
            ImportTooManyRows(n) => (
                format!("Dit bestand heeft te veel regels: hoogstens {}. Verdeel het over meer bestanden.", grouped(*n, '.')),
                format!("This file has too many rows: at most {}. Split it into several files.", grouped(*n, ',')),
            ),
        };
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

/// A number with its thousands grouped (`200.000` in Dutch, `200,000` in English).
fn grouped(n: usize, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}
