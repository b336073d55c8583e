package io.rapport.shared;

/** What a list asks for: how many rows, after which cursor, sorted by which field in which direction. */
public record PageRequest(int limit, Cursor cursor, String sort, boolean descending) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Pages an export reads at a time: larger than a screen's, so a million rows take 500 queries, not 5 000. */
    public static final int EXPORT_LIMIT = 2_000;

    /**
     * Reads the API's {@code limit}, {@code cursor} and {@code sort} parameters; {@code sort} is a field name,
     * prefixed with {@code -} for descending order.
     */
    public static PageRequest of(Integer limit, String cursor, String sort, String defaultSort) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        String effective = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        boolean descending = effective.startsWith("-");
        return new PageRequest(
                size, Cursor.decode(cursor), descending ? effective.substring(1) : effective, descending);
    }

    /** A page of an export, ascending by {@code sort}, after {@code cursor} (null for the first). */
    public static PageRequest forExport(String cursor, String sort) {
        return new PageRequest(EXPORT_LIMIT, Cursor.decode(cursor), sort, false);
    }
}
