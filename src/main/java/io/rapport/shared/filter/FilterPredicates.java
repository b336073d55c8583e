package io.rapport.shared.filter;

import io.rapport.shared.InvalidInputException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

/**
 * Turns a {@link Filter} into a JPA criteria predicate. Every value a user gave is a bind parameter; only custom
 * field keys (checked against their definitions) are inlined, so PostgreSQL can match their expression indexes.
 * A condition the field cannot take (a range on a tag, a text on a number) is a 400 that names the field.
 */
public final class FilterPredicates {

    private final CriteriaBuilder builder;
    private final HibernateCriteriaBuilder values;
    private final Root<?> root;
    private final FilterFields fields;
    private final Clock clock;

    private FilterPredicates(CriteriaBuilder builder, Root<?> root, FilterFields fields, Clock clock) {
        this.builder = builder;
        this.values = (HibernateCriteriaBuilder) builder;
        this.root = root;
        this.fields = fields;
        this.clock = clock;
    }

    public static Predicate of(CriteriaBuilder builder, Root<?> root, Filter filter, FilterFields fields) {
        return of(builder, root, filter, fields, Clock.systemUTC());
    }

    /** With the clock that relative dates ({@code inLast}, {@code age}) count from. */
    public static Predicate of(CriteriaBuilder builder, Root<?> root, Filter filter, FilterFields fields, Clock clock) {
        return new FilterPredicates(builder, root, fields, clock).predicate(filter);
    }

    private Predicate predicate(Filter filter) {
        if (filter == null) {
            return builder.conjunction();
        }
        if (filter instanceof Filter.All all) {
            return builder.and(all.parts().stream().map(this::predicate).toArray(Predicate[]::new));
        }
        if (filter instanceof Filter.Any any) {
            return any.parts().isEmpty()
                    ? builder.conjunction()
                    : builder.or(any.parts().stream().map(this::predicate).toArray(Predicate[]::new));
        }
        return condition((Filter.Condition) filter);
    }

    private Predicate condition(Filter.Condition condition) {
        FilterField field = fields.find(condition.field())
                .orElseThrow(() -> new InvalidInputException(
                        "filter",
                        "'" + condition.field() + "' is not a field to filter on; the fields are "
                                + String.join(", ", fields.names())));
        return switch (field.kind()) {
            case TEXT_ARRAY, OPTIONS -> elements(field, condition);
            case AGE -> age(field, condition);
            default -> scalar(field, condition);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate scalar(FilterField field, Filter.Condition condition) {
        Expression expression = field.read().from(builder, root);
        boolean text = field.kind() == FilterField.Kind.TEXT;
        if (text) {
            expression = builder.lower(expression);
        }
        Operator op = condition.op();
        return switch (op) {
            case IS_EMPTY ->
                text
                        ? builder.or(builder.isNull(expression), builder.equal(expression, ""))
                        : builder.isNull(expression);
            case IS_NOT_EMPTY ->
                text
                        ? builder.and(builder.isNotNull(expression), builder.notEqual(expression, ""))
                        : builder.isNotNull(expression);
            case EQ -> builder.equal(expression, value(field, condition, condition.value(), expression));
            case NE ->
                builder.or(
                        builder.isNull(expression),
                        builder.notEqual(expression, value(field, condition, condition.value(), expression)));
            case IN -> expression.in(list(field, condition, expression));
            case NOT_IN ->
                builder.or(builder.isNull(expression), builder.not(expression.in(list(field, condition, expression))));
            case LT, LTE, GT, GTE, BETWEEN -> range(field, condition, expression);
            case CONTAINS, STARTS_WITH, ENDS_WITH -> like(field, condition, expression);
            case IN_LAST -> inLast(field, condition, expression);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate range(FilterField field, Filter.Condition condition, Expression expression) {
        if (field.kind() == FilterField.Kind.UUID
                || field.kind() == FilterField.Kind.CODE
                || field.kind() == FilterField.Kind.BOOLEAN_TEXT) {
            throw unfit(field, condition);
        }
        if (condition.op() == Operator.BETWEEN) {
            List<?> bounds = (List<?>) condition.value();
            return builder.between(
                    expression, (Expression) value(field, condition, bounds.get(0), expression), (Expression)
                            value(field, condition, bounds.get(1), expression));
        }
        Expression bound = value(field, condition, condition.value(), expression);
        return switch (condition.op()) {
            case LT -> builder.lessThan(expression, bound);
            case LTE -> builder.lessThanOrEqualTo(expression, bound);
            case GT -> builder.greaterThan(expression, bound);
            default -> builder.greaterThanOrEqualTo(expression, bound);
        };
    }

    @SuppressWarnings("unchecked")
    private Predicate like(FilterField field, Filter.Condition condition, Expression<?> expression) {
        if (field.kind() != FilterField.Kind.TEXT) {
            throw unfit(field, condition);
        }
        String escaped = text(condition, condition.value())
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        String pattern = switch (condition.op()) {
            case STARTS_WITH -> escaped + "%";
            case ENDS_WITH -> "%" + escaped;
            default -> "%" + escaped + "%";
        };
        return builder.like((Expression<String>) expression, values.value(pattern), '\\');
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate inLast(FilterField field, Filter.Condition condition, Expression expression) {
        Instant since = since(condition);
        Object bound = switch (field.kind()) {
            case DATE -> LocalDate.ofInstant(since, ZoneOffset.UTC);
            case INSTANT -> since;
            case DATE_TEXT -> LocalDate.ofInstant(since, ZoneOffset.UTC).toString();
            case INSTANT_TEXT -> since.truncatedTo(ChronoUnit.SECONDS).toString();
            default -> throw unfit(field, condition);
        };
        return builder.greaterThanOrEqualTo(expression, (Expression) values.value(bound));
    }

    /** The start of an ISO-8601 period or duration back from now: "P30D", "P1Y", "PT12H". */
    private Instant since(Filter.Condition condition) {
        String amount = text(condition, condition.value()).toUpperCase(Locale.ROOT);
        Instant now = clock.instant();
        try {
            if (amount.contains("T")) {
                return now.minus(Duration.parse(amount));
            }
            return LocalDate.ofInstant(now, ZoneOffset.UTC)
                    .minus(Period.parse(amount))
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "filter", condition.field() + ": inLast takes an ISO-8601 period such as P30D, P6M or PT12H");
        }
    }

    /** Tags, emails and multi selects: eq and contains ask for an element, in for any of several. */
    private Predicate elements(FilterField field, Filter.Condition condition) {
        Expression<?> column = field.read().from(builder, root);
        return switch (condition.op()) {
            case EQ, CONTAINS -> hasElement(field, column, text(condition, condition.value()));
            case NE -> builder.not(hasElement(field, column, text(condition, condition.value())));
            case IN -> builder.or(elementsOf(field, condition, column));
            case NOT_IN -> builder.not(builder.or(elementsOf(field, condition, column)));
            case IS_EMPTY -> isEmptyList(field, column);
            case IS_NOT_EMPTY -> builder.not(isEmptyList(field, column));
            default -> throw unfit(field, condition);
        };
    }

    private Predicate[] elementsOf(FilterField field, Filter.Condition condition, Expression<?> column) {
        return ((List<?>) condition.value())
                .stream()
                        .map(item -> hasElement(field, column, text(condition, item)))
                        .toArray(Predicate[]::new);
    }

    private Predicate hasElement(FilterField field, Expression<?> column, String element) {
        if (field.kind() == FilterField.Kind.OPTIONS) {
            return builder.isTrue(builder.function(
                    "cf_has", Boolean.class, column, builder.literal(field.customKey()), values.value(element)));
        }
        return builder.isTrue(builder.function("array_contains", Boolean.class, column, values.value(element)));
    }

    private Predicate isEmptyList(FilterField field, Expression<?> column) {
        if (field.kind() == FilterField.Kind.OPTIONS) {
            return builder.isNull(
                    builder.function("cf_text", String.class, column, builder.literal(field.customKey())));
        }
        return builder.equal(builder.coalesce(builder.function("cardinality", Integer.class, column), 0), 0);
    }

    /**
     * Age in whole years as birth date bounds: "age >= n" is "born on or before today minus n years", and the
     * other comparisons follow from it, so the birth date column's index serves them.
     */
    @SuppressWarnings("unchecked")
    private Predicate age(FilterField field, Filter.Condition condition) {
        Expression<LocalDate> born = (Expression<LocalDate>) field.read().from(builder, root);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return switch (condition.op()) {
            case IS_EMPTY -> builder.isNull(born);
            case IS_NOT_EMPTY -> builder.isNotNull(born);
            case GTE -> atLeast(born, today, years(condition, condition.value()));
            case GT -> atLeast(born, today, years(condition, condition.value()) + 1);
            case LTE -> below(born, today, years(condition, condition.value()) + 1);
            case LT -> below(born, today, years(condition, condition.value()));
            case EQ -> exactly(born, today, years(condition, condition.value()));
            case NE ->
                builder.or(
                        builder.isNull(born), builder.not(exactly(born, today, years(condition, condition.value()))));
            case BETWEEN -> {
                List<?> bounds = (List<?>) condition.value();
                yield builder.and(
                        atLeast(born, today, years(condition, bounds.get(0))),
                        below(born, today, years(condition, bounds.get(1)) + 1));
            }
            case IN ->
                builder.or(((List<?>) condition.value())
                        .stream()
                                .map(item -> exactly(born, today, years(condition, item)))
                                .toArray(Predicate[]::new));
            default -> throw unfit(field, condition);
        };
    }

    private Predicate atLeast(Expression<LocalDate> born, LocalDate today, long years) {
        return builder.lessThanOrEqualTo(born, values.value(today.minusYears(years)));
    }

    private Predicate below(Expression<LocalDate> born, LocalDate today, long years) {
        return builder.greaterThan(born, values.value(today.minusYears(years)));
    }

    private Predicate exactly(Expression<LocalDate> born, LocalDate today, long years) {
        return builder.and(atLeast(born, today, years), below(born, today, years + 1));
    }

    private long years(Filter.Condition condition, Object value) {
        if (value instanceof Number number
                && number.doubleValue() == Math.floor(number.doubleValue())
                && number.longValue() >= 0) {
            return number.longValue();
        }
        if (value instanceof String text && text.strip().matches("\\d{1,3}")) {
            return Long.parseLong(text.strip());
        }
        throw new InvalidInputException("filter", condition.field() + ": age takes whole years, such as 30");
    }

    private Expression<?>[] list(FilterField field, Filter.Condition condition, Expression<?> expression) {
        List<Expression<?>> items = new ArrayList<>();
        for (Object item : (List<?>) condition.value()) {
            items.add(value(field, condition, item, expression));
        }
        if (items.isEmpty()) {
            throw new InvalidInputException(
                    "filter", condition.field() + ": " + condition.op().code() + " needs at least one value");
        }
        return items.toArray(Expression<?>[]::new);
    }

    /** One value of a condition, read as the field's kind and bound as a parameter. */
    private Expression<?> value(FilterField field, Filter.Condition condition, Object raw, Expression<?> expression) {
        try {
            Object value = switch (field.kind()) {
                case TEXT -> text(condition, raw).toLowerCase(Locale.ROOT);
                case NUMBER -> number(raw, expression.getJavaType());
                case DATE -> LocalDate.parse(text(condition, raw));
                case INSTANT -> instant(text(condition, raw));
                case DATE_TEXT -> LocalDate.parse(text(condition, raw)).toString();
                case INSTANT_TEXT -> instant(text(condition, raw)).toString();
                case BOOLEAN_TEXT -> bool(raw);
                case UUID -> java.util.UUID.fromString(text(condition, raw));
                case CODE -> field.parser().apply(text(condition, raw));
                default -> throw unfit(field, condition);
            };
            return values.value(value);
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(
                    "filter", condition.field() + ": '" + raw + "' is not " + expected(field.kind()));
        }
    }

    private static Object number(Object raw, Class<?> type) {
        BigDecimal number = raw instanceof Number n
                ? new BigDecimal(n.toString())
                : new BigDecimal(String.valueOf(raw).strip());
        if (type == Integer.class) {
            return number.intValueExact();
        }
        if (type == Long.class) {
            return number.longValueExact();
        }
        return number;
    }

    private static Instant instant(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return Instant.parse(text).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String bool(Object raw) {
        String text = String.valueOf(raw).strip().toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("not a boolean");
        }
        return text;
    }

    private static String text(Filter.Condition condition, Object raw) {
        if (raw == null || raw instanceof List<?>) {
            throw new InvalidInputException(
                    "filter", condition.field() + ": " + condition.op().code() + " takes one value");
        }
        return String.valueOf(raw).strip();
    }

    private static String expected(FilterField.Kind kind) {
        return switch (kind) {
            case NUMBER -> "a number";
            case DATE, DATE_TEXT -> "a date as YYYY-MM-DD";
            case INSTANT, INSTANT_TEXT -> "a date (YYYY-MM-DD) or an instant (YYYY-MM-DDTHH:MM:SSZ)";
            case BOOLEAN_TEXT -> "true or false";
            case UUID -> "an id";
            default -> "one of the field's values";
        };
    }

    private static InvalidInputException unfit(FilterField field, Filter.Condition condition) {
        return new InvalidInputException(
                "filter",
                condition.field() + " cannot be compared with " + condition.op().code());
    }
}
