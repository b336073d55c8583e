package io.rapport.contact;

import io.rapport.shared.record.RecordSearch;
import io.rapport.shared.record.RecordType;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Contacts as a record type: what the shared parts (visibility, custom fields, views, timeline, search) serve. */
@Configuration(proxyBeanMethods = false)
class ContactRecordType {

    /** Registered first: lists, search results and requests that name no record type start with contacts. */
    @Bean
    @Order(0)
    RecordType contactType(ObjectProvider<ContactDirectory> directory) {
        // The directory is taken when a search runs: it is built on the service, which needs this type.
        return RecordType.of(
                ContactChanged.RECORD_TYPE,
                "contacts",
                "contact",
                ContactService.FILTER_FIELDS,
                (query, limit) -> directory.getObject().search(query, limit).stream()
                        .map(contact -> new RecordSearch.Hit(
                                contact.id(),
                                contact.name() == null ? contact.email() : contact.name(),
                                Arrays.asList(contact.companyName(), contact.email())))
                        .toList());
    }
}
