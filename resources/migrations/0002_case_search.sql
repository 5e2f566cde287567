-- Saisine database format 2: the case list and its search index.
--
-- case_list holds one row per case with what the case list shows and sorts on, so that the
-- list opens and sorts instantly with 100,000 cases instead of joining five tables per row.
-- Triggers on case_file, person, professional and case_professional keep it in step inside the
-- same transaction as every write: it can never disagree with the records it summarises.
--
-- next_deadline / next_deadline_key cache the procedure engine's answer (the earliest pending
-- deadline of the case's open procedures). The engine is C++ code reading law tables, so SQL
-- cannot compute it: CaseSearch::storeNextDeadlines rewrites the changed rows each time the
-- application computes the open procedures for the dashboard, once for all cases.
--
-- case_search is an FTS5 index over case_list (external content: the text is not stored twice).
-- The unicode61 tokenizer with remove_diacritics lets "lefevre" find "Lefèvre" and "aicha" find
-- "Aïcha" (the trigram tokenizer of SQLite 3.40 cannot ignore accents); the prefix indexes make
-- the one- and two-letter prefixes typed first as quick as longer ones.

CREATE TABLE case_list (
    case_id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL,
    person_name TEXT NOT NULL,
    professional_names TEXT NOT NULL DEFAULT '',
    profession TEXT,
    status TEXT NOT NULL,
    next_deadline TEXT,
    next_deadline_key TEXT
);
-- The sort orders of CaseSearch, so that a page in any order is read straight from an index.
-- References sort by length first: "2026-10000" comes after "2026-9999".
CREATE INDEX case_list_reference ON case_list (length(reference), reference, case_id);
CREATE INDEX case_list_person ON case_list (person_name COLLATE NOCASE, case_id);
CREATE INDEX case_list_professionals ON case_list (professional_names COLLATE NOCASE, case_id);
CREATE INDEX case_list_profession ON case_list (profession, case_id);
CREATE INDEX case_list_status ON case_list (status, case_id);
CREATE INDEX case_list_next_deadline ON case_list (next_deadline IS NULL, next_deadline, case_id);

CREATE VIRTUAL TABLE case_search USING fts5 (
    reference, person_name, professional_names,
    content = 'case_list', content_rowid = 'case_id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- Fill the list from the cases already there, then build the index from it once.
INSERT INTO case_list (case_id, reference, person_name, professional_names, profession, status)
SELECT c.id, c.reference,
       (SELECT trim(p.last_name || ' ' || coalesce(p.first_name, '')) FROM person p WHERE p.id = c.person_id),
       coalesce((SELECT group_concat(name, ', ') FROM
                    (SELECT trim(pr.last_name || ' ' || coalesce(pr.first_name, '')) AS name
                     FROM case_professional cp JOIN professional pr ON pr.id = cp.professional_id
                     WHERE cp.case_id = c.id ORDER BY cp.position)), ''),
       (SELECT pr.profession FROM case_professional cp JOIN professional pr ON pr.id = cp.professional_id
        WHERE cp.case_id = c.id ORDER BY cp.position LIMIT 1),
       c.status
FROM case_file c;

INSERT INTO case_search (case_search) VALUES ('rebuild');

-- The index follows case_list.
CREATE TRIGGER case_list_ai AFTER INSERT ON case_list BEGIN
    INSERT INTO case_search (rowid, reference, person_name, professional_names)
    VALUES (new.case_id, new.reference, new.person_name, new.professional_names);
END;

CREATE TRIGGER case_list_ad AFTER DELETE ON case_list BEGIN
    INSERT INTO case_search (case_search, rowid, reference, person_name, professional_names)
    VALUES ('delete', old.case_id, old.reference, old.person_name, old.professional_names);
END;

CREATE TRIGGER case_list_au AFTER UPDATE OF reference, person_name, professional_names ON case_list BEGIN
    INSERT INTO case_search (case_search, rowid, reference, person_name, professional_names)
    VALUES ('delete', old.case_id, old.reference, old.person_name, old.professional_names);
    INSERT INTO case_search (rowid, reference, person_name, professional_names)
    VALUES (new.case_id, new.reference, new.person_name, new.professional_names);
END;

-- case_list follows the records.
CREATE TRIGGER case_file_ai_case_list AFTER INSERT ON case_file BEGIN
    INSERT INTO case_list (case_id, reference, person_name, professional_names, profession, status)
    VALUES (new.id, new.reference,
            coalesce((SELECT trim(p.last_name || ' ' || coalesce(p.first_name, '')) FROM person p
                      WHERE p.id = new.person_id), ''),
            '', NULL, new.status);
END;

CREATE TRIGGER case_file_au_case_list AFTER UPDATE OF reference, person_id, status ON case_file BEGIN
    UPDATE case_list SET
        reference = new.reference,
        person_name = coalesce((SELECT trim(p.last_name || ' ' || coalesce(p.first_name, '')) FROM person p
                                WHERE p.id = new.person_id), ''),
        status = new.status
    WHERE case_id = new.id;
END;

CREATE TRIGGER case_file_ad_case_list AFTER DELETE ON case_file BEGIN
    DELETE FROM case_list WHERE case_id = old.id;
END;

CREATE TRIGGER person_au_case_list AFTER UPDATE OF first_name, last_name ON person BEGIN
    UPDATE case_list SET person_name = trim(new.last_name || ' ' || coalesce(new.first_name, ''))
    WHERE case_id IN (SELECT id FROM case_file WHERE person_id = new.id);
END;

CREATE TRIGGER professional_au_case_list AFTER UPDATE OF first_name, last_name, profession ON professional BEGIN
    UPDATE case_list SET
        professional_names = coalesce((SELECT group_concat(name, ', ') FROM
            (SELECT trim(pr.last_name || ' ' || coalesce(pr.first_name, '')) AS name
             FROM case_professional cp JOIN professional pr ON pr.id = cp.professional_id
             WHERE cp.case_id = case_list.case_id ORDER BY cp.position)), ''),
        profession = (SELECT pr.profession FROM case_professional cp JOIN professional pr ON pr.id = cp.professional_id
                      WHERE cp.case_id = case_list.case_id ORDER BY cp.position LIMIT 1)
    WHERE case_id IN (SELECT case_id FROM case_professional WHERE professional_id = new.id);
END;

CREATE TRIGGER case_professional_ai_case_list AFTER INSERT ON case_professional BEGIN
    UPDATE case_list SET
        professional_names = coalesce((SELECT group_concat(name, ', ') FROM
            (SELECT trim(pr.last_name || ' ' || coalesce(pr.first_name, '')) AS name
             FROM case_professional cp JOIN professional pr ON pr.id = cp.professional_id
             WHERE cp.case_id = new.case_id ORDER BY cp.position)), ''),
        profession = (SELECT pr.profession FROM case_professional cp JOIN professional pr ON pr.id = cp.professional_id
                      WHERE cp.case_id = new.case_id ORDER BY cp.position LIMIT 1)
    WHERE case_id = new.case_id;
END;

CREATE TRIGGER case_professional_au_case_list AFTER UPDATE ON case_professional BEGIN
    UPDATE case_list SET
        professional_names = coalesce((SELECT group_concat(name, ', ') FROM
            (SELECT trim(pr.last_name || ' ' || coalesce(pr.first_name, '')) AS name
             FROM case_professional cp JOIN professional pr ON pr.id = cp.professional_id
             WHERE cp.case_id = case_list.case_id ORDER BY cp.position)), ''),
        profession = (SELECT pr.profession FROM case_professional cp JOIN professional pr ON pr.id = cp.professional_id
                      WHERE cp.case_id = case_list.case_id ORDER BY cp.position LIMIT 1)
    WHERE case_id IN (old.case_id, new.case_id);
END;

CREATE TRIGGER case_professional_ad_case_list AFTER DELETE ON case_professional BEGIN
    UPDATE case_list SET
        professional_names = coalesce((SELECT group_concat(name, ', ') FROM
            (SELECT trim(pr.last_name || ' ' || coalesce(pr.first_name, '')) AS name
             FROM case_professional cp JOIN professional pr ON pr.id = cp.professional_id
             WHERE cp.case_id = old.case_id ORDER BY cp.position)), ''),
        profession = (SELECT pr.profession FROM case_professional cp JOIN professional pr ON pr.id = cp.professional_id
                      WHERE cp.case_id = old.case_id ORDER BY cp.position LIMIT 1)
    WHERE case_id = old.case_id;
END;
