/**
 * Saved list views: a filter (the shared filter model), columns and a sort under a name, private to their owner
 * or shared with the owner's team. Lists of every record type use them.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "customfield"})
package io.rapport.view;

import org.springframework.modulith.ApplicationModule;
