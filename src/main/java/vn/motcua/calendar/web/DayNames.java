package vn.motcua.calendar.web;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.CalendarDay;
import vn.motcua.platform.i18n.LocalizedText;
import vn.motcua.platform.i18n.Messages;

/** The name of a calendar day in both languages: a holiday's from the bundles, a decided day's as entered. */
@Component
class DayNames {

    private final Messages messages;

    DayNames(Messages messages) {
        this.messages = messages;
    }

    /** Null for an ordinary day. */
    LocalizedText of(CalendarDay day) {
        if (day.decidedName() != null) {
            return new LocalizedText(day.decidedName(), day.decidedName());
        }
        if (day.holidayKey() == null) {
            return null;
        }
        LocalizedText holiday = messages.text(day.holidayKey());
        if (!day.inLieu()) {
            return holiday;
        }
        return new LocalizedText(messages.get("calendar.holiday.inLieu", Messages.VI, holiday.vi()),
                messages.get("calendar.holiday.inLieu", Messages.EN, holiday.en()));
    }
}
