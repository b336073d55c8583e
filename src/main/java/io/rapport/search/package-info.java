/** The global search box on every page: every registered record type that can be searched, as you type. */
@ApplicationModule(allowedDependencies = "shared")
package io.rapport.search;

import org.springframework.modulith.ApplicationModule;
