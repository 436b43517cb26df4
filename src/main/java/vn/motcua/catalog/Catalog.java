package vn.motcua.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalog.procedure.ProcedureStore;

/** What other modules (dossier, portal, reporting) read of the catalog. */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final ProcedureStore store;

    Catalog(ProcedureStore store) {
        this.store = store;
    }

    /** The latest published version, whether or not the procedure is active. */
    public Optional<ProcedureVersion> current(String code) {
        return store.current(code);
    }

    /** A given version: what a dossier started under keeps answering the same. */
    public Optional<ProcedureVersion> version(String code, int version) {
        return store.version(code, version);
    }

    public List<VersionInfo> history(String code) {
        return store.history(code);
    }

    public boolean isActive(String code) {
        return store.isActive(code);
    }

    public List<Field> fields() {
        return store.fields();
    }
}
