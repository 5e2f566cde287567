#pragma once

#include "model/Person.h"
#include "model/Professional.h"
#include "model/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace saisine::french {

// The wording of the letters is French whatever the language of the interface: they go to
// French institutions. These helpers give the French words for the stable keys of the model.

QString date(const QDate& date); // "1er mars 2026", "15 mars 2026"
QString dates(const QList<QDate>& dates); // "le 3 février 2026", "les 3 et 10 février 2026"
QString civility(Civility civility); // "Madame", "Monsieur", ""
QString designation(const Person& person); // "Madame Awa Diallo", or "Awa Diallo"
QString designation(const Professional& professional); // "Monsieur Laurent Morel" or "Pharmacie du Parc"
// "chirurgien-dentiste"; the feminine form for a woman ("pharmacienne").
QString profession(Profession profession, bool plural = false, bool feminine = false);
QString profession(const Professional& professional);
QString unquoted(const QString& text); // without the quotation marks around it
QString form(RefusalForm form); // "un refus de recevoir ou de soigner"
QString ground(Ground ground); // "son origine", "sa qualité de bénéficiaire de l'AME"
QString evidenceKind(EvidenceKind kind); // "Attestation de témoin"
QString enumeration(const QStringList& items); // "a, b et c"
QString article(const QString& article); // "R4127-7 CSP" -> "article R4127-7 du code de la santé publique"

} // namespace saisine::french
