/**
 * The timeline: every interaction with a customer (email, call, meeting, visit, social message, SMS, note) on the
 * contacts and companies it concerns, and when each was last contacted.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "contact", "company", "mail"})
package io.rapport.activity;

import org.springframework.modulith.ApplicationModule;
