/**
 * Dossier: the dossier aggregate and its lifecycle — intake on every channel, codes, the state
 * machine, process steps and assignments, deadlines, supplements, transfers, results, return,
 * apology, append-only history.
 * <p>
 * Depends on: {@code platform}, {@code organization}, {@code calendar}, {@code catalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier")
package vn.motcua.dossier;
