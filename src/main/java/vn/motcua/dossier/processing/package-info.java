/**
 * Processing: the dossier's state machine ({@link vn.motcua.dossier.processing.Lifecycle}), what each
 * action does ({@code StepMoves}), who may take it ({@code Authorization}) and see it
 * ({@link vn.motcua.dossier.processing.Visibility}), deadlines, and the one writer of the dossier tables
 * ({@link vn.motcua.dossier.processing.DossierStore}); the dossier page, the actions API and
 * attachments. Internal to the dossier module: other modules use {@link vn.motcua.dossier.Dossiers}.
 */
package vn.motcua.dossier.processing;
