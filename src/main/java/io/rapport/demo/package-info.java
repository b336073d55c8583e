/**
 * Demo data for newcomers ({@code rapport.demo-data=true}): companies, contacts, their timelines and tasks. It
 * writes the tables with batched SQL rather
 * than through the modules, so thousands of rows load in seconds; the search index catches up by itself.
 */
@ApplicationModule(allowedDependencies = "shared")
package io.rapport.demo;

import org.springframework.modulith.ApplicationModule;
