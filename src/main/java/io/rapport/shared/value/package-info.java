/**
 * Normalisers for the values people type into a CRM: phone numbers, countries, web domains, personal names.
 * Every way in (form, API, import) goes through them, so a value is stored one way whichever way it came.
 */
package io.rapport.shared.value;
