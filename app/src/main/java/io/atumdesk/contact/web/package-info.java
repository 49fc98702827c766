/** The contacts API under {@code /api/v1/contacts} and the contact page {@code /contacts/{id}}. */
package io.atumdesk.contact.web;
