#include "Database.h"
#include "Repositories.h"
#include "SqlSupport.h"
#include "model/Validation.h"

namespace saisine {

using namespace sql;

namespace {

const QString selectProfessional = QStringLiteral(
    "SELECT id, uid, civility, first_name, last_name, profession, specialty, sector, pharmacist_section, rpps, "
    "establishment, street, postcode, city, departement, phone FROM professional");

Professional readProfessional(const QSqlQuery& q)
{
    Professional p;
    p.id = q.value(0).toLongLong();
    p.uid = q.value(1).toString();
    p.civility = fromKey<Civility>(q.value(2).toString()).value_or(Civility::Unspecified);
    p.firstName = toText(q.value(3));
    p.lastName = toText(q.value(4));
    p.profession = fromKey<Profession>(q.value(5).toString()).value_or(Profession::Other);
    p.specialty = toText(q.value(6));
    p.sector = fromKey<Sector>(toText(q.value(7)));
    p.pharmacistSection = fromKey<PharmacistSection>(toText(q.value(8)));
    p.rpps = toText(q.value(9));
    p.establishment = toText(q.value(10));
    p.address = {toText(q.value(11)), toText(q.value(12)), toText(q.value(13)), toText(q.value(14))};
    p.phone = toText(q.value(15));
    return p;
}

QVariantList professionalValues(const Professional& p)
{
    return {keyOf(p.civility),
            textValue(p.firstName),
            p.lastName,
            keyOf(p.profession),
            textValue(p.specialty),
            optionalKey(p.sector),
            optionalKey(p.pharmacistSection),
            textValue(p.rpps),
            textValue(p.establishment),
            textValue(p.address.street),
            textValue(p.address.postcode),
            textValue(p.address.city),
            textValue(p.address.departement),
            textValue(p.phone)};
}

} // namespace

ProfessionalRepository::ProfessionalRepository(Database& db)
    : m_db(db)
{
}

Status ProfessionalRepository::insert(Professional& professional)
{
    if (Status valid = Validation::validate(professional); !valid) {
        return valid;
    }
    const QString record = Validation::recordName(professional);
    Professional stored = professional;
    if (stored.uid.isEmpty()) {
        stored.uid = newUid();
    }
    Status status = m_db.transaction([&]() -> Status {
        QVariantList values {stored.uid};
        values += professionalValues(stored);
        auto query = exec(m_db,
                          QStringLiteral("INSERT INTO professional (uid, civility, first_name, last_name, profession, "
                                         "specialty, sector, pharmacist_section, rpps, establishment, street, "
                                         "postcode, city, departement, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?, ?, ?, ?)"),
                          values, record);
        if (!query) {
            return query.error();
        }
        stored.id = query->lastInsertId().toLongLong();
        return {};
    });
    if (status) {
        professional = stored;
    }
    return status;
}

Status ProfessionalRepository::update(const Professional& professional)
{
    if (Status valid = Validation::validate(professional); !valid) {
        return valid;
    }
    const QString record = Validation::recordName(professional);
    return m_db.transaction([&]() -> Status {
        QVariantList values = professionalValues(professional);
        values.append(professional.id);
        auto query = exec(m_db,
                          QStringLiteral("UPDATE professional SET civility = ?, first_name = ?, last_name = ?, "
                                         "profession = ?, specialty = ?, sector = ?, pharmacist_section = ?, rpps = ?, "
                                         "establishment = ?, street = ?, postcode = ?, city = ?, departement = ?, "
                                         "phone = ? WHERE id = ?"),
                          values, record);
        if (!query) {
            return query.error();
        }
        return query->numRowsAffected() == 1 ? Status() : Status(notFound(record));
    });
}

Status ProfessionalRepository::remove(qint64 id)
{
    return deleteById(m_db, QStringLiteral("professional"), id, tr("professional #%1").arg(id),
                      tr("This professional is named in cases: remove them from those cases first."));
}

Result<Professional> ProfessionalRepository::get(qint64 id) const
{
    auto query = exec(m_db, selectProfessional + QStringLiteral(" WHERE id = ?"), {id});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return notFound(tr("professional #%1").arg(id));
    }
    Professional professional = readProfessional(*query);
    query->finish();
    return professional;
}

Result<QList<Professional>> ProfessionalRepository::all() const
{
    auto query = exec(m_db, selectProfessional + QStringLiteral(" ORDER BY uid"));
    if (!query) {
        return query.error();
    }
    QList<Professional> professionals;
    while (query->next()) {
        professionals.append(readProfessional(*query));
    }
    query->finish();
    return professionals;
}

} // namespace saisine
