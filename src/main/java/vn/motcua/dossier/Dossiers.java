package vn.motcua.dossier;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;

/**
 * The dossier module's read API for other modules (as {@code catalog.Catalog}): dossiers as others
 * need them, their history, documents, control sheet, the tracking book and the passages through
 * process steps. Read-only: a dossier changes only through its actions, and other modules learn of
 * each change from {@link DossierChanged} and {@link DeadlineApproaching} through the outbox.
 * <p>
 * Two kinds of read: {@code visible…} and {@code ownedBy} on behalf of a person (a dossier outside
 * their reach is "not found", never revealed), and the unscoped ones for the system's own consumers of
 * the dossier events (forms, notifications, the national portal sync), which act on no one's behalf.
 */
public interface Dossiers {

    /** The dossier, for a consumer of the dossier events; empty when no dossier has that code. */
    Optional<Dossier> byCode(String code);

    /** The dossier if the actor may see it (its applicant, or an officer where it is or passes), else a 404. */
    Dossier visible(Actor actor, String code);

    /** The dossiers the account filed online, newest first: what a citizen sees as "my dossiers". */
    PageResult<Dossier> ownedBy(Actor applicant, PageRequest page);

    List<HistoryEntry> history(Dossier d);

    List<DossierDocument> documents(Dossier d);

    /** The dossier with its whole history and documents, for a system that mirrors it (the national portal). */
    Optional<DossierSnapshot> snapshot(String code);

    /** The control sheet (Mẫu 05) of the dossier. */
    ControlSheet controlSheet(Dossier d);

    /** The tracking book (Mẫu 06): dossiers received by the agency in {@code [from, to)}, in order of receipt. */
    List<Dossier> receivedBy(long receivingAgencyId, Instant from, Instant to);

    /**
     * Calls {@code sink} with every passage left in {@code [start, end)} by a dossier resolved by one of
     * {@code resolvingAgencyIds} (null = all), one dossier's events in memory at a time.
     */
    void stepPassages(Instant start, Instant end, Collection<Long> resolvingAgencyIds, Consumer<StepPassage> sink);
}
