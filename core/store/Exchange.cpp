#include "Exchange.h"

#include "Database.h"
#include "Repositories.h"
#include "common/Clock.h"
#include "documents/DocumentRegister.h"
#include "institutions/InstitutionDirectory.h"
#include "model/Validation.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace saisine {

namespace {

// ------------------------------------------------------------------ writing

void putText(QJsonObject& object, const char* key, const QString& text)
{
    if (!text.isEmpty()) {
        object.insert(QLatin1String(key), text);
    }
}

void putDate(QJsonObject& object, const char* key, const QDate& date)
{
    if (date.isValid()) {
        object.insert(QLatin1String(key), date.toString(Qt::ISODate));
    }
}

void putDateTime(QJsonObject& object, const char* key, const QDateTime& dateTime)
{
    if (dateTime.isValid()) {
        object.insert(QLatin1String(key), dateTime.toUTC().toString(Qt::ISODate));
    }
}

template <typename E>
void putKeys(QJsonObject& object, const char* key, const QList<E>& values)
{
    if (!values.isEmpty()) {
        QJsonArray keys;
        for (E value : values) {
            keys.append(keyOf(value));
        }
        object.insert(QLatin1String(key), keys);
    }
}

QJsonObject addressJson(const Address& address)
{
    QJsonObject object;
    putText(object, "street", address.street);
    putText(object, "postcode", address.postcode);
    putText(object, "city", address.city);
    putText(object, "departement", address.departement);
    return object;
}

void putAddress(QJsonObject& object, const Address& address)
{
    if (!address.isEmpty() || !address.departement.isEmpty()) {
        object.insert(QLatin1String("address"), addressJson(address));
    }
}

QJsonObject personJson(const Person& p)
{
    QJsonObject o;
    o.insert(QLatin1String("uid"), p.uid);
    o.insert(QLatin1String("civility"), keyOf(p.civility));
    putText(o, "firstName", p.firstName);
    o.insert(QLatin1String("lastName"), p.lastName);
    putDate(o, "birthDate", p.birthDate);
    putAddress(o, p.address);
    putText(o, "phone", p.phone);
    putText(o, "email", p.email);
    putKeys(o, "coverage", p.coverage);
    o.insert(QLatin1String("consentGiven"), p.consentGiven);
    putDate(o, "consentDate", p.consentDate);
    putText(o, "notes", p.notes);
    return o;
}

QJsonObject professionalJson(const Professional& p)
{
    QJsonObject o;
    o.insert(QLatin1String("uid"), p.uid);
    o.insert(QLatin1String("civility"), keyOf(p.civility));
    putText(o, "firstName", p.firstName);
    o.insert(QLatin1String("lastName"), p.lastName);
    o.insert(QLatin1String("profession"), keyOf(p.profession));
    putText(o, "specialty", p.specialty);
    if (p.sector) {
        o.insert(QLatin1String("sector"), keyOf(*p.sector));
    }
    if (p.pharmacistSection) {
        o.insert(QLatin1String("pharmacistSection"), keyOf(*p.pharmacistSection));
    }
    putText(o, "rpps", p.rpps);
    putText(o, "establishment", p.establishment);
    putAddress(o, p.address);
    putText(o, "phone", p.phone);
    return o;
}

QJsonObject evidenceJson(const Evidence& e)
{
    QJsonObject o;
    o.insert(QLatin1String("uid"), e.uid);
    o.insert(QLatin1String("kind"), keyOf(e.kind));
    putDate(o, "date", e.date);
    putText(o, "description", e.description);
    putText(o, "fileName", e.fileName);
    if (!e.fileContent.isEmpty()) {
        o.insert(QLatin1String("fileContent"), QString::fromLatin1(e.fileContent.toBase64()));
    }
    putText(o, "fileSha256", e.fileSha256);
    putDateTime(o, "addedAt", e.addedAt);
    return o;
}

QJsonObject procedureJson(const Procedure& p)
{
    QJsonObject o;
    o.insert(QLatin1String("uid"), p.uid);
    o.insert(QLatin1String("route"), keyOf(p.route));
    if (p.authorityKind) {
        o.insert(QLatin1String("authorityKind"), keyOf(*p.authorityKind));
    }
    putText(o, "authorityName", p.authorityName);
    putText(o, "authorityReference", p.authorityReference);
    o.insert(QLatin1String("status"), keyOf(p.status));
    putText(o, "notes", p.notes);
    QJsonArray events;
    for (const ProcedureEvent& e : p.events) {
        QJsonObject event;
        event.insert(QLatin1String("uid"), e.uid);
        event.insert(QLatin1String("kind"), keyOf(e.kind));
        putDate(event, "date", e.date);
        putText(event, "note", e.note);
        events.append(event);
    }
    o.insert(QLatin1String("events"), events);
    return o;
}

QJsonObject mandateJson(const Mandate& m)
{
    QJsonObject o;
    o.insert(QLatin1String("uid"), m.uid);
    o.insert(QLatin1String("kind"), keyOf(m.kind));
    putKeys(o, "scope", m.scope);
    putDate(o, "signedDate", m.signedDate);
    putText(o, "signedPlace", m.signedPlace);
    putDate(o, "revokedDate", m.revokedDate);
    putText(o, "notes", m.notes);
    return o;
}

QJsonObject associationJson(const AssociationProfile& a)
{
    QJsonObject o;
    o.insert(QLatin1String("name"), a.name);
    putAddress(o, a.address);
    putText(o, "phone", a.phone);
    putText(o, "email", a.email);
    putText(o, "approvalNumber", a.approvalNumber);
    putDate(o, "approvalDate", a.approvalDate);
    putText(o, "representativeName", a.representativeName);
    putText(o, "representativeRole", a.representativeRole);
    putText(o, "federation", a.federation);
    return o;
}

// Institutions directory and document register (format 1 additions: both sections are left
// out when empty, so files of databases without them are unchanged).
QJsonObject institutionJson(const Institution& i)
{
    QJsonObject o;
    o.insert(QLatin1String("uid"), i.uid);
    o.insert(QLatin1String("kind"), keyOf(i.kind));
    o.insert(QLatin1String("name"), i.name);
    putText(o, "headTitle", i.headTitle);
    if (i.profession) {
        o.insert(QLatin1String("profession"), keyOf(*i.profession));
    }
    putAddress(o, Address {i.street, i.postcode, i.city, {}});
    if (!i.departements.isEmpty()) {
        o.insert(QLatin1String("departements"), QJsonArray::fromStringList(i.departements));
    }
    putText(o, "phone", i.phone);
    putText(o, "email", i.email);
    putText(o, "notes", i.notes);
    putDateTime(o, "updatedAt", i.updatedAt);
    return o;
}

QJsonObject documentJson(const StoredDocument& d, const QString& caseUid, const QString& mandateUid)
{
    QJsonObject o;
    o.insert(QLatin1String("uid"), d.uid);
    o.insert(QLatin1String("case"), caseUid);
    o.insert(QLatin1String("kind"), DocumentKinds::key(d.kind));
    o.insert(QLatin1String("role"), DocumentRegister::roleKey(d.role));
    o.insert(QLatin1String("title"), d.title);
    putText(o, "recipient", d.recipient);
    putText(o, "institution", d.institutionUid);
    putDate(o, "date", d.date);
    putDateTime(o, "createdAt", d.createdAt);
    putText(o, "templateVersion", d.templateVersion);
    putText(o, "mandate", mandateUid);
    o.insert(QLatin1String("fileName"), d.fileName);
    o.insert(QLatin1String("mimeType"), d.mimeType);
    o.insert(QLatin1String("content"), QString::fromLatin1(d.content.toBase64()));
    o.insert(QLatin1String("sha256"), d.sha256);
    return o;
}

// ------------------------------------------------------------------ reading

// Reads one JSON object strictly: unknown keys, wrong types and missing required fields stop
// the import with an Error naming the record and the field (first error wins).
class ObjectReader
{
public:
    ObjectReader(const QJsonValue& value, QString record, QString prefix, std::optional<Error>& error)
        : m_record(std::move(record))
        , m_prefix(std::move(prefix))
        , m_error(error)
    {
        if (!value.isObject()) {
            fail(QString(), Exchange::tr("Expected an object ({...})."));
        }
        m_object = value.toObject();
    }

    const QString& record() const { return m_record; }
    const QString& prefix() const { return m_prefix; }
    bool ok() const { return !m_error.has_value(); }

    void allowOnly(std::initializer_list<const char*> keys)
    {
        if (!ok()) {
            return;
        }
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            const bool known = std::any_of(keys.begin(), keys.end(),
                                           [&](const char* key) { return it.key() == QLatin1StringView(key); });
            if (!known) {
                fail(it.key(),
                     Exchange::tr("Unknown field \"%1\": this file was not written for this format, or the "
                                  "name is misspelt.")
                         .arg(it.key()));
                return;
            }
        }
    }

    QJsonValue value(const char* key) const { return m_object.value(QLatin1String(key)); }
    bool has(const char* key) const { return m_object.contains(QLatin1String(key)); }

    QString string(const char* key, bool required = false)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                missing(key);
            }
            return {};
        }
        if (!v.isString()) {
            fail(QLatin1String(key), Exchange::tr("Expected text."));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty()) {
            missing(key);
        }
        return v.toString();
    }

    bool boolean(const char* key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            return false;
        }
        if (!v.isBool()) {
            fail(QLatin1String(key), Exchange::tr("Expected true or false."));
            return false;
        }
        return v.toBool();
    }

    QDate date(const char* key, bool required = false)
    {
        const QString text = string(key, required);
        if (text.isEmpty() || !ok()) {
            return {};
        }
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10) {
            fail(QLatin1String(key), Exchange::tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(text));
            return {};
        }
        return d;
    }

    QDateTime dateTime(const char* key, bool required = false)
    {
        const QString text = string(key, required);
        if (text.isEmpty() || !ok()) {
            return {};
        }
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
        // A time without "Z" or an offset would be read in the importing machine's time zone:
        // the same file would give different data on two laptops.
        if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime) {
            fail(QLatin1String(key), Exchange::tr("\"%1\" is not a time of the form YYYY-MM-DDThh:mm:ssZ.").arg(text));
            return {};
        }
        // The database keeps whole seconds; milliseconds would be lost on the next export anyway.
        const QDateTime utc = dt.toUTC();
        return utc.addMSecs(-utc.time().msec());
    }

    template <typename E>
    std::optional<E> optionalEnum(const char* key)
    {
        const QString text = string(key);
        if (text.isEmpty() || !ok()) {
            return std::nullopt;
        }
        return enumFrom<E>(QLatin1String(key), text);
    }

    template <typename E>
    E requiredEnum(const char* key)
    {
        const QString text = string(key, true);
        if (!ok()) {
            return E {};
        }
        return enumFrom<E>(QLatin1String(key), text).value_or(E {});
    }

    template <typename E>
    QList<E> enumList(const char* key)
    {
        QList<E> values;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size() && ok(); ++i) {
            const QString field = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
            if (!items.at(i).isString()) {
                fail(field, Exchange::tr("Expected text."));
                break;
            }
            if (auto v = enumFrom<E>(field, items.at(i).toString())) {
                values.append(*v);
            }
        }
        return values;
    }

    QJsonArray array(const char* key, bool required = false)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                missing(key);
            }
            return {};
        }
        if (!v.isArray()) {
            fail(QLatin1String(key), Exchange::tr("Expected a list ([...])."));
            return {};
        }
        return v.toArray();
    }

    void fail(const QString& field, const QString& message)
    {
        if (!m_error) {
            m_error = Error {message, {}, m_record, m_prefix + field};
        }
    }

private:
    void missing(const char* key) { fail(QLatin1String(key), Exchange::tr("This field is required.")); }

    template <typename E>
    std::optional<E> enumFrom(const QString& field, const QString& text)
    {
        auto v = fromKey<E>(text);
        if (!v) {
            fail(field,
                 Exchange::tr("\"%1\" is not one of the allowed values: %2.")
                     .arg(text, allKeys<E>().join(QStringLiteral(", "))));
        }
        return v;
    }

    QJsonObject m_object;
    QString m_record;
    QString m_prefix;
    std::optional<Error>& m_error;
};

Address readAddress(ObjectReader& parent)
{
    if (!parent.has("address")) {
        return {};
    }
    std::optional<Error> error;
    ObjectReader r(parent.value("address"), parent.record(), parent.prefix() + QStringLiteral("address."), error);
    r.allowOnly({"street", "postcode", "city", "departement"});
    Address a {r.string("street"), r.string("postcode"), r.string("city"), r.string("departement")};
    if (error) {
        parent.fail(error->field.mid(parent.prefix().size()), error->message);
    }
    return a;
}

Person readPerson(ObjectReader& r)
{
    r.allowOnly({"uid", "civility", "firstName", "lastName", "birthDate", "address", "phone", "email", "coverage",
                 "consentGiven", "consentDate", "notes"});
    Person p;
    p.uid = r.string("uid", true);
    p.civility = r.optionalEnum<Civility>("civility").value_or(Civility::Unspecified);
    p.firstName = r.string("firstName");
    p.lastName = r.string("lastName", true);
    p.birthDate = r.date("birthDate");
    p.address = readAddress(r);
    p.phone = r.string("phone");
    p.email = r.string("email");
    p.coverage = r.enumList<Coverage>("coverage");
    p.consentGiven = r.boolean("consentGiven");
    p.consentDate = r.date("consentDate");
    p.notes = r.string("notes");
    return p;
}

Professional readProfessional(ObjectReader& r)
{
    r.allowOnly({"uid", "civility", "firstName", "lastName", "profession", "specialty", "sector", "pharmacistSection",
                 "rpps", "establishment", "address", "phone"});
    Professional p;
    p.uid = r.string("uid", true);
    p.civility = r.optionalEnum<Civility>("civility").value_or(Civility::Unspecified);
    p.firstName = r.string("firstName");
    p.lastName = r.string("lastName", true);
    p.profession = r.requiredEnum<Profession>("profession");
    p.specialty = r.string("specialty");
    p.sector = r.optionalEnum<Sector>("sector");
    p.pharmacistSection = r.optionalEnum<PharmacistSection>("pharmacistSection");
    p.rpps = r.string("rpps");
    p.establishment = r.string("establishment");
    p.address = readAddress(r);
    p.phone = r.string("phone");
    return p;
}

AssociationProfile readAssociation(ObjectReader& r)
{
    r.allowOnly({"name", "address", "phone", "email", "approvalNumber", "approvalDate", "representativeName",
                 "representativeRole", "federation"});
    AssociationProfile a;
    a.name = r.string("name", true);
    a.address = readAddress(r);
    a.phone = r.string("phone");
    a.email = r.string("email");
    a.approvalNumber = r.string("approvalNumber");
    a.approvalDate = r.date("approvalDate");
    a.representativeName = r.string("representativeName");
    a.representativeRole = r.string("representativeRole");
    a.federation = r.string("federation");
    return a;
}

// The institutions directory and the document register, in and out of the exchange file.
Status exportDirectoryAndRegister(Database& db, const Clock& clock, QJsonObject& root,
                                  const QHash<qint64, QString>& caseUid, const QHash<qint64, QString>& mandateUid)
{
    auto institutions = InstitutionDirectory(db, clock).stored();
    if (!institutions) {
        return institutions.error();
    }
    if (!institutions->isEmpty()) {
        QJsonArray array;
        for (const Institution& i : *institutions) {
            array.append(institutionJson(i));
        }
        root.insert(QLatin1String("institutions"), array);
    }
    auto documents = DocumentRegister(db, clock).all();
    if (!documents) {
        return documents.error();
    }
    if (!documents->isEmpty()) {
        QJsonArray array;
        for (const StoredDocument& d : *documents) {
            array.append(documentJson(d, caseUid.value(d.caseId), mandateUid.value(d.mandateId)));
        }
        root.insert(QLatin1String("documents"), array);
    }
    return {};
}

struct PendingDocument
{
    StoredDocument document;
    QString record;
    QString caseUid;
    QString mandateUid;
};

struct PendingRegister
{
    QList<Institution> institutions;
    QList<PendingDocument> documents;
};

void readDirectoryAndRegister(ObjectReader& root, std::optional<Error>& error, const QSet<QString>& caseUids,
                              PendingRegister& pending)
{
    const QJsonArray institutions = root.array("institutions");
    for (qsizetype i = 0; i < institutions.size() && !error; ++i) {
        ObjectReader r(institutions.at(i), QStringLiteral("institutions[%1]").arg(i), {}, error);
        r.allowOnly({"uid", "kind", "name", "headTitle", "profession", "address", "departements", "phone", "email",
                     "notes", "updatedAt"});
        Institution institution;
        institution.uid = r.string("uid", true);
        institution.kind = r.requiredEnum<InstitutionKind>("kind");
        institution.name = r.string("name", true);
        institution.headTitle = r.string("headTitle");
        institution.profession = r.optionalEnum<Profession>("profession");
        const Address address = readAddress(r);
        institution.street = address.street;
        institution.postcode = address.postcode;
        institution.city = address.city;
        const QJsonArray departements = r.array("departements");
        for (qsizetype k = 0; k < departements.size() && !error; ++k) {
            if (!departements.at(k).isString()) {
                r.fail(QStringLiteral("departements[%1]").arg(k), Exchange::tr("Expected text."));
            }
            institution.departements.append(departements.at(k).toString());
        }
        institution.phone = r.string("phone");
        institution.email = r.string("email");
        institution.notes = r.string("notes");
        institution.updatedAt = r.dateTime("updatedAt");
        pending.institutions.append(institution);
    }
    const QJsonArray documents = root.array("documents");
    for (qsizetype i = 0; i < documents.size() && !error; ++i) {
        const QString record = QStringLiteral("documents[%1]").arg(i);
        ObjectReader r(documents.at(i), record, {}, error);
        r.allowOnly({"uid", "case", "kind", "role", "title", "recipient", "institution", "date", "createdAt",
                     "templateVersion", "mandate", "fileName", "mimeType", "content", "sha256"});
        PendingDocument item;
        item.record = record;
        StoredDocument& d = item.document;
        d.uid = r.string("uid", true);
        item.caseUid = r.string("case", true);
        if (error) {
            break;
        }
        if (!caseUids.contains(item.caseUid)) {
            r.fail(QStringLiteral("case"), Exchange::tr("No case with uid \"%1\" in this file.").arg(item.caseUid));
            break;
        }
        const QString kind = r.string("kind", true);
        if (!error && !DocumentKinds::fromKey(kind)) {
            r.fail(QStringLiteral("kind"), Exchange::tr("\"%1\" is not a kind of document.").arg(kind));
        }
        d.kind = DocumentKinds::fromKey(kind).value_or(DocumentKind::ComplaintCpam);
        const QString role = r.string("role", true);
        if (!error && role != QLatin1String("generated") && role != QLatin1String("signed_scan")) {
            r.fail(QStringLiteral("role"),
                   Exchange::tr("\"%1\" is not one of the allowed values: generated, "
                                "signed_scan.")
                       .arg(role));
        }
        d.role = role == QLatin1String("signed_scan") ? DocumentRole::SignedScan : DocumentRole::Generated;
        d.title = r.string("title", true);
        d.recipient = r.string("recipient");
        d.institutionUid = r.string("institution");
        d.date = r.date("date", true);
        d.createdAt = r.dateTime("createdAt", true);
        d.templateVersion = r.string("templateVersion");
        item.mandateUid = r.string("mandate");
        d.fileName = r.string("fileName", true);
        d.mimeType = r.string("mimeType", true);
        const QString content = r.string("content", true);
        if (!error) {
            auto decoded = QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                r.fail(QStringLiteral("content"), Exchange::tr("The file content is not valid base64."));
            }
            d.content = *decoded;
        }
        d.sha256 = r.string("sha256", true);
        if (!error && DocumentRegister::sha256Of(d.content) != d.sha256) {
            r.fail(QStringLiteral("sha256"),
                   Exchange::tr("The document no longer matches its SHA-256: it was changed after it was stored."));
        }
        pending.documents.append(item);
    }
}

Status writeDirectoryAndRegister(Database& db, const Clock& clock, PendingRegister& pending,
                                 const QHash<QString, qint64>& caseIds, const QHash<QString, qint64>& mandateIds)
{
    // The directory is reference data: an entry with a known uid is updated, not refused.
    InstitutionDirectory directory(db, clock);
    for (qsizetype i = 0; i < pending.institutions.size(); ++i) {
        if (Status s = directory.save(pending.institutions[i], true); !s) {
            Error e = s.error();
            e.record = QStringLiteral("institutions[%1] (%2)").arg(i).arg(pending.institutions[i].uid);
            return e;
        }
    }
    DocumentRegister documents(db, clock);
    for (PendingDocument& item : pending.documents) {
        item.document.caseId = caseIds.value(item.caseUid);
        item.document.mandateId = mandateIds.value(item.mandateUid);
        if (Status s = documents.insert(item.document); !s) {
            Error e = s.error();
            e.record = item.record + QStringLiteral(" (") + item.document.uid + QLatin1Char(')');
            if (e.detail.contains(QLatin1String("document.uid"))) {
                e.message = Exchange::tr("A document with this uid is already in the database (was this file "
                                         "imported before?).");
                e.field = QStringLiteral("uid");
            }
            return e;
        }
    }
    return {};
}

// Gives a validation failure the record name and field path of the exchange file.
Error placed(const Error& error, const QString& record, const QString& prefix)
{
    Error e = error;
    e.record = record;
    if (!e.field.isEmpty()) {
        const bool addressField = e.field == QLatin1String("postcode") || e.field == QLatin1String("departement");
        e.field = prefix + (addressField ? QStringLiteral("address.") : QString()) + e.field;
    }
    return e;
}

// Reads the top-level list `section` (persons or professionals): each record parsed strictly,
// its uid unique in the file, and valid. Parse errors land in `error`; a duplicate or invalid
// record is returned.
template <typename T, typename Read, typename Check>
std::optional<Error> readRecords(ObjectReader& root, const char* section, Read read, Check check,
                                 const QString& duplicateMessage, std::optional<Error>& error, QList<T>& records,
                                 QHash<QString, int>& index)
{
    const QJsonArray array = root.array(section);
    for (qsizetype i = 0; i < array.size() && !error; ++i) {
        const QString record = QStringLiteral("%1[%2]").arg(QLatin1String(section)).arg(i);
        ObjectReader reader(array.at(i), record, {}, error);
        T item = read(reader);
        if (error) {
            break;
        }
        const QString named = record + QStringLiteral(" (") + item.uid + QLatin1Char(')');
        if (index.contains(item.uid)) {
            return Error {duplicateMessage, {}, named, QStringLiteral("uid")};
        }
        if (Status s = check(item); !s) {
            return placed(s.error(), named, {});
        }
        index.insert(item.uid, int(records.size()));
        records.append(item);
    }
    return std::nullopt;
}

} // namespace

Exchange::Exchange(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QByteArray> Exchange::exportAll() const
{
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(formatName));
    root.insert(QLatin1String("formatVersion"), formatVersion);

    auto association = AssociationRepository(m_db).load();
    if (!association) {
        return association.error();
    }
    if (!association->isEmpty()) {
        root.insert(QLatin1String("association"), associationJson(*association));
    }

    auto persons = PersonRepository(m_db, m_clock).all();
    if (!persons) {
        return persons.error();
    }
    QHash<qint64, QString> personUid;
    QJsonArray personArray;
    for (const Person& p : *persons) {
        personUid.insert(p.id, p.uid);
        personArray.append(personJson(p));
    }
    root.insert(QLatin1String("persons"), personArray);

    auto professionals = ProfessionalRepository(m_db).all();
    if (!professionals) {
        return professionals.error();
    }
    QHash<qint64, QString> professionalUid;
    QJsonArray professionalArray;
    for (const Professional& p : *professionals) {
        professionalUid.insert(p.id, p.uid);
        professionalArray.append(professionalJson(p));
    }
    root.insert(QLatin1String("professionals"), professionalArray);

    CaseRepository cases(m_db, m_clock);
    auto ids = cases.allIds();
    if (!ids) {
        return ids.error();
    }
    QJsonArray caseArray;
    QHash<qint64, QString> caseUid;
    QHash<qint64, QString> mandateUid;
    for (qint64 id : *ids) {
        auto loaded = cases.loadFull(id);
        if (!loaded) {
            return loaded.error();
        }
        const Case& c = *loaded;
        QJsonObject o;
        o.insert(QLatin1String("uid"), c.uid);
        o.insert(QLatin1String("reference"), c.reference);
        o.insert(QLatin1String("person"), personUid.value(c.personId));
        QJsonArray pros;
        for (qint64 proId : c.professionalIds) {
            pros.append(professionalUid.value(proId));
        }
        o.insert(QLatin1String("professionals"), pros);
        QJsonArray dates;
        for (const QDate& d : c.factDates) {
            dates.append(d.toString(Qt::ISODate));
        }
        o.insert(QLatin1String("factDates"), dates);
        putText(o, "place", c.place);
        putKeys(o, "forms", c.forms);
        putText(o, "otherFormDescription", c.otherFormDescription);
        putKeys(o, "grounds", c.grounds);
        putText(o, "statedReason", c.statedReason);
        putText(o, "narrative", c.narrative);
        o.insert(QLatin1String("status"), keyOf(c.status));
        putText(o, "notes", c.notes);
        putDateTime(o, "createdAt", c.createdAt);
        putDateTime(o, "updatedAt", c.updatedAt);
        QJsonArray evidence;
        for (const Evidence& e : c.evidence) {
            evidence.append(evidenceJson(e));
        }
        o.insert(QLatin1String("evidence"), evidence);
        QJsonArray procedures;
        for (const Procedure& p : c.procedures) {
            procedures.append(procedureJson(p));
        }
        o.insert(QLatin1String("procedures"), procedures);
        QJsonArray mandates;
        for (const Mandate& m : c.mandates) {
            mandates.append(mandateJson(m));
            mandateUid.insert(m.id, m.uid);
        }
        caseUid.insert(c.id, c.uid);
        o.insert(QLatin1String("mandates"), mandates);
        caseArray.append(o);
    }
    root.insert(QLatin1String("cases"), caseArray);
    if (Status s = exportDirectoryAndRegister(m_db, m_clock, root, caseUid, mandateUid); !s) {
        return s.error();
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Exchange::ImportSummary> Exchange::importJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Error {tr("The file is not valid JSON (line %1, column %2): %3.")
                          .arg(line)
                          .arg(column)
                          .arg(parseError.errorString()),
                      {},
                      {},
                      {}};
    }

    std::optional<Error> error;
    ObjectReader root(document.object(), tr("file"), {}, error);
    if (!document.isObject()) {
        return Error {tr("The file does not contain a Saisine export (expected an object at the top)."), {}, {}, {}};
    }
    root.allowOnly(
        {"format", "formatVersion", "association", "persons", "professionals", "cases", "institutions", "documents"});
    if (root.string("format", true) != QLatin1String(formatName) && !error) {
        root.fail(QStringLiteral("format"),
                  tr("This is not a Saisine exchange file (format must be \"%1\").").arg(QLatin1String(formatName)));
    }
    const QJsonValue version = root.value("formatVersion");
    if (!error && (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)) {
        root.fail(QStringLiteral("formatVersion"), tr("Expected a whole number of at least 1."));
    }
    if (!error && version.toInt() > formatVersion) {
        root.fail(QStringLiteral("formatVersion"),
                  tr("This file was written by a newer version of Saisine (format %1; this version reads up to %2).")
                      .arg(version.toInt())
                      .arg(formatVersion));
    }
    if (error) {
        return *error;
    }

    // Parse and validate everything before writing anything.
    std::optional<AssociationProfile> association;
    if (root.has("association")) {
        ObjectReader r(root.value("association"), tr("association"), {}, error);
        association = readAssociation(r);
        if (!error) {
            if (Status s = Validation::validate(*association); !s) {
                return placed(s.error(), tr("association"), {});
            }
        }
    }

    QList<Person> persons;
    QHash<QString, int> personIndex;
    if (auto failed = readRecords<Person>(
            root, "persons", readPerson, [&](const Person& p) { return Validation::validate(p, m_clock); },
            tr("Two persons have the same uid."), error, persons, personIndex)) {
        return *failed;
    }
    QList<Professional> professionals;
    QHash<QString, int> professionalIndex;
    if (auto failed = readRecords<Professional>(
            root, "professionals", readProfessional, [](const Professional& p) { return Validation::validate(p); },
            tr("Two professionals have the same uid."), error, professionals, professionalIndex)) {
        return *failed;
    }

    // Cases refer to persons and professionals by uid; the indexes are resolved after insert.
    struct PendingCase
    {
        Case c;
        QString record;
        int person = -1;
        QList<int> professionals;
    };
    QList<PendingCase> cases;
    const QJsonArray caseArray = root.array("cases");
    for (qsizetype i = 0; i < caseArray.size() && !error; ++i) {
        PendingCase pending;
        const QString record = QStringLiteral("cases[%1]").arg(i);
        ObjectReader r(caseArray.at(i), record, {}, error);
        r.allowOnly({"uid", "reference", "person", "professionals", "factDates", "place", "forms",
                     "otherFormDescription", "grounds", "statedReason", "narrative", "status", "notes", "createdAt",
                     "updatedAt", "evidence", "procedures", "mandates"});
        Case& c = pending.c;
        c.uid = r.string("uid", true);
        c.reference = r.string("reference", true);
        pending.record =
            record + QStringLiteral(" (") + (c.reference.isEmpty() ? c.uid : c.reference) + QLatin1Char(')');
        if (error) {
            break;
        }
        ObjectReader named(caseArray.at(i), pending.record, {}, error);
        const QString personUid = named.string("person", true);
        if (!error) {
            pending.person = personIndex.value(personUid, -1);
            if (pending.person < 0) {
                named.fail(QStringLiteral("person"), tr("No person with uid \"%1\" in this file.").arg(personUid));
            }
        }
        const QJsonArray pros = named.array("professionals", true);
        for (qsizetype k = 0; k < pros.size() && !error; ++k) {
            const QString field = QStringLiteral("professionals[%1]").arg(k);
            const int index = pros.at(k).isString() ? professionalIndex.value(pros.at(k).toString(), -1) : -1;
            if (index < 0) {
                named.fail(field, tr("No professional with uid \"%1\" in this file.").arg(pros.at(k).toString()));
            }
            pending.professionals.append(index);
        }
        const QJsonArray dates = named.array("factDates");
        for (qsizetype k = 0; k < dates.size() && !error; ++k) {
            const QString text = dates.at(k).toString();
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!dates.at(k).isString() || !d.isValid() || text.size() != 10) {
                named.fail(QStringLiteral("factDates[%1]").arg(k), tr("Expected a date of the form YYYY-MM-DD."));
            }
            c.factDates.append(d);
        }
        c.place = named.string("place");
        c.forms = named.enumList<RefusalForm>("forms");
        c.otherFormDescription = named.string("otherFormDescription");
        c.grounds = named.enumList<Ground>("grounds");
        c.statedReason = named.string("statedReason");
        c.narrative = named.string("narrative");
        c.status = named.requiredEnum<CaseStatus>("status");
        c.notes = named.string("notes");
        c.createdAt = named.dateTime("createdAt", true);
        c.updatedAt = named.dateTime("updatedAt", true);

        const QJsonArray evidence = named.array("evidence");
        for (qsizetype k = 0; k < evidence.size() && !error; ++k) {
            ObjectReader e(evidence.at(k), pending.record, QStringLiteral("evidence[%1].").arg(k), error);
            e.allowOnly({"uid", "kind", "date", "description", "fileName", "fileContent", "fileSha256", "addedAt"});
            Evidence item;
            item.uid = e.string("uid");
            item.kind = e.requiredEnum<EvidenceKind>("kind");
            item.date = e.date("date");
            item.description = e.string("description");
            item.fileName = e.string("fileName");
            const QString content = e.string("fileContent");
            if (!content.isEmpty()) {
                auto decoded =
                    QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded) {
                    e.fail(QStringLiteral("fileContent"), tr("The file content is not valid base64."));
                }
                item.fileContent = *decoded;
            }
            item.fileSha256 = e.string("fileSha256");
            item.addedAt = e.dateTime("addedAt");
            if (!error) {
                if (Status s = Validation::validate(item, pending.record, m_clock); !s) {
                    Error placedError = s.error();
                    placedError.field =
                        QStringLiteral("evidence[%1].").arg(k) + placedError.field.section(QLatin1Char('.'), 1);
                    return placedError;
                }
            }
            c.evidence.append(item);
        }
        const QJsonArray procedures = named.array("procedures");
        for (qsizetype k = 0; k < procedures.size() && !error; ++k) {
            const QString prefix = QStringLiteral("procedures[%1].").arg(k);
            ObjectReader p(procedures.at(k), pending.record, prefix, error);
            p.allowOnly(
                {"uid", "route", "authorityKind", "authorityName", "authorityReference", "status", "notes", "events"});
            Procedure procedure;
            procedure.uid = p.string("uid");
            procedure.route = p.requiredEnum<Route>("route");
            procedure.authorityKind = p.optionalEnum<AuthorityKind>("authorityKind");
            procedure.authorityName = p.string("authorityName");
            procedure.authorityReference = p.string("authorityReference");
            procedure.status = p.requiredEnum<ProcedureStatus>("status");
            procedure.notes = p.string("notes");
            const QJsonArray events = p.array("events");
            for (qsizetype j = 0; j < events.size() && !error; ++j) {
                ObjectReader ev(events.at(j), pending.record, prefix + QStringLiteral("events[%1].").arg(j), error);
                ev.allowOnly({"uid", "kind", "date", "note"});
                ProcedureEvent event;
                event.uid = ev.string("uid");
                event.kind = ev.requiredEnum<ProcedureEventKind>("kind");
                event.date = ev.date("date", true);
                event.note = ev.string("note");
                procedure.events.append(event);
            }
            c.procedures.append(procedure);
        }
        const QJsonArray mandates = named.array("mandates");
        for (qsizetype k = 0; k < mandates.size() && !error; ++k) {
            const QString prefix = QStringLiteral("mandates[%1].").arg(k);
            ObjectReader m(mandates.at(k), pending.record, prefix, error);
            m.allowOnly({"uid", "kind", "scope", "signedDate", "signedPlace", "revokedDate", "notes"});
            Mandate mandate;
            mandate.uid = m.string("uid");
            mandate.kind = m.requiredEnum<MandateKind>("kind");
            mandate.scope = m.enumList<MandateScope>("scope");
            mandate.signedDate = m.date("signedDate");
            mandate.signedPlace = m.string("signedPlace");
            mandate.revokedDate = m.date("revokedDate");
            mandate.notes = m.string("notes");
            if (!error) {
                if (Status s = Validation::validate(mandate, pending.record, m_clock); !s) {
                    Error placedError = s.error();
                    placedError.field = prefix + placedError.field.section(QLatin1Char('.'), 1);
                    return placedError;
                }
            }
            c.mandates.append(mandate);
        }
        if (error) {
            break;
        }
        cases.append(pending);
    }
    PendingRegister pendingRegister;
    if (!error) {
        QSet<QString> caseUids;
        for (const PendingCase& pending : cases) {
            caseUids.insert(pending.c.uid);
        }
        readDirectoryAndRegister(root, error, caseUids, pendingRegister);
    }
    if (error) {
        return *error;
    }

    ImportSummary summary;
    Status written = m_db.bulkTransaction([&]() -> Status {
        if (association) {
            if (Status s = AssociationRepository(m_db).save(*association); !s) {
                return placed(s.error(), tr("association"), {});
            }
        }
        PersonRepository personRepository(m_db, m_clock);
        for (qsizetype i = 0; i < persons.size(); ++i) {
            if (Status s = personRepository.insert(persons[i]); !s) {
                Error e = placed(s.error(), QStringLiteral("persons[%1] (%2)").arg(i).arg(persons[i].uid), {});
                if (e.detail.contains(QLatin1String("person.uid"))) {
                    e.message = tr("A person with this uid is already in the database (was this file imported "
                                   "before?).");
                    e.field = QStringLiteral("uid");
                }
                return e;
            }
        }
        ProfessionalRepository professionalRepository(m_db);
        for (qsizetype i = 0; i < professionals.size(); ++i) {
            if (Status s = professionalRepository.insert(professionals[i]); !s) {
                Error e =
                    placed(s.error(), QStringLiteral("professionals[%1] (%2)").arg(i).arg(professionals[i].uid), {});
                if (e.detail.contains(QLatin1String("professional.uid"))) {
                    e.message = tr("A professional with this uid is already in the database (was this file imported "
                                   "before?).");
                    e.field = QStringLiteral("uid");
                }
                return e;
            }
        }
        CaseRepository caseRepository(m_db, m_clock);
        for (PendingCase& pending : cases) {
            pending.c.personId = persons.at(pending.person).id;
            for (int index : pending.professionals) {
                pending.c.professionalIds.append(professionals.at(index).id);
            }
            if (Status s = caseRepository.insert(pending.c, true); !s) {
                Error e = placed(s.error(), pending.record, {});
                if (e.detail.contains(QLatin1String(".uid"))) {
                    e.message = tr("A record of this case is already in the database (was this file imported "
                                   "before?).");
                }
                return e;
            }
        }
        QHash<QString, qint64> caseIds;
        QHash<QString, qint64> mandateIds;
        for (const PendingCase& pending : cases) {
            caseIds.insert(pending.c.uid, pending.c.id);
            for (const Mandate& m : pending.c.mandates) {
                mandateIds.insert(m.uid, m.id);
            }
        }
        if (Status s = writeDirectoryAndRegister(m_db, m_clock, pendingRegister, caseIds, mandateIds); !s) {
            return s;
        }
        summary.persons = int(persons.size());
        summary.professionals = int(professionals.size());
        summary.cases = int(cases.size());
        return {};
    });
    if (!written) {
        return written.error();
    }
    return summary;
}

} // namespace saisine
