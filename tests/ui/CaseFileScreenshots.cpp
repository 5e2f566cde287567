// Renders the intake wizard's pages and the case file's sections to PNG, to look at them as a
// caseworker would. Works on a copy of the database, which it leaves untouched:
//
//   build/app/saisine-cli --db /tmp/d.sqlite demo --cases 50 --seed 1 --as-of 2026-03-15
//   QT_QPA_PLATFORM=offscreen build/tests/casefile-screenshots /tmp/d.sqlite /tmp/shots 2026-03-15
//
// The third argument is the day the clock is set on (default: today).
#include "casefile/CaseFileWidget.h"
#include "casefile/FormSupport.h"
#include "common/Clock.h"
#include "intake/IntakeWizard.h"
#include "procedure/LawTables.h"
#include "store/Database.h"
#include "store/Repositories.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace saisine;

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void shoot(QWidget& widget, const QString& folder, const QString& name)
{
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        err() << "cannot write " << path << '\n';
    }
}

template <typename T>
T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QLatin1String(name));
}

void set(QWidget& parent, const char* name, const QString& text)
{
    if (auto* edit = child<QLineEdit>(parent, name)) {
        edit->setText(text);
    }
}

void tick(QWidget& parent, const char* name)
{
    if (auto* box = child<QCheckBox>(parent, name)) {
        box->setChecked(true);
    }
}

// The case with the most procedure events: the richest timeline to look at.
qint64 richestCase(Database& db, const Clock& clock)
{
    qint64 best = 0;
    qsizetype most = -1;
    const CaseRepository cases(db, clock);
    const auto ids = cases.allIds();
    if (!ids) {
        err() << ids.error().toLine() << '\n';
        return 0;
    }
    for (qint64 id : *ids) {
        const auto c = cases.loadFull(id);
        if (!c) {
            err() << c.error().toLine() << '\n';
            continue;
        }
        qsizetype events = 0;
        for (const Procedure& procedure : c->procedures) {
            events += procedure.events.size();
        }
        events += c->evidence.size() + c->mandates.size();
        if (events > most) {
            most = events;
            best = id;
        }
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        err() << "usage: casefile-screenshots DATABASE OUTPUT_FOLDER [YYYY-MM-DD]\n";
        return 2;
    }
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(QStringLiteral("copy.sqlite"));
    if (!QFile::copy(args.at(1), copy)) {
        err() << "cannot copy " << args.at(1) << '\n';
        return 1;
    }
    QDir().mkpath(args.at(2));
    const QDate today = args.size() > 3 ? QDate::fromString(args.at(3), Qt::ISODate) : QDate::currentDate();
    const FixedClock clock(today);
    auto db = Database::open(DatabaseLocation::file(copy), Database::OpenMode::ExistingOnly);
    auto law = law::LawTables::builtIn();
    if (!db || !law) {
        err() << (db ? law.error().toLine() : db.error().toLine()) << '\n';
        return 1;
    }

    IntakeWizard wizard(**db, *law, clock);
    wizard.show();
    shoot(wizard, args.at(2), QStringLiteral("intake-1-person-empty"));
    set(wizard, "personFirstName", QStringLiteral("Aïcha"));
    set(wizard, "personLastName", QStringLiteral("Benali"));
    set(wizard, "personPostcode", QStringLiteral("69003"));
    set(wizard, "personCity", QStringLiteral("Lyon"));
    tick(wizard, "personCoverage_ame");
    wizard.next(); // no consent yet: the page says so
    shoot(wizard, args.at(2), QStringLiteral("intake-1-person-error"));
    tick(wizard, "personConsent");
    wizard.next();
    const auto professionals = ProfessionalRepository(**db).all();
    if (professionals && !professionals->isEmpty()) {
        set(wizard, "professionalSearch", professionals->first().lastName);
        if (auto* results = child<QListWidget>(wizard, "professionalResults"); results && results->count() > 0) {
            results->setCurrentRow(0);
        }
    }
    shoot(wizard, args.at(2), QStringLiteral("intake-2-professional"));
    wizard.next();
    set(wizard, "factPlace", QStringLiteral("Cabinet médical, Lyon 2e"));
    tick(wizard, "form_explicit_refusal");
    tick(wizard, "form_discriminatory_attitude");
    set(wizard, "factStatedReason", QStringLiteral("« Nous ne prenons pas l'AME »"));
    if (auto* narrative = child<QPlainTextEdit>(wizard, "factNarrative")) {
        narrative->setPlainText(QStringLiteral("La secrétaire a raccroché dès la mention de l'AME."));
    }
    shoot(wizard, args.at(2), QStringLiteral("intake-3-facts"));
    wizard.next();
    shoot(wizard, args.at(2), QStringLiteral("intake-4-grounds"));
    wizard.next();
    set(wizard, "evidenceDescription", QStringLiteral("SMS du secrétariat"));
    if (auto* add = child<QPushButton>(wizard, "evidenceAdd")) {
        add->click();
    }
    shoot(wizard, args.at(2), QStringLiteral("intake-5-evidence"));
    wizard.next();
    shoot(wizard, args.at(2), QStringLiteral("intake-6-routes"));

    CaseFileWidget caseFile(**db, *law, clock);
    caseFile.resize(1000, 720);
    caseFile.show();
    if (Status opened = caseFile.openCase(richestCase(**db, clock)); !opened) {
        err() << opened.error().toLine() << '\n';
        return 1;
    }
    auto* sections = child<QTabWidget>(caseFile, "caseSections");
    const QStringList names {QStringLiteral("person"),   QStringLiteral("professional"), QStringLiteral("facts"),
                             QStringLiteral("evidence"), QStringLiteral("procedures"),   QStringLiteral("mandates"),
                             QStringLiteral("notes")};
    for (int i = 0; i < names.size(); ++i) {
        sections->setCurrentIndex(i);
        shoot(caseFile, args.at(2), QStringLiteral("casefile-%1-%2").arg(i + 1).arg(names.at(i)));
    }
    // A conciliation whose complaint was received four months ago: the session is overdue.
    sections->setCurrentIndex(CaseFileWidget::ProceduresSectionIndex);
    if (auto* start = child<QPushButton>(caseFile, "procedureAdd")) {
        start->click();
    }
    set(caseFile, "procedureAuthorityName", QStringLiteral("CPAM de l'Hérault"));
    if (auto* kind = child<QComboBox>(caseFile, "eventKind")) {
        kind->setCurrentIndex(kind->findData(QStringLiteral("complaint_received")));
    }
    if (auto* date = child<OptionalDateEdit>(caseFile, "eventDate")) {
        date->setDateOrNull(today.addMonths(-4));
    }
    if (auto* record = child<QPushButton>(caseFile, "eventAdd")) {
        record->click();
    }
    shoot(caseFile, args.at(2), QStringLiteral("casefile-9-overdue"));
    set(caseFile, "personPhone", QStringLiteral("06 00 00 00 00"));
    sections->setCurrentIndex(0);
    shoot(caseFile, args.at(2), QStringLiteral("casefile-8-unsaved"));
    err() << "screenshots written to " << args.at(2) << '\n';
    return 0;
}
