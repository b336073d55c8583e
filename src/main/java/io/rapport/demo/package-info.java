/**
 * Demo data for newcomers ({@code rapport.demo-data=true}): companies, contacts, their timelines and tasks. It
 * writes nothing itself: it makes the records up and hands them to the modules that own them, through their bulk
 * writes ({@link io.rapport.company.CompanyDirectory#createAll}, {@link io.rapport.contact.ContactDirectory#createAll},
 * {@link io.rapport.activity.BulkTimeline}), which check them like any input and write a thousand rows a statement.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "company", "contact", "activity"})
package io.rapport.demo;

import org.springframework.modulith.ApplicationModule;
