/** Users, roles, teams, API tokens, sign-in and record visibility. */
@ApplicationModule(allowedDependencies = "shared")
package io.rapport.identity;

import org.springframework.modulith.ApplicationModule;
