package vn.motcua.catalog.importing;

/** Told how far an import got, so that the admin page can show a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void advanced(int done, int total);
}
