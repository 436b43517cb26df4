package vn.motcua.forms.pdf;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import vn.motcua.dossier.Dossier;
import vn.motcua.platform.time.BusinessZone;

/**
 * What a dossier form prints, gathered once at the moment of the action: the dossier as it stood,
 * the names of the agencies, the procedure's legal time limit, the documents submitted, and the
 * action's officer, note and instant (from the event, which a later action cannot change).
 */
public record FormFacts(Letterhead head, Dossier dossier, String receivingUnit, String resolvingAgency,
        String timeLimit, List<String> documents, String lookupUrl, String officer, String note, Instant at,
        BusinessZone zone) {

    /** “09 giờ 00 phút, ngày 02/03/2026”, as the forms write an instant. */
    public String moment(Instant instant) {
        if (instant == null) {
            return null;
        }
        ZonedDateTime t = instant.atZone(zone.zone());
        return "%02d giờ %02d phút, ngày %s".formatted(t.getHour(), t.getMinute(), zone.formatDate(instant));
    }

    /** The note split into items, one per line or semicolon, as officers list what is missing. */
    public List<String> noteItems() {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(note.split("[\\n;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
