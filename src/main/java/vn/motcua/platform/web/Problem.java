package vn.motcua.platform.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.motcua.platform.i18n.LocalizedText;

/**
 * RFC 9457 problem details, with the message in Vietnamese and English ({@code message}) and one
 * entry per invalid field ({@code errors}). {@code title} and {@code detail} are in the language
 * of the request.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        LocalizedText message, List<Error> errors) {

    public static final String TYPE_PREFIX = "urn:motcua:problem:";

    /** One invalid field. */
    public record Error(String field, LocalizedText message) {
    }
}
