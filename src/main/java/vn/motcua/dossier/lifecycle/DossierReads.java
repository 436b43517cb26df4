package vn.motcua.dossier.lifecycle;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.ProblemException;

/** Reading dossiers within the actor's reach: a dossier outside it is "not found", never revealed. */
@Service
@Transactional(readOnly = true)
public class DossierReads {

    private final DossierStore store;
    private final Authorization authorization;

    DossierReads(DossierStore store, Authorization authorization) {
        this.store = store;
        this.authorization = authorization;
    }

    public Dossier visible(Actor actor, String code) {
        return store.byCode(code).filter(d -> authorization.canSee(actor, d))
                .orElseThrow(() -> ProblemException.notFound("dossier.notFound", code));
    }

    public List<HistoryEntry> history(Dossier d) {
        return store.history(d.id());
    }

    public List<DossierDocument> documents(Dossier d) {
        return store.documents(d.id());
    }
}
