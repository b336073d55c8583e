package io.rapport.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paginated list: its items and the opaque cursor of the next page, or null on the last. */
public record CursorPage<T>(List<T> items, String nextCursor) {

    public <R> CursorPage<R> map(Function<T, R> mapper) {
        return new CursorPage<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
