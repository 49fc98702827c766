package io.atumdesk.catalog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service catalog.
 *
 * @param linkBaseUrl where people reach this installation, for the approval links in mails
 * @param approvalLinkTtl how long a mailed approval link stays valid
 * @param approverGroup who approves for a requester without a manager
 * @param maxItems the most items one order may have
 */
@ConfigurationProperties(prefix = "atum.catalog")
public record CatalogProperties(
    @DefaultValue("http://localhost:8080") String linkBaseUrl,
    @DefaultValue("P7D") Duration approvalLinkTtl,
    @DefaultValue("service-desk") String approverGroup,
    @DefaultValue("20") int maxItems) {}
