/**
 * The dossier's state and its reads, open to other modules: the forms module prints receipts,
 * control sheets and registers from {@code Dossier}, {@code DossierReads} and {@code ControlSheets}
 * with the dossier's own authorization, rather than copying its rules.
 */
@org.springframework.modulith.NamedInterface("lifecycle")
package vn.motcua.dossier.lifecycle;
