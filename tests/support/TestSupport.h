#pragma once

#include "common/Clock.h"
#include "model/Case.h"
#include "model/Person.h"
#include "model/Professional.h"
#include "store/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace saisine::test {

// A database file in its own temporary folder, removed with the object.
class TemporaryDatabase
{
public:
    TemporaryDatabase();
    Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    bool reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// The date every store test pretends it is, so results never depend on the day they run.
QDate testToday();

Person samplePerson(const QString& lastName = QStringLiteral("Martin"));
Professional sampleProfessional(const QString& lastName = QStringLiteral("Durand"),
                                Profession profession = Profession::Medecin);
Case sampleCase(qint64 personId, qint64 professionalId);

QByteArray readFile(const QString& path);
QByteArray sha256OfFile(const QString& path);

} // namespace saisine::test
