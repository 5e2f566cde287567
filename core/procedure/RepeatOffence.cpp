#include "RepeatOffence.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace saisine {

QString RepeatOffence::normalisedName(const Professional& professional)
{
    const auto isAscii = [](const QString& text) {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    };
    QVarLengthArray<char16_t, 96> asciiFolded;
    QString folded;
    QStringView foldedView;
    if (isAscii(professional.firstName) && isAscii(professional.lastName)) {
        // Most names: ASCII has no decompositions, accents or ligatures, so folding is only
        // lower-casing letters and turning the rest into spaces (what the loop below does to
        // ASCII), without the cost of a Unicode normalisation, nor of a string on the heap.
        const auto fold = [&](const QString& text) {
            for (const QChar c : text) {
                const char16_t u = c.unicode();
                if (u >= u'A' && u <= u'Z') {
                    asciiFolded.append(char16_t(u - u'A' + u'a'));
                } else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                    asciiFolded.append(u);
                } else {
                    asciiFolded.append(u' ');
                }
            }
        };
        fold(professional.firstName);
        asciiFolded.append(u' ');
        fold(professional.lastName);
        foldedView = QStringView(asciiFolded.constData(), asciiFolded.size());
    } else {
        const QString full = professional.firstName + QLatin1Char(' ') + professional.lastName;
        for (const QChar c : full.normalized(QString::NormalizationForm_KD)) {
            if (c.category() == QChar::Mark_NonSpacing) {
                continue; // the accent of a decomposed letter
            }
            folded.append(c.isLetterOrNumber() ? c.toLower() : QLatin1Char(' '));
        }
        // Ligatures that do not decompose.
        folded.replace(QChar(0x0153), QLatin1String("oe")).replace(QChar(0x00E6), QLatin1String("ae"));
        folded.replace(QChar(0x00DF), QLatin1String("ss"));
        foldedView = folded;
    }
    static const QStringList titles = {QStringLiteral("dr"),         QStringLiteral("docteur"), QStringLiteral("pr"),
                                       QStringLiteral("professeur"), QStringLiteral("me"),      QStringLiteral("mme"),
                                       QStringLiteral("m")};
    // Split, filtered, sorted and joined as views into the folded name: the dashboard normalises tens
    // of thousands of names, and a list of strings costs an allocation per word.
    QVarLengthArray<QStringView, 8> words;
    qsizetype length = 0;
    for (const QStringView word : foldedView.tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!titles.contains(word)) {
            words.append(word);
            length += word.size() + 1;
        }
    }
    std::sort(words.begin(), words.end()); // as QStringList::sort(): by UTF-16 code units
    QString name;
    if (words.isEmpty()) {
        return name;
    }
    name.reserve(length - 1);
    for (const QStringView word : std::as_const(words)) {
        if (!name.isEmpty()) {
            name.append(QLatin1Char(' '));
        }
        name.append(word);
    }
    return name;
}

std::optional<ProfessionalMatch> RepeatOffence::match(const Professional& wanted, const Professional& candidate)
{
    QString wantedName;
    QString candidateName;
    return match(
        wanted, candidate, [&]() -> const QString& { return wantedName = normalisedName(wanted); },
        [&]() -> const QString& { return candidateName = normalisedName(candidate); });
}

RepeatOffenceFinding RepeatOffence::assess(const QDate& receipt, const QList<KnownCase>& earlierCases,
                                           const law::LawTables& tables)
{
    RepeatOffenceFinding finding;
    finding.receipt = receipt;
    const auto rule = tables.deadlineRule(QStringLiteral("repeat_offence_lookback"), receipt);
    if (!rule || !receipt.isValid()) {
        return finding;
    }
    finding.law = rule.row->law;
    finding.windowStart = rule.row->apply(receipt);
    for (const KnownCase& known : earlierCases) {
        for (const QDate& sanction : known.events.finalSanctions) {
            // Inclusive window [receipt - 6 years, receipt]: a sanction exactly 6 years
            // before still counts (see deadlines.json, note of repeat_offence_lookback).
            if (sanction >= finding.windowStart && sanction <= receipt
                && (!finding.repeatOffence || sanction > finding.sanctionDate)) {
                finding.repeatOffence = true;
                finding.sanctionDate = sanction;
                finding.caseReference = known.events.reference;
            }
        }
    }
    return finding;
}

Result<QList<KnownCase>> RepeatOffence::knownCases(Database& db, const Professional& professional, qint64 excludeCaseId)
{
    const ProcedureQueries queries(db);
    const auto candidates = queries.candidateProfessionals(professional);
    if (!candidates) {
        return candidates.error();
    }
    QList<qint64> ids;
    QHash<qint64, ProfessionalMatch> matchOf;
    for (const Professional& candidate : *candidates) {
        if (const auto how = match(professional, candidate)) {
            ids.append(candidate.id);
            matchOf.insert(candidate.id, *how);
        }
    }
    const auto cases = queries.casesOf(ids, excludeCaseId);
    if (!cases) {
        return cases.error();
    }
    QList<KnownCase> result;
    for (const ProfessionalCaseEvents& events : *cases) {
        result.append(KnownCase {events, matchOf.value(events.professionalId, ProfessionalMatch::SameRecord)});
    }
    return result;
}

QString RepeatOffence::matchKey(ProfessionalMatch match)
{
    switch (match) {
    case ProfessionalMatch::SameRecord:
        return QStringLiteral("same_record");
    case ProfessionalMatch::SameRpps:
        return QStringLiteral("same_rpps");
    case ProfessionalMatch::SameNameProfessionPostcode:
        return QStringLiteral("same_name_profession_postcode");
    }
    return {};
}

QString RepeatOffence::matchLabel(ProfessionalMatch match)
{
    switch (match) {
    case ProfessionalMatch::SameRecord:
        return tr("same professional record");
    case ProfessionalMatch::SameRpps:
        return tr("same RPPS number");
    case ProfessionalMatch::SameNameProfessionPostcode:
        return tr("same name, profession and postcode");
    }
    return {};
}

} // namespace saisine
