package vn.motcua.dossier.processing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.ControlSheet;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierSnapshot;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.HistoryEntry;
import vn.motcua.dossier.StepPassage;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;
import vn.motcua.platform.web.ProblemException;

/** The module's read API ({@link Dossiers}): reading dossiers within the actor's reach, or for the system. */
@Service
@Transactional(readOnly = true)
public class DossierReads implements Dossiers {

    private final DossierStore store;
    private final ControlSheets controlSheets;
    private final StepPassages passages;

    DossierReads(DossierStore store, ControlSheets controlSheets, StepPassages passages) {
        this.store = store;
        this.controlSheets = controlSheets;
        this.passages = passages;
    }

    @Override
    public Optional<Dossier> byCode(String code) {
        return store.byCode(code);
    }

    @Override
    public Dossier visible(Actor actor, String code) {
        return store.byCode(code).filter(d -> Visibility.canSee(actor, d))
                .orElseThrow(() -> ProblemException.notFound("dossier.notFound", code));
    }

    @Override
    public PageResult<Dossier> ownedBy(Actor applicant, PageRequest page) {
        return new PageResult<>(store.ownedBy(applicant.accountId(), page.size(), page.offset()), page.page(),
                page.size(), store.countOwnedBy(applicant.accountId()));
    }

    @Override
    public List<HistoryEntry> history(Dossier d) {
        return store.history(d.id());
    }

    @Override
    public List<DossierDocument> documents(Dossier d) {
        return store.documents(d.id());
    }

    @Override
    public Optional<DossierSnapshot> snapshot(String code) {
        return store.byCode(code).map(d -> new DossierSnapshot(d, store.history(d.id()), store.documents(d.id())));
    }

    @Override
    public ControlSheet controlSheet(Dossier d) {
        return controlSheets.of(d);
    }

    @Override
    public List<Dossier> receivedBy(long receivingAgencyId, Instant from, Instant to) {
        return store.receivedBy(receivingAgencyId, from, to);
    }

    @Override
    public void stepPassages(Instant start, Instant end, Collection<Long> resolvingAgencyIds,
            Consumer<StepPassage> sink) {
        passages.leftBetween(start, end, resolvingAgencyIds, sink);
    }
}
