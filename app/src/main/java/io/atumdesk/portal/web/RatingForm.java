package io.atumdesk.portal.web;

/** A satisfaction rating: one to five, with an optional comment. */
record RatingForm(Integer score, String comment) {}
