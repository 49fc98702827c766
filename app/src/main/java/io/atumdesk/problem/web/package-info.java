/** The problem API, the known error database, the problem card on ticket pages and its page. */
package io.atumdesk.problem.web;
