/** Custom field definitions per record type and the validation of their values (arrives with the data-quality work). */
@ApplicationModule(allowedDependencies = "shared")
package io.rapport.customfield;

import org.springframework.modulith.ApplicationModule;
