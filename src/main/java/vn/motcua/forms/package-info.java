/**
 * Forms: the official forms of the one-stop mechanism as PDF — the receipt and appointment,
 * supplement request, refusal of intake and apology (Mẫu 01–04 of TT 01/2018/TT-VPCP), issued from
 * the dossier's actions and kept with the dossier (SHA-256 in the file store); the control sheet
 * (Mẫu 05) and the tracking book (Mẫu 06), drawn on request since they change over time.
 * <p>
 * Depends on: {@code platform}, {@code organization}, {@code catalog}, {@code dossier} (its public API
 * {@code Dossiers} and its events), {@code documents} (storage and downloads). The {@code reporting} module
 * prints its report with the named interface {@code pdf} (layout, letterhead, fonts); nothing else
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forms", allowedDependencies = { "platform",
        "organization", "catalog", "dossier", "documents" })
package vn.motcua.forms;
