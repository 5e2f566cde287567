// Repositories of the parts a case owns (evidence, procedures with their events, mandates) and
// of the association profile.
#include "Database.h"
#include "Repositories.h"
#include "SqlSupport.h"
#include "common/Clock.h"
#include "model/Validation.h"

#include <QCryptographicHash>

namespace saisine {

using namespace sql;

namespace {

QString caseRecord(qint64 caseId)
{
    return CaseRepository::tr("case #%1").arg(caseId);
}

// ---- evidence

const QString selectEvidence = QStringLiteral("SELECT id, uid, case_id, kind, evidence_date, description, file_name, "
                                              "file_content, file_sha256, added_at FROM evidence");

Evidence readEvidence(const QSqlQuery& q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.uid = q.value(1).toString();
    e.caseId = q.value(2).toLongLong();
    e.kind = fromKey<EvidenceKind>(q.value(3).toString()).value_or(EvidenceKind::Other);
    e.date = toDate(q.value(4));
    e.description = toText(q.value(5));
    e.fileName = toText(q.value(6));
    e.fileContent = q.value(7).toByteArray();
    e.fileSha256 = toText(q.value(8));
    e.addedAt = toDateTime(q.value(9));
    return e;
}

// ---- procedures

const QString selectProcedure = QStringLiteral("SELECT id, uid, case_id, route, authority_kind, authority_name, "
                                               "authority_reference, status, notes FROM procedure");

Procedure readProcedure(const QSqlQuery& q)
{
    Procedure p;
    p.id = q.value(0).toLongLong();
    p.uid = q.value(1).toString();
    p.caseId = q.value(2).toLongLong();
    p.route = fromKey<Route>(q.value(3).toString()).value_or(Route::Conciliation);
    p.authorityKind = fromKey<AuthorityKind>(toText(q.value(4)));
    p.authorityName = toText(q.value(5));
    p.authorityReference = toText(q.value(6));
    p.status = fromKey<ProcedureStatus>(q.value(7).toString()).value_or(ProcedureStatus::Open);
    p.notes = toText(q.value(8));
    return p;
}

Status insertEvent(Database& db, qint64 procedureId, ProcedureEvent& event, const QString& record)
{
    if (!event.date.isValid()) {
        return Error {ProcedureRepository::tr("A step of the procedure has no valid date."),
                      {},
                      record,
                      QStringLiteral("events.date")};
    }
    if (event.uid.isEmpty()) {
        event.uid = newUid();
    }
    auto query =
        exec(db,
             QStringLiteral("INSERT INTO procedure_event (uid, procedure_id, kind, event_date, note) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {event.uid, procedureId, keyOf(event.kind), dateValue(event.date), textValue(event.note)}, record);
    if (!query) {
        return query.error();
    }
    event.id = query->lastInsertId().toLongLong();
    return {};
}

// toDate() for the dates of events, which are read by the hundred thousand for the deadlines
// dashboard: a plain "YYYY-MM-DD" is read directly, anything else goes through toDate() (the
// same answer, QDate::fromString() reads those ten characters the same way).
QDate eventDate(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
            int parts[3] = {0, 0, 0};
            const int starts[3] = {0, 5, 8};
            const int lengths[3] = {4, 2, 2};
            bool digits = true;
            for (int i = 0; i < 3 && digits; ++i) {
                for (int k = starts[i]; k < starts[i] + lengths[i]; ++k) {
                    const char16_t c = text.at(k).unicode();
                    if (c < u'0' || c > u'9') {
                        digits = false;
                        break;
                    }
                    parts[i] = parts[i] * 10 + (c - u'0');
                }
            }
            if (digits && parts[0] > 0) {
                return QDate(parts[0], parts[1], parts[2]);
            }
        }
    }
    return toDate(value);
}

// Events of many procedures in one query, ordered by date then by entry, filed under their
// procedure: both lists are in the order of the procedure ids, so they are walked together.
Status attachEvents(Database& db, QList<Procedure>& procedures, const QString& where, const QVariantList& values)
{
    if (procedures.isEmpty()) {
        return {};
    }
    // "p.id" rather than "e.procedure_id" (equal by the join): SQLite then sees that the rows
    // come in this order from the indexes and does not sort them all first.
    auto query = exec(db,
                      QStringLiteral("SELECT e.id, e.uid, e.procedure_id, e.kind, e.event_date, e.note "
                                     "FROM procedure_event e JOIN procedure p ON p.id = e.procedure_id ")
                          + where + QStringLiteral(" ORDER BY p.id, e.event_date, e.id"),
                      values);
    if (!query) {
        return query.error();
    }
    qsizetype next = 0; // the first procedure whose events may still come
    while (query->next()) {
        const qint64 procedureId = query->value(2).toLongLong();
        while (next < procedures.size() && procedures.at(next).id < procedureId) {
            ++next;
        }
        if (next == procedures.size()) {
            break; // events of procedures added since the procedures were read
        }
        if (procedures.at(next).id != procedureId) {
            continue; // as above
        }
        ProcedureEvent& event = procedures[next].events.emplace_back();
        event.id = query->value(0).toLongLong();
        event.uid = query->value(1).toString();
        event.kind = fromKey<ProcedureEventKind>(query->value(3).toString()).value_or(ProcedureEventKind::Other);
        event.date = eventDate(query->value(4));
        event.note = toText(query->value(5));
    }
    query->finish();
    return {};
}

Result<QList<Procedure>> selectProcedures(Database& db, const QString& where, const QVariantList& values)
{
    auto query = exec(db, selectProcedure + QStringLiteral(" p ") + where + QStringLiteral(" ORDER BY p.id"), values);
    if (!query) {
        return query.error();
    }
    QList<Procedure> procedures;
    while (query->next()) {
        procedures.append(readProcedure(*query));
    }
    query->finish();
    if (Status s = attachEvents(db, procedures, where, values); !s) {
        return s.error();
    }
    return procedures;
}

// ---- mandates

const QString selectMandate =
    QStringLiteral("SELECT id, uid, case_id, kind, signed_date, signed_place, revoked_date, notes FROM mandate");

} // namespace

// ============================================================ EvidenceRepository

EvidenceRepository::EvidenceRepository(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status EvidenceRepository::insert(Evidence& evidence)
{
    const QString record = caseRecord(evidence.caseId);
    if (Status valid = Validation::validate(evidence, record, m_clock); !valid) {
        return valid;
    }
    Evidence stored = evidence;
    if (!stored.fileContent.isEmpty()) {
        const QString digest =
            QString::fromLatin1(QCryptographicHash::hash(stored.fileContent, QCryptographicHash::Sha256).toHex());
        // A hash that came with the file (an import) must match it: the file was altered otherwise.
        if (!stored.fileSha256.isEmpty() && stored.fileSha256.compare(digest, Qt::CaseInsensitive) != 0) {
            return Error {tr("The file \"%1\" does not match its recorded SHA-256 fingerprint: it was altered.")
                              .arg(stored.fileName),
                          digest, record, QStringLiteral("evidence.fileSha256")};
        }
        stored.fileSha256 = digest;
    }
    if (stored.uid.isEmpty()) {
        stored.uid = newUid();
    }
    if (!stored.addedAt.isValid()) {
        stored.addedAt = m_clock.now().toUTC();
    }
    Status status = m_db.transaction([&]() -> Status {
        auto query = exec(
            m_db,
            QStringLiteral("INSERT INTO evidence (uid, case_id, kind, evidence_date, description, "
                           "file_name, file_content, file_sha256, added_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {stored.uid, stored.caseId, keyOf(stored.kind), dateValue(stored.date), textValue(stored.description),
             textValue(stored.fileName),
             stored.fileContent.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(stored.fileContent),
             textValue(stored.fileSha256), dateTimeValue(stored.addedAt)},
            record);
        if (!query) {
            return query.error();
        }
        stored.id = query->lastInsertId().toLongLong();
        return {};
    });
    if (status) {
        evidence = stored;
    }
    return status;
}

Status EvidenceRepository::update(const Evidence& evidence)
{
    // The file and its fingerprint never change once added: only what describes them.
    const QString record = caseRecord(evidence.caseId);
    if (Status valid = Validation::validate(evidence, record, m_clock); !valid) {
        return valid;
    }
    return m_db.transaction([&]() -> Status {
        auto query = exec(
            m_db,
            QStringLiteral("UPDATE evidence SET kind = ?, evidence_date = ?, description = ? "
                           "WHERE id = ?"),
            {keyOf(evidence.kind), dateValue(evidence.date), textValue(evidence.description), evidence.id}, record);
        if (!query) {
            return query.error();
        }
        return query->numRowsAffected() == 1 ? Status() : Status(notFound(record));
    });
}

Status EvidenceRepository::remove(qint64 id)
{
    return deleteById(m_db, QStringLiteral("evidence"), id, tr("evidence #%1").arg(id));
}

Result<QList<Evidence>> EvidenceRepository::forCase(qint64 caseId) const
{
    auto query = exec(m_db, selectEvidence + QStringLiteral(" WHERE case_id = ? ORDER BY added_at, id"), {caseId});
    if (!query) {
        return query.error();
    }
    QList<Evidence> list;
    while (query->next()) {
        list.append(readEvidence(*query));
    }
    query->finish();
    return list;
}

// ============================================================ ProcedureRepository

ProcedureRepository::ProcedureRepository(Database& db)
    : m_db(db)
{
}

Status ProcedureRepository::insert(Procedure& procedure)
{
    const QString record = caseRecord(procedure.caseId);
    if (Status valid = Validation::validate(procedure, record); !valid) {
        return valid;
    }
    Procedure stored = procedure;
    if (stored.uid.isEmpty()) {
        stored.uid = newUid();
    }
    Status status = m_db.transaction([&]() -> Status {
        auto query = exec(m_db,
                          QStringLiteral("INSERT INTO procedure (uid, case_id, route, authority_kind, authority_name, "
                                         "authority_reference, status, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {stored.uid, stored.caseId, keyOf(stored.route), optionalKey(stored.authorityKind),
                           textValue(stored.authorityName), textValue(stored.authorityReference), keyOf(stored.status),
                           textValue(stored.notes)},
                          record);
        if (!query) {
            return query.error();
        }
        stored.id = query->lastInsertId().toLongLong();
        for (ProcedureEvent& event : stored.events) {
            if (Status s = insertEvent(m_db, stored.id, event, record); !s) {
                return s;
            }
        }
        return {};
    });
    if (status) {
        procedure = stored;
    }
    return status;
}

Status ProcedureRepository::update(Procedure& procedure)
{
    const QString record = caseRecord(procedure.caseId);
    if (Status valid = Validation::validate(procedure, record); !valid) {
        return valid;
    }
    Procedure stored = procedure;
    Status status = m_db.transaction([&]() -> Status {
        auto query =
            exec(m_db,
                 QStringLiteral("UPDATE procedure SET route = ?, authority_kind = ?, authority_name = ?, "
                                "authority_reference = ?, status = ?, notes = ? WHERE id = ?"),
                 {keyOf(stored.route), optionalKey(stored.authorityKind), textValue(stored.authorityName),
                  textValue(stored.authorityReference), keyOf(stored.status), textValue(stored.notes), stored.id},
                 record);
        if (!query) {
            return query.error();
        }
        if (query->numRowsAffected() != 1) {
            return notFound(record);
        }
        auto removed =
            exec(m_db, QStringLiteral("DELETE FROM procedure_event WHERE procedure_id = ?"), {stored.id}, record);
        if (!removed) {
            return removed.error();
        }
        for (ProcedureEvent& event : stored.events) {
            if (Status s = insertEvent(m_db, stored.id, event, record); !s) {
                return s;
            }
        }
        return {};
    });
    if (status) {
        procedure = stored;
    }
    return status;
}

Status ProcedureRepository::remove(qint64 id)
{
    return deleteById(m_db, QStringLiteral("procedure"), id, tr("procedure #%1").arg(id));
}

Status ProcedureRepository::addEvent(qint64 procedureId, ProcedureEvent& event)
{
    const QString record = tr("procedure #%1").arg(procedureId);
    ProcedureEvent stored = event;
    Status status = m_db.transaction([&]() -> Status { return insertEvent(m_db, procedureId, stored, record); });
    if (status) {
        event = stored;
    } else if (status.error().detail.contains(QLatin1String("FOREIGN KEY"))) {
        return notFound(record);
    }
    return status;
}

Status ProcedureRepository::removeEvent(qint64 eventId)
{
    return deleteById(m_db, QStringLiteral("procedure_event"), eventId, tr("procedure step #%1").arg(eventId));
}

Result<Procedure> ProcedureRepository::get(qint64 id) const
{
    auto list = selectProcedures(m_db, QStringLiteral("WHERE p.id = ?"), {id});
    if (!list) {
        return list.error();
    }
    if (list->isEmpty()) {
        return notFound(tr("procedure #%1").arg(id));
    }
    return list->first();
}

Result<QList<Procedure>> ProcedureRepository::forCase(qint64 caseId) const
{
    return selectProcedures(m_db, QStringLiteral("WHERE p.case_id = ?"), {caseId});
}

Result<QList<Procedure>> ProcedureRepository::allOpen() const
{
    return selectProcedures(m_db, QStringLiteral("WHERE p.status = ?"), {keyOf(ProcedureStatus::Open)});
}

// ============================================================ MandateRepository

MandateRepository::MandateRepository(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status MandateRepository::insert(Mandate& mandate)
{
    const QString record = caseRecord(mandate.caseId);
    if (Status valid = Validation::validate(mandate, record, m_clock); !valid) {
        return valid;
    }
    Mandate stored = mandate;
    if (stored.uid.isEmpty()) {
        stored.uid = newUid();
    }
    Status status = m_db.transaction([&]() -> Status {
        auto query = exec(m_db,
                          QStringLiteral("INSERT INTO mandate (uid, case_id, kind, signed_date, signed_place, "
                                         "revoked_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {stored.uid, stored.caseId, keyOf(stored.kind), dateValue(stored.signedDate),
                           textValue(stored.signedPlace), dateValue(stored.revokedDate), textValue(stored.notes)},
                          record);
        if (!query) {
            return query.error();
        }
        stored.id = query->lastInsertId().toLongLong();
        return replaceKeys(m_db, QStringLiteral("mandate_scope"), QStringLiteral("mandate_id"), QStringLiteral("scope"),
                           stored.id, keysOf(stored.scope), record);
    });
    if (status) {
        mandate = stored;
    }
    return status;
}

Status MandateRepository::update(const Mandate& mandate)
{
    const QString record = caseRecord(mandate.caseId);
    if (Status valid = Validation::validate(mandate, record, m_clock); !valid) {
        return valid;
    }
    return m_db.transaction([&]() -> Status {
        auto query = exec(m_db,
                          QStringLiteral("UPDATE mandate SET kind = ?, signed_date = ?, signed_place = ?, "
                                         "revoked_date = ?, notes = ? WHERE id = ?"),
                          {keyOf(mandate.kind), dateValue(mandate.signedDate), textValue(mandate.signedPlace),
                           dateValue(mandate.revokedDate), textValue(mandate.notes), mandate.id},
                          record);
        if (!query) {
            return query.error();
        }
        if (query->numRowsAffected() != 1) {
            return notFound(record);
        }
        return replaceKeys(m_db, QStringLiteral("mandate_scope"), QStringLiteral("mandate_id"), QStringLiteral("scope"),
                           mandate.id, keysOf(mandate.scope), record);
    });
}

Status MandateRepository::remove(qint64 id)
{
    return deleteById(m_db, QStringLiteral("mandate"), id, tr("mandate #%1").arg(id));
}

Result<QList<Mandate>> MandateRepository::forCase(qint64 caseId) const
{
    auto query = exec(m_db, selectMandate + QStringLiteral(" WHERE case_id = ? ORDER BY id"), {caseId});
    if (!query) {
        return query.error();
    }
    QList<Mandate> list;
    while (query->next()) {
        Mandate m;
        m.id = query->value(0).toLongLong();
        m.uid = query->value(1).toString();
        m.caseId = query->value(2).toLongLong();
        m.kind = fromKey<MandateKind>(query->value(3).toString()).value_or(MandateKind::Filing);
        m.signedDate = toDate(query->value(4));
        m.signedPlace = toText(query->value(5));
        m.revokedDate = toDate(query->value(6));
        m.notes = toText(query->value(7));
        list.append(m);
    }
    query->finish();
    for (Mandate& m : list) {
        auto scope = loadKeys(m_db, QStringLiteral("mandate_scope"), QStringLiteral("mandate_id"),
                              QStringLiteral("scope"), m.id);
        if (!scope) {
            return scope.error();
        }
        m.scope = valuesOf<MandateScope>(*scope);
    }
    return list;
}

// ============================================================ AssociationRepository

AssociationRepository::AssociationRepository(Database& db)
    : m_db(db)
{
}

Result<AssociationProfile> AssociationRepository::load() const
{
    auto query = exec(m_db,
                      QStringLiteral("SELECT name, street, postcode, city, departement, phone, email, "
                                     "approval_number, approval_date, representative_name, "
                                     "representative_role, federation FROM association WHERE id = 1"));
    if (!query) {
        return query.error();
    }
    AssociationProfile profile;
    if (query->next()) {
        profile.name = toText(query->value(0));
        profile.address = {toText(query->value(1)), toText(query->value(2)), toText(query->value(3)),
                           toText(query->value(4))};
        profile.phone = toText(query->value(5));
        profile.email = toText(query->value(6));
        profile.approvalNumber = toText(query->value(7));
        profile.approvalDate = toDate(query->value(8));
        profile.representativeName = toText(query->value(9));
        profile.representativeRole = toText(query->value(10));
        profile.federation = toText(query->value(11));
    }
    query->finish();
    return profile;
}

Status AssociationRepository::save(const AssociationProfile& profile)
{
    if (Status valid = Validation::validate(profile); !valid) {
        return valid;
    }
    const QString record = Validation::tr("association profile");
    return m_db.transaction([&]() -> Status {
        auto removed = exec(m_db, QStringLiteral("DELETE FROM association"), {}, record);
        if (!removed) {
            return removed.error();
        }
        auto query = exec(m_db,
                          QStringLiteral("INSERT INTO association (id, name, street, postcode, city, departement, "
                                         "phone, email, approval_number, approval_date, representative_name, "
                                         "representative_role, federation) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?)"),
                          {profile.name, textValue(profile.address.street), textValue(profile.address.postcode),
                           textValue(profile.address.city), textValue(profile.address.departement),
                           textValue(profile.phone), textValue(profile.email), textValue(profile.approvalNumber),
                           dateValue(profile.approvalDate), textValue(profile.representativeName),
                           textValue(profile.representativeRole), textValue(profile.federation)},
                          record);
        if (!query) {
            return query.error();
        }
        return {};
    });
}

} // namespace saisine
