package io.rapport.shared;

/** One invalid field and what is wrong with it; the API lists them under {@code errors}. */
public record FieldProblem(String field, String message) {}
