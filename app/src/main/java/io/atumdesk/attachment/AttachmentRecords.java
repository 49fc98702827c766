package io.atumdesk.attachment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's attachment rows. */
interface AttachmentRecords extends JpaRepository<Attachment, Long> {

  List<Attachment> findByTicketIdAndStateOrderByUploadedAtAscIdAsc(
      Long ticketId, AttachmentState state);

  Optional<Attachment> findByIdAndTicketIdAndState(Long id, Long ticketId, AttachmentState state);

  List<Attachment> findByStateOrderByUploadedAtDescIdDesc(AttachmentState state);
}
