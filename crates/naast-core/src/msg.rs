//! Every message a person reads about a problem, in plain Dutch (B1) and English.
//!
//! Messages are neutral where a detail would help an attacker: a failed sign-in never says
//! whether the account exists.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Required,
    TooLong(usize),
    EmailInvalid,
    PasswordTooShort(usize),
    PasswordsDiffer,
    SlugInvalid,
    SlugReserved,
    SlugTaken,
    NameRequired,
    ThresholdTooLow(u32),
    NumberInvalid,
    AreaUnknown(String),
    AreaNoneChosen,
    RoleUnknown,
    TenantUnknown(String),
    /// An intake without a municipality chosen.
    TenantNotChosen,
    MunicipalityNeedsOneTenant,
    EmailTaken,
    SignInFailed,
    TotpInvalid,
    Throttled(u64),
    SessionExpired,
    CsrfMissing,
    LinkInvalid,
    NotSignedIn,
    Forbidden,
    NotFound,
    Conflict,
    TooLarge,
    Malformed(String),
    /// A part of the address has the wrong form (letters where a number belongs).
    PathInvalid,
    /// The values after `?` in the address cannot be read.
    QueryInvalid,
    /// A JSON body that is not JSON.
    JsonInvalid,
    /// A JSON route got another content type, or none.
    ContentTypeJson,
    /// The body did not arrive completely or in time.
    BodyUnreadable,
    /// The route exists, but not for this method.
    MethodNotAllowed,
    /// Any other request the framework could not read.
    BadRequest,
    Internal,
    /// The database cannot be reached right now (503).
    Unavailable,
    /// The database has no room to write (507).
    StorageFull,
    UserDisabled,
    CannotDisableSelf,
    CodeUnknown(String),
    DateInvalid,
    DateInFuture,
    /// A planned activity on a day that has passed.
    PlannedInPast,
    /// Closing a kwestie with open tasks: choose for each what happens to it.
    OpenItemsUndecided,
    /// A document chosen for a message that is not one of this kwestie's.
    DocumentUnknown,
    PhoneInvalid,
    ContactOrAnonymous,
    PrimaryNatureRequired,
    SentBeforeDated,
    /// An acknowledgement of receipt dated before the procedure was filed.
    ReceivedBeforeFiled,
    MinutesInvalid,
    /// An appointment's time that is no time of day.
    TimeInvalid,
    /// An appointment's length outside 5 minutes to 12 hours.
    DurationInvalid,
    ClosedBeforeOpened,
    CaseClosed,
    CaseNotClosed,
    /// A verdict question (its field: `heard`, `knows_next`, `recommend`) left unanswered, or
    /// answered with something not offered.
    VerdictChoose(&'static str),
    /// The kwestie's verdict was given already: one per kwestie.
    VerdictGiven,
    /// An import workbook unpacks to more than this many MB.
    ImportUnpackedTooLarge(u64),
    /// An import file holds more than this many rows.
    ImportTooManyRows(usize),
    ConfirmErase,
    OutcomeRequiredWhenClosed,
    ImportFileKind,
    AttachmentTooLarge(usize),
    AttachmentType,
    TemplateError(String),
    /// A web address that does not start with `https://` (or `http://`), or holds spaces.
    WebAddressInvalid,
    /// A letter marked sent cannot be changed or sent again.
    LetterSent,
    /// Closing as "objection (or complaint) filed" while the letter for it is still a draft:
    /// say it went out, or close as not filed yet.
    FilingLetterDraft,
    NoStatusLink,
    ColourInvalid,
    ContrastTooLow(String),
    FontInvalid,
    LogoType,
    /// The form's hidden field was filled in: a robot, or a person's browser filling in too much.
    Robot,
    /// A report period that is not `YYYY` or `YYYY-Qn`.
    PeriodInvalid,
    /// A period can only be published once it is over.
    PeriodNotOver,
    /// A report can be submitted from the day after its period (the day given, `YYYY-MM-DD`;
    /// the message says it in words).
    SubmitFrom(String),
    /// The municipality (named) gets annual reports only.
    NoQuarterlyReports(String),
    /// The audit gate found numbers that can be worked out; `true`: hiding more in the period
    /// fixes it, and the report's page offers that.
    ReportBlocked(bool),
    /// The report is published (or in another state) and cannot be changed that way.
    ReportState,
    /// Free text must be checked for personal data before it leaves the office.
    PrivacyCheckNeeded,
    /// A whole number between the two bounds (inclusive).
    NumberBetween(u32, u32),
    /// The text holds a control character (NUL, escape, …) other than a newline or a tab.
    ControlCharacter,
    /// The signal is in another step of its workflow.
    SignalState,
    /// A signal is reviewed by someone other than the one who wrote it.
    SignalSecondPerson,
    /// A report is published by someone who neither wrote, last changed nor submitted it.
    ReportSecondPerson,
    /// The report changed since the publisher read it: nothing was published.
    ReportChangedSinceRead,
    /// A correction (a new version of a published report) says what it corrects.
    CorrectionNoteNeeded,
    /// Below the threshold, every kwestie needs the citizen's consent; the text names those
    /// without (their references: the confidant's own view).
    SignalNoConsent {
        k: u32,
        missing: String,
    },
    /// A case reference in a signal that is not a kwestie of this tenant.
    SignalCaseUnknown(String),
    /// A provider addressee needs an e-mail address to receive the link.
    SignalProviderEmail,
    /// The municipality has no portal user yet: nobody would read the signal.
    SignalNoRecipient,
    /// Free text going out seems to hold personal data; the text names what was found.
    PersonalDataFound(String),
    /// A reference that is no kwestie with a known citizen of this tenant.
    CitizenOfUnknown(String),
    /// The two kwesties already have the same citizen.
    CitizenAlreadyLinked,
    /// The person's details were destroyed (retention or erasure).
    PersonGone,
    /// A limit on what a status link may add was reached; the text says which.
    LinkLimit(LinkLimit),
    /// The current password given to change it is wrong.
    PasswordCurrentWrong,
    /// The new password is the current one.
    PasswordSame,
    /// No kwestie has this reference (a filter of the audit log).
    CaseReferenceUnknown(String),
    /// The colleague chosen to take over kwesties cannot take them (disabled, wrong role or
    /// municipalities).
    HandoverTargetInvalid,
    /// A period whose end lies before its start.
    PeriodOrder,
    /// An invitation without the person's name.
    UserNameRequired,
    /// A confidant invited without a municipality to work for.
    ConfidantNeedsTenant,
    /// The e-mail address belongs to this user already (their name).
    EmailTakenBy(String),
    /// A report text still holds de-identification placeholders (`[PERSOON-1]`) in these
    /// parts (field codes: `themes`, `stories`, …, `correction`).
    PlaceholdersLeft(Vec<String>),
}

/// The limits on what anyone holding a status link may write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkLimit {
    /// Messages per link per day.
    MessagesPerDay(u32),
    /// Documents per kwestie.
    Documents(u32),
    /// Megabytes of documents per kwestie.
    Megabytes(u32),
}

mod text;
