#include "Validation.h"

#include "common/Clock.h"

#include <QRegularExpression>
#include <QSet>

namespace saisine {

namespace {

// A failure: `field` is the model's (and exchange format's) field name, so a form can put the
// cursor on it; the message says what is expected.
Status fail(const QString& record, const QString& field, const QString& message)
{
    return Error {message, {}, record, field};
}

bool isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

template <typename E>
bool hasDuplicates(const QList<E>& values)
{
    QSet<int> seen;
    for (E value : values) {
        if (seen.contains(int(value))) {
            return true;
        }
        seen.insert(int(value));
    }
    return false;
}

Status checkAddress(const Address& address, const QString& record)
{
    if (!address.postcode.isEmpty() && !Validation::isValidPostcode(address.postcode)) {
        return fail(record, QStringLiteral("postcode"),
                    Validation::tr("The postcode \"%1\" is not valid: it must have 5 digits, e.g. 75011.")
                        .arg(address.postcode));
    }
    if (!address.departement.isEmpty() && !Validation::isValidDepartement(address.departement)) {
        return fail(record, QStringLiteral("departement"),
                    Validation::tr("The département \"%1\" is not valid: write its number, e.g. 69, 2A, 2B or 974.")
                        .arg(address.departement));
    }
    return {};
}

Status checkNotFuture(const QDate& date, const Clock& clock, const QString& record, const QString& field,
                      const QString& what)
{
    if (date.isValid() && date > clock.today()) {
        return fail(
            record, field,
            Validation::tr("The %1 (%2) is in the future.").arg(what, date.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    return {};
}

Status checkContact(const QString& phone, const QString& email, const QString& record)
{
    if (!phone.isEmpty() && !Validation::isValidPhone(phone)) {
        return fail(record, QStringLiteral("phone"),
                    Validation::tr("The phone number \"%1\" is not valid: write 10 digits (01 23 45 67 89) or an "
                                   "international number (+33 1 23 45 67 89).")
                        .arg(phone));
    }
    if (!email.isEmpty() && !Validation::isValidEmail(email)) {
        return fail(record, QStringLiteral("email"),
                    Validation::tr("The e-mail address \"%1\" is not valid.").arg(email));
    }
    return {};
}

} // namespace

bool Validation::isValidPostcode(const QString& postcode)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{5}\\z"));
    return pattern.match(postcode).hasMatch() && postcode != QLatin1String("00000")
        && !departementForPostcode(postcode).isEmpty();
}

bool Validation::isValidDepartement(const QString& departement)
{
    // Metropolitan 01-95 (20 became 2A and 2B in 1976), overseas 971-976, collectivities 975, 977,
    // 978 and 984-988.
    static const QRegularExpression pattern(
        QStringLiteral("^(0[1-9]|1\\d|2[1-9]|[3-8]\\d|9[0-5]|2A|2B|97[1-8]|98[4-8])\\z"));
    return pattern.match(departement).hasMatch();
}

QString Validation::departementForPostcode(const QString& postcode)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{5}\\z"));
    if (!pattern.match(postcode).hasMatch()) {
        return {};
    }
    const int prefix2 = postcode.left(2).toInt();
    if (prefix2 == 20) {
        // Corse-du-Sud has the postcodes 200xx-201xx, Haute-Corse 202xx-206xx.
        const int prefix3 = postcode.left(3).toInt();
        if (prefix3 <= 201) {
            return QStringLiteral("2A");
        }
        if (prefix3 <= 206) {
            return QStringLiteral("2B");
        }
        return {};
    }
    if (prefix2 == 97 || prefix2 == 98) {
        const QString code = postcode.left(3);
        return isValidDepartement(code) ? code : QString();
    }
    const QString code = postcode.left(2);
    return isValidDepartement(code) ? code : QString();
}

bool Validation::isValidRpps(const QString& rpps)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{11}\\z"));
    return pattern.match(rpps).hasMatch();
}

bool Validation::isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\\z"));
    return email.size() <= 254 && pattern.match(email).hasMatch() && !email.contains(QLatin1String(".."));
}

bool Validation::isValidPhone(const QString& phone)
{
    // Separators people type, including the no-break spaces a word processor inserts, and the
    // "(0)" of "+33 (0)1 23 ...".
    static const QRegularExpression separators(QStringLiteral("[ \\t.\\-/\\x{00A0}\\x{202F}]|\\(0\\)"));
    static const QRegularExpression french(QStringLiteral("^0[1-9]\\d{8}\\z"));
    static const QRegularExpression international(QStringLiteral("^\\+[1-9]\\d{6,14}\\z"));
    static const QRegularExpression frenchInternational(QStringLiteral("^\\+33[1-9]\\d{8}\\z"));
    QString digits = phone.trimmed();
    digits.remove(separators);
    if (digits.startsWith(QLatin1String("00"))) {
        digits.replace(0, 2, QStringLiteral("+"));
    }
    if (digits.startsWith(QLatin1String("+33"))) {
        return frenchInternational.match(digits).hasMatch();
    }
    return french.match(digits).hasMatch() || international.match(digits).hasMatch();
}

QString Validation::recordName(const Person& person)
{
    const QString name = person.displayName().trimmed();
    return name.isEmpty() ? tr("person") : tr("person \"%1\"").arg(name);
}

QString Validation::recordName(const Professional& professional)
{
    const QString name = professional.displayName().trimmed();
    return name.isEmpty() ? tr("professional") : tr("professional \"%1\"").arg(name);
}

QString Validation::recordName(const Case& c)
{
    return c.reference.isEmpty() ? tr("new case") : tr("case %1").arg(c.reference);
}

Status Validation::validate(const Person& person, const Clock& clock)
{
    const QString record = recordName(person);
    if (isBlank(person.lastName)) {
        return fail(record, QStringLiteral("lastName"), tr("The person's last name is required."));
    }
    if (person.birthDate.isValid() && person.birthDate.year() < 1900) {
        return fail(record, QStringLiteral("birthDate"), tr("The date of birth is before 1900."));
    }
    if (Status s = checkNotFuture(person.birthDate, clock, record, QStringLiteral("birthDate"), tr("date of birth"));
        !s) {
        return s;
    }
    if (Status s = checkAddress(person.address, record); !s) {
        return s;
    }
    if (Status s = checkContact(person.phone, person.email, record); !s) {
        return s;
    }
    if (hasDuplicates(person.coverage)) {
        return fail(record, QStringLiteral("coverage"), tr("The same health cover is listed twice."));
    }
    if (person.consentGiven && !person.consentDate.isValid()) {
        return fail(record, QStringLiteral("consentDate"),
                    tr("The date on which the person consented to the processing of their data is required."));
    }
    if (!person.consentGiven && person.consentDate.isValid()) {
        return fail(record, QStringLiteral("consentDate"),
                    tr("A consent date is given but the consent is not recorded as given."));
    }
    return checkNotFuture(person.consentDate, clock, record, QStringLiteral("consentDate"), tr("date of consent"));
}

Status Validation::validate(const Professional& professional)
{
    const QString record = recordName(professional);
    if (isBlank(professional.lastName)) {
        return fail(record, QStringLiteral("lastName"),
                    tr("The professional's name (or the name of the practice or pharmacy) is required."));
    }
    if (!professional.rpps.isEmpty() && !isValidRpps(professional.rpps)) {
        return fail(record, QStringLiteral("rpps"),
                    tr("The RPPS number \"%1\" is not valid: it has exactly 11 digits.").arg(professional.rpps));
    }
    if (professional.pharmacistSection && professional.profession != Profession::Pharmacien) {
        return fail(record, QStringLiteral("pharmacistSection"),
                    tr("A section of the order of pharmacists is given for someone who is not a pharmacist."));
    }
    if (Status s = checkAddress(professional.address, record); !s) {
        return s;
    }
    return checkContact(professional.phone, {}, record);
}

Status Validation::validate(const Case& c, const Clock& clock)
{
    const QString record = recordName(c);
    if (isBlank(c.reference)) {
        return fail(record, QStringLiteral("reference"), tr("The case reference is required."));
    }
    if (c.reference.size() > 40 || c.reference.contains(QLatin1Char('\n'))) {
        return fail(record, QStringLiteral("reference"), tr("The case reference must be one short line."));
    }
    if (c.personId <= 0) {
        return fail(record, QStringLiteral("person"), tr("The case must name the person it concerns."));
    }
    if (c.professionalIds.isEmpty()) {
        return fail(record, QStringLiteral("professionals"),
                    tr("The case must name at least one health professional."));
    }
    if (QSet<qint64>(c.professionalIds.begin(), c.professionalIds.end()).size() != c.professionalIds.size()) {
        return fail(record, QStringLiteral("professionals"), tr("The same professional is listed twice."));
    }
    for (qsizetype i = 0; i < c.factDates.size(); ++i) {
        const QString field = QStringLiteral("factDates[%1]").arg(i);
        if (!c.factDates.at(i).isValid()) {
            return fail(record, field, tr("A date of the facts is not a valid date."));
        }
        if (Status s = checkNotFuture(c.factDates.at(i), clock, record, field, tr("date of the facts")); !s) {
            return s;
        }
    }
    if (hasDuplicates(c.forms)) {
        return fail(record, QStringLiteral("forms"), tr("The same form of refusal is listed twice."));
    }
    if (c.forms.contains(RefusalForm::Other) && isBlank(c.otherFormDescription)) {
        return fail(record, QStringLiteral("otherFormDescription"),
                    tr("\"Other\" is ticked among the forms of refusal: describe it."));
    }
    if (hasDuplicates(c.grounds)) {
        return fail(record, QStringLiteral("grounds"), tr("The same ground is listed twice."));
    }
    for (qsizetype i = 0; i < c.evidence.size(); ++i) {
        if (Status s = validate(c.evidence.at(i), record, clock); !s) {
            return s;
        }
    }
    for (const Procedure& procedure : c.procedures) {
        if (Status s = validate(procedure, record); !s) {
            return s;
        }
    }
    for (const Mandate& mandate : c.mandates) {
        if (Status s = validate(mandate, record, clock); !s) {
            return s;
        }
    }
    return {};
}

Status Validation::validate(const Evidence& evidence, const QString& record, const Clock& clock)
{
    if (Status s =
            checkNotFuture(evidence.date, clock, record, QStringLiteral("evidence.date"), tr("date of the evidence"));
        !s) {
        return s;
    }
    if (!evidence.fileContent.isEmpty() && isBlank(evidence.fileName)) {
        return fail(record, QStringLiteral("evidence.fileName"), tr("An attached file has no name."));
    }
    if (isBlank(evidence.description) && evidence.fileContent.isEmpty()) {
        return fail(record, QStringLiteral("evidence.description"),
                    tr("A piece of evidence needs a description or an attached file."));
    }
    return {};
}

Status Validation::validate(const Procedure& procedure, const QString& record)
{
    for (qsizetype i = 0; i < procedure.events.size(); ++i) {
        if (!procedure.events.at(i).date.isValid()) {
            return fail(record, QStringLiteral("procedures.events[%1].date").arg(i),
                        tr("A step of the procedure has no valid date."));
        }
    }
    return {};
}

Status Validation::validate(const Mandate& mandate, const QString& record, const Clock& clock)
{
    if (mandate.scope.isEmpty()) {
        return fail(record, QStringLiteral("mandates.scope"), tr("A mandate must say what it covers."));
    }
    if (hasDuplicates(mandate.scope)) {
        return fail(record, QStringLiteral("mandates.scope"), tr("The mandate lists the same power twice."));
    }
    if (Status s = checkNotFuture(mandate.signedDate, clock, record, QStringLiteral("mandates.signedDate"),
                                  tr("date of signature of the mandate"));
        !s) {
        return s;
    }
    if (mandate.revokedDate.isValid()) {
        if (!mandate.signedDate.isValid()) {
            return fail(record, QStringLiteral("mandates.revokedDate"),
                        tr("A mandate that was never signed cannot be revoked."));
        }
        if (mandate.revokedDate < mandate.signedDate) {
            return fail(record, QStringLiteral("mandates.revokedDate"),
                        tr("The mandate is revoked before it was signed."));
        }
    }
    return {};
}

Status Validation::validate(const AssociationProfile& profile)
{
    const QString record = tr("association profile");
    if (isBlank(profile.name)) {
        return fail(record, QStringLiteral("name"), tr("The association's name is required."));
    }
    if (Status s = checkAddress(profile.address, record); !s) {
        return s;
    }
    return checkContact(profile.phone, profile.email, record);
}

} // namespace saisine
