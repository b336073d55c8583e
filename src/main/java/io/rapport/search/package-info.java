/** The global search box on every page: contacts and companies as you type. */
@ApplicationModule(allowedDependencies = {"shared", "contact", "company"})
package io.rapport.search;

import org.springframework.modulith.ApplicationModule;
