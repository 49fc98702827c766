/** The knowledge base's API, its workspace and portal pages, and the agent-assist fragment. */
package io.atumdesk.knowledge.web;
