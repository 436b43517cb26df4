package vn.motcua.catalog;

/**
 * A document (thành phần hồ sơ) the applicant brings: how many originals and copies, whether it is
 * required, the form template to download, and whether an electronic copy is accepted.
 */
public record DocumentRequirement(String name, Integer originals, Integer copies, Boolean required,
        String formName, String formUrl, Boolean electronicCopyAccepted) {

    public DocumentRequirement {
        name = Texts.clean(name);
        // Absent means required: the safer reading for a citizen preparing a dossier.
        required = required == null || required;
        electronicCopyAccepted = Boolean.TRUE.equals(electronicCopyAccepted);
        formName = Texts.clean(formName);
        formUrl = Texts.clean(formUrl);
    }
}
