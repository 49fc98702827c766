package io.atumdesk.alert;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Dead letters of alerts, newest first. */
interface AlertDeadLetters extends JpaRepository<AlertDeadLetter, Long> {

  List<AlertDeadLetter> findTop100ByTenantIdOrderByReceivedAtDesc(String tenantId);
}
