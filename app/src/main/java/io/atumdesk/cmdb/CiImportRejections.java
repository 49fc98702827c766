package io.atumdesk.cmdb;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The rejected rows of kept imports, in file order. */
interface CiImportRejections extends JpaRepository<CiImportRejection, Long> {

  List<CiImportRejection> findByTenantIdAndImportIdOrderByFileNameAscLineNumberAsc(
      String tenantId, Long importId);
}
