package io.rapport.shared.exports;

import io.rapport.shared.web.ListLinks;

/**
 * A list page's export links: the list's filters at its export path, as CSV and as Excel, streamed; and the same
 * as a background export (a form posts there), for lists too large to wait for.
 */
public record ExportLinks(String csv, String xlsx, String background) {

    /**
     * @param list the list's path segment, {@code contacts}
     */
    public static ExportLinks of(ListLinks links, String contextPath, String list) {
        String csv = links.at(contextPath + "/" + list + "/export");
        return new ExportLinks(
                csv, csv + (csv.contains("?") ? "&" : "?") + "format=xlsx", links.at(contextPath + "/exports/" + list));
    }
}
