#include "DeadlinesIcs.h"

#include "common/Clock.h"

#include <ctime>
#include <libical/ical.h>
#include <memory>

namespace saisine {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype dateValue(const QDate& date)
{
    icaltimetype value = icaltime_null_date();
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    value.is_date = 1;
    return value;
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

} // namespace

QString DeadlinesIcs::uidFor(const ProcedureDeadlines& procedure, const Deadline& deadline)
{
    const QString owner = procedure.procedureUid.isEmpty() ? QStringLiteral("procedure-%1").arg(procedure.procedureId)
                                                           : procedure.procedureUid;
    return owner + QLatin1Char('-') + deadline.key + QStringLiteral("@saisine");
}

Result<QByteArray> DeadlinesIcs::write(const QList<ProcedureDeadlines>& procedures, const Clock& clock, int dueSoonDays)
{
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    if (!calendar) {
        return Error {
            tr("The calendar file could not be written."), QString::fromUtf8(icalerror_strerror(icalerrno)), {}, {}};
    }
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Saisine//Saisine " SAISINE_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    const icaltimetype stamp = icaltime_from_timet_with_zone(static_cast<time_t>(clock.now().toSecsSinceEpoch()), 0,
                                                             icaltimezone_get_utc_timezone());
    for (const ProcedureDeadlines& procedure : procedures) {
        for (const Deadline& deadline : procedure.deadlines) {
            if (!deadline.due.isValid() || deadline.status == DeadlineStatus::NoLongerApplicable) {
                continue;
            }
            icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
            icalcomponent_add_property(event, icalproperty_new_uid(utf8(uidFor(procedure, deadline)).constData()));
            icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
            icalcomponent_add_property(event, icalproperty_new_dtstart(dateValue(deadline.due)));
            icalcomponent_add_property(event, icalproperty_new_dtend(dateValue(deadline.due.addDays(1))));
            icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
            const QString summary = tr("%1: %2").arg(procedure.caseReference, deadline.label());
            icalcomponent_add_property(event, icalproperty_new_summary(utf8(summary).constData()));

            QStringList lines;
            lines << tr("Case %1").arg(procedure.caseReference);
            lines << tr("Deadline: %1 (%2)").arg(deadline.label(), deadline.rule);
            lines << tr("Legal source: %1").arg(deadline.law.source);
            lines << tr("Status: %1").arg(ConciliationDeadlines::statusLabel(deadline.status));
            if (deadline.metOn) {
                lines << tr("Done on %1").arg(deadline.metOn->toString(Qt::ISODate));
            }
            if (deadline.flags.holiday) {
                lines
                    << tr("Falls on a public holiday (%1): the legal date is kept.").arg(deadline.flags.holiday->label);
            } else if (deadline.flags.weekend) {
                lines << tr("Falls on a weekend: the legal date is kept.");
            }
            if (deadline.law.needsConfirmation) {
                lines << tr("This rule needs confirmation.");
            }
            icalcomponent_add_property(event,
                                       icalproperty_new_description(utf8(lines.join(QLatin1Char('\n'))).constData()));
            icalcomponent_add_property(event, icalproperty_new_categories("Saisine"));

            const bool open = deadline.status == DeadlineStatus::Upcoming || deadline.status == DeadlineStatus::DueSoon;
            if (open && dueSoonDays > 0) {
                icalcomponent* alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
                icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
                icaltriggertype trigger;
                trigger.time = icaltime_null_time();
                trigger.duration = icaldurationtype_from_int(-dueSoonDays * 24 * 3600);
                icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
                icalcomponent_add_property(alarm, icalproperty_new_description(utf8(summary).constData()));
                icalcomponent_add_component(event, alarm);
            }
            icalcomponent_add_component(calendar.get(), event);
        }
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text) {
        return Error {
            tr("The calendar file could not be written."), QString::fromUtf8(icalerror_strerror(icalerrno)), {}, {}};
    }
    QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

} // namespace saisine
