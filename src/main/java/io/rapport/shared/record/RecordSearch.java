package io.rapport.shared.record;

import java.util.List;
import java.util.UUID;

/** How the global search box finds records of one type: the best matches the signed-in user may see. */
@FunctionalInterface
public interface RecordSearch {

    List<Hit> search(String query, int limit);

    /** One match: what the box shows of it (a title and a few details) and the record it opens. */
    record Hit(UUID id, String title, List<String> details) {

        /** Details that are null or blank are left out. */
        public Hit {
            details = details.stream()
                    .filter(detail -> detail != null && !detail.isBlank())
                    .toList();
        }
    }
}
