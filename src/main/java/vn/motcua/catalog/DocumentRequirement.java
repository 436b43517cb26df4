package vn.motcua.catalog;

/**
 * A document (thành phần hồ sơ) the applicant brings: how many originals and copies, whether it is
 * required, the form template to download, and whether an electronic copy is accepted.
 */
public record DocumentRequirement(String name, Integer originals, Integer copies, boolean required,
        String formName, String formUrl, boolean electronicCopyAccepted) {

    public DocumentRequirement {
        name = Texts.clean(name);
        formName = Texts.clean(formName);
        formUrl = Texts.clean(formUrl);
    }
}
