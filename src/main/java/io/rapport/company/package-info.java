/** Organisations: name, domain, industry, size, revenue, address, hierarchy, owner and tags. */
@ApplicationModule(allowedDependencies = {"shared", "identity", "customfield", "view", "record"})
package io.rapport.company;

import org.springframework.modulith.ApplicationModule;
