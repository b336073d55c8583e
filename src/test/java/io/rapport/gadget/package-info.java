/**
 * A third record type that exists only in the tests, declared by this module alone: it proves that visibility
 * administration, custom fields, saved views, list links, the timeline and the global search serve a record type
 * none of them names. A real record module (deals, tickets) declares itself the same way.
 */
package io.rapport.gadget;
