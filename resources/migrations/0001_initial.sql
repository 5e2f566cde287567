-- Saisine database format 1: the case model.
-- Enumerations are stored as the stable ASCII keys of core/model/Vocabulary.cpp; dates as ISO
-- text (YYYY-MM-DD), timestamps as ISO UTC text. Lists keep the order the caseworker gave.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE association (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    street TEXT,
    postcode TEXT,
    city TEXT,
    departement TEXT,
    phone TEXT,
    email TEXT,
    approval_number TEXT,
    approval_date TEXT,
    representative_name TEXT,
    representative_role TEXT,
    federation TEXT
);

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    civility TEXT NOT NULL,
    first_name TEXT,
    last_name TEXT NOT NULL,
    birth_date TEXT,
    street TEXT,
    postcode TEXT,
    city TEXT,
    departement TEXT,
    phone TEXT,
    email TEXT,
    consent_given INTEGER NOT NULL DEFAULT 0,
    consent_date TEXT,
    notes TEXT
);
CREATE INDEX person_last_name ON person (last_name);

CREATE TABLE person_coverage (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    coverage TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (person_id, coverage)
);

CREATE TABLE professional (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    civility TEXT NOT NULL,
    first_name TEXT,
    last_name TEXT NOT NULL,
    profession TEXT NOT NULL,
    specialty TEXT,
    sector TEXT,
    pharmacist_section TEXT,
    rpps TEXT,
    establishment TEXT,
    street TEXT,
    postcode TEXT,
    city TEXT,
    departement TEXT,
    phone TEXT
);
CREATE INDEX professional_rpps ON professional (rpps);
CREATE INDEX professional_name ON professional (last_name, profession);

CREATE TABLE case_file (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    place TEXT,
    other_form_description TEXT,
    stated_reason TEXT,
    narrative TEXT,
    status TEXT NOT NULL,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX case_file_person ON case_file (person_id);
CREATE INDEX case_file_status ON case_file (status);

CREATE TABLE case_professional (
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    professional_id INTEGER NOT NULL REFERENCES professional (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (case_id, professional_id)
);
CREATE INDEX case_professional_professional ON case_professional (professional_id);

CREATE TABLE case_fact_date (
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    fact_date TEXT NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_form (
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    form TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (case_id, form)
);

CREATE TABLE case_ground (
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    ground TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (case_id, ground)
);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    evidence_date TEXT,
    description TEXT,
    file_name TEXT,
    file_content BLOB,
    file_sha256 TEXT,
    added_at TEXT NOT NULL
);
CREATE INDEX evidence_case ON evidence (case_id);

CREATE TABLE procedure (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    route TEXT NOT NULL,
    authority_kind TEXT,
    authority_name TEXT,
    authority_reference TEXT,
    status TEXT NOT NULL,
    notes TEXT
);
CREATE INDEX procedure_case ON procedure (case_id);
CREATE INDEX procedure_status ON procedure (status);

CREATE TABLE procedure_event (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    procedure_id INTEGER NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    event_date TEXT NOT NULL,
    note TEXT
);
CREATE INDEX procedure_event_procedure ON procedure_event (procedure_id, event_date);

CREATE TABLE mandate (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    signed_date TEXT,
    signed_place TEXT,
    revoked_date TEXT,
    notes TEXT
);
CREATE INDEX mandate_case ON mandate (case_id);

CREATE TABLE mandate_scope (
    mandate_id INTEGER NOT NULL REFERENCES mandate (id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (mandate_id, scope)
);
