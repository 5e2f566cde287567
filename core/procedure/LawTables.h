#pragma once

#include "common/Result.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace saisine::law {

// Where a row of the law tables comes from and since when it applies. Every answer of the
// procedure engine carries one, so the caseworker always sees the article behind it.
struct LawSource
{
    QString source; // e.g. "R1110-11 CSP"
    QDate inForceSince; // the rule applies to complaints received (or facts) from this date
    bool needsConfirmation = false; // DOMAIN.md [check]: found in a secondary source or inferred
    QString note;
    bool fromOverride = false; // corrected by the association (override file), not built in
};

// Level of the ordre council that receives complaints for a profession (R1110-9 CSP).
enum class CouncilLevel {
    Departemental,
    DepartementalOrInterdepartemental,
    Regional,
    RegionalOrInterregional,
    CentralSection,
    None, // no ordre: the CPAM mediator
};

struct OrdreCouncilRow
{
    Profession profession = Profession::Other;
    QList<PharmacistSection> sections; // only for pharmacists; empty = any
    CouncilLevel level = CouncilLevel::None;
    QString council; // French name of the body; "%1" is replaced by the pharmacist section letter
    LawSource law;
};

struct DeontologyRow
{
    Profession profession = Profession::Other;
    QString article;
    LawSource law;
};

enum class DeadlineAnchor { Receipt, Session, MissedDeadline };
enum class PeriodUnit { Days, Months, Years };

struct DeadlineRuleRow
{
    QString key; // stable: acknowledgement, session, transmission...
    DeadlineAnchor anchor = DeadlineAnchor::Receipt;
    int amount = 0;
    PeriodUnit unit = PeriodUnit::Days;
    bool before = false; // counted backwards from the anchor (convocation: 15 days before the session)
    bool optional = false;
    LawSource law;

    // The date this rule gives from its anchor date, in calendar arithmetic.
    QDate apply(const QDate& anchorDate) const;
};

struct HolidayRow
{
    QString key;
    QString label; // English source text, translated in the "LawData" context
    int month = 0;
    int day = 0;
    std::optional<int> easterOffset; // days after Easter Sunday, instead of month/day
    QStringList departements; // empty: everywhere in France
    LawSource law;

    bool appliesIn(const QString& departement) const;
};

struct RegionRow
{
    QString code;
    QString name;
    QString ofName; // "d'Auvergne-Rhône-Alpes": ready to follow a body's name
};

struct DepartementRow
{
    QString code;
    QString name;
    QString ofName; // "du Rhône"
    QString regionCode;
    QString cpam; // default local health insurance fund
    QStringList cpamAlternatives;
    QString ddpp; // local consumer-protection office
    LawSource law;
};

struct RouteRow
{
    Route route = Route::Conciliation;
    QString body;
    QString address;
    LawSource law;
};

// A row chosen for a date, and whether the date was before the row took effect (then the
// earliest row is used and the answer says so, rather than giving no answer at all).
template <typename Row>
struct InForce
{
    const Row* row = nullptr;
    bool beforeInForce = false;
    explicit operator bool() const { return row != nullptr; }
};

// The law as data: the built-in tables (resources/law/*.json, compiled in as a Qt resource)
// with the association's corrections read on top (an override file next to the database), so a
// change in the law, or a local detail, needs no new build.
//
// Override file format: the same tables as the built-in files, each an array of rows under its
// table name ({"deadlines": [...], "deontology": [...]...}). A row replaces the built-in row with
// the same identity (profession + sections + in_force_since, key + in_force_since, code...) and
// is added otherwise; "disabled": true removes the matching row.
class LawTables final
{
    Q_DECLARE_TR_FUNCTIONS(LawTables)

public:
    // The built-in tables only.
    static Result<LawTables> builtIn();
    // The built-in tables with the override file applied when it exists (a missing file is
    // not an error: most associations never correct anything).
    static Result<LawTables> load(const QString& overrideFile);
    // The override file that belongs with a database: "cases.sqlite" -> "cases.law.json".
    static QString overrideFileFor(const QString& databasePath);

    // Applies one override document on top of these tables. `origin` names it in errors.
    Status applyOverride(const QJsonObject& document, const QString& origin);

    InForce<OrdreCouncilRow> ordreCouncil(Profession profession, std::optional<PharmacistSection> section,
                                          const QDate& date) const;
    InForce<DeontologyRow> deontology(Profession profession, const QDate& date) const;
    InForce<DeadlineRuleRow> deadlineRule(const QString& key, const QDate& date) const;
    InForce<RouteRow> route(Route route, const QDate& date) const;
    const DepartementRow* departement(const QString& code) const;
    const RegionRow* region(const QString& code) const;
    // Holiday rows in force in that year (all of them, whatever the département).
    QList<HolidayRow> holidays(int year) const;

    const QList<OrdreCouncilRow>& ordreCouncils() const { return m_councils; }
    const QList<DeontologyRow>& deontologyRows() const { return m_deontology; }
    const QList<DeadlineRuleRow>& deadlineRules() const { return m_deadlines; }
    const QList<HolidayRow>& holidayRows() const { return m_holidays; }
    const QList<DepartementRow>& departements() const { return m_departements; }
    const QList<RouteRow>& routes() const { return m_routes; }

    static QString levelKey(CouncilLevel level);
    static QString levelLabel(CouncilLevel level);
    static std::optional<CouncilLevel> levelFromKey(const QString& key);
    // Translated label of a built-in holiday (override labels are shown as written).
    static QString holidayLabel(const HolidayRow& holiday);

private:
    LawTables() = default;
    Status loadBuiltInTable(const QString& name);
    Status mergeTable(const QString& table, const QJsonArray& rows, const QString& origin, bool fromOverride);

    QList<OrdreCouncilRow> m_councils;
    QList<DeontologyRow> m_deontology;
    QList<DeadlineRuleRow> m_deadlines;
    QList<HolidayRow> m_holidays;
    QList<DepartementRow> m_departements;
    QList<RegionRow> m_regions;
    QList<RouteRow> m_routes;
};

} // namespace saisine::law
