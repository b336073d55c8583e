/**
 * The one filter model of Rapport: AND/OR groups of field-operator-value conditions, as list views, exports,
 * segments, reports and automation rules use it. Its JSON form is the same everywhere:
 * {@code {"and": [{"field": "country", "op": "in", "value": ["NO", "SE"]}, {"or": [...]}]}}.
 * {@link io.rapport.shared.filter.FilterParser} reads it, {@link io.rapport.shared.filter.FilterPredicates} turns
 * it into a JPA criteria predicate over the fields a record type offers ({@link io.rapport.shared.filter.FilterField}).
 */
package io.rapport.shared.filter;
