package io.atumdesk.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stored calendars, always asked for by tenant: engine threads run as the root tenant, which sees
 * every tenant's rows.
 */
interface StoredCalendars extends JpaRepository<StoredCalendar, Long> {

  Optional<StoredCalendar> findByTenantIdAndCalendarId(String tenantId, String calendarId);

  List<StoredCalendar> findByTenantIdOrderByCalendarId(String tenantId);
}
