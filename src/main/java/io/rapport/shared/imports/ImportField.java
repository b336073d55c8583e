package io.rapport.shared.imports;

import java.util.List;

/**
 * A field an import column can fill.
 *
 * @param multiple whether several columns may fill it (emails, phones, tags), each adding a value
 * @param aliases headers that mean this field in other systems' exports (HubSpot, Salesforce, Zoho, Google
 *     Contacts, Outlook), compared after {@link ImportHeaders#comparable}
 */
public record ImportField(String name, String label, boolean multiple, List<String> aliases) {}
