/** Value types, the problem-details vocabulary, paging and the database bootstrap that every module builds on. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.rapport.shared;

import org.springframework.modulith.ApplicationModule;
