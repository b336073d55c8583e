/** Field-level change history of every record and the security events (sign-ins). Listens; nothing calls it. */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
package io.rapport.audit;

import org.springframework.modulith.ApplicationModule;
