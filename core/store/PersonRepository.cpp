#include "Database.h"
#include "Repositories.h"
#include "SqlSupport.h"
#include "model/Validation.h"

namespace saisine {

using namespace sql;

namespace {

const QString selectPerson = QStringLiteral(
    "SELECT id, uid, civility, first_name, last_name, birth_date, street, postcode, city, departement, phone, email, "
    "consent_given, consent_date, notes FROM person");

Person readPerson(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.uid = q.value(1).toString();
    p.civility = fromKey<Civility>(q.value(2).toString()).value_or(Civility::Unspecified);
    p.firstName = toText(q.value(3));
    p.lastName = toText(q.value(4));
    p.birthDate = toDate(q.value(5));
    p.address = {toText(q.value(6)), toText(q.value(7)), toText(q.value(8)), toText(q.value(9))};
    p.phone = toText(q.value(10));
    p.email = toText(q.value(11));
    p.consentGiven = q.value(12).toInt() != 0;
    p.consentDate = toDate(q.value(13));
    p.notes = toText(q.value(14));
    return p;
}

QVariantList personValues(const Person& p)
{
    return {keyOf(p.civility),         textValue(p.firstName),           p.lastName,
            dateValue(p.birthDate),    textValue(p.address.street),      textValue(p.address.postcode),
            textValue(p.address.city), textValue(p.address.departement), textValue(p.phone),
            textValue(p.email),        p.consentGiven ? 1 : 0,           dateValue(p.consentDate),
            textValue(p.notes)};
}

Status loadCoverage(Database& db, Person& p)
{
    auto keys =
        loadKeys(db, QStringLiteral("person_coverage"), QStringLiteral("person_id"), QStringLiteral("coverage"), p.id);
    if (!keys) {
        return keys.error();
    }
    p.coverage = valuesOf<Coverage>(*keys);
    return {};
}

} // namespace

PersonRepository::PersonRepository(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status PersonRepository::insert(Person& person)
{
    if (Status valid = Validation::validate(person, m_clock); !valid) {
        return valid;
    }
    const QString record = Validation::recordName(person);
    Person stored = person;
    if (stored.uid.isEmpty()) {
        stored.uid = newUid();
    }
    Status status = m_db.transaction([&]() -> Status {
        QVariantList values {stored.uid};
        values += personValues(stored);
        auto query =
            exec(m_db,
                 QStringLiteral("INSERT INTO person (uid, civility, first_name, last_name, birth_date, street, "
                                "postcode, city, departement, phone, email, consent_given, consent_date, "
                                "notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 values, record);
        if (!query) {
            return query.error();
        }
        stored.id = query->lastInsertId().toLongLong();
        return replaceKeys(m_db, QStringLiteral("person_coverage"), QStringLiteral("person_id"),
                           QStringLiteral("coverage"), stored.id, keysOf(stored.coverage), record);
    });
    if (status) {
        person = stored;
    }
    return status;
}

Status PersonRepository::update(const Person& person)
{
    if (Status valid = Validation::validate(person, m_clock); !valid) {
        return valid;
    }
    const QString record = Validation::recordName(person);
    return m_db.transaction([&]() -> Status {
        QVariantList values = personValues(person);
        values.append(person.id);
        auto query =
            exec(m_db,
                 QStringLiteral("UPDATE person SET civility = ?, first_name = ?, last_name = ?, birth_date = ?, "
                                "street = ?, postcode = ?, city = ?, departement = ?, phone = ?, email = ?, "
                                "consent_given = ?, consent_date = ?, notes = ? WHERE id = ?"),
                 values, record);
        if (!query) {
            return query.error();
        }
        if (query->numRowsAffected() != 1) {
            return notFound(record);
        }
        return replaceKeys(m_db, QStringLiteral("person_coverage"), QStringLiteral("person_id"),
                           QStringLiteral("coverage"), person.id, keysOf(person.coverage), record);
    });
}

Status PersonRepository::remove(qint64 id)
{
    return deleteById(m_db, QStringLiteral("person"), id, tr("person #%1").arg(id),
                      tr("This person still has cases: delete or reassign them first."));
}

Result<Person> PersonRepository::get(qint64 id) const
{
    auto query = exec(m_db, selectPerson + QStringLiteral(" WHERE id = ?"), {id});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return notFound(tr("person #%1").arg(id));
    }
    Person person = readPerson(*query);
    query->finish();
    if (Status s = loadCoverage(m_db, person); !s) {
        return s.error();
    }
    return person;
}

Result<QList<Person>> PersonRepository::all() const
{
    auto query = exec(m_db, selectPerson + QStringLiteral(" ORDER BY uid"));
    if (!query) {
        return query.error();
    }
    QList<Person> persons;
    while (query->next()) {
        persons.append(readPerson(*query));
    }
    query->finish();
    // One query for every person's cover rather than one per person.
    auto coverage = exec(m_db,
                         QStringLiteral("SELECT person_id, coverage FROM person_coverage ORDER BY person_id, "
                                        "position"));
    if (!coverage) {
        return coverage.error();
    }
    QHash<qint64, QStringList> keysByPerson;
    while (coverage->next()) {
        keysByPerson[coverage->value(0).toLongLong()].append(coverage->value(1).toString());
    }
    for (Person& person : persons) {
        person.coverage = valuesOf<Coverage>(keysByPerson.value(person.id));
    }
    return persons;
}

} // namespace saisine
