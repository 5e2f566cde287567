#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

namespace saisine::test {

TemporaryDatabase::TemporaryDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
    if (!reopen()) {
        qFatal("cannot create a temporary database");
    }
}

bool TemporaryDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(DatabaseLocation::file(m_path));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toLine()));
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

QDate testToday()
{
    return QDate(2026, 3, 15);
}

Person samplePerson(const QString& lastName)
{
    Person p;
    p.civility = Civility::Madame;
    p.firstName = QStringLiteral("Aïcha");
    p.lastName = lastName;
    p.birthDate = QDate(1984, 5, 2);
    p.address = {QStringLiteral("12 rue des Lilas"), QStringLiteral("69003"), QStringLiteral("Lyon"),
                 QStringLiteral("69")};
    p.phone = QStringLiteral("06 12 34 56 78");
    p.email = QStringLiteral("aicha.martin@example.org");
    p.coverage = {Coverage::AME};
    p.consentGiven = true;
    p.consentDate = QDate(2026, 3, 1);
    return p;
}

Professional sampleProfessional(const QString& lastName, Profession profession)
{
    Professional p;
    p.civility = Civility::Monsieur;
    p.firstName = QStringLiteral("Paul");
    p.lastName = lastName;
    p.profession = profession;
    p.specialty = QStringLiteral("médecine générale");
    p.sector = Sector::Secteur2;
    p.rpps = QStringLiteral("10101234567");
    p.address = {QStringLiteral("3 place Bellecour"), QStringLiteral("69002"), QStringLiteral("Lyon"),
                 QStringLiteral("69")};
    p.phone = QStringLiteral("04 78 00 00 00");
    return p;
}

Case sampleCase(qint64 personId, qint64 professionalId)
{
    Case c;
    c.personId = personId;
    c.professionalIds = {professionalId};
    c.factDates = {QDate(2026, 2, 10)};
    c.place = QStringLiteral("Cabinet médical, Lyon 2e");
    c.forms = {RefusalForm::ExplicitRefusal, RefusalForm::DiscriminatoryAttitude};
    c.grounds = {Ground::AME};
    c.statedReason = QStringLiteral("« Nous ne prenons pas l'AME. »");
    c.narrative = QStringLiteral("La secrétaire a refusé le rendez-vous dès la mention de l'AME.");
    c.status = CaseStatus::Active;
    return c;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256OfFile(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

} // namespace saisine::test
