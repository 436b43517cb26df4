package vn.motcua.platform.web;

/** One invalid field of a request: the field's path and the message key explaining it. */
public record FieldProblem(String field, String messageKey, Object... args) {
}
