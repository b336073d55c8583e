package io.rapport.company;

import io.rapport.shared.record.RecordSearch;
import io.rapport.shared.record.RecordType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Companies as a record type: what the shared parts (visibility, custom fields, views, timeline, search) serve. */
@Configuration(proxyBeanMethods = false)
class CompanyRecordType {

    @Bean
    @Order(1)
    RecordType companyType(ObjectProvider<CompanyDirectory> directory) {
        // The directory is taken when a search runs: it is built on the service, which needs this type.
        return RecordType.of(
                CompanyChanged.RECORD_TYPE,
                "companies",
                "company",
                CompanyService.FILTER_FIELDS,
                (query, limit) -> directory.getObject().search(query, limit).stream()
                        .map(company -> new RecordSearch.Hit(
                                company.id(), company.name(), java.util.Arrays.asList(company.domain())))
                        .toList());
    }
}
