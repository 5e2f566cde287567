-- Saisine database format 3: the institutions directory and the register of documents.

-- The bodies letters are addressed to. Built-in entries (resources/institutions/builtin.json)
-- are not copied here: a row with the same uid corrects a built-in entry, others add to it.
CREATE TABLE institution (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    head_title TEXT,
    profession TEXT,
    street TEXT,
    postcode TEXT,
    city TEXT,
    departements TEXT, -- codes served, separated by spaces; empty: the whole country
    phone TEXT,
    email TEXT,
    notes TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX institution_kind ON institution (kind);

-- Every finalised letter or mandate, with the exact PDF that was printed or sent and its
-- SHA-256, so the association can prove what it sent. A signed mandate's scanned copy is a
-- row of its own (role 'signed_scan') pointing to the same mandate.
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'generated',
    title TEXT NOT NULL,
    recipient TEXT,
    institution_uid TEXT,
    document_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    template_version TEXT,
    mandate_id INTEGER REFERENCES mandate (id) ON DELETE SET NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE INDEX document_case ON document (case_id, document_date);
CREATE INDEX document_mandate ON document (mandate_id);

-- The association's own wording of a template; every save is a new version, the highest wins.
CREATE TABLE document_template (
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (name, version)
);

-- Images used by the letters (the association's logo).
CREATE TABLE document_asset (
    name TEXT PRIMARY KEY,
    mime_type TEXT NOT NULL,
    content BLOB NOT NULL
);
