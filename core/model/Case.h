#pragma once

#include "Evidence.h"
#include "Mandate.h"
#include "Procedure.h"
#include "Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace saisine {

// One person's account of a refusal of care, and everything the association does about it.
struct Case
{
    qint64 id = 0;
    QString uid;
    QString reference; // "2026-0042": unique, shown everywhere
    qint64 personId = 0;
    QList<qint64> professionalIds; // at least one; the first is the main one
    QList<QDate> factDates; // dates of the facts, in order
    QString place; // where it happened (practice, pharmacy, booking site...)
    QList<RefusalForm> forms;
    QString otherFormDescription; // when forms contains RefusalForm::Other
    QList<Ground> grounds; // the ground the person believes is the real one
    QString statedReason; // the reason the professional gave, if any
    QString narrative;
    CaseStatus status = CaseStatus::Intake;
    QString notes;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    // Owned parts of the case, loaded by CaseRepository::loadFull.
    QList<Evidence> evidence;
    QList<Procedure> procedures;
    QList<Mandate> mandates;

    friend bool operator==(const Case&, const Case&) = default;
};

} // namespace saisine
