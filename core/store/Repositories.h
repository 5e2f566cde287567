#pragma once

#include "common/Result.h"
#include "model/AssociationProfile.h"
#include "model/Case.h"
#include "model/Person.h"
#include "model/Professional.h"

#include <QCoreApplication>
#include <QList>

namespace saisine {

class Clock;
class Database;

// Repositories: the only way the rest of Saisine reads and writes records. Each write is
// validated first (model/Validation.h) and runs in a transaction; errors name the record and
// the field. Inserting fills in `id`, and `uid` when it was empty.

class PersonRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
public:
    PersonRepository(Database& db, const Clock& clock);
    Status insert(Person& person);
    Status update(const Person& person);
    Status remove(qint64 id);
    Result<Person> get(qint64 id) const;
    Result<QList<Person>> all() const;

private:
    Database& m_db;
    const Clock& m_clock;
};

class ProfessionalRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProfessionalRepository)
public:
    explicit ProfessionalRepository(Database& db);
    Status insert(Professional& professional);
    Status update(const Professional& professional);
    Status remove(qint64 id);
    Result<Professional> get(qint64 id) const;
    Result<QList<Professional>> all() const;

private:
    Database& m_db;
};

class CaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)
public:
    CaseRepository(Database& db, const Clock& clock);

    // Stores the case itself (facts, forms, grounds, dates, professionals) and, when
    // `withParts`, its evidence, procedures and mandates too. An empty reference gets the
    // next free one for the year of creation ("2026-0001").
    Status insert(Case& c, bool withParts = false);
    Status update(Case& c);
    Status remove(qint64 id);

    // The case without its parts (evidence, procedures, mandates stay empty).
    Result<Case> get(qint64 id) const;
    // The case with its parts.
    Result<Case> loadFull(qint64 id) const;
    Result<qint64> idForReference(const QString& reference) const;
    Result<QList<qint64>> allIds() const; // ordered by reference
    Result<QString> nextReference(int year) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

class EvidenceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceRepository)
public:
    EvidenceRepository(Database& db, const Clock& clock);
    // Computes the SHA-256 of the file and stamps addedAt when unset.
    Status insert(Evidence& evidence);
    Status update(const Evidence& evidence);
    Status remove(qint64 id);
    Result<QList<Evidence>> forCase(qint64 caseId) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

class ProcedureRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureRepository)
public:
    explicit ProcedureRepository(Database& db);
    Status insert(Procedure& procedure); // with its events
    Status update(Procedure& procedure); // replaces the events with procedure.events
    Status remove(qint64 id);
    Status addEvent(qint64 procedureId, ProcedureEvent& event);
    Status removeEvent(qint64 eventId);
    Result<Procedure> get(qint64 id) const;
    Result<QList<Procedure>> forCase(qint64 caseId) const;
    Result<QList<Procedure>> allOpen() const;

private:
    Database& m_db;
};

class MandateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(MandateRepository)
public:
    MandateRepository(Database& db, const Clock& clock);
    Status insert(Mandate& mandate);
    Status update(const Mandate& mandate);
    Status remove(qint64 id);
    Result<QList<Mandate>> forCase(qint64 caseId) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

class AssociationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AssociationRepository)
public:
    explicit AssociationRepository(Database& db);
    Result<AssociationProfile> load() const; // empty profile when none saved yet
    Status save(const AssociationProfile& profile);

private:
    Database& m_db;
};

} // namespace saisine
