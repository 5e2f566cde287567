#pragma once

#include "model/Procedure.h"
#include "model/Professional.h"
#include "procedure/LawTables.h"

#include <QDate>

#include <initializer_list>
#include <utility>

// Small builders shared by the procedure tests.
namespace saisine::test {

inline const law::LawTables& builtInLaw()
{
    static const law::LawTables law = *law::LawTables::builtIn();
    return law;
}

inline Procedure conciliation(std::initializer_list<std::pair<ProcedureEventKind, QDate>> events)
{
    Procedure procedure;
    procedure.id = 7;
    procedure.uid = QStringLiteral("0b6c3f1e-5d0a-4f38-9a77-1f2d3c4b5a69");
    procedure.route = Route::Conciliation;
    for (const auto& [kind, date] : events) {
        ProcedureEvent event;
        event.kind = kind;
        event.date = date;
        procedure.events.append(event);
    }
    return procedure;
}

inline Professional professional(Profession profession, const QString& postcode = QStringLiteral("69003"))
{
    Professional p;
    p.firstName = QStringLiteral("Claire");
    p.lastName = QStringLiteral("Durand");
    p.profession = profession;
    p.address.postcode = postcode;
    return p;
}

} // namespace saisine::test
