/** People: names, emails, phones, company, address, birth date, lifecycle stage, owner and tags. */
@ApplicationModule(allowedDependencies = {"shared", "identity", "customfield", "company", "view", "record"})
package io.rapport.contact;

import org.springframework.modulith.ApplicationModule;
