#include "CaseworkService.h"

#include "store/Database.h"
#include "store/Repositories.h"

#include <QHash>

namespace saisine {

namespace {

// Brings the stored parts of one kind (evidence, procedures, mandates) in line with the edited
// list: new items (id 0) are inserted, changed ones updated, missing ones removed.
template <typename T, typename Repository>
Status syncParts(Repository& repository, qint64 caseId, QList<T> edited, const QList<T>& stored)
{
    QHash<qint64, const T*> storedById;
    for (const T& item : stored) {
        storedById.insert(item.id, &item);
    }
    QSet<qint64> kept;
    for (T& item : edited) {
        item.caseId = caseId;
        if (item.id == 0) {
            if (Status s = repository.insert(item); !s) {
                return s;
            }
            continue;
        }
        kept.insert(item.id);
        const T* before = storedById.value(item.id);
        if (before && *before == item) {
            continue;
        }
        if (Status s = repository.update(item); !s) {
            return s;
        }
    }
    for (const T& item : stored) {
        if (!kept.contains(item.id)) {
            if (Status s = repository.remove(item.id); !s) {
                return s;
            }
        }
    }
    return {};
}

} // namespace

CaseworkService::CaseworkService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status CaseworkService::createCase(IntakeRecord& intake)
{
    IntakeRecord work = intake;
    Status status = m_db.transaction([&]() -> Status {
        if (Status s = PersonRepository(m_db, m_clock).insert(work.person); !s) {
            return s;
        }
        if (work.professional.id == 0) {
            if (Status s = ProfessionalRepository(m_db).insert(work.professional); !s) {
                return s;
            }
        }
        work.caseFile.personId = work.person.id;
        work.caseFile.professionalIds = {work.professional.id};
        return CaseRepository(m_db, m_clock).insert(work.caseFile, true);
    });
    if (status) {
        intake = work;
    }
    return status;
}

Result<CaseFileRecord> CaseworkService::load(qint64 caseId) const
{
    CaseFileRecord record;
    auto c = CaseRepository(m_db, m_clock).loadFull(caseId);
    if (!c) {
        return c.error();
    }
    record.caseFile = *c;
    auto person = PersonRepository(m_db, m_clock).get(c->personId);
    if (!person) {
        return person.error();
    }
    record.person = *person;
    const ProfessionalRepository professionals(m_db);
    for (qint64 id : c->professionalIds) {
        auto professional = professionals.get(id);
        if (!professional) {
            return professional.error();
        }
        record.professionals.append(*professional);
    }
    return record;
}

Status CaseworkService::save(CaseFileRecord& edited, const CaseFileRecord& stored)
{
    const qint64 caseId = stored.caseFile.id;
    Status status = m_db.transaction([&]() -> Status {
        if (!(edited.person == stored.person)) {
            if (Status s = PersonRepository(m_db, m_clock).update(edited.person); !s) {
                return s;
            }
        }
        ProfessionalRepository professionals(m_db);
        QList<qint64> professionalIds;
        for (Professional professional : edited.professionals) {
            if (professional.id == 0) {
                if (Status s = professionals.insert(professional); !s) {
                    return s;
                }
            } else if (!stored.professionals.contains(professional)) {
                if (Status s = professionals.update(professional); !s) {
                    return s;
                }
            }
            professionalIds.append(professional.id);
        }
        Case c = edited.caseFile;
        c.id = caseId;
        c.personId = edited.person.id;
        c.professionalIds = professionalIds;
        if (Status s = CaseRepository(m_db, m_clock).update(c); !s) {
            return s;
        }
        EvidenceRepository evidence(m_db, m_clock);
        if (Status s = syncParts(evidence, caseId, edited.caseFile.evidence, stored.caseFile.evidence); !s) {
            return s;
        }
        ProcedureRepository procedures(m_db);
        if (Status s = syncParts(procedures, caseId, edited.caseFile.procedures, stored.caseFile.procedures); !s) {
            return s;
        }
        MandateRepository mandates(m_db, m_clock);
        return syncParts(mandates, caseId, edited.caseFile.mandates, stored.caseFile.mandates);
    });
    if (!status) {
        return status;
    }
    auto reloaded = load(caseId);
    if (!reloaded) {
        return reloaded.error();
    }
    edited = *reloaded;
    return {};
}

} // namespace saisine
