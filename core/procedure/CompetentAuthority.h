#pragma once

#include "LawTables.h"
#include "model/Professional.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace saisine {

// A body that receives a complaint, and why it is the competent one.
struct CompetentBody
{
    AuthorityKind kind = AuthorityKind::Cpam;
    QString name; // "CPAM du Rhône", "Conseil départemental de l'ordre des médecins du Rhône"
    QString address; // when the body has one fixed address (Défenseur des droits)
    QString why; // translated, one sentence
    law::LawSource law;
    bool chosenByCaseworker = false; // the caseworker recorded another body on the procedure
    bool lawBeforeInForce = false; // the date precedes the rule; the earliest rule was used
    QStringList alternatives; // other bodies that may be the right one (several CPAMs)
};

struct DeontologyArticle
{
    QString article;
    law::LawSource law;
    bool beforeInForce = false;
};

// Which ordre council, which CPAM, which local office and which deontology article apply to a
// professional, at a date (the date of receipt of the complaint, or of the facts).
class CompetentAuthority final
{
    Q_DECLARE_TR_FUNCTIONS(CompetentAuthority)

public:
    explicit CompetentAuthority(const law::LawTables& tables);

    // The département of the place of practice: the one recorded, else from the postcode.
    static QString departementOf(const Professional& professional);

    bool hasOrdre(const Professional& professional, const QDate& date) const;
    // The ordre council, or nothing for a profession without an ordre.
    std::optional<CompetentBody> ordreCouncil(const Professional& professional, const QDate& date) const;
    // The CPAM where the practitioner is installed (R1110-9 1° CSP).
    CompetentBody cpam(const Professional& professional, const QDate& date) const;
    CompetentBody cpamMediator(const Professional& professional, const QDate& date) const;
    CompetentBody consumerProtection(const Professional& professional, const QDate& date) const;
    std::optional<DeontologyArticle> deontology(const Professional& professional, const QDate& date) const;

private:
    const law::LawTables& m_tables;
};

} // namespace saisine
