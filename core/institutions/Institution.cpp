#include "Institution.h"

#include <QCoreApplication>

namespace saisine {

template <>
std::span<const VocabularyEntry<InstitutionKind>> VocabularyTable<InstitutionKind>::entries()
{
    // Stored keys: never change one.
    static const VocabularyEntry<InstitutionKind> table[] = {
        {InstitutionKind::Cpam, "cpam", QT_TRANSLATE_NOOP("Vocabulary", "Health insurance fund (CPAM)")},
        {InstitutionKind::Ordre, "ordre", QT_TRANSLATE_NOOP("Vocabulary", "Ordre council")},
        {InstitutionKind::DefenseurDesDroits, "defenseur_des_droits",
         QT_TRANSLATE_NOOP("Vocabulary", "Défenseur des droits")},
        {InstitutionKind::Ddpp, "ddpp", QT_TRANSLATE_NOOP("Vocabulary", "Consumer protection office (DDPP/DGCCRF)")},
        {InstitutionKind::CpamMediator, "cpam_mediator", QT_TRANSLATE_NOOP("Vocabulary", "CPAM mediator")},
        {InstitutionKind::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    };
    return table;
}

QString Institution::defaultSalutation(InstitutionKind kind)
{
    // French forms of address; the letters are French whatever the interface language.
    switch (kind) {
    case InstitutionKind::Cpam:
    case InstitutionKind::Ddpp:
        return QStringLiteral("Madame la Directrice, Monsieur le Directeur");
    case InstitutionKind::Ordre:
        return QStringLiteral("Madame la Présidente, Monsieur le Président");
    case InstitutionKind::CpamMediator:
        return QStringLiteral("Madame la Médiatrice, Monsieur le Médiateur");
    case InstitutionKind::DefenseurDesDroits:
    case InstitutionKind::Other:
        break;
    }
    return QStringLiteral("Madame, Monsieur");
}

QString Institution::salutation() const
{
    const QString title = headTitle.trimmed();
    return title.isEmpty() ? defaultSalutation(kind) : title;
}

InstitutionKind institutionKindFor(AuthorityKind kind)
{
    switch (kind) {
    case AuthorityKind::Cpam:
        return InstitutionKind::Cpam;
    case AuthorityKind::Ordre:
        return InstitutionKind::Ordre;
    case AuthorityKind::CpamMediator:
        return InstitutionKind::CpamMediator;
    case AuthorityKind::DefenseurDesDroits:
        return InstitutionKind::DefenseurDesDroits;
    case AuthorityKind::Ddpp:
        return InstitutionKind::Ddpp;
    case AuthorityKind::Prosecutor:
        break;
    }
    return InstitutionKind::Other;
}

} // namespace saisine
