package io.rapport.shared.filter;

import java.util.Arrays;
import java.util.Optional;

/** What a condition asks of a field; the JSON names are the codes. */
public enum Operator {
    EQ("eq"),
    NE("ne"),
    LT("lt"),
    LTE("lte"),
    GT("gt"),
    GTE("gte"),
    IN("in"),
    NOT_IN("notIn"),
    CONTAINS("contains"),
    STARTS_WITH("startsWith"),
    ENDS_WITH("endsWith"),
    IS_EMPTY("isEmpty"),
    IS_NOT_EMPTY("isNotEmpty"),
    BETWEEN("between"),
    IN_LAST("inLast");

    private final String code;

    Operator(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean takesNoValue() {
        return this == IS_EMPTY || this == IS_NOT_EMPTY;
    }

    public boolean takesList() {
        return this == IN || this == NOT_IN || this == BETWEEN;
    }

    public static Optional<Operator> fromCode(String code) {
        return Arrays.stream(values()).filter(op -> op.code.equals(code)).findFirst();
    }

    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Operator::code).toList());
    }
}
